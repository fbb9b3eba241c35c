//! A bad answer: which field, what is wrong, and what is allowed, in words an inwoner reads.

use crate::tekst::Tekst;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Veldfout {
    /// The answer field, as a path: `aanvrager.leeftijd`, `kinderen[1].leeftijd`.
    pub veld: String,
    /// A stable code the widget may use to choose its own words.
    pub code: &'static str,
    pub bericht: Tekst,
}

impl Veldfout {
    pub fn nieuw(veld: &str, code: &'static str, nl: String, en: String) -> Veldfout {
        Veldfout { veld: veld.to_string(), code, bericht: Tekst { nl, en } }
    }

    pub fn geen_json(detail: &str) -> Veldfout {
        Veldfout::nieuw(
            "",
            "geen_json",
            format!("De antwoorden zijn geen geldige JSON: {detail}"),
            format!("The answers are not valid JSON: {detail}"),
        )
    }
}

impl std::fmt::Display for Veldfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.veld.is_empty() {
            write!(f, "{}", self.bericht.nl)
        } else {
            write!(f, "{}: {}", self.veld, self.bericht.nl)
        }
    }
}
