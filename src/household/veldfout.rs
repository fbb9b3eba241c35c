//! A bad answer: which field, what is wrong, and what is allowed, as a message of the catalogs
//! (`locales/<taal>/fouten.ftl`) that an inwoner reads in the language shown.

use crate::uitleg::{zin, Arg, Bericht};

#[derive(Clone, Debug, PartialEq)]
pub struct Veldfout {
    /// The answer field, as a path: `aanvrager.leeftijd`, `kinderen[1].leeftijd`.
    pub veld: String,
    /// A stable code the widget may use to choose its own words.
    pub code: &'static str,
    /// What is wrong, in words once rendered: `fout-...`, the field's name (`veld-...`) as its
    /// argument `veld`.
    pub bericht: Bericht,
}

impl Veldfout {
    pub fn nieuw(veld: &str, code: &'static str, bericht: Bericht) -> Veldfout {
        Veldfout { veld: veld.to_string(), code, bericht }
    }

    pub fn te_groot() -> Veldfout {
        Veldfout::nieuw("", "te_groot", zin!("fout-antwoorden-te-groot", max = super::parse::MAX_ANTWOORDEN_BYTES))
    }

    pub fn geen_json(detail: &str) -> Veldfout {
        Veldfout::nieuw("", "geen_json", zin!("fout-geen-json", detail = detail.to_string()))
    }
}

/// Without the catalogs (the WebAssembly module has none): the field, the code and what was
/// typed or suggested, e.g. `aanvrager.leeftyd: onbekend_veld (naam 'leeftyd', suggestie 'leeftijd')`.
impl std::fmt::Display for Veldfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.veld.is_empty() {
            write!(f, "{}: ", self.veld)?;
        }
        write!(f, "{}", self.code)?;
        let letterlijk: Vec<String> = self
            .bericht
            .args
            .iter()
            .filter_map(|(naam, a)| match a {
                Arg::Letterlijk(s) => Some(format!("{naam} '{s}'")),
                _ => None,
            })
            .collect();
        if !letterlijk.is_empty() {
            write!(f, " ({})", letterlijk.join(", "))?;
        }
        Ok(())
    }
}
