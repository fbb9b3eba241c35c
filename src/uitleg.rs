//! What the engine says, as data: a message of the catalogs (`locales/<taal>/*.ftl`) and its
//! arguments. No sentence is built while evaluating; the CLI (`catalogus.rs`) and the widget
//! (`www/uitleg.js`) put a `Bericht` into words in the language shown, from the same files.
//!
//! In the compact JSON for the widget a message is `"sleutel"` or `["sleutel", arg, ...]`: the
//! arguments by position, in the name order of the Dutch message's placeholders (the widget
//! gets those names from `plaatshouders.json`, which `bur catalogus` writes; the scenario runner
//! checks that every message gets exactly those names). An argument says its kind by its first
//! character, so both renderers format it the same way: `"€1700.00"` an amount, `"%88.2"` a
//! percentage, `"@2026-07-01"` a date, `"=..."` a value said as it is (what was typed), `"#12"` a
//! text and `"^3"` a source document of the policy (by their ids from `loadPolicy`), a number a
//! count (for plurals), an array a list of messages, any other string a word for a selector
//! (`[partner]`, `[gehuwden]`).

use crate::datum::Datum;
use crate::tekst::Tekst;
use rust_decimal::Decimal;
use std::sync::Arc;

/// One message: its key in the catalogs and its named arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Bericht {
    pub sleutel: Sleutel,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message key and its number: its place among the keys of the engine's parts of the Dutch
/// catalog (`SLEUTELS`; the parts not in the report, such as the widget's own words and the
/// docs' beschrijving, are not numbered), which is how the compact report names it. Made only
/// by `sleutel!` or `zin!` (numbered), or `docs_zin!` (`GEEN_NUMMER`), at compile time: a key
/// the Dutch catalog lacks does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sleutel {
    pub naam: &'static str,
    pub nummer: u16,
}

// `SLEUTELS`: the keys of the engine's parts of the Dutch catalog, sorted, and
// `NIET_GENUMMERD`: those of the parts not in the report (build.rs).
include!(concat!(env!("OUT_DIR"), "/sleutels.rs"));

/// The number of a message that never goes into a report (`docs_zin!`).
pub const GEEN_NUMMER: u16 = u16::MAX;

impl Sleutel {
    /// The key with its number among the numbered parts, or `None`. For `sleutel!`, which
    /// asks it in a `const`, so that a missing key fails the build.
    #[doc(hidden)]
    pub const fn genummerd(naam: &'static str) -> Option<Sleutel> {
        match plek(&SLEUTELS, naam) {
            #[allow(clippy::cast_possible_truncation)] // SLEUTELS has a few hundred keys
            Some(i) => Some(Sleutel { naam, nummer: i as u16 }),
            None => None,
        }
    }

    /// A key of the Dutch catalog's parts that are not numbered for the report
    /// (`catalogus_bestanden::NIET_IN_RAPPORT`), or `None`. For `docs_sleutel!`, as above.
    #[doc(hidden)]
    pub const fn buiten_rapport(naam: &'static str) -> Option<Sleutel> {
        match plek(&NIET_GENUMMERD, naam) {
            Some(_) => Some(Sleutel { naam, nummer: GEEN_NUMMER }),
            None => None,
        }
    }
}

/// `bij_compileren!(Sleutel::genummerd("x"), "x")`: the key, found while compiling. The one
/// `panic!` of the engine that can never run in a program: it sits in a `const`, so a key the
/// catalog lacks is a build error naming it.
#[doc(hidden)]
#[macro_export]
macro_rules! bij_compileren {
    ($gevonden:expr, $naam:literal) => {{
        #[allow(clippy::panic)]
        const S: $crate::uitleg::Sleutel = match $gevonden {
            Some(s) => s,
            None => panic!(concat!("bericht '", $naam, "' staat niet in dat deel van locales/nl")),
        };
        S
    }};
}

/// Where `naam` is in `lijst`, at compile time.
#[allow(clippy::indexing_slicing)]
const fn plek(lijst: &[&str], naam: &str) -> Option<usize> {
    let mut i = 0;
    while i < lijst.len() {
        if gelijk(lijst[i], naam) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[allow(clippy::indexing_slicing)]
const fn gelijk(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `sleutel!("janee-student-ja")`: the key with its number, checked while compiling.
macro_rules! sleutel {
    ($naam:literal) => {
        $crate::bij_compileren!($crate::uitleg::Sleutel::genummerd($naam), $naam)
    };
}
pub(crate) use sleutel;

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Euro(Decimal),
    Procent(Decimal),
    Getal(i64),
    Datum(Datum),
    /// A selector value or an id: `partner`, `gehuwden`, a question id.
    Woord(&'static str),
    /// A text of the policy file (naam, toelichting), in the languages it has.
    Tekst(Arc<Tekst>),
    /// Messages said as one list: "uw leeftijd, uw inkomen en uw vermogen".
    Lijst(Vec<Bericht>),
    /// A value said as it is: a field name, what was typed.
    Letterlijk(String),
    /// A document of the policy, as its `bron` names it ("Nadere regels ... (art. 7.2 lid 4)").
    Bron(String),
}

pub fn euro(bedrag: Decimal) -> Arg {
    Arg::Euro(bedrag)
}

pub fn procent(procent: Decimal) -> Arg {
    Arg::Procent(procent)
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Getal(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Getal(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Getal(n)
    }
}

impl From<Datum> for Arg {
    fn from(d: Datum) -> Arg {
        Arg::Datum(d)
    }
}

impl From<&'static str> for Arg {
    fn from(w: &'static str) -> Arg {
        Arg::Woord(w)
    }
}

impl From<Arc<Tekst>> for Arg {
    fn from(t: Arc<Tekst>) -> Arg {
        Arg::Tekst(t)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Letterlijk(s)
    }
}

impl From<Vec<Bericht>> for Arg {
    fn from(l: Vec<Bericht>) -> Arg {
        Arg::Lijst(l)
    }
}

impl Bericht {
    /// A message without arguments.
    pub const fn kaal(sleutel: Sleutel) -> Bericht {
        Bericht { sleutel, args: Vec::new() }
    }

    pub fn arg(&self, naam: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == naam).map(|(_, a)| a)
    }
}

/// `zin!("sleutel", naam = waarde, ...)`: a message with its arguments. The key is checked
/// against the Dutch catalog while compiling (`sleutel!`), the names by the scenario runner.
macro_rules! zin {
    ($sleutel:literal $(, $naam:ident = $waarde:expr)* $(,)?) => {
        $crate::uitleg::Bericht {
            sleutel: $crate::uitleg::sleutel!($sleutel),
            args: vec![$((stringify!($naam), $crate::uitleg::Arg::from($waarde))),*],
        }
    };
}
pub(crate) use zin;

/// `docs_zin!("sleutel", naam = waarde, ...)`: a message outside the report (the regelingen
/// overview of `bur docs`), whose key is in a part of the catalogs that is not numbered
/// (`catalogus_bestanden::NIET_IN_RAPPORT`, such as `beschrijving.ftl`). The key is checked against the
/// Dutch catalog while compiling; its number is `GEEN_NUMMER`, so it never goes into a report.
#[macro_export]
macro_rules! docs_zin {
    ($sleutel:literal $(, $naam:ident = $waarde:expr)* $(,)?) => {
        $crate::uitleg::Bericht {
            sleutel: $crate::docs_sleutel!($sleutel),
            args: vec![$((stringify!($naam), $crate::uitleg::Arg::from($waarde))),*],
        }
    };
}

/// `docs_sleutel!("beschrijving-reeks-of")`: a key outside the report, checked while compiling.
#[macro_export]
macro_rules! docs_sleutel {
    ($naam:literal) => {
        $crate::bij_compileren!($crate::uitleg::Sleutel::buiten_rapport($naam), $naam)
    };
}
