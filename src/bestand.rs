//! Reading the TOML data files (policies and national norms) strictly: a syntax error with
//! its line, an unknown field with the nearest valid name, amounts as decimal text.

use crate::datum::Datum;
use crate::diagnose::Diagnoses;
use crate::suggestie::dichtstbij;
use rust_decimal::Decimal;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use std::fmt;
use std::str::FromStr;

/// A data file's top level: a table of named parts.
pub type Tabel = serde_json::Map<String, serde_json::Value>;

/// How a data file is written: TOML by policy staff, JSON as compiled by `bur json` for the
/// browser. The WebAssembly build reads JSON only; the TOML parser would double its size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formaat {
    Toml,
    Json,
}

/// Parses the file into a table, or reports its syntax error (with line and column).
pub fn lees_tabel(d: &mut Diagnoses, tekst: &str, formaat: Formaat) -> Option<Tabel> {
    match formaat {
        Formaat::Toml => lees_toml(d, tekst),
        // A TOML file served where JSON belongs (policy-src) is the likely mistake: say what to do.
        Formaat::Json if !tekst.trim_start().starts_with('{') => {
            d.fout(
                "json_syntaxis",
                None,
                "",
                "geen JSON-object: het bestand begint niet met '{'; is het TOML? Maak er JSON van met 'bur json'",
            );
            None
        }
        Formaat::Json => match crate::json_tekst::lees(tekst) {
            Ok(serde_json::Value::Object(t)) => Some(t),
            // Text that starts with '{' and parses is an object; kept for the type's sake.
            Ok(_) => {
                d.fout("json_syntaxis", None, "", "geen JSON-object");
                None
            }
            Err(e) => {
                d.fout("json_syntaxis", None, "", format!("geen geldige JSON ({e})"));
                None
            }
        },
    }
}

#[cfg(feature = "toml")]
fn lees_toml(d: &mut Diagnoses, tekst: &str) -> Option<Tabel> {
    match toml::Table::from_str(tekst) {
        Ok(t) => Some(crate::toml_json::tabel_naar_json(t)),
        Err(e) => {
            // toml's message spans lines (a code excerpt); keep its position and its verdict.
            let tekst = e.to_string();
            let regels: Vec<&str> = tekst.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let plek = regels.first().map_or("", |r| r.trim_start_matches("TOML parse error at "));
            let wat = regels.last().copied().unwrap_or("");
            d.fout("toml_syntaxis", None, "", format!("geen geldige TOML ({plek}): {wat}"));
            None
        }
    }
}

#[cfg(not(feature = "toml"))]
fn lees_toml(d: &mut Diagnoses, _: &str) -> Option<Tabel> {
    d.fout("toml_niet_ingebouwd", None, "", "deze bouw leest geen TOML; maak er JSON van met 'bur json'");
    None
}

/// Deserializes one part of a file into its raw struct. The error names the field's path
/// below `voorvoegsel` and, for an unknown field or value, suggests the nearest valid name.
pub fn lees_deel<T: DeserializeOwned>(
    d: &mut Diagnoses,
    regeling: Option<&str>,
    voorvoegsel: &str,
    waarde: serde_json::Value,
) -> Option<T> {
    match met_pad::<T>(waarde) {
        Ok(t) => Some(t),
        Err((pad, bericht)) => {
            let (code, bericht, naam) = verklaar(&bericht);
            // Without a path (the WebAssembly build), the field named in the message stands in.
            let pad = match (pad.as_str(), naam) {
                ("" | ".", Some(n)) => n,
                _ => pad,
            };
            let veld = match (voorvoegsel.is_empty(), pad.as_str()) {
                (true, ".") => String::new(),
                (true, p) => p.to_string(),
                (false, "." | "") => voorvoegsel.to_string(),
                (false, p) => format!("{voorvoegsel}.{p}"),
            };
            d.fout(code, regeling, veld, bericht);
            None
        }
    }
}

/// Natively the path to the failing field comes from `serde_path_to_error`. In the browser that
/// crate would double every deserializer's code (over 100 kB of WebAssembly) for diagnostics that
/// policy staff read from `bur check` anyway, so there the path comes from serde's message.
#[cfg(not(target_arch = "wasm32"))]
fn met_pad<T: DeserializeOwned>(waarde: serde_json::Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize::<_, T>(waarde).map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
}

#[cfg(target_arch = "wasm32")]
fn met_pad<T: DeserializeOwned>(waarde: serde_json::Value) -> Result<T, (String, String)> {
    T::deserialize(waarde).map_err(|e| (String::new(), e.to_string()))
}

/// Turns serde's message into one for policy staff, with a suggestion for a typo.
fn verklaar(bericht: &str) -> (&'static str, String, Option<String>) {
    let bericht = bericht.trim();
    for (soort, code, woord) in [
        ("unknown field `", "onbekend_veld", "onbekend veld"),
        ("unknown variant `", "onbekende_soort", "onbekende waarde"),
    ] {
        if let Some(rest) = bericht.strip_prefix(soort) {
            let naam = rest.split('`').next().unwrap_or("");
            let kandidaten: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
            let veld = (code == "onbekend_veld").then(|| naam.to_string());
            return match dichtstbij(naam, kandidaten.iter().copied()) {
                Some(s) => (code, format!("{woord} '{naam}'; bedoelt u '{s}'?"), veld),
                None if kandidaten.is_empty() => (code, format!("{woord} '{naam}'"), veld),
                None => (code, format!("{woord} '{naam}'; mogelijk zijn: {}", kandidaten.join(", ")), veld),
            };
        }
    }
    if let Some(rest) = bericht.strip_prefix("missing field `") {
        let naam = rest.split('`').next().unwrap_or("");
        return ("veld_ontbreekt", format!("het veld '{naam}' ontbreekt"), Some(naam.to_string()));
    }
    ("ongeldige_waarde", bericht.to_string(), None)
}

/// A date (`2025-07-01`; in TOML a date, in JSON its text) as a `Datum`.
pub fn datum(d: &mut Diagnoses, regeling: Option<&str>, veld: &str, waarde: &str) -> Option<Datum> {
    let datum = Datum::parse(waarde);
    if datum.is_none() {
        d.fout("ongeldige_datum", regeling, veld, format!("'{waarde}' is geen datum als 2025-07-01"));
    }
    datum
}

/// Amounts and percentages are decimal text (`"3.2"`) or whole numbers (`120`), never TOML
/// floats: a float would round `0.1` before the engine ever saw it.
pub fn decimaal<'de, D: Deserializer<'de>>(de: D) -> Result<Decimal, D::Error> {
    de.deserialize_any(DecimaalVisitor)
}

pub fn decimaal_optie<'de, D: Deserializer<'de>>(de: D) -> Result<Option<Decimal>, D::Error> {
    decimaal(de).map(Some)
}

struct DecimaalVisitor;

impl<'de> Visitor<'de> for DecimaalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een getal als tekst, zoals \"3.2\", of een heel getal")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Decimal::from_str(v.trim())
            .map_err(|_| E::custom(format!("'{v}' is geen getal; schrijf bijvoorbeeld \"1300.61\"")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Decimal, E> {
        Err(E::custom("een getal met decimalen schrijft u als tekst tussen aanhalingstekens, zoals \"3.2\", zodat er niets afrondt"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_field() {
        let (code, bericht, _) =
            verklaar("unknown field `max_procnt`, expected one of `max_procent`, `kostendelersnorm`");
        assert_eq!(code, "onbekend_veld");
        assert_eq!(bericht, "onbekend veld 'max_procnt'; bedoelt u 'max_procent'?");
        let (code, _, veld) = verklaar("missing field `bron`");
        assert_eq!(veld.as_deref(), Some("bron"));
        assert_eq!(code, "veld_ontbreekt");
    }
}
