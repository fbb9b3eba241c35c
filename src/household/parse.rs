//! From a JSON value to validated `Antwoorden`: every bad field reported at once, each message
//! naming the field and saying what is allowed. Absent and `null` fields are "not answered".

use super::{
    Antwoorden, Inkomensbron, Kind, KinderopvangReden, Kost, KostSoort, Medebewoner, Overledene, Persoon, Reisdoel,
    Veldfout, WitgoedItem,
};
use crate::suggestie::dichtstbij;
use serde_json::{Map, Value};

pub const MAX_LEEFTIJD: u32 = 120;
/// A hundred years of low income is the most anyone can have had.
pub const MAX_MAANDEN: u32 = 1200;
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

/// The name of a field in words, for the messages: Dutch and English.
type Label<'a> = (&'a str, &'a str);

pub(super) fn antwoorden(waarde: &Value) -> Result<Antwoorden, Vec<Veldfout>> {
    let mut l = Lezer { fouten: Vec::new() };
    let Some(o) = l.object("", waarde, VELDEN, ("De antwoorden", "The answers")) else {
        return Err(l.fouten);
    };
    let heeft_partner =
        l.ja_nee("heeft_partner", o.get("heeft_partner"), ("Of u een partner heeft", "Whether you have a partner"));
    let partner_waarde = o.get("partner").filter(|p| !p.is_null());
    if partner_waarde.is_some() && heeft_partner != Some(true) {
        l.fout(
            "partner",
            "partner_zonder_heeft_partner",
            "U vulde gegevens van een partner in, maar niet dat u een partner heeft. Kies bij 'heeft u een partner' voor ja, of laat de partner weg.".into(),
            "You entered details of a partner, but not that you have a partner. Answer yes to 'do you have a partner', or leave the partner out.".into(),
        );
    }
    let antwoorden = Antwoorden {
        aanvrager: l.persoon("aanvrager", o.get("aanvrager"), false),
        heeft_partner,
        partner_woont_elders: l.ja_nee(
            "partner_woont_elders",
            o.get("partner_woont_elders"),
            ("Of uw partner ergens anders woont", "Whether your partner lives elsewhere"),
        ),
        partner: l.persoon("partner", partner_waarde, true),
        kinderen: l.kinderen(o.get("kinderen")),
        medebewoners: l.medebewoners(o.get("medebewoners")),
        vermogen: l.bedrag("vermogen", o.get("vermogen"), true, ("Uw vermogen", "Your assets")),
        eigen_woning: l.ja_nee(
            "eigen_woning",
            o.get("eigen_woning"),
            ("Of u een eigen huis heeft", "Whether you own your home"),
        ),
        woz_waarde: l.bedrag(
            "woz_waarde",
            o.get("woz_waarde"),
            false,
            ("De WOZ-waarde van uw huis", "The WOZ value of your home"),
        ),
        hypotheek: l.bedrag("hypotheek", o.get("hypotheek"), false, ("Uw hypotheek", "Your mortgage")),
        woonkosten: l.bedrag("woonkosten", o.get("woonkosten"), false, ("Uw woonkosten", "Your housing costs")),
        maanden_laag_inkomen: l.heel_getal(
            "maanden_laag_inkomen",
            o.get("maanden_laag_inkomen"),
            MAX_MAANDEN,
            ("Het aantal maanden met een laag inkomen", "The number of months on a low income"),
        ),
        inkomenstoeslag_laatste_12_maanden: l.ja_nee(
            "inkomenstoeslag_laatste_12_maanden",
            o.get("inkomenstoeslag_laatste_12_maanden"),
            (
                "Of u de afgelopen 12 maanden inkomenstoeslag kreeg",
                "Whether you received the income supplement in the last 12 months",
            ),
        ),
        alleenstaande_ouderkop: l.bedrag(
            "alleenstaande_ouderkop",
            o.get("alleenstaande_ouderkop"),
            false,
            (
                "De alleenstaande-ouderkop in uw kindgebonden budget",
                "The single-parent supplement in your child budget",
            ),
        ),
        alimentatie_betaald: l.bedrag(
            "alimentatie_betaald",
            o.get("alimentatie_betaald"),
            false,
            ("De alimentatie die u betaalt", "The maintenance you pay"),
        ),
        schulden: l.ja_nee("schulden", o.get("schulden"), ("Of u schulden heeft", "Whether you have debts")),
        schuldregeling: l.ja_nee(
            "schuldregeling",
            o.get("schuldregeling"),
            (
                "Of u in een schuldsanering of schuldregeling zit",
                "Whether you are in a debt scheme or debt arrangement",
            ),
        ),
        beperking_huisgenoot: l.ja_nee(
            "beperking_huisgenoot",
            o.get("beperking_huisgenoot"),
            (
                "Of iemand anders in uw huishouden een beperking heeft",
                "Whether someone else in your household has a disability",
            ),
        ),
        zelfstandige_huishouding: l.ja_nee(
            "zelfstandige_huishouding",
            o.get("zelfstandige_huishouding"),
            ("Of u een eigen huishouding heeft", "Whether you run your own household"),
        ),
        kosten: l.kosten(o.get("kosten")),
    };
    if l.fouten.is_empty() {
        Ok(antwoorden)
    } else {
        Err(l.fouten)
    }
}

struct Lezer {
    fouten: Vec<Veldfout>,
}

impl Lezer {
    fn fout(&mut self, veld: &str, code: &'static str, nl: String, en: String) {
        self.fouten.push(Veldfout::nieuw(veld, code, nl, en));
    }

    /// An object whose keys are all known; an unknown key is an error with the nearest name.
    fn object<'a>(
        &mut self,
        pad: &str,
        waarde: &'a Value,
        velden: &[&str],
        label: Label,
    ) -> Option<&'a Map<String, Value>> {
        let Some(o) = waarde.as_object() else {
            self.fout(
                pad,
                "geen_object",
                format!("{} moeten een groep velden zijn (een object), geen losse waarde.", label.0),
                format!("{} must be a group of fields (an object), not a single value.", label.1),
            );
            return None;
        };
        for sleutel in o.keys() {
            if !velden.contains(&sleutel.as_str()) {
                let veld = pad_van(pad, sleutel);
                let (nl, en) = match dichtstbij(sleutel, velden.iter().copied()) {
                    Some(s) => (
                        format!("Onbekend veld '{sleutel}'. Bedoelt u '{s}'?"),
                        format!("Unknown field '{sleutel}'. Did you mean '{s}'?"),
                    ),
                    None => (
                        format!("Onbekend veld '{sleutel}'. Mogelijke velden: {}.", velden.join(", ")),
                        format!("Unknown field '{sleutel}'. Possible fields: {}.", velden.join(", ")),
                    ),
                };
                self.fout(&veld, "onbekend_veld", nl, en);
            }
        }
        Some(o)
    }

    fn persoon(&mut self, pad: &str, waarde: Option<&Value>, partner: bool) -> Persoon {
        let Some(waarde) = waarde.filter(|w| !w.is_null()) else {
            return Persoon::default();
        };
        let Some(o) = self.object(
            pad,
            waarde,
            PERSOON_VELDEN,
            if partner {
                ("De gegevens van uw partner", "Your partner's details")
            } else {
                ("Uw gegevens", "Your details")
            },
        ) else {
            return Persoon::default();
        };
        let l = |nl_u: &'static str, nl_p: &'static str, en_u: &'static str, en_p: &'static str| -> Label<'static> {
            if partner {
                (nl_p, en_p)
            } else {
                (nl_u, en_u)
            }
        };
        let veld = |naam: &str| pad_van(pad, naam);
        Persoon {
            leeftijd: self.leeftijd(
                &veld("leeftijd"),
                o.get("leeftijd"),
                0,
                MAX_LEEFTIJD,
                l("Uw leeftijd", "De leeftijd van uw partner", "Your age", "Your partner's age"),
            ),
            inkomen: self.bedrag(
                &veld("inkomen"),
                o.get("inkomen"),
                false,
                l("Uw inkomen", "Het inkomen van uw partner", "Your income", "Your partner's income"),
            ),
            inkomensbron: self.keuze(
                &veld("inkomensbron"),
                o.get("inkomensbron"),
                Inkomensbron::NAMEN,
                Inkomensbron::van_naam,
                l(
                    "Uw soort inkomen",
                    "Het soort inkomen van uw partner",
                    "Your kind of income",
                    "Your partner's kind of income",
                ),
            ),
            student: self.ja_nee(
                &veld("student"),
                o.get("student"),
                l("Of u studeert", "Of uw partner studeert", "Whether you study", "Whether your partner studies"),
            ),
            chronisch_ziek_of_beperking: self.ja_nee(
                &veld("chronisch_ziek_of_beperking"),
                o.get("chronisch_ziek_of_beperking"),
                l(
                    "Of u een beperking of chronische ziekte heeft",
                    "Of uw partner een beperking of chronische ziekte heeft",
                    "Whether you have a disability or chronic illness",
                    "Whether your partner has a disability or chronic illness",
                ),
            ),
            geldige_verblijfstitel: self.ja_nee(
                &veld("geldige_verblijfstitel"),
                o.get("geldige_verblijfstitel"),
                l(
                    "Of u een geldige verblijfsvergunning heeft",
                    "Of uw partner een geldige verblijfsvergunning heeft",
                    "Whether you have a valid residence permit",
                    "Whether your partner has a valid residence permit",
                ),
            ),
            gedetineerd: self.ja_nee(
                &veld("gedetineerd"),
                o.get("gedetineerd"),
                l(
                    "Of u in detentie zit",
                    "Of uw partner in detentie zit",
                    "Whether you are in detention",
                    "Whether your partner is in detention",
                ),
            ),
        }
    }

    fn kinderen(&mut self, waarde: Option<&Value>) -> Option<Vec<Kind>> {
        let lijst = self.lijst("kinderen", waarde, ("De kinderen", "The children"))?;
        let mut kinderen = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = format!("kinderen[{i}]");
            let nummer = i + 1;
            let Some(o) = self.object(&pad, w, KIND_VELDEN, ("De gegevens van een kind", "A child's details")) else {
                continue;
            };
            let veld = pad_van(&pad, "leeftijd");
            let leeftijd =
                self.leeftijd(&veld, o.get("leeftijd"), 0, MAX_LEEFTIJD, ("De leeftijd van een kind", "A child's age"));
            if leeftijd.is_some_and(|l| l >= 18) {
                self.fout(
                    &veld,
                    "kind_te_oud",
                    format!("Kind {nummer} is 18 jaar of ouder. Vul kinderen van 18 en ouder in bij de andere volwassenen in huis (medebewoners)."),
                    format!("Child {nummer} is 18 or older. Enter children of 18 and over with the other adults in the home."),
                );
                continue;
            }
            kinderen.push(Kind { leeftijd });
        }
        Some(kinderen)
    }

    fn medebewoners(&mut self, waarde: Option<&Value>) -> Option<Vec<Medebewoner>> {
        let lijst =
            self.lijst("medebewoners", waarde, ("De andere volwassenen in huis", "The other adults in the home"))?;
        let mut bewoners = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = format!("medebewoners[{i}]");
            let nummer = i + 1;
            let Some(o) =
                self.object(&pad, w, MEDEBEWONER_VELDEN, ("De gegevens van een medebewoner", "A housemate's details"))
            else {
                continue;
            };
            let veld = pad_van(&pad, "leeftijd");
            let leeftijd = self.leeftijd(
                &veld,
                o.get("leeftijd"),
                0,
                MAX_LEEFTIJD,
                ("De leeftijd van een medebewoner", "A housemate's age"),
            );
            if leeftijd.is_some_and(|l| l < 18) {
                self.fout(
                    &veld,
                    "medebewoner_te_jong",
                    format!("Medebewoner {nummer} is jonger dan 18. Vul kinderen onder 18 in bij de kinderen."),
                    format!("Housemate {nummer} is younger than 18. Enter children under 18 with the children."),
                );
            }
            bewoners.push(Medebewoner {
                leeftijd,
                student: self.ja_nee(
                    &pad_van(&pad, "student"),
                    o.get("student"),
                    ("Of de medebewoner studeert", "Whether the housemate studies"),
                ),
                commerciele_huurder: self.ja_nee(
                    &pad_van(&pad, "commerciele_huurder"),
                    o.get("commerciele_huurder"),
                    ("Of de medebewoner een kamer huurt", "Whether the housemate rents a room"),
                ),
            });
        }
        Some(bewoners)
    }

    fn kosten(&mut self, waarde: Option<&Value>) -> Option<Vec<Kost>> {
        let lijst = self.lijst("kosten", waarde, ("De kosten", "The costs"))?;
        let mut kosten = Vec::with_capacity(lijst.len());
        for (i, w) in lijst.iter().enumerate() {
            let pad = format!("kosten[{i}]");
            let Some(o) = self.object(&pad, w, KOST_VELDEN, ("De gegevens van een kostenpost", "A cost's details"))
            else {
                continue;
            };
            let soort_veld = pad_van(&pad, "soort");
            let soort = match o.get("soort").filter(|s| !s.is_null()) {
                None => {
                    self.fout(
                        &soort_veld,
                        "soort_ontbreekt",
                        format!("Zeg waarvoor de kosten zijn. Kies uit: {}.", KostSoort::NAMEN.join(", ")),
                        format!("Say what the cost is for. Choose from: {}.", KostSoort::NAMEN.join(", ")),
                    );
                    None
                }
                some => self.keuze(
                    &soort_veld,
                    some,
                    KostSoort::NAMEN,
                    KostSoort::van_naam,
                    ("Het soort kosten", "The kind of cost"),
                ),
            };
            let item = self.keuze(
                &pad_van(&pad, "item"),
                o.get("item"),
                WitgoedItem::NAMEN,
                WitgoedItem::van_naam,
                ("Het apparaat", "The appliance"),
            );
            let vervanging = self.ja_nee(
                &pad_van(&pad, "vervanging"),
                o.get("vervanging"),
                ("Of het om vervanging gaat", "Whether it replaces one you had"),
            );
            let jaren_veld = pad_van(&pad, "jaren_sinds_vorige_vergoeding");
            let jaren_sinds_vorige_vergoeding = match o.get("jaren_sinds_vorige_vergoeding") {
                None => None,
                Some(Value::Null) => Some(None),
                Some(w) => self
                    .heel_getal(
                        &jaren_veld,
                        Some(w),
                        MAX_JAREN_SINDS_VERGOEDING,
                        (
                            "Het aantal jaren sinds de vorige vergoeding",
                            "The number of years since the previous reimbursement",
                        ),
                    )
                    .map(Some),
            };
            let via_ktm = self.ja_nee(
                &pad_van(&pad, "via_kinderen_tellen_mee_laatste_60_maanden"),
                o.get("via_kinderen_tellen_mee_laatste_60_maanden"),
                (
                    "Of er een computer via Kinderen tellen mee kwam",
                    "Whether a computer came through Kinderen tellen mee",
                ),
            );
            let eerste_kind = self.ja_nee(
                &pad_van(&pad, "eerste_kind"),
                o.get("eerste_kind"),
                ("Of het om het eerste kind gaat", "Whether it is the first child"),
            );
            let overledene = self.keuze(
                &pad_van(&pad, "overledene"),
                o.get("overledene"),
                Overledene::NAMEN,
                Overledene::van_naam,
                ("Wie er is overleden", "Who died"),
            );
            let wsnp = self.ja_nee(
                &pad_van(&pad, "wsnp"),
                o.get("wsnp"),
                (
                    "Of het bewind hoort bij de schuldsanering (WSNP)",
                    "Whether the administration is part of the WSNP debt scheme",
                ),
            );
            let kinderopvang_reden = self.keuze(
                &pad_van(&pad, "kinderopvang_reden"),
                o.get("kinderopvang_reden"),
                KinderopvangReden::NAMEN,
                KinderopvangReden::van_naam,
                ("Waarom kinderopvang nodig is", "Why childcare is needed"),
            );
            let al_betaald = self.ja_nee(
                &pad_van(&pad, "al_betaald"),
                o.get("al_betaald"),
                ("Of de kosten al betaald zijn", "Whether the cost has been paid already"),
            );
            let voorliggende_voorziening = self.ja_nee(
                &pad_van(&pad, "voorliggende_voorziening"),
                o.get("voorliggende_voorziening"),
                ("Of een andere regeling de kosten betaalt", "Whether another scheme pays the cost"),
            );
            let zeer_dringend = self.ja_nee(
                &pad_van(&pad, "zeer_dringend"),
                o.get("zeer_dringend"),
                ("Of er een acute noodsituatie is", "Whether there is an acute emergency"),
            );
            let reisdoel = self.keuze(
                &pad_van(&pad, "reisdoel"),
                o.get("reisdoel"),
                Reisdoel::NAMEN,
                Reisdoel::van_naam,
                ("Waarvoor de reis is", "What the journey is for"),
            );
            let enkele_reis_km = self.heel_getal(
                &pad_van(&pad, "enkele_reis_km"),
                o.get("enkele_reis_km"),
                MAX_REISAFSTAND_KM,
                ("De afstand van een enkele reis", "The distance of a single journey"),
            );
            let dreigt = self.ja_nee(
                &pad_van(&pad, "dreigt_uitzetting_of_afsluiting"),
                o.get("dreigt_uitzetting_of_afsluiting"),
                ("Of er een huisuitzetting of afsluiting dreigt", "Whether eviction or disconnection threatens"),
            );
            let bedrag = self.bedrag(
                &pad_van(&pad, "bedrag"),
                o.get("bedrag"),
                false,
                ("Het bedrag van de kosten", "The amount of the cost"),
            );
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
use velden::pad_van;

#[cfg(test)]
mod tests;
