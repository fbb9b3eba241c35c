//! The reasons for the cost conditions: whether a cost fits the regeling, and which refusal
//! ground (voorliggende voorziening, a kind never paid, a cost already paid) decides it. As
//! messages of `locales/<taal>/kosten.ftl`; no sentence is built here.

use super::super::context::Context;
use super::super::voorwaarden::{
    afwijzing, betrokken, kost_gebreken, kosten_totaal, telbare_kosten, Afwijzing, KostGebrek, Uitslag,
};
use crate::household::{Kost, KostSoort, WitgoedItem};
use crate::policy::{Afwijzingsgronden, AlBetaald, KostenEis};
use crate::uitleg::{euro, sleutel, zin, Arg, Bericht, Sleutel};

pub(super) fn kosten(ctx: &Context, eis: &KostenEis, u: &Uitslag) -> Vec<Bericht> {
    let items: Vec<Bericht> = eis.items.iter().map(|i| apparaat(*i)).collect();
    let waarvoor = if items.is_empty() {
        reeks(sleutel!("kosten-reeks-of"), eis.soorten.iter().map(|s| in_woorden(*s)).collect())
    } else {
        reeks(sleutel!("kosten-reeks-komma"), items.clone())
    };
    let items = reeks(sleutel!("kosten-reeks-komma"), items);
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return vec![zin!("kosten-onbekend", waarvoor = waarvoor)];
    };
    let passend: Vec<_> = telbare_kosten(eis, kosten).collect();
    let nog_te_betalen = kosten.iter().any(|k| eis.soorten.contains(&k.soort) && k.al_betaald != Some(true));
    if passend.is_empty() && eis.alleen_al_betaald && nog_te_betalen {
        return vec![zin!("kosten-alleen-al-betaald")];
    }
    if passend.is_empty() {
        if let Some(max) = eis.max_totaal {
            let opgegeven = namen(kosten.iter().filter(|k| eis.soorten.contains(&k.soort)), |k| in_woorden(k.soort));
            if !opgegeven.is_empty() {
                // One cost: "zijn hoger"; more (of one kind or several): "zijn elk hoger".
                let aantal = kosten.iter().filter(|k| eis.soorten.contains(&k.soort)).count();
                return vec![zin!(
                    "kosten-niet-klein",
                    wat = reeks(sleutel!("kosten-reeks-en"), opgegeven),
                    aantal = aantal,
                    max = euro(max)
                )];
            }
        }
        return vec![zin!("kosten-geen-opgegeven", waarvoor = waarvoor)];
    }
    if let Some(max) = eis.max_totaal {
        let totaal = kosten_totaal(eis, kosten);
        let zin = match totaal {
            None => zin!("kosten-bedragen-ontbreken"),
            Some(t) if eis.alleen_al_betaald => zin!("kosten-totaal-al-betaald", totaal = euro(t), max = euro(max)),
            Some(t) => zin!("kosten-totaal", totaal = euro(t), max = euro(max)),
        };
        if totaal.is_none_or(|t| t > max) || *u == Uitslag::Voldaan {
            return vec![zin];
        }
    }
    if *u == Uitslag::Voldaan {
        // Name what the inwoner entered (a koelkast), not every item the regeling takes.
        let opgegeven = namen(passend.iter().copied(), kost_naam);
        let wat = if opgegeven.is_empty() { waarvoor } else { reeks(sleutel!("kosten-reeks-en"), opgegeven) };
        return vec![zin!("kosten-passen", wat = wat)];
    }
    let mut z = Vec::new();
    for k in passend {
        let wat = vec![kost_naam(k)];
        let Some(gebrek) = kost_gebreken(eis, k).1 else { continue };
        z.push(match gebrek {
            KostGebrek::ItemOntbreekt => zin!("kosten-apparaat-ontbreekt", items = items.clone()),
            KostGebrek::AnderItem => zin!("kosten-ander-apparaat", items = items.clone(), wat = wat),
            KostGebrek::VervangingOntbreekt => zin!("kosten-vervanging-ontbreekt", wat = wat),
            KostGebrek::GeenVervanging => zin!("kosten-geen-vervanging", wat = wat),
            KostGebrek::JarenOntbreekt => zin!("kosten-jaren-ontbreekt", wat = wat),
            KostGebrek::TeRecent(j, min) => zin!("kosten-te-recent", wat = wat, jaren = j, minimaal = min),
            KostGebrek::KinderenTellenMeeOntbreekt => zin!("kosten-kinderen-tellen-mee-ontbreekt"),
            KostGebrek::EersteKindOntbreekt => zin!("kosten-eerste-kind-ontbreekt"),
            KostGebrek::NietEersteKind => zin!("kosten-niet-eerste-kind"),
            KostGebrek::OverledeneOntbreekt => zin!("kosten-overledene-ontbreekt"),
            KostGebrek::AndereOverledene => zin!("kosten-andere-overledene"),
            KostGebrek::WsnpOntbreekt => zin!("kosten-wsnp-ontbreekt"),
            KostGebrek::Wsnp => zin!("kosten-wsnp"),
            KostGebrek::ReisdoelOntbreekt => zin!("kosten-reisdoel-ontbreekt"),
            KostGebrek::AnderReisdoel => zin!("kosten-ander-reisdoel"),
            KostGebrek::AfstandOntbreekt => zin!("kosten-afstand-ontbreekt"),
            KostGebrek::KorteReis(km, min) => zin!("kosten-korte-reis", km = km, minimaal = min),
            KostGebrek::DreigingOntbreekt => zin!("kosten-dreiging-ontbreekt"),
            KostGebrek::GeenDreiging => zin!("kosten-geen-dreiging"),
            KostGebrek::RedenOntbreekt => zin!("kosten-opvangreden-ontbreekt"),
            KostGebrek::AndereReden => zin!("kosten-andere-opvangreden"),
            KostGebrek::ViaKinderenTellenMee => zin!("kosten-via-kinderen-tellen-mee"),
        });
    }
    if z.is_empty() {
        // The cost fits, but a refusal ground of the regeling decides (its own reason says which).
        z.push(zin!("kosten-passen-afwijzingsgrond", waarvoor = waarvoor));
    }
    z
}

/// Words said one after another, joined by the message `sleutel` (`kosten-reeks-of`: "a of b
/// of c", `kosten-reeks-en`: "a en b en c", `kosten-reeks-komma`: "a, b, c"), as a list argument:
/// empty, or the one message. Not the catalogs' own list ("a, b en c"): these read as before.
fn reeks(sleutel: Sleutel, delen: Vec<Bericht>) -> Vec<Bericht> {
    let mut delen = delen.into_iter().rev();
    let Some(laatste) = delen.next() else { return Vec::new() };
    let samen = delen.fold(laatste, |rest, eerste| Bericht {
        sleutel,
        args: vec![("eerste", Arg::Lijst(vec![eerste])), ("rest", Arg::Lijst(vec![rest]))],
    });
    vec![samen]
}

/// An appliance in words: "koelkast".
fn apparaat(i: WitgoedItem) -> Bericht {
    zin!("kosten-apparaat", apparaat = i.naam())
}

/// A cost as entered, in words: the appliance where there is one, else its kind.
fn kost_naam(k: &Kost) -> Bericht {
    k.item.map_or_else(|| in_woorden(k.soort), apparaat)
}

/// The distinct names of some costs, in the order they were entered.
fn namen<'a>(kosten: impl Iterator<Item = &'a Kost>, naam: impl Fn(&Kost) -> Bericht) -> Vec<Bericht> {
    let mut uit: Vec<Bericht> = Vec::new();
    for k in kosten {
        let w = naam(k);
        if !uit.contains(&w) {
            uit.push(w);
        }
    }
    uit
}

/// A kind of cost as a reader writes it: `leges_verblijfsvergunning` is "leges verblijfsvergunning"
/// (the message `kosten-soort`, chosen by the kind's id).
pub(in crate::evaluate) fn in_woorden(soort: KostSoort) -> Bericht {
    zin!("kosten-soort", soort = soort.naam())
}

/// A cost in words, for the refusal grounds: "een boete", "deze kosten (witgoed)" (the message
/// `afwijzing-kost`, chosen by the kind's id).
fn kost_in_woorden(soort: KostSoort) -> Bericht {
    zin!("afwijzing-kost", soort = soort.naam())
}

pub(super) fn afwijzingsgronden(ctx: &Context, a: &Afwijzingsgronden) -> Vec<Bericht> {
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return vec![zin!("afwijzing-kosten-onbekend")];
    };
    if kosten.is_empty() {
        return vec![zin!("afwijzing-geen-kosten")];
    }
    if betrokken(a, kosten).next().is_none() {
        return vec![zin!("afwijzing-niets-getoetst")];
    }
    let mut z: Vec<Bericht> = Vec::new();
    let mut iets = false;
    let mut toelichting = None;
    for k in betrokken(a, kosten) {
        let wat = vec![kost_in_woorden(k.soort)];
        let zin = match afwijzing(a, k).1 {
            None => continue,
            Some(Afwijzing::Nooit) => zin!("afwijzing-nooit", wat = wat),
            Some(Afwijzing::Uitgesloten) => zin!("afwijzing-uitgesloten", wat = wat),
            Some(Afwijzing::ZeerDringendOntbreekt) => zin!("afwijzing-zeer-dringend-ontbreekt", wat = wat),
            Some(Afwijzing::ZeerDringend) => zin!("afwijzing-zeer-dringend", wat = wat),
            Some(Afwijzing::AlBetaald) => {
                toelichting = a.al_betaald_toelichting.as_ref();
                if a.al_betaald == AlBetaald::Nee {
                    zin!("afwijzing-al-betaald-nooit", wat = wat)
                } else {
                    zin!("afwijzing-al-betaald", wat = wat)
                }
            }
            Some(Afwijzing::VoorliggendOntbreekt) => zin!("afwijzing-voorliggend-ontbreekt", wat = wat),
            Some(Afwijzing::Voorliggend) => zin!("afwijzing-voorliggend", wat = wat),
        };
        // Two costs of one kind would say the same twice.
        if !z.contains(&zin) {
            z.push(zin);
        }
        iets = true;
    }
    // The gemeente's own words on costs already paid, once after all the costs.
    if let Some(g) = toelichting {
        z.push(zin!("beleidstekst", tekst = g.clone()));
    }
    if !iets && !a.uitgesloten.is_empty() && a.uitgesloten.len() <= 3 {
        // A gemeente's own short list (Montferland: naturalisatie, eigen risico) is named, so
        // it does not read as a second copy of the national sentence below.
        let namen = reeks(sleutel!("kosten-reeks-of"), a.uitgesloten.iter().map(|s| kost_in_woorden(*s)).collect());
        return vec![zin!("afwijzing-geen-van-deze", namen = namen)];
    }
    if !iets {
        return vec![zin!("afwijzing-geen")];
    }
    // The block holds while one cost meets no ground: say so, or the refusal above reads as
    // the answer for all of them.
    if betrokken(a, kosten).any(|k| afwijzing(a, k).1.is_none()) {
        z.push(zin!("afwijzing-andere-kosten"));
    }
    z
}
