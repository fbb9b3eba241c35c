//! Money and percentages: `rust_decimal` only, and every rounding the rules know, in one place.
//!
//! The three kinds of number (docs/household-and-scenarios.md): a derived *norm* is rounded to
//! cents when it is derived; a *limit* (a percentage of a norm) is never rounded; a *result*
//! is rounded to cents at the end, unless its rule names its own rounding.

use rust_decimal::{Decimal, RoundingStrategy};

/// The largest amount a household can plausibly report; larger is a typing error.
/// Bounded inputs also keep every product below `Decimal`'s range, so arithmetic cannot overflow.
pub const MAX_BEDRAG: Decimal = Decimal::from_parts(10_000_000, 0, 0, false, 0);

pub const HONDERD: Decimal = Decimal::ONE_HUNDRED;

/// A norm or a result to whole cents, half away from zero.
pub fn afronden_op_centen(bedrag: Decimal) -> Decimal {
    bedrag.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Up to whole euros (the individuele inkomenstoeslag, 002 art. 7.4.3).
pub fn afronden_op_hele_euros_omhoog(bedrag: Decimal) -> Decimal {
    bedrag.ceil()
}

/// Down to whole cents: the highest cent amount that is still within a limit.
pub fn afronden_op_centen_omlaag(bedrag: Decimal) -> Decimal {
    bedrag.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity)
}

/// A percentage shown on the report: one decimal, half away from zero.
pub fn afronden_procent(procent: Decimal) -> Decimal {
    procent.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// `procent` percent of `bedrag`, at full precision (a limit: not rounded).
pub fn procent_van(bedrag: Decimal, procent: Decimal) -> Decimal {
    bedrag * procent / HONDERD
}

/// `deel` as a percentage of `geheel`; `None` when `geheel` is not positive.
pub fn als_procent_van(deel: Decimal, geheel: Decimal) -> Option<Decimal> {
    if geheel <= Decimal::ZERO {
        return None;
    }
    deel.checked_mul(HONDERD)?.checked_div(geheel)
}

/// Dutch notation for an inwoner, always with cents: `€ 1.300,61`, `€ 739,00`; a no-break
/// space keeps the sign with the amount when a line wraps.
pub fn euro_nl(bedrag: Decimal) -> String {
    format!("€\u{a0}{}", groepeer(afronden_op_centen(bedrag), '.', ','))
}

/// English notation: `€1,300.61`.
pub fn euro_en(bedrag: Decimal) -> String {
    format!("€{}", groepeer(afronden_op_centen(bedrag), ',', '.'))
}

/// A percentage for reading: whole when it is whole, else one decimal, in Dutch notation.
pub fn procent_nl(procent: Decimal) -> String {
    procent_tekst(procent).replace('.', ",")
}

pub fn procent_en(procent: Decimal) -> String {
    procent_tekst(procent)
}

fn procent_tekst(procent: Decimal) -> String {
    let p = procent.normalize();
    if p.fract().is_zero() {
        format!("{}%", p.trunc())
    } else {
        format!("{}%", afronden_procent(procent))
    }
}

/// Writes `bedrag` (already rounded to cents) with thousands grouped and two decimals. Works on
/// whole cents as an integer: this runs for every amount in every reason, so it avoids
/// `Decimal`'s own string conversion.
fn groepeer(bedrag: Decimal, duizend: char, komma: char) -> String {
    let schaal = bedrag.scale();
    let mantisse = bedrag.mantissa();
    // cents = mantissa x 10^(2 - scale); the scale is at most 2 after rounding to cents
    let centen: i128 = match schaal {
        0 => mantisse.saturating_mul(100),
        1 => mantisse.saturating_mul(10),
        _ => mantisse,
    };
    let negatief = centen < 0;
    let centen = centen.unsigned_abs();
    let heel = (centen / 100).to_string();
    let rest = centen % 100;
    let mut uit = String::with_capacity(heel.len() + heel.len() / 3 + 5);
    if negatief {
        uit.push('-');
    }
    for (i, c) in heel.chars().enumerate() {
        if i > 0 && (heel.len() - i).is_multiple_of(3) {
            uit.push(duizend);
        }
        uit.push(c);
    }
    uit.push(komma);
    uit.push(char::from(b'0' + (rest / 10) as u8));
    uit.push(char::from(b'0' + (rest % 10) as u8));
    uit
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn norm_rounds_half_away_from_zero() {
        // kostendelersnorm A=2 of 1858.01: 929.005 becomes 929.01
        assert_eq!(afronden_op_centen(d("929.005")), d("929.01"));
        assert_eq!(afronden_op_centen(d("837.438")), d("837.44"));
        assert_eq!(afronden_op_centen(d("-0.005")), d("-0.01"));
    }

    #[test]
    fn toeslag_rounds_up_to_whole_euros() {
        assert_eq!(afronden_op_hele_euros_omhoog(d("738.0749")), d("739"));
        assert_eq!(afronden_op_hele_euros_omhoog(d("739")), d("739"));
    }

    #[test]
    fn percentages() {
        assert_eq!(procent_van(d("1858.01"), d("120")), d("2229.612"));
        assert_eq!(als_procent_van(d("1"), Decimal::ZERO), None);
        assert_eq!(procent_nl(d("100.00")), "100%");
        assert_eq!(procent_nl(d("111.4846")), "111,5%");
        assert_eq!(procent_en(d("111.4846")), "111.5%");
    }

    #[test]
    fn dutch_and_english_notation() {
        assert_eq!(euro_nl(d("1300.61")), "€\u{a0}1.300,61");
        assert_eq!(euro_nl(d("739")), "€\u{a0}739,00");
        assert_eq!(euro_nl(d("15540.00")), "€\u{a0}15.540,00");
        assert_eq!(euro_nl(d("1234567.5")), "€\u{a0}1.234.567,50");
        assert_eq!(euro_en(d("1300.61")), "€1,300.61");
        assert_eq!(euro_nl(d("0.00")), "€\u{a0}0,00");
        assert_eq!(euro_nl(d("-12.30")), "€\u{a0}-12,30");
    }
}
