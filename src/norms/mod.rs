//! National parameters by date: bijstandsnormen (art. 20-22 Participatiewet), the
//! kostendelersnorm (art. 22a), vermogensgrenzen (art. 34) and the AOW-leeftijd.
//! The numbers live in `policies/national/normen.toml`, each with its `geldig_vanaf` and `bron`;
//! adding the norms of a new period is a change to that file only.

mod ingebouwd;
// The checks of a norms file as staff write it: native only (`bur check`, tests).
#[cfg(feature = "toml")]
mod lezen;

use crate::bestand::Formaat;
use crate::datum::Datum;
use crate::diagnose::{Diagnose, Diagnoses};
use crate::json_lezer::Obj;
use crate::uitleg::{zin, Bericht};
use rust_decimal::Decimal;
use serde::Serialize;

/// The national file, built into the engine so the widget needs no extra request; compiled to
/// JSON by `build.rs`.
pub const INGEBOUWD: &str = include_str!(concat!(env!("OUT_DIR"), "/normen.json"));
pub const INGEBOUWD_BESTAND: &str = "policies/national/normen.toml";

/// The norm categories of art. 20-22 Participatiewet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Normcategorie {
    Alleenstaande,
    Gehuwden,
    JongereAlleenstaande,
    JongerenGehuwdenZonderKinderen,
    JongerenGehuwdenMetKinderen,
    JongereEnOudereGehuwdenZonderKinderen,
    JongereEnOudereGehuwdenMetKinderen,
    AowAlleenstaande,
    AowGehuwden,
}

impl Normcategorie {
    /// The norm for a couple in the same stage of life as a single person of this category,
    /// for a gemeente that sets the alleenstaande ouder's norm as a share of "de bijstandsnorm
    /// voor gehuwden" (Montferland 003 par. 5.9): the AOW couple beside an AOW single person,
    /// young parents beside a young single parent. `None` for a couple's category.
    pub fn gehuwden_bij(self) -> Option<Normcategorie> {
        match self {
            Normcategorie::Alleenstaande => Some(Normcategorie::Gehuwden),
            Normcategorie::AowAlleenstaande => Some(Normcategorie::AowGehuwden),
            Normcategorie::JongereAlleenstaande => Some(Normcategorie::JongerenGehuwdenMetKinderen),
            _ => None,
        }
    }

    pub const ALLE: [Normcategorie; 9] = [
        Normcategorie::Alleenstaande,
        Normcategorie::Gehuwden,
        Normcategorie::JongereAlleenstaande,
        Normcategorie::JongerenGehuwdenZonderKinderen,
        Normcategorie::JongerenGehuwdenMetKinderen,
        Normcategorie::JongereEnOudereGehuwdenZonderKinderen,
        Normcategorie::JongereEnOudereGehuwdenMetKinderen,
        Normcategorie::AowAlleenstaande,
        Normcategorie::AowGehuwden,
    ];

    /// The key in the norms file.
    pub fn naam(self) -> &'static str {
        match self {
            Normcategorie::Alleenstaande => "alleenstaande",
            Normcategorie::Gehuwden => "gehuwden",
            Normcategorie::JongereAlleenstaande => "jongere_alleenstaande",
            Normcategorie::JongerenGehuwdenZonderKinderen => "jongeren_gehuwden_zonder_kinderen",
            Normcategorie::JongerenGehuwdenMetKinderen => "jongeren_gehuwden_met_kinderen",
            Normcategorie::JongereEnOudereGehuwdenZonderKinderen => "jongere_en_oudere_gehuwden_zonder_kinderen",
            Normcategorie::JongereEnOudereGehuwdenMetKinderen => "jongere_en_oudere_gehuwden_met_kinderen",
            Normcategorie::AowAlleenstaande => "aow_alleenstaande",
            Normcategorie::AowGehuwden => "aow_gehuwden",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One norm: the amount of the law (including vakantietoeslag) and the monthly payment
/// without it, both per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Norm {
    pub inclusief: Decimal,
    pub exclusief: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NormPeriode {
    pub geldig_vanaf: Datum,
    pub bron: String,
    /// Indexed by `Normcategorie`; complete, as validation demands.
    bedragen: [Norm; 9],
}

impl NormPeriode {
    pub fn norm(&self, categorie: Normcategorie) -> Norm {
        // The array holds every category (checked when the file is read), so `get` always finds one.
        self.bedragen
            .get(categorie.index())
            .copied()
            .unwrap_or(Norm { inclusief: Decimal::ZERO, exclusief: Decimal::ZERO })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Vermogensgrenzen {
    pub geldig_vanaf: Datum,
    pub bron: String,
    pub alleenstaande: Decimal,
    pub gehuwden_en_alleenstaande_ouder: Decimal,
    /// The extra allowance for vermogen in an owner-occupied home.
    pub eigen_woning: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Kostendelersnorm {
    pub geldig_vanaf: Datum,
    pub bron: String,
    /// Norm per person = (basis + A x per_kostendeler) / (A x 100) x gehuwdennorm.
    pub basis_procent: Decimal,
    pub procent_per_kostendeler: Decimal,
    /// Medebewoners count from this age (27 since 1 January 2023).
    pub minimumleeftijd: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AowLeeftijd {
    pub jaren: u32,
    pub maanden: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AowPeriode {
    pub van_jaar: u16,
    pub tot_en_met_jaar: u16,
    pub leeftijd: AowLeeftijd,
    pub bron: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Normen {
    /// Sorted by `geldig_vanaf`, at least one.
    bijstandsnormen: Vec<NormPeriode>,
    vermogensgrenzen: Vec<Vermogensgrenzen>,
    pub kostendelersnorm: Kostendelersnorm,
    aow: Vec<AowPeriode>,
}

/// Why the norms cannot serve a peildatum.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NormFout {
    #[error("voor de peildatum {peildatum} zijn geen bijstandsnormen bekend; de eerste gelden vanaf {eerste}")]
    PeildatumVoorNormen { peildatum: Datum, eerste: Datum },
    #[error("voor de peildatum {peildatum} zijn geen vermogensgrenzen bekend; de eerste gelden vanaf {eerste}")]
    PeildatumVoorVermogensgrenzen { peildatum: Datum, eerste: Datum },
    #[error("de AOW-leeftijd voor {jaar} is niet bekend")]
    AowLeeftijdOnbekend { jaar: u16 },
}

/// A remark on the report: the numbers used may be out of date.
#[derive(Clone, Debug, PartialEq)]
pub struct Waarschuwing {
    pub code: &'static str,
    /// The remark, a message of the catalogs (`waarschuwing-...`).
    pub bericht: Bericht,
}

impl Normen {
    /// The norms built into the engine.
    pub fn ingebouwd() -> Result<Normen, Vec<Diagnose>> {
        let mut d = Diagnoses::nieuw(INGEBOUWD_BESTAND);
        let Some(tabel) = crate::bestand::lees_tabel(&mut d, INGEBOUWD, Formaat::Json) else {
            return Err(d.lijst);
        };
        ingebouwd::lees(&Obj::top(&tabel)).map_err(|f| {
            d.fout("ongeldig_gecompileerd", None, f.pad, f.bericht);
            d.lijst
        })
    }

    /// Reads and validates a norms file; every problem is reported.
    #[cfg(feature = "toml")]
    pub fn uit_toml(bestand: &str, tekst: &str) -> Result<Normen, Vec<Diagnose>> {
        lezen::normen(bestand, tekst, Formaat::Toml)
    }

    /// The bijstandsnormen in force on the peildatum; after the newest period, the newest.
    pub fn bijstandsnormen(&self, peildatum: Datum) -> Result<&NormPeriode, NormFout> {
        let eerste = self.bijstandsnormen.first().map_or(peildatum, |p| p.geldig_vanaf);
        self.bijstandsnormen
            .iter()
            .rev()
            .find(|p| p.geldig_vanaf <= peildatum)
            .ok_or(NormFout::PeildatumVoorNormen { peildatum, eerste })
    }

    pub fn vermogensgrenzen(&self, peildatum: Datum) -> Result<&Vermogensgrenzen, NormFout> {
        let eerste = self.vermogensgrenzen.first().map_or(peildatum, |p| p.geldig_vanaf);
        self.vermogensgrenzen
            .iter()
            .rev()
            .find(|p| p.geldig_vanaf <= peildatum)
            .ok_or(NormFout::PeildatumVoorVermogensgrenzen { peildatum, eerste })
    }

    pub fn aow_leeftijd(&self, jaar: u16) -> Result<AowLeeftijd, NormFout> {
        self.aow
            .iter()
            .find(|p| (p.van_jaar..=p.tot_en_met_jaar).contains(&jaar))
            .map(|p| p.leeftijd)
            .ok_or(NormFout::AowLeeftijdOnbekend { jaar })
    }

    /// Whether someone of `leeftijd` whole years has reached the AOW-leeftijd; `None` when the
    /// whole years cannot tell (an AOW-leeftijd of 67 years and 3 months, and an age of 67).
    pub fn aow_bereikt(&self, leeftijd: u32, jaar: u16) -> Result<Option<bool>, NormFout> {
        let aow = self.aow_leeftijd(jaar)?;
        Ok(if leeftijd > aow.jaren || (leeftijd == aow.jaren && aow.maanden == 0) {
            Some(true)
        } else if leeftijd < aow.jaren {
            Some(false)
        } else {
            None
        })
    }

    /// Checks that the norms can serve the peildatum at all, and warns when a regular
    /// indexation date has passed since the newest norms in the file.
    pub fn controleer(&self, peildatum: Datum) -> Result<Vec<Waarschuwing>, NormFout> {
        let normen = self.bijstandsnormen(peildatum)?;
        let grenzen = self.vermogensgrenzen(peildatum)?;
        self.aow_leeftijd(peildatum.jaar())?;
        let mut waarschuwingen = Vec::new();
        let nieuwste = self.bijstandsnormen.last().map(|p| p.geldig_vanaf);
        if nieuwste == Some(normen.geldig_vanaf) {
            let volgende = normen.geldig_vanaf.volgende_indexatiedatum();
            if volgende <= peildatum {
                waarschuwingen.push(Waarschuwing {
                    code: "normen_niet_actueel",
                    bericht: zin!("waarschuwing-normen-niet-actueel", van = normen.geldig_vanaf, volgende = volgende),
                });
            }
        }
        let nieuwste_grenzen = self.vermogensgrenzen.last().map(|p| p.geldig_vanaf);
        let volgend_jaar = Datum::nieuw(i64::from(grenzen.geldig_vanaf.jaar()) + 1, 1, 1);
        if nieuwste_grenzen == Some(grenzen.geldig_vanaf) && volgend_jaar.is_some_and(|v| v <= peildatum) {
            waarschuwingen.push(Waarschuwing {
                code: "vermogensgrenzen_niet_actueel",
                bericht: zin!("waarschuwing-vermogensgrenzen-niet-actueel", van = grenzen.geldig_vanaf),
            });
        }
        Ok(waarschuwingen)
    }

    pub fn perioden(&self) -> &[NormPeriode] {
        &self.bijstandsnormen
    }
}

#[cfg(test)]
mod tests;
