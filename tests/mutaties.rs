//! Mutated compiled policies: the file a page is given (`policy-src`) may come from anywhere a
//! host puts it. Any single value of a real compiled policy changed to another (a percentage of
//! 1e28, a negative amount, a removed field, a `javascript:` link, ...) gives a located error or
//! a policy the engine evaluates without a panic and with sane amounts (issue 14).
//!
//! The test command runs a short run; `BUR_MUTATIES=100000 cargo test --release --test mutaties`
//! is the long one (its count and time are in the README).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur::{evaluate, Antwoorden, Datum, Normen, Policy};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

struct Gemeente {
    naam: &'static str,
    json: Value,
    /// JSON pointers to every value in the file, containers included.
    paden: Vec<String>,
}

fn gemeenten() -> &'static [Gemeente] {
    static G: OnceLock<Vec<Gemeente>> = OnceLock::new();
    G.get_or_init(|| {
        [
            ("bunschoten", include_str!("../policies/bunschoten.toml")),
            ("roosendaal", include_str!("../policies/roosendaal.toml")),
            ("montferland", include_str!("../policies/montferland.toml")),
        ]
        .into_iter()
        .map(|(naam, toml)| {
            let p = Policy::uit_toml(naam, toml).unwrap();
            let json: Value = serde_json::from_str(&p.gepubliceerd()).unwrap();
            let mut paden = Vec::new();
            verzamel(&json, String::new(), &mut paden);
            Gemeente { naam, json, paden }
        })
        .collect()
    })
}

fn verzamel(v: &Value, pad: String, uit: &mut Vec<String>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, w)| verzamel(w, format!("{pad}/{k}"), uit)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, w)| verzamel(w, format!("{pad}/{i}"), uit)),
        _ => {}
    }
    uit.push(pad);
}

/// What a value becomes: the boundaries of every check, absurd numbers, other kinds of value.
fn vervanging() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            "-1",
            "0",
            "-0.01",
            "0.01",
            "1",
            "17",
            "18",
            "60",
            "61",
            "120",
            "121",
            "1000",
            "1000.01",
            "1200",
            "1201",
            "10000000",
            "10000000.01",
            "1e28",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "99999999999999999999999999999999",
            "0.0000000000000000000000000001",
            "NaN",
            "",
            " ",
            "javascript:alert(1)",
            "http://example.nl/",
            "https://",
            "https://example.nl/a b",
            "mailto:x",
            "2024-02-30",
            "2099-12-31",
            "1900-01-01",
        ])
        .prop_map(|s| json!(s)),
        prop::sample::select(vec![
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-1),
            json!(1),
            json!(17),
            json!(18),
            json!(61),
            json!(121),
            json!(1201),
            json!(4294967295u64),
            json!(4294967296u64),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(1.5),
            json!(1e308),
            json!([]),
            json!({}),
            json!([{}]),
            json!({"nl": "", "en": ""}),
        ]),
        (-100_000i64..100_000_000, 0u32..4).prop_map(|(m, s)| json!(Decimal::new(m, s).to_string())),
        (0u64..2000).prop_map(|n| json!(n)),
        "\\PC{0,20}".prop_map(Value::String),
    ]
}

#[derive(Clone, Debug)]
enum Mutatie {
    Vervang(Value),
    Weg,
    /// An array element twice (a duplicate id, a second condition of the same kind).
    Dubbel,
}

fn mutatie() -> impl Strategy<Value = Mutatie> {
    prop_oneof![
        8 => vervanging().prop_map(Mutatie::Vervang),
        2 => Just(Mutatie::Weg),
        1 => Just(Mutatie::Dubbel),
    ]
}

fn pas_toe(json: &mut Value, pad: &str, m: &Mutatie) {
    let (ouder, sleutel) = pad.rsplit_once('/').unwrap_or(("", ""));
    match m {
        Mutatie::Vervang(w) => {
            if let Some(v) = json.pointer_mut(pad) {
                *v = w.clone();
            }
        }
        Mutatie::Weg | Mutatie::Dubbel => match json.pointer_mut(ouder) {
            Some(Value::Object(o)) if matches!(m, Mutatie::Weg) => {
                o.remove(sleutel);
            }
            Some(Value::Array(a)) => {
                if let Ok(i) = sleutel.parse::<usize>() {
                    if matches!(m, Mutatie::Weg) {
                        a.remove(i);
                    } else {
                        let kopie = a[i].clone();
                        a.insert(i, kopie);
                    }
                }
            }
            _ => {}
        },
    }
}

/// Households that reach most conditions: low and high incomes, partner, children of every
/// age group, AOW, vermogen, an eigen woning, costs of several kinds.
fn huishoudens() -> &'static [Antwoorden] {
    static H: OnceLock<Vec<Antwoorden>> = OnceLock::new();
    H.get_or_init(|| {
        [
            json!({"aanvrager": {"leeftijd": 35, "inkomen": "1100"}, "heeft_partner": false, "vermogen": "500",
                   "maanden_laag_inkomen": 48, "kinderen": [{"leeftijd": 4}, {"leeftijd": 13}]}),
            json!({"aanvrager": {"leeftijd": 19, "inkomen": "0"}, "heeft_partner": true,
                   "partner": {"leeftijd": 20, "inkomen": "300"}, "vermogen": "0",
                   "kosten": [{"soort": "witgoed", "bedrag": "450", "vervanging": true}]}),
            json!({"aanvrager": {"leeftijd": 70, "inkomen": "1700"}, "heeft_partner": true,
                   "partner": {"leeftijd": 68, "inkomen": "200"}, "vermogen": "60000", "eigen_woning": true,
                   "woz_waarde": "250000", "hypotheek": "50000", "maanden_laag_inkomen": 60,
                   "kosten": [{"soort": "medisch", "bedrag": "1200"}]}),
            json!({"aanvrager": {"leeftijd": 45, "inkomen": "4000"}, "heeft_partner": false,
                   "kinderen": [{"leeftijd": 17}], "medebewoners": [{"leeftijd": 23}]}),
            json!({"aanvrager": {"leeftijd": 30}, "heeft_partner": false}),
        ]
        .iter()
        .map(|w| Antwoorden::uit_waarde(w).unwrap())
        .collect()
    })
}

fn zonder_panic<T>(wat: &str, f: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| TestCaseError::fail(format!("panic in {wat}")))
}

fn controleer(g: &Gemeente, pad: &str, m: &Mutatie) -> Result<(), TestCaseError> {
    let mut json = g.json.clone();
    pas_toe(&mut json, pad, m);
    let bestand = format!("{}.json", g.naam);
    let policy = match zonder_panic("reading", || Policy::uit_gecompileerd(&bestand, &json.to_string()))? {
        Err(fouten) => {
            prop_assert!(!fouten.is_empty());
            for f in &fouten {
                prop_assert_eq!(&f.bestand, &bestand);
                // The whole file replaced is an error about the file itself.
                let plaats =
                    !f.veld.is_empty() || f.regeling.is_some() || (pad.is_empty() && f.code == "json_syntaxis");
                prop_assert!(plaats, "an error without a place: {f}");
            }
            return Ok(());
        }
        Ok(p) => p,
    };
    let normen = Normen::ingebouwd().unwrap();
    let peildatum = Datum::nieuw(2026, 12, 1).unwrap();
    for (i, a) in huishoudens().iter().enumerate() {
        let Ok(r) = zonder_panic("evaluate", || evaluate(&policy, &normen, a, peildatum))? else { continue };
        for u in &r.regelingen {
            let bedrag = u.bedrag.as_ref().and_then(|b| b.waarde);
            prop_assert!(bedrag.is_none_or(|b| b >= Decimal::ZERO), "{}: amount {bedrag:?}", u.id);
            let dk = u.draagkracht.as_ref().and_then(|d| d.per_jaar);
            prop_assert!(dk.is_none_or(|b| b >= Decimal::ZERO), "{}: draagkracht {dk:?}", u.id);
        }
        zonder_panic("the report", || bur::report::json::schrijf(&r, &policy.teksttabel()))?;
        if i == 0 {
            zonder_panic("the income sweep", || {
                bur::evaluate::inkomensreeks(&policy, &normen, a, peildatum, None, 20)
            })?
            .ok();
        }
    }
    Ok(())
}

#[test]
fn any_single_mutation_of_a_compiled_policy_is_a_located_error_or_a_sane_outcome() {
    // The short run of the test command is the same every time; a long run draws new mutations.
    let lang = std::env::var("BUR_MUTATIES").ok().and_then(|s| s.parse().ok());
    let aantal = lang.unwrap_or(1500);
    let config = Config { cases: aantal, failure_persistence: None, ..Config::default() };
    let mut runner = match lang {
        Some(_) => TestRunner::new(config),
        None => TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha)),
    };
    let strategie = (0..gemeenten().len(), any::<prop::sample::Index>(), mutatie());
    let begin = std::time::Instant::now();
    let uitslag = runner.run(&strategie, |(gi, index, m)| {
        let g = &gemeenten()[gi];
        controleer(g, &g.paden[index.index(g.paden.len())], &m)
    });
    if let Err(e) = uitslag {
        panic!("{e}");
    }
    eprintln!("{aantal} mutations in {:.1} s", begin.elapsed().as_secs_f64());
}
