//! The receiver's contract: the example requests in tests/data/keukentafel/ (also checked
//! against the JSON schema by tests/js/schema.test.mjs), each idempotency key stored once, and
//! the HTTP answers: 201 then 200 with the same reference, 500 while `--storing` lasts, 4xx
//! storing nothing, CORS only for the allowed origins, nothing cached.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod hulp;

use bur_ontvanger::opslag::{Opgeslagen, Opslag};
use bur_ontvanger::schema::controleer;
use hulp::{post, vraag, Ontvanger};
use std::path::Path;

fn voorbeelden(soort: &str) -> Vec<(String, serde_json::Value)> {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/keukentafel").join(soort);
    let mut uit: Vec<_> = std::fs::read_dir(map)
        .unwrap()
        .map(|e| {
            let pad = e.unwrap().path();
            (pad.display().to_string(), serde_json::from_str(&std::fs::read_to_string(&pad).unwrap()).unwrap())
        })
        .collect();
    uit.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(!uit.is_empty());
    uit
}

#[test]
fn valid_examples_pass_and_invalid_ones_are_named() {
    for (pad, v) in voorbeelden("goed") {
        assert_eq!(controleer(&v), Vec::<String>::new(), "{pad}");
    }
    for (pad, v) in voorbeelden("fout") {
        assert!(!controleer(&v).is_empty(), "{pad} should be refused");
    }
    let (_, v) = &voorbeelden("fout").into_iter().find(|(p, _)| p.ends_with("geen-bereikbaarheid.json")).unwrap();
    assert_eq!(controleer(v), vec!["contact: telefoon of e-mail is nodig".to_string()]);
}

#[test]
fn a_key_is_stored_once() {
    let db = hulp::nieuwe_db("opslag-eenmaal");
    let mut o = Opslag::open(db.to_str().unwrap()).unwrap();
    let Opgeslagen::Nieuw(r1) = o.bewaar("k1", "bunschoten", "{}").unwrap() else { panic!("new") };
    let Opgeslagen::AlBekend(r2) = o.bewaar("k1", "bunschoten", "{}").unwrap() else { panic!("known") };
    assert_eq!(r1, r2);
    assert_eq!(r1, "KTG-BUNSCHOTEN-000001");
    assert_eq!(o.aantal().unwrap(), 1);
    drop(o);
    hulp::weg(&db);
}

#[test]
fn retries_get_the_same_reference_and_hiccups_store_nothing() {
    let o = Ontvanger::start("herhaling", &["--storing", "2"]);
    let verzoek = hulp::voorbeeld("goed/alleen-contact.json");
    assert_eq!(post(&o.adres, &verzoek).status, 500);
    assert_eq!(post(&o.adres, &verzoek).status, 500);
    let a = post(&o.adres, &verzoek);
    assert_eq!(a.status, 201);
    assert!(a.kop.contains("access-control-allow-origin: http://127.0.0.1:8080"), "{}", a.kop);
    assert!(a.kop.contains("cache-control: no-store"), "{}", a.kop);
    assert_eq!(a.json(), serde_json::json!({ "referentie": "KTG-BUNSCHOTEN-000001" }));
    let b = post(&o.adres, &verzoek);
    assert_eq!(b.status, 200);
    assert_eq!(b.json(), serde_json::json!({ "referentie": "KTG-BUNSCHOTEN-000001", "al_ontvangen": true }));
    assert_eq!(o.aantal(), 1);
}

#[test]
fn malformed_and_oversized_requests_get_4xx_and_store_nothing() {
    let o = Ontvanger::start("fout", &[]);
    assert_eq!(post(&o.adres, "{geen json").status, 400);
    let a = post(&o.adres, r#"{"versie":1}"#);
    assert_eq!(a.status, 422);
    assert!(a.romp.contains("toestemming"), "{}", a.romp);
    let groot = format!(r#"{{"vraag":"{}"}}"#, "x".repeat(40_000));
    assert_eq!(post(&o.adres, &groot).status, 413);
    assert_eq!(post(&o.adres, &hulp::voorbeeld("fout/geen-toestemming.json")).status, 422);
    assert_eq!(vraag(&o.adres, "OPTIONS", "/aanvragen", "").status, 204);
    assert_eq!(o.aantal(), 0);
}

#[test]
fn what_is_stored_is_the_request_that_was_checked() {
    let o = Ontvanger::start("opgeslagen", &["--gemeenten", "montferland"]);
    let verzoek = hulp::voorbeeld("goed/met-uitkomst.json");
    assert_eq!(post(&o.adres, &verzoek).status, 201);
    let db = rusqlite::Connection::open(&o.db).unwrap();
    let (tekst, toestemming): (String, i64) = db
        .query_row("SELECT verzoek, json_extract(verzoek, '$.toestemming') FROM aanvragen", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let als_verzonden: serde_json::Value = serde_json::from_str(&verzoek).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&tekst).unwrap(), als_verzonden);
    assert_eq!(toestemming, 1);
}

fn preflight(adres: &str, origin: &str) -> hulp::Antwoord {
    let tekst = format!(
        "OPTIONS /aanvragen HTTP/1.1\r\nHost: {adres}\r\nOrigin: {origin}\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n"
    );
    hulp::ruw(adres, tekst.as_bytes()).unwrap()
}

#[test]
fn cors_answers_the_listed_origins_only_or_any_with_a_star() {
    let o = Ontvanger::start("cors", &[]);
    let goed = preflight(&o.adres, "http://127.0.0.1:8080");
    assert_eq!(goed.status, 204);
    assert!(goed.kop.contains("access-control-allow-origin: http://127.0.0.1:8080"), "{}", goed.kop);
    assert!(goed.kop.contains("access-control-allow-methods: post"), "{}", goed.kop);
    assert!(goed.kop.contains("access-control-allow-headers: content-type"), "{}", goed.kop);
    let vreemd = preflight(&o.adres, "https://elders.example");
    assert!(!vreemd.kop.contains("access-control-allow-origin"), "{}", vreemd.kop);
    let ster = Ontvanger::start("cors-ster", &["--origin", "*"]);
    let elders = preflight(&ster.adres, "https://elders.example");
    assert!(elders.kop.contains("access-control-allow-origin: https://elders.example"), "{}", elders.kop);
}

#[test]
fn other_methods_and_paths_get_405_and_404_in_json() {
    let o = Ontvanger::start("routes", &[]);
    let a = vraag(&o.adres, "GET", "/aanvragen", "");
    assert_eq!((a.status, a.json()), (405, serde_json::json!({ "fouten": ["alleen POST"] })));
    assert!(a.kop.contains("allow: post"), "{}", a.kop);
    assert_eq!(vraag(&o.adres, "POST", "/gezondheid", "").status, 405);
    let b = vraag(&o.adres, "GET", "/elders", "");
    assert_eq!(b.status, 404);
    assert!(b.kop.contains("cache-control: no-store"), "{}", b.kop);
}
