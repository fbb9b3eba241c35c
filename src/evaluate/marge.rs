//! The "what if" margin: how much more (or less) net income per month changes a regeling's
//! status. The status can only change at an income limit, so only the cent amounts at and
//! just above each limit are tried, by re-testing the income conditions with that income; the
//! other conditions keep the outcome they had.

use super::context::Context;
use super::status_van;
use super::voorwaarden::{alle_uitslag, hangt_af_van_inkomen, inkomensgrenzen, toets, Toets, Uitslag};
use crate::money::afronden_op_centen_omlaag;
use crate::policy::Regeling;
use crate::report::{Marge, Margestap, Status};
use crate::uitleg::{euro, zin};
use rust_decimal::Decimal;

pub fn marge(regeling: &Regeling, ctx: &mut Context, status: Status, getoetst: &Toets) -> Option<Marge> {
    let inkomen = *ctx.huishouden.inkomen.ok()?;
    // A condition income cannot change that fails already keeps the status at nee.
    let vast_nee = regeling
        .voorwaarden
        .iter()
        .zip(&getoetst.onderdelen)
        .any(|(v, t)| !hangt_af_van_inkomen(&v.blok) && t.uitslag == Uitslag::NietVoldaan);
    if vast_nee {
        return None;
    }
    let mut grenzen = Vec::new();
    inkomensgrenzen(&regeling.voorwaarden, ctx, &mut grenzen);
    if grenzen.is_empty() {
        return None;
    }
    let cent = Decimal::new(1, 2);
    let mut kandidaten: Vec<Decimal> = grenzen
        .iter()
        .flat_map(|g| {
            let binnen = afronden_op_centen_omlaag(*g);
            [binnen, binnen + cent]
        })
        .filter(|k| *k >= Decimal::ZERO)
        .collect();
    kandidaten.sort();
    kandidaten.dedup();

    let mut status_bij = |i: Decimal| {
        ctx.inkomen_anders = Some(i);
        let uitslagen: Vec<Uitslag> = regeling
            .voorwaarden
            .iter()
            .zip(&getoetst.onderdelen)
            .map(|(v, t)| if hangt_af_van_inkomen(&v.blok) { toets(&v.blok, ctx).uitslag } else { t.uitslag.clone() })
            .collect();
        status_van(&alle_uitslag(uitslagen.iter()))
    };
    let meer = kandidaten.iter().filter(|k| **k > inkomen).map(|k| (*k, status_bij(*k))).find(|(_, s)| *s != status);
    let minder =
        kandidaten.iter().rev().filter(|k| **k < inkomen).map(|k| (*k, status_bij(*k))).find(|(_, s)| *s != status);
    ctx.inkomen_anders = None;

    // Where alimentatie paid is more than the income (Montferland 5.7), the income counts as
    // nothing, and more net income first has to make up the difference.
    let vanaf = ctx.huishouden.correctie.onder_nul.unwrap_or(inkomen);
    let stap = |(nieuw, s): (Decimal, Status), meer: bool| {
        let verschil = (nieuw - vanaf).abs();
        let richting = if meer { "meer" } else { "minder" };
        Margestap {
            bedrag: verschil,
            status: s,
            uitleg: zin!("marge-stap", verschil = euro(verschil), richting = richting, status = s.naam()),
        }
    };
    if meer.is_none() && minder.is_none() {
        return None;
    }
    Some(Marge { meer: meer.map(|m| stap(m, true)), minder: minder.map(|m| stap(m, false)) })
}
