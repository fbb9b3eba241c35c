//! `POST /aanvragen`, once its body is in (`lijf.rs`): parsed refusing repeated keys, checked,
//! and stored once per idempotency key. What was checked is what is stored.

use crate::antwoord::{antwoord, fout};
use crate::gemeenten::Gemeenten;
use crate::json_uniek::{self, Onleesbaar};
use crate::opslag::{Opgeslagen, Opslag};
use crate::schema;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

pub struct Staat {
    /// The one writer: the mutex makes "is this key known? store it" one step for all clients.
    pub opslag: Mutex<Opslag>,
    pub gemeenten: Gemeenten,
    /// `--storing N`: how many more POSTs get a simulated 500.
    pub storing: AtomicU32,
}

impl Staat {
    fn storing(&self) -> bool {
        self.storing.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok()
    }

    /// Runs `werk` with the database on a blocking thread, so a slow disk holds no async worker.
    pub async fn met_opslag<T: Send + 'static>(
        self: &Arc<Self>,
        werk: impl FnOnce(&mut Opslag) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, String> {
        let staat = Arc::clone(self);
        let klus = tokio::task::spawn_blocking(move || {
            // A panic while the lock was held rolled its transaction back: the connection is sound.
            let mut opslag = staat.opslag.lock().unwrap_or_else(PoisonError::into_inner);
            werk(&mut opslag).map_err(|e| e.to_string())
        });
        klus.await.map_err(|e| e.to_string())?
    }
}

pub async fn ontvang(State(staat): State<Arc<Staat>>, bytes: Bytes) -> Response {
    if staat.storing() {
        return fout(StatusCode::INTERNAL_SERVER_ERROR, "storing (gesimuleerd)");
    }
    let verzoek = match json_uniek::lees(&bytes) {
        Ok(v) => v,
        Err(Onleesbaar::GeenJson(reden)) => return fout(StatusCode::BAD_REQUEST, reden),
        Err(Onleesbaar::DubbelVeld(pad)) => {
            return fout(StatusCode::UNPROCESSABLE_ENTITY, format!("{pad}: staat meer dan eens in het verzoek"))
        }
    };
    let fouten = fouten(&verzoek, &staat.gemeenten);
    if !fouten.is_empty() {
        return antwoord(StatusCode::UNPROCESSABLE_ENTITY, &json!({ "fouten": fouten }));
    }
    let veld = |naam| verzoek.get(naam).and_then(Value::as_str).unwrap_or_default().to_string();
    let (sleutel, gemeente) = (veld("idempotentie_sleutel"), veld("gemeente"));
    // The value that was checked, written out again: the stored text cannot say anything the
    // check did not see.
    let tekst = verzoek.to_string();
    match staat.met_opslag(move |o| o.bewaar(&sleutel, &gemeente, &tekst)).await {
        Ok(Opgeslagen::Nieuw(r)) => antwoord(StatusCode::CREATED, &json!({ "referentie": r })),
        Ok(Opgeslagen::AlBekend(r)) => antwoord(StatusCode::OK, &json!({ "referentie": r, "al_ontvangen": true })),
        Err(e) => fout(StatusCode::INTERNAL_SERVER_ERROR, format!("opslaan mislukt: {e}")),
    }
}

/// The schema's problems, and a gemeente this receiver does not serve.
fn fouten(verzoek: &Value, gemeenten: &Gemeenten) -> Vec<String> {
    let mut f = schema::controleer(verzoek);
    if let Some(g) = verzoek.get("gemeente").and_then(Value::as_str) {
        if schema::is_gemeente_id(g) && !gemeenten.kent(g) {
            f.push(format!("gemeente: deze ontvanger neemt geen verzoeken aan voor \"{g}\""));
        }
    }
    f
}
