//! A derived fact and the answers it rests on: its value, or why there is none, plus the
//! questions it read. Evaluation threads these through so that a `misschien` can name the
//! missing questions and the widget asks only questions that some conclusion reads.

use crate::questions::Vragen;
use crate::uitleg::Bericht;

#[derive(Clone, Debug, PartialEq)]
pub enum Onbepaald {
    /// These questions are not answered yet.
    Ontbreekt(Vragen),
    /// The answers cannot decide it (no norm under 18, AOW-leeftijd in months): why, in words.
    Onbekend(Bericht),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Feit<T> {
    pub waarde: Result<T, Onbepaald>,
    pub gelezen: Vragen,
}

impl<T> Feit<T> {
    pub fn bekend(waarde: T, gelezen: Vragen) -> Feit<T> {
        Feit { waarde: Ok(waarde), gelezen }
    }

    pub fn ontbreekt(ontbrekend: Vragen, gelezen: Vragen) -> Feit<T> {
        Feit { waarde: Err(Onbepaald::Ontbreekt(ontbrekend)), gelezen: gelezen.en(ontbrekend) }
    }

    pub fn onbekend(reden: Bericht, gelezen: Vragen) -> Feit<T> {
        Feit { waarde: Err(Onbepaald::Onbekend(reden)), gelezen }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Feit<U> {
        Feit { waarde: self.waarde.map(f), gelezen: self.gelezen }
    }

    /// Also read `meer`.
    #[must_use]
    pub fn las_ook(mut self, meer: Vragen) -> Feit<T> {
        self.gelezen = self.gelezen.en(meer);
        self
    }

    pub fn ok(&self) -> Option<&T> {
        self.waarde.as_ref().ok()
    }
}

/// The questions missing for any of these, together.
pub fn ontbrekend(delen: &[&Onbepaald]) -> Vragen {
    delen.iter().fold(Vragen::GEEN, |set, o| match o {
        Onbepaald::Ontbreekt(v) => set.en(*v),
        Onbepaald::Onbekend(_) => set,
    })
}

/// The missing questions of several facts together; an `Onbekend` wins over missing answers
/// only when nothing is missing (answering first, then judging, is the order a person takes).
pub fn samen(delen: &[&Onbepaald]) -> Onbepaald {
    let ontbrekend = ontbrekend(delen);
    if !ontbrekend.is_leeg() {
        return Onbepaald::Ontbreekt(ontbrekend);
    }
    delen
        .iter()
        .find_map(|o| match o {
            Onbepaald::Onbekend(t) => Some(Onbepaald::Onbekend(t.clone())),
            Onbepaald::Ontbreekt(_) => None,
        })
        .unwrap_or(Onbepaald::Ontbreekt(Vragen::GEEN))
}
