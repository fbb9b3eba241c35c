//! A rule as messages, without a household: for the regelingen overview that `bur docs` writes
//! for policy staff (`docs/regelingen.md`, or in another language with `--taal`). The words are
//! in `locales/<taal>/beschrijving.ftl`, a part of the catalogs that is not numbered for the
//! report; no sentence is built here. The ids of the policy file (a kostensoort, a question, who)
//! are passed as words for the catalogs' selectors.

use super::{
    AlBetaald, Bedragregel, Blok, Draagkrachtregel, JaNeeVraag, KostenEis, Periode, VermogenVrijlating, Voorwaarde, Wie,
};
use crate::household::{KinderopvangReden, KostSoort, Reisdoel};
use crate::uitleg::{euro, procent, Arg, Bericht, Sleutel};
use crate::{docs_sleutel, docs_zin};

/// A condition block in words: "netto inkomen van het huishouden ten hoogste 120% van ...".
pub fn voorwaarde(blok: &Blok) -> Bericht {
    match blok {
        Blok::Inkomen { max_procent, zeker_tot_procent, kostendelersnorm, .. } => {
            let kostendelersnorm = ja_nee(*kostendelersnorm);
            match zeker_tot_procent {
                Some(z) => docs_zin!(
                    "beschrijving-inkomen-zeker",
                    zeker = procent(*z),
                    max = procent(*max_procent),
                    kostendelersnorm = kostendelersnorm
                ),
                None => {
                    docs_zin!("beschrijving-inkomen", max = procent(*max_procent), kostendelersnorm = kostendelersnorm)
                }
            }
        }
        Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => {
            let boven_grens = match boven_grens_beoordeling {
                Some(b) if b.alleen_eigen_woning => "eigen_woning",
                Some(_) => "beoordeling",
                None => "nee",
            };
            docs_zin!("beschrijving-vermogen", onder_de_grens = ja_nee(*onder_de_grens), boven_grens = boven_grens)
        }
        Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => {
            let mut delen = Vec::new();
            if let Some(m) = minimaal {
                delen.push(docs_zin!("beschrijving-leeftijd-minstens", jaar = *m));
            }
            if let Some(m) = maximaal {
                delen.push(docs_zin!("beschrijving-leeftijd-hoogstens", jaar = *m));
            }
            if *onder_aow_leeftijd {
                delen.push(docs_zin!("beschrijving-leeftijd-onder-aow"));
            }
            voor_wie(*wie, reeks(KOMMA, delen))
        }
        Blok::Kinderen { min_leeftijd, max_leeftijd } => {
            docs_zin!("beschrijving-kinderen", van = *min_leeftijd, tot = *max_leeftijd)
        }
        Blok::Kostendelers { minimaal } => docs_zin!("beschrijving-kostendelers", aantal = *minimaal),
        Blok::MaandenLaagInkomen { minimaal } => docs_zin!("beschrijving-maanden-laag-inkomen", maanden = *minimaal),
        Blok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            ..
        } => docs_zin!(
            "beschrijving-woonkosten",
            procent = procent(*boven_procent),
            kostendelersnorm = ja_nee(*kostendelersnorm),
            vermogen = ja_nee(*vermogen_boven_grens),
            schuldregeling = ja_nee(*geen_draagkracht_bij_schuldregeling)
        ),
        Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => {
            let feit = if *moet_zijn {
                docs_zin!("beschrijving-ja", vraag = vraag_id(*vraag))
            } else {
                docs_zin!("beschrijving-nee", vraag = vraag_id(*vraag))
            };
            let zin = docs_zin!("beschrijving-ja-nee", feit = vec![feit], aangenomen = ja_nee(*aangenomen));
            match wie {
                Some(w) if vraag.per_persoon() => voor_wie(*w, vec![zin]),
                _ => zin,
            }
        }
        Blok::Kosten(eis) => kosten(eis),
        Blok::Afwijzingsgronden(a) => {
            let al_betaald = match a.al_betaald {
                AlBetaald::Nee => "nee",
                AlBetaald::Misschien => "misschien",
                AlBetaald::Toegestaan => "toegestaan",
            };
            let gronden = docs_zin!(
                "beschrijving-afwijzingsgronden",
                uitgesloten = soorten(KOMMA, &a.uitgesloten),
                al_betaald = al_betaald,
                zeer_dringend = ja_nee(a.zeer_dringende_redenen)
            );
            let mut verder = Vec::new();
            if !a.voorliggend_voor.is_empty() {
                verder.push(docs_zin!(
                    "beschrijving-afwijzing-voorliggend",
                    soorten = soorten(KOMMA, &a.voorliggend_voor)
                ));
            }
            verbind(PUNTKOMMA, gronden, verder)
        }
        Blok::Beoordeling { tekst } => docs_zin!("beschrijving-beoordeling", tekst = tekst.clone()),
        Blok::Alle(v) => docs_zin!("beschrijving-alle", voorwaarden = voorwaarden(PUNTKOMMA, v)),
        Blok::EenVan(v) => docs_zin!("beschrijving-een-van", voorwaarden = voorwaarden(PUNTKOMMA, v)),
    }
}

/// The conditions of a maatwerk signal, as one list argument: "a; en b".
pub fn signaalvoorwaarden(v: &[Voorwaarde]) -> Vec<Bericht> {
    voorwaarden(EN, v)
}

/// Conditions one after another, joined by `sleutel`, as a list argument.
fn voorwaarden(sleutel: Sleutel, v: &[Voorwaarde]) -> Vec<Bericht> {
    reeks(sleutel, v.iter().map(|v| voorwaarde(&v.blok)).collect())
}

/// The amount rule in words: "tot € 150,00 per jaar".
pub fn bedrag(regel: &Bedragregel) -> Bericht {
    match regel {
        Bedragregel::PercentageNormPerJaar {
            norm,
            inclusief_vakantietoeslag,
            procent: p,
            afronding,
            gehuwden_procent,
            alleenstaande_procent,
            alleenstaande_ouder_procent,
            ..
        } => docs_zin!(
            "beschrijving-bedrag-percentage-norm",
            procent = procent(*p),
            norm = norm.naam(),
            vakantietoeslag = if *inclusief_vakantietoeslag { "inclusief" } else { "zonder" },
            afronding = match afronding {
                super::Afronding::HeleEurosOmhoog => "hele_euros_omhoog",
                super::Afronding::OpCenten => "op_centen",
            },
            gehuwden = procent(*gehuwden_procent),
            alleenstaande = procent(*alleenstaande_procent),
            alleenstaande_ouder = procent(*alleenstaande_ouder_procent)
        ),
        Bedragregel::Vast { bedrag, per, maximaal, .. } => docs_zin!(
            "beschrijving-bedrag-vast",
            maximaal = ja_nee(*maximaal),
            bedrag = euro(*bedrag),
            per = match per {
                Periode::Maand => "maand",
                Periode::Jaar => "jaar",
                Periode::Eenmalig => "eenmalig",
            }
        ),
        Bedragregel::Onbekend { document, .. } => {
            docs_zin!("beschrijving-bedrag-in-document", document = document.clone())
        }
        Bedragregel::KostenMinDraagkracht => docs_zin!("beschrijving-bedrag-kosten-min-draagkracht"),
    }
}

/// The draagkracht rule in words: "35% van het inkomen boven 100% van de bijstandsnorm ...".
pub fn draagkracht(regel: &Draagkrachtregel) -> Bericht {
    match regel {
        Draagkrachtregel::PercentageBovenNorm(r) => {
            let vermogen = match (r.vermogen_boven_grens, r.vermogen_vrijlating) {
                (false, _) => "nee",
                (true, VermogenVrijlating::Vermogensgrens) => "vermogensgrens",
                (true, VermogenVrijlating::Geen) => "alles",
                (true, VermogenVrijlating::NormInclusiefVakantietoeslag) => "norm",
                (true, VermogenVrijlating::Bedrag) => "bedrag",
            };
            let kern = docs_zin!(
                "beschrijving-draagkracht",
                inkomen_procent = procent(r.inkomen_procent),
                boven_procent = procent(r.boven_procent),
                kostendelersnorm = ja_nee(r.kostendelersnorm),
                maanden = r.periode_maanden,
                aow_maanden = r.periode_maanden_aow.unwrap_or(0),
                vermogen = vermogen,
                vrijlating = euro(r.vermogen_vrijlating_bedrag.unwrap_or_default())
            );
            let mut delen = Vec::new();
            if r.geen_draagkracht_bij_schuldregeling {
                delen.push(docs_zin!("beschrijving-draagkracht-schuldregeling"));
            }
            if let Some(p) = r.berekend_tot_procent {
                delen.push(docs_zin!("beschrijving-draagkracht-berekend-tot", procent = procent(p)));
            }
            if let Some(b) = r.eigen_woning_zonder_onderzoek_tot {
                delen.push(docs_zin!("beschrijving-draagkracht-eigen-woning", bedrag = euro(b)));
            }
            if let Some(z) = &r.zorgkosten {
                delen.push(docs_zin!(
                    "beschrijving-draagkracht-zorgkosten",
                    procent = procent(z.tot_procent),
                    verlaging = euro(z.maximale_verlaging)
                ));
            }
            verbind(PUNTKOMMA, kern, delen)
        }
        Draagkrachtregel::Onbekend { document } => {
            docs_zin!("beschrijving-draagkracht-in-document", document = document.clone())
        }
    }
}

fn kosten(eis: &KostenEis) -> Bericht {
    let soorten = soorten(OF, &eis.soorten);
    let apparaten: Vec<Bericht> =
        eis.items.iter().map(|i| docs_zin!("beschrijving-apparaat", apparaat = i.naam())).collect();
    let kern = if apparaten.is_empty() {
        docs_zin!("beschrijving-kosten", soorten = soorten)
    } else {
        docs_zin!("beschrijving-kosten-apparaten", soorten = soorten, apparaten = reeks(KOMMA, apparaten))
    };
    let mut delen = Vec::new();
    if eis.alleen_vervanging {
        delen.push(docs_zin!("beschrijving-kosten-vervanging"));
    }
    if let Some(j) = eis.min_jaren_sinds_vorige_vergoeding {
        delen.push(docs_zin!("beschrijving-kosten-eenmaal-per", jaren = j));
    }
    if eis.alleen_eerste_kind {
        delen.push(docs_zin!("beschrijving-kosten-eerste-kind"));
    }
    if !eis.overledenen.is_empty() {
        let wie = eis.overledenen.iter().map(|o| docs_zin!("beschrijving-overledene", overledene = o.naam())).collect();
        delen.push(docs_zin!("beschrijving-kosten-uitvaart-van", overledenen = reeks(KOMMA, wie)));
    }
    if !eis.reisdoelen.is_empty() {
        let doelen =
            eis.reisdoelen.iter().map(|d| docs_zin!("beschrijving-reisdoel", reisdoel = reisdoel_id(*d))).collect();
        delen.push(docs_zin!("beschrijving-kosten-reisdoelen", reisdoelen = reeks(KOMMA, doelen)));
    }
    if let Some(km) = eis.min_enkele_reis_km {
        delen.push(docs_zin!("beschrijving-kosten-enkele-reis", km = km));
    }
    if eis.alleen_bij_dreigende_uitzetting {
        delen.push(docs_zin!("beschrijving-kosten-dreigende-uitzetting"));
    }
    if eis.niet_wsnp {
        delen.push(docs_zin!("beschrijving-kosten-niet-wsnp"));
    }
    if !eis.kinderopvang_redenen.is_empty() {
        let redenen = eis
            .kinderopvang_redenen
            .iter()
            .map(|r| docs_zin!("beschrijving-opvangreden", reden = opvangreden_id(*r)))
            .collect();
        delen.push(docs_zin!("beschrijving-kosten-opvangredenen", redenen = reeks(KOMMA, redenen)));
    }
    if let Some(max) = eis.max_totaal {
        delen.push(docs_zin!(
            "beschrijving-kosten-samen-hoogstens",
            al_betaald = ja_nee(eis.alleen_al_betaald),
            max = euro(max)
        ));
    }
    if eis.niet_via_kinderen_tellen_mee {
        delen.push(docs_zin!("beschrijving-kosten-kinderen-tellen-mee"));
    }
    verbind(KOMMA, kern, delen)
}

// The messages that join parts: "a, b", "a of b", "a; b", "a; en b".
const KOMMA: Sleutel = docs_sleutel!("beschrijving-reeks-komma");
const OF: Sleutel = docs_sleutel!("beschrijving-reeks-of");
const PUNTKOMMA: Sleutel = docs_sleutel!("beschrijving-reeks-puntkomma");
const EN: Sleutel = docs_sleutel!("beschrijving-reeks-en");

/// Parts said one after another, joined by the message `sleutel`, as a list argument: empty,
/// or the one message.
fn reeks(sleutel: Sleutel, delen: Vec<Bericht>) -> Vec<Bericht> {
    let mut delen = delen.into_iter();
    delen.next().map(|eerste| verbind(sleutel, eerste, delen)).into_iter().collect()
}

/// A first part and what follows it, joined by `sleutel`.
fn verbind(sleutel: Sleutel, eerste: Bericht, rest: impl IntoIterator<Item = Bericht>) -> Bericht {
    rest.into_iter().fold(eerste, |samen, volgende| Bericht {
        sleutel,
        args: vec![("eerste", Arg::Lijst(vec![samen])), ("rest", Arg::Lijst(vec![volgende]))],
    })
}

/// Kinds of cost by their ids, joined by `sleutel`.
fn soorten(sleutel: Sleutel, soorten: &[KostSoort]) -> Vec<Bericht> {
    reeks(sleutel, soorten.iter().map(|s| docs_zin!("beschrijving-kostensoort", soort = s.naam())).collect())
}

/// "aanvrager: ...": a condition for a person.
fn voor_wie(wie: Wie, voorwaarde: Vec<Bericht>) -> Bericht {
    let wie = match wie {
        Wie::Aanvrager => "aanvrager",
        Wie::Partner => "partner",
        Wie::AanvragerEnPartner => "aanvrager_en_partner",
        Wie::AanvragerOfPartner => "aanvrager_of_partner",
    };
    docs_zin!("beschrijving-voor-wie", wie = wie, voorwaarde = voorwaarde)
}

fn ja_nee(b: bool) -> &'static str {
    if b {
        "ja"
    } else {
        "nee"
    }
}

/// The question's id, as the policy file names it.
fn vraag_id(vraag: JaNeeVraag) -> &'static str {
    match vraag {
        JaNeeVraag::Student => "student",
        JaNeeVraag::ChronischZiekOfBeperking => "chronisch_ziek_of_beperking",
        JaNeeVraag::GeldigeVerblijfstitel => "geldige_verblijfstitel",
        JaNeeVraag::Gedetineerd => "gedetineerd",
        JaNeeVraag::Schulden => "schulden",
        JaNeeVraag::HeeftPartner => "heeft_partner",
        JaNeeVraag::PartnerWoontElders => "partner_woont_elders",
        JaNeeVraag::InkomenstoeslagLaatste12Maanden => "inkomenstoeslag_laatste_12_maanden",
        JaNeeVraag::EigenWoning => "eigen_woning",
        JaNeeVraag::BeperkingHuisgenoot => "beperking_huisgenoot",
        JaNeeVraag::ZelfstandigeHuishouding => "zelfstandige_huishouding",
        JaNeeVraag::Schuldregeling => "schuldregeling",
    }
}

fn reisdoel_id(d: Reisdoel) -> &'static str {
    match d {
        Reisdoel::ArtsBuitenGemeente => "arts_buiten_gemeente",
        Reisdoel::FamilieInZiekenhuis => "familie_in_ziekenhuis",
        Reisdoel::FamilieInDetentie => "familie_in_detentie",
        Reisdoel::School => "school",
        Reisdoel::ReIntegratie => "re_integratie",
        Reisdoel::Anders => "anders",
    }
}

fn opvangreden_id(r: KinderopvangReden) -> &'static str {
    match r {
        KinderopvangReden::ReIntegratie => "re_integratie",
        KinderopvangReden::Werkaanvaarding => "werkaanvaarding",
        KinderopvangReden::SociaalMedischeIndicatie => "sociaal_medische_indicatie",
        KinderopvangReden::Anders => "anders",
    }
}
