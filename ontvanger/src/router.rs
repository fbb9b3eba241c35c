//! The routes and the layers every request passes: each within `VERZOEKTIJD`, none cached; at
//! most `MAX_IN_BEHANDELING` handled at once, counted from when the body is in; CORS on
//! `/aanvragen` for the `--origin` list.

use crate::antwoord::{antwoord, fout};
use crate::lijf;
use crate::ontvang::{ontvang, Staat};
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{from_fn, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// Requests handled at once; more wait for a turn. A turn is taken once the body has arrived
/// (`lijf::lees`), and its work is a parse and one short SQLite transaction, so a turn comes
/// quickly and a slow client cannot keep one.
pub const MAX_IN_BEHANDELING: usize = 64;

/// The most one request may take, waiting for a turn included: 408 after that. The body has
/// its own, shorter deadline (`lijf::LEESTIJD`).
pub const VERZOEKTIJD: Duration = Duration::from_secs(20);

pub fn router(staat: Arc<Staat>, origins: &[String]) -> Result<Router, String> {
    let beurt = GlobalConcurrencyLimitLayer::new(MAX_IN_BEHANDELING);
    let aanvragen = post(ontvang.layer(beurt.clone()))
        .route_layer(from_fn(lijf::lees))
        .fallback(|| async { niet_toegestaan("POST") })
        .layer(cors(origins)?)
        .layer(from_fn(preflight_204));
    let gezondheid = get(gezondheid.layer(beurt)).fallback(|| async { niet_toegestaan("GET") });
    Ok(Router::new()
        .route("/aanvragen", aanvragen)
        .route("/gezondheid", gezondheid)
        .fallback(|| async { fout(StatusCode::NOT_FOUND, "niet gevonden") })
        .with_state(staat)
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, VERZOEKTIJD))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))))
}

/// The browser's preflight and the answers it reads: only the listed origins, or any with `*`
/// (the request's own origin is sent back, as a page on any site may send).
fn cors(origins: &[String]) -> Result<CorsLayer, String> {
    let toegestaan = if origins.iter().any(|o| o == "*") {
        AllowOrigin::mirror_request()
    } else {
        let waarden = origins
            .iter()
            .map(|o| HeaderValue::from_str(o).map_err(|_| format!("--origin: \"{o}\" is geen origin")))
            .collect::<Result<Vec<_>, _>>()?;
        AllowOrigin::list(waarden)
    };
    Ok(CorsLayer::new()
        .allow_origin(toegestaan)
        .allow_methods([Method::POST, Method::OPTIONS])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(600)))
}

/// The CORS layer answers a preflight 200 with no body; 204 says "no content" as it is.
async fn preflight_204(request: Request, next: Next) -> Response {
    let preflight = request.method() == Method::OPTIONS;
    let mut r = next.run(request).await;
    if preflight && r.status() == StatusCode::OK {
        *r.status_mut() = StatusCode::NO_CONTENT;
    }
    r
}

fn niet_toegestaan(methode: &'static str) -> Response {
    let mut r = fout(StatusCode::METHOD_NOT_ALLOWED, format!("alleen {methode}"));
    r.headers_mut().insert(header::ALLOW, HeaderValue::from_static(methode));
    r
}

async fn gezondheid(State(staat): State<Arc<Staat>>) -> Response {
    match staat.met_opslag(|o| o.aantal()).await {
        Ok(n) => antwoord(StatusCode::OK, &json!({ "aantal": n })),
        Err(e) => fout(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}
