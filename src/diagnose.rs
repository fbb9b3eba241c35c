//! A problem in a policy or norms file, located so that policy staff can find and fix it:
//! file, regeling, field, what is wrong and, for a typo, the nearest valid name.

use serde::Serialize;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnose {
    /// A stable code, for tests and tools.
    pub code: &'static str,
    pub bestand: String,
    /// The regeling's id, when the problem is inside one.
    pub regeling: Option<String>,
    /// The field, as a path inside the file or the regeling: `voorwaarde[1].max_procent`.
    pub veld: String,
    pub bericht: String,
}

impl fmt::Display for Diagnose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.bestand)?;
        if let Some(r) = &self.regeling {
            write!(f, ": regeling '{r}'")?;
        }
        if !self.veld.is_empty() {
            write!(f, ": {}", self.veld)?;
        }
        write!(f, ": {} [{}]", self.bericht, self.code)
    }
}

/// Collects the diagnostics of one file, so every check can add to the same list.
pub struct Diagnoses<'a> {
    pub bestand: &'a str,
    pub lijst: Vec<Diagnose>,
}

impl<'a> Diagnoses<'a> {
    pub fn nieuw(bestand: &'a str) -> Diagnoses<'a> {
        Diagnoses { bestand, lijst: Vec::new() }
    }

    pub fn fout(
        &mut self,
        code: &'static str,
        regeling: Option<&str>,
        veld: impl Into<String>,
        bericht: impl Into<String>,
    ) {
        self.lijst.push(Diagnose {
            code,
            bestand: self.bestand.to_string(),
            regeling: regeling.map(str::to_string),
            veld: veld.into(),
            bericht: bericht.into(),
        });
    }

    pub fn is_leeg(&self) -> bool {
        self.lijst.is_empty()
    }
}
