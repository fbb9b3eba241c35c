//! Estimated amounts and draagkracht. Every result is computed at full precision and rounded
//! once, with the rounding its rule names (`crate::money`).

use super::context::Context;
use super::feit::Onbepaald;
use super::huishouden::Leefvorm;
use super::huishouden::ToegepasteNorm;
use super::vergoeding::vergoedingen;
use super::voorwaarden::{kost_telt, partner_recht_aangenomen, partner_zonder_recht, Uitslag};
use crate::money::{afronden_op_centen, afronden_op_centen_omlaag, afronden_op_hele_euros_omhoog, procent_van};
use crate::policy::{
    Afronding, Bedragregel, Draagkrachtregel, PercentageBovenNorm, Periode, VermogenVrijlating, Voorwaarde,
};
use crate::questions::{Vraag, Vragen};
use crate::report::{Bedrag, Draagkracht};
use crate::uitleg::{euro, procent, zin, Arg};
use rust_decimal::Decimal;
use std::sync::Arc;

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
            procent: van_norm,
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
                return (
                    Some(Bedrag {
                        waarde: None,
                        per: Some(Periode::Jaar),
                        maximaal: false,
                        uitleg: vec![zin!("bedrag-norm-onbekend", januari = januari)],
                        bron: bron.clone(),
                    }),
                    Vragen::GEEN,
                    Vragen::GEEN,
                );
            };
            let n = periode.norm(*norm);
            // The norm actually used: that of 1 January, or the newest known before it.
            let normdatum = periode.geldig_vanaf;
            let maandnorm = if *inclusief_vakantietoeslag { n.inclusief } else { n.exclusief };
            let grond = rond(procent_van(maandnorm * Decimal::from(12), *van_norm), *afronding);
            let (mut l, mut ontbrekend) = match &leefvorm.waarde {
                Ok(l) => (Some(*l), Vragen::GEEN),
                Err(Onbepaald::Ontbreekt(v)) => (None, *v),
                Err(Onbepaald::Onbekend(_)) => (None, Vragen::GEEN),
            };
            let mut gelezen = leefvorm.gelezen;
            // 002 art. 7.4.3 lid 2: with a niet-rechthebbende partner, the amount of an
            // alleenstaande (ouder).
            let mut zonder_partner = false;
            if ctx.niet_rechthebbende_partner && l == Some(Leefvorm::Gehuwden) {
                let p = partner_zonder_recht(ctx);
                gelezen = gelezen.en(p.gelezen);
                if p.uitslag == Uitslag::Voldaan {
                    zonder_partner = true;
                    gelezen = gelezen.met(Vraag::Kinderen);
                    l = match &ctx.antwoorden().kinderen {
                        Some(k) if k.iter().any(|k| k.leeftijd.is_some_and(|l| l < 18)) => {
                            Some(Leefvorm::AlleenstaandeOuder)
                        }
                        Some(k) if k.iter().all(|k| k.leeftijd.is_some()) => Some(Leefvorm::Alleenstaande),
                        _ => {
                            ontbrekend = ontbrekend.met(Vraag::Kinderen);
                            None
                        }
                    };
                }
            }
            let deel = l.map(|l| match l {
                Leefvorm::Gehuwden => *gehuwden_procent,
                Leefvorm::Alleenstaande => *alleenstaande_procent,
                Leefvorm::AlleenstaandeOuder => *alleenstaande_ouder_procent,
            });
            let waarde = deel.map(|d| rond(procent_van(grond, d), *afronding));
            let vakantietoeslag = if *inclusief_vakantietoeslag { "inclusief" } else { "zonder" };
            let afgerond = match afronding {
                Afronding::HeleEurosOmhoog => "hele_euros",
                Afronding::OpCenten => "centen",
            };
            let mut t = Vec::new();
            // Said first where the partner has no right: why the amount is a single person's.
            if zonder_partner && ctx.partner_recht == Some(false) {
                t.push(zin!("bedrag-partner-voldoet-niet"));
            } else if zonder_partner {
                t.push(zin!("bedrag-partner-zonder-recht"));
            }
            t.push(match (waarde, l, deel) {
                (Some(w), Some(l), Some(d)) => {
                    zin!("bedrag-geschat", bedrag = euro(w), leefvorm = l.id(), deel = procent(d))
                }
                _ => zin!("bedrag-gezinssituatie"),
            });
            t.push(zin!(
                "bedrag-gehuwden",
                procent = procent(*van_norm),
                maandnorm = euro(maandnorm),
                vakantietoeslag = vakantietoeslag,
                normdatum = normdatum,
                jaarbedrag = euro(grond),
                afronding = afgerond,
            ));
            if normdatum != januari {
                t.push(zin!("bedrag-norm-ouder", januari = januari, normdatum = normdatum));
            }
            if ctx.niet_rechthebbende_partner && l == Some(Leefvorm::Gehuwden) && partner_recht_aangenomen(ctx) {
                t.push(zin!("bedrag-partner-recht-aangenomen"));
            }
            (
                Some(Bedrag { waarde, per: Some(Periode::Jaar), maximaal: false, uitleg: t, bron: bron.clone() }),
                gelezen,
                ontbrekend,
            )
        }
        Bedragregel::Vast { bedrag, per, maximaal, bron } => {
            let tot = if *maximaal { "ja" } else { "nee" };
            let t = zin!("bedrag-vast", maximaal = tot, bedrag = euro(*bedrag), per = per.naam());
            (
                Some(Bedrag {
                    waarde: Some(*bedrag),
                    per: Some(*per),
                    maximaal: *maximaal,
                    uitleg: vec![t],
                    bron: bron.clone(),
                }),
                Vragen::GEEN,
                Vragen::GEEN,
            )
        }
        Bedragregel::Onbekend { document, toelichting } => {
            let mut t = vec![zin!("bedrag-in-document", document = Arg::Bron(document.clone()))];
            if !toelichting.nl.is_empty() || !toelichting.en.is_empty() {
                t.push(zin!("beleidstekst", tekst = Arc::new(toelichting.clone())));
            }
            (
                Some(Bedrag { waarde: None, per: None, maximaal: false, uitleg: t, bron: document.clone() }),
                Vragen::GEEN,
                Vragen::GEEN,
            )
        }
        Bedragregel::KostenMinDraagkracht => (None, Vragen::GEEN, Vragen::GEEN),
    }
}

/// The draagkracht of the household, and for each cost the regeling can pay (`kost_telt`) with
/// an amount the estimated payment.
pub fn draagkracht(
    regel: &Draagkrachtregel,
    voorwaarden: &[Voorwaarde],
    ctx: &Context,
) -> (Draagkracht, Vragen, Vragen) {
    let r = match regel {
        Draagkrachtregel::Onbekend { document } => {
            let t = vec![zin!("draagkracht-in-document", document = Arg::Bron(document.clone()))];
            return (Draagkracht::zonder_bedrag(t, document.clone()), Vragen::GEEN, Vragen::GEEN);
        }
        Draagkrachtregel::PercentageBovenNorm(r) => r,
    };
    let hh = &ctx.huishouden;
    let a = ctx.antwoorden();
    // A cost without an amount has no estimate, so no draagkracht can be said to cover it.
    let zonder_bedrag = a.kosten.iter().flatten().any(|k| k.bedrag.is_none() && kost_telt(voorwaarden, k));
    // Montferland 003 par. 5.2 lid 7 and 8: no draagkracht during a Wsnp or minnelijke regeling.
    let mut schuldregeling_open = false;
    if r.geen_draagkracht_bij_schuldregeling {
        let gelezen = Vragen::van(&[Vraag::Schulden, Vraag::Schuldregeling]);
        // Someone in a Wsnp may answer 'no debts' because the scheme carries them: the
        // specific answer decides.
        match (a.schulden, a.schuldregeling) {
            (_, Some(true)) => {
                let kosten = vergoedingen(voorwaarden, ctx, Decimal::ZERO, None);
                return (
                    Draagkracht {
                        per_jaar: Some(Decimal::ZERO),
                        zorgkosten_per_jaar: None,
                        uitleg: vec![zin!("draagkracht-schuldregeling")],
                        kosten,
                        bron: r.bron.clone(),
                        zeker: !zonder_bedrag,
                        woning_zonder_onderzoek_tot: None,
                    },
                    gelezen,
                    Vragen::GEEN,
                );
            }
            (_, Some(false)) | (Some(false), None) => {}
            // Unanswered: worked out as if there is none, and said so (the question is asked).
            (_, None) => {
                schuldregeling_open = true;
            }
        }
    }
    // Roosendaal 001 par. 6 pt 7: someone on algemene bijstand may be taken to have none.
    let op_bijstand = ctx.op_bijstand();
    // Montferland 003 par. 5.2 lid 6: 24 months for someone with AOW.
    let mut gelezen_extra = Vragen::GEEN;
    let mut ontbrekend = Vragen::GEEN;
    let mut periode = r.periode_maanden;
    if let Some(aow_maanden) = r.periode_maanden_aow {
        gelezen_extra = gelezen_extra.met(Vraag::AanvragerLeeftijd);
        // 003 par. 5.2 lid 6 speaks of receiving AOW: an income from AOW decides it too, also
        // in the year of turning AOW-leeftijd, when the age in years cannot.
        // "Belanghebbende" is the household: a partner with AOW counts as well.
        let aow = Some(crate::household::Inkomensbron::Aow);
        let partner = a.heeft_partner == Some(true);
        let ontvangt_aow = a.aanvrager.inkomensbron == aow || (partner && a.partner.inkomensbron == aow);
        let partner_aow = partner && a.partner.leeftijd.and_then(|l| hh.aow_bereikt(ctx.normen, l)) == Some(true);
        match a.aanvrager.leeftijd.map(|l| hh.aow_bereikt(ctx.normen, l)) {
            _ if ontvangt_aow || partner_aow => periode = aow_maanden,
            Some(Some(true)) => periode = aow_maanden,
            Some(Some(false)) => {}
            Some(None) => {
                let t = vec![zin!("draagkracht-aow-onbekend", aow_maanden = aow_maanden, maanden = r.periode_maanden)];
                return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen_extra, Vragen::GEEN);
            }
            None => ontbrekend = ontbrekend.met(Vraag::AanvragerLeeftijd),
        }
    }
    // Someone on algemene bijstand already has the kostendelersnorm in it: the correction for
    // sharing a home is for other incomes (001 Ad. 7 fictieve inkomsten, par. 6 pt 7).
    let kostendelers = r.kostendelersnorm && !op_bijstand;
    let norm = ctx.toetsnorm_voor(kostendelers);
    let inkomen = ctx.inkomen();
    let mut gelezen = norm.gelezen.en(inkomen.gelezen).met(Vraag::Kosten).en(gelezen_extra);
    // Whether someone is on bijstand decides the kostendelersnorm and, where the gemeente says
    // so, whether the draagkracht can make a nee: then it is asked.
    if r.bijstand_kan_zonder_draagkracht || (r.kostendelersnorm && hh.heeft_kostendelers()) {
        gelezen = gelezen.en(ctx.inkomensbron_vragen());
    }
    if r.geen_draagkracht_bij_schuldregeling {
        gelezen = gelezen.met(Vraag::Schulden).met(Vraag::Schuldregeling);
    }
    for e in [norm.waarde.as_ref().err(), inkomen.waarde.as_ref().err()].into_iter().flatten() {
        if let Onbepaald::Ontbreekt(v) = e {
            ontbrekend = ontbrekend.en(*v);
        }
    }
    // The home's equity is judged on its own where the rule says so (Montferland 5.10).
    let woning_apart = r.eigen_woning_zonder_onderzoek_tot.is_some();
    let vermogensdeel = if r.vermogen_boven_grens {
        gelezen = gelezen.en(hh.vermogen.gelezen).en(hh.leefvorm.gelezen);
        let financieel = a.vermogen;
        let vrij = match r.vermogen_vrijlating {
            VermogenVrijlating::Vermogensgrens => hh.vermogensgrens(),
            VermogenVrijlating::Geen => Some(Decimal::ZERO),
            VermogenVrijlating::Bedrag => r.vermogen_vrijlating_bedrag,
            VermogenVrijlating::NormInclusiefVakantietoeslag => norm.ok().map(|n| norm_inclusief(ctx, n)),
        };
        // A fixed or zero allowance is about savings and cash, not the home (003 9.14, 10.4; 001 Ad. 6).
        let telt = match r.vermogen_vrijlating {
            VermogenVrijlating::Vermogensgrens if !woning_apart => hh.vermogen.ok().copied(),
            // Savings less a mortgage above the home's value (art. 34 lid 1: saldering); with the
            // home open, savings within the allowance stay within it whatever the home is.
            VermogenVrijlating::Vermogensgrens => {
                financieel.zip(hh.restschuld()).map(|(f, r)| f + r).filter(|_| hh.vermogen.ok().is_some())
            }
            _ => match hh.restschuld() {
                Some(r) => financieel.map(|f| f + r),
                None => financieel.filter(|f| vrij.is_some_and(|g| *f <= g)),
            },
        };
        // Beside it, the whole vermogen above the vermogensgrens, the home's equity included,
        // still counts in full where the home is not judged apart (001 Ad. 7, "Vermogen en
        // eigen woning"): Ad. 6's allowance only adds savings under the grens.
        let boven_grens = match r.vermogen_vrijlating {
            VermogenVrijlating::Vermogensgrens => Some(Decimal::ZERO),
            _ if woning_apart => Some(Decimal::ZERO),
            _ => hh.vermogen.ok().zip(hh.vermogensgrens()).map(|(v, g)| (*v - g).max(Decimal::ZERO)),
        };
        match (telt, vrij, boven_grens) {
            (Some(v), Some(g), Some(b)) => Some((v - g).max(b).max(Decimal::ZERO)),
            _ => {
                if let Err(Onbepaald::Ontbreekt(m)) = &hh.vermogen.waarde {
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
        let t = vec![zin!(
            "draagkracht-nog-nodig",
            inkomen_procent = procent(r.inkomen_procent),
            boven_procent = procent(r.boven_procent),
            maanden = periode,
            vermogen = if r.vermogen_boven_grens { "ja" } else { "nee" },
            nodig = super::redenen::nodig(ontbrekend),
        )];
        return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen, ontbrekend);
    };
    // Roosendaal 001 Ad. 6: above 110% the gemeente reckons from real income and spending.
    if let Some(tot) = r.berekend_tot_procent {
        if *i > procent_van(n.bedrag, tot) {
            let mut t = vec![zin!(
                "draagkracht-berekend",
                procent = procent(tot),
                grens = euro(afronden_op_centen_omlaag(procent_van(n.bedrag, tot))),
            )];
            // The savings that count do so always (001 Ad. 6): where they alone pay every cost,
            // that is known without the reservering, and it is at least the draagkracht.
            let kosten = vergoedingen(voorwaarden, ctx, vermogensdeel, None);
            let som: Decimal = kosten.iter().map(|k| k.bedrag).sum();
            if vermogensdeel > Decimal::ZERO && !kosten.is_empty() && som <= vermogensdeel {
                t.push(zin!("draagkracht-spaargeld-genoeg", spaargeld = euro(vermogensdeel)));
                let d = Draagkracht {
                    per_jaar: Some(afronden_op_centen(vermogensdeel)),
                    zorgkosten_per_jaar: None,
                    uitleg: t,
                    kosten,
                    bron: r.bron.clone(),
                    zeker: !schuldregeling_open && !zonder_bedrag,
                    woning_zonder_onderzoek_tot: None,
                };
                return (d, gelezen, ontbrekend);
            }
            return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen, ontbrekend);
        }
    }
    let grens = procent_van(n.bedrag, r.boven_procent);
    let boven = (*i - grens).max(Decimal::ZERO);
    let inkomensdeel = procent_van(boven * Decimal::from(periode), r.inkomen_procent);
    let per_jaar = afronden_op_centen(inkomensdeel + vermogensdeel);
    // Montferland 7.3: for medical costs, the income part is lowered by at most a fixed amount
    // while income stays below `tot_procent` of the norm.
    let zorg = r.zorgkosten.as_ref().map(|z| {
        let binnen = *i <= procent_van(n.bedrag, z.tot_procent);
        let deel = if binnen { (inkomensdeel - z.maximale_verlaging).max(Decimal::ZERO) } else { inkomensdeel };
        afronden_op_centen(deel + vermogensdeel)
    });
    let kosten = vergoedingen(voorwaarden, ctx, per_jaar, zorg);
    let mut t = vec![zin!(
        "draagkracht-bedrag",
        draagkracht = euro(per_jaar),
        inkomen_procent = procent(r.inkomen_procent),
        grens = euro(afronden_op_centen_omlaag(grens)),
        boven_procent = procent(r.boven_procent),
        norm = euro(n.bedrag),
        normdatum = hh.normen.geldig_vanaf,
        maanden = periode,
        vermogen = if r.vermogen_boven_grens { vrijlating(r) } else { "nee" },
        vrijlating = euro(r.vermogen_vrijlating_bedrag.unwrap_or_default()),
        vermogensdeel = euro(vermogensdeel),
    )];
    t.extend(super::redenen::inkomenscorrectie(ctx));
    if schuldregeling_open {
        t.push(zin!("draagkracht-schuldregeling-open"));
    }
    if let (Some(z), Some(regel)) = (zorg.filter(|z| *z < per_jaar), &r.zorgkosten) {
        t.push(zin!(
            "draagkracht-zorgkosten",
            draagkracht = euro(z),
            maanden = periode,
            tot_procent = procent(regel.tot_procent),
            verlaging = euro(regel.maximale_verlaging),
        ));
    }
    // What the tool cannot know lowers the draagkracht, so it is no ground for a nee.
    let bron_open =
        a.aanvrager.inkomensbron.is_none() || (a.heeft_partner == Some(true) && a.partner.inkomensbron.is_none());
    let bijstand_open = r.bijstand_kan_zonder_draagkracht && !per_jaar.is_zero() && (op_bijstand || bron_open);
    if bijstand_open && op_bijstand {
        t.push(zin!("draagkracht-op-bijstand"));
    } else if bijstand_open {
        t.push(zin!("draagkracht-bijstand-open"));
    }
    // The deductions lower only the income part: costs the vermogen alone covers stay covered.
    let kosten_samen: Decimal = kosten.iter().map(|k| k.bedrag).sum();
    let aftrek_open = r.aftrekposten.is_some() && !inkomensdeel.is_zero() && kosten_samen > vermogensdeel;
    if let (true, Some(toelichting)) = (aftrek_open, &r.aftrekposten) {
        t.push(zin!("beleidstekst", tekst = Arc::clone(toelichting)));
    }
    // Say so and ask for it, rather than drop it.
    if zonder_bedrag {
        t.push(zin!("draagkracht-kosten-zonder-bedrag"));
    }
    let woning_zonder_onderzoek_tot = super::woning::boven_grens(ctx, r, &kosten);
    (
        Draagkracht {
            per_jaar: Some(per_jaar),
            zorgkosten_per_jaar: zorg,
            uitleg: t,
            kosten,
            bron: r.bron.clone(),
            // Equity in the home judged apart only adds to what the household can pay.
            zeker: !schuldregeling_open
                && hh.correctie.alimentatie != Some(None)
                && !zonder_bedrag
                && !bijstand_open
                && !aftrek_open,
            woning_zonder_onderzoek_tot,
        },
        gelezen,
        if zonder_bedrag { Vragen::van(&[Vraag::Kosten]) } else { Vragen::GEEN },
    )
}

/// The monthly norm including vakantietoeslag for this household's norm (Montferland 9.14).
fn norm_inclusief(ctx: &Context, n: &ToegepasteNorm) -> Decimal {
    let normen = ctx.huishouden.normen;
    match (n.gemeentelijk_procent, n.categorie.gehuwden_bij()) {
        (Some(p), Some(gehuwden)) => afronden_op_centen(procent_van(normen.norm(gehuwden).inclusief, p)),
        _ => normen.norm(n.categorie).inclusief,
    }
}

/// Which part of the vermogen counts, as the word the catalogs choose the phrase by.
fn vrijlating(r: &PercentageBovenNorm) -> &'static str {
    match r.vermogen_vrijlating {
        VermogenVrijlating::Vermogensgrens => "vermogensgrens",
        VermogenVrijlating::Geen => "alles",
        VermogenVrijlating::NormInclusiefVakantietoeslag => "norm",
        VermogenVrijlating::Bedrag => "bedrag",
    }
}
