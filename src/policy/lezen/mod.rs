//! From a policy file to a `Policy`: parse strictly, then check what serde cannot (ids,
//! percentages in range, texts in both languages, dates in order), reporting every problem
//! with file, regeling and field.

use super::raw::{RawAlBetaald, RawAlgemeen, RawBlok, RawGemeente, RawRegeling, RawSignaal};
use super::{
    Afwijzingsgronden, AlBetaald, Blok, BuitenScope, Document, Gemeente, Keukentafelgesprek, Policy, Regeling, Signaal,
    Voorwaarde,
};
use crate::bestand::{datum, lees_deel, lees_tabel, Formaat};
use crate::diagnose::{Diagnose, Diagnoses};
use crate::suggestie::dichtstbij;
use serde_json::Value;
use std::sync::Arc;

mod bedrag;
mod documenten;
use super::controle::{self, is_id, niet_leeg, tekst, Plaats};
use bedrag::{bedrag, draagkracht, standaard_draagkracht};
use documenten::{citaten, controleer_documenten};

const BOVENSTE: &[&str] = &["gemeente", "document", "regeling", "buiten_scope", "signaal", "keukentafelgesprek"];
/// Deeper nesting than this is a mistake, and the limit keeps recursion bounded.
const MAX_DIEPTE: usize = 8;

/// A named group of general rules, ready to be put in front of a regeling's own.
pub(super) struct Groep {
    id: String,
    /// Applies to every regeling that is a form of bijzondere bijstand, unless it states an
    /// exception (`afwijking`).
    bijzondere_bijstand: bool,
    voorwaarden: Vec<Voorwaarde>,
}

/// The national file: the general rules and the national documents.
pub(super) struct Algemeen {
    pub(super) groepen: Vec<Groep>,
    pub(super) documenten: Vec<Document>,
}

/// Reads the national general rules; a policy that refers to a group needs them.
pub(super) fn algemene_groepen(bestand: &str, inhoud: &str, formaat: Formaat) -> Result<Algemeen, Vec<Diagnose>> {
    let mut d = Diagnoses::nieuw(bestand);
    let Some(tabel) = lees_tabel(&mut d, inhoud, formaat) else { return Err(d.lijst) };
    let tabel = Value::Object(tabel);
    let Some(raw) = lees_deel::<RawAlgemeen>(&mut d, None, "", tabel.clone()) else { return Err(d.lijst) };
    controleer_documenten(&mut d, &raw.document, &[]);
    citaten(&mut d, &tabel, &raw.document);
    let mut groepen: Vec<Groep> = Vec::new();
    for g in raw.groep {
        if !is_id(&g.id) || groepen.iter().any(|b| b.id == g.id) {
            d.fout("ongeldige_id", Some(&g.id), "id", "een unieke id van kleine letters, cijfers en streepjes");
        }
        niet_leeg(&mut d, Some(&g.id), "omschrijving", &g.omschrijving);
        niet_leeg(&mut d, Some(&g.id), "bron", &g.bron);
        let voorwaarden = voorwaarden(&mut d, &g.id, "voorwaarde", g.voorwaarde, &g.bron, 0);
        groepen.push(Groep { id: g.id, bijzondere_bijstand: g.bijzondere_bijstand, voorwaarden });
    }
    if d.is_leeg() {
        Ok(Algemeen { groepen, documenten: raw.document })
    } else {
        Err(d.lijst)
    }
}

pub(super) fn policy(bestand: &str, inhoud: &str, formaat: Formaat) -> Result<Policy, Vec<Diagnose>> {
    // The built-in general rules are checked by their own test; a broken file shows up here too.
    let algemeen = algemene_groepen(super::ALGEMEEN_BESTAND, super::ALGEMEEN, Formaat::Json)?;
    let groepen = algemeen.groepen;
    let mut d = Diagnoses::nieuw(bestand);
    let Some(mut tabel) = lees_tabel(&mut d, inhoud, formaat) else {
        return Err(d.lijst);
    };
    let eigen = match tabel.remove("document") {
        None => Vec::new(),
        Some(w) => lees_deel::<Vec<Document>>(&mut d, None, "document", w).unwrap_or_default(),
    };
    controleer_documenten(&mut d, &eigen, &algemeen.documenten);
    let documenten: Vec<Document> = algemeen.documenten.into_iter().chain(eigen).collect();
    citaten(&mut d, &Value::Object(tabel.clone()), &documenten);
    for sleutel in tabel.keys() {
        if !BOVENSTE.contains(&sleutel.as_str()) {
            let extra = dichtstbij(sleutel, BOVENSTE.iter().copied())
                .map(|s| format!("; bedoelt u '{s}'?"))
                .unwrap_or_default();
            d.fout("onbekend_veld", None, sleutel.clone(), format!("onbekend onderdeel '{sleutel}'{extra}"));
        }
    }
    let mut raw_gemeente = match tabel.remove("gemeente") {
        None => {
            d.fout("veld_ontbreekt", None, "gemeente", "het onderdeel [gemeente] ontbreekt");
            None
        }
        Some(g) => lees_deel::<RawGemeente>(&mut d, None, "gemeente", g),
    };
    let al_betaald = raw_gemeente.as_mut().and_then(|g| g.al_betaald.take());
    if let Some(a) = &al_betaald {
        tekst(&mut d, "gemeente", "gemeente.al_betaald.toelichting", &a.toelichting);
        niet_leeg(&mut d, None, "gemeente.al_betaald.bron", &a.bron);
    }
    let standaard =
        raw_gemeente.as_mut().and_then(|g| g.draagkracht.take()).and_then(|v| standaard_draagkracht(&mut d, v));
    let gemeente = raw_gemeente.and_then(|g| gemeente(&mut d, g));
    let regelingen_raw = match tabel.remove("regeling") {
        Some(Value::Array(lijst)) => lijst,
        Some(_) => {
            d.fout("ongeldige_waarde", None, "regeling", "schrijf elke regeling als [[regeling]]");
            Vec::new()
        }
        None => {
            d.fout("veld_ontbreekt", None, "regeling", "er staat geen enkele [[regeling]] in het bestand");
            Vec::new()
        }
    };
    let mut regelingen: Vec<Regeling> = Vec::new();
    for (i, mut waarde) in regelingen_raw.into_iter().enumerate() {
        super::standaard::invullen(&mut d, &mut waarde, standaard.as_ref());
        let id = waarde.get("id").and_then(|v| v.as_str()).map(str::to_string);
        let label = id.clone().unwrap_or_else(|| format!("#{}", i + 1));
        let Some(raw) = lees_deel::<RawRegeling>(&mut d, Some(&label), "", waarde) else {
            continue;
        };
        if let Some(r) = regeling(&mut d, raw, &groepen, al_betaald.as_ref(), standaard.is_some()) {
            if regelingen.iter().any(|bestaand| bestaand.id == r.id) {
                d.fout("dubbele_regeling", Some(&r.id), "id", "deze id staat al eerder in het bestand");
            }
            regelingen.push(r);
        }
    }
    let buiten_scope = match tabel.remove("buiten_scope") {
        None => Vec::new(),
        Some(w) => lees_deel::<Vec<BuitenScope>>(&mut d, None, "buiten_scope", w).unwrap_or_default(),
    };
    for (i, b) in buiten_scope.iter().enumerate() {
        controle::buiten_scope(&mut d, &format!("buiten_scope[{i}]."), b);
    }
    let mut signalen: Vec<Signaal> = Vec::new();
    if let Some(w) = tabel.remove("signaal") {
        for s in lees_deel::<Vec<RawSignaal>>(&mut d, None, "signaal", w).unwrap_or_default() {
            let id = s.id.clone();
            let geen = s.voorwaarde.is_empty();
            let voorwaarden = voorwaarden(&mut d, &id, "voorwaarde", s.voorwaarde, &s.bron, 0);
            if geen {
                d.fout("geen_voorwaarden", Some(&id), "voorwaarde", "een signaal heeft minstens een voorwaarde");
            }
            let signaal =
                Signaal { id: id.as_str().into(), tekst: Arc::new(s.tekst), bron: s.bron.into(), voorwaarden };
            controle::signaal(&mut d, Plaats { regeling: Some(&id), pad: "" }, &signaal, signalen.iter());
            signalen.push(signaal);
        }
    }
    let keukentafelgesprek = tabel
        .remove("keukentafelgesprek")
        .and_then(|w| lees_deel::<Keukentafelgesprek>(&mut d, None, "keukentafelgesprek", w))
        .inspect(|k| controle::keukentafel(&mut d, "keukentafelgesprek.", k));
    let Some(gemeente) = gemeente else { return Err(d.lijst) };
    let p = Policy { gemeente, documenten, regelingen, buiten_scope, signalen, keukentafelgesprek };
    controle::regels_uit(&mut d, "gemeente.", &p);
    if d.is_leeg() {
        Ok(p)
    } else {
        Err(d.lijst)
    }
}

fn gemeente(d: &mut Diagnoses, g: RawGemeente) -> Option<Gemeente> {
    let fouten = d.lijst.len();
    let g = Gemeente {
        id: g.id,
        naam: g.naam,
        versie: g.versie,
        bron: g.bron,
        website: g.website,
        regels_uit: g.regels_uit,
        alleenstaande_ouder_procent_gehuwdennorm: g.alleenstaande_ouder_procent_gehuwdennorm,
        kostendelersnorm_jongeren_als_21: g.kostendelersnorm_jongeren_als_21,
        bijstandsnorm_jongeren_met_aanvulling: g.bijstandsnorm_jongeren_met_aanvulling,
        inkomen: g.inkomen,
    };
    controle::gemeente(d, "gemeente.", &g);
    (d.lijst.len() == fouten).then_some(g)
}

fn regeling(
    d: &mut Diagnoses,
    r: RawRegeling,
    groepen: &[Groep],
    al_betaald: Option<&RawAlBetaald>,
    standaard_draagkracht: bool,
) -> Option<Regeling> {
    let fouten = d.lijst.len();
    let id = r.id.as_str();
    let vanaf = datum(d, Some(id), "geldig_vanaf", &r.geldig_vanaf);
    let tot = r.geldig_tot.as_ref().and_then(|t| datum(d, Some(id), "geldig_tot", t));
    let geen = r.voorwaarde.is_empty() && r.algemene_voorwaarden.is_empty() && !r.bijzondere_bijstand;
    let mut alle_voorwaarden = Vec::new();
    afwijkingen(d, id, &r, groepen, standaard_draagkracht);
    if r.bijzondere_bijstand {
        for g in groepen.iter().filter(|g| g.bijzondere_bijstand) {
            if !r.afwijking.iter().any(|a| a.regel == g.id) {
                alle_voorwaarden.extend(g.voorwaarden.iter().cloned());
            }
        }
        // The gemeente's own rule on costs already paid replaces the national default in the
        // general groups, with its own words and bron; a regeling may leave it out.
        let zonder_al_betaald = r.afwijking.iter().any(|a| a.regel == "al_betaald");
        for v in &mut alle_voorwaarden {
            if let Blok::Afwijzingsgronden(a) = &mut v.blok {
                if zonder_al_betaald {
                    a.al_betaald = AlBetaald::Toegestaan;
                } else if let Some(g) = al_betaald {
                    a.al_betaald = g.uitslag;
                    a.al_betaald_toelichting = Some(Arc::new(g.toelichting.clone()));
                    v.bron = format!("{}; {}", v.bron, g.bron).into();
                }
            }
        }
    }
    for (i, groep_id) in r.algemene_voorwaarden.iter().enumerate() {
        match groepen.iter().find(|g| g.id == *groep_id) {
            Some(g) if g.bijzondere_bijstand => d.fout(
                "algemene_regel_dubbel",
                Some(id),
                format!("algemene_voorwaarden[{i}]"),
                format!("'{groep_id}' geldt voor elke vorm van bijzondere bijstand: schrijf `bijzondere_bijstand = true` in plaats van deze regel"),
            ),
            Some(g) => alle_voorwaarden.extend(g.voorwaarden.iter().cloned()),
            None => {
                let extra = dichtstbij(groep_id, groepen.iter().map(|g| g.id.as_str()))
                    .map(|s| format!("; bedoelt u '{s}'?"))
                    .unwrap_or_default();
                d.fout(
                    "onbekende_groep",
                    Some(id),
                    format!("algemene_voorwaarden[{i}]"),
                    format!("'{groep_id}' staat niet in {}{extra}", super::ALGEMEEN_BESTAND),
                );
            }
        }
    }
    alle_voorwaarden.extend(voorwaarden(d, id, "voorwaarde", r.voorwaarde, &r.bron, 0));
    let mut voorwaarden = alle_voorwaarden;
    super::afwijzing::koppel(&mut voorwaarden);
    if geen {
        d.fout(
            "geen_voorwaarden",
            Some(id),
            "voorwaarde",
            "een regeling heeft minstens een voorwaarde (desnoods een persoonlijke_beoordeling)",
        );
    }
    let bedrag = r.bedrag.and_then(|b| bedrag(d, id, b));
    let draagkracht = r.draagkracht.and_then(|k| draagkracht(d, id, k));
    let regeling = Regeling {
        id: r.id.into(),
        naam: Arc::new(r.naam),
        omschrijving: Arc::new(r.omschrijving),
        bron: r.bron.into(),
        geldig_vanaf: vanaf?,
        geldig_tot: tot,
        vervolgstap: Arc::new(r.vervolgstap),
        voorwaarden,
        bedrag,
        draagkracht,
        bijzondere_bijstand: r.bijzondere_bijstand,
        afwijkingen: r.afwijking,
        niet_rechthebbende_partner: r.niet_rechthebbende_partner.map(Into::into),
        aanvraag_url: r.aanvraag_url.map(Into::into),
        ook_in_geld: r.ook_in_geld.map(Into::into),
    };
    controle::regeling(d, Plaats { regeling: Some(&regeling.id), pad: "" }, &regeling);
    (d.lijst.len() == fouten).then_some(regeling)
}

/// Every exception names a general rule that exists and applies, and gives its bron.
fn afwijkingen(d: &mut Diagnoses, id: &str, r: &RawRegeling, groepen: &[Groep], standaard_draagkracht: bool) {
    for (i, a) in r.afwijking.iter().enumerate() {
        let veld = format!("afwijking[{i}]");
        niet_leeg(d, Some(id), &format!("{veld}.bron"), &a.bron);
        if !r.bijzondere_bijstand {
            d.fout(
                "afwijking_zonder_bijzondere_bijstand",
                Some(id),
                veld.clone(),
                "een afwijking van de algemene regels kan alleen bij `bijzondere_bijstand = true`",
            );
        }
        if a.regel == super::standaard::AFWIJKING && !standaard_draagkracht {
            d.fout(
                "onbekende_afwijking",
                Some(id),
                format!("{veld}.regel"),
                "de gemeente heeft geen [gemeente.draagkracht] om van af te wijken",
            );
            continue;
        }
        let bestaat = [super::standaard::AFWIJKING, "al_betaald"].contains(&a.regel.as_str())
            || groepen.iter().any(|g| g.bijzondere_bijstand && g.id == a.regel);
        if !bestaat {
            let namen = groepen
                .iter()
                .filter(|g| g.bijzondere_bijstand)
                .map(|g| g.id.as_str())
                .chain(["al_betaald", super::standaard::AFWIJKING]);
            let extra = dichtstbij(&a.regel, namen).map(|s| format!("; bedoelt u '{s}'?")).unwrap_or_default();
            d.fout(
                "onbekende_afwijking",
                Some(id),
                format!("{veld}.regel"),
                format!("'{}' is geen algemene regel van de bijzondere bijstand{extra}", a.regel),
            );
        }
    }
}

fn voorwaarden(
    d: &mut Diagnoses,
    id: &str,
    pad: &str,
    lijst: Vec<Value>,
    bron: &str,
    diepte: usize,
) -> Vec<Voorwaarde> {
    if diepte > MAX_DIEPTE {
        d.fout("te_diep", Some(id), pad, format!("voorwaarden mogen hoogstens {MAX_DIEPTE} lagen diep genest zijn"));
        return Vec::new();
    }
    let mut uit = Vec::with_capacity(lijst.len());
    for (i, waarde) in lijst.into_iter().enumerate() {
        let pad = format!("{pad}[{i}]");
        let Value::Object(mut tabel) = waarde else {
            d.fout("ongeldige_waarde", Some(id), pad, "een voorwaarde is een tabel met een 'soort'");
            continue;
        };
        let eigen_bron = match tabel.remove("bron") {
            None => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => {
                d.fout("ongeldige_waarde", Some(id), format!("{pad}.bron"), "de bron is tekst");
                None
            }
        };
        let bron = eigen_bron.unwrap_or_else(|| bron.to_string());
        // Checked here rather than by serde, which loses the field's name inside a block.
        let floats: Vec<String> = tabel.iter().filter(|(_, w)| w.is_f64()).map(|(k, _)| k.clone()).collect();
        for veld in &floats {
            d.fout(
                "getal_als_tekst",
                Some(id),
                format!("{pad}.{veld}"),
                "een getal met decimalen schrijft u als tekst tussen aanhalingstekens, zoals \"3.2\", zodat er niets afrondt",
            );
        }
        if !floats.is_empty() {
            continue;
        }
        let Some(raw) = lees_deel::<RawBlok>(d, Some(id), &pad, Value::Object(tabel)) else {
            continue;
        };
        if let Some(blok) = blok(d, id, &pad, raw, &bron, diepte) {
            controle::blok(d, id, &pad, &blok);
            uit.push(Voorwaarde { blok, bron: bron.into() });
        }
    }
    uit
}

/// A block from the file; its values are checked by `controle::blok`, once it is built.
fn blok(d: &mut Diagnoses, id: &str, pad: &str, raw: RawBlok, bron: &str, diepte: usize) -> Option<Blok> {
    let veld = |naam: &str| format!("{pad}.{naam}");
    Some(match raw {
        RawBlok::Inkomen { max_procent, zeker_tot_procent, toelichting, kostendelersnorm } => {
            Blok::Inkomen { max_procent, zeker_tot_procent, toelichting: toelichting.map(Arc::new), kostendelersnorm }
        }
        RawBlok::Vermogen { onder_de_grens, boven_grens_beoordeling } => {
            Blok::Vermogen { onder_de_grens, boven_grens_beoordeling }
        }
        RawBlok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => {
            Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd }
        }
        RawBlok::Kinderen { min_leeftijd, max_leeftijd } => Blok::Kinderen { min_leeftijd, max_leeftijd },
        RawBlok::Kostendelers { minimaal } => Blok::Kostendelers { minimaal },
        RawBlok::MaandenLaagInkomen { minimaal } => Blok::MaandenLaagInkomen { minimaal },
        RawBlok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            bijstand_kan_zonder_draagkracht,
        } => Blok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            bijstand_kan_zonder_draagkracht,
        },
        RawBlok::JaNee { vraag, wie, moet_zijn, zonder_antwoord_aangenomen } => {
            Blok::JaNee { vraag, wie, moet_zijn, aangenomen: zonder_antwoord_aangenomen }
        }
        RawBlok::Kosten(eis) => Blok::Kosten(eis),
        RawBlok::Afwijzingsgronden { kosten_soort, voorliggend_voor, al_betaald, zeer_dringende_redenen } => {
            // An empty list is a block for costs already paid (and voorliggend) alone: a
            // regeling that sets the national refusal grounds aside keeps that rule so.
            if kosten_soort.is_empty() && voorliggend_voor.is_empty() && al_betaald == AlBetaald::Toegestaan {
                d.fout(
                    "veld_ontbreekt",
                    Some(id),
                    veld("kosten_soort"),
                    "noem de soorten kosten die nooit vergoed worden, of een regel over al betaalde kosten",
                );
            }
            // `alleen_soorten` follows from the regeling's kosten blocks, once all are read.
            Blok::Afwijzingsgronden(Afwijzingsgronden {
                uitgesloten: kosten_soort,
                zeer_dringende_redenen,
                voorliggend_voor,
                al_betaald,
                al_betaald_toelichting: None,
                alleen_soorten: Vec::new(),
            })
        }
        RawBlok::PersoonlijkeBeoordeling { tekst: t } => Blok::Beoordeling { tekst: Arc::new(t) },
        RawBlok::Alle { voorwaarde } | RawBlok::EenVan { voorwaarde } if voorwaarde.is_empty() => {
            d.fout("geen_voorwaarden", Some(id), veld("voorwaarde"), "een groep voorwaarden is niet leeg");
            return None;
        }
        RawBlok::Alle { voorwaarde } => {
            Blok::Alle(voorwaarden(d, id, &veld("voorwaarde"), voorwaarde, bron, diepte + 1))
        }
        RawBlok::EenVan { voorwaarde } => {
            Blok::EenVan(voorwaarden(d, id, &veld("voorwaarde"), voorwaarde, bron, diepte + 1))
        }
    })
}
