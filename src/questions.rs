//! The questions the widget can ask, one per answer field, in the order a conversation takes,
//! and the set type the engine uses to track which answers a conclusion read.
//!
//! Which questions still matter is decided by evaluation itself: every test records the
//! answers it read (see `evaluate`), so a question nobody reads is never asked.

use serde::{Serialize, Serializer};

macro_rules! vragen {
    ($( $naam:ident = $id:literal, $onderwerp:ident; )*) => {
        /// One question, named by the answer field it fills (`docs/answers.md`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Vraag { $( $naam, )* }

        impl Vraag {
            /// Every question, in the order the widget asks them.
            pub const ALLE: &'static [Vraag] = &[ $( Vraag::$naam, )* ];

            /// The answer field this question fills, e.g. `aanvrager.inkomen`.
            pub fn id(self) -> &'static str {
                match self { $( Vraag::$naam => $id, )* }
            }

            /// The screen the widget puts it on: one topic per screen on a phone.
            pub fn onderwerp(self) -> Onderwerp {
                match self { $( Vraag::$naam => Onderwerp::$onderwerp, )* }
            }
        }
    };
}

vragen! {
    AanvragerLeeftijd = "aanvrager.leeftijd", Huishouden;
    HeeftPartner = "heeft_partner", Huishouden;
    PartnerLeeftijd = "partner.leeftijd", Huishouden;
    PartnerWoontElders = "partner_woont_elders", Huishouden;
    Kinderen = "kinderen", Huishouden;
    Medebewoners = "medebewoners", Huishouden;
    AanvragerInkomen = "aanvrager.inkomen", Inkomen;
    PartnerInkomen = "partner.inkomen", Inkomen;
    AanvragerInkomensbron = "aanvrager.inkomensbron", Inkomen;
    PartnerInkomensbron = "partner.inkomensbron", Inkomen;
    MaandenLaagInkomen = "maanden_laag_inkomen", Inkomen;
    AanvragerStudent = "aanvrager.student", Inkomen;
    PartnerStudent = "partner.student", Inkomen;
    InkomenstoeslagLaatste12Maanden = "inkomenstoeslag_laatste_12_maanden", Inkomen;
    AlleenstaandeOuderkop = "alleenstaande_ouderkop", Inkomen;
    AlimentatieBetaald = "alimentatie_betaald", Inkomen;
    Vermogen = "vermogen", Vermogen;
    EigenWoning = "eigen_woning", Vermogen;
    WozWaarde = "woz_waarde", Vermogen;
    Hypotheek = "hypotheek", Vermogen;
    Woonkosten = "woonkosten", Situatie;
    ZelfstandigeHuishouding = "zelfstandige_huishouding", Situatie;
    Schulden = "schulden", Situatie;
    Schuldregeling = "schuldregeling", Situatie;
    BeperkingHuisgenoot = "beperking_huisgenoot", Situatie;
    AanvragerChronischZiek = "aanvrager.chronisch_ziek_of_beperking", Situatie;
    PartnerChronischZiek = "partner.chronisch_ziek_of_beperking", Situatie;
    AanvragerVerblijfstitel = "aanvrager.geldige_verblijfstitel", Situatie;
    PartnerVerblijfstitel = "partner.geldige_verblijfstitel", Situatie;
    AanvragerGedetineerd = "aanvrager.gedetineerd", Situatie;
    PartnerGedetineerd = "partner.gedetineerd", Situatie;
    Kosten = "kosten", Kosten;
}

impl Vraag {
    pub fn van_id(id: &str) -> Option<Vraag> {
        Vraag::ALLE.iter().copied().find(|v| v.id() == id)
    }

    fn bit(self) -> u64 {
        1u64 << (self as u32)
    }
}

impl Serialize for Vraag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Onderwerp {
    Huishouden,
    Inkomen,
    Vermogen,
    Situatie,
    Kosten,
}

impl Onderwerp {
    /// As the widget names the screen: `huishouden`.
    pub fn naam(self) -> &'static str {
        match self {
            Onderwerp::Huishouden => "huishouden",
            Onderwerp::Inkomen => "inkomen",
            Onderwerp::Vermogen => "vermogen",
            Onderwerp::Situatie => "situatie",
            Onderwerp::Kosten => "kosten",
        }
    }
}

/// A set of questions, cheap to copy and combine (there are fewer than 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Vragen(u64);

impl Vragen {
    pub const GEEN: Vragen = Vragen(0);

    pub fn van(vragen: &[Vraag]) -> Vragen {
        vragen.iter().fold(Vragen::GEEN, |set, v| set.met(*v))
    }

    #[must_use]
    pub fn met(self, vraag: Vraag) -> Vragen {
        Vragen(self.0 | vraag.bit())
    }

    #[must_use]
    pub fn en(self, ander: Vragen) -> Vragen {
        Vragen(self.0 | ander.0)
    }

    #[must_use]
    pub fn zonder(self, ander: Vragen) -> Vragen {
        Vragen(self.0 & !ander.0)
    }

    pub fn bevat(self, vraag: Vraag) -> bool {
        self.0 & vraag.bit() != 0
    }

    /// The set as a number, bit `n` for the `n`th question of `Vraag::ALLE` (the compact report).
    pub fn bits(self) -> u64 {
        self.0
    }

    pub fn is_leeg(self) -> bool {
        self.0 == 0
    }

    /// The members in the widget's order.
    pub fn lijst(self) -> Vec<Vraag> {
        Vraag::ALLE.iter().copied().filter(|v| self.bevat(*v)).collect()
    }
}

impl Serialize for Vragen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.lijst())
    }
}

/// A question that still matters for this policy and these answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RelevanteVraag {
    pub id: Vraag,
    pub onderwerp: Onderwerp,
    pub beantwoord: bool,
}

/// Every question that a conclusion read, answered or not, in the widget's order: the widget
/// asks the unanswered ones and counts all of them for its progress indication.
pub fn relevante_vragen(gelezen: Vragen, beantwoord: Vragen) -> Vec<RelevanteVraag> {
    gelezen
        .lijst()
        .into_iter()
        .map(|id| RelevanteVraag { id, onderwerp: id.onderwerp(), beantwoord: beantwoord.bevat(id) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_64_questions_fit_the_set() {
        assert!(Vraag::ALLE.len() < 64);
    }

    #[test]
    fn ids_round_trip_and_are_unique() {
        for v in Vraag::ALLE {
            assert_eq!(Vraag::van_id(v.id()), Some(*v));
        }
        let mut ids: Vec<_> = Vraag::ALLE.iter().map(|v| v.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Vraag::ALLE.len());
    }

    #[test]
    fn set_operations() {
        let a = Vragen::van(&[Vraag::Kinderen, Vraag::Vermogen]);
        assert!(a.bevat(Vraag::Kinderen));
        assert!(!a.bevat(Vraag::Schulden));
        assert_eq!(a.zonder(Vragen::van(&[Vraag::Kinderen])).lijst(), vec![Vraag::Vermogen]);
        assert_eq!(a.lijst(), vec![Vraag::Kinderen, Vraag::Vermogen]);
    }
}
