//! Every answer is JSON: the widget shows `fouten` to the inwoner, whatever went wrong.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub fn antwoord(status: StatusCode, body: &Value) -> Response {
    let kop = [(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"))];
    (status, kop, body.to_string()).into_response()
}

/// `{"fouten": [reden]}`: one reason, in words for the inwoner.
pub fn fout(status: StatusCode, reden: impl Into<String>) -> Response {
    antwoord(status, &json!({ "fouten": [reden.into()] }))
}
