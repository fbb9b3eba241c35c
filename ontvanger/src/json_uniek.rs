//! Reads a request's JSON, refusing a key that occurs twice in one object, at any depth.
//! serde_json keeps the last of two equal keys, while another reader of the stored text (a
//! case system's `json_extract`, a person) may see the first: the validator and the case system
//! would then disagree about what the inwoner sent, `toestemming` above all.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

/// Why a body is not a request we can read.
#[derive(Debug, PartialEq)]
pub enum Onleesbaar {
    /// Not UTF-8, or not JSON: the reason in words.
    GeenJson(String),
    /// The path of the first key that occurs twice in its object, e.g. `contact.naam`.
    DubbelVeld(String),
}

/// The body as one JSON value, provided it is UTF-8 JSON with every key once per object.
pub fn lees(bytes: &[u8]) -> Result<Value, Onleesbaar> {
    let tekst =
        std::str::from_utf8(bytes).map_err(|_| Onleesbaar::GeenJson("het verzoek is geen UTF-8 tekst".into()))?;
    let geen_json = |e: serde_json::Error| Onleesbaar::GeenJson(format!("geen geldige JSON: {e}"));
    // First pass: only the keys, so the check does not depend on how serde_json builds a Value
    // (its arbitrary_precision numbers arrive at a visitor as one-key maps, which pass here).
    let mut de = serde_json::Deserializer::from_str(tekst);
    let dubbel = Uniek { pad: "" }.deserialize(&mut de).map_err(geen_json)?;
    de.end().map_err(geen_json)?;
    if let Some(pad) = dubbel {
        return Err(Onleesbaar::DubbelVeld(pad));
    }
    serde_json::from_str(tekst).map_err(geen_json)
}

/// Walks one value; its result is the path of the first repeated key in it, if any.
struct Uniek<'p> {
    pad: &'p str,
}

impl<'de> DeserializeSeed<'de> for Uniek<'_> {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Uniek<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut eerste = None;
        let mut i = 0usize;
        loop {
            let pad = format!("{}[{i}]", self.pad);
            match seq.next_element_seed(Uniek { pad: &pad })? {
                None => return Ok(eerste),
                Some(gevonden) => eerste = eerste.or(gevonden),
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut gezien = HashSet::new();
        let mut eerste = None;
        while let Some(sleutel) = map.next_key::<String>()? {
            let pad = if self.pad.is_empty() { sleutel.clone() } else { format!("{}.{sleutel}", self.pad) };
            if eerste.is_some() {
                // One repeated key refuses the request; the rest need only be valid JSON.
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if !gezien.insert(sleutel) {
                eerste = Some(pad.clone());
            }
            let gevonden = map.next_value_seed(Uniek { pad: &pad })?;
            eerste = eerste.or(gevonden);
        }
        Ok(eerste)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dubbel(s: &str) -> Option<String> {
        match lees(s.as_bytes()) {
            Err(Onleesbaar::DubbelVeld(p)) => Some(p),
            _ => None,
        }
    }

    #[test]
    fn a_repeated_key_is_named_by_its_path_at_any_depth() {
        assert_eq!(dubbel(r#"{"toestemming": true, "toestemming": false}"#).as_deref(), Some("toestemming"));
        assert_eq!(dubbel(r#"{"contact": {"naam": "a", "naam": "b"}}"#).as_deref(), Some("contact.naam"));
        assert_eq!(dubbel(r#"{"u": {"r": [{"id": 1}, {"id": 2, "id": 3}]}}"#).as_deref(), Some("u.r[1].id"));
        // An escape spells the same key: JSON compares keys after unescaping.
        assert_eq!(dubbel(r#"{"a": 1, "\u0061": 2}"#).as_deref(), Some("a"));
    }

    #[test]
    fn equal_keys_in_different_objects_are_fine_and_the_value_is_whole() {
        let v = lees(r#"{"a": {"x": 1.50}, "b": {"x": [true, null, "s", -3]}}"#.as_bytes()).ok();
        assert_eq!(v.map(|v| v.to_string()).as_deref(), Some(r#"{"a":{"x":1.50},"b":{"x":[true,null,"s",-3]}}"#));
    }

    #[test]
    fn broken_json_and_bytes_that_are_not_utf8_are_no_json() {
        assert!(matches!(lees(b"{\"a\": "), Err(Onleesbaar::GeenJson(_))));
        assert!(matches!(lees(b"{} {}"), Err(Onleesbaar::GeenJson(_))));
        assert!(matches!(lees(b"{\"a\": \"\xff\"}"), Err(Onleesbaar::GeenJson(_))));
    }
}
