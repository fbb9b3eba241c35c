//! Calendar dates without a clock: the peildatum and the validity of norms and rules.
//! The engine never asks what day it is; callers pass the date in.

use serde::{Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    jaar: u16,
    maand: u8,
    dag: u8,
}

impl Datum {
    /// A real calendar date between the years 1900 and 2200, else `None`.
    pub fn nieuw(jaar: i64, maand: i64, dag: i64) -> Option<Datum> {
        if !(1900..=2200).contains(&jaar) || !(1..=12).contains(&maand) || dag < 1 {
            return None;
        }
        let jaar = u16::try_from(jaar).ok()?;
        let maand = u8::try_from(maand).ok()?;
        if dag > i64::from(dagen_in_maand(jaar, maand)) {
            return None;
        }
        Some(Datum { jaar, maand, dag: u8::try_from(dag).ok()? })
    }

    /// Parses `JJJJ-MM-DD`.
    pub fn parse(tekst: &str) -> Option<Datum> {
        let mut delen = tekst.trim().splitn(3, '-');
        let jaar = delen.next()?;
        let maand = delen.next()?;
        let dag = delen.next()?;
        if jaar.len() != 4 || maand.len() != 2 || dag.len() != 2 {
            return None;
        }
        Datum::nieuw(jaar.parse().ok()?, maand.parse().ok()?, dag.parse().ok()?)
    }

    pub fn jaar(self) -> u16 {
        self.jaar
    }

    pub fn maand(self) -> u8 {
        self.maand
    }

    pub fn dag(self) -> u8 {
        self.dag
    }

    /// 1 January of this date's year.
    pub fn begin_van_jaar(self) -> Datum {
        Datum { jaar: self.jaar, maand: 1, dag: 1 }
    }

    /// The first 1 January or 1 July strictly after this date: the next regular indexation of
    /// the bijstandsnormen.
    pub fn volgende_indexatiedatum(self) -> Datum {
        if self.maand < 7 {
            Datum { jaar: self.jaar, maand: 7, dag: 1 }
        } else {
            Datum { jaar: self.jaar.saturating_add(1), maand: 1, dag: 1 }
        }
    }
}

fn dagen_in_maand(jaar: u16, maand: u8) -> u8 {
    match maand {
        2 if jaar.is_multiple_of(4) && (!jaar.is_multiple_of(100) || jaar.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

impl Serialize for Datum {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Datum::parse("2025-09-15").unwrap().to_string(), "2025-09-15");
        assert!(Datum::parse("2024-02-29").is_some());
        assert!(Datum::parse("2025-02-29").is_none());
        assert!(Datum::parse("2025-13-01").is_none());
        assert!(Datum::parse("15-09-2025").is_none());
        assert!(Datum::parse("").is_none());
        assert!(Datum::parse("2025-9-15").is_none());
    }

    #[test]
    fn next_indexation_is_1_january_or_1_july() {
        let d = |s| Datum::parse(s).unwrap();
        assert_eq!(d("2025-07-01").volgende_indexatiedatum(), d("2026-01-01"));
        assert_eq!(d("2025-06-30").volgende_indexatiedatum(), d("2025-07-01"));
        assert_eq!(d("2025-01-01").volgende_indexatiedatum(), d("2025-07-01"));
    }
}
