//! Reading single fields: ages, whole numbers, amounts, yes/no and choices, each with a message
//! that names the field and says what is allowed.

use super::{veldnaam, Label, Lezer};
use crate::money::MAX_BEDRAG;
use crate::suggestie::dichtstbij;
use crate::uitleg::{euro, zin};
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

impl Lezer {
    pub(super) fn lijst<'a>(
        &mut self,
        pad: Pad<'_>,
        waarde: Option<&'a Value>,
        label: Label,
    ) -> Option<&'a Vec<Value>> {
        let waarde = waarde.filter(|w| !w.is_null())?;
        match waarde.as_array() {
            Some(lijst) if lijst.len() > super::MAX_LIJST => {
                let bericht =
                    zin!("fout-lijst-te-lang", veld = veldnaam(label), max = super::MAX_LIJST, aantal = lijst.len());
                self.fout(pad, "lijst_te_lang", bericht);
                None
            }
            Some(lijst) => Some(lijst),
            None => {
                self.fout(pad, "geen_lijst", zin!("fout-geen-lijst", veld = veldnaam(label)));
                None
            }
        }
    }

    pub(super) fn leeftijd(
        &mut self,
        pad: Pad<'_>,
        waarde: Option<&Value>,
        min: u32,
        max: u32,
        label: Label,
    ) -> Option<u32> {
        let waarde = waarde.filter(|w| !w.is_null())?;
        let geheel = waarde.as_i64().or_else(|| waarde.as_str().and_then(|s| s.trim().parse().ok()));
        match geheel {
            Some(n) if n >= i64::from(min) && n <= i64::from(max) => u32::try_from(n).ok(),
            Some(n) => {
                self.fout(
                    pad,
                    "leeftijd_ongeldig",
                    zin!(
                        "fout-leeftijd-ongeldig",
                        veld = veldnaam(label),
                        min = min,
                        max = max,
                        ingevuld = n.to_string()
                    ),
                );
                None
            }
            None => {
                self.fout(pad, "geen_heel_getal", zin!("fout-geen-hele-jaren", veld = veldnaam(label)));
                None
            }
        }
    }

    pub(super) fn heel_getal(&mut self, pad: Pad<'_>, waarde: Option<&Value>, max: u32, label: Label) -> Option<u32> {
        let waarde = waarde.filter(|w| !w.is_null())?;
        let geheel = waarde.as_i64().or_else(|| waarde.as_str().and_then(|s| s.trim().parse().ok()));
        match geheel {
            Some(n) if (0..=i64::from(max)).contains(&n) => u32::try_from(n).ok(),
            Some(n) => {
                self.fout(
                    pad,
                    "buiten_bereik",
                    zin!("fout-buiten-bereik", veld = veldnaam(label), max = max, ingevuld = n.to_string()),
                );
                None
            }
            None => {
                self.fout(pad, "geen_heel_getal", zin!("fout-geen-heel-getal", veld = veldnaam(label)));
                None
            }
        }
    }

    /// An amount: a JSON number or a decimal string, at most two decimals, at most ten million;
    /// negative only where it has a meaning (vermogen with more debts than assets).
    pub(super) fn bedrag(
        &mut self,
        pad: Pad<'_>,
        waarde: Option<&Value>,
        negatief_mag: bool,
        label: Label,
    ) -> Option<Decimal> {
        let waarde = waarde.filter(|w| !w.is_null())?;
        let tekst = match waarde {
            Value::Number(n) => Some(n.to_string()),
            // Typed text may carry a euro sign, end in ",-" and group thousands: "€ 1.300",
            // "800,-", "1.000,00", "1,000.00".
            Value::String(s) => zonder_duizendtallen(&als_getypt(s)),
            _ => None,
        };
        let Some(bedrag) = tekst.as_deref().and_then(decimaal) else {
            // A well-formed number that does not fit a decimal is far too large, or has far too
            // many decimals (0,000...1): never call a tiny amount too large.
            match tekst.as_deref().and_then(grootte) {
                Some(Grootte::TeGroot) => {
                    self.fout(pad, "bedrag_te_groot", zin!("fout-bedrag-veel-te-groot", veld = veldnaam(label)));
                    return None;
                }
                Some(Grootte::TeVeelDecimalen) => {
                    self.fout(pad, "te_veel_decimalen", zin!("fout-te-veel-decimalen", veld = veldnaam(label)));
                    return None;
                }
                None => {}
            }
            self.fout(pad, "geen_bedrag", zin!("fout-geen-bedrag", veld = veldnaam(label)));
            return None;
        };
        if bedrag.is_sign_negative() && !bedrag.is_zero() && !negatief_mag {
            self.fout(
                pad,
                "negatief_bedrag",
                zin!("fout-negatief-bedrag", veld = veldnaam(label), bedrag = euro(bedrag)),
            );
            return None;
        }
        if bedrag.abs() > MAX_BEDRAG {
            self.fout(
                pad,
                "bedrag_te_groot",
                zin!("fout-bedrag-te-groot", veld = veldnaam(label), max = euro(MAX_BEDRAG)),
            );
            return None;
        }
        if bedrag.normalize().scale() > 2 {
            self.fout(pad, "te_veel_decimalen", zin!("fout-te-veel-decimalen", veld = veldnaam(label)));
            return None;
        }
        Some(bedrag)
    }

    pub(super) fn ja_nee(&mut self, pad: Pad<'_>, waarde: Option<&Value>, label: Label) -> Option<bool> {
        match waarde.filter(|w| !w.is_null())? {
            Value::Bool(b) => Some(*b),
            _ => {
                self.fout(pad, "geen_ja_nee", zin!("fout-geen-ja-nee", veld = veldnaam(label)));
                None
            }
        }
    }

    pub(super) fn keuze<T>(
        &mut self,
        pad: Pad<'_>,
        waarde: Option<&Value>,
        namen: &[&str],
        van_naam: fn(&str) -> Option<T>,
        label: Label,
    ) -> Option<T> {
        let waarde = waarde.filter(|w| !w.is_null())?;
        let tekst = waarde.as_str().unwrap_or("");
        if let Some(t) = van_naam(tekst) {
            return Some(t);
        }
        let getoond = super::getoond(&if waarde.is_string() { tekst.to_string() } else { waarde.to_string() });
        let keuzes = namen.join(", ");
        let bericht = match dichtstbij(tekst, namen.iter().copied()) {
            Some(s) => zin!(
                "fout-onbekende-keuze-bedoelt",
                veld = veldnaam(label),
                ingevuld = getoond,
                keuzes = keuzes,
                suggestie = s.to_string()
            ),
            None => zin!("fout-onbekende-keuze", veld = veldnaam(label), ingevuld = getoond, keuzes = keuzes),
        };
        self.fout(pad, "onbekende_keuze", bericht);
        None
    }
}

/// Where a field is in the answers, written out as `aanvrager.leeftijd` or `kinderen[1].leeftijd`
/// only when a message needs it: most answers are right, and a batch reads millions of them.
#[derive(Clone, Copy)]
pub(super) enum Pad<'a> {
    Veld(&'a str),
    In(&'a str, &'a str),
    Element(&'a str, usize),
    InElement(&'a str, usize, &'a str),
}

impl<'a> From<&'a str> for Pad<'a> {
    fn from(veld: &'a str) -> Pad<'a> {
        Pad::Veld(veld)
    }
}

impl<'a> Pad<'a> {
    /// The field `naam` inside this one.
    pub(super) fn veld(self, naam: &'a str) -> Pad<'a> {
        match self {
            Pad::Veld("") => Pad::Veld(naam),
            Pad::Veld(ouder) => Pad::In(ouder, naam),
            Pad::Element(lijst, i) => Pad::InElement(lijst, i, naam),
            // Not nested deeper in the answers: written out at once.
            Pad::In(..) | Pad::InElement(..) => Pad::Veld(naam),
        }
    }

    pub(super) fn tekst(self) -> String {
        match self {
            Pad::Veld(veld) => veld.to_string(),
            Pad::In(ouder, veld) => format!("{ouder}.{veld}"),
            Pad::Element(lijst, i) => format!("{lijst}[{i}]"),
            Pad::InElement(lijst, i, veld) => format!("{lijst}[{i}].{veld}"),
        }
    }
}

/// An amount as people type it, without what only dresses it: spaces, a euro sign, "EUR" or
/// "euro" before or after it ("1.300 €", "-€ 1.000"), and ",-" or ".-" after whole euros ("800,-").
fn als_getypt(tekst: &str) -> String {
    let t: String = tekst.chars().filter(|c| !c.is_whitespace()).collect();
    let (teken, mut rest) = match t.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", t.as_str()),
    };
    for munt in ["euro", "eur", "€"] {
        if let Some(r) =
            rest.get(..munt.len()).filter(|k| k.eq_ignore_ascii_case(munt)).and_then(|_| rest.get(munt.len()..))
        {
            rest = r;
            break;
        }
    }
    for munt in ["euro", "eur", "€"] {
        let n = rest.len().saturating_sub(munt.len());
        if let Some(r) = rest.get(n..).filter(|k| k.eq_ignore_ascii_case(munt)).and_then(|_| rest.get(..n)) {
            rest = r;
            break;
        }
    }
    let rest = [",--", ",-", ".-"].iter().find_map(|s| rest.strip_suffix(s)).unwrap_or(rest);
    format!("{teken}{rest}")
}

/// Typed amounts with their thousands grouped, as the Dutch (and English) write them, in plain
/// digits: "1.000,00" and "1,000.00" are 1000.00, "12.500" is 12500. A separator followed by
/// groups of exactly three digits can only group thousands, since an amount has at most two
/// decimals. Anything else is left as it is, for `decimaal` to read or refuse; `None` for what
/// looks grouped but cannot be ("01.000": one euro or a thousand?).
fn zonder_duizendtallen(tekst: &str) -> Option<String> {
    let (laatste_punt, laatste_komma) = (tekst.rfind('.'), tekst.rfind(','));
    let (groep, decimaal_teken) = match (laatste_punt, laatste_komma) {
        (Some(p), Some(k)) if k > p => ('.', Some(',')),
        (Some(_), Some(_)) => (',', Some('.')),
        (Some(_), None) => ('.', None),
        (None, Some(_)) => (',', None),
        (None, None) => return Some(tekst.to_string()),
    };
    let (geheel, rest) = match decimaal_teken.and_then(|d| tekst.rsplit_once(d)) {
        Some((g, r)) => (g, Some(r)),
        None => (tekst, None),
    };
    let (teken, cijfers) = match geheel.strip_prefix('-') {
        Some(c) => ("-", c),
        None => ("", geheel),
    };
    let groepen: Vec<&str> = cijfers.split(groep).collect();
    let zoals_duizendtallen = groepen.len() > 1
        && groepen.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groepen.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && groepen.iter().skip(1).all(|g| g.len() == 3);
    // "0,001" is a tiny amount with three decimals, not one euro: no group starts with 0. But
    // "01.000" is neither a decimal (three decimals) nor a grouped thousand: refused.
    match groepen.first() {
        Some(&"0") | None => return Some(tekst.to_string()),
        Some(g) if zoals_duizendtallen && g.starts_with('0') => return None,
        _ if !zoals_duizendtallen => return Some(tekst.to_string()),
        _ => {}
    }
    let mut uit = format!("{teken}{}", groepen.concat());
    if let Some(r) = rest {
        uit.push('.');
        uit.push_str(r);
    }
    Some(uit)
}

/// Why a well-formed number ("-12,5", "1.5e3") does not fit an amount: far too large, or far
/// too many decimals ("0,000...1", "1e-40"): never a tiny amount called too large. `None` for
/// text that is no plain number at all ("1.000.00", "12-"), which is simply no amount.
enum Grootte {
    TeGroot,
    TeVeelDecimalen,
}

fn grootte(tekst: &str) -> Option<Grootte> {
    let (getal, exponent) = match tekst.find(['e', 'E']) {
        Some(i) => (tekst.get(..i)?, Some(tekst.get(i + 1..)?)),
        None => (tekst, None),
    };
    let getal = getal.strip_prefix(['-', '+']).unwrap_or(getal);
    let (geheel, deel) = getal.split_once(['.', ',']).unwrap_or((getal, ""));
    let cijfers = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if geheel.is_empty() || !cijfers(geheel) || !cijfers(deel) {
        return None;
    }
    // An exponent too long for an i64 is still clearly large or clearly tiny, by its sign.
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let (min, cijfers_e) = match e.strip_prefix('-') {
                Some(c) => (true, c),
                None => (false, e.strip_prefix('+').unwrap_or(e)),
            };
            if cijfers_e.is_empty() || !cijfers(cijfers_e) {
                return None;
            }
            let n = cijfers_e.parse::<i64>().unwrap_or(i64::MAX);
            if min {
                -n
            } else {
                n
            }
        }
    };
    let voor_de_komma = i64::try_from(geheel.trim_start_matches('0').len()).unwrap_or(i64::MAX);
    Some(if voor_de_komma.saturating_add(exponent) > 28 { Grootte::TeGroot } else { Grootte::TeVeelDecimalen })
}

/// A decimal from text, never through a float: `1250`, `1250.5`, `1250,50`, `1.2e3`.
pub fn decimaal(tekst: &str) -> Option<Decimal> {
    if tekst.is_empty() || tekst.len() > 40 {
        return None;
    }
    let tekst = if tekst.contains(',') && !tekst.contains('.') { tekst.replace(',', ".") } else { tekst.to_string() };
    // More decimals than a decimal holds are refused, not rounded away to zero.
    if tekst.split_once('.').is_some_and(|(_, deel)| deel.len() > 28) {
        return None;
    }
    if tekst.contains(['e', 'E']) {
        Decimal::from_scientific(&tekst).ok()
    } else {
        Decimal::from_str(&tekst).ok()
    }
}
