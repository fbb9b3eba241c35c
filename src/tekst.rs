//! Text for people, in the two languages of the widget. Built by the engine so that the CLI,
//! the widget and the printed summary say the same thing.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tekst {
    pub nl: String,
    pub en: String,
}

impl Tekst {
    pub fn nieuw(nl: impl Into<String>, en: impl Into<String>) -> Tekst {
        Tekst { nl: nl.into(), en: en.into() }
    }

    /// Joins two texts with a space, language by language.
    pub fn en_dan(mut self, verder: &Tekst) -> Tekst {
        for (doel, extra) in [(&mut self.nl, &verder.nl), (&mut self.en, &verder.en)] {
            if !extra.is_empty() {
                if !doel.is_empty() {
                    doel.push(' ');
                }
                doel.push_str(extra);
            }
        }
        self
    }
}
