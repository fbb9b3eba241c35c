//! What a draagkracht leaves the bijzondere bijstand to pay: the estimate per cost, with the
//! draagkracht set once against all costs of its period, and the `nee` when it covers them all.

use super::context::Context;
use super::voorwaarden::kost_telt;
use crate::money::afronden_op_centen;
use crate::policy::Voorwaarde;
use crate::report::{Draagkracht, KostVergoeding, Reden, RedenUitslag};
use crate::uitleg::{euro, zin};
use rust_decimal::Decimal;
use std::sync::Arc;

/// The reason for a `nee` when the draagkracht covers every cost in full: bijstand is only for
/// costs above what the household can pay itself (PW art. 35 lid 1; 001 par. 1 and Ad. 6, 003
/// par. 5). Only when the draagkracht is sure (`zeker`: no open assumption could lower it, and
/// every cost the regeling counts has an amount, so `kosten` holds them all).
pub fn gedekt(d: &Draagkracht, _ctx: &Context) -> Option<Reden> {
    let per_jaar = d.per_jaar?;
    if !d.zeker || d.kosten.is_empty() || d.kosten.iter().any(|k| !k.geschatte_vergoeding.is_zero()) {
        return None;
    }
    let som: Decimal = d.kosten.iter().map(|k| k.bedrag).sum();
    Some(Reden {
        uitslag: RedenUitslag::NietVoldaan,
        zinnen: vec![zin!("vergoeding-gedekt", kosten = euro(som), draagkracht = euro(per_jaar))],
        bron: Arc::from(d.bron.as_str()),
        onderdelen: Vec::new(),
    })
}

/// The estimated payment of each cost the regeling can pay. The draagkracht holds once for the
/// draagkrachtperiode, for all costs together (003 par. 5.2 lid 1-2; 001 Ad. 7): it is set
/// against the costs in turn until it is used up. Medical costs come last and use at most the
/// lower draagkracht for medical costs (003 par. 7.3); the reduction that gives holds beside the
/// other costs too, whatever the order the costs were entered in.
pub(super) fn vergoedingen(
    voorwaarden: &[Voorwaarde],
    ctx: &Context,
    per_jaar: Decimal,
    zorg: Option<Decimal>,
) -> Vec<KostVergoeding> {
    let mut kosten: Vec<KostVergoeding> = ctx
        .antwoorden()
        .kosten
        .iter()
        .flatten()
        .filter(|k| kost_telt(voorwaarden, k))
        .filter_map(|k| {
            let bedrag = k.bedrag?;
            Some(KostVergoeding { soort: k.soort, bedrag, draagkracht: Decimal::ZERO, geschatte_vergoeding: bedrag })
        })
        .collect();
    verdeel(&mut kosten, per_jaar, zorg);
    kosten
}

/// What the lower draagkracht for medical costs `zorg` takes off `per_jaar`, as far as the
/// medical costs among `kosten` reach it (003 par. 7.3).
fn zorgverlaging(per_jaar: Decimal, zorg: Decimal, kosten: &[KostVergoeding]) -> Decimal {
    let medisch: Decimal =
        kosten.iter().filter(|k| k.soort == crate::household::KostSoort::Medisch).map(|k| k.bedrag).sum();
    (per_jaar - zorg).max(Decimal::ZERO).min(medisch)
}

/// Sets `per_jaar` against the costs in turn, medical costs last within `zorg`, the lower
/// draagkracht for medical costs. The order of the costs stays as entered.
fn verdeel(kosten: &mut [KostVergoeding], per_jaar: Decimal, zorg: Option<Decimal>) {
    use crate::household::KostSoort::Medisch;
    let medisch = |k: &KostVergoeding| k.soort == Medisch && zorg.is_some();
    // The reduction for medical costs (003 par. 7.3) is a compensation the household keeps
    // beside its other costs: what it pays in all is the draagkracht less that reduction, as
    // far as its medical costs reach it (a cost of 50 earns no reduction of 400).
    let verlaging = zorg.map_or(Decimal::ZERO, |z| zorgverlaging(per_jaar, z, kosten));
    let mut rest = (per_jaar - verlaging).max(Decimal::ZERO);
    let mut rest_zorg = zorg.unwrap_or(per_jaar).max(Decimal::ZERO);
    for ronde_medisch in [false, true] {
        for k in kosten.iter_mut().filter(|k| medisch(k) == ronde_medisch) {
            let eigen = if ronde_medisch { k.bedrag.min(rest).min(rest_zorg) } else { k.bedrag.min(rest) };
            let eigen = eigen.max(Decimal::ZERO);
            rest -= eigen;
            if ronde_medisch {
                rest_zorg -= eigen;
            }
            k.draagkracht = afronden_op_centen(eigen);
            k.geschatte_vergoeding = afronden_op_centen(k.bedrag - eigen);
        }
    }
}

/// Where several regelingen set the one draagkracht against their own costs (specifiek.rs:
/// `draagkracht_gedeeld`), it is used once: in the policy's order, each regeling sets against
/// its costs what the ones before it left (003 par. 5.2 lid 2; 001 Ad. 7), so the estimates
/// add up to what the household can get. The reasons say how much was already used.
pub(super) fn een_keer(uitkomsten: &mut [crate::report::Uitkomst], ctx: &Context) {
    // The reduction for medical costs (003 par. 7.3) lowers the one draagkracht of the period
    // for all regelingen, as far as the medical costs reach it; the regeling with the medical
    // costs takes it off its own share itself (`verdeel`).
    let verlaging = uitkomsten
        .iter()
        .filter(|u| u.status != crate::report::Status::Nee)
        .filter_map(|u| u.draagkracht.as_ref())
        .filter_map(|d| Some(zorgverlaging(d.per_jaar?, d.zorgkosten_per_jaar?, &d.kosten)))
        .max()
        .unwrap_or_default();
    let mut gebruikt = Decimal::ZERO;
    for u in uitkomsten.iter_mut().filter(|u| u.status != crate::report::Status::Nee) {
        let Some(d) = u.draagkracht.as_mut() else { continue };
        let (Some(per_jaar), false) = (d.per_jaar, d.kosten.is_empty()) else { continue };
        let eigen_verlaging = if d.zorgkosten_per_jaar.is_some() { Decimal::ZERO } else { verlaging };
        let over = (per_jaar - gebruikt - eigen_verlaging).max(Decimal::ZERO);
        let zorg = d.zorgkosten_per_jaar.map(|z| (z - gebruikt).max(Decimal::ZERO));
        verdeel(&mut d.kosten, over, zorg);
        let eigen: Decimal = d.kosten.iter().map(|k| k.draagkracht).sum();
        // Said where an earlier regeling already used part of it.
        if !gebruikt.is_zero() {
            d.uitleg.push(zin!("vergoeding-een-keer", gebruikt = euro(gebruikt.min(per_jaar)), over = euro(over)));
        }
        gebruikt += eigen;
    }
    // The one draagkracht covers every cost of every regeling, and nothing is open: as for a
    // single regeling (`gedekt`), a `nee` for each.
    let delen: Vec<usize> = (0..uitkomsten.len())
        .filter(|&i| {
            uitkomsten.get(i).is_some_and(|u| {
                u.status != crate::report::Status::Nee && u.draagkracht.as_ref().is_some_and(|d| !d.kosten.is_empty())
            })
        })
        .collect();
    let alles_gedekt = delen.iter().all(|&i| {
        uitkomsten.get(i).is_some_and(|u| {
            u.ontbrekende_vragen.is_leeg() && u.draagkracht.as_ref().and_then(|d| gedekt(d, ctx)).is_some()
        })
    });
    if delen.len() > 1 && alles_gedekt {
        for &i in &delen {
            let Some(u) = uitkomsten.get_mut(i) else { continue };
            if let Some(reden) = u.draagkracht.as_ref().and_then(|d| gedekt(d, ctx)) {
                u.status = crate::report::Status::Nee;
                u.marge = None;
                u.redenen.push(reden);
            }
        }
    }
}
