//! Estimated amounts and draagkracht. Every result is computed at full precision and rounded
//! once, with the rounding its rule names (`crate::money`).

use super::context::Context;
use super::feit::Onbepaald;
use super::huishouden::Leefvorm;
use crate::money::{
    afronden_op_centen, afronden_op_hele_euros_omhoog, euro_en, euro_nl, procent_en, procent_nl, procent_van,
};
use crate::policy::{Afronding, Bedragregel, Draagkrachtregel, Periode};
use crate::questions::{Vraag, Vragen};
use crate::report::{Bedrag, Draagkracht, KostVergoeding};
use crate::tekst::tekst;
use rust_decimal::Decimal;

fn rond(bedrag: Decimal, afronding: Afronding) -> Decimal {
    match afronding {
        Afronding::OpCenten => afronden_op_centen(bedrag),
        Afronding::HeleEurosOmhoog => afronden_op_hele_euros_omhoog(bedrag),
    }
}

/// The estimated amount, and the questions it read and misses.
pub fn bedrag(regel: &Bedragregel, ctx: &Context) -> (Option<Bedrag>, Vragen, Vragen) {
    match regel {
        Bedragregel::PercentageNormPerJaar {
            norm,
            inclusief_vakantietoeslag,
            procent,
            afronding,
            gehuwden_procent,
            alleenstaande_procent,
            alleenstaande_ouder_procent,
            bron,
        } => {
            let leefvorm = &ctx.huishouden.leefvorm;
            // 002 art. 7.4.3 lid 3: the norm in force on 1 January of the year.
            let januari = ctx.huishouden.peildatum.begin_van_jaar();
            let Ok(periode) = ctx.normen.bijstandsnormen(januari) else {
                let t = tekst!(
                    ctx,
                    format!("Het bedrag hangt af van de norm op {}, en die kennen wij niet.", januari.lang_nl()),
                    format!("The amount depends on the standard on {}, which we do not know.", januari.lang_en()),
                );
                return (
                    Some(Bedrag {
                        waarde: None,
                        per: Some(Periode::Jaar),
                        maximaal: false,
                        tekst: t,
                        bron: bron.clone(),
                    }),
                    Vragen::GEEN,
                    Vragen::GEEN,
                );
            };
            let n = periode.norm(*norm);
            let maandnorm = if *inclusief_vakantietoeslag { n.inclusief } else { n.exclusief };
            let grond = rond(procent_van(maandnorm * Decimal::from(12), *procent), *afronding);
            let (l, ontbrekend) = match &leefvorm.waarde {
                Ok(l) => (Some(*l), Vragen::GEEN),
                Err(Onbepaald::Ontbreekt(v)) => (None, *v),
                Err(Onbepaald::Onbekend(_)) => (None, Vragen::GEEN),
            };
            let deel = l.map(|l| match l {
                Leefvorm::Gehuwden => *gehuwden_procent,
                Leefvorm::Alleenstaande => *alleenstaande_procent,
                Leefvorm::AlleenstaandeOuder => *alleenstaande_ouder_procent,
            });
            let waarde = deel.map(|d| rond(procent_van(grond, d), *afronding));
            let vt = if *inclusief_vakantietoeslag { ("inclusief", "including") } else { ("zonder", "excluding") };
            let rondt = match afronding {
                Afronding::HeleEurosOmhoog => (" naar boven afgerond op hele euro's", " rounded up to whole euros"),
                Afronding::OpCenten => ("", ""),
            };
            let basis = tekst!(
                ctx,
                format!(
                    "{} van de norm ({} per maand {} vakantietoeslag op {}) op jaarbasis is {}{}.",
                    procent_nl(*procent),
                    euro_nl(maandnorm),
                    vt.0,
                    januari.lang_nl(),
                    euro_nl(grond),
                    rondt.0
                ),
                format!(
                    "{} of the standard ({} per month {} holiday allowance on {}) per year is {}{}.",
                    procent_en(*procent),
                    euro_en(maandnorm),
                    vt.1,
                    januari.lang_en(),
                    euro_en(grond),
                    rondt.1
                ),
            );
            let t = match (waarde, l, deel) {
                (Some(w), Some(l), Some(d)) => tekst!(
                    ctx,
                    format!("Geschat bedrag: {} per jaar, voor {} {} daarvan.", euro_nl(w), l.nl(), procent_nl(d)),
                    format!("Estimated amount: {} per year; for {} {} of it.", euro_en(w), l.en(), procent_en(d)),
                )
                .en_dan(&basis),
                _ => tekst!(ctx, "Het bedrag hangt af van uw gezinssituatie.", "The amount depends on your household.")
                    .en_dan(&basis),
            };
            (
                Some(Bedrag { waarde, per: Some(Periode::Jaar), maximaal: false, tekst: t, bron: bron.clone() }),
                leefvorm.gelezen,
                ontbrekend,
            )
        }
        Bedragregel::Vast { bedrag, per, maximaal, bron } => {
            let per_tekst = match per {
                Periode::Maand => (" per maand", " per month"),
                Periode::Jaar => (" per jaar", " per year"),
                Periode::Eenmalig => (" eenmalig", " once"),
            };
            let tot = if *maximaal { ("Tot ", "Up to ") } else { ("", "") };
            let t = tekst!(
                ctx,
                format!("{}{}{}.", tot.0, euro_nl(*bedrag), per_tekst.0),
                format!("{}{}{}.", tot.1, euro_en(*bedrag), per_tekst.1),
            );
            (
                Some(Bedrag {
                    waarde: Some(*bedrag),
                    per: Some(*per),
                    maximaal: *maximaal,
                    tekst: t,
                    bron: bron.clone(),
                }),
                Vragen::GEEN,
                Vragen::GEEN,
            )
        }
        Bedragregel::Onbekend { document, toelichting } => {
            let t = tekst!(ctx,
                format!("Het bedrag staat in de {document}. Dat document hebben wij niet, dus wij noemen geen bedrag. De gemeente vertelt u hoeveel het is."),
                format!("The amount is set in the {document}. We do not have that document, so we give no amount. The municipality will tell you how much it is."),
            )
            .en_dan(toelichting);
            (
                Some(Bedrag { waarde: None, per: None, maximaal: false, tekst: t, bron: document.clone() }),
                Vragen::GEEN,
                Vragen::GEEN,
            )
        }
        Bedragregel::KostenMinDraagkracht => (None, Vragen::GEEN, Vragen::GEEN),
    }
}

/// The draagkracht of the household, and for each cost with an amount the estimated payment.
pub fn draagkracht(regel: &Draagkrachtregel, ctx: &Context) -> (Draagkracht, Vragen, Vragen) {
    let r = match regel {
        Draagkrachtregel::Onbekend { document } => {
            let t = tekst!(ctx,
                format!("Hoeveel u zelf moet betalen (uw draagkracht) staat in de {document}. Dat document hebben wij niet. De gemeente rekent het voor u uit."),
                format!("How much you pay yourself (your means) is set in the {document}. We do not have that document. The municipality will work it out for you."),
            );
            return (Draagkracht::zonder_bedrag(t, document.clone()), Vragen::GEEN, Vragen::GEEN);
        }
        Draagkrachtregel::PercentageBovenNorm(r) => r,
    };
    let hh = &ctx.huishouden;
    let norm = hh.norm_voor(r.kostendelersnorm);
    let inkomen = ctx.inkomen();
    let mut gelezen = norm.gelezen.en(inkomen.gelezen).met(Vraag::Kosten);
    let mut ontbrekend = Vragen::GEEN;
    for e in [norm.waarde.as_ref().err(), inkomen.waarde.as_ref().err()].into_iter().flatten() {
        if let Onbepaald::Ontbreekt(v) = e {
            ontbrekend = ontbrekend.en(*v);
        }
    }
    let vermogensdeel = if r.vermogen_boven_grens {
        gelezen = gelezen.en(hh.vermogen.gelezen).en(hh.leefvorm.gelezen);
        match (&hh.vermogen.waarde, hh.vermogensgrens()) {
            (Ok(v), Some(g)) => Some((*v - g).max(Decimal::ZERO)),
            (v, _) => {
                if let Err(Onbepaald::Ontbreekt(m)) = v {
                    ontbrekend = ontbrekend.en(*m);
                }
                if let Err(Onbepaald::Ontbreekt(m)) = &hh.leefvorm.waarde {
                    ontbrekend = ontbrekend.en(*m);
                }
                None
            }
        }
    } else {
        Some(Decimal::ZERO)
    };
    let (Some(n), Some(i), Some(vermogensdeel)) = (norm.ok(), inkomen.ok(), vermogensdeel) else {
        let t = tekst!(ctx,
            format!("Uw draagkracht is {} van wat uw inkomen boven {} van de bijstandsnorm uitkomt, over {} maanden{}. Vul uw inkomen{} in om die uit te rekenen.",
                procent_nl(r.inkomen_procent), procent_nl(r.boven_procent), r.periode_maanden,
                if r.vermogen_boven_grens { ", plus uw vermogen boven de vermogensgrens" } else { "" },
                if r.vermogen_boven_grens { " en vermogen" } else { "" }),
            format!("Your means are {} of your income above {} of the social assistance standard, over {} months{}. Enter your income{} to work it out.",
                procent_en(r.inkomen_procent), procent_en(r.boven_procent), r.periode_maanden,
                if r.vermogen_boven_grens { ", plus your assets above the asset limit" } else { "" },
                if r.vermogen_boven_grens { " and assets" } else { "" }),
        );
        return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen, ontbrekend);
    };
    let grens = procent_van(n.bedrag, r.boven_procent);
    let boven = (*i - grens).max(Decimal::ZERO);
    let inkomensdeel = procent_van(boven * Decimal::from(r.periode_maanden), r.inkomen_procent);
    let per_jaar = afronden_op_centen(inkomensdeel + vermogensdeel);
    // Montferland 7.3: for medical costs, the income part is lowered by at most a fixed amount
    // while income stays below `tot_procent` of the norm.
    let zorg = r.zorgkosten.as_ref().map(|z| {
        let binnen = *i <= procent_van(n.bedrag, z.tot_procent);
        let deel = if binnen { (inkomensdeel - z.maximale_verlaging).max(Decimal::ZERO) } else { inkomensdeel };
        afronden_op_centen(deel + vermogensdeel)
    });
    let kosten = ctx
        .antwoorden()
        .kosten
        .iter()
        .flatten()
        .filter_map(|k| {
            let bedrag = k.bedrag?;
            let dk = match (k.soort, zorg) {
                (crate::household::KostSoort::Medisch, Some(z)) => z,
                _ => per_jaar,
            };
            Some(KostVergoeding {
                soort: k.soort,
                bedrag,
                draagkracht: dk,
                geschatte_vergoeding: afronden_op_centen((bedrag - dk).max(Decimal::ZERO)),
            })
        })
        .collect();
    let mut t = tekst!(ctx,
        format!(
            "Uw draagkracht is {} per jaar: {} van wat uw inkomen boven {} van de bijstandsnorm ({}) uitkomt, over {} maanden",
            euro_nl(per_jaar), procent_nl(r.inkomen_procent), procent_nl(r.boven_procent), euro_nl(grens), r.periode_maanden
        ),
        format!(
            "Your means are {} per year: {} of your income above {} of the social assistance standard ({}), over {} months",
            euro_en(per_jaar), procent_en(r.inkomen_procent), procent_en(r.boven_procent), euro_en(grens), r.periode_maanden
        ),
    );
    let vermogen = r.vermogen_boven_grens;
    let slot = tekst!(
        ctx,
        format!(
            "{}. Dat deel betaalt u zelf; de bijzondere bijstand kan betalen wat daarboven nodig is.",
            if vermogen {
                format!(", plus uw vermogen boven de vermogensgrens ({})", euro_nl(vermogensdeel))
            } else {
                String::new()
            }
        ),
        format!(
            "{}. You pay that part yourself; special assistance can pay what is needed above it.",
            if vermogen {
                format!(", plus your assets above the asset limit ({})", euro_en(vermogensdeel))
            } else {
                String::new()
            }
        ),
    );
    // Appended without a space: the sentence above is still open.
    t.nl.push_str(&slot.nl);
    t.en.push_str(&slot.en);
    if let (Some(z), Some(regel)) = (zorg, &r.zorgkosten) {
        t = t.en_dan(&tekst!(
            ctx,
            format!(
                "Voor medische kosten is uw draagkracht {} per jaar: tot {} van de norm gaat er hoogstens {} af.",
                euro_nl(z),
                procent_nl(regel.tot_procent),
                euro_nl(regel.maximale_verlaging)
            ),
            format!(
                "For medical costs your means are {} per year: up to {} of the standard, at most {} is taken off.",
                euro_en(z),
                procent_en(regel.tot_procent),
                euro_en(regel.maximale_verlaging)
            ),
        ));
    }
    (
        Draagkracht { per_jaar: Some(per_jaar), zorgkosten_per_jaar: zorg, tekst: t, kosten, bron: r.bron.clone() },
        gelezen,
        Vragen::GEEN,
    )
}
