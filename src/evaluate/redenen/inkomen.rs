//! The reasons about income: the income against its limit, housing costs against the income
//! above the norm, and what a gemeente's own definition of income added or took off.

use super::super::context::Context;
use super::super::feit::Onbepaald;
use super::super::voorwaarden::{spaargeld_boven_grens, Uitslag};
use super::nodig;
use crate::money::{
    afronden_op_centen_omlaag, afronden_procent, als_procent_van, euro_en, euro_nl, procent_en, procent_nl, procent_van,
};
use crate::tekst::{tekst, Tekst};
use rust_decimal::Decimal;

pub(super) fn inkomen(
    ctx: &Context,
    u: &Uitslag,
    max: Decimal,
    zeker: Option<Decimal>,
    toelichting: Option<&Tekst>,
    kdn: bool,
) -> Tekst {
    let norm = ctx.huishouden.norm_voor(kdn);
    let inkomen = ctx.inkomen();
    // A nee while answers are open (voorwaarden::inkomenstoets): the income is over the limit
    // of the highest norm the household could have, whatever the open answers are.
    let open = norm.waarde.is_err() || inkomen.waarde.is_err() || ctx.huishouden.norm_als_21(kdn).is_some();
    if *u == Uitslag::NietVoldaan && open {
        let hoogste = ctx.huishouden.hoogste_toetsnorm();
        let i = inkomen.ok().copied().or_else(|| super::super::voorwaarden::inkomen_ondergrens(ctx));
        if let (Some(h), Some(i)) = (hoogste, i) {
            let grens = afronden_op_centen_omlaag(procent_van(h.bedrag, max));
            let wie = if inkomen.waarde.is_err() {
                ("Uw eigen inkomen", "Your own income")
            } else {
                ("Uw inkomen", "Your income")
            };
            return tekst!(ctx,
                format!("{} is {} per maand. Dat is al hoger dan {} ({} van de hoogste bijstandsnorm die voor u kan gelden, de norm op {}), wat u ook nog invult. Uw inkomen is hoger dan de grens.", wie.0, euro_nl(i), euro_nl(grens), procent_nl(max), ctx.huishouden.normen.geldig_vanaf.lang_nl()),
                format!("{} is {} per month. That is already above {} ({} of the highest social assistance standard that can apply to you, the standard on {}), whatever you still fill in. Your income is above the limit.", wie.1, euro_en(i), euro_en(grens), procent_en(max), ctx.huishouden.normen.geldig_vanaf.lang_en()),
            );
        }
    }
    let (n, i) = match (&norm.waarde, &inkomen.waarde) {
        (Ok(n), Ok(i)) => (n, *i),
        (Err(Onbepaald::Onbekend(t)), _) => return t.clone(),
        (n, i) => {
            let mist: Vec<&Onbepaald> = [n.as_ref().err(), i.as_ref().err()].into_iter().flatten().collect();
            let (nl, en) = nodig(super::super::feit::ontbrekend(&mist));
            return tekst!(
                ctx,
                format!("Om dit te bepalen is nog nodig: {nl}. De grens is {} van de bijstandsnorm.", procent_nl(max)),
                format!(
                    "To decide this we still need: {en}. The limit is {} of the social assistance standard.",
                    procent_en(max)
                ),
            );
        }
    };
    let samen = ctx.antwoorden().heeft_partner == Some(true);
    let wie = if samen {
        ("Uw inkomen samen met uw partner", "Your income together with your partner's")
    } else {
        ("Uw inkomen", "Your income")
    };
    let mut normnaam = (String::from("de bijstandsnorm"), String::from("the social assistance standard"));
    if let Some(k) = n.kostendelers {
        normnaam.0.push_str(&format!(" met kostendelersnorm ({k} volwassenen delen de kosten)"));
        normnaam.1.push_str(&format!(" with the cost-sharer rule ({k} adults share the costs)"));
    }
    if let Some(p) = n.gemeentelijk_procent {
        normnaam.0.push_str(&format!(" (voor een alleenstaande ouder: {} van de gehuwdennorm)", procent_nl(p)));
        normnaam.1.push_str(&format!(" (for a single parent: {} of the couple's standard)", procent_en(p)));
    }
    let procent = als_procent_van(i, n.bedrag).unwrap_or_default();
    // The limit as the highest cent amount within it, and a share that never reads as the limit
    // itself when the income is just over it: rounded, 110.004% would say "110%" beside "hoger".
    let grens = afronden_op_centen_omlaag(procent_van(n.bedrag, max));
    let net_boven = [Some(max), zeker].into_iter().flatten().find(|b| procent > *b && afronden_procent(procent) <= *b);
    let (aandeel_nl, aandeel_en) = match net_boven {
        Some(b) => (format!("net meer dan {}", procent_nl(b)), format!("just over {}", procent_en(b))),
        None => (procent_nl(procent), procent_en(procent)),
    };
    let mut t = tekst!(
        ctx,
        format!(
            "{} is {} per maand. Dat is {} van {} van {} (de norm op {}). De grens is {} ({}).",
            wie.0,
            euro_nl(i),
            aandeel_nl,
            normnaam.0,
            euro_nl(n.bedrag),
            ctx.huishouden.normen.geldig_vanaf.lang_nl(),
            procent_nl(max),
            euro_nl(grens)
        ),
        format!(
            "{} is {} per month. That is {} of {} of {} (the standard on {}). The limit is {} ({}).",
            wie.1,
            euro_en(i),
            aandeel_en,
            normnaam.1,
            euro_en(n.bedrag),
            ctx.huishouden.normen.geldig_vanaf.lang_en(),
            procent_en(max),
            euro_en(grens)
        ),
    );
    let oordeel = match u {
        Uitslag::NietVoldaan => tekst!(ctx, "Uw inkomen is hoger dan de grens.", "Your income is above the limit."),
        Uitslag::Voldaan => {
            tekst!(ctx, "Uw inkomen is niet hoger dan de grens.", "Your income is not above the limit.")
        }
        Uitslag::Onzeker if i > procent_van(n.bedrag, max) => {
            // Over the limit of the youth norm, within that of a 21-year-old (002 ch. 12).
            let n21 = ctx.huishouden.norm_als_21(kdn).and_then(|f| f.ok()).map_or(n.bedrag, |n| n.bedrag);
            let grens21 = afronden_op_centen_omlaag(procent_van(n21, max));
            tekst!(ctx,
                format!("Voor wie 18 tot 21 jaar is, telt ook de aanvullende bijzondere bijstand mee in de norm; hoe hoog, staat niet in de regels. Met de norm vanaf 21 jaar is de grens {}: daaronder blijft u. De gemeente beoordeelt het.", euro_nl(grens21)),
                format!("From 18 to 21 the supplementary special assistance counts in the standard too; its height is not in the rules. With the standard from 21 the limit is {}: you stay below it. The municipality judges it.", euro_en(grens21)),
            )
        }
        Uitslag::Onzeker => {
            let z = zeker.unwrap_or(max);
            tekst!(
                ctx,
                format!(
                    "Tot {} ({}) is het zeker.",
                    procent_nl(z),
                    euro_nl(afronden_op_centen_omlaag(procent_van(n.bedrag, z)))
                ),
                format!(
                    "Up to {} ({}) it is certain.",
                    procent_en(z),
                    euro_en(afronden_op_centen_omlaag(procent_van(n.bedrag, z)))
                ),
            )
            .en_dan(toelichting.unwrap_or(&Tekst::default()))
        }
        Uitslag::Ontbreekt(v) if ctx.huishouden.norm_als_21(kdn).is_some() => {
            let (nl, en) = nodig(*v);
            tekst!(ctx,
                format!("Voor wie 18 tot 21 jaar is, telt ook de aanvullende bijzondere bijstand mee in de norm. Om die grens te bepalen is nog nodig: {nl}."),
                format!("From 18 to 21 the supplementary special assistance counts in the standard too. To set that limit we still need: {en}."),
            )
        }
        Uitslag::Ontbreekt(_) => Tekst::default(),
    };
    t = t.en_dan(&inkomenscorrectie(ctx)).en_dan(&oordeel);
    t
}

/// Housing costs against the income above the norm that counts toward them in full.
pub(super) fn woonkosten(ctx: &Context, u: &Uitslag, boven: Decimal, kdn: bool, met_vermogen: bool) -> Tekst {
    let Some(w) = ctx.antwoorden().woonkosten else {
        return tekst!(
            ctx,
            "Wij weten nog niet wat u per maand aan huur of hypotheek betaalt.",
            "We do not know yet what you pay per month in rent or mortgage."
        );
    };
    let (Some(n), Some(i)) = (ctx.huishouden.norm_voor(kdn).ok(), ctx.inkomen().ok().copied()) else {
        // What is missing, from the facts themselves: an answered list (the others in the home)
        // can still lack a field.
        let inkomen = ctx.inkomen();
        let open: Vec<&Onbepaald> =
            [ctx.huishouden.norm_voor(kdn).waarde.as_ref().err(), inkomen.waarde.as_ref().err()]
                .into_iter()
                .flatten()
                .collect();
        let (nl, en) = nodig(super::super::feit::ontbrekend(&open));
        return tekst!(
            ctx,
            format!("Om uw woonkosten te vergelijken met uw inkomen is nog nodig: {nl}."),
            format!("To compare your housing costs with your income we still need: {en}.")
        );
    };
    let grens = afronden_op_centen_omlaag(procent_van(n.bedrag, boven));
    let over = (i - procent_van(n.bedrag, boven)).max(Decimal::ZERO);
    let zin = tekst!(ctx,
        format!("U betaalt {} per maand aan woonkosten. Van uw inkomen telt alles boven {} van de bijstandsnorm ({}, de norm op {}) mee: dat is {} per maand.", euro_nl(w), procent_nl(boven), euro_nl(grens), ctx.huishouden.normen.geldig_vanaf.lang_nl(), euro_nl(over)),
        format!("You pay {} per month in housing costs. Of your income, everything above {} of the social assistance standard ({}, the standard on {}) counts: that is {} per month.", euro_en(w), procent_en(boven), euro_en(grens), ctx.huishouden.normen.geldig_vanaf.lang_en(), euro_en(over)),
    );
    let vermogen = spaargeld_boven_grens(ctx).ok();
    let zin = match vermogen.filter(|v| met_vermogen && !v.is_zero()) {
        Some(v) => zin.en_dan(&tekst!(
            ctx,
            format!(
                "Uw vermogen boven de vermogensgrens ({}) telt ook mee, tegen de woonkosten van een jaar.",
                euro_nl(v)
            ),
            format!("Your assets above the asset limit ({}) count too, against a year of housing costs.", euro_en(v)),
        )),
        None => zin,
    };
    let oordeel = match u {
        Uitslag::NietVoldaan => tekst!(
            ctx,
            "Daarmee kunt u uw woonkosten zelf betalen.",
            "With that you can pay your housing costs yourself."
        ),
        Uitslag::Ontbreekt(v) => {
            let (nl, en) = nodig(*v);
            tekst!(
                ctx,
                format!("Om dat te vergelijken is nog nodig: {nl}."),
                format!("To compare we still need: {en}.")
            )
        }
        Uitslag::Onzeker => tekst!(ctx,
            "Met uw vermogen erbij kunt u uw woonkosten zelf betalen. Maar krijgt u bijstand, dan is uw vermogen al bij de uitkering beoordeeld: de gemeente beoordeelt het.",
            "With your assets you could pay your housing costs yourself. But with social assistance your assets were already assessed for the benefit: the municipality judges it.",
        ),
        _ => tekst!(ctx, "Dat is niet genoeg voor uw woonkosten.", "That is not enough for your housing costs."),
    };
    zin.en_dan(&oordeel)
}

/// What the gemeente's own definition of income added or took off (Montferland 5.6 c, 5.7),
/// said wherever an income is shown; an unanswered part counted as nothing, and that is said too.
pub(in crate::evaluate) fn inkomenscorrectie(ctx: &Context) -> Tekst {
    if ctx.inkomen_anders.is_some() {
        return Tekst::default();
    }
    let c = ctx.huishouden.correctie;
    let mut t = Tekst::default();
    match c.ouderkop {
        Some(Some(k)) if !k.is_zero() => {
            t = t.en_dan(&tekst!(
                ctx,
                format!(
                    "In uw inkomen telt de alleenstaande-ouderkop van uw kindgebonden budget mee ({} per maand).",
                    euro_nl(k)
                ),
                format!(
                    "Your income includes the single-parent supplement of your child budget ({} per month).",
                    euro_en(k)
                ),
            ));
        }
        Some(None) => {
            t = t.en_dan(&tekst!(ctx,
                "Krijgt u bij het kindgebonden budget de alleenstaande-ouderkop? Die telt hier als inkomen. U vulde die niet in, dus wij rekenen zonder.",
                "Do you get the single-parent supplement with your child budget? It counts as income here. You did not fill it in, so we count without it.",
            ));
        }
        _ => {}
    }
    match c.alimentatie {
        Some(Some(a)) if !a.is_zero() => {
            t = t.en_dan(&tekst!(
                ctx,
                format!("De alimentatie die u betaalt ({} per maand) is van uw inkomen af.", euro_nl(a)),
                format!("The maintenance you pay ({} per month) has been taken off your income.", euro_en(a)),
            ));
        }
        Some(None) => {
            t =
                t.en_dan(&tekst!(ctx,
                "Betaalt u alimentatie? Die gaat van uw inkomen af. U vulde die niet in, dus wij rekenen zonder.",
                "Do you pay maintenance? It is taken off your income. You did not fill it in, so we count without it.",
            ));
        }
        _ => {}
    }
    t
}
