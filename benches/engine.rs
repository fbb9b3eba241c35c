//! Criterion benchmarks: a full evaluation of every Bunschoten regeling for a typical household
//! (target: under 5 microseconds on the 2-core machine), reading the policy file (as staff write
//! it, and compiled as the browser loads it), the built-in norms, and reading
//! the answers. Run with `npm run bench`; the medians go into the README. No test asserts time.

use bur::{evaluate, Antwoorden, Datum, Normen, Policy};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const BUNSCHOTEN: &str = include_str!("../policies/bunschoten.toml");
const MONTFERLAND: &str = include_str!("../policies/montferland.toml");
const ROOSENDAAL: &str = include_str!("../policies/roosendaal.toml");
const HUISHOUDEN: &str = r#"{
  "aanvrager": {"leeftijd": 38, "inkomen": "1300.61", "inkomensbron": "bijstand", "student": false,
                "gedetineerd": false, "geldige_verblijfstitel": true, "chronisch_ziek_of_beperking": false},
  "heeft_partner": false, "kinderen": [{"leeftijd": 6}, {"leeftijd": 11}], "medebewoners": [],
  "vermogen": "800.00", "eigen_woning": false, "maanden_laag_inkomen": 48,
  "inkomenstoeslag_laatste_12_maanden": false, "schulden": false,
  "kosten": [{"soort": "medisch", "bedrag": "300.00"}]
}"#;

fn benchmarks(c: &mut Criterion) {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap_or_else(|d| panic!("{d:?}"));
    let normen = Normen::ingebouwd().unwrap_or_else(|d| panic!("{d:?}"));
    let antwoorden = Antwoorden::uit_json(HUISHOUDEN).unwrap_or_else(|f| panic!("{f:?}"));
    let peildatum = Datum::parse("2025-09-15").unwrap_or_else(|| panic!("datum"));

    c.bench_function("evaluate bunschoten (6 regelingen, typical household)", |b| {
        b.iter(|| evaluate(black_box(&policy), &normen, black_box(&antwoorden), peildatum))
    });
    // What the widget gets: answers in, the evaluation, and the compact report out as JSON.
    let tabel = policy.teksttabel();
    c.bench_function("answers JSON in, evaluate, compact report JSON out (bunschoten)", |b| {
        b.iter(|| {
            let a = Antwoorden::uit_json(black_box(HUISHOUDEN)).unwrap_or_else(|f| panic!("{f:?}"));
            let r = evaluate(&policy, &normen, &a, peildatum).unwrap_or_else(|e| panic!("{e}"));
            bur::report::json::schrijf(&r, &tabel)
        })
    });
    let rapport = evaluate(&policy, &normen, &antwoorden, peildatum).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("write the compact report (bunschoten)", |b| {
        b.iter(|| bur::report::json::schrijf(black_box(&rapport), &tabel))
    });
    for (naam, tekst) in [("montferland", MONTFERLAND), ("roosendaal", ROOSENDAAL)] {
        let p = Policy::uit_toml(naam, tekst).unwrap_or_else(|d| panic!("{d:?}"));
        c.bench_function(&format!("evaluate {naam} ({} regelingen)", p.regelingen.len()), |b| {
            b.iter(|| evaluate(black_box(&p), &normen, black_box(&antwoorden), peildatum))
        });
        let t = p.teksttabel();
        c.bench_function(&format!("answers JSON in, evaluate, compact report JSON out ({naam})"), |b| {
            b.iter(|| {
                let a = Antwoorden::uit_json(black_box(HUISHOUDEN)).unwrap_or_else(|f| panic!("{f:?}"));
                let r = evaluate(&p, &normen, &a, peildatum).unwrap_or_else(|e| panic!("{e}"));
                bur::report::json::schrijf(&r, &t)
            })
        });
    }
    // A batch-style loop (issue 15): 1,000 households of varying income parsed, evaluated and
    // written one after another; households per second is 1,000 over the time of one round.
    let huishoudens: Vec<String> =
        (0..1_000).map(|i| HUISHOUDEN.replace("1300.61", &format!("{}.{:02}", 600 + i * 2, i % 100))).collect();
    c.bench_function("batch loop: 1,000 households parsed, evaluated, written (bunschoten)", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for h in &huishoudens {
                let a = Antwoorden::uit_json(black_box(h)).unwrap_or_else(|f| panic!("{f:?}"));
                let r = evaluate(&policy, &normen, &a, peildatum).unwrap_or_else(|e| panic!("{e}"));
                bytes += bur::report::json::schrijf(&r, &tabel).len();
            }
            bytes
        })
    });
    c.bench_function("income sweep, 200 steps (bunschoten)", |b| {
        b.iter(|| bur::evaluate::inkomensreeks(&policy, &normen, black_box(&antwoorden), peildatum, None, 200))
    });
    c.bench_function("parse answers (JSON)", |b| b.iter(|| Antwoorden::uit_json(black_box(HUISHOUDEN))));
    c.bench_function("parse and validate policy (bunschoten.toml)", |b| {
        b.iter(|| Policy::uit_toml("bunschoten.toml", black_box(BUNSCHOTEN)))
    });
    let gecompileerd = policy.gecompileerd();
    c.bench_function("read the compiled policy (bunschoten.json, as the browser does)", |b| {
        b.iter(|| Policy::uit_gecompileerd("bunschoten.json", black_box(&gecompileerd)))
    });
    c.bench_function("read the built-in national norms", |b| b.iter(Normen::ingebouwd));
}

criterion_group!(benches, benchmarks);
criterion_main!(benches);
