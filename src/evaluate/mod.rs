//! Policy x household x peildatum -> Report. Pure: no I/O, no clock, no globals.
//!
//! Each regeling's conditions are tested (`voorwaarden`), put into words (`redenen`), and
//! given an amount or draagkracht (`bedrag`) and a "what if" margin (`marge`). The questions
//! every conclusion read become the list the widget still asks.

mod bedrag;
mod context;
mod feit;
mod huishouden;
mod inkomensreeks;
mod kostentoets;
mod marge;
mod redenen;
mod rollen;
mod specifiek;
mod vergoeding;
mod voorwaarden;
mod woning;

pub use feit::{Feit, Onbepaald};
pub use huishouden::{Leefvorm, ToegepasteNorm};
pub use inkomensreeks::{inkomensreeks, Inkomensreeks, Inkomensstap, ReeksFout, MAX_STAPPEN};

use crate::datum::Datum;
use crate::household::Antwoorden;
use crate::money::{afronden_procent, als_procent_van};
use crate::norms::{NormFout, Normen};
use crate::policy::{Policy, Regeling};
use crate::questions::{relevante_vragen, RelevanteVraag, Vraag, Vragen};
use crate::report::{GemeenteInfo, MaatwerkSignaal, Report, Status, Uitkomst};
use crate::suggestie::dichtstbij;
use crate::uitleg::zin;
use context::Context;
use voorwaarden::{toets_alle, Uitslag};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvaluatieFout {
    #[error(transparent)]
    Normen(#[from] NormFout),
    #[error("de gemeente {gemeente} kent geen regeling '{id}'{}", suggestie.as_ref().map(|s| format!("; bedoelt u '{s}'?")).unwrap_or_default())]
    OnbekendeRegeling { gemeente: String, id: String, suggestie: Option<String> },
}

impl EvaluatieFout {
    pub fn code(&self) -> &'static str {
        match self {
            EvaluatieFout::Normen(
                NormFout::PeildatumVoorNormen { .. } | NormFout::PeildatumVoorVermogensgrenzen { .. },
            ) => "peildatum_voor_normen",
            EvaluatieFout::Normen(NormFout::AowLeeftijdOnbekend { .. }) => "aow_leeftijd_onbekend",
            EvaluatieFout::OnbekendeRegeling { .. } => "onbekende_regeling",
        }
    }
}

/// Evaluates every regeling of the policy valid on the peildatum.
pub fn evaluate(
    policy: &Policy,
    normen: &Normen,
    antwoorden: &Antwoorden,
    peildatum: Datum,
) -> Result<Report, EvaluatieFout> {
    evaluate_regelingen(policy, normen, antwoorden, peildatum, None)
}

/// Evaluates only the named regelingen (a kindpakket page), or all with `None`.
pub fn evaluate_regelingen(
    policy: &Policy,
    normen: &Normen,
    antwoorden: &Antwoorden,
    peildatum: Datum,
    alleen: Option<&[String]>,
) -> Result<Report, EvaluatieFout> {
    if let Some(ids) = alleen {
        for id in ids {
            if policy.regeling(id).is_none() {
                return Err(EvaluatieFout::OnbekendeRegeling {
                    gemeente: policy.gemeente.id.clone(),
                    id: id.clone(),
                    suggestie: dichtstbij(id, policy.regelingen.iter().map(|r| &*r.id)).map(str::to_string),
                });
            }
        }
    }
    let mut waarschuwingen = normen.controleer(peildatum)?;
    // Rules six or more years old on the peildatum may have been replaced: the results say so
    // rather than present them as today's (issue 13). The year is text, not a number to group.
    if let Some(jaar) = policy.gemeente.regels_uit.filter(|j| peildatum.jaar() >= j.saturating_add(6)) {
        waarschuwingen.push(crate::norms::Waarschuwing {
            code: "regels_oud",
            bericht: zin!("waarschuwing-regels-oud", gemeente = policy.gemeente.naam.clone(), jaar = jaar.to_string()),
        });
    }
    let draagkracht_gedeeld = specifiek::draagkracht_gedeeld(policy, antwoorden, peildatum);
    let mut ctx = Context::nieuw(antwoorden, normen, peildatum, &policy.gemeente, draagkracht_gedeeld)?;

    let gekozen = |r: &&Regeling| alleen.is_none_or(|ids| ids.iter().any(|id| **id == *r.id));
    let mut niet_geldig = Vec::new();
    let mut uitkomsten = Vec::new();
    let mut gelezen = Vragen::GEEN;
    for regeling in policy.regelingen.iter().filter(gekozen) {
        if !regeling.geldig_op(peildatum) {
            niet_geldig.push(regeling.id.to_string());
            continue;
        }
        // The partner with a right to bijstand applies (rollen.rs); the general regeling goes
        // without the costs a specific regeling rules (specifiek.rs).
        let gewisseld = rollen::gewisseld(regeling, antwoorden);
        let wissel = gewisseld.is_some();
        let basis = gewisseld.as_ref().unwrap_or(antwoorden);
        let apart = specifiek::zonder_specifieke_kosten(policy, regeling, basis, peildatum).or(gewisseld);
        let (mut uitkomst, las) = match apart {
            Some(eigen) => {
                let mut apart = Context::nieuw(&eigen, normen, peildatum, &policy.gemeente, draagkracht_gedeeld)?;
                uitkomst(regeling, &mut apart)
            }
            None => uitkomst(regeling, &mut ctx),
        };
        let las = if wissel {
            uitkomst.redenen.insert(0, rollen::reden(regeling));
            // Only the partner's right decides now: an assumption about it would be a `ja` the
            // answer could undo, so it is asked.
            let open = rollen::open_recht(&antwoorden.partner);
            if !open.is_leeg() && uitkomst.status == Status::Ja {
                uitkomst.status = Status::Misschien;
            }
            uitkomst.ontbrekende_vragen = rollen::terug(uitkomst.ontbrekende_vragen.en(open));
            rollen::terug(las.en(open))
        } else {
            las
        };
        gelezen = gelezen.en(las);
        uitkomsten.push(uitkomst);
    }
    // A specific regeling decides its own costs; a page limited to the general one still needs
    // the outcome of the specific one, so that one is evaluated here without being shown.
    let mut statussen: Vec<(std::sync::Arc<str>, Status)> =
        uitkomsten.iter().map(|u| (u.id.clone(), u.status)).collect();
    for r in policy.regelingen.iter().filter(|r| r.bijzondere_bijstand && r.geldig_op(peildatum) && !gekozen(r)) {
        statussen.push((r.id.clone(), uitkomst(r, &mut ctx).0.status));
    }
    let status = |id: &str| statussen.iter().find(|(i, _)| &**i == id).map(|(_, s)| *s);
    specifiek::verwijzingen(policy, &mut uitkomsten, &ctx, &status);
    if ctx.draagkracht_gedeeld {
        vergoeding::een_keer(&mut uitkomsten, &ctx);
    }
    woning::over_het_jaar(&mut uitkomsten, &ctx);

    // Maatwerk signals on a full check only: a page limited to its own regelingen asks nothing else.
    let mut maatwerk = Vec::new();
    if alleen.is_none() {
        for s in &policy.signalen {
            let toets = toets_alle(&s.voorwaarden, &ctx);
            gelezen = gelezen.en(toets.gelezen);
            if toets.uitslag == Uitslag::Voldaan {
                let redenen =
                    s.voorwaarden.iter().zip(&toets.onderdelen).map(|(v, t)| redenen::reden(v, t, &ctx)).collect();
                maatwerk.push(MaatwerkSignaal {
                    id: s.id.clone(),
                    tekst: s.tekst.clone(),
                    bron: s.bron.clone(),
                    redenen,
                });
            }
        }
    }
    // Out-of-date vermogensgrenzen matter only where a conclusion read the vermogen: a
    // kindpakket page that never asks about it does not warn about it (issue 13).
    if !gelezen.bevat(Vraag::Vermogen) {
        waarschuwingen.retain(|w| w.code != "vermogensgrenzen_niet_actueel");
    }
    // ja and misschien first; within a status, the policy's order (a stable sort keeps it)
    uitkomsten.sort_by_key(|u| u.status == Status::Nee);

    let hh = &ctx.huishouden;
    let inkomen = hh.inkomen.ok().copied();
    // The norm the gemeente's tests use (Montferland's own for the alleenstaande ouder), so the
    // figures at the top are the ones the reasons give.
    // From 18 to 20 still the youth norm of art. 20 (the shared scenarios' `bijstandsnorm`); the
    // reasons say where the norm from 21 counts.
    let norm = hh.toetsnorm.ok().map(|n| n.bedrag);
    let als_21 = hh.norm_als_21(false).and_then(|f| f.ok()).map(|n| n.bedrag);
    Ok(Report {
        gemeente: GemeenteInfo {
            id: policy.gemeente.id.clone(),
            naam: policy.gemeente.naam.clone(),
            versie: policy.gemeente.versie.clone(),
            bron: policy.gemeente.bron.clone(),
            website: policy.gemeente.website.clone(),
        },
        peildatum,
        normen_geldig_vanaf: hh.normen.geldig_vanaf,
        leefvorm: hh.leefvorm.ok().copied(),
        // With kostendelers the kostendelersnorm, otherwise the norm the tests use.
        bijstandsnorm: match hh.norm_kostendelers.ok() {
            Some(k) if k.kostendelers.is_some() => Some(k.bedrag),
            _ => norm,
        },
        kostendelers: hh.norm_kostendelers.ok().and_then(|n| n.kostendelers),
        bijstandsnorm_zonder_kostendelersnorm: norm,
        hoogste_norm: als_21.or(norm),
        inkomen,
        inkomen_procent_van_norm: inkomen.zip(norm).and_then(|(i, n)| als_procent_van(i, n)).map(afronden_procent),
        waarschuwingen,
        regelingen: uitkomsten,
        maatwerk,
        niet_geldig,
        vragen: relevante_vragen(gelezen, antwoorden.beantwoord()),
    })
}

/// The questions still relevant for this policy and these answers: every answer some
/// conclusion read, answered or not. The widget asks the unanswered ones.
pub fn relevant_questions(
    policy: &Policy,
    normen: &Normen,
    antwoorden: &Antwoorden,
    peildatum: Datum,
    alleen: Option<&[String]>,
) -> Result<Vec<RelevanteVraag>, EvaluatieFout> {
    evaluate_regelingen(policy, normen, antwoorden, peildatum, alleen).map(|r| r.vragen)
}

pub(crate) fn status_van(u: &Uitslag) -> Status {
    match u {
        Uitslag::Voldaan => Status::Ja,
        Uitslag::NietVoldaan => Status::Nee,
        Uitslag::Ontbreekt(_) | Uitslag::Onzeker => Status::Misschien,
    }
}

/// One regeling's outcome, and the questions that still matter for it.
fn uitkomst(regeling: &Regeling, ctx: &mut Context) -> (Uitkomst, Vragen) {
    ctx.niet_rechthebbende_partner = regeling.niet_rechthebbende_partner.is_some();
    let toets = toets_alle(&regeling.voorwaarden, ctx);
    let mut status = status_van(&toets.uitslag);
    let mut ontbrekend = match toets.uitslag {
        Uitslag::Ontbreekt(v) => v,
        _ => Vragen::GEEN,
    };
    let mut gelezen = toets.gelezen;
    let mut redenen: Vec<crate::report::Reden> =
        regeling.voorwaarden.iter().zip(&toets.onderdelen).map(|(v, t)| redenen::reden(v, t, ctx)).collect();
    // Two blocks can say the same about the same cost (the national refusal grounds and a
    // gemeente's own list): the inwoner reads it once.
    // (Compared with the reasons before it, not copied aside: copying every reason's messages
    // was a tenth of an evaluation.)
    let dubbel: Vec<bool> =
        redenen.iter().enumerate().map(|(i, r)| redenen.iter().take(i).any(|e| e.zinnen == r.zinnen)).collect();
    let mut dubbel = dubbel.into_iter();
    redenen.retain(|_| !dubbel.next().unwrap_or(false));

    let (mut bedrag, mut draagkracht) = (None, None);
    if status != Status::Nee {
        if let Some(regel) = &regeling.bedrag {
            // With the partner's right unanswered: when the partner, having it, would fail a
            // condition, only a partner without it leaves a right, with that amount (7.4.3 lid 2).
            if ctx.niet_rechthebbende_partner && voorwaarden::partner_recht_aangenomen(ctx) {
                ctx.partner_recht = Some(true);
                let met_recht = toets_alle(&regeling.voorwaarden, ctx).uitslag;
                ctx.partner_recht = (met_recht == Uitslag::NietVoldaan).then_some(false);
            }
            let (b, las, mist) = bedrag::bedrag(regel, ctx);
            ctx.partner_recht = None;
            bedrag = b;
            gelezen = gelezen.en(las);
            ontbrekend = ontbrekend.en(mist);
        }
        if let Some(regel) = &regeling.draagkracht {
            let (d, las, mist) = bedrag::draagkracht(regel, &regeling.voorwaarden, ctx);
            draagkracht = Some(d);
            gelezen = gelezen.en(las);
            ontbrekend = ontbrekend.en(mist);
        }
    }
    // Costs the draagkracht covers in full are a nee, once no answer is missing (with one
    // missing, the shared scenarios keep the misschien that asks for it).
    let niets_open = !matches!(toets.uitslag, Uitslag::Ontbreekt(_)) && !ctx.draagkracht_gedeeld;
    if let Some(reden) = draagkracht.as_ref().filter(|_| niets_open).and_then(|d| vergoeding::gedekt(d, ctx)) {
        status = Status::Nee;
        ontbrekend = Vragen::GEEN;
        redenen.push(reden);
    }
    let marge = if status == Status::Nee && toets.uitslag != Uitslag::NietVoldaan {
        None
    } else {
        marge::marge(regeling, ctx, status, &toets)
    };
    ctx.niet_rechthebbende_partner = false;
    let uitkomst = Uitkomst {
        id: regeling.id.clone(),
        naam: regeling.naam.clone(),
        omschrijving: regeling.omschrijving.clone(),
        status,
        bron: regeling.bron.clone(),
        redenen,
        bedrag,
        draagkracht,
        ontbrekende_vragen: ontbrekend,
        marge,
        vervolgstap: regeling.vervolgstap.clone(),
    };
    (uitkomst, gelezen)
}

#[cfg(test)]
mod tests;
