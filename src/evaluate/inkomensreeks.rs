//! "Wat als mijn inkomen verandert?": the same household evaluated at incomes from nothing to
//! twice the norm, per step every regeling's status and amount (the income chart of the
//! results page). Each step is a whole evaluation with only the aanvrager's income changed, so
//! an amount that depends on income (draagkracht) moves with it, and nothing is guessed.
//!
//! The step's income is the household's: the aanvrager's income is set so that, with what
//! else the household has (the partner's income, an ouderkop), it comes to that share of the
//! norm the regelingen use (without kostendelersnorm), rounded down to the cent: a step at
//! 120% is the highest income still within 120%, so a limit of 120% shows at that step. A
//! share below what the rest already brings in cannot be reached and is left out.

use super::{evaluate_regelingen, EvaluatieFout};
use crate::household::Antwoorden;
use crate::money::afronden_op_centen_omlaag;
use crate::norms::Normen;
use crate::policy::Policy;
use crate::report::Status;
use crate::Datum;
use rust_decimal::Decimal;

/// At most this many steps: 200 is what the chart draws; more only costs time.
pub const MAX_STAPPEN: u32 = 1_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Inkomensreeks {
    /// The norm per month the steps are a share of.
    pub norm: Decimal,
    /// The regelingen, in the order of each step's `uitkomsten`.
    pub regelingen: Vec<String>,
    pub stappen: Vec<Inkomensstap>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inkomensstap {
    /// The share of the norm this step aims at, in percent.
    pub procent: Decimal,
    /// The aanvrager's net income per month at this step.
    pub inkomen_aanvrager: Decimal,
    /// The household's income as the engine counted it, and its share of the norm.
    pub inkomen: Option<Decimal>,
    pub inkomen_procent_van_norm: Option<Decimal>,
    /// Per regeling its status and estimated amount.
    pub uitkomsten: Vec<(Status, Option<Decimal>)>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReeksFout {
    #[error(transparent)]
    Evaluatie(#[from] EvaluatieFout),
    /// Without age and partner answers there is no norm to take shares of.
    #[error("de bijstandsnorm is nog niet bekend")]
    NormOnbekend,
    #[error("het aantal stappen moet tussen 1 en {MAX_STAPPEN} liggen, niet {0}")]
    Stappen(u32),
    /// A norm or income so large that a step's amount does not fit a decimal.
    #[error("een bedrag van de inkomensreeks is te groot om mee te rekenen")]
    TeGroot,
}

impl ReeksFout {
    pub fn code(&self) -> &'static str {
        match self {
            ReeksFout::Evaluatie(e) => e.code(),
            ReeksFout::NormOnbekend => "norm_onbekend",
            ReeksFout::Stappen(_) => "ongeldige_stappen",
            ReeksFout::TeGroot => "te_groot",
        }
    }
}

/// `stappen` steps from 0 to 200% of the norm, both ends included.
pub fn inkomensreeks(
    policy: &Policy,
    normen: &Normen,
    antwoorden: &Antwoorden,
    peildatum: Datum,
    alleen: Option<&[String]>,
    stappen: u32,
) -> Result<Inkomensreeks, ReeksFout> {
    if stappen == 0 || stappen > MAX_STAPPEN {
        return Err(ReeksFout::Stappen(stappen));
    }
    let basis = evaluate_regelingen(policy, normen, antwoorden, peildatum, alleen)?;
    let norm = basis.bijstandsnorm_zonder_kostendelersnorm.or(basis.bijstandsnorm).ok_or(ReeksFout::NormOnbekend)?;
    // What the household has besides the aanvrager's own income stays as it is.
    let eigen = antwoorden.aanvrager.inkomen.unwrap_or(Decimal::ZERO);
    let overig = match basis.inkomen {
        Some(i) => i.checked_sub(eigen).ok_or(ReeksFout::TeGroot)?,
        None => antwoorden.partner.inkomen.unwrap_or(Decimal::ZERO),
    };
    let regelingen: Vec<String> = basis.regelingen.iter().map(|u| u.id.to_string()).collect();

    let mut a = antwoorden.clone();
    let mut uit = Vec::with_capacity(stappen as usize + 1);
    for i in 0..=stappen {
        // 200 * i / stappen, exact for the steps a chart uses; a Decimal of at most 200.
        let procent = Decimal::from(200u32 * i) / Decimal::from(stappen);
        let doel = norm.checked_mul(procent).ok_or(ReeksFout::TeGroot)? / Decimal::ONE_HUNDRED;
        let inkomen_aanvrager = afronden_op_centen_omlaag(doel).checked_sub(overig).ok_or(ReeksFout::TeGroot)?;
        if inkomen_aanvrager < Decimal::ZERO {
            continue;
        }
        a.aanvrager.inkomen = Some(inkomen_aanvrager);
        let r = evaluate_regelingen(policy, normen, &a, peildatum, alleen)?;
        // The order of the regelingen follows the status; the chart wants one order.
        let uitkomsten = regelingen
            .iter()
            .map(|id| {
                r.regelingen
                    .iter()
                    .find(|u| &*u.id == id)
                    .map_or((Status::Misschien, None), |u| (u.status, u.bedrag.as_ref().and_then(|b| b.waarde)))
            })
            .collect();
        uit.push(Inkomensstap {
            procent,
            inkomen_aanvrager,
            inkomen: r.inkomen,
            inkomen_procent_van_norm: r.inkomen_procent_van_norm,
            uitkomsten,
        });
    }
    Ok(Inkomensreeks { norm, regelingen, stappen: uit })
}
