//! The static texts of a policy by number: its sources (`bron`, and the `document` an amount or
//! draagkracht is left to) and its texts for people
//! (naam, omschrijving, toelichtingen), handed to the widget once by `loadPolicy`, so that a
//! report names them by id instead of copying them into every evaluation.
//!
//! Built from the compiled policy (the JSON `bur json` writes and the browser reads), in the
//! order of that file, so the native and the browser side number alike. A text the table does
//! not hold (none should) is written out in full by `json.rs` rather than lost.

use crate::tekst::Tekst;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Teksttabel {
    pub bronnen: Vec<String>,
    pub teksten: Vec<Tekst>,
    bron_id: HashMap<String, usize>,
    tekst_id: HashMap<Tekst, usize>,
}

impl Teksttabel {
    /// Every string under a `bron` key, and every `{ nl, en }` text, of a compiled policy.
    pub fn uit_json(policy: &Value) -> Teksttabel {
        let mut t = Teksttabel::default();
        t.verzamel(policy);
        t
    }

    pub fn bron(&self, bron: &str) -> Option<usize> {
        self.bron_id.get(bron).copied()
    }

    pub fn tekst(&self, tekst: &Tekst) -> Option<usize> {
        self.tekst_id.get(tekst).copied()
    }

    fn verzamel(&mut self, waarde: &Value) {
        match waarde {
            Value::Object(m) => {
                if let Some(tekst) = als_tekst(m) {
                    if !self.tekst_id.contains_key(&tekst) {
                        self.tekst_id.insert(tekst.clone(), self.teksten.len());
                        self.teksten.push(tekst);
                    }
                    return;
                }
                for (sleutel, w) in m {
                    match (sleutel.as_str(), w) {
                        // A document the policy refers to for an amount is a source too.
                        ("bron" | "document", Value::String(b)) => {
                            if !self.bron_id.contains_key(b) {
                                self.bron_id.insert(b.clone(), self.bronnen.len());
                                self.bronnen.push(b.clone());
                            }
                        }
                        _ => self.verzamel(w),
                    }
                }
            }
            Value::Array(l) => l.iter().for_each(|w| self.verzamel(w)),
            _ => {}
        }
    }
}

/// `{ "nl": "...", "en": "..." }` (English optional) is a text for people.
fn als_tekst(m: &serde_json::Map<String, Value>) -> Option<Tekst> {
    let nl = m.get("nl")?.as_str()?;
    let en = match m.get("en") {
        Some(Value::String(e)) => e.as_str(),
        None => "",
        Some(_) => return None,
    };
    (m.len() == 1 + usize::from(m.contains_key("en"))).then(|| Tekst::nieuw(nl, en))
}
