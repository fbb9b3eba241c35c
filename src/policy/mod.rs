//! A gemeente's rules, as the engine trusts them: read from a TOML file in `policies/`,
//! validated (`lezen`), then evaluated (`crate::evaluate`). The format for policy staff is in
//! `docs/policy-format.md`.
//!
//! Conditions are a closed set of typed blocks. A rule they cannot express becomes a new block
//! here, with its own tests, never a string to interpret.

#[cfg(feature = "toml")]
mod afwijzing;
pub mod beschrijving;
mod controle;
pub mod documenten;
mod gecompileerd;
mod keuzes;
// Reading the policy file as staff write it, with every check: native only (`bur`, tests).
// The widget reads the compiled form (`gecompileerd`), written after these checks passed.
#[cfg(feature = "toml")]
mod lezen;
#[cfg(feature = "toml")]
mod raw;
#[cfg(feature = "toml")]
mod standaard;

#[cfg(feature = "toml")]
use crate::bestand::Formaat;
use crate::datum::Datum;
use crate::diagnose::Diagnose;
use crate::household::{KinderopvangReden, KostSoort, Overledene, Reisdoel, WitgoedItem};
use crate::norms::Normcategorie;
use crate::tekst::Tekst;
pub use documenten::Document;
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::Arc;

/// The general rules, built into the engine like the national norms (as JSON, by `build.rs`).
#[cfg(feature = "toml")]
pub const ALGEMEEN: &str = include_str!(concat!(env!("OUT_DIR"), "/algemeen.json"));
pub const ALGEMEEN_BESTAND: &str = "policies/national/algemeen.toml";

#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    pub gemeente: Gemeente,
    /// The documents its rules cite: the national ones and the gemeente's own.
    pub documenten: Vec<Document>,
    pub regelingen: Vec<Regeling>,
    /// Regelingen of the gemeente's documents that are deliberately not encoded, with why.
    pub buiten_scope: Vec<BuitenScope>,
    /// Situations where rules alone fail and a keukentafelgesprek is advised (000 ch. 9, 004).
    pub signalen: Vec<Signaal>,
    /// Where a request for a keukentafelgesprek goes; `None`: print or download only.
    pub keukentafelgesprek: Option<Keukentafelgesprek>,
}

/// How an inwoner asks this gemeente for a keukentafelgesprek (000 par. 8.1 and 9.4): where the
/// request goes and what the consent text says about keeping it. Without `endpoint` and `email`
/// the request can only be printed or downloaded. No seed gives an address or a retention
/// period: a gemeente fills these in; until then the consent text points to its website.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keukentafelgesprek {
    /// HTTPS address that takes the JSON request (docs/keukentafel-request.schema.json).
    #[serde(default)]
    pub endpoint: Option<String>,
    /// Address for a prepared e-mail, where the gemeente has no endpoint.
    #[serde(default)]
    pub email: Option<String>,
    /// How long the gemeente keeps a request, in words for the consent text.
    #[serde(default)]
    pub bewaartermijn: Option<Tekst>,
    /// The gemeente's privacy statement.
    #[serde(default)]
    pub privacyverklaring: Option<String>,
    pub bron: String,
}

/// A maatwerk signal: when all its conditions hold, the report advises a keukentafelgesprek,
/// with the reason. It never changes a regeling's status.
#[derive(Clone, Debug, PartialEq)]
pub struct Signaal {
    pub id: Arc<str>,
    pub tekst: Arc<Tekst>,
    pub bron: Arc<str>,
    pub voorwaarden: Vec<Voorwaarde>,
}

/// A regeling the source defines but the tool does not evaluate (decided by a medical adviser,
/// needs a document we do not have, not yet encoded), so that nothing is silently skipped.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuitenScope {
    pub naam: String,
    pub bron: String,
    pub reden: String,
}

impl Policy {
    /// Reads and validates a policy file. `bestand` names it in the diagnostics.
    /// Every problem in the file is reported; a policy with any problem is not returned.
    #[cfg(feature = "toml")]
    pub fn uit_toml(bestand: &str, tekst: &str) -> Result<Policy, Vec<Diagnose>> {
        lezen::policy(bestand, tekst, Formaat::Toml)
    }

    /// Reads a policy compiled by `bur json` (what the widget loads): its shape is checked, then
    /// every value as `bur check` checks it (`controle`), and a wrong field is named.
    pub fn uit_gecompileerd(bestand: &str, tekst: &str) -> Result<Policy, Vec<Diagnose>> {
        gecompileerd::lees(bestand, tekst)
    }

    /// The compiled form of this (checked) policy, for `bur json`.
    #[cfg(feature = "toml")]
    pub fn gecompileerd(&self) -> String {
        gecompileerd::schrijf(self).to_string()
    }

    /// The policy's sources and texts by number, as `loadPolicy` hands them to the widget.
    #[cfg(feature = "toml")]
    pub fn teksttabel(&self) -> crate::report::Teksttabel {
        crate::report::Teksttabel::uit_json(&gecompileerd::schrijf(self))
    }

    /// Checks the national file of general rules (`policies/national/algemeen.toml`), which every
    /// policy reads built in.
    #[cfg(feature = "toml")]
    pub fn controleer_algemeen(bestand: &str, tekst: &str) -> Result<(), Vec<Diagnose>> {
        lezen::algemene_groepen(bestand, tekst, Formaat::Toml).map(|_| ())
    }

    /// The compiled form as the site serves it (`bur json`): every citation of a document by
    /// its number under the document's title, which an inwoner can look up.
    #[cfg(feature = "toml")]
    pub fn gepubliceerd(&self) -> String {
        let mut v = gecompileerd::schrijf(self);
        documenten::herschrijf(&mut v, &self.documenten);
        v.to_string()
    }

    pub fn regeling(&self, id: &str) -> Option<&Regeling> {
        self.regelingen.iter().find(|r| &*r.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gemeente {
    pub id: String,
    pub naam: String,
    /// The version of this policy file, printed on the summary.
    pub versie: String,
    /// The document the rules come from.
    pub bron: String,
    pub website: Option<String>,
    /// The year its rules were made (`regels_uit`): rules six or more years old on the
    /// peildatum get a warning on the results.
    #[serde(skip)]
    pub regels_uit: Option<u16>,
    /// A gemeente's own norm for the alleenstaande ouder, as a percentage of the gehuwdennorm
    /// (Montferland 003 par. 5.9). `None`: the national norm.
    #[serde(skip)]
    pub alleenstaande_ouder_procent_gehuwdennorm: Option<Decimal>,
    /// Where a draagkracht applies the kostendelersnorm, someone of 18 to 20 gets the one that
    /// would apply at 21 (Montferland 003 par. 5.9).
    #[serde(skip)]
    pub kostendelersnorm_jongeren_als_21: bool,
    /// For someone of 18 to 20 the gemeente's "bijstandsnorm" includes the aanvullende
    /// bijzondere bijstand of art. 12 PW (Bunschoten 002 ch. 12), whose height it does not give:
    /// an income over a limit of the youth norm but within that of a 21-year-old is `misschien`.
    #[serde(skip)]
    pub bijstandsnorm_jongeren_met_aanvulling: bool,
    /// What counts as income beside the net income the answers give; `None`: only that.
    #[serde(skip)]
    pub inkomen: Option<Inkomensregels>,
}

/// A gemeente's own definition of income for its income tests and draagkracht (Montferland
/// 003 par. 5.6 onder c and 5.7). Unanswered, the extra answers count as nothing, and every
/// reason that reads the income says so (the shared scenarios give single parents without them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inkomensregels {
    /// The alleenstaande-ouderkop of the kindgebonden budget is income (an exception to art.
    /// 31 lid 2 Participatiewet).
    #[serde(default)]
    pub alleenstaande_ouderkop_telt_mee: bool,
    /// Alimentatie the household pays is taken off its income.
    #[serde(default)]
    pub alimentatie_in_mindering: bool,
    pub bron: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Regeling {
    pub id: Arc<str>,
    pub naam: Arc<Tekst>,
    /// A short B1 description of what the regeling is for.
    pub omschrijving: Arc<Tekst>,
    pub bron: Arc<str>,
    pub geldig_vanaf: Datum,
    pub geldig_tot: Option<Datum>,
    /// How to apply.
    pub vervolgstap: Arc<Tekst>,
    /// All must hold (`ja`); any that fails gives `nee`.
    pub voorwaarden: Vec<Voorwaarde>,
    pub bedrag: Option<Bedragregel>,
    pub draagkracht: Option<Draagkrachtregel>,
    /// A form of bijzondere bijstand: it carries the national general rules of bijzondere
    /// bijstand (`policies/national/algemeen.toml`, groups marked `bijzondere_bijstand`) unless
    /// `afwijkingen` leaves one out, each with its bron.
    pub bijzondere_bijstand: bool,
    pub afwijkingen: Vec<Afwijking>,
    /// 002 art. 7.4.3 lid 2: a partner without a right to bijstand (Participatiewet art. 11:
    /// no valid verblijfstitel; art. 13 lid 1: gedetineerd) is left out of the partner's
    /// conditions, and the aanvrager gets the amount of an alleenstaande (ouder). The bron.
    pub niet_rechthebbende_partner: Option<Arc<str>>,
    /// Where to apply: an https address (checked when read).
    pub aanvraag_url: Option<Arc<str>>,
    /// The bron that lets the inwoner have the provision in money instead of a voucher.
    pub ook_in_geld: Option<Arc<str>>,
}

/// A general rule a regeling of bijzondere bijstand does not carry, and the article that says so.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Afwijking {
    /// A group id of `algemeen.toml`, or `al_betaald` for the rule on costs already paid only.
    pub regel: String,
    pub bron: String,
}

impl Regeling {
    pub fn geldig_op(&self, peildatum: Datum) -> bool {
        self.geldig_vanaf <= peildatum && self.geldig_tot.is_none_or(|tot| peildatum <= tot)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Voorwaarde {
    pub blok: Blok,
    /// The article this condition comes from; the regeling's `bron` when the file gives none.
    pub bron: Arc<str>,
}

/// The closed set of condition blocks.
#[derive(Clone, Debug, PartialEq)]
pub enum Blok {
    /// Household income per month at most `max_procent` of the applicable norm. Between
    /// `zeker_tot_procent` and `max_procent` the outcome is `misschien`, for the reason in
    /// `toelichting` (limits per voorziening we do not know, for instance).
    Inkomen {
        max_procent: Decimal,
        zeker_tot_procent: Option<Decimal>,
        toelichting: Option<Arc<Tekst>>,
        kostendelersnorm: bool,
    },
    /// Vermogen within the vermogensgrens of the leefvorm (art. 34). With `onder_de_grens`, a
    /// vermogen equal to the limit fails too (Bunschoten's "goede financiële buffer", ch. 12: a
    /// vermogen op of boven de vermogensgrens).
    Vermogen {
        onder_de_grens: bool,
        /// Above the limit the gemeente judges (`misschien`) instead of `nee`.
        boven_grens_beoordeling: Option<VermogenBeoordeling>,
    },
    Leeftijd {
        wie: Wie,
        minimaal: Option<u32>,
        maximaal: Option<u32>,
        onder_aow_leeftijd: bool,
    },
    /// At least one child living at home, aged `min_leeftijd` to `max_leeftijd` inclusive.
    Kinderen {
        min_leeftijd: u32,
        max_leeftijd: u32,
    },
    MaandenLaagInkomen {
        minimaal: u32,
    },
    /// The housing costs per month are more than the income above `boven_procent` of the
    /// norm, which counts in full toward them (a woonkostentoeslag: 003 par. 10.1, 001 Ad. 7 A).
    /// Housing costs the household can pay from that income are a `nee`.
    Woonkosten {
        boven_procent: Decimal,
        kostendelersnorm: bool,
        /// Vermogen above the vermogensgrens counts too, against a year of housing costs.
        vermogen_boven_grens: bool,
        /// No draagkracht during a Wsnp or minnelijke schuldregeling (003 par. 5.2 lid 7, 8).
        geen_draagkracht_bij_schuldregeling: bool,
        /// For someone on bijstand the vermogen was judged for the uitkering and savings from it
        /// stay free (001 par. 6 pt 7, Ad. 7): the vermogen alone makes no `nee`.
        bijstand_kan_zonder_draagkracht: bool,
    },
    /// At least this many other adults in the home count as kostendeler (art. 22a).
    Kostendelers {
        minimaal: u32,
    },
    JaNee {
        vraag: JaNeeVraag,
        wie: Option<Wie>,
        moet_zijn: bool,
        /// Unanswered, the condition is assumed met, and the reason says so in words; the
        /// question is still asked. Only where the policy file says so, with the reason there.
        aangenomen: bool,
    },
    /// A concrete cost of one of the soorten, meeting the regeling's own demands.
    Kosten(KostenEis),
    /// The general grounds for refusing bijzondere bijstand, per cost (000 par. 2.1): kinds it
    /// never pays unless there are zeer dringende redenen, costs already paid, and costs a
    /// voorliggende voorziening pays.
    Afwijzingsgronden(Afwijzingsgronden),
    /// Always a personal assessment: the tool cannot decide it, and says so.
    Beoordeling {
        tekst: Arc<Tekst>,
    },
    Alle(Vec<Voorwaarde>),
    EenVan(Vec<Voorwaarde>),
}

/// The refusal grounds of bijzondere bijstand, applied to each cost the regeling is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Afwijzingsgronden {
    /// Kinds never paid (art. 13 and 14); with zeer dringende redenen (art. 16) only the
    /// gemeente can decide, so the outcome is `misschien`.
    pub uitgesloten: Vec<KostSoort>,
    /// Whether zeer dringende redenen (art. 16) can open the `uitgesloten` kinds; `false` for a
    /// kind the gemeente never pays (Montferland 003 par. 9.15, naturalisatie).
    pub zeer_dringende_redenen: bool,
    /// Kinds for which another scheme usually comes first and must be asked about.
    pub voorliggend_voor: Vec<KostSoort>,
    /// What a cost already paid gives: in principle no bijstand (`nee`), or `misschien` where
    /// the gemeente accepts a request shortly after (Montferland 003 par. 4).
    pub al_betaald: AlBetaald,
    /// The gemeente's own words on costs already paid (`[gemeente.al_betaald]`), if any.
    pub al_betaald_toelichting: Option<Arc<Tekst>>,
    /// The kinds of the regeling's own `kosten` blocks, filled when the policy is read; empty:
    /// every cost counts (a regeling that is not about one kind).
    pub alleen_soorten: Vec<KostSoort>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlBetaald {
    Nee,
    Misschien,
    /// Asked afterwards by its nature (Roosendaal's kruimelvoorziening, 001 Ad. 4 lid 2).
    Toegestaan,
}

/// What a `kosten` block demands of a cost. Read straight from the policy file (its fields are
/// the file's), so the list of demands is written once.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KostenEis {
    #[serde(rename = "kosten_soort")]
    pub soorten: Vec<KostSoort>,
    /// For witgoed: the appliances that count; empty means any.
    #[serde(default)]
    pub items: Vec<WitgoedItem>,
    #[serde(default)]
    pub alleen_vervanging: bool,
    #[serde(default)]
    pub min_jaren_sinds_vorige_vergoeding: Option<u32>,
    #[serde(default)]
    pub niet_via_kinderen_tellen_mee: bool,
    /// Babyuitzet: only for the first child.
    #[serde(default)]
    pub alleen_eerste_kind: bool,
    /// Uitvaart: whose funeral counts; empty means any.
    #[serde(default)]
    pub overledenen: Vec<Overledene>,
    /// Bewindvoering: not when it is part of the WSNP.
    #[serde(default)]
    pub niet_wsnp: bool,
    /// Kinderopvang: the reasons that count; empty means any.
    #[serde(default)]
    pub kinderopvang_redenen: Vec<KinderopvangReden>,
    /// Reiskosten: the purposes that count; empty means any.
    #[serde(default)]
    pub reisdoelen: Vec<Reisdoel>,
    /// Reiskosten: a single journey of at least this many km; shorter gives `misschien`, as the
    /// gemeente may deviate for health complaints or special situations (Montferland 003 par. 8.1).
    #[serde(default)]
    pub min_enkele_reis_km: Option<u32>,
    /// Huurschuld and energieschuld: only where eviction or disconnection threatens
    /// (Roosendaal 001 Ad. 1).
    #[serde(default)]
    pub alleen_bij_dreigende_uitzetting: bool,
    /// The regeling's refusal grounds, applied to each matching cost as well; filled when the
    /// policy is read, never written in the file.
    #[serde(skip)]
    pub afwijzingen: Vec<Afwijzingsgronden>,
    /// The matching costs together at most this amount (Roosendaal's kruimelvoorziening).
    #[serde(default, deserialize_with = "crate::bestand::decimaal_optie")]
    pub max_totaal: Option<Decimal>,
    /// Only costs the household already paid: a kruimelvoorziening is pre-financed and claimed
    /// afterwards (001 Ad. 4 lid 2); a cost still to be paid is applied for beforehand, under the
    /// general regeling, and does not take the paid ones over the limit.
    #[serde(default)]
    pub alleen_al_betaald: bool,
}

/// A vermogen above the limit that the gemeente judges rather than refuses: a seed that only
/// states an intention (Bunschoten 002 art. 7.2 lid 1, "uitgangspunten"), or one with its own
/// rule for equity in the home (Montferland 003 par. 5.10: under EUR 1,000 a year without
/// further inquiry). `alleen_eigen_woning`: only when the savings are within the limit and the
/// home's equity takes the vermogen over it.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VermogenBeoordeling {
    #[serde(default)]
    pub alleen_eigen_woning: bool,
    pub toelichting: Arc<Tekst>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wie {
    Aanvrager,
    Partner,
    /// Both must meet it (a partner only where there is one).
    AanvragerEnPartner,
    /// One of them is enough.
    AanvragerOfPartner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JaNeeVraag {
    Student,
    ChronischZiekOfBeperking,
    GeldigeVerblijfstitel,
    Gedetineerd,
    Schulden,
    HeeftPartner,
    PartnerWoontElders,
    #[serde(rename = "inkomenstoeslag_laatste_12_maanden")]
    InkomenstoeslagLaatste12Maanden,
    EigenWoning,
    /// Someone else in the household (a child or another adult) has a beperking or a chronic
    /// psychisch or psychosociaal problem (Bunschoten 002 art. 7.6.1).
    BeperkingHuisgenoot,
    /// The household runs its own home (Montferland 003 par. 9.5 and 9.6).
    ZelfstandigeHuishouding,
    /// In a Wsnp or a minnelijke schuldregeling now (Montferland 003 par. 5.2 lid 7 and 8).
    Schuldregeling,
}

impl JaNeeVraag {
    /// Whether the answer belongs to a person (and so needs `wie`) or to the household.
    pub fn per_persoon(self) -> bool {
        matches!(
            self,
            JaNeeVraag::Student
                | JaNeeVraag::ChronischZiekOfBeperking
                | JaNeeVraag::GeldigeVerblijfstitel
                | JaNeeVraag::Gedetineerd
        )
    }
}

/// How a result is rounded, named in the policy file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Afronding {
    OpCenten,
    HeleEurosOmhoog,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Periode {
    Maand,
    Jaar,
    Eenmalig,
}

impl Periode {
    pub fn naam(self) -> &'static str {
        match self {
            Periode::Maand => "maand",
            Periode::Jaar => "jaar",
            Periode::Eenmalig => "eenmalig",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Bedragregel {
    /// A percentage of a norm on 1 January of the peildatum's year, per year, with a share per
    /// leefvorm of the gehuwden amount (the individuele inkomenstoeslag, 002 art. 7.4.3).
    PercentageNormPerJaar {
        norm: Normcategorie,
        inclusief_vakantietoeslag: bool,
        procent: Decimal,
        afronding: Afronding,
        gehuwden_procent: Decimal,
        alleenstaande_procent: Decimal,
        alleenstaande_ouder_procent: Decimal,
        bron: String,
    },
    /// A fixed amount (or a maximum) per period.
    Vast { bedrag: Decimal, per: Periode, maximaal: bool, bron: String },
    /// The amount is in a document we do not have: the outcome says so, never a number.
    Onbekend { document: String, toelichting: Tekst },
    /// Bijzondere bijstand: each cost minus the draagkracht that applies to it.
    KostenMinDraagkracht,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Draagkrachtregel {
    PercentageBovenNorm(PercentageBovenNorm),
    /// The method is in a document we do not have.
    Onbekend {
        document: String,
    },
}

/// `inkomen_procent` of income above `boven_procent` of the norm, per year (x `periode_maanden`),
/// plus vermogen above the vermogensgrens when `vermogen_boven_grens`. Read straight from the
/// policy file, so its fields are listed once.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PercentageBovenNorm {
    #[serde(deserialize_with = "crate::bestand::decimaal")]
    pub inkomen_procent: Decimal,
    #[serde(deserialize_with = "crate::bestand::decimaal")]
    pub boven_procent: Decimal,
    #[serde(default)]
    pub kostendelersnorm: bool,
    pub vermogen_boven_grens: bool,
    /// Which part of the vermogen counts when `vermogen_boven_grens`: above the vermogensgrens
    /// (the default), all of it, above the monthly norm including vakantietoeslag, or above a
    /// fixed amount (`vermogen_vrijlating_bedrag`).
    #[serde(default)]
    pub vermogen_vrijlating: VermogenVrijlating,
    #[serde(default, deserialize_with = "crate::bestand::decimaal_optie")]
    pub vermogen_vrijlating_bedrag: Option<Decimal>,
    pub periode_maanden: u32,
    /// The draagkrachtperiode for someone of AOW-leeftijd (Montferland 003 par. 5.2 lid 6).
    #[serde(default)]
    pub periode_maanden_aow: Option<u32>,
    /// No draagkracht during a Wsnp or a minnelijke schuldregeling (Montferland 003 par. 5.2 lid 7, 8).
    #[serde(default)]
    pub geen_draagkracht_bij_schuldregeling: bool,
    /// Above this percentage of the norm the gemeente reckons from real income and spending,
    /// so the tool computes no draagkracht (Roosendaal 001 Ad. 6: above 110%).
    #[serde(default, deserialize_with = "crate::bestand::decimaal_optie")]
    pub berekend_tot_procent: Option<Decimal>,
    /// Montferland 003 par. 5.10: with equity in the eigen woning above its limit, bijstand
    /// below this amount a year is given without further inquiry; above it, the gemeente decides.
    #[serde(default, deserialize_with = "crate::bestand::decimaal_optie")]
    pub eigen_woning_zonder_onderzoek_tot: Option<Decimal>,
    #[serde(default)]
    pub zorgkosten: Option<Zorgkostenverlaging>,
    /// Someone on periodieke algemene bijstand may be taken to have no draagkracht, and
    /// savings from the uitkering stay free (001 par. 6 pt 7, a "kan-bepaling"; Ad. 7,
    /// Opmerking 1): the draagkracht is then an upper bound, said so, and no ground for a nee.
    #[serde(default)]
    pub bijstand_kan_zonder_draagkracht: bool,
    /// The gemeente always corrects the income part for costs the household bears itself
    /// (001 Ad. 7 B (*): verwervingskosten, woon-werkverkeer, woonlasten above the normhuur),
    /// which the tool does not ask: said, and the income part is then an upper bound.
    #[serde(default)]
    pub aftrekposten: Option<Arc<Tekst>>,
    pub bron: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VermogenVrijlating {
    #[default]
    Vermogensgrens,
    /// Montferland 003 par. 5.10 c: a waarborgsom.
    Geen,
    /// Montferland 003 par. 9.14: the balance above the norm including vakantietoeslag.
    NormInclusiefVakantietoeslag,
    /// A fixed amount (Roosendaal 001 Ad. 6: EUR 1,500).
    Bedrag,
}

/// Montferland 003 par. 7.3: for medical costs, with income between the draagkracht limit and
/// `tot_procent` of the norm, the income part of the draagkracht is lowered by at most
/// `maximale_verlaging`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zorgkostenverlaging {
    #[serde(deserialize_with = "crate::bestand::decimaal")]
    pub tot_procent: Decimal,
    #[serde(deserialize_with = "crate::bestand::decimaal")]
    pub maximale_verlaging: Decimal,
    pub bron: String,
}
