//! What a draagkracht leaves the bijzondere bijstand to pay: the estimate per cost, with the
//! draagkracht set once against all costs of its period, and the `nee` when it covers them all.

use super::context::Context;
use super::voorwaarden::kost_telt;
use crate::money::{afronden_op_centen, euro_en, euro_nl};
use crate::policy::Voorwaarde;
use crate::report::{Draagkracht, KostVergoeding, Reden, RedenUitslag};
use crate::tekst::tekst;
use rust_decimal::Decimal;
use std::sync::Arc;

/// The reason for a `nee` when the draagkracht covers every cost in full: bijstand is only for
/// costs above what the household can pay itself (PW art. 35 lid 1; 001 par. 1 and Ad. 6, 003
/// par. 5). Only when the draagkracht is sure (`zeker`: no open assumption could lower it, and
/// every cost the regeling counts has an amount, so `kosten` holds them all).
pub fn gedekt(d: &Draagkracht, ctx: &Context) -> Option<Reden> {
    let per_jaar = d.per_jaar?;
    if !d.zeker || d.kosten.is_empty() || d.kosten.iter().any(|k| !k.geschatte_vergoeding.is_zero()) {
        return None;
    }
    let som: Decimal = d.kosten.iter().map(|k| k.bedrag).sum();
    Some(Reden {
        uitslag: RedenUitslag::NietVoldaan,
        tekst: tekst!(ctx,
            format!("Uw kosten ({}) zijn niet hoger dan uw draagkracht ({}). Wat u zelf kunt betalen, vergoedt de bijzondere bijstand niet.", euro_nl(som), euro_nl(per_jaar)),
            format!("Your costs ({}) are not higher than your means ({}). Special assistance does not pay what you can pay yourself.", euro_en(som), euro_en(per_jaar)),
        ),
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
    use crate::household::KostSoort::Medisch;
    let telt: Vec<(usize, &crate::household::Kost, Decimal)> = ctx
        .antwoorden()
        .kosten
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, k)| kost_telt(voorwaarden, k))
        .filter_map(|(i, k)| Some((i, k, k.bedrag?)))
        .collect();
    let medisch = |k: &crate::household::Kost| k.soort == Medisch && zorg.is_some();
    // The reduction for medical costs (003 par. 7.3) is a compensation the household keeps
    // beside its other costs: what it pays in all is the draagkracht less that reduction, as
    // far as its medical costs reach it (a cost of 50 earns no reduction of 400).
    let medische_kosten: Decimal = telt.iter().filter(|(_, k, _)| medisch(k)).map(|(_, _, b)| *b).sum();
    let verlaging = zorg.map_or(Decimal::ZERO, |z| (per_jaar - z).max(Decimal::ZERO).min(medische_kosten));
    let mut rest = per_jaar - verlaging;
    let mut rest_zorg = zorg.unwrap_or(per_jaar);
    let mut uit: Vec<(usize, KostVergoeding)> = Vec::new();
    for (i, k, bedrag) in telt.iter().filter(|(_, k, _)| !medisch(k)).chain(telt.iter().filter(|(_, k, _)| medisch(k)))
    {
        let eigen =
            if medisch(k) { (*bedrag).min(rest).min(rest_zorg) } else { (*bedrag).min(rest) }.max(Decimal::ZERO);
        rest -= eigen;
        if medisch(k) {
            rest_zorg -= eigen;
        }
        uit.push((
            *i,
            KostVergoeding {
                soort: k.soort,
                bedrag: *bedrag,
                draagkracht: afronden_op_centen(eigen),
                geschatte_vergoeding: afronden_op_centen(*bedrag - eigen),
            },
        ));
    }
    uit.sort_by_key(|(i, _)| *i);
    uit.into_iter().map(|(_, v)| v).collect()
}
