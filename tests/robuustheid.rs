//! Property tests: no input, however absurd, makes the engine panic (a panic would kill the
//! WebAssembly instance in the inwoner's browser). Answers, policies and dates are generated.
#![cfg(not(target_arch = "wasm32"))]

use bur::{evaluate, Antwoorden, Datum, Normen, Policy};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const BUNSCHOTEN: &str = include_str!("../policies/bunschoten.toml");

use bur::household::{KOST_VELDEN as KOST, PERSOON_VELDEN as PERSOON, VELDEN};

/// Values of every kind, from plausible to absurd.
fn waarde() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-5i64..200).prop_map(|i| json!(i)),
        any::<i64>().prop_map(|i| json!(i)),
        (0u64..300_000_000, 0u32..3)
            .prop_map(|(c, s)| Value::String(format!("{}", rust_decimal::Decimal::new(c as i64, s)))),
        "[0-9]{1,30}(\\.[0-9]{0,5})?".prop_map(|s| serde_json::from_str(&s).unwrap_or(Value::String(s))),
        Just(serde_json::from_str::<Value>("1e308").unwrap()),
        Just(serde_json::from_str::<Value>("-0.0").unwrap()),
        Just(serde_json::from_str::<Value>("123456789012345678901234567890.123").unwrap()),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["bijstand", "witgoed", "wasmachine", "computer", "medisch", "loon", "geen"])
            .prop_map(|s| json!(s)),
    ]
    .boxed()
}

fn object(velden: &'static [&'static str], binnen: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop::collection::vec((prop::sample::select(velden.to_vec()), binnen), 0..velden.len() + 1)
        .prop_map(|paren| Value::Object(paren.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>()))
        .boxed()
}

fn antwoorden() -> impl Strategy<Value = Value> {
    let persoon = object(PERSOON, waarde());
    let kost = object(KOST, waarde());
    let kind = object(&["leeftijd"], waarde());
    let bewoner = object(&["leeftijd", "student", "commerciele_huurder"], waarde());
    let veldwaarde = prop_oneof![
        4 => waarde(),
        2 => persoon,
        1 => prop::collection::vec(kind, 0..4).prop_map(Value::Array),
        1 => prop::collection::vec(bewoner, 0..4).prop_map(Value::Array),
        1 => prop::collection::vec(kost, 0..4).prop_map(Value::Array),
    ];
    object(VELDEN, veldwaarde.boxed())
}

/// Plausible answers, so that evaluation itself is reached often.
fn geldige_antwoorden() -> impl Strategy<Value = Value> {
    (
        prop::option::of(0u32..=120),
        prop::option::of(0i64..1_000_000_000),
        prop::option::of(any::<bool>()),
        prop::option::of(18u32..=120),
        prop::option::of(prop::collection::vec(0u32..18, 0..5)),
        prop::option::of(prop::collection::vec((18u32..=120, any::<bool>(), any::<bool>()), 0..4)),
        prop::option::of(-1_000_000_000i64..1_000_000_000),
        prop::option::of(0u32..=1200),
        prop::option::of(any::<bool>()),
        prop::option::of(prop::collection::vec((prop::sample::select(vec!["witgoed", "computer", "verhuizing", "afval", "medisch"]), any::<bool>(), 0i64..100_000_000), 0..3)),
    )
        .prop_map(|(leeftijd, inkomen, partner, p_leeftijd, kinderen, bewoners, vermogen, maanden, bool_, kosten)| {
            let mut o = Map::new();
            let mut a = Map::new();
            if let Some(l) = leeftijd { a.insert("leeftijd".into(), json!(l)); }
            if let Some(i) = inkomen { a.insert("inkomen".into(), Value::String(rust_decimal::Decimal::new(i, 2).to_string())); }
            if let Some(b) = bool_ { a.insert("student".into(), json!(b)); a.insert("gedetineerd".into(), json!(!b)); }
            o.insert("aanvrager".into(), Value::Object(a));
            if let Some(p) = partner {
                o.insert("heeft_partner".into(), json!(p));
                if p { o.insert("partner".into(), json!({"leeftijd": p_leeftijd, "inkomen": "0"})); }
            }
            if let Some(k) = kinderen { o.insert("kinderen".into(), Value::Array(k.into_iter().map(|l| json!({"leeftijd": l})).collect())); }
            if let Some(b) = bewoners { o.insert("medebewoners".into(), Value::Array(b.into_iter().map(|(l, s, c)| json!({"leeftijd": l, "student": s, "commerciele_huurder": c})).collect())); }
            if let Some(v) = vermogen { o.insert("vermogen".into(), Value::String(rust_decimal::Decimal::new(v, 2).to_string())); }
            if let Some(m) = maanden { o.insert("maanden_laag_inkomen".into(), json!(m)); }
            if let Some(b) = bool_ { o.insert("eigen_woning".into(), json!(b)); o.insert("woz_waarde".into(), json!(300000)); o.insert("hypotheek".into(), json!(100)); }
            if let Some(k) = kosten { o.insert("kosten".into(), Value::Array(k.into_iter().map(|(s, v, b)| json!({"soort": s, "vervanging": v, "bedrag": rust_decimal::Decimal::new(b, 2).to_string(), "jaren_sinds_vorige_vergoeding": null})).collect())); }
            Value::Object(o)
        })
}

fn peildatum() -> impl Strategy<Value = Datum> {
    (1990i64..2100, 1i64..13, 1i64..29).prop_map(|(j, m, d)| Datum::nieuw(j, m, d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn parsing_any_answers_never_panics(a in antwoorden()) {
        let _ = Antwoorden::uit_waarde(&a);
        let _ = Antwoorden::uit_json(&a.to_string());
    }

    #[test]
    fn evaluating_any_valid_answers_never_panics(a in prop_oneof![antwoorden(), geldige_antwoorden()], d in peildatum()) {
        let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
        let normen = Normen::ingebouwd().unwrap();
        if let Ok(a) = Antwoorden::uit_waarde(&a) {
            if let Ok(r) = evaluate(&policy, &normen, &a, d) {
                // and the report always writes as valid JSON
                let json = bur::report::json::schrijf(&r, &policy.teksttabel());
                serde_json::from_str::<serde_json::Value>(&json).unwrap();
                for u in &r.regelingen {
                    // never a false certainty: ja means nothing is missing
                    if u.status == bur::Status::Ja {
                        prop_assert!(u.ontbrekende_vragen.is_leeg() || u.bedrag.is_some(), "{} ja with missing {:?}", u.id, u.ontbrekende_vragen);
                    }
                }
            }
        }
    }

    #[test]
    fn any_text_as_answers_or_policy_never_panics(t in "\\PC{0,200}") {
        let _ = Antwoorden::uit_json(&t);
        let _ = Policy::uit_toml("x.toml", &t);
        let _ = Normen::uit_toml("x.toml", &t);
        let _ = bur::yaml::naar_json(&t);
    }

    #[test]
    fn a_damaged_policy_file_is_reported_not_panicked_on(begin in 0usize..BUNSCHOTEN.len(), lengte in 0usize..40, invoeg in "\\PC{0,10}") {
        let mut tekst: Vec<char> = BUNSCHOTEN.chars().collect();
        let begin = begin.min(tekst.len());
        let eind = (begin + lengte).min(tekst.len());
        tekst.splice(begin..eind, invoeg.chars());
        let tekst: String = tekst.into_iter().collect();
        if let Err(d) = Policy::uit_toml("bunschoten.toml", &tekst) {
            prop_assert!(!d.is_empty());
            prop_assert!(d.iter().all(|d| d.bestand == "bunschoten.toml"));
        }
    }
}
