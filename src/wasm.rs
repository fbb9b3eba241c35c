//! The JavaScript face of the engine, and the only file that knows wasm-bindgen: JSON-shaped
//! values in, JSON-shaped values out, and an envelope instead of exceptions:
//! `{ type: "success", ... } | { type: "failure", errors: [{ code, veld, bericht: { nl, en } }] }`.
//! Anything worth a test lives in the engine; this file deserializes, calls and serializes.
//! The JSON shapes for TypeScript: `www/bur-types.d.ts`.

use crate::tekst::Taal;
use crate::{evaluate_in_taal, Antwoorden, Datum, Diagnose, EvaluatieFout, Normen, Policy, Veldfout};
use serde::Serialize;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

thread_local! {
    // The browser is single-threaded; policies are loaded once and kept for the page's life.
    static POLICIES: RefCell<BTreeMap<String, Policy>> = const { RefCell::new(BTreeMap::new()) };
    static NORMEN: RefCell<Option<Normen>> = const { RefCell::new(None) };
}

#[derive(Serialize)]
struct Fout {
    code: String,
    veld: String,
    bericht: crate::tekst::Tekst,
}

fn naar_js(waarde: &Value) -> JsValue {
    // serde_json text, then JSON.parse: plain objects, never Maps, and exact decimal strings.
    match serde_json::to_string(waarde) {
        Ok(tekst) => js_sys::JSON::parse(&tekst).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

fn succes(sleutel: &str, waarde: impl Serialize) -> JsValue {
    // Straight to text: building a serde_json::Value first cost more than the evaluation itself.
    match serde_json::to_string(&waarde) {
        Ok(w) => js_sys::JSON::parse(&format!(r#"{{"type":"success","{sleutel}":{w}}}"#)).unwrap_or(JsValue::NULL),
        Err(e) => mislukt(vec![Fout {
            code: "intern".into(),
            veld: String::new(),
            bericht: crate::tekst::Tekst::nieuw(e.to_string(), e.to_string()),
        }]),
    }
}

fn mislukt(errors: Vec<Fout>) -> JsValue {
    naar_js(&json!({ "type": "failure", "errors": errors }))
}

fn van_veldfouten(fouten: Vec<Veldfout>) -> Vec<Fout> {
    fouten.into_iter().map(|f| Fout { code: f.code.into(), veld: f.veld, bericht: f.bericht }).collect()
}

fn van_diagnoses(d: Vec<Diagnose>) -> Vec<Fout> {
    d.into_iter()
        .map(|d| {
            let tekst = d.to_string();
            Fout { code: d.code.into(), veld: d.veld, bericht: crate::tekst::Tekst::nieuw(tekst.clone(), tekst) }
        })
        .collect()
}

fn van_evaluatiefout(e: &EvaluatieFout) -> Vec<Fout> {
    let tekst = e.to_string();
    vec![Fout { code: e.code().into(), veld: String::new(), bericht: crate::tekst::Tekst::nieuw(tekst.clone(), tekst) }]
}

fn fout(code: &str, veld: &str, nl: String, en: String) -> JsValue {
    mislukt(vec![Fout { code: code.into(), veld: veld.into(), bericht: crate::tekst::Tekst::nieuw(nl, en) }])
}

/// Reads and validates a policy file (JSON text, compiled by `bur json`) and keeps it under its
/// gemeente id.
/// Success: `{ type, gemeente: { id, naam, versie, bron, website }, regelingen: [{ id, naam }] }`.
#[wasm_bindgen(js_name = loadPolicy)]
pub fn load_policy(bestand: &str, tekst: &str) -> JsValue {
    match Policy::uit_gecompileerd(bestand, tekst) {
        Err(d) => mislukt(van_diagnoses(d)),
        Ok(p) => {
            let regelingen: Vec<Value> = p
                .regelingen
                .iter()
                .map(|r| json!({ "id": r.id, "naam": r.naam, "omschrijving": r.omschrijving }))
                .collect();
            let antwoord = json!({
                "type": "success",
                "gemeente": p.gemeente,
                "regelingen": regelingen,
                "keukentafelgesprek": p.keukentafelgesprek,
            });
            POLICIES.with(|m| m.borrow_mut().insert(p.gemeente.id.clone(), p));
            naar_js(&antwoord)
        }
    }
}

/// Evaluates answers (a plain object as in docs/answers.md) for a loaded gemeente.
/// `regelingen`: an array of ids to limit the check to, or `undefined`. `taal`: `"nl"` or
/// `"en"` writes the reasons in that language only (half the work and half the report);
/// `undefined`: both.
#[wasm_bindgen]
pub fn evaluate(
    gemeente: &str,
    antwoorden: JsValue,
    peildatum: &str,
    regelingen: JsValue,
    taal: Option<String>,
) -> JsValue {
    let taal = Taal::van_code(taal.as_deref());
    met_invoer(gemeente, antwoorden, peildatum, regelingen, taal, |r| succes("report", r))
}

/// The questions still relevant for these answers, in the order to ask them.
#[wasm_bindgen(js_name = relevantQuestions)]
pub fn relevant_questions(gemeente: &str, antwoorden: JsValue, peildatum: &str, regelingen: JsValue) -> JsValue {
    met_invoer(gemeente, antwoorden, peildatum, regelingen, Taal::Nl, |r| succes("vragen", r.vragen))
}

/// The engine's version, for the printed summary.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn met_invoer(
    gemeente: &str,
    antwoorden: JsValue,
    peildatum: &str,
    regelingen: JsValue,
    taal: Taal,
    klaar: impl FnOnce(crate::Report) -> JsValue,
) -> JsValue {
    let Some(datum) = Datum::parse(peildatum) else {
        return fout(
            "ongeldige_peildatum",
            "peildatum",
            format!("'{peildatum}' is geen datum als 2025-09-15."),
            format!("'{peildatum}' is not a date like 2025-09-15."),
        );
    };
    let tekst = match js_sys::JSON::stringify(&antwoorden) {
        Ok(t) => String::from(t),
        Err(_) => {
            return fout(
                "geen_json",
                "",
                "De antwoorden zijn geen gewoon object.".into(),
                "The answers are not a plain object.".into(),
            )
        }
    };
    let antwoorden = match Antwoorden::uit_json(&tekst) {
        Ok(a) => a,
        Err(f) => return mislukt(van_veldfouten(f)),
    };
    let filter: Option<Vec<String>> = if regelingen.is_undefined() || regelingen.is_null() {
        None
    } else {
        match js_sys::JSON::stringify(&regelingen).ok().and_then(|t| serde_json::from_str(&String::from(t)).ok()) {
            Some(ids) => Some(ids),
            None => {
                return fout(
                    "ongeldige_regelingen",
                    "regelingen",
                    "Geef de regelingen als een lijst van ids.".into(),
                    "Give the schemes as a list of ids.".into(),
                )
            }
        }
    };
    // The built-in norms are parsed once, on first use.
    let geladen = NORMEN.with(|m| {
        if m.borrow().is_none() {
            *m.borrow_mut() = Some(Normen::ingebouwd()?);
        }
        Ok::<(), Vec<Diagnose>>(())
    });
    if let Err(d) = geladen {
        return mislukt(van_diagnoses(d));
    }
    NORMEN.with(|n| {
        POLICIES.with(|m| {
            let (normen, policies) = (n.borrow(), m.borrow());
            let (Some(normen), Some(policy)) = (normen.as_ref(), policies.get(gemeente)) else {
                return fout(
                    "gemeente_niet_geladen",
                    "gemeente",
                    format!("De regels van gemeente '{gemeente}' zijn niet geladen."),
                    format!("The rules of municipality '{gemeente}' are not loaded."),
                );
            };
            match evaluate_in_taal(policy, normen, &antwoorden, datum, filter.as_deref(), taal) {
                Ok(r) => klaar(r),
                Err(e) => mislukt(van_evaluatiefout(&e)),
            }
        })
    })
}
