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
    /// A limit found between two steps (the last or first cent of a status), not a step.
    pub grens: bool,
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
    let norm = basis
        .hoogste_norm
        .or(basis.bijstandsnorm_zonder_kostendelersnorm)
        .or(basis.bijstandsnorm)
        .ok_or(ReeksFout::NormOnbekend)?;
    let regelingen: Vec<String> = basis.regelingen.iter().map(|u| u.id.to_string()).collect();
    let mut meting = Meting { policy, normen, peildatum, alleen, regelingen: &regelingen, a: antwoorden.clone() };
    let overig = meting.overig(norm)?;

    let mut uit = Vec::with_capacity(stappen as usize + 1);
    for i in 0..=stappen {
        // 200 * i / stappen, exact for the steps a chart uses; a Decimal of at most 200.
        let procent = Decimal::from(200u32 * i) / Decimal::from(stappen);
        let doel = norm.checked_mul(procent).ok_or(ReeksFout::TeGroot)? / Decimal::ONE_HUNDRED;
        let inkomen_aanvrager = afronden_op_centen_omlaag(doel).checked_sub(overig).ok_or(ReeksFout::TeGroot)?;
        if inkomen_aanvrager < Decimal::ZERO {
            continue;
        }
        uit.push(meting.stap(inkomen_aanvrager, Some(procent))?);
    }
    // Between two steps where a regeling's status changes, the cent where it changes: the
    // last income with the old status and the first with the new, so every limit the chart
    // shows is exact and the table's ranges leave no gap. Kept in order of income as they are
    // found (no general sort: it would add kilobytes to the WebAssembly module).
    let mut met_grenzen = Vec::with_capacity(uit.len());
    for (i, onder) in uit.iter().enumerate() {
        met_grenzen.push(onder.clone());
        let Some(boven) = uit.get(i + 1) else { continue };
        let mut tussen: Vec<Inkomensstap> = Vec::new();
        for k in 0..regelingen.len() {
            let status = |s: &Inkomensstap| s.uitkomsten.get(k).map(|u| u.0);
            if status(onder) == status(boven) {
                continue;
            }
            for g in meting.grens(onder, boven, k)? {
                // A limit on a step's own cent is that step; one found twice is kept once.
                let cent = g.inkomen_aanvrager;
                if cent == onder.inkomen_aanvrager || cent == boven.inkomen_aanvrager {
                    continue;
                }
                let plek = tussen.iter().position(|t| t.inkomen_aanvrager >= cent).unwrap_or(tussen.len());
                if tussen.get(plek).is_some_and(|t| t.inkomen_aanvrager == cent) {
                    continue;
                }
                tussen.insert(plek, g);
            }
        }
        met_grenzen.extend(tussen);
    }
    Ok(Inkomensreeks { norm, regelingen, stappen: met_grenzen })
}

/// One household evaluated at other incomes of the aanvrager, the rest as answered.
struct Meting<'a> {
    policy: &'a Policy,
    normen: &'a Normen,
    peildatum: Datum,
    alleen: Option<&'a [String]>,
    regelingen: &'a [String],
    a: Antwoorden,
}

/// The cent: the precision of a limit.
const CENT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

impl Meting<'_> {
    /// What the household's counted income has besides the aanvrager's own: measured at an
    /// own income well above any floor (an alimentatie larger than the own income, an own
    /// income not answered while an ouderkop is), as the engine counts it. Without a counted
    /// income (the partner's unknown) the partner's answer, if any.
    fn overig(&mut self, norm: Decimal) -> Result<Decimal, ReeksFout> {
        let proef = afronden_op_centen_omlaag(norm.checked_mul(Decimal::from(3u32)).ok_or(ReeksFout::TeGroot)?);
        let gemeten = self.stap(proef, None)?;
        match gemeten.inkomen {
            Some(i) => i.checked_sub(proef).ok_or(ReeksFout::TeGroot),
            None => Ok(self.a.partner.inkomen.unwrap_or(Decimal::ZERO)),
        }
    }

    /// The household at this own income of the aanvrager. `procent`: the share the step aims
    /// at; without one (a limit found between steps) the share the engine counted.
    fn stap(&mut self, inkomen_aanvrager: Decimal, procent: Option<Decimal>) -> Result<Inkomensstap, ReeksFout> {
        self.a.aanvrager.inkomen = Some(inkomen_aanvrager);
        let r = evaluate_regelingen(self.policy, self.normen, &self.a, self.peildatum, self.alleen)?;
        // The order of the regelingen follows the status; the chart wants one order.
        let uitkomsten = self
            .regelingen
            .iter()
            .map(|id| {
                r.regelingen
                    .iter()
                    .find(|u| &*u.id == id)
                    .map_or((Status::Misschien, None), |u| (u.status, u.bedrag.as_ref().and_then(|b| b.waarde)))
            })
            .collect();
        let procent = procent.or(r.inkomen_procent_van_norm).unwrap_or(Decimal::ZERO);
        Ok(Inkomensstap {
            procent,
            inkomen_aanvrager,
            inkomen: r.inkomen,
            inkomen_procent_van_norm: r.inkomen_procent_van_norm,
            uitkomsten,
            grens: false,
        })
    }

    /// Halves the interval between two steps until the cent where regeling `k` changes status:
    /// the last step with the lower step's status and the first without it.
    fn grens(&mut self, onder: &Inkomensstap, boven: &Inkomensstap, k: usize) -> Result<[Inkomensstap; 2], ReeksFout> {
        let status = |s: &Inkomensstap| s.uitkomsten.get(k).map(|u| u.0);
        let oud = status(onder);
        let (mut laag, mut hoog) = (onder.clone(), boven.clone());
        // Each pass halves a gap of at most twice the norm: a few dozen passes at most.
        while hoog.inkomen_aanvrager.checked_sub(laag.inkomen_aanvrager).ok_or(ReeksFout::TeGroot)? > CENT {
            let som = laag.inkomen_aanvrager.checked_add(hoog.inkomen_aanvrager).ok_or(ReeksFout::TeGroot)?;
            let midden = afronden_op_centen_omlaag(som / Decimal::TWO);
            let m = self.stap(midden, None)?;
            if status(&m) == oud {
                laag = m;
            } else {
                hoog = m;
            }
        }
        laag.grens = true;
        hoog.grens = true;
        Ok([laag, hoog])
    }
}
