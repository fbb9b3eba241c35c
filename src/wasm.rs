//! The JavaScript face of the engine, and the only file that knows wasm-bindgen: JSON-shaped
//! values in, JSON-shaped values out, and an envelope instead of exceptions:
//! `{ type: "success", ... } | { type: "failure", errors: [{ code, veld, bericht }] }`, where
//! `bericht` is a message of the catalogs (`uitleg.rs`) the widget puts into words.
//! Anything worth a test lives in the engine; this file deserializes, calls and serializes.
//! The JSON shapes for TypeScript: `www/bur-types.d.ts`.

use crate::report::{json as rapport, Teksttabel};
use crate::uitleg::{zin, Bericht};
use crate::{evaluate_regelingen, Antwoorden, Datum, Diagnose, EvaluatieFout, Normen, Policy, Veldfout};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

thread_local! {
    // The browser is single-threaded; policies are loaded once and kept for the page's life.
    static POLICIES: RefCell<BTreeMap<String, (Policy, Teksttabel)>> = const { RefCell::new(BTreeMap::new()) };
    static NORMEN: RefCell<Option<Normen>> = const { RefCell::new(None) };
}

struct Fout {
    code: String,
    veld: String,
    bericht: Bericht,
}

fn succes(sleutel: &str, json: &str) -> JsValue {
    js_sys::JSON::parse(&format!(r#"{{"type":"success","{sleutel}":{json}}}"#)).unwrap_or(JsValue::NULL)
}

fn mislukt(errors: Vec<Fout>) -> JsValue {
    let leeg = Teksttabel::default();
    let lijst: Vec<String> = errors
        .iter()
        .map(|f| {
            format!(
                r#"{{"code":{},"veld":{},"bericht":{}}}"#,
                rapport::tekst(&f.code),
                rapport::tekst(&f.veld),
                rapport::bericht(&f.bericht, &leeg)
            )
        })
        .collect();
    js_sys::JSON::parse(&format!(r#"{{"type":"failure","errors":[{}]}}"#, lijst.join(","))).unwrap_or(JsValue::NULL)
}

fn van_veldfouten(fouten: Vec<Veldfout>) -> Vec<Fout> {
    fouten.into_iter().map(|f| Fout { code: f.code.into(), veld: f.veld, bericht: f.bericht }).collect()
}

/// A problem for staff, not the inwoner (a policy file, an engine error): said as it is.
fn technisch(code: &str, veld: String, tekst: String) -> Fout {
    Fout { code: code.into(), veld, bericht: zin!("fout-technisch", tekst = tekst) }
}

fn van_diagnoses(d: Vec<Diagnose>) -> Vec<Fout> {
    d.into_iter().map(|d| technisch(d.code, d.veld.clone(), d.to_string())).collect()
}

fn van_evaluatiefout(e: &EvaluatieFout) -> Vec<Fout> {
    vec![technisch(e.code(), String::new(), e.to_string())]
}

fn fout(code: &str, veld: &str, bericht: Bericht) -> JsValue {
    mislukt(vec![Fout { code: code.into(), veld: veld.into(), bericht }])
}

/// Reads and validates a policy file (JSON text, compiled by `bur json`) and keeps it under its
/// gemeente id. Success: `{ type, gemeente, regelingen: [{ id, naam, omschrijving, vervolgstap,
/// bron }], keukentafelgesprek, buiten_scope, teksten, bronnen, vragen }`: everything static the
/// widget shows, once. A report names `teksten` and `bronnen` by their index, and its question
/// sets are bits in the order of `vragen` (`www/bur-types.d.ts`).
#[wasm_bindgen(js_name = loadPolicy)]
pub fn load_policy(bestand: &str, tekst: &str) -> JsValue {
    let p = match Policy::uit_gecompileerd(bestand, tekst) {
        Err(d) => return mislukt(van_diagnoses(d)),
        Ok(p) => p,
    };
    let tabel = crate::json_tekst::lees(tekst).map(|v| Teksttabel::uit_json(&v)).unwrap_or_default();
    let statisch = crate::report::statisch::schrijf(&p, &tabel, crate::uitleg::VINGERAFDRUK);
    POLICIES.with(|m| m.borrow_mut().insert(p.gemeente.id.clone(), (p, tabel)));
    js_sys::JSON::parse(&format!(r#"{{"type":"success",{}"#, statisch.strip_prefix('{').unwrap_or_default()))
        .unwrap_or(JsValue::NULL)
}

/// Evaluates answers (a plain object as in docs/answers.md) for a loaded gemeente: the compact
/// report, outcomes as data. `regelingen`: an array of ids to limit the check to, or `undefined`.
#[wasm_bindgen]
pub fn evaluate(gemeente: &str, antwoorden: JsValue, peildatum: &str, regelingen: JsValue) -> JsValue {
    match lees_antwoorden(&antwoorden) {
        Ok(a) => rapport(gemeente, &a, peildatum, regelingen),
        Err(f) => f,
    }
}

/// The engine's version, for the printed summary.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A plain answers object as `Antwoorden`, or the failure envelope naming the bad fields.
fn lees_antwoorden(antwoorden: &JsValue) -> Result<Antwoorden, JsValue> {
    let tekst = match js_sys::JSON::stringify(antwoorden) {
        Ok(t) => String::from(t),
        Err(_) => return Err(fout("geen_json", "", zin!("fout-geen-object"))),
    };
    Antwoorden::uit_json(&tekst).map_err(|f| mislukt(van_veldfouten(f)))
}

/// The compact report of these answers: what `evaluate` and `Huishouden.evaluate` answer.
fn rapport(gemeente: &str, a: &Antwoorden, peildatum: &str, regelingen: JsValue) -> JsValue {
    met_policy(gemeente, peildatum, regelingen, &mut |policy, normen, datum, filter, tabel| match evaluate_regelingen(
        policy, normen, a, datum, filter,
    ) {
        Ok(r) => succes("report", &rapport::schrijf(&r, tabel)),
        Err(e) => mislukt(van_evaluatiefout(&e)),
    })
}

type Filter<'a> = Option<&'a [String]>;

/// The loaded policy and norms, the peildatum and the regelingen filter, each checked.
/// A list of regeling ids from JavaScript: an array of strings, or nothing.
fn regeling_ids(lijst: &JsValue) -> Option<Vec<String>> {
    if !js_sys::Array::is_array(lijst) {
        return None;
    }
    js_sys::Array::from(lijst).iter().map(|id| id.as_string()).collect()
}

/// `klaar` is a trait object: each entry point gives its own, and one copy of this function
/// (not one per caller) keeps the module small.
fn met_policy(
    gemeente: &str,
    peildatum: &str,
    regelingen: JsValue,
    klaar: &mut dyn FnMut(&Policy, &Normen, Datum, Filter, &Teksttabel) -> JsValue,
) -> JsValue {
    let Some(datum) = Datum::parse(peildatum) else {
        return fout("ongeldige_peildatum", "peildatum", zin!("fout-peildatum", peildatum = peildatum.to_string()));
    };
    let filter: Option<Vec<String>> = if regelingen.is_undefined() || regelingen.is_null() {
        None
    } else {
        match regeling_ids(&regelingen) {
            Some(ids) => Some(ids),
            None => return fout("ongeldige_regelingen", "regelingen", zin!("fout-regelingen-lijst")),
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
            let (Some(normen), Some((policy, tabel))) = (normen.as_ref(), policies.get(gemeente)) else {
                return fout(
                    "gemeente_niet_geladen",
                    "gemeente",
                    zin!("fout-gemeente-niet-geladen", gemeente = gemeente.to_string()),
                );
            };
            klaar(policy, normen, datum, filter.as_deref(), tabel)
        })
    })
}

/// "Wat als mijn inkomen verandert?": the household at `stappen` + 1 incomes from 0 to 200% of
/// the norm, per step each regeling's status and amount (`Inkomensreeks` in bur-types.d.ts).
#[wasm_bindgen]
pub fn inkomensreeks(
    gemeente: &str,
    antwoorden: JsValue,
    peildatum: &str,
    regelingen: JsValue,
    stappen: u32,
) -> JsValue {
    match lees_antwoorden(&antwoorden) {
        Ok(a) => reeks(gemeente, &a, peildatum, regelingen, stappen),
        Err(f) => f,
    }
}

fn reeks(gemeente: &str, a: &Antwoorden, peildatum: &str, regelingen: JsValue, stappen: u32) -> JsValue {
    met_policy(gemeente, peildatum, regelingen, &mut |policy, normen, datum, filter, _| {
        match crate::evaluate::inkomensreeks(policy, normen, a, datum, filter, stappen) {
            Ok(r) => succes("reeks", &rapport::reeks(&r)),
            Err(e) => mislukt(vec![technisch(e.code(), String::new(), e.to_string())]),
        }
    })
}

/// A household kept in the module between calls: the widget sets the answer that changed,
/// and evaluates without handing over (and the engine re-reading) every answer as JSON text.
/// The answers stay a JSON value here, re-validated as a whole on each change: the checks that
/// span fields (a partner's answers without a partner) hold as they do for `evaluate`.
#[wasm_bindgen]
pub struct Huishouden {
    /// Always an object.
    waarde: Value,
    antwoorden: Result<Antwoorden, Vec<Veldfout>>,
}

impl Default for Huishouden {
    fn default() -> Self {
        Huishouden::new()
    }
}

#[wasm_bindgen]
impl Huishouden {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Huishouden {
        let waarde = Value::Object(serde_json::Map::new());
        let antwoorden = Antwoorden::uit_waarde(&waarde);
        Huishouden { waarde, antwoorden }
    }

    /// Sets one answer by its path, `heeft_partner` or `aanvrager.inkomen` (a list, such as
    /// `kinderen`, as a whole); `undefined` removes it. Answers with the field errors of the
    /// whole household, as `evaluate` would, or `{ type: "success" }`.
    pub fn zet(&mut self, pad: &str, waarde: JsValue) -> JsValue {
        let nieuw = if waarde.is_undefined() {
            None
        } else {
            match js_sys::JSON::stringify(&waarde).ok().and_then(|t| crate::json_tekst::lees(&String::from(t)).ok()) {
                Some(w) => Some(w),
                None => return fout("geen_json", pad, zin!("fout-geen-object")),
            }
        };
        let Value::Object(antwoorden) = &mut self.waarde else { return JsValue::NULL };
        // `aanvrager.inkomen` is the field `inkomen` of the object `aanvrager`.
        let (map, veld) = match pad.split_once('.') {
            None => (antwoorden, pad),
            Some((kop, veld)) => {
                match antwoorden.entry(kop.to_string()).or_insert_with(|| Value::Object(serde_json::Map::new())) {
                    Value::Object(o) => (o, veld),
                    // What is there is no object: the whole household's check names it below.
                    _ => return self.uitslag(),
                }
            }
        };
        match nieuw {
            Some(w) => {
                map.insert(veld.to_string(), w);
            }
            None => {
                map.remove(veld);
            }
        }
        self.antwoorden = Antwoorden::uit_waarde(&self.waarde);
        self.uitslag()
    }

    /// As the function `evaluate`, for the answers kept here.
    pub fn evaluate(&self, gemeente: &str, peildatum: &str, regelingen: JsValue) -> JsValue {
        match self.geldig() {
            Ok(a) => rapport(gemeente, a, peildatum, regelingen),
            Err(f) => f,
        }
    }

    /// As the function `inkomensreeks`, for the answers kept here.
    pub fn inkomensreeks(&self, gemeente: &str, peildatum: &str, regelingen: JsValue, stappen: u32) -> JsValue {
        match self.geldig() {
            Ok(a) => reeks(gemeente, a, peildatum, regelingen, stappen),
            Err(f) => f,
        }
    }
}

impl Huishouden {
    /// The kept answers, or the failure envelope naming their bad fields.
    fn geldig(&self) -> Result<&Antwoorden, JsValue> {
        self.antwoorden.as_ref().map_err(|f| mislukt(van_veldfouten(f.clone())))
    }

    /// `{ type: "success" }`, or the kept answers' field errors.
    fn uitslag(&self) -> JsValue {
        match self.geldig() {
            Ok(_) => js_sys::JSON::parse(r#"{"type":"success"}"#).unwrap_or(JsValue::NULL),
            Err(f) => f,
        }
    }
}
