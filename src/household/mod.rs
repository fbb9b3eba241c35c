//! The household's answers: the one input of the engine, whoever calls it.
//!
//! Every field is optional: `None` means "not answered", and a rule that needs it says
//! `misschien`. The format is documented for policy staff in `docs/answers.md`.

mod parse;
mod veldfout;

pub use parse::{
    decimaal as decimaal_uit_tekst, KOST_VELDEN, MAX_ANTWOORDEN_BYTES, MAX_LEEFTIJD, MAX_LIJST, MAX_MAANDEN,
    PERSOON_VELDEN, VELDEN,
};
pub use veldfout::Veldfout;

use crate::questions::{Vraag, Vragen};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Persoon {
    pub leeftijd: Option<u32>,
    pub inkomen: Option<Decimal>,
    pub inkomensbron: Option<Inkomensbron>,
    pub student: Option<bool>,
    pub chronisch_ziek_of_beperking: Option<bool>,
    pub geldige_verblijfstitel: Option<bool>,
    pub gedetineerd: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Inkomensbron {
    Bijstand,
    Aow,
    Loon,
    Uitkering,
    Studiefinanciering,
    Ondernemer,
    Geen,
    Anders,
}

impl Inkomensbron {
    pub const NAMEN: &'static [&'static str] =
        &["bijstand", "aow", "loon", "uitkering", "studiefinanciering", "ondernemer", "geen", "anders"];

    pub fn van_naam(naam: &str) -> Option<Inkomensbron> {
        Some(match naam {
            "bijstand" => Inkomensbron::Bijstand,
            "aow" => Inkomensbron::Aow,
            "loon" => Inkomensbron::Loon,
            "uitkering" => Inkomensbron::Uitkering,
            "studiefinanciering" => Inkomensbron::Studiefinanciering,
            "ondernemer" => Inkomensbron::Ondernemer,
            "geen" => Inkomensbron::Geen,
            "anders" => Inkomensbron::Anders,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kind {
    pub leeftijd: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Medebewoner {
    pub leeftijd: Option<u32>,
    pub student: Option<bool>,
    pub commerciele_huurder: Option<bool>,
}

/// What a concrete cost is for (bijzondere bijstand and the regelingen for goods).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KostSoort {
    Medisch,
    Witgoed,
    Computer,
    Babyuitzet,
    Uitvaart,
    Bewindvoering,
    Reiskosten,
    Kinderopvang,
    Verhuizing,
    Afval,
    Waarborgsom,
    Overig,
    /// Never bijzondere bijstand (Participatiewet art. 13 and 14; 000 par. 2.1), unless the
    /// gemeente sees zeer dringende redenen (art. 16).
    Alimentatie,
    Boete,
    Schade,
    Schuldaflossing,
    /// Arrears of rent, or of gas, water and electricity: debts too, but where eviction or
    /// disconnection threatens a gemeente may lend (art. 13 lid 2; Roosendaal 001 Ad. 1).
    Huurschuld,
    Energieschuld,
    /// Montferland 003 par. 9.12 (Stadsbank Oost Nederland first).
    Budgetbeheer,
    /// Montferland 003 par. 9.14: leges to extend or change a residence permit.
    LegesVerblijfsvergunning,
    /// Montferland 003 par. 9.15: never (not necessary).
    Naturalisatie,
    /// The wettelijk or vrijwillig eigen risico of the zorgverzekering (Montferland 003 par. 7.5: never).
    EigenRisico,
}

impl KostSoort {
    pub const NAMEN: &'static [&'static str] = &[
        "medisch",
        "witgoed",
        "computer",
        "babyuitzet",
        "uitvaart",
        "bewindvoering",
        "reiskosten",
        "kinderopvang",
        "verhuizing",
        "afval",
        "waarborgsom",
        "overig",
        "alimentatie",
        "boete",
        "schade",
        "schuldaflossing",
        "huurschuld",
        "energieschuld",
        "budgetbeheer",
        "leges_verblijfsvergunning",
        "naturalisatie",
        "eigen_risico",
    ];

    pub fn van_naam(naam: &str) -> Option<KostSoort> {
        Some(match naam {
            "medisch" => KostSoort::Medisch,
            "witgoed" => KostSoort::Witgoed,
            "computer" => KostSoort::Computer,
            "babyuitzet" => KostSoort::Babyuitzet,
            "uitvaart" => KostSoort::Uitvaart,
            "bewindvoering" => KostSoort::Bewindvoering,
            "reiskosten" => KostSoort::Reiskosten,
            "kinderopvang" => KostSoort::Kinderopvang,
            "verhuizing" => KostSoort::Verhuizing,
            "afval" => KostSoort::Afval,
            "waarborgsom" => KostSoort::Waarborgsom,
            "overig" => KostSoort::Overig,
            "alimentatie" => KostSoort::Alimentatie,
            "boete" => KostSoort::Boete,
            "schade" => KostSoort::Schade,
            "schuldaflossing" => KostSoort::Schuldaflossing,
            "huurschuld" => KostSoort::Huurschuld,
            "energieschuld" => KostSoort::Energieschuld,
            "budgetbeheer" => KostSoort::Budgetbeheer,
            "leges_verblijfsvergunning" => KostSoort::LegesVerblijfsvergunning,
            "naturalisatie" => KostSoort::Naturalisatie,
            "eigen_risico" => KostSoort::EigenRisico,
            _ => return None,
        })
    }

    pub fn naam(self) -> &'static str {
        match self {
            KostSoort::Medisch => "medisch",
            KostSoort::Witgoed => "witgoed",
            KostSoort::Computer => "computer",
            KostSoort::Babyuitzet => "babyuitzet",
            KostSoort::Uitvaart => "uitvaart",
            KostSoort::Bewindvoering => "bewindvoering",
            KostSoort::Reiskosten => "reiskosten",
            KostSoort::Kinderopvang => "kinderopvang",
            KostSoort::Verhuizing => "verhuizing",
            KostSoort::Afval => "afval",
            KostSoort::Waarborgsom => "waarborgsom",
            KostSoort::Overig => "overig",
            KostSoort::Alimentatie => "alimentatie",
            KostSoort::Boete => "boete",
            KostSoort::Schade => "schade",
            KostSoort::Schuldaflossing => "schuldaflossing",
            KostSoort::Huurschuld => "huurschuld",
            KostSoort::Energieschuld => "energieschuld",
            KostSoort::Budgetbeheer => "budgetbeheer",
            KostSoort::LegesVerblijfsvergunning => "leges_verblijfsvergunning",
            KostSoort::Naturalisatie => "naturalisatie",
            KostSoort::EigenRisico => "eigen_risico",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WitgoedItem {
    Wasmachine,
    Koelkast,
    Kookapparatuur,
}

impl WitgoedItem {
    pub const NAMEN: &'static [&'static str] = &["wasmachine", "koelkast", "kookapparatuur"];

    pub fn van_naam(naam: &str) -> Option<WitgoedItem> {
        Some(match naam {
            "wasmachine" => WitgoedItem::Wasmachine,
            "koelkast" => WitgoedItem::Koelkast,
            "kookapparatuur" => WitgoedItem::Kookapparatuur,
            _ => return None,
        })
    }

    pub fn naam(self) -> &'static str {
        match self {
            WitgoedItem::Wasmachine => "wasmachine",
            WitgoedItem::Koelkast => "koelkast",
            WitgoedItem::Kookapparatuur => "kookapparatuur",
        }
    }
}

/// Who died, for funeral costs (003 par. 9.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overledene {
    Partner,
    Kind,
    Ouder,
    Anders,
}

impl Overledene {
    pub const NAMEN: &'static [&'static str] = &["partner", "kind", "ouder", "anders"];

    pub fn van_naam(naam: &str) -> Option<Overledene> {
        Some(match naam {
            "partner" => Overledene::Partner,
            "kind" => Overledene::Kind,
            "ouder" => Overledene::Ouder,
            "anders" => Overledene::Anders,
            _ => return None,
        })
    }

    pub fn naam(self) -> &'static str {
        match self {
            Overledene::Partner => "partner",
            Overledene::Kind => "kind",
            Overledene::Ouder => "ouder",
            Overledene::Anders => "anders",
        }
    }
}

/// What a journey is for (Montferland 003 par. 8.1 a-e).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reisdoel {
    /// A doctor, therapist or specialist outside the gemeente.
    ArtsBuitenGemeente,
    /// A first-degree relative in hospital or a nursing home.
    FamilieInZiekenhuis,
    /// A first-degree relative in detention.
    FamilieInDetentie,
    /// A child's school that cannot be followed nearby.
    School,
    /// A re-integration or training course.
    ReIntegratie,
    Anders,
}

impl Reisdoel {
    pub const NAMEN: &'static [&'static str] =
        &["arts_buiten_gemeente", "familie_in_ziekenhuis", "familie_in_detentie", "school", "re_integratie", "anders"];

    pub fn van_naam(naam: &str) -> Option<Reisdoel> {
        Some(match naam {
            "arts_buiten_gemeente" => Reisdoel::ArtsBuitenGemeente,
            "familie_in_ziekenhuis" => Reisdoel::FamilieInZiekenhuis,
            "familie_in_detentie" => Reisdoel::FamilieInDetentie,
            "school" => Reisdoel::School,
            "re_integratie" => Reisdoel::ReIntegratie,
            "anders" => Reisdoel::Anders,
            _ => return None,
        })
    }
}

/// Why childcare is needed (003 par. 9.17).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KinderopvangReden {
    /// For re-integration or civic integration duties.
    ReIntegratie,
    /// After leaving bijstand for work.
    Werkaanvaarding,
    SociaalMedischeIndicatie,
    Anders,
}

impl KinderopvangReden {
    pub const NAMEN: &'static [&'static str] =
        &["re_integratie", "werkaanvaarding", "sociaal_medische_indicatie", "anders"];

    pub fn van_naam(naam: &str) -> Option<KinderopvangReden> {
        Some(match naam {
            "re_integratie" => KinderopvangReden::ReIntegratie,
            "werkaanvaarding" => KinderopvangReden::Werkaanvaarding,
            "sociaal_medische_indicatie" => KinderopvangReden::SociaalMedischeIndicatie,
            "anders" => KinderopvangReden::Anders,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Kost {
    pub soort: KostSoort,
    pub item: Option<WitgoedItem>,
    pub vervanging: Option<bool>,
    /// `Some(None)`: never reimbursed before (`null` in the answers); `None`: not answered.
    pub jaren_sinds_vorige_vergoeding: Option<Option<u32>>,
    pub via_kinderen_tellen_mee_laatste_60_maanden: Option<bool>,
    /// Babyuitzet: for the first child in the family.
    pub eerste_kind: Option<bool>,
    /// Uitvaart: who died.
    pub overledene: Option<Overledene>,
    /// Bewindvoering: the bewind is part of a WSNP debt scheme (not a kantonrechter's beschermingsbewind).
    pub wsnp: Option<bool>,
    /// Kinderopvang: why it is needed.
    pub kinderopvang_reden: Option<KinderopvangReden>,
    /// Already paid or bought. Absent means still to be paid: the question asks about costs the
    /// household has now and cannot pay (docs/answers.md).
    pub al_betaald: Option<bool>,
    /// Another scheme (zorgverzekering, kinderopvangtoeslag, ...) pays this cost in full.
    pub voorliggende_voorziening: Option<bool>,
    /// An acute emergency (zeer dringende redenen, art. 16): asked for the kinds bijzondere
    /// bijstand never pays.
    pub zeer_dringend: Option<bool>,
    /// Reiskosten: what for, and the single journey in whole kilometres.
    pub reisdoel: Option<Reisdoel>,
    pub enkele_reis_km: Option<u32>,
    /// Huurschuld or energieschuld: eviction or disconnection threatens.
    pub dreigt_uitzetting_of_afsluiting: Option<bool>,
    pub bedrag: Option<Decimal>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Antwoorden {
    pub aanvrager: Persoon,
    pub heeft_partner: Option<bool>,
    /// Married or registered, but the partner lives elsewhere (004: the law may still count
    /// them as one household; a person at the gemeente has to look at it).
    pub partner_woont_elders: Option<bool>,
    pub partner: Persoon,
    pub kinderen: Option<Vec<Kind>>,
    pub medebewoners: Option<Vec<Medebewoner>>,
    /// Assets minus debts; may be negative when the debts are larger.
    pub vermogen: Option<Decimal>,
    pub eigen_woning: Option<bool>,
    pub woz_waarde: Option<Decimal>,
    pub hypotheek: Option<Decimal>,
    pub woonkosten: Option<Decimal>,
    pub maanden_laag_inkomen: Option<u32>,
    pub inkomenstoeslag_laatste_12_maanden: Option<bool>,
    /// The alleenstaande-ouderkop in the household's kindgebonden budget, per month; 0: none.
    pub alleenstaande_ouderkop: Option<Decimal>,
    /// Alimentatie the aanvrager or partner pays, per month, for an (ex-)partner or children
    /// outside the household; 0: none.
    pub alimentatie_betaald: Option<Decimal>,
    pub schulden: Option<bool>,
    /// In a Wsnp (schuldsanering) or a minnelijke schuldregeling now.
    pub schuldregeling: Option<bool>,
    /// A child or another adult of the household has a beperking or a chronic psychisch or
    /// psychosociaal problem (the aanvrager and partner answer for themselves).
    pub beperking_huisgenoot: Option<bool>,
    /// The household runs its own home (not living in at someone else's, not in an institution).
    pub zelfstandige_huishouding: Option<bool>,
    pub kosten: Option<Vec<Kost>>,
}

impl Antwoorden {
    /// Parses and validates answers given as JSON text.
    pub fn uit_json(tekst: &str) -> Result<Antwoorden, Vec<Veldfout>> {
        if tekst.len() > parse::MAX_ANTWOORDEN_BYTES {
            return Err(vec![Veldfout::te_groot()]);
        }
        match crate::json_tekst::lees(tekst) {
            Ok(waarde) => Antwoorden::uit_waarde(&waarde),
            Err(fout) => Err(vec![Veldfout::geen_json(&fout.to_string())]),
        }
    }

    /// Validates answers already parsed into a JSON value (from JSON, YAML or JavaScript).
    /// Every bad field is reported, not only the first.
    pub fn uit_waarde(waarde: &serde_json::Value) -> Result<Antwoorden, Vec<Veldfout>> {
        parse::antwoorden(waarde)
    }

    /// The questions that have an answer.
    pub fn beantwoord(&self) -> Vragen {
        let a = &self.aanvrager;
        let p = &self.partner;
        let paren: [(Vraag, bool); 32] = [
            (Vraag::AanvragerLeeftijd, a.leeftijd.is_some()),
            (Vraag::HeeftPartner, self.heeft_partner.is_some()),
            (Vraag::PartnerLeeftijd, p.leeftijd.is_some()),
            (Vraag::PartnerWoontElders, self.partner_woont_elders.is_some()),
            (Vraag::Kinderen, self.kinderen.as_ref().is_some_and(|k| k.iter().all(|k| k.leeftijd.is_some()))),
            (Vraag::Medebewoners, self.medebewoners.is_some()),
            (Vraag::AanvragerInkomen, a.inkomen.is_some()),
            (Vraag::PartnerInkomen, p.inkomen.is_some()),
            (Vraag::AanvragerInkomensbron, a.inkomensbron.is_some()),
            (Vraag::PartnerInkomensbron, p.inkomensbron.is_some()),
            (Vraag::MaandenLaagInkomen, self.maanden_laag_inkomen.is_some()),
            (Vraag::AanvragerStudent, a.student.is_some()),
            (Vraag::PartnerStudent, p.student.is_some()),
            (Vraag::InkomenstoeslagLaatste12Maanden, self.inkomenstoeslag_laatste_12_maanden.is_some()),
            (Vraag::AlleenstaandeOuderkop, self.alleenstaande_ouderkop.is_some()),
            (Vraag::AlimentatieBetaald, self.alimentatie_betaald.is_some()),
            (Vraag::Vermogen, self.vermogen.is_some()),
            (Vraag::EigenWoning, self.eigen_woning.is_some()),
            (Vraag::WozWaarde, self.woz_waarde.is_some()),
            (Vraag::Hypotheek, self.hypotheek.is_some()),
            (Vraag::Woonkosten, self.woonkosten.is_some()),
            (Vraag::Schulden, self.schulden.is_some()),
            (Vraag::Schuldregeling, self.schuldregeling.is_some()),
            (Vraag::BeperkingHuisgenoot, self.beperking_huisgenoot.is_some()),
            (Vraag::ZelfstandigeHuishouding, self.zelfstandige_huishouding.is_some()),
            (Vraag::AanvragerChronischZiek, a.chronisch_ziek_of_beperking.is_some()),
            (Vraag::PartnerChronischZiek, p.chronisch_ziek_of_beperking.is_some()),
            (Vraag::AanvragerVerblijfstitel, a.geldige_verblijfstitel.is_some()),
            (Vraag::PartnerVerblijfstitel, p.geldige_verblijfstitel.is_some()),
            (Vraag::AanvragerGedetineerd, a.gedetineerd.is_some()),
            (Vraag::PartnerGedetineerd, p.gedetineerd.is_some()),
            (Vraag::Kosten, self.kosten.is_some()),
        ];
        paren.iter().filter(|(_, ja)| *ja).fold(Vragen::GEEN, |set, (v, _)| set.met(*v))
    }
}
