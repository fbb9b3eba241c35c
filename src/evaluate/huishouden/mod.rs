//! What follows from the answers before any regeling is looked at: the leefvorm, the
//! bijstandsnorm that applies (age bands, AOW, jongeren, kostendelersnorm), household income
//! and the vermogen that counts. Each is a `Feit` that knows which answers it read.

use super::feit::{samen, Feit, Onbepaald};
use crate::datum::Datum;
use crate::household::Antwoorden;
use crate::money::{afronden_op_centen, procent_van, HONDERD};
use crate::norms::{NormPeriode, Normcategorie, Normen, Vermogensgrenzen};
use crate::questions::{Vraag, Vragen};
use crate::uitleg::zin;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Leefvorm {
    Alleenstaande,
    AlleenstaandeOuder,
    Gehuwden,
}

impl Leefvorm {
    /// The id the report and the catalogs use (`[gehuwden]` in a selector).
    pub fn id(self) -> &'static str {
        match self {
            Leefvorm::Alleenstaande => "alleenstaande",
            Leefvorm::AlleenstaandeOuder => "alleenstaande_ouder",
            Leefvorm::Gehuwden => "gehuwden",
        }
    }
}

/// The norm a test compares with: the amount per month without vakantietoeslag, and how it
/// came about (for the reasons on the report).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ToegepasteNorm {
    pub bedrag: Decimal,
    pub categorie: Normcategorie,
    /// The number of kostendelers when the kostendelersnorm applied.
    pub kostendelers: Option<u32>,
    /// The gemeente's own percentage of the gehuwdennorm (Montferland's alleenstaande ouder).
    pub gemeentelijk_procent: Option<Decimal>,
}

/// The facts of one household on one peildatum, derived once per evaluation.
pub struct Huishouden<'a> {
    pub antwoorden: &'a Antwoorden,
    pub peildatum: Datum,
    pub normen: &'a NormPeriode,
    pub grenzen: &'a Vermogensgrenzen,
    pub leefvorm: Feit<Leefvorm>,
    /// National norm of art. 20-22, without kostendelersnorm: what the gemeente's `toetsnorm`
    /// starts from (the tests check it apart).
    #[cfg_attr(not(test), allow(dead_code))]
    pub norm: Feit<ToegepasteNorm>,
    /// With the kostendelersnorm of art. 22a where it applies.
    pub norm_kostendelers: Feit<ToegepasteNorm>,
    /// The norm for a gemeente's income tests: `norm`, or the gemeente's own for the
    /// alleenstaande ouder.
    pub toetsnorm: Feit<ToegepasteNorm>,
    /// The same two norms for the household at 21, where the gemeente's youth norm includes an
    /// aanvulling of unknown height (`bijstandsnorm_jongeren_met_aanvulling`).
    pub als_21: Option<(Feit<ToegepasteNorm>, Feit<ToegepasteNorm>)>,
    pub inkomen: Feit<Decimal>,
    /// What the gemeente's own definition of income added or took off, for the reasons.
    pub correctie: Inkomenscorrectie,
    pub vermogen: Feit<Decimal>,
}

/// A gemeente's own definition of income applied to this household (Montferland 003 par. 5.6
/// onder c, 5.7). Each part is `None` where the rule does not apply; `Some(None)`: it applies
/// but is unanswered, so it counted as nothing and the reasons say so.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Inkomenscorrectie {
    pub ouderkop: Option<Option<Decimal>>,
    pub alimentatie: Option<Option<Decimal>>,
    /// The income after the correction, before it is set to nothing, where the deduction was
    /// more than the income (negative): more net income first fills that gap (the margin).
    pub onder_nul: Option<Decimal>,
}

impl<'a> Huishouden<'a> {
    pub fn nieuw(
        antwoorden: &'a Antwoorden,
        normen: &'a Normen,
        peildatum: Datum,
        gemeente: &crate::policy::Gemeente,
    ) -> Result<Huishouden<'a>, crate::norms::NormFout> {
        let alleenstaande_ouder_procent = gemeente.alleenstaande_ouder_procent_gehuwdennorm;
        let periode = normen.bijstandsnormen(peildatum)?;
        let grenzen = normen.vermogensgrenzen(peildatum)?;
        let leefvorm = leefvorm(antwoorden);
        let norm = nationale_norm(antwoorden, normen, periode, peildatum)?;
        let ouder = als_21(antwoorden);
        let norm_kostendelers = match ouder.as_ref().filter(|_| gemeente.kostendelersnorm_jongeren_als_21) {
            Some(ouder) => {
                let n = nationale_norm(ouder, normen, periode, peildatum)?;
                met_kostendelersnorm(ouder, normen, periode, &n)
            }
            None => met_kostendelersnorm(antwoorden, normen, periode, &norm),
        };
        // Without kostendelers, the gemeente's own norm of the alleenstaande ouder holds there too.
        let norm_kostendelers = gemeentelijke_norm(&norm_kostendelers, &leefvorm, periode, alleenstaande_ouder_procent);
        let toetsnorm = gemeentelijke_norm(&norm, &leefvorm, periode, alleenstaande_ouder_procent);
        let met_aanvulling = met_aanvulling_als_21(antwoorden);
        let als_21 = match met_aanvulling.as_ref().filter(|_| gemeente.bijstandsnorm_jongeren_met_aanvulling) {
            Some(ouder) => {
                let n = nationale_norm(ouder, normen, periode, peildatum)?;
                let mut k = met_kostendelersnorm(ouder, normen, periode, &n);
                let mut t = gemeentelijke_norm(&n, &leefvorm, periode, alleenstaande_ouder_procent);
                let rechten = als_21_vragen(antwoorden);
                t.gelezen = t.gelezen.en(rechten);
                k.gelezen = k.gelezen.en(rechten);
                Some((t, k))
            }
            None => None,
        };
        let (inkomen, correctie) = gemeentelijk_inkomen(antwoorden, huishoudinkomen(antwoorden), &leefvorm, gemeente);
        Ok(Huishouden {
            antwoorden,
            peildatum,
            normen: periode,
            grenzen,
            leefvorm,
            norm,
            norm_kostendelers,
            toetsnorm,
            als_21,
            inkomen,
            correctie,
            vermogen: vermogen(antwoorden, grenzen),
        })
    }

    /// The norm for an income or draagkracht test.
    pub fn norm_voor(&self, kostendelersnorm: bool) -> &Feit<ToegepasteNorm> {
        if kostendelersnorm {
            &self.norm_kostendelers
        } else {
            &self.toetsnorm
        }
    }

    /// The highest norm an income test could use for this household, whatever is still open:
    /// the kostendelersnorm is never above the norm without it, and a youth norm with an
    /// aanvulling never above that of 21.
    pub fn hoogste_toetsnorm(&self) -> Option<&ToegepasteNorm> {
        match self.norm_als_21(false) {
            Some(f) => f.ok(),
            None => self.toetsnorm.ok(),
        }
    }

    /// Others in the home count as kostendeler (the kostendelersnorm applies where asked).
    pub fn heeft_kostendelers(&self) -> bool {
        self.norm_kostendelers.ok().is_some_and(|n| n.kostendelers.is_some())
    }

    /// `norm_voor` for the household at 21, where the youth norm has an aanvulling of unknown height.
    pub fn norm_als_21(&self, kostendelersnorm: bool) -> Option<&Feit<ToegepasteNorm>> {
        self.als_21.as_ref().map(|(t, k)| if kostendelersnorm { k } else { t })
    }

    /// A mortgage above the home's WOZ-waarde, as a negative amount: a debt set off against the
    /// savings where only savings count (art. 34 lid 1). Zero without a home; `None` while the
    /// home's answers are open.
    pub fn restschuld(&self) -> Option<Decimal> {
        let a = self.antwoorden;
        match a.eigen_woning? {
            false => Some(Decimal::ZERO),
            true => Some((a.woz_waarde? - a.hypotheek?).min(Decimal::ZERO)),
        }
    }

    /// The vermogensgrens of the leefvorm (art. 34): `None` for an unknown leefvorm.
    pub fn vermogensgrens(&self) -> Option<Decimal> {
        self.leefvorm.ok().map(|l| match l {
            Leefvorm::Alleenstaande => self.grenzen.alleenstaande,
            Leefvorm::AlleenstaandeOuder | Leefvorm::Gehuwden => self.grenzen.gehuwden_en_alleenstaande_ouder,
        })
    }

    /// Whether someone's age is at least the AOW-leeftijd on the peildatum.
    pub fn aow_bereikt(&self, normen: &Normen, leeftijd: u32) -> Option<bool> {
        normen.aow_bereikt(leeftijd, self.peildatum.jaar()).ok().flatten()
    }
}

fn leefvorm(a: &Antwoorden) -> Feit<Leefvorm> {
    let gelezen = Vragen::van(&[Vraag::HeeftPartner]);
    match a.heeft_partner {
        None => Feit::ontbreekt(gelezen, Vragen::GEEN),
        Some(true) => Feit::bekend(Leefvorm::Gehuwden, gelezen),
        Some(false) => match &a.kinderen {
            None => Feit::ontbreekt(Vragen::van(&[Vraag::Kinderen]), gelezen),
            Some(k) if k.is_empty() => Feit::bekend(Leefvorm::Alleenstaande, gelezen.met(Vraag::Kinderen)),
            Some(_) => Feit::bekend(Leefvorm::AlleenstaandeOuder, gelezen.met(Vraag::Kinderen)),
        },
    }
}

/// Art. 20-22 Participatiewet: the norm by leefvorm and ages, without kostendelersnorm.
fn nationale_norm(
    a: &Antwoorden,
    normen: &Normen,
    periode: &NormPeriode,
    peildatum: Datum,
) -> Result<Feit<ToegepasteNorm>, crate::norms::NormFout> {
    let mut gelezen = Vragen::van(&[Vraag::HeeftPartner, Vraag::AanvragerLeeftijd]);
    let mut ontbrekend = Vragen::GEEN;
    if a.heeft_partner.is_none() {
        ontbrekend = ontbrekend.met(Vraag::HeeftPartner);
    }
    if a.aanvrager.leeftijd.is_none() {
        ontbrekend = ontbrekend.met(Vraag::AanvragerLeeftijd);
    }
    if a.heeft_partner == Some(true) {
        gelezen = gelezen.met(Vraag::PartnerLeeftijd);
        if a.partner.leeftijd.is_none() {
            ontbrekend = ontbrekend.met(Vraag::PartnerLeeftijd);
        }
    }
    let (Some(partner), Some(leeftijd)) = (a.heeft_partner, a.aanvrager.leeftijd) else {
        return Ok(Feit::ontbreekt(ontbrekend, gelezen));
    };
    if !ontbrekend.is_leeg() {
        return Ok(Feit::ontbreekt(ontbrekend, gelezen));
    }
    let jaar = peildatum.jaar();
    let aow = normen.aow_leeftijd(jaar)?;
    // The year as it is written: a count would be grouped by the widget's formatter ("2.026").
    let aow_tekst =
        || zin!("onbepaald-aow-leeftijd", jaar = jaar.to_string(), jaren = aow.jaren, maanden = aow.maanden);
    let onder_18 = || zin!("onbepaald-onder-18");
    let bereikt = |l: u32| normen.aow_bereikt(l, jaar);
    let categorie = if !partner {
        if leeftijd < 18 {
            return Ok(Feit::onbekend(onder_18(), gelezen));
        }
        match bereikt(leeftijd)? {
            None => return Ok(Feit::onbekend(aow_tekst(), gelezen)),
            Some(true) => Normcategorie::AowAlleenstaande,
            Some(false) if leeftijd <= 20 => Normcategorie::JongereAlleenstaande,
            Some(false) => Normcategorie::Alleenstaande,
        }
    } else {
        let Some(leeftijd_partner) = a.partner.leeftijd else {
            return Ok(Feit::ontbreekt(Vragen::van(&[Vraag::PartnerLeeftijd]), gelezen));
        };
        if leeftijd < 18 || leeftijd_partner < 18 {
            return Ok(Feit::onbekend(onder_18(), gelezen));
        }
        match (bereikt(leeftijd)?, bereikt(leeftijd_partner)?) {
            (Some(true), _) | (_, Some(true)) => Normcategorie::AowGehuwden,
            (None, _) | (_, None) => return Ok(Feit::onbekend(aow_tekst(), gelezen)),
            (Some(false), Some(false)) => {
                let jongeren = u8::from(leeftijd <= 20) + u8::from(leeftijd_partner <= 20);
                if jongeren == 0 {
                    Normcategorie::Gehuwden
                } else {
                    // Jongeren norms depend on children (art. 20 lid 1 onder c-f).
                    gelezen = gelezen.met(Vraag::Kinderen);
                    let Some(kinderen) = &a.kinderen else {
                        return Ok(Feit::ontbreekt(Vragen::van(&[Vraag::Kinderen]), gelezen));
                    };
                    match (jongeren, kinderen.is_empty()) {
                        (2, true) => Normcategorie::JongerenGehuwdenZonderKinderen,
                        (2, false) => Normcategorie::JongerenGehuwdenMetKinderen,
                        (_, true) => Normcategorie::JongereEnOudereGehuwdenZonderKinderen,
                        (_, false) => Normcategorie::JongereEnOudereGehuwdenMetKinderen,
                    }
                }
            }
        }
    };
    let norm = ToegepasteNorm {
        bedrag: periode.norm(categorie).exclusief,
        categorie,
        kostendelers: None,
        gemeentelijk_procent: None,
    };
    Ok(Feit::bekend(norm, gelezen))
}

/// Art. 22a: with other adults of the minimum age in the home, the norm per person is
/// (basis + A x per kostendeler) / (A x 100) of the gehuwdennorm, rounded to cents; a couple
/// gets twice the rounded amount. Only for an aanvrager of 21 or older.
fn met_kostendelersnorm(
    a: &Antwoorden,
    normen: &Normen,
    periode: &NormPeriode,
    norm: &Feit<ToegepasteNorm>,
) -> Feit<ToegepasteNorm> {
    let Ok(basis) = &norm.waarde else {
        return norm.clone();
    };
    if a.aanvrager.leeftijd.is_some_and(|l| l < 21) {
        return norm.clone();
    }
    let gelezen = norm.gelezen.met(Vraag::Medebewoners);
    let Some(medebewoners) = &a.medebewoners else {
        return Feit::ontbreekt(Vragen::van(&[Vraag::Medebewoners]), gelezen);
    };
    let k = &normen.kostendelersnorm;
    let mut kostendelers: u32 = 1 + u32::from(a.heeft_partner == Some(true));
    for m in medebewoners {
        let telt = match m.leeftijd {
            None => None,
            Some(l) if l < k.minimumleeftijd => Some(false),
            Some(_) => match (m.student, m.commerciele_huurder) {
                (Some(student), Some(huurder)) => Some(!student && !huurder),
                _ => None,
            },
        };
        match telt {
            None => return Feit::ontbreekt(Vragen::van(&[Vraag::Medebewoners]), gelezen),
            Some(true) => kostendelers = kostendelers.saturating_add(1),
            Some(false) => {}
        }
    }
    // Only other adults in the home make a kostendelersnorm; a couple on its own has the
    // gehuwdennorm (and the formula with A = 2 would round it a cent off).
    let partners = 1 + u32::from(a.heeft_partner == Some(true));
    if kostendelers <= partners {
        return Feit::bekend(*basis, gelezen);
    }
    let aow = matches!(basis.categorie, Normcategorie::AowAlleenstaande | Normcategorie::AowGehuwden);
    let gehuwdennorm = periode.norm(if aow { Normcategorie::AowGehuwden } else { Normcategorie::Gehuwden }).exclusief;
    let aantal = Decimal::from(kostendelers);
    let per_persoon =
        afronden_op_centen((k.basis_procent + aantal * k.procent_per_kostendeler) / (aantal * HONDERD) * gehuwdennorm);
    let personen = if a.heeft_partner == Some(true) { Decimal::TWO } else { Decimal::ONE };
    Feit::bekend(
        ToegepasteNorm {
            bedrag: per_persoon * personen,
            categorie: basis.categorie,
            kostendelers: Some(kostendelers),
            gemeentelijk_procent: None,
        },
        gelezen,
    )
}

/// The answers with the ages of 18 to 20 raised to 21 (Montferland 003 par. 5.9: the
/// kostendelersnorm of a 21-year-old); `None` when nobody is of that age.
fn als_21(a: &Antwoorden) -> Option<Antwoorden> {
    let jong = |l: Option<u32>| l.is_some_and(|l| (18..21).contains(&l));
    let partner = a.heeft_partner == Some(true);
    if !(jong(a.aanvrager.leeftijd) || partner && jong(a.partner.leeftijd)) {
        return None;
    }
    let mut ouder = a.clone();
    for p in [&mut ouder.aanvrager, &mut ouder.partner] {
        if jong(p.leeftijd) {
            p.leeftijd = Some(21);
        }
    }
    Some(ouder)
}

/// The household with everyone of 18 to 20 who may have the aanvulling at 21 (002 ch. 12).
fn met_aanvulling_als_21(a: &Antwoorden) -> Option<Antwoorden> {
    // The aanvulling is bijzondere bijstand: someone without a right to bijstand (no valid
    // verblijfstitel, or detained: Participatiewet art. 11 and 13 lid 1) has none, so their youth
    // norm stays. Unanswered, a right is possible and the norm from 21 may count.
    let met_aanvulling = |p: &crate::household::Persoon| {
        p.leeftijd.is_some_and(|l| (18..21).contains(&l))
            && p.geldige_verblijfstitel != Some(false)
            && p.gedetineerd != Some(true)
    };
    let partner = a.heeft_partner == Some(true);
    let aanvrager_ouder = met_aanvulling(&a.aanvrager);
    let partner_ouder = partner && met_aanvulling(&a.partner);
    if !(aanvrager_ouder || partner_ouder) {
        return None;
    }
    let mut ouder = a.clone();
    if aanvrager_ouder {
        ouder.aanvrager.leeftijd = Some(21);
    }
    if partner_ouder {
        ouder.partner.leeftijd = Some(21);
    }
    Some(ouder)
}

/// The questions `met_aanvulling_als_21` reads besides the ages: the rights of the young in the household.
fn als_21_vragen(a: &Antwoorden) -> Vragen {
    let jong = |l: Option<u32>| l.is_some_and(|l| (18..21).contains(&l));
    let mut v = Vragen::GEEN;
    if jong(a.aanvrager.leeftijd) {
        v = v.met(Vraag::AanvragerVerblijfstitel).met(Vraag::AanvragerGedetineerd);
    }
    if a.heeft_partner == Some(true) && jong(a.partner.leeftijd) {
        v = v.met(Vraag::PartnerVerblijfstitel).met(Vraag::PartnerGedetineerd);
    }
    v
}

/// A gemeente may set its own norm for the alleenstaande ouder as a percentage of the
/// gehuwdennorm (Montferland 003 par. 5.9), rounded to cents as every derived norm.
fn gemeentelijke_norm(
    norm: &Feit<ToegepasteNorm>,
    leefvorm: &Feit<Leefvorm>,
    periode: &NormPeriode,
    procent: Option<Decimal>,
) -> Feit<ToegepasteNorm> {
    let Some(procent) = procent else {
        return norm.clone();
    };
    let gelezen = norm.gelezen.en(leefvorm.gelezen);
    match (&norm.waarde, &leefvorm.waarde) {
        (Ok(n), Ok(Leefvorm::AlleenstaandeOuder)) if n.kostendelers.is_none() => match n.categorie.gehuwden_bij() {
            Some(gehuwden) => {
                let bedrag = afronden_op_centen(procent_van(periode.norm(gehuwden).exclusief, procent));
                Feit::bekend(ToegepasteNorm { bedrag, gemeentelijk_procent: Some(procent), ..*n }, gelezen)
            }
            None => Feit::bekend(*n, gelezen),
        },
        (Ok(n), Ok(_)) => Feit::bekend(*n, gelezen),
        (Err(e), Ok(_)) => Feit { waarde: Err(e.clone()), gelezen },
        (Ok(_), Err(e)) => Feit { waarde: Err(e.clone()), gelezen },
        (Err(e1), Err(e2)) => Feit { waarde: Err(samen(&[e1, e2])), gelezen },
    }
}

/// Net income per month of aanvrager and partner together (medebewoners do not count).
fn huishoudinkomen(a: &Antwoorden) -> Feit<Decimal> {
    let mut gelezen = Vragen::van(&[Vraag::HeeftPartner, Vraag::AanvragerInkomen]);
    let mut ontbrekend = Vragen::GEEN;
    if a.heeft_partner.is_none() {
        ontbrekend = ontbrekend.met(Vraag::HeeftPartner);
    }
    if a.aanvrager.inkomen.is_none() {
        ontbrekend = ontbrekend.met(Vraag::AanvragerInkomen);
    }
    if a.heeft_partner == Some(true) {
        gelezen = gelezen.met(Vraag::PartnerInkomen);
        if a.partner.inkomen.is_none() {
            ontbrekend = ontbrekend.met(Vraag::PartnerInkomen);
        }
    }
    if !ontbrekend.is_leeg() {
        return Feit::ontbreekt(ontbrekend, gelezen);
    }
    let partner = if a.heeft_partner == Some(true) { a.partner.inkomen.unwrap_or_default() } else { Decimal::ZERO };
    Feit::bekend(a.aanvrager.inkomen.unwrap_or_default() + partner, gelezen)
}

/// The income with a gemeente's own additions and deductions (Montferland 5.6 c: the
/// alleenstaande-ouderkop of the kindgebonden budget counts; 5.7: alimentatie paid comes off).
/// Unanswered, an addition or deduction counts as nothing and is marked so for the reasons: the
/// shared scenarios give single parents without it, and the widget asks both where they count.
fn gemeentelijk_inkomen(
    a: &Antwoorden,
    mut inkomen: Feit<Decimal>,
    leefvorm: &Feit<Leefvorm>,
    gemeente: &crate::policy::Gemeente,
) -> (Feit<Decimal>, Inkomenscorrectie) {
    let mut correctie = Inkomenscorrectie::default();
    let Some(regels) = &gemeente.inkomen else { return (inkomen, correctie) };
    let mut erbij = Decimal::ZERO;
    if regels.alleenstaande_ouderkop_telt_mee && leefvorm.ok() == Some(&Leefvorm::AlleenstaandeOuder) {
        inkomen.gelezen = inkomen.gelezen.met(Vraag::AlleenstaandeOuderkop);
        correctie.ouderkop = Some(a.alleenstaande_ouderkop);
        erbij += a.alleenstaande_ouderkop.unwrap_or_default();
    }
    if regels.alimentatie_in_mindering {
        inkomen.gelezen = inkomen.gelezen.met(Vraag::AlimentatieBetaald);
        correctie.alimentatie = Some(a.alimentatie_betaald);
        erbij -= a.alimentatie_betaald.unwrap_or_default();
    }
    if let Ok(i) = &mut inkomen.waarde {
        // Answers are bounded (money::MAX_BEDRAG), so this cannot overflow.
        let gecorrigeerd = *i + erbij;
        correctie.onder_nul = (gecorrigeerd < Decimal::ZERO).then_some(gecorrigeerd);
        *i = gecorrigeerd.max(Decimal::ZERO);
    }
    (inkomen, correctie)
}

/// The vermogen that counts (art. 34): the answer, plus equity in an owner-occupied home above
/// its own allowance.
fn vermogen(a: &Antwoorden, grenzen: &Vermogensgrenzen) -> Feit<Decimal> {
    let mut gelezen = Vragen::van(&[Vraag::Vermogen, Vraag::EigenWoning]);
    let Some(vermogen) = a.vermogen else {
        return Feit::ontbreekt(Vragen::van(&[Vraag::Vermogen]), gelezen);
    };
    match a.eigen_woning {
        // Without an answer on the home, the vermogen is not known: a home with a mortgage above
        // its value lowers it, one with equity can raise it.
        None => Feit { waarde: Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::EigenWoning]))), gelezen },
        Some(false) => Feit::bekend(vermogen, gelezen),
        Some(true) => {
            gelezen = gelezen.met(Vraag::WozWaarde).met(Vraag::Hypotheek);
            let (Some(woz), Some(hypotheek)) = (a.woz_waarde, a.hypotheek) else {
                let mut ontbrekend = Vragen::GEEN;
                if a.woz_waarde.is_none() {
                    ontbrekend = ontbrekend.met(Vraag::WozWaarde);
                }
                if a.hypotheek.is_none() {
                    ontbrekend = ontbrekend.met(Vraag::Hypotheek);
                }
                return Feit::ontbreekt(ontbrekend, gelezen);
            };
            // Art. 34 lid 1: bezittingen minus schulden. Equity counts above its own allowance
            // (lid 2 onder d); a mortgage above the WOZ-waarde is a debt like any other.
            let overwaarde = woz - hypotheek;
            let telt = if overwaarde < Decimal::ZERO {
                overwaarde
            } else {
                (overwaarde - grenzen.eigen_woning).max(Decimal::ZERO)
            };
            Feit::bekend(vermogen + telt, gelezen)
        }
    }
}

#[cfg(test)]
mod tests;
