//! The answer of the engine: per regeling a status, the reasons with their numbers and
//! sources, an estimated amount or draagkracht, what is still missing, the "what if" margin
//! and the next step; for the household its leefvorm, norm and income; and the questions
//! still relevant. Outcomes as data: every sentence is a message of the catalogs
//! (`uitleg::Bericht`). `json.rs` writes it compactly for the widget and the CLI.

use crate::datum::Datum;
use crate::evaluate::Leefvorm;
use crate::household::KostSoort;
use crate::norms::Waarschuwing;
use crate::policy::Periode;
use crate::questions::{RelevanteVraag, Vragen};
use crate::tekst::Tekst;
use crate::uitleg::Bericht;
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::Arc;

pub mod json;
pub mod statisch;
pub mod tabel;
pub use tabel::Teksttabel;

#[derive(Clone, Debug)]
pub struct Report {
    pub gemeente: GemeenteInfo,
    pub peildatum: Datum,
    /// The date of the bijstandsnormen used.
    pub normen_geldig_vanaf: Datum,
    pub leefvorm: Option<Leefvorm>,
    /// The norm of art. 20-22a per month without vakantietoeslag, kostendelersnorm applied,
    /// for the whole household.
    pub bijstandsnorm: Option<Decimal>,
    pub kostendelers: Option<u32>,
    pub bijstandsnorm_zonder_kostendelersnorm: Option<Decimal>,
    /// The highest norm an income test could use (from 21 where 18-20 may have an aanvulling):
    /// the income chart runs to 200% of it, so that every limit is on it. Not in the JSON.
    pub hoogste_norm: Option<Decimal>,
    /// Household income per month.
    pub inkomen: Option<Decimal>,
    /// Income as a percentage of the norm without kostendelersnorm, one decimal.
    pub inkomen_procent_van_norm: Option<Decimal>,
    pub waarschuwingen: Vec<Waarschuwing>,
    /// `ja` and `misschien` first, in the policy's order within each.
    pub regelingen: Vec<Uitkomst>,
    /// Situations where a keukentafelgesprek is advised, with the reasons (empty: none).
    pub maatwerk: Vec<MaatwerkSignaal>,
    /// Regelingen of the policy not valid on the peildatum (ended or not yet begun).
    pub niet_geldig: Vec<String>,
    /// The questions some conclusion read, answered or not, in the widget's order.
    pub vragen: Vec<RelevanteVraag>,
}

#[derive(Clone, Debug)]
pub struct GemeenteInfo {
    pub id: String,
    pub naam: String,
    pub versie: String,
    pub bron: String,
    pub website: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ja,
    Misschien,
    Nee,
}

impl Status {
    pub fn naam(self) -> &'static str {
        match self {
            Status::Ja => "ja",
            Status::Misschien => "misschien",
            Status::Nee => "nee",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Uitkomst {
    pub id: Arc<str>,
    pub naam: Arc<Tekst>,
    pub omschrijving: Arc<Tekst>,
    pub status: Status,
    pub bron: Arc<str>,
    /// Every condition with its outcome, numbers and source; for `nee` all failing ones.
    pub redenen: Vec<Reden>,
    pub bedrag: Option<Bedrag>,
    pub draagkracht: Option<Draagkracht>,
    /// The questions whose answers would decide a `misschien`.
    pub ontbrekende_vragen: Vragen,
    pub marge: Option<Marge>,
    pub vervolgstap: Arc<Tekst>,
}

/// A keukentafelgesprek is advised: rules alone may not do this household justice.
#[derive(Clone, Debug)]
pub struct MaatwerkSignaal {
    pub id: Arc<str>,
    pub tekst: Arc<Tekst>,
    pub bron: Arc<str>,
    /// The conditions that raised it, with their numbers.
    pub redenen: Vec<Reden>,
}

/// How one condition turned out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RedenUitslag {
    Voldaan,
    NietVoldaan,
    /// An answer is missing.
    Onbekend,
    /// A person at the gemeente decides; the tool cannot.
    Beoordeling,
}

#[derive(Clone, Debug)]
pub struct Reden {
    pub uitslag: RedenUitslag,
    /// The sentences, as messages of the catalogs.
    pub zinnen: Vec<Bericht>,
    pub bron: Arc<str>,
    /// For a group of conditions: its members.
    pub onderdelen: Vec<Reden>,
}

#[derive(Clone, Debug)]
pub struct Bedrag {
    /// `None` when the amount is in a document we do not have, or an answer is missing.
    pub waarde: Option<Decimal>,
    pub per: Option<Periode>,
    /// The amount is a maximum ("tot € 150 per jaar").
    pub maximaal: bool,
    pub uitleg: Vec<Bericht>,
    pub bron: String,
}

#[derive(Clone, Debug)]
pub struct Draagkracht {
    /// What the household pays itself per draagkrachtperiode, before bijzondere bijstand pays.
    pub per_jaar: Option<Decimal>,
    /// The lower draagkracht for medical costs, where the gemeente has one.
    pub zorgkosten_per_jaar: Option<Decimal>,
    pub uitleg: Vec<Bericht>,
    pub kosten: Vec<KostVergoeding>,
    pub bron: String,
    /// No open assumption could make it lower (an unanswered Wsnp or alimentatie), and every
    /// cost it is set against has an amount: then costs it covers in full are a `nee`.
    pub zeker: bool,
    /// Equity in the eigen woning above its limit, judged on the bijstand of the whole year
    /// (Montferland 5.10): the yearly amount under which the gemeente gives it without further
    /// inquiry. Set here, said once the outcomes of all regelingen are known.
    pub woning_zonder_onderzoek_tot: Option<Decimal>,
}

impl Draagkracht {
    /// A draagkracht the tool cannot put a number on (a document we lack, answers missing).
    pub fn zonder_bedrag(uitleg: Vec<Bericht>, bron: String) -> Draagkracht {
        Draagkracht {
            per_jaar: None,
            zorgkosten_per_jaar: None,
            uitleg,
            kosten: Vec::new(),
            bron,
            zeker: false,
            woning_zonder_onderzoek_tot: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct KostVergoeding {
    pub soort: KostSoort,
    pub bedrag: Decimal,
    /// The part of the draagkracht set against this cost: the draagkracht holds once for all
    /// costs of the period together.
    pub draagkracht: Decimal,
    /// bedrag - draagkracht: an estimate, the gemeente decides.
    pub geschatte_vergoeding: Decimal,
}

/// How much more or less net income per month changes the status.
#[derive(Clone, Debug)]
pub struct Marge {
    pub meer: Option<Margestap>,
    pub minder: Option<Margestap>,
}

#[derive(Clone, Debug)]
pub struct Margestap {
    /// Per month.
    pub bedrag: Decimal,
    pub status: Status,
    pub uitleg: Bericht,
}
