//! `bur-ontvanger`: the reference receiver for keukentafelgesprek requests.
//!
//!   bur-ontvanger [--adres 127.0.0.1:8787] [--database keukentafel.sqlite] [--origin https://www.gemeente.nl]
//!   bur-ontvanger --lijst [--database keukentafel.sqlite]   (prints the stored requests and stops)
//!
//! POST /aanvragen takes one request (docs/keukentafel-request.schema.json), checks it, stores
//! its idempotency key once and answers `{ "referentie": "KTG-BUNSCHOTEN-000001" }`: 201 the
//! first time, 200 with the same reference for a retry. 400/413/422 say what was wrong and store
//! nothing. OPTIONS answers the browser's CORS preflight for the allowed origins.
//! `--storing N` answers 500 to the first N requests (tests of the widget's retries).

use bur_ontvanger::opslag::{Opgeslagen, Opslag};
use bur_ontvanger::schema;
use serde_json::{json, Value};
use std::io::Read;
use tiny_http::{Header, Method, Request, Response, Server};

struct Instellingen {
    adres: String,
    database: String,
    origins: Vec<String>,
    storing: u32,
    lijst: bool,
}

fn instellingen() -> Result<Instellingen, String> {
    let mut i = Instellingen {
        adres: "127.0.0.1:8787".into(),
        database: "keukentafel.sqlite".into(),
        origins: vec!["http://127.0.0.1:8080".into()],
        storing: 0,
        lijst: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut waarde = || args.next().ok_or(format!("{a} mist een waarde"));
        match a.as_str() {
            "--adres" => i.adres = waarde()?,
            "--database" => i.database = waarde()?,
            "--origin" => i.origins = waarde()?.split(',').map(|s| s.trim().to_string()).collect(),
            "--lijst" => i.lijst = true,
            "--storing" => i.storing = waarde()?.parse().map_err(|_| "--storing: een aantal".to_string())?,
            _ => return Err(format!("onbekende optie {a}")),
        }
    }
    Ok(i)
}

fn main() {
    let i = match instellingen() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bur-ontvanger: {e}");
            std::process::exit(2);
        }
    };
    let mut opslag = match Opslag::open(&i.database) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("bur-ontvanger: database {}: {e}", i.database);
            std::process::exit(1);
        }
    };
    if i.lijst {
        return toon_lijst(&opslag, &i.database);
    }
    let server = match Server::http(&i.adres) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bur-ontvanger: {}: {e}", i.adres);
            std::process::exit(1);
        }
    };
    // The first line says where it listens (port 0 picks a free one), for scripts and tests.
    match server.server_addr().to_ip() {
        Some(a) => println!("http://{a}/"),
        None => println!("{}", i.adres),
    }
    let mut storing = i.storing;
    for mut request in server.incoming_requests() {
        let origin = request.headers().iter().find(|h| h.field.equiv("Origin")).map(|h| h.value.to_string());
        let cors = origin.filter(|o| i.origins.iter().any(|t| t == o || t == "*"));
        let post = *request.method() == Method::Post && request.url() == "/aanvragen";
        let (status, body) = if post && storing > 0 {
            storing -= 1;
            (500, json!({ "fouten": ["storing (gesimuleerd)"] }))
        } else if post {
            ontvang(&mut request, &mut opslag)
        } else {
            route(request.method(), request.url(), &opslag)
        };
        let _ = antwoord(request, status, &body, cors);
    }
}

/// The stored requests, each with its reference, when it arrived and the JSON as received.
fn toon_lijst(opslag: &Opslag, database: &str) {
    match opslag.lijst() {
        Ok(rijen) if rijen.is_empty() => println!("{database}: nog geen verzoeken"),
        Ok(rijen) => {
            for (referentie, ontvangen, verzoek) in rijen {
                let leesbaar = serde_json::from_str::<Value>(&verzoek)
                    .and_then(|v| serde_json::to_string_pretty(&v))
                    .unwrap_or(verzoek);
                println!("{referentie}  ontvangen {ontvangen}\n{leesbaar}\n");
            }
        }
        Err(e) => {
            eprintln!("bur-ontvanger: database {database}: {e}");
            std::process::exit(1);
        }
    }
}

fn route(methode: &Method, url: &str, opslag: &Opslag) -> (u16, Value) {
    match (methode, url) {
        (Method::Options, "/aanvragen") => (204, Value::Null),
        (Method::Get, "/gezondheid") => match opslag.aantal() {
            Ok(n) => (200, json!({ "aantal": n })),
            Err(e) => (500, json!({ "fouten": [e.to_string()] })),
        },
        (_, "/aanvragen") => (405, json!({ "fouten": ["alleen POST"] })),
        _ => (404, json!({ "fouten": ["niet gevonden"] })),
    }
}

fn ontvang(request: &mut Request, opslag: &mut Opslag) -> (u16, Value) {
    let mut tekst = String::new();
    let gelezen = request.as_reader().take(schema::MAX_BYTES as u64 + 1).read_to_string(&mut tekst);
    if gelezen.is_err() {
        return (400, json!({ "fouten": ["het verzoek is geen UTF-8 tekst"] }));
    }
    if tekst.len() > schema::MAX_BYTES {
        return (413, json!({ "fouten": [format!("het verzoek is groter dan {} bytes", schema::MAX_BYTES)] }));
    }
    let verzoek: Value = match serde_json::from_str(&tekst) {
        Ok(v) => v,
        Err(e) => return (400, json!({ "fouten": [format!("geen geldige JSON: {e}")] })),
    };
    let fouten = schema::controleer(&verzoek);
    if !fouten.is_empty() {
        return (422, json!({ "fouten": fouten }));
    }
    let sleutel = verzoek.get("idempotentie_sleutel").and_then(Value::as_str).unwrap_or_default();
    let gemeente = verzoek.get("gemeente").and_then(Value::as_str).unwrap_or_default();
    match opslag.bewaar(sleutel, gemeente, &tekst) {
        Ok(Opgeslagen::Nieuw(r)) => (201, json!({ "referentie": r })),
        Ok(Opgeslagen::AlBekend(r)) => (200, json!({ "referentie": r, "al_ontvangen": true })),
        Err(e) => (500, json!({ "fouten": [format!("opslaan mislukt: {e}")] })),
    }
}

fn antwoord(request: Request, status: u16, body: &Value, cors: Option<String>) -> std::io::Result<()> {
    let mut headers = vec![kop("Content-Type", "application/json; charset=utf-8"), kop("Cache-Control", "no-store")];
    if let Some(o) = cors {
        headers.extend([
            kop("Access-Control-Allow-Origin", &o),
            kop("Vary", "Origin"),
            kop("Access-Control-Allow-Methods", "POST, OPTIONS"),
            kop("Access-Control-Allow-Headers", "Content-Type"),
            kop("Access-Control-Max-Age", "600"),
        ]);
    }
    let tekst = if body.is_null() { String::new() } else { body.to_string() };
    let mut r = Response::from_string(tekst).with_status_code(status);
    for h in headers.into_iter().flatten() {
        r.add_header(h);
    }
    request.respond(r)
}

fn kop(naam: &str, waarde: &str) -> Option<Header> {
    Header::from_bytes(naam.as_bytes(), waarde.as_bytes()).ok()
}
