//! The real WebAssembly build, in headless Chromium (`wasm-pack test --headless --chrome`):
//! a few shared scenarios through the JavaScript-facing API, and its failure envelope.
#![cfg(target_arch = "wasm32")]

use bur::wasm::{evaluate, inkomensreeks, load_policy, Huishouden};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BUNSCHOTEN: &str = include_str!("../policies/bunschoten.toml");

/// The policy as the widget loads it: compiled, as `bur json` does for the site.
fn gecompileerd() -> String {
    bur::Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap().gecompileerd()
}
const SCENARIOS: &[&str] = &[
    include_str!("../../shared/scenarios/bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml"),
    include_str!("../../shared/scenarios/bunschoten/iit-gehuwden.yaml"),
    include_str!("../../shared/scenarios/bunschoten/kindpakket-tussen-100-en-120.yaml"),
    include_str!("../../shared/scenarios/bunschoten/kostendeler-niet-voor-iit.yaml"),
];

fn js(v: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

fn rust(v: &JsValue) -> serde_json::Value {
    serde_json::from_str(&String::from(js_sys::JSON::stringify(v).unwrap())).unwrap()
}

fn laad() {
    let r = rust(&load_policy("bunschoten.json", &gecompileerd()));
    assert_eq!(r["type"], "success", "{r}");
    assert_eq!(r["gemeente"]["id"], "bunschoten");
}

#[wasm_bindgen_test]
fn shared_scenarios_pass_through_the_webassembly_api() {
    laad();
    for tekst in SCENARIOS {
        for s in bur::scenario::uit_yaml(tekst).unwrap() {
            let r = rust(&evaluate("bunschoten", js(&s.antwoorden), &s.peildatum, JsValue::UNDEFINED));
            assert_eq!(r["type"], "success", "{}: {r}", s.naam);
            let report = &r["report"];
            if let Some(norm) = &s.verwacht.bijstandsnorm {
                assert_eq!(
                    report["bijstandsnorm"].as_str().unwrap().parse::<f64>().ok(),
                    norm.to_string().parse::<f64>().ok(),
                    "{}",
                    s.naam
                );
            }
            for (id, verwacht) in &s.verwacht.regelingen {
                let u = report["regelingen"].as_array().unwrap().iter().find(|u| u["id"] == id.as_str()).unwrap();
                assert_eq!(u["status"], verwacht.status.as_str(), "{}: {id}", s.naam);
                if let Some(b) = &verwacht.bedrag {
                    assert_eq!(u["bedrag"]["waarde"].as_str().unwrap(), b.to_string(), "{}: {id}", s.naam);
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn bad_answers_come_back_as_a_failure_naming_the_field() {
    laad();
    let r = rust(&evaluate(
        "bunschoten",
        js(&serde_json::json!({"aanvrager": {"inkomen": -5}})),
        "2025-09-15",
        JsValue::UNDEFINED,
    ));
    assert_eq!(r["type"], "failure");
    assert_eq!(r["errors"][0]["veld"], "aanvrager.inkomen");
    assert_eq!(r["errors"][0]["code"], "negatief_bedrag");
    // The message is data, put into words by the widget from its catalog: its number among the
    // Dutch keys, then its arguments.
    let n = r["errors"][0]["bericht"][0].as_u64().unwrap() as usize;
    assert!(bur::uitleg::SLEUTELS[n].starts_with("fout-"), "{r}");
}

#[wasm_bindgen_test]
fn unknown_gemeente_bad_date_and_broken_policy_are_failures_not_exceptions() {
    let r = rust(&evaluate("nergens", js(&serde_json::json!({})), "2025-09-15", JsValue::UNDEFINED));
    assert_eq!(r["errors"][0]["code"], "gemeente_niet_geladen");
    laad();
    let r = rust(&evaluate("bunschoten", js(&serde_json::json!({})), "15-09-2025", JsValue::UNDEFINED));
    assert_eq!(r["errors"][0]["code"], "ongeldige_peildatum");
    let r = rust(&load_policy("kapot.json", r#"{"gemeente": {"id": 3}}"#));
    assert_eq!(r["type"], "failure");
    // A gemeente that points policy-src at its TOML file hears what to do.
    let r = rust(&load_policy("eigen.toml", "[gemeente]\nid = \"x\""));
    assert_eq!(r["errors"][0]["code"], "json_syntaxis");
}

#[wasm_bindgen_test]
fn the_regelingen_filter_and_the_questions() {
    let p = rust(&load_policy("bunschoten.json", &gecompileerd()));
    let alleen = js(&serde_json::json!(["kindpakket"]));
    let r = rust(&evaluate("bunschoten", js(&serde_json::json!({})), "2025-09-15", alleen));
    // The report's question set: bits in the order of loadPolicy's `vragen`.
    let bits = r["report"]["vragen"].as_u64().unwrap();
    let ids: Vec<&str> = p["vragen"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(i, _)| bits >> i & 1 == 1)
        .map(|(_, v)| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["aanvrager.leeftijd", "heeft_partner", "kinderen", "aanvrager.inkomen", "vermogen", "eigen_woning"]
    );
    assert_eq!(r["report"]["regelingen"].as_array().unwrap().len(), 1);
}

#[wasm_bindgen_test]
fn a_report_is_data_and_load_policy_hands_over_the_texts_once() {
    let p = rust(&load_policy("bunschoten.json", &gecompileerd()));
    let bronnen = p["bronnen"].as_array().unwrap().len();
    assert!(p["teksten"].as_array().unwrap().len() > 5, "{p}");
    let a = js(&serde_json::json!({"aanvrager": {"leeftijd": 38, "inkomen": "1300.61"}, "heeft_partner": false}));
    let r = rust(&evaluate("bunschoten", a, "2025-09-15", JsValue::UNDEFINED));
    let reden = &r["report"]["regelingen"][0]["redenen"][0];
    // [bron, uitslag, [messages]]: a source by number and messages by their index in the
    // report's `berichten`, each a key's number: no sentence, no copied source text.
    assert!(reden[0].as_u64().is_some_and(|b| (b as usize) < bronnen), "{reden}");
    let i = reden[2][0].as_u64().unwrap() as usize;
    let bericht = &r["report"]["berichten"][i];
    assert!(bericht.is_u64() || bericht[0].is_u64(), "{bericht}");
    assert_eq!(p["berichten"], bur::uitleg::VINGERAFDRUK);
    assert!(r["report"]["regelingen"][0].get("naam").is_none());
}

#[wasm_bindgen_test]
fn a_household_kept_in_the_module_evaluates_as_the_plain_call_does() {
    laad();
    let mut h = Huishouden::new();
    for (pad, waarde) in [
        ("aanvrager.leeftijd", serde_json::json!(38)),
        ("heeft_partner", serde_json::json!(false)),
        ("aanvrager.inkomen", serde_json::json!("1300.61")),
        ("kinderen", serde_json::json!([{"leeftijd": 7}])),
    ] {
        assert_eq!(rust(&h.zet(pad, js(&waarde)))["type"], "success", "{pad}");
    }
    let gewoon = serde_json::json!({"aanvrager": {"leeftijd": 38, "inkomen": "1300.61"}, "heeft_partner": false, "kinderen": [{"leeftijd": 7}]});
    let verwacht = rust(&evaluate("bunschoten", js(&gewoon), "2026-12-01", JsValue::UNDEFINED));
    assert_eq!(rust(&h.evaluate("bunschoten", "2026-12-01", JsValue::UNDEFINED)), verwacht);
    // A bad answer names its field, and the household keeps it until it is put right.
    let r = rust(&h.zet("aanvrager.inkomen", js(&serde_json::json!(-5))));
    assert_eq!(r["errors"][0]["veld"], "aanvrager.inkomen", "{r}");
    assert_eq!(rust(&h.evaluate("bunschoten", "2026-12-01", JsValue::UNDEFINED))["type"], "failure");
    h.zet("aanvrager.inkomen", JsValue::UNDEFINED);
    let r = rust(&h.evaluate("bunschoten", "2026-12-01", JsValue::UNDEFINED));
    assert_eq!(r["type"], "success", "{r}");
}

#[wasm_bindgen_test]
fn the_income_sweep_gives_every_step_for_every_regeling() {
    laad();
    let a = serde_json::json!({"aanvrager": {"leeftijd": 38, "inkomen": "1300.61"}, "heeft_partner": false, "kinderen": [{"leeftijd": 7}]});
    let r = rust(&inkomensreeks("bunschoten", js(&a), "2026-12-01", JsValue::UNDEFINED, 200));
    assert_eq!(r["type"], "success", "{r}");
    let reeks = &r["reeks"];
    let n = reeks["regelingen"].as_array().unwrap().len();
    let stappen = reeks["stappen"].as_array().unwrap();
    // The 201 steps, and between them the limits to the cent (marked `grens`).
    let gewone: Vec<_> = stappen.iter().filter(|s| s.get("grens").is_none()).collect();
    assert_eq!(gewone.len(), 201);
    assert_eq!(gewone[120]["procent"], "120");
    assert!(stappen.iter().any(|s| s["grens"] == true), "some limit lies between two steps");
    assert!(stappen.iter().all(|s| s["u"].as_array().unwrap().len() == n));
    let r = rust(&inkomensreeks("bunschoten", js(&serde_json::json!({})), "2026-12-01", JsValue::UNDEFINED, 200));
    assert_eq!(r["errors"][0]["code"], "norm_onbekend");
}
