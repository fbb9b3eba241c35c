//! Estimated amounts and draagkracht. Every result is computed at full precision and rounded
//! once, with the rounding its rule names (`crate::money`).

use super::context::Context;
use super::feit::Onbepaald;
use super::huishouden::Leefvorm;
use super::huishouden::ToegepasteNorm;
use super::vergoeding::vergoedingen;
use super::voorwaarden::{kost_telt, partner_recht_aangenomen, partner_zonder_recht, Uitslag};
use crate::money::{
    afronden_op_centen, afronden_op_centen_omlaag, afronden_op_hele_euros_omhoog, euro_en, euro_nl, procent_en,
    procent_nl, procent_van,
};
use crate::policy::{
    Afronding, Bedragregel, Draagkrachtregel, PercentageBovenNorm, Periode, VermogenVrijlating, Voorwaarde,
};
use crate::questions::{Vraag, Vragen};
use crate::report::{Bedrag, Draagkracht};
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
            // The norm actually used: that of 1 January, or the newest known before it.
            let normdatum = periode.geldig_vanaf;
            let maandnorm = if *inclusief_vakantietoeslag { n.inclusief } else { n.exclusief };
            let grond = rond(procent_van(maandnorm * Decimal::from(12), *procent), *afronding);
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
            let vt = if *inclusief_vakantietoeslag { ("inclusief", "including") } else { ("zonder", "excluding") };
            let rondt = match afronding {
                Afronding::HeleEurosOmhoog => (" naar boven afgerond op hele euro's", " rounded up to whole euros"),
                Afronding::OpCenten => ("", ""),
            };
            let mut basis = tekst!(
                ctx,
                format!(
                    "Het bedrag voor gehuwden is {} van de norm voor gehuwden ({} per maand {} vakantietoeslag, de norm op {}) op jaarbasis: {}{}.",
                    procent_nl(*procent),
                    euro_nl(maandnorm),
                    vt.0,
                    normdatum.lang_nl(),
                    euro_nl(grond),
                    rondt.0
                ),
                format!(
                    "The amount for married couples is {} of the married couples' standard ({} per month {} holiday allowance, the standard on {}) per year: {}{}.",
                    procent_en(*procent),
                    euro_en(maandnorm),
                    vt.1,
                    normdatum.lang_en(),
                    euro_en(grond),
                    rondt.1
                ),
            );
            if normdatum != januari {
                basis = basis.en_dan(&tekst!(
                    ctx,
                    format!(
                        "De regeling rekent met de norm op {}. Die staat nog niet in deze rekenhulp; wij rekenen met de norm op {}. Het bedrag is daarom een schatting.",
                        januari.lang_nl(),
                        normdatum.lang_nl()
                    ),
                    format!(
                        "The scheme uses the standard on {}. That is not yet in this tool; we use the standard on {}. The amount is therefore an estimate.",
                        januari.lang_en(),
                        normdatum.lang_en()
                    ),
                ));
            }
            let t = match (waarde, l, deel) {
                (Some(w), Some(l), Some(d)) => tekst!(
                    ctx,
                    format!(
                        "Geschat bedrag voor u: {} per jaar. Voor {} is dat {} van het bedrag voor gehuwden.",
                        euro_nl(w),
                        l.nl(),
                        procent_nl(d)
                    ),
                    format!(
                        "Estimated amount for you: {} per year. For {} that is {} of the amount for married couples.",
                        euro_en(w),
                        l.en(),
                        procent_en(d)
                    ),
                )
                .en_dan(&basis),
                _ => tekst!(ctx, "Het bedrag hangt af van uw gezinssituatie.", "The amount depends on your household.")
                    .en_dan(&basis),
            };
            let t = if ctx.niet_rechthebbende_partner && l == Some(Leefvorm::Gehuwden) && partner_recht_aangenomen(ctx)
            {
                t.en_dan(&tekst!(ctx,
                    "Heeft uw partner geen geldige verblijfstitel of zit uw partner in detentie, dan krijgt u het bedrag voor een alleenstaande of alleenstaande ouder (art. 7.4.3 lid 2). Dat is nog niet ingevuld; wij rekenen met het bedrag voor gehuwden.",
                    "If your partner has no valid residence permit or is in detention, you get the amount for a single person or single parent (art. 7.4.3 lid 2). That is not filled in yet; we use the amount for couples.",
                ))
            } else {
                t
            };
            let t = if zonder_partner && ctx.partner_recht == Some(false) {
                tekst!(ctx,
                    "Uw partner voldoet niet aan alle voorwaarden. Alleen als uw partner geen recht op bijstand heeft (geen geldige verblijfstitel, of in detentie), krijgt u dit, met het bedrag voor een alleenstaande (ouder) (art. 7.4.3 lid 2).",
                    "Your partner does not meet every condition. Only if your partner has no right to social assistance (no valid residence permit, or in detention) do you get this, with the single (parent) amount (art. 7.4.3 lid 2).",
                )
                .en_dan(&t)
            } else if zonder_partner {
                tekst!(ctx,
                    "Uw partner heeft geen recht op bijstand (geen geldige verblijfstitel, of in detentie). Daarom krijgt u het bedrag voor een alleenstaande of alleenstaande ouder (art. 7.4.3 lid 2).",
                    "Your partner has no right to social assistance (no valid residence permit, or in detention). So you get the amount for a single person or single parent (art. 7.4.3 lid 2).",
                )
                .en_dan(&t)
            } else {
                t
            };
            (
                Some(Bedrag { waarde, per: Some(Periode::Jaar), maximaal: false, tekst: t, bron: bron.clone() }),
                gelezen,
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
                format!("Het bedrag staat in dit document: {document}. Dat hebben wij niet, dus wij noemen geen bedrag. De gemeente vertelt u hoeveel het is."),
                format!("The amount is set in this document: {document}. We do not have it, so we give no amount. The municipality will tell you how much it is."),
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

/// The draagkracht of the household, and for each cost the regeling can pay (`kost_telt`) with
/// an amount the estimated payment.
pub fn draagkracht(
    regel: &Draagkrachtregel,
    voorwaarden: &[Voorwaarde],
    ctx: &Context,
) -> (Draagkracht, Vragen, Vragen) {
    let r = match regel {
        Draagkrachtregel::Onbekend { document } => {
            let t = tekst!(ctx,
                format!("Hoeveel u zelf moet betalen (uw draagkracht) staat in dit document: {document}. Dat hebben wij niet. De gemeente rekent het voor u uit."),
                format!("How much you pay yourself (your means) is set in this document: {document}. We do not have it. The municipality will work it out for you."),
            );
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
                let t = tekst!(
                    ctx,
                    "U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank). Zolang die loopt, heeft u geen draagkracht: u hoeft niets zelf te betalen.",
                    "You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank). While it runs, you have no means to contribute: you pay nothing yourself.",
                );
                let kosten = vergoedingen(voorwaarden, ctx, Decimal::ZERO, None);
                return (
                    Draagkracht {
                        per_jaar: Some(Decimal::ZERO),
                        zorgkosten_per_jaar: None,
                        tekst: t,
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
                let t = tekst!(
                    ctx,
                    format!("Heeft u al AOW, dan rekent de gemeente uw draagkracht over {aow_maanden} maanden, anders over {} maanden. Aan uw leeftijd in jaren zien wij niet of u de AOW-leeftijd al heeft.", r.periode_maanden),
                    format!("If you already receive state pension, the municipality works out your means over {aow_maanden} months, otherwise over {} months. We cannot tell from your age in years whether you have reached state pension age.", r.periode_maanden),
                );
                return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen_extra, Vragen::GEEN);
            }
            None => ontbrekend = ontbrekend.met(Vraag::AanvragerLeeftijd),
        }
    }
    // Someone on algemene bijstand already has the kostendelersnorm in it: the correction for
    // sharing a home is for other incomes (001 Ad. 7 fictieve inkomsten, par. 6 pt 7).
    let kostendelers = r.kostendelersnorm && !op_bijstand;
    let norm = hh.norm_voor(kostendelers);
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
        let (nodig_nl, nodig_en) = super::redenen::nodig(ontbrekend);
        let t = tekst!(ctx,
            format!("Uw draagkracht is {} van wat uw inkomen boven {} van de bijstandsnorm uitkomt, over {} maanden{}. Om die uit te rekenen is nog nodig: {nodig_nl}.",
                procent_nl(r.inkomen_procent), procent_nl(r.boven_procent), periode,
                if r.vermogen_boven_grens { ", plus het deel van uw vermogen dat meetelt" } else { "" }),
            format!("Your means are {} of your income above {} of the social assistance standard, over {} months{}. To work it out we still need: {nodig_en}.",
                procent_en(r.inkomen_procent), procent_en(r.boven_procent), periode,
                if r.vermogen_boven_grens { ", plus the part of your assets that counts" } else { "" }),
        );
        return (Draagkracht::zonder_bedrag(t, r.bron.clone()), gelezen, ontbrekend);
    };
    // Roosendaal 001 Ad. 6: above 110% the gemeente reckons from real income and spending.
    if let Some(tot) = r.berekend_tot_procent {
        if *i > procent_van(n.bedrag, tot) {
            let t = tekst!(ctx,
                format!("Uw inkomen is hoger dan {} van de bijstandsnorm ({}). Dan rekent de gemeente uit hoeveel u had kunnen sparen, met uw echte inkomsten en uitgaven van de afgelopen 36 maanden. Dat kunnen wij niet voor u uitrekenen.", procent_nl(tot), euro_nl(afronden_op_centen_omlaag(procent_van(n.bedrag, tot)))),
                format!("Your income is above {} of the social assistance standard ({}). Then the municipality works out how much you could have saved, from your real income and spending over the last 36 months. We cannot work that out for you.", procent_en(tot), euro_en(afronden_op_centen_omlaag(procent_van(n.bedrag, tot)))),
            );
            // The savings that count do so always (001 Ad. 6): where they alone pay every cost,
            // that is known without the reservering, and it is at least the draagkracht.
            let kosten = vergoedingen(voorwaarden, ctx, vermogensdeel, None);
            let som: Decimal = kosten.iter().map(|k| k.bedrag).sum();
            if vermogensdeel > Decimal::ZERO && !kosten.is_empty() && som <= vermogensdeel {
                let t = t.en_dan(&tekst!(
                    ctx,
                    format!(
                        "Maar het spaargeld dat altijd meetelt ({}) is al genoeg voor uw kosten.",
                        euro_nl(vermogensdeel)
                    ),
                    format!("But the savings that always count ({}) already cover your costs.", euro_en(vermogensdeel)),
                ));
                let d = Draagkracht {
                    per_jaar: Some(afronden_op_centen(vermogensdeel)),
                    zorgkosten_per_jaar: None,
                    tekst: t,
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
    let mut t = tekst!(ctx,
        format!(
            "Uw draagkracht is {}: {} van wat uw inkomen boven {} komt ({} van de bijstandsnorm van {}, de norm op {}), over {} maanden",
            euro_nl(per_jaar), procent_nl(r.inkomen_procent), euro_nl(afronden_op_centen_omlaag(grens)), procent_nl(r.boven_procent), euro_nl(n.bedrag), hh.normen.geldig_vanaf.lang_nl(), periode
        ),
        format!(
            "Your means are {}: {} of your income above {} ({} of the social assistance standard of {}, the standard on {}), over {} months",
            euro_en(per_jaar), procent_en(r.inkomen_procent), euro_en(afronden_op_centen_omlaag(grens)), procent_en(r.boven_procent), euro_en(n.bedrag), hh.normen.geldig_vanaf.lang_en(), periode
        ),
    );
    let vermogen = r.vermogen_boven_grens;
    let slot = tekst!(
        ctx,
        format!(
            "{}. Dat deel betaalt u zelf; de bijzondere bijstand kan betalen wat daarboven nodig is.",
            if vermogen { format!(", plus {} ({})", vermogen_nl(r), euro_nl(vermogensdeel)) } else { String::new() }
        ),
        format!(
            "{}. You pay that part yourself; special assistance can pay what is needed above it.",
            if vermogen { format!(", plus {} ({})", vermogen_en(r), euro_en(vermogensdeel)) } else { String::new() }
        ),
    );
    // Appended without a space: the sentence above is still open.
    t.nl.push_str(&slot.nl);
    t.en.push_str(&slot.en);
    t = t.en_dan(&super::redenen::inkomenscorrectie(ctx));
    if schuldregeling_open {
        t = t.en_dan(&tekst!(
            ctx,
            "Zit u in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank)? Dan heeft u zolang die loopt geen draagkracht.",
            "Are you in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank)? Then you have no means to contribute while it runs.",
        ));
    }
    if let (Some(z), Some(regel)) = (zorg.filter(|z| *z < per_jaar), &r.zorgkosten) {
        t = t.en_dan(&tekst!(
            ctx,
            format!(
                "Voor medische kosten is uw draagkracht {} over {} maanden: tot {} van de norm gaat er hoogstens {} af.",
                euro_nl(z),
                periode,
                procent_nl(regel.tot_procent),
                euro_nl(regel.maximale_verlaging)
            ),
            format!(
                "For medical costs your means are {} over {} months: up to {} of the standard, at most {} is taken off.",
                euro_en(z),
                periode,
                procent_en(regel.tot_procent),
                euro_en(regel.maximale_verlaging)
            ),
        ));
    }
    // What the tool cannot know lowers the draagkracht, so it is no ground for a nee.
    let bron_open =
        a.aanvrager.inkomensbron.is_none() || (a.heeft_partner == Some(true) && a.partner.inkomensbron.is_none());
    let bijstand_open = r.bijstand_kan_zonder_draagkracht && !per_jaar.is_zero() && (op_bijstand || bron_open);
    if bijstand_open && op_bijstand {
        t = t.en_dan(&tekst!(
            ctx,
            "U krijgt bijstand. Dan kan de gemeente ervan uitgaan dat u geen draagkracht heeft; spaargeld uit de uitkering blijft vrij. De draagkracht hierboven is dus het hoogste dat het kan zijn.",
            "You receive social assistance. Then the municipality may assume you have no means; savings from the benefit stay free. The means above are the most they can be.",
        ));
    } else if bijstand_open {
        t = t.en_dan(&tekst!(
            ctx,
            "Krijgt u een bijstandsuitkering? Dan kan de gemeente ervan uitgaan dat u geen draagkracht heeft.",
            "Do you receive social assistance? Then the municipality may assume you have no means to contribute.",
        ));
    }
    // The deductions lower only the income part: costs the vermogen alone covers stay covered.
    let kosten_samen: Decimal = kosten.iter().map(|k| k.bedrag).sum();
    let aftrek_open = r.aftrekposten.is_some() && !inkomensdeel.is_zero() && kosten_samen > vermogensdeel;
    if let (true, Some(toelichting)) = (aftrek_open, &r.aftrekposten) {
        t = t.en_dan(toelichting);
    }
    // Say so and ask for it, rather than drop it.
    if zonder_bedrag {
        t = t.en_dan(&tekst!(
            ctx,
            "Van een of meer van uw kosten weten wij het bedrag nog niet; die schatten wij niet.",
            "For one or more of your costs we do not know the amount yet; we do not estimate those.",
        ));
    }
    let woning_zonder_onderzoek_tot = super::woning::boven_grens(ctx, r, &kosten);
    (
        Draagkracht {
            per_jaar: Some(per_jaar),
            zorgkosten_per_jaar: zorg,
            tekst: t,
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

fn vermogen_nl(r: &PercentageBovenNorm) -> String {
    match r.vermogen_vrijlating {
        VermogenVrijlating::Vermogensgrens => "uw vermogen boven de vermogensgrens".into(),
        VermogenVrijlating::Geen => "al uw spaargeld en geld op de bank".into(),
        VermogenVrijlating::NormInclusiefVakantietoeslag => {
            "uw geld op de bank boven de bijstandsnorm met vakantiegeld".into()
        }
        VermogenVrijlating::Bedrag => {
            format!("uw spaargeld en contant geld boven {}, of al uw vermogen boven de vermogensgrens (ook in uw eigen huis) als dat meer is", euro_nl(r.vermogen_vrijlating_bedrag.unwrap_or_default()))
        }
    }
}

fn vermogen_en(r: &PercentageBovenNorm) -> String {
    match r.vermogen_vrijlating {
        VermogenVrijlating::Vermogensgrens => "your assets above the asset limit".into(),
        VermogenVrijlating::Geen => "all your savings and money in the bank".into(),
        VermogenVrijlating::NormInclusiefVakantietoeslag => {
            "your bank balance above the social assistance standard with holiday pay".into()
        }
        VermogenVrijlating::Bedrag => {
            format!("your savings and cash above {}, or all your assets above the asset limit (your own home included) if that is more", euro_en(r.vermogen_vrijlating_bedrag.unwrap_or_default()))
        }
    }
}
