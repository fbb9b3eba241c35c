//! The policy file exactly as written, parsed strictly: an unknown field is an error.
//! `lezen` turns these into the model the engine trusts.

use super::{Afronding, AlBetaald, Inkomensregels, JaNeeVraag, KostenEis, PercentageBovenNorm, Periode, Wie};
use crate::bestand::{decimaal, decimaal_optie};
use crate::household::KostSoort;
use crate::tekst::Tekst;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGemeente {
    pub id: String,
    pub naam: String,
    pub versie: String,
    pub bron: String,
    #[serde(default)]
    pub website: Option<String>,
    /// The year the rules were made: an old policy says so on the results.
    #[serde(default)]
    pub regels_uit: Option<u16>,
    #[serde(default, deserialize_with = "decimaal_optie")]
    pub alleenstaande_ouder_procent_gehuwdennorm: Option<Decimal>,
    #[serde(default)]
    pub kostendelersnorm_jongeren_als_21: bool,
    #[serde(default)]
    pub bijstandsnorm_jongeren_met_aanvulling: bool,
    /// The draagkracht of every form of bijzondere bijstand (`standaard.rs`), as a table.
    #[serde(default)]
    pub draagkracht: Option<serde_json::Value>,
    /// The gemeente's rule on costs already paid, for every form of bijzondere bijstand.
    #[serde(default)]
    pub al_betaald: Option<RawAlBetaald>,
    /// What counts as income beside the net income the answers give (Montferland 5.6 c, 5.7).
    #[serde(default)]
    pub inkomen: Option<Inkomensregels>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlBetaald {
    pub uitslag: AlBetaald,
    pub toelichting: Tekst,
    pub bron: String,
}

/// A regeling without its conditions, which are read one by one so that each gets its own
/// diagnostic.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegeling {
    pub id: String,
    pub naam: Tekst,
    pub omschrijving: Tekst,
    pub bron: String,
    pub geldig_vanaf: String,
    #[serde(default)]
    pub geldig_tot: Option<String>,
    pub vervolgstap: Tekst,
    /// Groups of general rules from `policies/national/algemeen.toml`, by id.
    #[serde(default)]
    pub algemene_voorwaarden: Vec<String>,
    /// A form of bijzondere bijstand: the national general rules apply by default.
    #[serde(default)]
    pub bijzondere_bijstand: bool,
    /// General rules this regeling does not carry, each with its bron.
    #[serde(default)]
    pub afwijking: Vec<super::Afwijking>,
    /// The bron of 002 art. 7.4.3 lid 2 (niet-rechthebbende partner), where it applies.
    #[serde(default)]
    pub niet_rechthebbende_partner: Option<String>,
    /// Where the inwoner applies (an https address): the link a host page gets with the outcome.
    #[serde(default)]
    pub aanvraag_url: Option<String>,
    /// Where the gemeente's rules let the inwoner have a voucher or webshop provision in money
    /// instead (000 par. 8.3): the bron that says so.
    #[serde(default)]
    pub ook_in_geld: Option<String>,
    #[serde(default)]
    pub voorwaarde: Vec<serde_json::Value>,
    #[serde(default)]
    pub bedrag: Option<RawBedrag>,
    #[serde(default)]
    pub draagkracht: Option<RawDraagkracht>,
}

/// One condition block; `bron` is taken off the table before this is read.
#[derive(Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
pub enum RawBlok {
    Inkomen {
        #[serde(deserialize_with = "decimaal")]
        max_procent: Decimal,
        #[serde(default, deserialize_with = "decimaal_optie")]
        zeker_tot_procent: Option<Decimal>,
        #[serde(default)]
        toelichting: Option<Tekst>,
        #[serde(default)]
        kostendelersnorm: bool,
    },
    Vermogen {
        #[serde(default)]
        onder_de_grens: bool,
        #[serde(default)]
        boven_grens_beoordeling: Option<super::VermogenBeoordeling>,
    },
    Leeftijd {
        wie: Wie,
        #[serde(default)]
        minimaal: Option<u32>,
        #[serde(default)]
        maximaal: Option<u32>,
        #[serde(default)]
        onder_aow_leeftijd: bool,
    },
    Kinderen {
        #[serde(default)]
        min_leeftijd: u32,
        #[serde(default = "zeventien")]
        max_leeftijd: u32,
    },
    MaandenLaagInkomen {
        minimaal: u32,
    },
    Woonkosten {
        #[serde(deserialize_with = "decimaal")]
        boven_procent: Decimal,
        #[serde(default)]
        kostendelersnorm: bool,
        #[serde(default)]
        vermogen_boven_grens: bool,
        #[serde(default)]
        geen_draagkracht_bij_schuldregeling: bool,
        #[serde(default)]
        bijstand_kan_zonder_draagkracht: bool,
    },
    Kostendelers {
        minimaal: u32,
    },
    JaNee {
        vraag: JaNeeVraag,
        #[serde(default)]
        wie: Option<Wie>,
        moet_zijn: bool,
        #[serde(default)]
        zonder_antwoord_aangenomen: bool,
    },
    Kosten(KostenEis),
    Afwijzingsgronden {
        kosten_soort: Vec<KostSoort>,
        #[serde(default)]
        voorliggend_voor: Vec<KostSoort>,
        al_betaald: AlBetaald,
        #[serde(default = "waar")]
        zeer_dringende_redenen: bool,
    },
    PersoonlijkeBeoordeling {
        tekst: Tekst,
    },
    /// Nested blocks, read one by one like the top level.
    Alle {
        voorwaarde: Vec<serde_json::Value>,
    },
    EenVan {
        voorwaarde: Vec<serde_json::Value>,
    },
}

/// A group of general rules in the national file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroep {
    pub id: String,
    pub omschrijving: String,
    pub bron: String,
    /// Holds for every form of bijzondere bijstand unless a regeling states an exception.
    #[serde(default)]
    pub bijzondere_bijstand: bool,
    pub voorwaarde: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlgemeen {
    /// The national documents the general rules (and every policy) may cite.
    #[serde(default)]
    pub document: Vec<super::Document>,
    pub groep: Vec<RawGroep>,
}

/// A maatwerk signal; its conditions are read one by one like a regeling's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSignaal {
    pub id: String,
    pub tekst: Tekst,
    pub bron: String,
    pub voorwaarde: Vec<serde_json::Value>,
}

fn zeventien() -> u32 {
    17
}

fn waar() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
pub enum RawBedrag {
    PercentageNormPerJaar {
        norm: String,
        inclusief_vakantietoeslag: bool,
        #[serde(deserialize_with = "decimaal")]
        procent: Decimal,
        afronding: Afronding,
        leefvorm_procent: RawLeefvormProcent,
        bron: String,
    },
    Vast {
        #[serde(deserialize_with = "decimaal")]
        bedrag: Decimal,
        per: Periode,
        #[serde(default)]
        maximaal: bool,
        bron: String,
    },
    Onbekend {
        document: String,
        toelichting: Tekst,
    },
    KostenMinDraagkracht {},
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLeefvormProcent {
    #[serde(deserialize_with = "decimaal")]
    pub gehuwden: Decimal,
    #[serde(deserialize_with = "decimaal")]
    pub alleenstaande: Decimal,
    #[serde(deserialize_with = "decimaal")]
    pub alleenstaande_ouder: Decimal,
}

#[derive(Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
pub enum RawDraagkracht {
    PercentageBovenNorm(PercentageBovenNorm),
    Onbekend { document: String },
}
