//! Lex specialis between regelingen of bijzondere bijstand. Where a gemeente rules a kind of
//! cost in a regeling of its own (witgoed, a waarborgsom, leges), that regeling decides the
//! cost. The general bijzondere bijstand takes every cost, so without this it would estimate a
//! payment the specific regeling refuses, or reckon with the general draagkracht where the
//! specific one counts savings the general one leaves alone (003 par. 5.10 onder c and 9.14;
//! 001 Ad. 6). A cost of a specific regeling without a draagkracht of its own keeps the general
//! estimate: that regeling names the conditions, the general one the draagkracht.

use super::context::Context;
use super::voorwaarden::elk_blok;
use crate::household::KostSoort;
use crate::policy::{Blok, Policy, Regeling};
use crate::report::{Reden, RedenUitslag, Status, Uitkomst};
use crate::tekst::tekst;
use std::sync::Arc;

/// A regeling that takes every cost: bijzondere bijstand with a draagkracht and no `kosten` block.
fn algemeen(r: &Regeling) -> bool {
    r.bijzondere_bijstand && r.draagkracht.is_some() && !heeft_kostenblok(r, |_| true)
}

/// Whether one of `r`'s `kosten` blocks names a kind for which `f` holds. A block with a
/// `max_totaal` (Roosendaal's kruimelvoorziening) is a simpler route for small costs, not a
/// rule of its own for the kind: a cost it leaves out is still the general regeling's.
fn heeft_kostenblok(r: &Regeling, f: impl Fn(KostSoort) -> bool) -> bool {
    let mut ja = false;
    elk_blok(&r.voorwaarden, &mut |b| {
        if let Blok::Kosten(eis) = b {
            ja |= eis.max_totaal.is_none() && eis.soorten.iter().any(|s| f(*s));
        }
    });
    ja
}

/// The specific regeling, valid on the peildatum, that rules this kind of cost, if any.
fn specifiek<'a>(policy: &'a Policy, soort: KostSoort, ctx: &Context) -> Option<&'a Regeling> {
    policy
        .regelingen
        .iter()
        .find(|r| r.bijzondere_bijstand && r.geldig_op(ctx.huishouden.peildatum) && heeft_kostenblok(r, |s| s == soort))
}

/// Takes out of each general regeling's estimates the costs a specific regeling decides, and
/// says where to look. `status` gives the outcome of a regeling by id (all valid ones, also
/// those a page limited to its own regelingen does not show).
pub fn specifiek_gaat_voor(
    policy: &Policy,
    uitkomsten: &mut [Uitkomst],
    ctx: &Context,
    status: &dyn Fn(&str) -> Option<Status>,
) {
    for u in uitkomsten.iter_mut() {
        let Some(regeling) = policy.regeling(&u.id).filter(|r| algemeen(r)) else { continue };
        let Some(d) = u.draagkracht.as_mut() else { continue };
        let mut redenen = Vec::new();
        d.kosten.retain(|k| {
            let Some(s) = specifiek(policy, k.soort, ctx).filter(|s| s.id != regeling.id) else { return true };
            let (naam, soort) = (&s.naam, k.soort);
            let reden = if status(&s.id) == Some(Status::Nee) {
                tekst!(
                    ctx,
                    format!("Voor {} heeft de gemeente een eigen regeling, '{}'. Die vergoedt deze kosten voor u niet; daarom schatten wij hier ook geen bedrag.", soort_nl(soort), naam.nl),
                    format!("For {} the municipality has a scheme of its own, '{}'. It does not pay this cost for you, so we estimate no amount here either.", soort_en(soort), naam.en),
                )
            } else if s.draagkracht.is_some() {
                tekst!(
                    ctx,
                    format!("Voor {} heeft de gemeente een eigen regeling, '{}', met een eigen berekening van wat u zelf betaalt. Kijk daar voor de schatting.", soort_nl(soort), naam.nl),
                    format!("For {} the municipality has a scheme of its own, '{}', with its own calculation of what you pay yourself. See there for the estimate.", soort_en(soort), naam.en),
                )
            } else {
                return true;
            };
            redenen.push(Reden {
                uitslag: RedenUitslag::Beoordeling,
                tekst: reden,
                bron: Arc::clone(&s.bron),
                onderdelen: Vec::new(),
            });
            false
        });
        u.redenen.extend(redenen);
    }
}

fn soort_nl(s: KostSoort) -> String {
    format!("uw kosten voor {}", s.naam().replace('_', " "))
}

fn soort_en(s: KostSoort) -> String {
    format!("your costs for {}", s.naam().replace('_', " "))
}
