//! The reasons about income: the income against its limit, housing costs against the income
//! above the norm, and what a gemeente's own definition of income added or took off. As
//! messages of `locales/<taal>/inkomen.ftl`; no sentence is built here.

use super::super::context::Context;
use super::super::feit::Onbepaald;
use super::super::voorwaarden::{spaargeld_boven_grens, Uitslag};
use super::nodig;
use crate::money::{afronden_op_centen_omlaag, afronden_procent, als_procent_van, procent_van};
use crate::tekst::Tekst;
use crate::uitleg::{euro, procent, zin, Bericht};
use rust_decimal::Decimal;
use std::sync::Arc;

pub(super) fn inkomen(
    ctx: &Context,
    u: &Uitslag,
    max: Decimal,
    zeker: Option<Decimal>,
    toelichting: Option<&Arc<Tekst>>,
    kdn: bool,
) -> Vec<Bericht> {
    // On bijstand from 18 to 20 the norm from 21, as the test used it (Context::toetsnorm_voor).
    let norm = ctx.toetsnorm_voor(kdn);
    let jong_in_bijstand = ctx.op_bijstand() && ctx.huishouden.norm_als_21(kdn).is_some();
    let inkomen = ctx.inkomen();
    let datum = ctx.huishouden.normen.geldig_vanaf;
    // A nee while answers are open (voorwaarden::inkomenstoets): the income is over the limit
    // of the highest norm the household could have, whatever the open answers are.
    // Only where the income is over that highest limit: a kostendelersnorm can make a nee below it.
    let open = norm.waarde.is_err() || inkomen.waarde.is_err() || ctx.huishouden.norm_als_21(kdn).is_some();
    if *u == Uitslag::NietVoldaan && open {
        let hoogste = ctx.huishouden.hoogste_toetsnorm();
        let i = inkomen.ok().copied().or_else(|| super::super::voorwaarden::inkomen_ondergrens(ctx));
        if let Some((h, i)) = hoogste.zip(i).filter(|(h, i)| *i > procent_van(h.bedrag, max)) {
            let grens = afronden_op_centen_omlaag(procent_van(h.bedrag, max));
            let wie = match (inkomen.waarde.is_err(), ctx.antwoorden().heeft_partner) {
                (true, _) => "eigen",
                (false, Some(true)) => "samen",
                (false, _) => "u",
            };
            return vec![
                zin!(
                    "inkomen-al-hoger",
                    wie = wie,
                    inkomen = euro(i),
                    grens = euro(grens),
                    procent = procent(max),
                    datum = datum
                ),
                zin!("inkomen-hoger"),
            ];
        }
    }
    let (n, i) = match (&norm.waarde, &inkomen.waarde) {
        (Ok(n), Ok(i)) => (n, *i),
        // Why the answers cannot decide the norm (feit::Onbepaald::Onbekend, one message).
        (Err(Onbepaald::Onbekend(t)), _) => return vec![t.clone()],
        (n, i) => {
            let mist: Vec<&Onbepaald> = [n.as_ref().err(), i.as_ref().err()].into_iter().flatten().collect();
            let nodig = nodig(super::super::feit::ontbrekend(&mist));
            return vec![zin!("inkomen-nodig", nodig = nodig, procent = procent(max))];
        }
    };
    let wie = if ctx.antwoorden().heeft_partner == Some(true) { "samen" } else { "u" };
    let normnaam = match (n.kostendelers, n.gemeentelijk_procent) {
        (None, None) => zin!("inkomen-normnaam"),
        (Some(k), None) => zin!("inkomen-normnaam-kostendelers", kostendelers = k),
        (None, Some(p)) => zin!("inkomen-normnaam-ouder", ouder_procent = procent(p)),
        (Some(k), Some(p)) => zin!("inkomen-normnaam-kostendelers-ouder", kostendelers = k, ouder_procent = procent(p)),
    };
    let aandeel = als_procent_van(i, n.bedrag).unwrap_or_default();
    // The limit as the highest cent amount within it, and a share that never reads as the limit
    // itself when the income is just over it: rounded, 110.004% would say "110%" beside "hoger".
    let grens = afronden_op_centen_omlaag(procent_van(n.bedrag, max));
    let net_boven = [Some(max), zeker].into_iter().flatten().find(|b| aandeel > *b && afronden_procent(aandeel) <= *b);
    let (net_boven, aandeel) = match net_boven {
        Some(b) => ("ja", b),
        None => ("nee", aandeel),
    };
    let mut z = vec![zin!(
        "inkomen-bedrag",
        wie = wie,
        inkomen = euro(i),
        net_boven = net_boven,
        aandeel = procent(aandeel),
        normnaam = vec![normnaam],
        norm = euro(n.bedrag),
        datum = datum,
        procent = procent(max),
        grens = euro(grens),
    )];
    z.extend(inkomenscorrectie(ctx));
    if jong_in_bijstand {
        let bijstand = Some(crate::household::Inkomensbron::Bijstand);
        let wie = if ctx.antwoorden().aanvrager.inkomensbron == bijstand { "u" } else { "samen" };
        z.push(zin!("inkomen-jongeren-bijstand-21", wie = wie, grens = euro(grens)));
    }
    // Not on bijstand: over the youth norm's limit, the aanvulling's height decides (002 ch. 12).
    let boven_jongerengrens = !jong_in_bijstand && i > procent_van(n.bedrag, max);
    match u {
        Uitslag::NietVoldaan => z.push(zin!("inkomen-hoger")),
        Uitslag::Voldaan => z.push(zin!("inkomen-niet-hoger")),
        Uitslag::Onzeker if boven_jongerengrens => {
            let n21 = ctx.huishouden.norm_als_21(kdn).and_then(|f| f.ok()).map_or(n.bedrag, |n| n.bedrag);
            let grens21 = afronden_op_centen_omlaag(procent_van(n21, max));
            z.push(zin!("inkomen-jongeren-onder-grens-21", grens = euro(grens21)));
        }
        Uitslag::Onzeker => {
            let p = zeker.unwrap_or(max);
            let bedrag = afronden_op_centen_omlaag(procent_van(n.bedrag, p));
            z.push(zin!("inkomen-zeker-tot", procent = procent(p), grens = euro(bedrag)));
            if let Some(t) = toelichting {
                z.push(zin!("beleidstekst", tekst = t.clone()));
            }
        }
        Uitslag::Ontbreekt(v) if ctx.huishouden.norm_als_21(kdn).is_some() => {
            z.push(zin!("inkomen-jongeren-nodig", nodig = nodig(*v)));
        }
        Uitslag::Ontbreekt(_) => {}
    }
    z
}

/// Housing costs against the income above the norm that counts toward them in full.
pub(super) fn woonkosten(ctx: &Context, u: &Uitslag, boven: Decimal, kdn: bool, met_vermogen: bool) -> Vec<Bericht> {
    let Some(w) = ctx.antwoorden().woonkosten else {
        return vec![zin!("woonkosten-onbekend")];
    };
    let (Some(n), Some(i)) = (ctx.toetsnorm_voor(kdn).ok(), ctx.inkomen().ok().copied()) else {
        // What is missing, from the facts themselves: an answered list (the others in the home)
        // can still lack a field.
        let inkomen = ctx.inkomen();
        let open: Vec<&Onbepaald> = [ctx.toetsnorm_voor(kdn).waarde.as_ref().err(), inkomen.waarde.as_ref().err()]
            .into_iter()
            .flatten()
            .collect();
        return vec![zin!("woonkosten-nodig", nodig = nodig(super::super::feit::ontbrekend(&open)))];
    };
    let grens = afronden_op_centen_omlaag(procent_van(n.bedrag, boven));
    let over = (i - procent_van(n.bedrag, boven)).max(Decimal::ZERO);
    let mut z = vec![zin!(
        "woonkosten-bedrag",
        woonkosten = euro(w),
        procent = procent(boven),
        grens = euro(grens),
        datum = ctx.huishouden.normen.geldig_vanaf,
        over = euro(over),
    )];
    if let Some(v) = spaargeld_boven_grens(ctx).ok().filter(|v| met_vermogen && !v.is_zero()) {
        z.push(zin!("woonkosten-vermogen", vermogen = euro(v)));
    }
    z.push(match u {
        Uitslag::NietVoldaan => zin!("woonkosten-zelf-betalen"),
        Uitslag::Ontbreekt(v) => zin!("woonkosten-vergelijken-nodig", nodig = nodig(*v)),
        Uitslag::Onzeker => zin!("woonkosten-met-vermogen-beoordeling"),
        _ => zin!("woonkosten-niet-genoeg"),
    });
    z
}

/// What the gemeente's own definition of income added or took off (Montferland 5.6 c, 5.7),
/// said wherever an income is shown; an unanswered part counted as nothing, and that is said too.
pub(in crate::evaluate) fn inkomenscorrectie(ctx: &Context) -> Vec<Bericht> {
    let mut z = Vec::new();
    if ctx.inkomen_anders.is_some() {
        return z;
    }
    let c = ctx.huishouden.correctie;
    match c.ouderkop {
        Some(Some(k)) if !k.is_zero() => z.push(zin!("inkomen-ouderkop", bedrag = euro(k))),
        Some(None) => z.push(zin!("inkomen-ouderkop-onbekend")),
        _ => {}
    }
    match c.alimentatie {
        Some(Some(a)) if !a.is_zero() => z.push(zin!("inkomen-alimentatie", bedrag = euro(a))),
        Some(None) => z.push(zin!("inkomen-alimentatie-onbekend")),
        _ => {}
    }
    z
}
