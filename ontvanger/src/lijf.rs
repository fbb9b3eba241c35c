//! The body of a `POST /aanvragen`, read before the request takes one of the
//! `MAX_IN_BEHANDELING` turns: a client that sends slowly, or stops, then holds only its own
//! connection, never a turn another client needs. The cheap refusals come first (Content-Type,
//! the declared length), so a hostile body is neither read nor allocated; what is read has a
//! limit and a deadline.

use crate::antwoord::fout;
use crate::schema::MAX_BYTES;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use std::time::Duration;

/// How long a client may take to send its headers, and then its body. A client that declares a
/// body and stalls gets 408 after this.
pub const LEESTIJD: Duration = Duration::from_secs(10);

pub async fn lees(request: Request, next: Next) -> Response {
    let (kop, body) = request.into_parts();
    if !is_json(&kop.headers) {
        return fout(StatusCode::UNSUPPORTED_MEDIA_TYPE, "het verzoek moet Content-Type: application/json hebben");
    }
    let te_groot = || fout(StatusCode::PAYLOAD_TOO_LARGE, format!("het verzoek is groter dan {MAX_BYTES} bytes"));
    if gemelde_lengte(&kop.headers).is_some_and(|n| n > MAX_BYTES as u64) {
        return te_groot();
    }
    let bytes = match tokio::time::timeout(LEESTIJD, Limited::new(body, MAX_BYTES).collect()).await {
        Err(_) => return fout(StatusCode::REQUEST_TIMEOUT, "het verzoek kwam niet op tijd binnen"),
        Ok(Err(e)) if e.is::<LengthLimitError>() => return te_groot(),
        Ok(Err(_)) => return fout(StatusCode::BAD_REQUEST, "het verzoek kwam niet heel binnen"),
        Ok(Ok(c)) => c.to_bytes(),
    };
    next.run(Request::from_parts(kop, Body::from(bytes))).await
}

/// `application/json`, with parameters (`; charset=utf-8`) or without, in any case.
fn is_json(kop: &HeaderMap) -> bool {
    let soort = kop.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    soort.split(';').next().is_some_and(|s| s.trim().eq_ignore_ascii_case("application/json"))
}

fn gemelde_lengte(kop: &HeaderMap) -> Option<u64> {
    kop.get(header::CONTENT_LENGTH)?.to_str().ok()?.trim().parse().ok()
}
