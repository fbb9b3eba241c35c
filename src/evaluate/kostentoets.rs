//! The tests per cost: whether a cost fits a `kosten` block (its kind, item, reason, distance),
//! which refusal ground decides it, and which costs a regeling can pay at all.

use super::context::Context;
use super::voorwaarden::{alle, een_van, open_van, Toets, Uitslag};
use crate::household::Kost;
use crate::policy::{Afwijzingsgronden, AlBetaald, Blok, KostenEis, Voorwaarde};
use crate::questions::{Vraag, Vragen};
use rust_decimal::Decimal;

pub(super) fn kosten(eis: &KostenEis, ctx: &Context) -> Toets {
    let gelezen = Vragen::van(&[Vraag::Kosten]);
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return Toets::nieuw(Uitslag::Ontbreekt(gelezen), gelezen);
    };
    let per_kost: Vec<Toets> =
        telbare_kosten(eis, kosten).map(|k| Toets::nieuw(kost_uitslag(eis, k), gelezen)).collect();
    if per_kost.is_empty() {
        return Toets::nieuw(Uitslag::NietVoldaan, gelezen);
    }
    if let Some(max) = eis.max_totaal {
        match kosten_totaal(eis, kosten) {
            None => return Toets::nieuw(Uitslag::Ontbreekt(gelezen), gelezen),
            Some(totaal) if totaal > max => return Toets::nieuw(Uitslag::NietVoldaan, gelezen),
            Some(_) => {}
        }
    }
    let mut t = een_van(per_kost);
    t.onderdelen.clear();
    t
}

/// The costs a `kosten` block counts: those of its kinds, and with `max_totaal` only those that
/// are small by themselves (Roosendaal 001 Ad. 4 lid 2: a kruimelvoorziening is at most EUR 150
/// "zowel incidenteel als tezamen"; a large cost beside them is not one, and does not take
/// them out). A cost without an amount may still be small.
pub fn telbare_kosten<'a>(eis: &'a KostenEis, kosten: &'a [Kost]) -> impl Iterator<Item = &'a Kost> {
    kosten.iter().filter(|k| telt_mee(eis, k))
}

fn telt_mee(eis: &KostenEis, k: &Kost) -> bool {
    eis.soorten.contains(&k.soort)
        && eis.max_totaal.is_none_or(|max| k.bedrag.is_none_or(|b| b <= max))
        && (!eis.alleen_al_betaald || k.al_betaald == Some(true))
}

/// Some cost the regeling is about escapes every refusal ground: `ja`; no such cost yet
/// (`kosten: []`): nothing to refuse either.
pub(super) fn afwijzingsgronden(a: &Afwijzingsgronden, ctx: &Context) -> Toets {
    let gelezen = Vragen::van(&[Vraag::Kosten]);
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return Toets::nieuw(Uitslag::Ontbreekt(gelezen), gelezen);
    };
    let per_kost: Vec<Toets> = betrokken(a, kosten).map(|k| Toets::nieuw(afwijzing(a, k).0, gelezen)).collect();
    if per_kost.is_empty() {
        return Toets::nieuw(Uitslag::Voldaan, gelezen);
    }
    let mut t = een_van(per_kost);
    t.onderdelen.clear();
    t
}

/// The costs the refusal grounds judge: those of the regeling's own kinds, or all.
pub fn betrokken<'a>(a: &'a Afwijzingsgronden, kosten: &'a [Kost]) -> impl Iterator<Item = &'a Kost> {
    kosten.iter().filter(|k| a.alleen_soorten.is_empty() || a.alleen_soorten.contains(&k.soort))
}

/// Which refusal ground one cost meets, if any, and what that means for the outcome. One
/// documented order (docs/policy-format.md): first the voorliggende voorziening (what another
/// scheme pays in full is never bijzondere bijstand, paid already or not), then the kinds never
/// paid, then the gemeente's rule on costs already paid. A ground that refuses decides; else the
/// first open one in that order is the reason.
pub fn afwijzing(a: &Afwijzingsgronden, k: &Kost) -> (Uitslag, Option<Afwijzing>) {
    let ontbreekt = || Uitslag::Ontbreekt(Vragen::van(&[Vraag::Kosten]));
    let mut open: Vec<(Uitslag, Afwijzing)> = Vec::new();
    // Art. 15 PW holds for every kind: a household that says another scheme pays a cost in
    // full is answered so, whatever the kind. Only for the kinds where such a scheme is common
    // is a missing answer an open question. A block without such kinds (a gemeente's own list
    // of refused kinds) leaves this to the national one, so it is said once.
    if !a.voorliggend_voor.is_empty() {
        match k.voorliggende_voorziening {
            Some(true) => return (Uitslag::NietVoldaan, Some(Afwijzing::Voorliggend)),
            None if a.voorliggend_voor.contains(&k.soort) => open.push((ontbreekt(), Afwijzing::VoorliggendOntbreekt)),
            _ => {}
        }
    }
    if a.uitgesloten.contains(&k.soort) {
        if !a.zeer_dringende_redenen {
            return (Uitslag::NietVoldaan, Some(Afwijzing::Nooit));
        }
        // Zeer dringende redenen (art. 16) are the gemeente's call: never a `ja` from the tool.
        match k.zeer_dringend {
            Some(true) => open.push((Uitslag::Onzeker, Afwijzing::ZeerDringend)),
            Some(false) => return (Uitslag::NietVoldaan, Some(Afwijzing::Uitgesloten)),
            None => open.push((ontbreekt(), Afwijzing::ZeerDringendOntbreekt)),
        }
    }
    if k.al_betaald == Some(true) {
        match a.al_betaald {
            AlBetaald::Nee => return (Uitslag::NietVoldaan, Some(Afwijzing::AlBetaald)),
            AlBetaald::Misschien => open.push((Uitslag::Onzeker, Afwijzing::AlBetaald)),
            AlBetaald::Toegestaan => {}
        }
    }
    let uitslag = open_van(open.iter().map(|(u, _)| u), Uitslag::Voldaan);
    (uitslag, open.first().map(|(_, g)| *g))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Afwijzing {
    Uitgesloten,
    /// Never, also not with zeer dringende redenen.
    Nooit,
    ZeerDringend,
    ZeerDringendOntbreekt,
    AlBetaald,
    Voorliggend,
    VoorliggendOntbreekt,
}

/// The counted costs added up; `None` while one has no amount.
pub fn kosten_totaal(eis: &KostenEis, kosten: &[Kost]) -> Option<Decimal> {
    // A cost refused on its own (another scheme pays it) is no part of the small costs.
    telbare_kosten(eis, kosten)
        .filter(|k| kost_uitslag(eis, k) != Uitslag::NietVoldaan)
        .try_fold(Decimal::ZERO, |som, k| Some(som + k.bedrag?))
}

/// Whether the regeling can pay this cost at all: it fits one of its `kosten` blocks (where it
/// has any) and no refusal ground refuses it. A cost no rule pays gets no estimated payment.
pub fn kost_telt(voorwaarden: &[Voorwaarde], k: &Kost) -> bool {
    let mut heeft_kostenblok = false;
    let mut past = false;
    let mut geweigerd = false;
    let mut heeft_gronden = false;
    elk_blok(voorwaarden, &mut |blok| match blok {
        Blok::Kosten(eis) => {
            heeft_kostenblok = true;
            if telt_mee(eis, k) && kost_uitslag(eis, k) != Uitslag::NietVoldaan {
                past = true;
            }
        }
        Blok::Afwijzingsgronden(a) => {
            heeft_gronden = true;
            let betreft = a.alleen_soorten.is_empty() || a.alleen_soorten.contains(&k.soort);
            if betreft && afwijzing(a, k).0 == Uitslag::NietVoldaan {
                geweigerd = true;
            }
        }
        _ => {}
    });
    // A regeling with neither (a woonkostentoeslag, a borgtocht) pays no entered cost at all.
    (past || (!heeft_kostenblok && heeft_gronden)) && !geweigerd
}

pub(super) fn elk_blok(voorwaarden: &[Voorwaarde], f: &mut impl FnMut(&Blok)) {
    for v in voorwaarden {
        if let Blok::Alle(l) | Blok::EenVan(l) = &v.blok {
            elk_blok(l, f);
        }
        f(&v.blok);
    }
}

/// Whether one cost meets the regeling's demands. Shared with `redenen`, which names the
/// demand it failed.
pub fn kost_uitslag(eis: &KostenEis, k: &Kost) -> Uitslag {
    let eigen = kost_gebreken(eis, k).0;
    if eis.afwijzingen.is_empty() {
        return eigen;
    }
    // The same cost must also escape the refusal grounds (whose blocks give the reasons).
    let gronden = eis.afwijzingen.iter().map(|a| Toets::nieuw(afwijzing(a, k).0, Vragen::GEEN));
    alle(std::iter::once(Toets::nieuw(eigen, Vragen::GEEN)).chain(gronden).collect()).uitslag
}

/// The outcome for one cost and the first demand it fails (for the reason text).
pub fn kost_gebreken(eis: &KostenEis, k: &Kost) -> (Uitslag, Option<KostGebrek>) {
    let ontbreekt = Uitslag::Ontbreekt(Vragen::van(&[Vraag::Kosten]));
    let mut open = None;
    if !eis.items.is_empty() {
        match k.item {
            None => open = Some(KostGebrek::ItemOntbreekt),
            Some(i) if !eis.items.contains(&i) => return (Uitslag::NietVoldaan, Some(KostGebrek::AnderItem)),
            Some(_) => {}
        }
    }
    if eis.alleen_vervanging {
        match k.vervanging {
            None => open = open.or(Some(KostGebrek::VervangingOntbreekt)),
            Some(false) => return (Uitslag::NietVoldaan, Some(KostGebrek::GeenVervanging)),
            Some(true) => {}
        }
    }
    if let Some(min) = eis.min_jaren_sinds_vorige_vergoeding {
        match k.jaren_sinds_vorige_vergoeding {
            None => open = open.or(Some(KostGebrek::JarenOntbreekt)),
            Some(Some(j)) if j < min => return (Uitslag::NietVoldaan, Some(KostGebrek::TeRecent(j, min))),
            Some(_) => {}
        }
    }
    if eis.alleen_eerste_kind {
        match k.eerste_kind {
            None => open = open.or(Some(KostGebrek::EersteKindOntbreekt)),
            Some(false) => return (Uitslag::NietVoldaan, Some(KostGebrek::NietEersteKind)),
            Some(true) => {}
        }
    }
    if !eis.overledenen.is_empty() {
        match k.overledene {
            None => open = open.or(Some(KostGebrek::OverledeneOntbreekt)),
            Some(o) if !eis.overledenen.contains(&o) => {
                return (Uitslag::NietVoldaan, Some(KostGebrek::AndereOverledene))
            }
            Some(_) => {}
        }
    }
    if eis.niet_wsnp {
        match k.wsnp {
            None => open = open.or(Some(KostGebrek::WsnpOntbreekt)),
            Some(true) => return (Uitslag::NietVoldaan, Some(KostGebrek::Wsnp)),
            Some(false) => {}
        }
    }
    if !eis.kinderopvang_redenen.is_empty() {
        match k.kinderopvang_reden {
            None => open = open.or(Some(KostGebrek::RedenOntbreekt)),
            Some(r) if !eis.kinderopvang_redenen.contains(&r) => {
                return (Uitslag::NietVoldaan, Some(KostGebrek::AndereReden))
            }
            Some(_) => {}
        }
    }
    let mut onzeker = None;
    if !eis.reisdoelen.is_empty() {
        match k.reisdoel {
            None => open = open.or(Some(KostGebrek::ReisdoelOntbreekt)),
            Some(d) if !eis.reisdoelen.contains(&d) => return (Uitslag::NietVoldaan, Some(KostGebrek::AnderReisdoel)),
            Some(_) => {}
        }
    }
    if let Some(min) = eis.min_enkele_reis_km {
        match k.enkele_reis_km {
            None => open = open.or(Some(KostGebrek::AfstandOntbreekt)),
            Some(km) if km < min => onzeker = Some(KostGebrek::KorteReis(km, min)),
            Some(_) => {}
        }
    }
    if eis.alleen_bij_dreigende_uitzetting {
        match k.dreigt_uitzetting_of_afsluiting {
            None => open = open.or(Some(KostGebrek::DreigingOntbreekt)),
            Some(false) => return (Uitslag::NietVoldaan, Some(KostGebrek::GeenDreiging)),
            Some(true) => {}
        }
    }
    if eis.niet_via_kinderen_tellen_mee {
        match k.via_kinderen_tellen_mee_laatste_60_maanden {
            None => open = open.or(Some(KostGebrek::KinderenTellenMeeOntbreekt)),
            Some(true) => return (Uitslag::NietVoldaan, Some(KostGebrek::ViaKinderenTellenMee)),
            Some(false) => {}
        }
    }
    match (open, onzeker) {
        (Some(g), _) => (ontbreekt, Some(g)),
        (None, Some(g)) => (Uitslag::Onzeker, Some(g)),
        (None, None) => (Uitslag::Voldaan, None),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KostGebrek {
    ReisdoelOntbreekt,
    AnderReisdoel,
    AfstandOntbreekt,
    KorteReis(u32, u32),
    DreigingOntbreekt,
    GeenDreiging,
    ItemOntbreekt,
    AnderItem,
    VervangingOntbreekt,
    GeenVervanging,
    JarenOntbreekt,
    TeRecent(u32, u32),
    KinderenTellenMeeOntbreekt,
    ViaKinderenTellenMee,
    EersteKindOntbreekt,
    NietEersteKind,
    OverledeneOntbreekt,
    AndereOverledene,
    WsnpOntbreekt,
    Wsnp,
    RedenOntbreekt,
    AndereReden,
}
