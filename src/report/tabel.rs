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
    // By a short fingerprint of each string, then compared in full: a report looks up every
    // source and text it names, and hashing whole policy texts (up to a kilobyte each) took
    // half the time of writing a report.
    bron_id: HashMap<u64, Vec<usize>, AlGemengd>,
    tekst_id: HashMap<u64, Vec<usize>, AlGemengd>,
}

/// The fingerprint is mixed already: the map uses it as its hash as it is (SipHash over it
/// again was a twentieth of writing a report).
type AlGemengd = std::hash::BuildHasherDefault<Doorgeven>;

#[derive(Default)]
struct Doorgeven(u64);

impl std::hash::Hasher for Doorgeven {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here (write_u64); this keeps any other key correct.
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The length and the first and last 16 bytes, mixed: cheap (four loads), and different for the
/// strings of one policy almost always (a clash only costs a comparison).
fn vingerafdruk(t: &str) -> u64 {
    let b = t.as_bytes();
    let woord = |van: usize| -> u64 {
        let mut w = [0u8; 8];
        for (i, x) in b.iter().skip(van).take(8).enumerate() {
            if let Some(plek) = w.get_mut(i) {
                *plek = *x;
            }
        }
        u64::from_le_bytes(w)
    };
    let eind = b.len().saturating_sub(16);
    [woord(0), woord(8), woord(eind), woord(eind + 8)]
        .into_iter()
        .fold(b.len() as u64, |h, w| (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29))
}

impl Teksttabel {
    /// Every string under a `bron` key, and every `{ nl, en }` text, of a compiled policy.
    pub fn uit_json(policy: &Value) -> Teksttabel {
        let mut t = Teksttabel::default();
        t.verzamel(policy);
        t
    }

    pub fn bron(&self, bron: &str) -> Option<usize> {
        let ids = self.bron_id.get(&vingerafdruk(bron))?;
        ids.iter().copied().find(|i| self.bronnen.get(*i).is_some_and(|b| b == bron))
    }

    pub fn tekst(&self, tekst: &Tekst) -> Option<usize> {
        let ids = self.tekst_id.get(&vingerafdruk(&tekst.nl))?;
        ids.iter().copied().find(|i| self.teksten.get(*i) == Some(tekst))
    }

    fn verzamel(&mut self, waarde: &Value) {
        match waarde {
            Value::Object(m) => {
                if let Some(tekst) = als_tekst(m) {
                    if self.tekst(&tekst).is_none() {
                        self.tekst_id.entry(vingerafdruk(&tekst.nl)).or_default().push(self.teksten.len());
                        self.teksten.push(tekst);
                    }
                    return;
                }
                for (sleutel, w) in m {
                    match (sleutel.as_str(), w) {
                        // A document the policy refers to for an amount is a source too.
                        ("bron" | "document", Value::String(b)) => {
                            if self.bron(b).is_none() {
                                self.bron_id.entry(vingerafdruk(b)).or_default().push(self.bronnen.len());
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
