//! Testing one condition block against the household: the outcome and the questions it read.
//! No text is made here, so that the "what if" margin can test many incomes cheaply;
//! `redenen` puts the outcome into words.

use super::context::Context;
use super::feit::Onbepaald;
use crate::money::procent_van;
use crate::policy::{Blok, JaNeeVraag, Voorwaarde, Wie};
use crate::questions::{Vraag, Vragen};
use rust_decimal::Decimal;

pub(super) use super::kostentoets::{
    afwijzing, betrokken, elk_blok, kost_gebreken, kost_telt, kosten_totaal, telbare_kosten, Afwijzing, KostGebrek,
};
use super::kostentoets::{afwijzingsgronden, kosten};

#[derive(Clone, Debug, PartialEq)]
pub enum Uitslag {
    Voldaan,
    NietVoldaan,
    /// These answers are missing.
    Ontbreekt(Vragen),
    /// The answers cannot decide it: a personal assessment, or a fact the tool cannot know.
    Onzeker,
}

impl Uitslag {
    fn van(onbepaald: &Onbepaald) -> Uitslag {
        match onbepaald {
            Onbepaald::Ontbreekt(v) => Uitslag::Ontbreekt(*v),
            Onbepaald::Onbekend(_) => Uitslag::Onzeker,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Toets {
    pub uitslag: Uitslag,
    /// The answers this outcome rests on.
    pub gelezen: Vragen,
    /// For groups: the members' tests, in order.
    pub onderdelen: Vec<Toets>,
}

impl Toets {
    pub(super) fn nieuw(uitslag: Uitslag, gelezen: Vragen) -> Toets {
        Toets { uitslag, gelezen, onderdelen: Vec::new() }
    }
}

/// All must hold: one failing is enough for `NietVoldaan`, and then only the failing ones
/// decided it.
pub fn alle(onderdelen: Vec<Toets>) -> Toets {
    let faalt = onderdelen.iter().any(|t| t.uitslag == Uitslag::NietVoldaan);
    let gelezen = onderdelen
        .iter()
        .filter(|t| !faalt || t.uitslag == Uitslag::NietVoldaan)
        .fold(Vragen::GEEN, |set, t| set.en(t.gelezen));
    let uitslag = if faalt { Uitslag::NietVoldaan } else { open_of(&onderdelen, Uitslag::Voldaan) };
    Toets { uitslag, gelezen, onderdelen }
}

/// One is enough: one holding gives `Voldaan`, and then only the holding ones decided it.
pub fn een_van(onderdelen: Vec<Toets>) -> Toets {
    let geldt = onderdelen.iter().any(|t| t.uitslag == Uitslag::Voldaan);
    let gelezen = onderdelen
        .iter()
        .filter(|t| !geldt || t.uitslag == Uitslag::Voldaan)
        .fold(Vragen::GEEN, |set, t| set.en(t.gelezen));
    let uitslag = if geldt { Uitslag::Voldaan } else { open_of(&onderdelen, Uitslag::NietVoldaan) };
    Toets { uitslag, gelezen, onderdelen }
}

/// Missing answers first (they can be given), then an open judgement, else `anders`.
fn open_of(onderdelen: &[Toets], anders: Uitslag) -> Uitslag {
    open_van(onderdelen.iter().map(|t| &t.uitslag), anders)
}

pub(super) fn open_van<'a>(uitslagen: impl Iterator<Item = &'a Uitslag> + Clone, anders: Uitslag) -> Uitslag {
    let ontbrekend = uitslagen.clone().fold(Vragen::GEEN, |set, u| match u {
        Uitslag::Ontbreekt(v) => set.en(*v),
        _ => set,
    });
    if uitslagen.clone().any(|u| matches!(u, Uitslag::Ontbreekt(_))) {
        Uitslag::Ontbreekt(ontbrekend)
    } else if uitslagen.clone().any(|u| *u == Uitslag::Onzeker) {
        Uitslag::Onzeker
    } else {
        anders
    }
}

/// `alle` on outcomes only, for the margin, which needs no texts and no questions.
pub fn alle_uitslag<'a>(uitslagen: impl Iterator<Item = &'a Uitslag> + Clone) -> Uitslag {
    if uitslagen.clone().any(|u| *u == Uitslag::NietVoldaan) {
        Uitslag::NietVoldaan
    } else {
        open_van(uitslagen, Uitslag::Voldaan)
    }
}

/// Savings above the vermogensgrens, toward housing costs: the value of the home does not count
/// there (003 par. 10.1). Shared by the test and its reason.
pub fn spaargeld_boven_grens(ctx: &Context) -> Result<Decimal, Onbepaald> {
    let hh = &ctx.huishouden;
    match (ctx.antwoorden().vermogen, hh.vermogensgrens()) {
        // Savings less a mortgage above the home's value (art. 34 lid 1), once that is known.
        (Some(v), Some(g)) => match hh.restschuld() {
            Some(r) => Ok((v + r - g).max(Decimal::ZERO)),
            None if v <= g => Ok(Decimal::ZERO),
            None => Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::EigenWoning, Vraag::WozWaarde, Vraag::Hypotheek]))),
        },
        (None, _) => Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::Vermogen]))),
        (Some(_), None) => Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::HeeftPartner, Vraag::Kinderen]))),
    }
}

/// Whether a block's outcome can change with the household's income.
pub fn hangt_af_van_inkomen(blok: &Blok) -> bool {
    match blok {
        Blok::Inkomen { .. } | Blok::Woonkosten { .. } => true,
        Blok::Alle(v) | Blok::EenVan(v) => v.iter().any(|v| hangt_af_van_inkomen(&v.blok)),
        _ => false,
    }
}

pub fn toets_alle(voorwaarden: &[Voorwaarde], ctx: &Context) -> Toets {
    alle(voorwaarden.iter().map(|v| toets(&v.blok, ctx)).collect())
}

pub fn toets(blok: &Blok, ctx: &Context) -> Toets {
    let a = ctx.antwoorden();
    match blok {
        Blok::Inkomen { max_procent, zeker_tot_procent, kostendelersnorm, .. } => {
            let kostendelersnorm = ctx.kostendelersnorm_voor_inkomen(*kostendelersnorm);
            inkomenstoets(ctx, *max_procent, *zeker_tot_procent, kostendelersnorm)
        }
        Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => {
            let mut t = vermogen(ctx, *onder_de_grens);
            if t.uitslag == Uitslag::NietVoldaan {
                if let Some(b) = boven_grens_beoordeling {
                    let sparen_binnen = || {
                        let hh = &ctx.huishouden;
                        let grens = hh.vermogensgrens().unwrap_or(hh.grenzen.gehuwden_en_alleenstaande_ouder);
                        a.vermogen.is_some_and(|v| binnen_grens(v, grens, *onder_de_grens))
                    };
                    if !b.alleen_eigen_woning || sparen_binnen() {
                        t.uitslag = Uitslag::Onzeker;
                    }
                }
            }
            t
        }
        Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => {
            let per_persoon = |leeftijd: Option<u32>, vraag: Vraag| -> Toets {
                let uitslag = match leeftijd {
                    None => Uitslag::Ontbreekt(Vragen::van(&[vraag])),
                    Some(l) if minimaal.is_some_and(|m| l < m) || maximaal.is_some_and(|m| l > m) => {
                        Uitslag::NietVoldaan
                    }
                    Some(l) if *onder_aow_leeftijd => match ctx.huishouden.aow_bereikt(ctx.normen, l) {
                        Some(true) => Uitslag::NietVoldaan,
                        Some(false) => Uitslag::Voldaan,
                        None => Uitslag::Onzeker,
                    },
                    Some(_) => Uitslag::Voldaan,
                };
                Toets::nieuw(uitslag, Vragen::van(&[vraag]))
            };
            per_wie(*wie, ctx, |partner| {
                if partner {
                    per_persoon(a.partner.leeftijd, Vraag::PartnerLeeftijd)
                } else {
                    per_persoon(a.aanvrager.leeftijd, Vraag::AanvragerLeeftijd)
                }
            })
        }
        Blok::Kinderen { min_leeftijd, max_leeftijd } => {
            let gelezen = Vragen::van(&[Vraag::Kinderen]);
            // Every child in the answers is under 18 (docs/answers.md): for the whole range the
            // age does not matter.
            let heel_bereik = *min_leeftijd == 0 && *max_leeftijd >= 17;
            let uitslag = match &a.kinderen {
                None => Uitslag::Ontbreekt(gelezen),
                Some(k) if heel_bereik && !k.is_empty() => Uitslag::Voldaan,
                Some(k)
                    if k.iter().any(|k| k.leeftijd.is_some_and(|l| (*min_leeftijd..=*max_leeftijd).contains(&l))) =>
                {
                    Uitslag::Voldaan
                }
                Some(k) if k.iter().any(|k| k.leeftijd.is_none()) => Uitslag::Ontbreekt(gelezen),
                Some(_) => Uitslag::NietVoldaan,
            };
            Toets::nieuw(uitslag, gelezen)
        }
        Blok::Kostendelers { minimaal } => {
            let norm = &ctx.huishouden.norm_kostendelers;
            let partners = 1 + u32::from(ctx.antwoorden().heeft_partner == Some(true));
            let uitslag = match &norm.waarde {
                Ok(n) if n.kostendelers.unwrap_or(partners).saturating_sub(partners) >= *minimaal => Uitslag::Voldaan,
                Ok(_) => Uitslag::NietVoldaan,
                Err(e) => Uitslag::van(e),
            };
            Toets::nieuw(uitslag, norm.gelezen)
        }
        Blok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            bijstand_kan_zonder_draagkracht,
        } => {
            // From 18 to 20 on bijstand the norm from 21 counts (002 ch. 12, 001 Ad. c). Unlike
            // the draagkracht, the kostendelersnorm applies on bijstand too where the block asks
            // for it (Montferland 003 par. 5.9's exception for this toeslag).
            let kdn = *kostendelersnorm;
            let norm = ctx.toetsnorm_voor(kdn);
            let inkomen = ctx.inkomen();
            let mut gelezen = norm.gelezen.en(inkomen.gelezen).met(Vraag::Woonkosten);
            // So for 18 to 20 whether someone is on bijstand can decide; unanswered, a nee waits.
            let hh = &ctx.huishouden;
            let bron_beslist = hh.norm_als_21(kdn).is_some();
            if bron_beslist {
                gelezen = gelezen.en(ctx.inkomensbron_vragen());
            }
            let bron_open = bron_beslist
                && !ctx.op_bijstand()
                && (a.aanvrager.inkomensbron.is_none()
                    || (a.heeft_partner == Some(true) && a.partner.inkomensbron.is_none()));
            // The norm if the household were on bijstand: the highest the test could use.
            let norm_in_bijstand = hh.norm_als_21(kdn).unwrap_or(norm);
            // 003 par. 5.2 lid 7 and 8: during a Wsnp or minnelijke regeling there is no
            // draagkracht, so nothing of the income or vermogen pays the housing costs. As for
            // the draagkracht, 'no debts' with the scheme unanswered counts as none.
            let schuldregeling = match (*geen_draagkracht_bij_schuldregeling, a.schulden, a.schuldregeling) {
                (false, _, _) => Some(false),
                (true, s, r) => {
                    gelezen = gelezen.met(Vraag::Schulden).met(Vraag::Schuldregeling);
                    r.or(if s == Some(false) { Some(false) } else { None })
                }
            };
            if schuldregeling == Some(true) {
                let uitslag = match a.woonkosten {
                    None => Uitslag::Ontbreekt(Vragen::van(&[Vraag::Woonkosten])),
                    Some(w) if w > Decimal::ZERO => Uitslag::Voldaan,
                    Some(_) => Uitslag::NietVoldaan,
                };
                return Toets::nieuw(uitslag, gelezen);
            }
            if *bijstand_kan_zonder_draagkracht && *vermogen_boven_grens {
                gelezen = gelezen.en(ctx.inkomensbron_vragen());
            }
            let vermogen = if *vermogen_boven_grens {
                gelezen = gelezen.met(Vraag::Vermogen);
                spaargeld_boven_grens(ctx)
            } else {
                Ok(Decimal::ZERO)
            };
            let uitslag = match (a.woonkosten, &norm.waarde, &inkomen.waarde, &vermogen) {
                (None, _, _, _) => Uitslag::Ontbreekt(Vragen::van(&[Vraag::Woonkosten])),
                (Some(w), Ok(n), Ok(i), Ok(v)) => {
                    // A year of housing costs against a year of income above the limit plus
                    // the vermogen that counts.
                    let over = (*i - procent_van(n.bedrag, *boven_procent)).max(Decimal::ZERO);
                    let twaalf = Decimal::from(12);
                    // On bijstand (or not said) the vermogen may not count at all (001 par. 6 pt 7).
                    let bijstand_open =
                        *bijstand_kan_zonder_draagkracht && (ctx.op_bijstand() || a.aanvrager.inkomensbron.is_none());
                    let over_in_bijstand = norm_in_bijstand
                        .ok()
                        .map(|nb| (*i - procent_van(nb.bedrag, *boven_procent)).max(Decimal::ZERO));
                    if w * twaalf > over * twaalf + *v {
                        Uitslag::Voldaan
                    } else if bijstand_open && w * twaalf > over * twaalf {
                        Uitslag::Onzeker
                    } else if bron_open && over_in_bijstand.is_some_and(|o| w * twaalf > o * twaalf) {
                        Uitslag::Ontbreekt(ctx.inkomensbron_vragen())
                    } else if schuldregeling.is_none() {
                        let open = Vragen::van(&[Vraag::Schuldregeling]);
                        Uitslag::Ontbreekt(if a.schulden.is_none() { open.met(Vraag::Schulden) } else { open })
                    } else {
                        Uitslag::NietVoldaan
                    }
                }
                (Some(_), Err(e), _, _) | (Some(_), _, Err(e), _) | (Some(_), _, _, Err(e)) => Uitslag::van(e),
            };
            Toets::nieuw(uitslag, gelezen)
        }
        Blok::MaandenLaagInkomen { minimaal } => {
            let gelezen = Vragen::van(&[Vraag::MaandenLaagInkomen]);
            let uitslag = match a.maanden_laag_inkomen {
                None => Uitslag::Ontbreekt(gelezen),
                Some(m) if m >= *minimaal => Uitslag::Voldaan,
                Some(_) => Uitslag::NietVoldaan,
            };
            Toets::nieuw(uitslag, gelezen)
        }
        Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => {
            let per_antwoord = |antwoord: Option<bool>, v: Vraag| {
                let uitslag = match antwoord {
                    None if *aangenomen => Uitslag::Voldaan,
                    None => Uitslag::Ontbreekt(Vragen::van(&[v])),
                    Some(x) if x == *moet_zijn => Uitslag::Voldaan,
                    Some(_) => Uitslag::NietVoldaan,
                };
                Toets::nieuw(uitslag, Vragen::van(&[v]))
            };
            // "Either of them" with one who fails: an assumption about the other would decide
            // alone, so it is asked (002 7.7.1 lid 4: the aanvrager has no right, the partner's
            // is unanswered).
            if *aangenomen && *wie == Some(Wie::AanvragerOfPartner) && a.heeft_partner == Some(true) {
                let (eigen, v_eigen) = persoonsantwoord(ctx, *vraag, false);
                let (partner, v_partner) = persoonsantwoord(ctx, *vraag, true);
                let gelezen = Vragen::van(&[v_eigen, v_partner]);
                match (eigen, partner) {
                    (Some(x), None) if x != *moet_zijn => {
                        return Toets::nieuw(Uitslag::Ontbreekt(Vragen::van(&[v_partner])), gelezen)
                    }
                    (None, Some(x)) if x != *moet_zijn => {
                        return Toets::nieuw(Uitslag::Ontbreekt(Vragen::van(&[v_eigen])), gelezen)
                    }
                    _ => {}
                }
            }
            match wie {
                Some(wie) if vraag.per_persoon() => per_wie(*wie, ctx, |partner| {
                    let (antwoord, v) = persoonsantwoord(ctx, *vraag, partner);
                    per_antwoord(antwoord, v)
                }),
                _ => {
                    let (antwoord, v) = huishoudantwoord(ctx, *vraag);
                    per_antwoord(antwoord, v)
                }
            }
        }
        Blok::Kosten(eis) => kosten(eis, ctx),
        Blok::Afwijzingsgronden(a) => afwijzingsgronden(a, ctx),
        Blok::Beoordeling { .. } => Toets::nieuw(Uitslag::Onzeker, Vragen::GEEN),
        Blok::Alle(v) => alle(v.iter().map(|v| toets(&v.blok, ctx)).collect()),
        Blok::EenVan(v) => een_van(v.iter().map(|v| toets(&v.blok, ctx)).collect()),
    }
}

/// An income at most `max` percent of the norm (`zeker`: up to there certain, above it the
/// gemeente judges). Where answers are still open, an income over the limit of the highest norm
/// the household could have is a `nee` all the same: the kostendelersnorm is never above the
/// norm without it, a youth norm with an aanvulling never above that of 21 (002 ch. 12), and an
/// income is never below the aanvrager's own.
fn inkomenstoets(ctx: &Context, max: Decimal, zeker: Option<Decimal>, kostendelersnorm: bool) -> Toets {
    let hh = &ctx.huishouden;
    let norm = ctx.toetsnorm_voor(kostendelersnorm);
    let inkomen = ctx.inkomen();
    let als_21 = hh.norm_als_21(kostendelersnorm);
    let mut gelezen = norm.gelezen.en(inkomen.gelezen);
    if let Some(f) = als_21 {
        gelezen = gelezen.en(f.gelezen);
    }
    // Being on bijstand decides whether the kostendelersnorm applies (kostendelersnorm_voor_inkomen)
    // and, for 18-20 with an aanvulling, whether the youth band is a ja.
    if hh.heeft_kostendelers() || als_21.is_some() {
        gelezen = gelezen.en(ctx.inkomensbron_vragen());
    }
    let grens = |n: &super::huishouden::ToegepasteNorm| procent_van(n.bedrag, max);
    if let (Some(h), Some(i)) = (hh.hoogste_toetsnorm(), inkomen.ok().copied().or_else(|| inkomen_ondergrens(ctx))) {
        if i > grens(h) {
            return Toets::nieuw(Uitslag::NietVoldaan, gelezen);
        }
    }
    let uitslag = match (&norm.waarde, &inkomen.waarde) {
        (Ok(n), Ok(i)) if *i > grens(n) => match als_21.map(|f| &f.waarde) {
            // Over the youth norm's limit, within that of a 21-year-old: the aanvulling's height
            // decides, which the gemeente knows. (On bijstand `norm` is that of 21 already.)
            Some(Ok(n21)) if *i <= grens(n21) => Uitslag::Onzeker,
            Some(Err(e)) => Uitslag::van(e),
            _ => Uitslag::NietVoldaan,
        },
        (Ok(n), Ok(i)) if zeker.is_some_and(|z| *i > procent_van(n.bedrag, z)) => Uitslag::Onzeker,
        (Ok(_), Ok(_)) => Uitslag::Voldaan,
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Uitslag::van(e),
        (Err(e1), Err(e2)) => Uitslag::van(&super::feit::samen(&[e1, e2])),
    };
    Toets::nieuw(uitslag, gelezen)
}

/// The household income is at least the aanvrager's own while the partner's is unanswered,
/// where no deduction of the gemeente's own could lower it.
pub fn inkomen_ondergrens(ctx: &Context) -> Option<Decimal> {
    let a = ctx.antwoorden();
    let geen_aftrek = ctx.huishouden.correctie.alimentatie.is_none();
    (a.heeft_partner == Some(true) && a.partner.inkomen.is_none() && geen_aftrek && ctx.inkomen_anders.is_none())
        .then_some(a.aanvrager.inkomen)
        .flatten()
}

/// Whether the partner has no right to bijstand (Participatiewet art. 11: no valid
/// verblijfstitel; art. 13 lid 1: gedetineerd), as a test; the answers it read.
pub fn partner_zonder_recht(ctx: &Context) -> Toets {
    let p = &ctx.antwoorden().partner;
    let gelezen = Vragen::van(&[Vraag::PartnerGedetineerd, Vraag::PartnerVerblijfstitel]);
    if let Some(heeft_recht) = ctx.partner_recht {
        let uitslag = if heeft_recht { Uitslag::NietVoldaan } else { Uitslag::Voldaan };
        return Toets::nieuw(uitslag, gelezen);
    }
    // Unanswered, the partner is taken to have a right to bijstand, as the aanvrager is (the
    // policy's `zonder_antwoord_aangenomen`); the reasons say so and the questions are asked.
    let uitslag = match (p.gedetineerd, p.geldige_verblijfstitel) {
        (Some(true), _) | (_, Some(false)) => Uitslag::Voldaan,
        (Some(false), Some(true)) => Uitslag::NietVoldaan,
        // Unanswered: it decides only where the partner fails a condition, and then it is asked
        // (an assumption may not turn into a `nee` the answer could undo).
        _ => {
            let mut open = Vragen::GEEN;
            if p.gedetineerd.is_none() {
                open = open.met(Vraag::PartnerGedetineerd);
            }
            if p.geldige_verblijfstitel.is_none() {
                open = open.met(Vraag::PartnerVerblijfstitel);
            }
            Uitslag::Ontbreekt(open)
        }
    };
    Toets::nieuw(uitslag, gelezen)
}

/// Whether the partner's right to bijstand was taken for granted (not answered).
pub fn partner_recht_aangenomen(ctx: &Context) -> bool {
    matches!(partner_zonder_recht(ctx).uitslag, Uitslag::Ontbreekt(_))
}

/// Applies a test to the aanvrager, the partner or both, as `wie` says. Where the regeling
/// leaves a niet-rechthebbende partner out (002 art. 7.4.3 lid 2), such a partner need not
/// meet "both" conditions.
pub fn per_wie(wie: Wie, ctx: &Context, test: impl Fn(bool) -> Toets) -> Toets {
    let heeft_partner = ctx.antwoorden().heeft_partner;
    let partner_toets = || match heeft_partner {
        Some(true) if ctx.niet_rechthebbende_partner && wie == Wie::AanvragerEnPartner => {
            een_van(vec![partner_zonder_recht(ctx), test(true)])
        }
        Some(true) => test(true),
        Some(false) => Toets::nieuw(Uitslag::NietVoldaan, Vragen::van(&[Vraag::HeeftPartner])),
        None => {
            Toets::nieuw(Uitslag::Ontbreekt(Vragen::van(&[Vraag::HeeftPartner])), Vragen::van(&[Vraag::HeeftPartner]))
        }
    };
    match wie {
        Wie::Aanvrager => test(false),
        Wie::Partner => partner_toets(),
        // Without a partner, only the aanvrager has to meet it.
        Wie::AanvragerEnPartner => match heeft_partner {
            Some(false) => {
                let mut t = test(false);
                t.gelezen = t.gelezen.met(Vraag::HeeftPartner);
                t
            }
            _ => alle(vec![test(false), partner_toets()]),
        },
        Wie::AanvragerOfPartner => een_van(vec![test(false), partner_toets()]),
    }
}

pub fn persoonsantwoord(ctx: &Context, vraag: JaNeeVraag, partner: bool) -> (Option<bool>, Vraag) {
    let a = ctx.antwoorden();
    let p = if partner { &a.partner } else { &a.aanvrager };
    let kies = |aanvrager: Vraag, partnervraag: Vraag| if partner { partnervraag } else { aanvrager };
    match vraag {
        JaNeeVraag::Student => (p.student, kies(Vraag::AanvragerStudent, Vraag::PartnerStudent)),
        JaNeeVraag::ChronischZiekOfBeperking => {
            (p.chronisch_ziek_of_beperking, kies(Vraag::AanvragerChronischZiek, Vraag::PartnerChronischZiek))
        }
        JaNeeVraag::GeldigeVerblijfstitel => {
            (p.geldige_verblijfstitel, kies(Vraag::AanvragerVerblijfstitel, Vraag::PartnerVerblijfstitel))
        }
        JaNeeVraag::Gedetineerd => (p.gedetineerd, kies(Vraag::AanvragerGedetineerd, Vraag::PartnerGedetineerd)),
        // household questions asked as if personal: the household's answer
        _ => huishoudantwoord(ctx, vraag),
    }
}

pub fn huishoudantwoord(ctx: &Context, vraag: JaNeeVraag) -> (Option<bool>, Vraag) {
    let a = ctx.antwoorden();
    match vraag {
        JaNeeVraag::Schulden => (a.schulden, Vraag::Schulden),
        JaNeeVraag::InkomenstoeslagLaatste12Maanden => {
            (a.inkomenstoeslag_laatste_12_maanden, Vraag::InkomenstoeslagLaatste12Maanden)
        }
        JaNeeVraag::EigenWoning => (a.eigen_woning, Vraag::EigenWoning),
        JaNeeVraag::PartnerWoontElders => (a.partner_woont_elders, Vraag::PartnerWoontElders),
        JaNeeVraag::HeeftPartner => (a.heeft_partner, Vraag::HeeftPartner),
        JaNeeVraag::BeperkingHuisgenoot => (a.beperking_huisgenoot, Vraag::BeperkingHuisgenoot),
        JaNeeVraag::ZelfstandigeHuishouding => (a.zelfstandige_huishouding, Vraag::ZelfstandigeHuishouding),
        JaNeeVraag::Schuldregeling => (a.schuldregeling, Vraag::Schuldregeling),
        // personal questions without `wie` (validation prevents this): the aanvrager's answer
        _ => persoonsantwoord(ctx, vraag, false),
    }
}

/// Vermogen within the limit of the leefvorm. Where the leefvorm or the home is not known
/// yet, an amount below the lower or above the higher limit still decides.
fn vermogen(ctx: &Context, onder_de_grens: bool) -> Toets {
    let hh = &ctx.huishouden;
    let gelezen = hh.vermogen.gelezen.en(hh.leefvorm.gelezen);
    let laag = hh.grenzen.alleenstaande;
    let hoog = hh.grenzen.gehuwden_en_alleenstaande_ouder;
    let uitslag = match (&hh.vermogen.waarde, hh.vermogensgrens()) {
        (Ok(v), Some(grens)) => {
            if binnen_grens(*v, grens, onder_de_grens) {
                Uitslag::Voldaan
            } else {
                Uitslag::NietVoldaan
            }
        }
        (Ok(v), None) if binnen_grens(*v, laag, onder_de_grens) => Uitslag::Voldaan,
        (Ok(v), None) if !binnen_grens(*v, hoog, onder_de_grens) => Uitslag::NietVoldaan,
        (Ok(_), None) => match &hh.leefvorm.waarde {
            Err(e) => Uitslag::van(e),
            Ok(_) => Uitslag::Onzeker,
        },
        (Err(e), _) => Uitslag::van(e),
    };
    Toets::nieuw(uitslag, gelezen)
}

/// Within the limit: at most the limit, or with `onder_de_grens` strictly below it.
fn binnen_grens(vermogen: Decimal, grens: Decimal, onder_de_grens: bool) -> bool {
    vermogen < grens || (vermogen == grens && !onder_de_grens)
}

/// The income limits of a condition tree, as amounts per month: where the margin looks.
pub fn inkomensgrenzen(voorwaarden: &[Voorwaarde], ctx: &Context, uit: &mut Vec<Decimal>) {
    for v in voorwaarden {
        match &v.blok {
            Blok::Inkomen { max_procent, zeker_tot_procent, kostendelersnorm, .. } => {
                let kdn = ctx.kostendelersnorm_voor_inkomen(*kostendelersnorm);
                // From 18 to 20 the norm from 21 may count (002 ch. 12): its limits are limits too.
                let als_21 = ctx.huishouden.norm_als_21(kdn).and_then(|f| f.ok());
                for n in [ctx.huishouden.norm_voor(kdn).ok(), als_21].into_iter().flatten() {
                    uit.push(procent_van(n.bedrag, *max_procent));
                    if let Some(z) = zeker_tot_procent {
                        uit.push(procent_van(n.bedrag, *z));
                    }
                }
            }
            Blok::Alle(v) | Blok::EenVan(v) => inkomensgrenzen(v, ctx, uit),
            _ => {}
        }
    }
}
