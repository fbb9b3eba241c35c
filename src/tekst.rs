//! A text of a policy file for people (a naam, a toelichting), in Dutch and English. The
//! engine's own sentences are messages of the catalogs (`uitleg.rs`), not texts.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tekst {
    // A report built for one language leaves the other empty; it is then not written at all.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub nl: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Tekst {
    pub fn nieuw(nl: impl Into<String>, en: impl Into<String>) -> Tekst {
        Tekst { nl: nl.into(), en: en.into() }
    }
}
