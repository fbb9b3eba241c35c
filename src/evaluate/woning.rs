//! Montferland 003 par. 5.10: equity in the eigen woning above its limit does not count while
//! the bijzondere bijstand of the year stays under a yearly amount; above it the gemeente
//! refuses unless selling or borrowing on the home cannot reasonably be asked. The draagkracht
//! marks where it applies (`boven_grens`); once every regeling's outcome is known, the bijstand
//! of the year is weighed and said (`over_het_jaar`).

use super::context::Context;
use crate::policy::PercentageBovenNorm;
use crate::report::{KostVergoeding, Status, Uitkomst};
use crate::uitleg::{euro, zin, Bericht};
use rust_decimal::Decimal;

/// Montferland 003 par. 5.10: with equity in the eigen woning above its limit and costs to
/// pay, the yearly amount under which the bijstand needs no further inquiry.
pub(super) fn boven_grens(ctx: &Context, r: &PercentageBovenNorm, kosten: &[KostVergoeding]) -> Option<Decimal> {
    let grens = r.eigen_woning_zonder_onderzoek_tot?;
    let (totaal, financieel) = (ctx.huishouden.vermogen.ok()?, ctx.antwoorden().vermogen?);
    (*totaal > financieel && !kosten.is_empty()).then_some(grens)
}

/// What 5.10 says of that equity, for `totaal`: the bijstand of the year for all the household's
/// costs together, not for one regeling's. Above the limit the gemeente refuses unless selling
/// or borrowing on the home cannot reasonably be asked: its judgement, so never a `ja`.
fn zonder_onderzoek(grens: Decimal, totaal: Decimal) -> (Bericht, bool) {
    if totaal == grens {
        (zin!("woning-precies-grens", grens = euro(grens)), true)
    } else if totaal < grens {
        (zin!("woning-onder-grens", grens = euro(grens), totaal = euro(totaal)), false)
    } else {
        (zin!("woning-boven-grens", totaal = euro(totaal), grens = euro(grens)), true)
    }
}

/// Montferland 5.10 weighs the bijstand of the whole year against the equity in the home: the
/// estimates of every regeling that sets the draagkracht against costs, together. Where the one
/// draagkracht was set against each regeling's costs apart, it counts once.
pub(super) fn over_het_jaar(uitkomsten: &mut [Uitkomst], _ctx: &Context) {
    let mut vergoed = Decimal::ZERO;
    let mut kosten = Decimal::ZERO;
    let mut draagkracht = Decimal::ZERO;
    let mut grens = None;
    for d in uitkomsten.iter().filter(|u| u.status != Status::Nee).filter_map(|u| u.draagkracht.as_ref()) {
        if let Some(g) = d.woning_zonder_onderzoek_tot {
            grens = Some(g);
            for k in &d.kosten {
                vergoed += k.geschatte_vergoeding;
                kosten += k.bedrag;
            }
            draagkracht = draagkracht.max(d.per_jaar.unwrap_or_default());
        }
    }
    let Some(grens) = grens else { return };
    let totaal = vergoed.max(kosten - draagkracht);
    let (zin, beoordeling) = zonder_onderzoek(grens, totaal);
    for u in uitkomsten.iter_mut().filter(|u| u.status != Status::Nee) {
        if let Some(d) = u.draagkracht.as_mut().filter(|d| d.woning_zonder_onderzoek_tot.is_some()) {
            d.uitleg.push(zin.clone());
            if beoordeling && u.status == Status::Ja {
                u.status = Status::Misschien;
            }
        }
    }
}
