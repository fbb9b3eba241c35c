//! The named values of the policy's lists as the compiled policy writes them (serde's
//! snake_case names), read without serde: `json_lezer::Keuze`. Reading them through serde's
//! derived readers pulled its whole visitor machinery into the WebAssembly module, with a float
//! formatter for its error messages (9 kB gzip). `tests` checks every name against serde's.

use super::{AlBetaald, JaNeeVraag, Periode, VermogenVrijlating, Wie};
use crate::household::{KinderopvangReden, KostSoort, Overledene, Reisdoel, WitgoedItem};
use crate::json_lezer::Keuze;

/// `keuze!(Type { Variant => "naam", ... })`: `Keuze` and the list of every value (for the test).
macro_rules! keuze {
    ($type:ident { $($variant:ident => $naam:literal),* $(,)? }) => {
        impl Keuze for $type {
            fn van_naam(naam: &str) -> Option<$type> {
                match naam {
                    $($naam => Some($type::$variant),)*
                    _ => None,
                }
            }
        }
        #[cfg(test)]
        impl $type {
            pub(crate) const ELK: &'static [$type] = &[$($type::$variant),*];
            /// Does not compile while a value is missing above.
            #[allow(dead_code)]
            fn elk_genoemd(self) {
                match self {
                    $($type::$variant => {})*
                }
            }
        }
    };
}

keuze!(Wie { Aanvrager => "aanvrager", Partner => "partner", AanvragerEnPartner => "aanvrager_en_partner", AanvragerOfPartner => "aanvrager_of_partner" });
keuze!(AlBetaald { Nee => "nee", Misschien => "misschien", Toegestaan => "toegestaan" });
keuze!(Periode { Maand => "maand", Jaar => "jaar", Eenmalig => "eenmalig" });
keuze!(VermogenVrijlating {
    Vermogensgrens => "vermogensgrens",
    Geen => "geen",
    NormInclusiefVakantietoeslag => "norm_inclusief_vakantietoeslag",
    Bedrag => "bedrag",
});
keuze!(JaNeeVraag {
    Student => "student",
    ChronischZiekOfBeperking => "chronisch_ziek_of_beperking",
    GeldigeVerblijfstitel => "geldige_verblijfstitel",
    Gedetineerd => "gedetineerd",
    Schulden => "schulden",
    HeeftPartner => "heeft_partner",
    PartnerWoontElders => "partner_woont_elders",
    InkomenstoeslagLaatste12Maanden => "inkomenstoeslag_laatste_12_maanden",
    EigenWoning => "eigen_woning",
    BeperkingHuisgenoot => "beperking_huisgenoot",
    ZelfstandigeHuishouding => "zelfstandige_huishouding",
    Schuldregeling => "schuldregeling",
});

// The household's lists know their names already (the answers are read by them).
macro_rules! met_namen {
    ($($type:ident),*) => {$(
        impl Keuze for $type {
            fn van_naam(naam: &str) -> Option<$type> {
                $type::van_naam(naam)
            }
        }
    )*};
}
met_namen!(KostSoort, WitgoedItem, Overledene, KinderopvangReden, Reisdoel);

#[cfg(test)]
mod tests {
    use super::*;

    fn zelfde<T: Keuze + serde::Serialize + PartialEq + std::fmt::Debug>(elk: &[T]) {
        for v in elk {
            let naam = serde_json::to_value(v).unwrap();
            assert_eq!(T::van_naam(naam.as_str().unwrap()).as_ref(), Some(v), "{naam}");
        }
    }

    #[test]
    fn every_name_is_serdes() {
        zelfde(Wie::ELK);
        zelfde(AlBetaald::ELK);
        zelfde(Periode::ELK);
        zelfde(VermogenVrijlating::ELK);
        zelfde(JaNeeVraag::ELK);
    }

    #[test]
    fn the_household_lists_read_their_own_names() {
        for n in KostSoort::NAMEN {
            assert!(<KostSoort as Keuze>::van_naam(n).is_some(), "{n}");
        }
    }
}
