//! Montferland 003 par. 5.10: equity in the eigen woning above its limit does not count while
//! the bijzondere bijstand of the year stays under a yearly amount; above it the gemeente
//! refuses unless selling or borrowing on the home cannot reasonably be asked. The draagkracht
//! marks where it applies (`boven_grens`); once every regeling's outcome is known, the bijstand
//! of the year is weighed and said (`over_het_jaar`).

use super::context::Context;
use crate::money::{euro_en, euro_nl};
use crate::policy::PercentageBovenNorm;
use crate::report::{KostVergoeding, Status, Uitkomst};
use crate::tekst::{tekst, Tekst};
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
fn zonder_onderzoek(ctx: &Context, grens: Decimal, totaal: Decimal) -> (Tekst, bool) {
    if totaal == grens {
        let t = tekst!(ctx,
            format!("U heeft vermogen in uw eigen huis boven de grens. De bijstand voor al uw kosten samen is geschat op precies {} per jaar, de grens zelf: de gemeente beoordeelt het.", euro_nl(grens)),
            format!("You have equity in your own home above the limit. The assistance for all your costs together is estimated at exactly {} a year, the limit itself: the municipality judges it.", euro_en(grens)),
        );
        return (t, true);
    }
    if totaal < grens {
        let t = tekst!(ctx,
            format!("U heeft vermogen in uw eigen huis boven de grens. Omdat de bijstand voor al uw kosten samen minder is dan {} per jaar (geschat {}), geeft de gemeente die zonder verder onderzoek.", euro_nl(grens), euro_nl(totaal)),
            format!("You have equity in your own home above the limit. Because the assistance for all your costs together is less than {} a year (estimated {}), the municipality gives it without further inquiry.", euro_en(grens), euro_en(totaal)),
        );
        (t, false)
    } else {
        let t = tekst!(ctx,
            format!("U heeft vermogen in uw eigen huis boven de grens. De bijstand voor al uw kosten samen is geschat {} per jaar. Bij bijstand van meer dan {} per jaar wijst de gemeente de aanvraag af, tenzij het niet redelijk is te vragen dat u uw huis verkoopt of er (meer) op leent. Dat beoordeelt de gemeente.", euro_nl(totaal), euro_nl(grens)),
            format!("You have equity in your own home above the limit. The assistance for all your costs together is estimated at {} a year. For assistance of more than {} a year the municipality refuses, unless it is not reasonable to ask you to sell or borrow (more) on your home. The municipality judges that.", euro_en(totaal), euro_en(grens)),
        );
        (t, true)
    }
}

/// Montferland 5.10 weighs the bijstand of the whole year against the equity in the home: the
/// estimates of every regeling that sets the draagkracht against costs, together. Where the one
/// draagkracht was set against each regeling's costs apart, it counts once.
pub(super) fn over_het_jaar(uitkomsten: &mut [Uitkomst], ctx: &Context) {
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
    let (zin, beoordeling) = zonder_onderzoek(ctx, grens, totaal);
    for u in uitkomsten.iter_mut().filter(|u| u.status != Status::Nee) {
        if let Some(d) = u.draagkracht.as_mut().filter(|d| d.woning_zonder_onderzoek_tot.is_some()) {
            d.tekst = std::mem::take(&mut d.tekst).en_dan(&zin);
            if beoordeling && u.status == Status::Ja {
                u.status = Status::Misschien;
            }
        }
    }
}
