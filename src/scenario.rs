//! Scenario files: a household, its gemeente and peildatum, and the outcome it must get.
//! The format is in `../shared/docs/household-and-scenarios.md`; `bur scenarios` walks the
//! folders and uses `controleer` for each. Reading files is the CLI's job, not this module's.

use crate::catalogus::Catalogus;
use crate::datum::Datum;
use crate::household::Antwoorden;
use crate::norms::Normen;
use crate::policy::Policy;
use crate::report::Report;
use crate::uitleg::Bericht;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub naam: String,
    pub bron: String,
    pub gemeente: String,
    pub peildatum: String,
    pub antwoorden: Value,
    pub verwacht: Verwacht,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verwacht {
    #[serde(default)]
    pub leefvorm: Option<String>,
    #[serde(default)]
    pub bijstandsnorm: Option<Value>,
    #[serde(default)]
    pub regelingen: BTreeMap<String, VerwachteUitkomst>,
    /// The ids of the maatwerk signals the report must carry, all and only these (a project
    /// extension of the shared format).
    #[serde(default)]
    pub maatwerk: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerwachteUitkomst {
    pub status: String,
    #[serde(default)]
    pub bedrag: Option<Value>,
    #[serde(default)]
    pub draagkracht: Option<Value>,
    /// The estimated payment per kind of cost, all and only these (a project extension).
    #[serde(default)]
    pub vergoedingen: Option<BTreeMap<String, Value>>,
    /// Sentences the Dutch reasons must contain (a project extension, for what a number
    /// cannot show: which norm date, which regeling decides).
    #[serde(default)]
    pub reden_bevat: Vec<String>,
}

/// The scenarios of one file: a single mapping or a list of them.
pub fn uit_yaml(tekst: &str) -> Result<Vec<Scenario>, String> {
    let documenten = crate::yaml::naar_json(tekst)?;
    let mut scenarios = Vec::new();
    for doc in documenten {
        let lijst = match doc {
            Value::Array(l) => l,
            v => vec![v],
        };
        for v in lijst {
            scenarios.push(serde_json::from_value::<Scenario>(v).map_err(|e| format!("geen geldig scenario: {e}"))?);
        }
    }
    Ok(scenarios)
}

/// Evaluates the scenario and lists every difference with what it expects (empty: passed).
pub fn controleer(s: &Scenario, policy: &Policy, normen: &Normen) -> Vec<String> {
    let mut verschillen = Vec::new();
    let Some(peildatum) = Datum::parse(&s.peildatum) else {
        return vec![format!("peildatum '{}' is geen datum als 2025-09-15", s.peildatum)];
    };
    let antwoorden = match Antwoorden::uit_waarde(&s.antwoorden) {
        Ok(a) => a,
        Err(fouten) => return fouten.iter().map(|f| format!("antwoorden: {f}")).collect(),
    };
    let report = match crate::evaluate(policy, normen, &antwoorden, peildatum) {
        Ok(r) => r,
        Err(e) => return vec![format!("evaluatie: {e}")],
    };
    controleer_berichten(&report, &mut verschillen);
    let v = &s.verwacht;
    if let Some(leefvorm) = &v.leefvorm {
        let kreeg = report.leefvorm.map_or("onbekend", |l| l.id());
        if kreeg != leefvorm {
            verschillen.push(format!("leefvorm: verwacht {leefvorm}, kreeg {kreeg}"));
        }
    }
    if let Some(norm) = &v.bijstandsnorm {
        vergelijk_bedrag(&mut verschillen, "bijstandsnorm", norm, report.bijstandsnorm);
    }
    if let Some(verwacht) = &v.maatwerk {
        let mut kreeg: Vec<&str> = report.maatwerk.iter().map(|m| &*m.id).collect();
        let mut verwacht: Vec<&str> = verwacht.iter().map(String::as_str).collect();
        kreeg.sort_unstable();
        verwacht.sort_unstable();
        if kreeg != verwacht {
            verschillen.push(format!("maatwerk: verwacht {verwacht:?}, kreeg {kreeg:?}"));
        }
    }
    for (id, verwacht) in &v.regelingen {
        controleer_regeling(&mut verschillen, &report, policy, id, verwacht);
    }
    verschillen
}

fn controleer_regeling(
    verschillen: &mut Vec<String>,
    report: &Report,
    policy: &Policy,
    id: &str,
    verwacht: &VerwachteUitkomst,
) {
    if policy.regeling(id).is_none() {
        verschillen.push(format!("{id}: deze regeling staat niet in de policy van {}", policy.gemeente.id));
        return;
    }
    let Some(u) = report.regelingen.iter().find(|u| &*u.id == id) else {
        verschillen.push(format!("{id}: niet geldig op de peildatum"));
        return;
    };
    if u.status.naam() != verwacht.status {
        let redenen: Vec<String> = u.redenen.iter().map(|r| format!("[{:?}] {}", r.uitslag, nl(&r.zinnen))).collect();
        verschillen.push(format!(
            "{id}: status verwacht {}, kreeg {} ({})",
            verwacht.status,
            u.status.naam(),
            redenen.join(" ")
        ));
    }
    if let Some(b) = &verwacht.bedrag {
        vergelijk_bedrag(verschillen, &format!("{id}: bedrag"), b, u.bedrag.as_ref().and_then(|b| b.waarde));
    }
    if let Some(d) = &verwacht.draagkracht {
        vergelijk_bedrag(
            verschillen,
            &format!("{id}: draagkracht"),
            d,
            u.draagkracht.as_ref().and_then(|d| d.per_jaar),
        );
    }
    if let Some(verwacht) = &verwacht.vergoedingen {
        let kosten = u.draagkracht.as_ref().map(|d| d.kosten.as_slice()).unwrap_or_default();
        for k in kosten {
            if !verwacht.contains_key(k.soort.naam()) {
                verschillen.push(format!("{id}: onverwachte vergoeding voor {}", k.soort.naam()));
            }
        }
        for (soort, bedrag) in verwacht {
            let kreeg = kosten.iter().find(|k| k.soort.naam() == soort).map(|k| k.geschatte_vergoeding);
            vergelijk_bedrag(verschillen, &format!("{id}: vergoeding {soort}"), bedrag, kreeg);
        }
    }
    fn alle(redenen: &[crate::report::Reden], uit: &mut Vec<String>) {
        for r in redenen {
            uit.push(nl(&r.zinnen));
            alle(&r.onderdelen, uit);
        }
    }
    let mut teksten = Vec::new();
    alle(&u.redenen, &mut teksten);
    if let Some(d) = &u.draagkracht {
        teksten.push(nl(&d.uitleg));
    }
    if let Some(b) = &u.bedrag {
        teksten.push(nl(&b.uitleg));
    }
    for zin in &verwacht.reden_bevat {
        if !teksten.iter().any(|t| t.contains(zin.as_str())) {
            verschillen.push(format!("{id}: geen reden bevat '{zin}' ({})", teksten.join(" | ")));
        }
    }
}

/// The Dutch words of some messages, from the catalog.
fn nl(berichten: &[Bericht]) -> String {
    match Catalogus::van("nl") {
        Ok(c) => c.zinnen(berichten),
        Err(e) => e,
    }
}

/// Every message of the report must be said in every language, without a missing key or
/// argument: the check that the engine's messages and the catalogs agree.
fn controleer_berichten(report: &Report, verschillen: &mut Vec<String>) {
    let mut berichten: Vec<&Bericht> = Vec::new();
    fn redenen<'a>(rs: &'a [crate::report::Reden], uit: &mut Vec<&'a Bericht>) {
        for r in rs {
            uit.extend(&r.zinnen);
            redenen(&r.onderdelen, uit);
        }
    }
    for u in &report.regelingen {
        redenen(&u.redenen, &mut berichten);
        berichten.extend(u.bedrag.iter().flat_map(|b| &b.uitleg));
        berichten.extend(u.draagkracht.iter().flat_map(|d| &d.uitleg));
        berichten.extend(u.marge.iter().flat_map(|m| [&m.meer, &m.minder]).flatten().map(|s| &s.uitleg));
    }
    for m in &report.maatwerk {
        redenen(&m.redenen, &mut berichten);
    }
    berichten.extend(report.waarschuwingen.iter().map(|w| &w.bericht));
    for taal in crate::catalogus::TALEN {
        let catalogus = match Catalogus::van(taal) {
            Ok(c) => c,
            Err(e) => return verschillen.push(e),
        };
        for b in &berichten {
            if let Err(e) = catalogus.controleer(b) {
                if !verschillen.contains(&e) {
                    verschillen.push(e);
                }
            }
        }
    }
}

/// Amounts must match to the cent; `739` equals `739.00`.
fn vergelijk_bedrag(verschillen: &mut Vec<String>, wat: &str, verwacht: &Value, kreeg: Option<Decimal>) {
    let tekst = match verwacht {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    let Some(verwacht) = crate::household::decimaal_uit_tekst(&tekst) else {
        verschillen.push(format!("{wat}: '{tekst}' is geen bedrag"));
        return;
    };
    match kreeg {
        Some(k) if k == verwacht => {}
        Some(k) => verschillen.push(format!("{wat}: verwacht {verwacht}, kreeg {k}")),
        None => verschillen.push(format!("{wat}: verwacht {verwacht}, kreeg geen bedrag")),
    }
}
