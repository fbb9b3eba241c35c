//! `bur-ontvanger`: the reference receiver for keukentafelgesprek requests.
//!
//!   bur-ontvanger [--adres 127.0.0.1:8787] [--database keukentafel.sqlite] [--origin https://www.gemeente.nl]
//!                 (--gemeenten bunschoten,roosendaal | --policies dist/policies) [--storing N]
//!   bur-ontvanger --lijst [--database keukentafel.sqlite]   (prints the stored requests and stops)
//!
//! POST /aanvragen takes one request (docs/keukentafel-request.schema.json) for one of the
//! known gemeenten, checks it, stores its idempotency key once and answers
//! `{ "referentie": "KTG-BUNSCHOTEN-000001" }`: 201 the first time, 200 with the same reference
//! for a retry. 400/408/413/415/422 say what was wrong and store nothing. OPTIONS answers the
//! browser's CORS preflight for the allowed origins. `--storing N` answers 500 to the first N
//! requests (tests of the widget's retries). docs/keukentafelgesprek.md has the limits.

use bur_ontvanger::gemeenten::Gemeenten;
use bur_ontvanger::instellingen::{self, GEBRUIK};
use bur_ontvanger::ontvang::Staat;
use bur_ontvanger::opslag::Opslag;
use bur_ontvanger::{lijst, router, server};
use std::process::ExitCode;
use std::sync::atomic::AtomicU32;
use std::sync::{Arc, Mutex};

fn main() -> ExitCode {
    let i = match instellingen::lees(std::env::args().skip(1)) {
        Ok(i) => i,
        Err(e) => return stop(2, &format!("{e}\n{GEBRUIK}")),
    };
    if i.lijst {
        return lijst::toon(&i.database);
    }
    let gemeenten = match Gemeenten::uit(&i.gemeenten, &i.policies) {
        Ok(g) => g,
        Err(e) => return stop(2, &e),
    };
    let opslag = match Opslag::open(&i.database) {
        Ok(o) => o,
        Err(e) => return stop(1, &format!("database {}: {e}", i.database)),
    };
    eprintln!("bur-ontvanger: verzoeken voor {}, in {}", gemeenten.opsomming(), i.database);
    let staat = Arc::new(Staat { opslag: Mutex::new(opslag), gemeenten, storing: AtomicU32::new(i.storing) });
    let app = match router::router(staat, &i.origins) {
        Ok(a) => a,
        Err(e) => return stop(2, &e),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => return stop(1, &format!("tokio: {e}")),
    };
    let uitkomst = runtime.block_on(server::draai(&i.adres, app));
    // Dropping the runtime waits for SQLite writes still running on its blocking threads.
    drop(runtime);
    match uitkomst {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => stop(1, &e),
    }
}

fn stop(code: u8, melding: &str) -> ExitCode {
    eprintln!("bur-ontvanger: {melding}");
    ExitCode::from(code)
}
