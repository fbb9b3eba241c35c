//! The receiver: the example requests in tests/data/keukentafel/ (also checked against the JSON
//! schema by tests/browser/schema.test.mjs), each idempotency key stored once, and the HTTP
//! answers: 201 then 200 with the same reference, 500 while `--storing` lasts, 413 and 422
//! storing nothing, and CORS only for the allowed origin.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur_ontvanger::opslag::{Opgeslagen, Opslag};
use bur_ontvanger::schema::controleer;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

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
    let dir = std::env::temp_dir().join(format!("bur-ontvanger-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut o = Opslag::open(dir.join("a.sqlite").to_str().unwrap()).unwrap();
    let Opgeslagen::Nieuw(r1) = o.bewaar("k1", "bunschoten", "{}").unwrap() else { panic!("new") };
    let Opgeslagen::AlBekend(r2) = o.bewaar("k1", "bunschoten", "{}").unwrap() else { panic!("known") };
    assert_eq!(r1, r2);
    assert_eq!(r1, "KTG-BUNSCHOTEN-000001");
    assert_eq!(o.aantal().unwrap(), 1);
}

struct Ontvanger {
    kind: Child,
    adres: String,
}

impl Drop for Ontvanger {
    fn drop(&mut self) {
        let _ = self.kind.kill();
    }
}

fn start(storing: u32) -> Ontvanger {
    let db = std::env::temp_dir().join(format!("bur-ontvanger-{}-{storing}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut kind = Command::new(env!("CARGO_BIN_EXE_bur-ontvanger"))
        .args(["--adres", "127.0.0.1:0", "--database", db.to_str().unwrap(), "--origin", "http://127.0.0.1:8080"])
        .args(["--storing", &storing.to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut regel = String::new();
    BufReader::new(kind.stdout.take().unwrap()).read_line(&mut regel).unwrap();
    let adres = regel.trim().trim_start_matches("http://").trim_end_matches('/').to_string();
    Ontvanger { kind, adres }
}

/// A minimal HTTP/1.1 exchange: (status, headers, body).
fn vraag(adres: &str, methode: &str, pad: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(adres).unwrap();
    write!(
        s,
        "{methode} {pad} HTTP/1.1\r\nHost: {adres}\r\nOrigin: http://127.0.0.1:8080\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut antwoord = String::new();
    s.read_to_string(&mut antwoord).unwrap();
    let (kop, romp) = antwoord.split_once("\r\n\r\n").unwrap();
    let status = kop.split(' ').nth(1).unwrap().parse().unwrap();
    (status, kop.to_lowercase(), romp.to_string())
}

#[test]
fn retries_get_the_same_reference_and_hiccups_store_nothing() {
    let o = start(2);
    let verzoek = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/keukentafel/goed/alleen-contact.json"),
    )
    .unwrap();
    assert_eq!(vraag(&o.adres, "POST", "/aanvragen", &verzoek).0, 500);
    assert_eq!(vraag(&o.adres, "POST", "/aanvragen", &verzoek).0, 500);
    let (status, kop, romp) = vraag(&o.adres, "POST", "/aanvragen", &verzoek);
    assert_eq!(status, 201);
    assert!(kop.contains("access-control-allow-origin: http://127.0.0.1:8080"));
    assert!(romp.contains("KTG-BUNSCHOTEN-000001"), "{romp}");
    let (status, _, romp2) = vraag(&o.adres, "POST", "/aanvragen", &verzoek);
    assert_eq!(status, 200);
    assert!(romp2.contains("KTG-BUNSCHOTEN-000001"));
    assert!(vraag(&o.adres, "GET", "/gezondheid", "").2.contains("\"aantal\":1"));
}

#[test]
fn malformed_and_oversized_requests_get_4xx_and_store_nothing() {
    let o = start(0);
    assert_eq!(vraag(&o.adres, "POST", "/aanvragen", "{geen json").0, 400);
    let (status, _, romp) = vraag(&o.adres, "POST", "/aanvragen", r#"{"versie":1}"#);
    assert_eq!(status, 422);
    assert!(romp.contains("toestemming"), "{romp}");
    let groot = format!(r#"{{"vraag":"{}"}}"#, "x".repeat(40_000));
    assert_eq!(vraag(&o.adres, "POST", "/aanvragen", &groot).0, 413);
    assert_eq!(vraag(&o.adres, "OPTIONS", "/aanvragen", "").0, 204);
    assert!(vraag(&o.adres, "GET", "/gezondheid", "").2.contains("\"aantal\":0"));
}
