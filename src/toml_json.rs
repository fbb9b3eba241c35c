//! TOML, as policy staff write it, to the JSON the engine reads on every platform. Dates become
//! their text (`2025-07-01`); a float stays a JSON number so that the reader can refuse it with
//! the field's name. Shared by `build.rs` (the built-in national files) and `bur json`.

use serde_json::{Map, Number, Value};

pub fn naar_json(waarde: toml::Value) -> Value {
    match waarde {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::Number(Number::from(i)),
        // NaN and infinity have no JSON number; as text they fail as "geen getal".
        toml::Value::Float(f) => Number::from_f64(f).map_or_else(|| Value::String(f.to_string()), Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(lijst) => Value::Array(lijst.into_iter().map(naar_json).collect()),
        toml::Value::Table(tabel) => Value::Object(tabel_naar_json(tabel)),
    }
}

pub fn tabel_naar_json(tabel: toml::Table) -> Map<String, Value> {
    tabel.into_iter().map(|(k, w)| (k, naar_json(w))).collect()
}
