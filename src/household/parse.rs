//! From a JSON value to validated `Antwoorden`: every bad field reported at once, each message
//! naming the field and saying what is allowed. Absent and `null` fields are "not answered".

use super::{
    Antwoorden, Inkomensbron, Kind, KinderopvangReden, Kost, KostSoort, Medebewoner, Overledene, Persoon, Reisdoel,
    Veldfout, WitgoedItem,
};
use crate::suggestie::dichtstbij;
use crate::uitleg::{sleutel, zin, Arg, Bericht, Sleutel};
use serde_json::{Map, Value};

pub const MAX_LEEFTIJD: u32 = 120;
/// A hundred years of low income is the most anyone can have had.
pub const MAX_MAANDEN: u32 = 1200;
/// The most answers the engine reads: the JSON text in bytes (the widget's answers are under
/// 2 kB), and the children, other adults or costs in one list. More is refused at once, before
/// any field is read, so no input can make the engine work long (docs/answers.md).
pub const MAX_ANTWOORDEN_BYTES: usize = 64 * 1024;
pub const MAX_LIJST: usize = 50;
/// A name or value that was typed is shown back in a message up to this many characters.
pub(super) const MAX_GETOOND: usize = 40;
const MAX_JAREN_SINDS_VERGOEDING: u32 = 100;
/// Further than any journey in the Netherlands and back: a typo, not a trip.
const MAX_REISAFSTAND_KM: u32 = 1000;

/// The fields of the answers, of a person and of a cost: the only names the parser accepts.
pub const VELDEN: &[&str] = &[
    "aanvrager",
    "heeft_partner",
    "partner_woont_elders",
    "partner",
    "kinderen",
    "medebewoners",
    "vermogen",
    "eigen_woning",
    "woz_waarde",
    "hypotheek",
    "woonkosten",
    "maanden_laag_inkomen",
    "inkomenstoeslag_laatste_12_maanden",
    "alleenstaande_ouderkop",
    "alimentatie_betaald",
    "schulden",
    "schuldregeling",
    "beperking_huisgenoot",
    "zelfstandige_huishouding",
    "kosten",
];
pub const PERSOON_VELDEN: &[&str] = &[
    "leeftijd",
    "inkomen",
    "inkomensbron",
    "student",
    "chronisch_ziek_of_beperking",
    "geldige_verblijfstitel",
    "gedetineerd",
];
const KIND_VELDEN: &[&str] = &["leeftijd"];
const MEDEBEWONER_VELDEN: &[&str] = &["leeftijd", "student", "commerciele_huurder"];
pub const KOST_VELDEN: &[&str] = &[
    "soort",
    "item",
    "vervanging",
    "jaren_sinds_vorige_vergoeding",
    "via_kinderen_tellen_mee_laatste_60_maanden",
    "eerste_kind",
    "overledene",
    "wsnp",
    "kinderopvang_reden",
    "al_betaald",
    "voorliggende_voorziening",
    "zeer_dringend",
    "dreigt_uitzetting_of_afsluiting",
    "reisdoel",
    "enkele_reis_km",
    "bedrag",
];

/// The name of a field in the messages: the key of its words in the catalogs (`veld-...`).
type Label = Sleutel;

/// A field's name as the argument `veld` of a message: said in place.
pub(super) fn veldnaam(label: Label) -> Arg {
    Arg::Lijst(vec![Bericht::kaal(label)])
}

pub(super) fn antwoorden(waarde: &Value) -> Result<Antwoorden, Vec<Veldfout>> {
    if te_groot(waarde, &mut 0) {
        return Err(vec![Veldfout::te_groot()]);
    }
    let mut l = Lezer { fouten: Vec::new() };
    let Some(o) = l.object(Pad::Veld(""), waarde, VELDEN, sleutel!("veld-antwoorden")) else {
        return Err(l.fouten);
    };
    let heeft_partner = l.ja_nee(Pad::Veld("heeft_partner"), o.get("heeft_partner"), sleutel!("veld-heeft-partner"));
    let partner_waarde = o.get("partner").filter(|p| !p.is_null());
    if partner_waarde.is_some() && heeft_partner != Some(true) {
        l.fout(Pad::Veld("partner"), "partner_zonder_heeft_partner", zin!("fout-partner-zonder-heeft-partner"));
    }
    let antwoorden = Antwoorden {
        aanvrager: l.persoon(Pad::Veld("aanvrager"), o.get("aanvrager"), false),
        heeft_partner,
        partner_woont_elders: l.ja_nee(
            Pad::Veld("partner_woont_elders"),
            o.get("partner_woont_elders"),
            sleutel!("veld-partner-woont-elders"),
        ),
        partner: l.persoon(Pad::Veld("partner"), partner_waarde, true),
        kinderen: l.kinderen(o.get("kinderen")),
        medebewoners: l.medebewoners(o.get("medebewoners")),
        vermogen: l.bedrag(Pad::Veld("vermogen"), o.get("vermogen"), true, sleutel!("veld-vermogen")),
        eigen_woning: l.ja_nee(Pad::Veld("eigen_woning"), o.get("eigen_woning"), sleutel!("veld-eigen-woning")),
        woz_waarde: l.bedrag(Pad::Veld("woz_waarde"), o.get("woz_waarde"), false, sleutel!("veld-woz-waarde")),
        hypotheek: l.bedrag(Pad::Veld("hypotheek"), o.get("hypotheek"), false, sleutel!("veld-hypotheek")),
        woonkosten: l.bedrag(Pad::Veld("woonkosten"), o.get("woonkosten"), false, sleutel!("veld-woonkosten")),
        maanden_laag_inkomen: l.heel_getal(
            Pad::Veld("maanden_laag_inkomen"),
            o.get("maanden_laag_inkomen"),
            MAX_MAANDEN,
            sleutel!("veld-maanden-laag-inkomen"),
        ),
        inkomenstoeslag_laatste_12_maanden: l.ja_nee(
            Pad::Veld("inkomenstoeslag_laatste_12_maanden"),
            o.get("inkomenstoeslag_laatste_12_maanden"),
            sleutel!("veld-inkomenstoeslag-laatste-12-maanden"),
        ),
        alleenstaande_ouderkop: l.bedrag(
            Pad::Veld("alleenstaande_ouderkop"),
            o.get("alleenstaande_ouderkop"),
            false,
            sleutel!("veld-alleenstaande-ouderkop"),
        ),
        alimentatie_betaald: l.bedrag(
            Pad::Veld("alimentatie_betaald"),
            o.get("alimentatie_betaald"),
            false,
            sleutel!("veld-alimentatie-betaald"),
        ),
        schulden: l.ja_nee(Pad::Veld("schulden"), o.get("schulden"), sleutel!("veld-schulden")),
        schuldregeling: l.ja_nee(Pad::Veld("schuldregeling"), o.get("schuldregeling"), sleutel!("veld-schuldregeling")),
        beperking_huisgenoot: l.ja_nee(
            Pad::Veld("beperking_huisgenoot"),
            o.get("beperking_huisgenoot"),
            sleutel!("veld-beperking-huisgenoot"),
        ),
        zelfstandige_huishouding: l.ja_nee(
            Pad::Veld("zelfstandige_huishouding"),
            o.get("zelfstandige_huishouding"),
            sleutel!("veld-zelfstandige-huishouding"),
        ),
        kosten: l.kosten(o.get("kosten")),
    };
    if l.fouten.is_empty() {
        Ok(antwoorden)
    } else {
        Err(l.fouten)
    }
}

/// Whether the answers, as JSON text, would be over `MAX_ANTWOORDEN_BYTES`: counted as it
/// goes, so a huge value is found without walking all of it.
fn te_groot(w: &Value, bytes: &mut usize) -> bool {
    *bytes += match w {
        Value::String(s) => s.len() + 2,
        Value::Number(n) => n.as_str().len(),
        _ => 4,
    };
    if *bytes > MAX_ANTWOORDEN_BYTES {
        return true;
    }
    match w {
        Value::Array(a) => a.iter().any(|v| te_groot(v, bytes)),
        Value::Object(o) => o.iter().any(|(k, v)| {
            *bytes += k.len() + 3;
            te_groot(v, bytes)
        }),
        _ => false,
    }
}

/// What was typed, as a message shows it back: at most `MAX_GETOOND` characters.
pub(super) fn getoond(tekst: &str) -> String {
    match tekst.char_indices().nth(MAX_GETOOND) {
        Some((i, _)) => format!("{}…", tekst.get(..i).unwrap_or_default()),
        None => tekst.to_string(),
    }
}

struct Lezer {
    fouten: Vec<Veldfout>,
}

impl Lezer {
    fn fout(&mut self, veld: Pad<'_>, code: &'static str, bericht: Bericht) {
        self.fouten.push(Veldfout::nieuw(&veld.tekst(), code, bericht));
    }

    /// An object whose keys are all known; an unknown key is an error with the nearest name.
    fn object<'a>(
        &mut self,
        pad: Pad<'_>,
        waarde: &'a Value,
        velden: &[&str],
        label: Label,
    ) -> Option<&'a Map<String, Value>> {
        let Some(o) = waarde.as_object() else {
            self.fout(pad, "geen_object", zin!("fout-geen-groep-velden", veld = veldnaam(label)));
            return None;
        };
        for sleutel in o.keys() {
            if !velden.contains(&sleutel.as_str()) {
                let veld = pad.veld(sleutel);
                let bericht = match dichtstbij(sleutel, velden.iter().copied()) {
                    Some(s) => zin!("fout-onbekend-veld-bedoelt", naam = getoond(sleutel), suggestie = s.to_string()),
                    None => zin!("fout-onbekend-veld", naam = getoond(sleutel), velden = velden.join(", ")),
                };
                self.fout(veld, "onbekend_veld", bericht);
            }
        }
        Some(o)
    }

    fn persoon(&mut self, pad: Pad<'_>, waarde: Option<&Value>, partner: bool) -> Persoon {
        let Some(waarde) = waarde.filter(|w| !w.is_null()) else {
            return Persoon::default();
        };
        let Some(o) = self.object(
            pad,
            waarde,
            PERSOON_VELDEN,
            if partner { sleutel!("veld-partner") } else { sleutel!("veld-aanvrager") },
        ) else {
            return Persoon::default();
        };
        let l = |aanvrager: Label, van_partner: Label| -> Label {
            if partner {
                van_partner
            } else {
                aanvrager
            }
        };
        let veld = |naam| pad.veld(naam);
        Persoon {
            leeftijd: self.leeftijd(
                veld("leeftijd"),
                o.get("leeftijd"),
                0,
                MAX_LEEFTIJD,
                l(sleutel!("veld-aanvrager-leeftijd"), sleutel!("veld-partner-leeftijd")),
            ),
            inkomen: self.bedrag(
                veld("inkomen"),
                o.get("inkomen"),
                false,
                l(sleutel!("veld-aanvrager-inkomen"), sleutel!("veld-partner-inkomen")),
            ),
            inkomensbron: self.keuze(
                veld("inkomensbron"),
                o.get("inkomensbron"),
                Inkomensbron::NAMEN,
                Inkomensbron::van_naam,
                l(sleutel!("veld-aanvrager-inkomensbron"), sleutel!("veld-partner-inkomensbron")),
            ),
            student: self.ja_nee(
                veld("student"),
                o.get("student"),
                l(sleutel!("veld-aanvrager-student"), sleutel!("veld-partner-student")),
            ),
            chronisch_ziek_of_beperking: self.ja_nee(
                veld("chronisch_ziek_of_beperking"),
                o.get("chronisch_ziek_of_beperking"),
                l(
                    sleutel!("veld-aanvrager-chronisch-ziek-of-beperking"),
                    sleutel!("veld-partner-chronisch-ziek-of-beperking"),
                ),
            ),
            geldige_verblijfstitel: self.ja_nee(
                veld("geldige_verblijfstitel"),
                o.get("geldige_verblijfstitel"),
                l(sleutel!("veld-aanvrager-geldige-verblijfstitel"), sleutel!("veld-partner-geldige-verblijfstitel")),
            ),
            gedetineerd: self.ja_nee(
                veld("gedetineerd"),
                o.get("gedetineerd"),
                l(sleutel!("veld-aanvrager-gedetineerd"), sleutel!("veld-partner-gedetineerd")),
            ),
        }
    }

    fn kinderen(&mut self, waarde: Option<&Value>) -> Option<Vec<Kind>> {
        let lijst = self.lijst(Pad::Veld("kinderen"), waarde, sleutel!("veld-kinderen"))?;
        let mut kinderen = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = Pad::Element("kinderen", i);
            let nummer = i + 1;
            let Some(o) = self.object(pad, w, KIND_VELDEN, sleutel!("veld-kind")) else {
                continue;
            };
            let veld = pad.veld("leeftijd");
            let leeftijd = self.leeftijd(veld, o.get("leeftijd"), 0, MAX_LEEFTIJD, sleutel!("veld-kind-leeftijd"));
            if leeftijd.is_some_and(|l| l >= 18) {
                self.fout(veld, "kind_te_oud", zin!("fout-kind-te-oud", nummer = nummer));
                continue;
            }
            kinderen.push(Kind { leeftijd });
        }
        Some(kinderen)
    }

    fn medebewoners(&mut self, waarde: Option<&Value>) -> Option<Vec<Medebewoner>> {
        let lijst = self.lijst(Pad::Veld("medebewoners"), waarde, sleutel!("veld-medebewoners"))?;
        let mut bewoners = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = Pad::Element("medebewoners", i);
            let nummer = i + 1;
            let Some(o) = self.object(pad, w, MEDEBEWONER_VELDEN, sleutel!("veld-medebewoner")) else {
                continue;
            };
            let veld = pad.veld("leeftijd");
            let leeftijd =
                self.leeftijd(veld, o.get("leeftijd"), 0, MAX_LEEFTIJD, sleutel!("veld-medebewoner-leeftijd"));
            if leeftijd.is_some_and(|l| l < 18) {
                self.fout(veld, "medebewoner_te_jong", zin!("fout-medebewoner-te-jong", nummer = nummer));
            }
            bewoners.push(Medebewoner {
                leeftijd,
                student: self.ja_nee(pad.veld("student"), o.get("student"), sleutel!("veld-medebewoner-student")),
                commerciele_huurder: self.ja_nee(
                    pad.veld("commerciele_huurder"),
                    o.get("commerciele_huurder"),
                    sleutel!("veld-medebewoner-commerciele-huurder"),
                ),
            });
        }
        Some(bewoners)
    }

    fn kosten(&mut self, waarde: Option<&Value>) -> Option<Vec<Kost>> {
        let lijst = self.lijst(Pad::Veld("kosten"), waarde, sleutel!("veld-kosten"))?;
        let mut kosten = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = Pad::Element("kosten", i);
            let Some(o) = self.object(pad, w, KOST_VELDEN, sleutel!("veld-kost")) else {
                continue;
            };
            let soort_veld = pad.veld("soort");
            let soort = match o.get("soort").filter(|s| !s.is_null()) {
                None => {
                    self.fout(
                        soort_veld,
                        "soort_ontbreekt",
                        zin!("fout-soort-ontbreekt", keuzes = KostSoort::NAMEN.join(", ")),
                    );
                    None
                }
                some => {
                    self.keuze(soort_veld, some, KostSoort::NAMEN, KostSoort::van_naam, sleutel!("veld-kost-soort"))
                }
            };
            let item = self.keuze(
                pad.veld("item"),
                o.get("item"),
                WitgoedItem::NAMEN,
                WitgoedItem::van_naam,
                sleutel!("veld-kost-item"),
            );
            let vervanging = self.ja_nee(pad.veld("vervanging"), o.get("vervanging"), sleutel!("veld-kost-vervanging"));
            let jaren_veld = pad.veld("jaren_sinds_vorige_vergoeding");
            let jaren_sinds_vorige_vergoeding = match o.get("jaren_sinds_vorige_vergoeding") {
                None => None,
                Some(Value::Null) => Some(None),
                Some(w) => self
                    .heel_getal(
                        jaren_veld,
                        Some(w),
                        MAX_JAREN_SINDS_VERGOEDING,
                        sleutel!("veld-kost-jaren-sinds-vorige-vergoeding"),
                    )
                    .map(Some),
            };
            let via_ktm = self.ja_nee(
                pad.veld("via_kinderen_tellen_mee_laatste_60_maanden"),
                o.get("via_kinderen_tellen_mee_laatste_60_maanden"),
                sleutel!("veld-kost-via-kinderen-tellen-mee"),
            );
            let eerste_kind =
                self.ja_nee(pad.veld("eerste_kind"), o.get("eerste_kind"), sleutel!("veld-kost-eerste-kind"));
            let overledene = self.keuze(
                pad.veld("overledene"),
                o.get("overledene"),
                Overledene::NAMEN,
                Overledene::van_naam,
                sleutel!("veld-kost-overledene"),
            );
            let wsnp = self.ja_nee(pad.veld("wsnp"), o.get("wsnp"), sleutel!("veld-kost-wsnp"));
            let kinderopvang_reden = self.keuze(
                pad.veld("kinderopvang_reden"),
                o.get("kinderopvang_reden"),
                KinderopvangReden::NAMEN,
                KinderopvangReden::van_naam,
                sleutel!("veld-kost-kinderopvang-reden"),
            );
            let al_betaald = self.ja_nee(pad.veld("al_betaald"), o.get("al_betaald"), sleutel!("veld-kost-al-betaald"));
            let voorliggende_voorziening = self.ja_nee(
                pad.veld("voorliggende_voorziening"),
                o.get("voorliggende_voorziening"),
                sleutel!("veld-kost-voorliggende-voorziening"),
            );
            let zeer_dringend =
                self.ja_nee(pad.veld("zeer_dringend"), o.get("zeer_dringend"), sleutel!("veld-kost-zeer-dringend"));
            let reisdoel = self.keuze(
                pad.veld("reisdoel"),
                o.get("reisdoel"),
                Reisdoel::NAMEN,
                Reisdoel::van_naam,
                sleutel!("veld-kost-reisdoel"),
            );
            let enkele_reis_km = self.heel_getal(
                pad.veld("enkele_reis_km"),
                o.get("enkele_reis_km"),
                MAX_REISAFSTAND_KM,
                sleutel!("veld-kost-enkele-reis-km"),
            );
            let dreigt = self.ja_nee(
                pad.veld("dreigt_uitzetting_of_afsluiting"),
                o.get("dreigt_uitzetting_of_afsluiting"),
                sleutel!("veld-kost-dreigt-uitzetting-of-afsluiting"),
            );
            let bedrag = self.bedrag(pad.veld("bedrag"), o.get("bedrag"), false, sleutel!("veld-kost-bedrag"));
            if let Some(soort) = soort {
                kosten.push(Kost {
                    soort,
                    item,
                    vervanging,
                    jaren_sinds_vorige_vergoeding,
                    via_kinderen_tellen_mee_laatste_60_maanden: via_ktm,
                    eerste_kind,
                    overledene,
                    wsnp,
                    kinderopvang_reden,
                    al_betaald,
                    voorliggende_voorziening,
                    zeer_dringend,
                    reisdoel,
                    enkele_reis_km,
                    dreigt_uitzetting_of_afsluiting: dreigt,
                    bedrag,
                });
            }
        }
        Some(kosten)
    }
}

mod velden;

pub use velden::decimaal;
use velden::Pad;

#[cfg(test)]
mod tests;
