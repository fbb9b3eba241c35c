//! Lex specialis between regelingen of bijzondere bijstand. Where a gemeente rules a kind of
//! cost in a regeling of its own (witgoed, a waarborgsom, a huurschuld), that regeling decides
//! the cost: its conditions, its amount (often a maximum in a document we lack), its
//! draagkracht, its form (a loan). The general bijzondere bijstand takes every cost, so without
//! this it would estimate a gift the specific regeling refuses, gives as a loan only, or caps
//! (003 par. 5.10 onder c, 9.5-9.17; 001 Ad. 1 b, Ad. 6). So the general regeling is evaluated
//! without the costs a specific one rules, and its reasons point there.

use super::context::Context;
use super::voorwaarden::elk_blok;
use crate::datum::Datum;
use crate::household::{Antwoorden, Kost, KostSoort};
use crate::policy::{Blok, Policy, Regeling};
use crate::report::{Reden, RedenUitslag, Status, Uitkomst};
use crate::uitleg::zin;
use std::sync::Arc;

/// A regeling that takes every cost: bijzondere bijstand that pays costs minus draagkracht,
/// without a `kosten` block (a collectieve zorgverzekering, a borgtocht or a woonkostentoeslag
/// pays no entered cost at all).
pub fn algemeen(r: &Regeling) -> bool {
    r.bijzondere_bijstand
        && matches!(r.bedrag, Some(crate::policy::Bedragregel::KostenMinDraagkracht))
        && !heeft_kostenblok(r, |_| true)
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

/// The specific regeling, valid on the peildatum, that rules this cost, if any. A regeling
/// for debts where eviction or disconnection threatens does not rule a debt without that
/// threat: such a debt is one like any other, for the general regeling and its grounds (003
/// par. 9.8: schulddelging only in very special circumstances, for every debt).
fn specifiek<'p>(policy: &'p Policy, k: &Kost, peildatum: Datum) -> Option<&'p Regeling> {
    policy.regelingen.iter().find(|r| {
        let mut regelt = false;
        elk_blok(&r.voorwaarden, &mut |b| {
            if let Blok::Kosten(eis) = b {
                let zonder_dreiging =
                    eis.alleen_bij_dreigende_uitzetting && k.dreigt_uitzetting_of_afsluiting == Some(false);
                regelt |= eis.max_totaal.is_none() && eis.soorten.contains(&k.soort) && !zonder_dreiging;
            }
        });
        r.bijzondere_bijstand && r.geldig_op(peildatum) && regelt
    })
}

/// The answers the general regeling `r` is evaluated with: without the costs a specific
/// regeling rules. `None` when nothing is taken out (or `r` is not a general regeling).
pub fn zonder_specifieke_kosten(
    policy: &Policy,
    r: &Regeling,
    antwoorden: &Antwoorden,
    peildatum: Datum,
) -> Option<Antwoorden> {
    if !algemeen(r) {
        return None;
    }
    let kosten = antwoorden.kosten.as_ref()?;
    let eigen: Vec<_> = kosten.iter().filter(|k| specifiek(policy, k, peildatum).is_none()).cloned().collect();
    (eigen.len() < kosten.len()).then(|| Antwoorden { kosten: Some(eigen), ..antwoorden.clone() })
}

/// Adds to each general regeling's reasons, per cost a specific regeling rules, where to look.
/// `status` gives the outcome of a regeling by id (all valid ones, also those a page limited
/// to its own regelingen does not show).
pub fn verwijzingen(
    policy: &Policy,
    uitkomsten: &mut [Uitkomst],
    ctx: &Context,
    status: &dyn Fn(&str) -> Option<Status>,
) {
    let Some(kosten) = &ctx.antwoorden().kosten else { return };
    let peildatum = ctx.huishouden.peildatum;
    for u in uitkomsten.iter_mut() {
        if !policy.regeling(&u.id).is_some_and(algemeen) {
            continue;
        }
        let mut gezien: Vec<(KostSoort, &str)> = Vec::new();
        let mut alle_nee = true;
        let mut alle_specifiek = true;
        for k in kosten {
            let Some(s) = specifiek(policy, k, peildatum) else {
                alle_specifiek = false;
                continue;
            };
            if gezien.contains(&(k.soort, &*s.id)) {
                continue;
            }
            gezien.push((k.soort, &*s.id));
            let (naam, soort) = (Arc::clone(&s.naam), vec![super::redenen::in_woorden(k.soort)]);
            let nee = status(&s.id) == Some(Status::Nee);
            // A small cost already paid may still be a kruimelvoorziening (001 Ad. 4 lid 2).
            let kruimel = policy.regelingen.iter().find(|r| {
                r.bijzondere_bijstand
                    && r.geldig_op(peildatum)
                    && heeft_max_totaal(r)
                    && status(&r.id).is_some_and(|s| s != Status::Nee)
                    && super::voorwaarden::kost_telt(&r.voorwaarden, k)
            });
            alle_nee &= nee && kruimel.is_none();
            let zin = if let (true, Some(kr)) = (nee, kruimel) {
                zin!(
                    "vergoeding-eigen-regeling-nee-kruimel",
                    soort = soort,
                    naam = naam,
                    kruimel = Arc::clone(&kr.naam)
                )
            } else if nee {
                zin!("vergoeding-eigen-regeling-nee", soort = soort, naam = naam)
            } else {
                zin!("vergoeding-eigen-regeling", soort = soort, naam = naam)
            };
            u.redenen.push(Reden {
                uitslag: RedenUitslag::Beoordeling,
                zinnen: vec![zin],
                bron: Arc::clone(&s.bron),
                onderdelen: Vec::new(),
            });
        }
        // Every cost went to a regeling of its own, and each of those refuses it: this one has
        // nothing left to pay. (Where one of them may pay, this one keeps its outcome and its
        // draagkracht, which such a regeling without a draagkracht of its own relies on.)
        if !gezien.is_empty() && alle_nee && alle_specifiek {
            u.status = Status::Nee;
            u.bedrag = None;
            u.draagkracht = None;
            u.marge = None;
            u.ontbrekende_vragen = crate::questions::Vragen::GEEN;
            u.redenen.push(Reden {
                uitslag: RedenUitslag::NietVoldaan,
                zinnen: vec![zin!("vergoeding-alle-eigen-regeling-nee")],
                bron: Arc::clone(&u.bron),
                onderdelen: Vec::new(),
            });
        }
    }
}

/// Whether more than one regeling valid on the peildatum sets a draagkracht against the
/// household's costs (a general regeling only against those no specific one rules). The
/// draagkracht holds once for all of them (003 par. 5.2; 001 Ad. 7), so then no single one can
/// say its own costs are covered: together they may not be.
pub fn draagkracht_gedeeld(policy: &Policy, antwoorden: &Antwoorden, peildatum: Datum) -> bool {
    let Some(kosten) = &antwoorden.kosten else { return false };
    // The costs each regeling sets its draagkracht against. A regeling that sees every cost
    // the others see can judge them all; only one that sees part of them cannot.
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for r in policy.regelingen.iter().filter(|r| r.draagkracht.is_some() && r.geldig_op(peildatum)) {
        let telt: Vec<usize> = (0..kosten.len())
            .filter(|&i| {
                let Some(k) = kosten.get(i) else { return false };
                k.bedrag.is_some()
                    && (!algemeen(r) || specifiek(policy, k, peildatum).is_none())
                    && super::voorwaarden::kost_telt(&r.voorwaarden, k)
            })
            .collect();
        // A kruimelvoorziening whose costs together pass its maximum takes none of them.
        let boven_max = boven_max_totaal(r, kosten);
        if !telt.is_empty() && !boven_max {
            sets.push(telt);
        }
    }
    let mut alle: Vec<usize> = sets.iter().flatten().copied().collect();
    alle.sort_unstable();
    alle.dedup();
    sets.len() > 1 && sets.iter().any(|s| s.len() < alle.len())
}

/// Whether `r` has a `kosten` block with a maximum for all costs together (a kruimelvoorziening).
fn heeft_max_totaal(r: &Regeling) -> bool {
    let mut ja = false;
    elk_blok(&r.voorwaarden, &mut |b| ja |= matches!(b, Blok::Kosten(eis) if eis.max_totaal.is_some()));
    ja
}

/// Whether the costs such a block counts pass its maximum: it then takes none of them.
fn boven_max_totaal(r: &Regeling, kosten: &[crate::household::Kost]) -> bool {
    let mut boven = false;
    elk_blok(&r.voorwaarden, &mut |b| {
        if let Blok::Kosten(eis) = b {
            if let Some(max) = eis.max_totaal {
                boven |= super::voorwaarden::kosten_totaal(eis, kosten).is_some_and(|t| t > max);
            }
        }
    });
    boven
}
