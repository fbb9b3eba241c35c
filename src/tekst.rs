//! Text for people, in the two languages of the widget. Built by the engine so that the CLI,
//! the widget and the printed summary say the same thing.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tekst {
    // A report built for one language leaves the other empty; it is then not written at all.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub nl: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub en: String,
}

/// Which languages an evaluation writes its reasons in. The widget asks for the one it shows:
/// the sentences are most of an evaluation's work and of the report's size. The CLI, the
/// scenarios and the tests take both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Taal {
    #[default]
    Beide,
    Nl,
    En,
}

impl Taal {
    pub fn met_nl(self) -> bool {
        self != Taal::En
    }

    pub fn met_en(self) -> bool {
        self != Taal::Nl
    }

    /// `nl` or `en`; anything else (or nothing) is both.
    pub fn van_code(code: Option<&str>) -> Taal {
        match code {
            Some("nl") => Taal::Nl,
            Some("en") => Taal::En,
            _ => Taal::Beide,
        }
    }
}

/// A text built only in the languages asked for: the sentence of another language is never
/// formatted. `tekst!(ctx, format!(...), format!(...))` with `ctx.taal`.
/// Expanded in place rather than through a generic function with two closures: one such
/// instance per call site was some 8 kB of the WebAssembly module.
macro_rules! tekst {
    ($ctx:expr, $nl:expr, $en:expr $(,)?) => {{
        let taal: $crate::tekst::Taal = $ctx.taal;
        $crate::tekst::Tekst {
            nl: if taal.met_nl() { ($nl).into() } else { String::new() },
            en: if taal.met_en() { ($en).into() } else { String::new() },
        }
    }};
}
pub(crate) use tekst;

impl Tekst {
    pub fn nieuw(nl: impl Into<String>, en: impl Into<String>) -> Tekst {
        Tekst { nl: nl.into(), en: en.into() }
    }

    pub fn kies(taal: Taal, nl: impl FnOnce() -> String, en: impl FnOnce() -> String) -> Tekst {
        match taal {
            Taal::Beide => Tekst { nl: nl(), en: en() },
            Taal::Nl => Tekst { nl: nl(), en: String::new() },
            Taal::En => Tekst { nl: String::new(), en: en() },
        }
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
