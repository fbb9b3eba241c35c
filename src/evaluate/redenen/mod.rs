//! The outcome of each condition as messages of the catalogs, with the numbers that decided it:
//! `inkomen-bedrag { inkomen: €1450.00, procent: %111.5, norm: €1300.61 }`, said by
//! `locales/nl/redenen.ftl` as "Uw inkomen is € 1.450,00 per maand. Dat is 111,5% van de
//! bijstandsnorm van € 1.300,61." No sentence is built here.

use super::context::Context;
use super::voorwaarden::{
    huishoudantwoord, partner_recht_aangenomen, partner_zonder_recht, persoonsantwoord, Toets, Uitslag,
};
use crate::policy::{Blok, JaNeeVraag, Voorwaarde, Wie};
use crate::questions::{Vraag, Vragen};
use crate::report::{Reden, RedenUitslag};
use crate::uitleg::{euro, sleutel, zin, Arg, Bericht, Sleutel};

mod inkomen;
mod kosten;
pub(in crate::evaluate) use inkomen::inkomenscorrectie;
use inkomen::{inkomen, woonkosten};
pub(super) use kosten::in_woorden;
use kosten::{afwijzingsgronden, kosten};

pub fn reden(v: &Voorwaarde, t: &Toets, ctx: &Context) -> Reden {
    let onderdelen = match &v.blok {
        Blok::Alle(vs) | Blok::EenVan(vs) => vs.iter().zip(&t.onderdelen).map(|(v, t)| reden(v, t, ctx)).collect(),
        _ => Vec::new(),
    };
    Reden { uitslag: uitslag(&t.uitslag), zinnen: zinnen(&v.blok, t, ctx), bron: v.bron.clone(), onderdelen }
}

fn uitslag(u: &Uitslag) -> RedenUitslag {
    match u {
        Uitslag::Voldaan => RedenUitslag::Voldaan,
        Uitslag::NietVoldaan => RedenUitslag::NietVoldaan,
        Uitslag::Ontbreekt(_) => RedenUitslag::Onbekend,
        Uitslag::Onzeker => RedenUitslag::Beoordeling,
    }
}

fn zinnen(blok: &Blok, t: &Toets, ctx: &Context) -> Vec<Bericht> {
    match blok {
        Blok::Inkomen { max_procent, zeker_tot_procent, toelichting, kostendelersnorm } => {
            let kdn = ctx.kostendelersnorm_voor_inkomen(*kostendelersnorm);
            inkomen(ctx, &t.uitslag, *max_procent, *zeker_tot_procent, toelichting.as_ref(), kdn)
        }
        Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => match (&t.uitslag, boven_grens_beoordeling) {
            // Above the limit, judged by the gemeente: said as "above", with why it is no nee.
            (Uitslag::Onzeker, Some(b)) => {
                let mut z = vermogen(ctx, &Uitslag::NietVoldaan, *onder_de_grens, true);
                z.push(zin!("beleidstekst", tekst = b.toelichting.clone()));
                z
            }
            _ => vermogen(ctx, &t.uitslag, *onder_de_grens, false),
        },
        Blok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            ..
        } => {
            let in_schuldregeling =
                *geen_draagkracht_bij_schuldregeling && ctx.antwoorden().schuldregeling == Some(true);
            if in_schuldregeling {
                vec![zin!("woonkosten-schuldregeling")]
            } else {
                woonkosten(ctx, &t.uitslag, *boven_procent, *kostendelersnorm, *vermogen_boven_grens)
            }
        }
        Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => {
            leeftijd(ctx, *wie, *minimaal, *maximaal, *onder_aow_leeftijd)
        }
        Blok::Kinderen { min_leeftijd, max_leeftijd } => vec![kinderen(ctx, *min_leeftijd, *max_leeftijd)],
        Blok::MaandenLaagInkomen { minimaal } => vec![match ctx.antwoorden().maanden_laag_inkomen {
            Some(m) => zin!("laag-inkomen-maanden", maanden = m, minimaal = *minimaal),
            None => zin!("laag-inkomen-onbekend", minimaal = *minimaal),
        }],
        Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => {
            // Where the answer is asked after all (it alone decides), no assumption is said.
            let aanname = *aangenomen && !matches!(t.uitslag, Uitslag::Ontbreekt(_));
            ja_nee(ctx, *vraag, *wie, aanname.then_some(*moet_zijn))
        }
        Blok::Kostendelers { .. } => vec![match ctx.huishouden.norm_kostendelers.ok() {
            Some(n) => match n.kostendelers {
                Some(k) => zin!("kostendelers-wel", aantal = k),
                None => zin!("kostendelers-geen"),
            },
            None => zin!("kostendelers-onbekend"),
        }],
        Blok::Kosten(eis) => kosten(ctx, eis, &t.uitslag),
        Blok::Afwijzingsgronden(a) => afwijzingsgronden(ctx, a),
        Blok::Beoordeling { tekst: t } => vec![zin!("beleidstekst", tekst = t.clone())],
        Blok::Alle(_) => vec![zin!("groep-alle")],
        Blok::EenVan(_) => vec![zin!("groep-een-van")],
    }
}

/// `beoordeeld`: above the limit, but the gemeente judges it (the block's toelichting follows).
fn vermogen(ctx: &Context, u: &Uitslag, onder_de_grens: bool, beoordeeld: bool) -> Vec<Bericht> {
    let hh = &ctx.huishouden;
    let (laag, hoog) = (hh.grenzen.alleenstaande, hh.grenzen.gehuwden_en_alleenstaande_ouder);
    let beide = || zin!("vermogen-grenzen", alleenstaande = euro(laag), gehuwden = euro(hoog));
    let oordeel = match (u, onder_de_grens) {
        (Uitslag::Voldaan, false) => Some(zin!("vermogen-niet-hoger")),
        (Uitslag::NietVoldaan, false) => Some(zin!("vermogen-hoger")),
        (Uitslag::Voldaan, true) => Some(zin!("vermogen-geen-buffer")),
        (Uitslag::NietVoldaan, true) if beoordeeld => Some(zin!("vermogen-buffer-beoordeeld")),
        (Uitslag::NietVoldaan, true) => Some(zin!("vermogen-buffer")),
        _ => None,
    };
    let Ok(v) = &hh.vermogen.waarde else {
        return match ctx.antwoorden().vermogen {
            Some(v) if *u == Uitslag::NietVoldaan => {
                vec![zin!("vermogen-boven-elke-grens", vermogen = euro(v)), beide()]
            }
            Some(_) => vec![zin!("vermogen-woning-onbekend"), beide()],
            None => vec![zin!("vermogen-onbekend"), beide()],
        };
    };
    let woning = ctx.antwoorden().eigen_woning == Some(true);
    let vrij = euro(hh.grenzen.eigen_woning);
    let mut z = match (hh.vermogensgrens(), hh.leefvorm.ok(), woning) {
        (Some(g), Some(l), false) => {
            vec![zin!("vermogen-met-grens", vermogen = euro(*v), leefvorm = l.id(), grens = euro(g))]
        }
        (Some(g), Some(l), true) => {
            vec![zin!(
                "vermogen-woning-met-grens",
                vermogen = euro(*v),
                vrij = vrij,
                leefvorm = l.id(),
                grens = euro(g)
            )]
        }
        (_, _, false) => vec![zin!("vermogen-bedrag", vermogen = euro(*v)), beide()],
        (_, _, true) => vec![zin!("vermogen-woning-bedrag", vermogen = euro(*v), vrij = vrij), beide()],
    };
    z.extend(oordeel);
    z
}

fn leeftijd(ctx: &Context, wie: Wie, min: Option<u32>, max: Option<u32>, onder_aow: bool) -> Vec<Bericht> {
    let a = ctx.antwoorden();
    let mut z = Vec::new();
    let met_partner = a.heeft_partner == Some(true) && wie != Wie::Aanvrager;
    if wie != Wie::Partner {
        z.push(match a.aanvrager.leeftijd {
            Some(l) => zin!("leeftijd-u", jaar = l),
            None => zin!("leeftijd-u-onbekend"),
        });
    }
    if met_partner || wie == Wie::Partner {
        z.push(match (a.heeft_partner, a.partner.leeftijd) {
            (Some(false), _) => zin!("janee-heeft-partner-nee"),
            (_, Some(l)) => zin!("leeftijd-partner", jaar = l),
            (_, None) => zin!("leeftijd-partner-onbekend"),
        });
    }
    let mut delen = Vec::new();
    if let Some(m) = min {
        delen.push(zin!("leeftijd-vanaf", jaar = m));
    }
    if let Some(m) = max {
        delen.push(zin!("leeftijd-tot-en-met", jaar = m));
    }
    if onder_aow {
        delen.push(match ctx.normen.aow_leeftijd(ctx.huishouden.peildatum.jaar()) {
            Ok(aow) => zin!("leeftijd-onder-aow", jaren = aow.jaren, maanden = aow.maanden),
            Err(_) => zin!("leeftijd-onder-aow-onbekend"),
        });
    }
    z.push(zin!("leeftijdsgrens", delen = delen));
    if wie == Wie::AanvragerOfPartner && met_partner {
        z.push(zin!("leeftijd-een-van-beiden"));
    }
    z.extend(beide_partners(ctx, Some(wie)));
    z
}

fn kinderen(ctx: &Context, min: u32, max: u32) -> Bericht {
    let onder_18 = min == 0 && max == 17;
    match (&ctx.antwoorden().kinderen, onder_18) {
        (None, true) => zin!("kinderen-onbekend"),
        (None, false) => zin!("kinderen-bereik-onbekend", vanaf = min, tot_en_met = max),
        (Some(k), _) => {
            let heel_bereik = min == 0 && max >= 17;
            let n = k.iter().filter(|k| heel_bereik || k.leeftijd.is_some_and(|l| (min..=max).contains(&l))).count();
            if onder_18 {
                zin!("kinderen-aantal", aantal = n)
            } else {
                zin!("kinderen-bereik-aantal", aantal = n, vanaf = min, tot_en_met = max)
            }
        }
    }
}

/// The message of a yes/no answer; the wording differs for the aanvrager and the partner
/// (`wie`), and where the answer is an assumption (`aanname`).
fn ja_nee_sleutel(vraag: JaNeeVraag, antwoord: bool) -> Sleutel {
    match (vraag, antwoord) {
        (JaNeeVraag::Student, true) => sleutel!("janee-student-ja"),
        (JaNeeVraag::Student, false) => sleutel!("janee-student-nee"),
        (JaNeeVraag::ChronischZiekOfBeperking, true) => sleutel!("janee-chronisch-ziek-ja"),
        (JaNeeVraag::ChronischZiekOfBeperking, false) => sleutel!("janee-chronisch-ziek-nee"),
        (JaNeeVraag::GeldigeVerblijfstitel, true) => sleutel!("janee-verblijfstitel-ja"),
        (JaNeeVraag::GeldigeVerblijfstitel, false) => sleutel!("janee-verblijfstitel-nee"),
        (JaNeeVraag::Gedetineerd, true) => sleutel!("janee-gedetineerd-ja"),
        (JaNeeVraag::Gedetineerd, false) => sleutel!("janee-gedetineerd-nee"),
        (JaNeeVraag::Schulden, true) => sleutel!("janee-schulden-ja"),
        (JaNeeVraag::Schulden, false) => sleutel!("janee-schulden-nee"),
        (JaNeeVraag::InkomenstoeslagLaatste12Maanden, true) => sleutel!("janee-inkomenstoeslag-gehad-ja"),
        (JaNeeVraag::InkomenstoeslagLaatste12Maanden, false) => sleutel!("janee-inkomenstoeslag-gehad-nee"),
        (JaNeeVraag::HeeftPartner, true) => sleutel!("janee-heeft-partner-ja"),
        (JaNeeVraag::HeeftPartner, false) => sleutel!("janee-heeft-partner-nee"),
        (JaNeeVraag::PartnerWoontElders, true) => sleutel!("janee-partner-elders-ja"),
        (JaNeeVraag::PartnerWoontElders, false) => sleutel!("janee-partner-elders-nee"),
        (JaNeeVraag::EigenWoning, true) => sleutel!("janee-eigen-woning-ja"),
        (JaNeeVraag::EigenWoning, false) => sleutel!("janee-eigen-woning-nee"),
        (JaNeeVraag::BeperkingHuisgenoot, true) => sleutel!("janee-beperking-huisgenoot-ja"),
        (JaNeeVraag::BeperkingHuisgenoot, false) => sleutel!("janee-beperking-huisgenoot-nee"),
        (JaNeeVraag::ZelfstandigeHuishouding, true) => sleutel!("janee-zelfstandig-ja"),
        (JaNeeVraag::ZelfstandigeHuishouding, false) => sleutel!("janee-zelfstandig-nee"),
        (JaNeeVraag::Schuldregeling, true) => sleutel!("janee-schuldregeling-ja"),
        (JaNeeVraag::Schuldregeling, false) => sleutel!("janee-schuldregeling-nee"),
    }
}

fn open_sleutel(vraag: JaNeeVraag) -> Sleutel {
    match vraag {
        JaNeeVraag::Student => sleutel!("open-student"),
        JaNeeVraag::ChronischZiekOfBeperking => sleutel!("open-chronisch-ziek"),
        JaNeeVraag::GeldigeVerblijfstitel => sleutel!("open-verblijfstitel"),
        JaNeeVraag::Gedetineerd => sleutel!("open-gedetineerd"),
        JaNeeVraag::Schulden => sleutel!("open-schulden"),
        JaNeeVraag::InkomenstoeslagLaatste12Maanden => sleutel!("open-inkomenstoeslag-gehad"),
        JaNeeVraag::EigenWoning => sleutel!("open-eigen-woning"),
        JaNeeVraag::PartnerWoontElders => sleutel!("open-partner-elders"),
        JaNeeVraag::HeeftPartner => sleutel!("open-heeft-partner"),
        JaNeeVraag::BeperkingHuisgenoot => sleutel!("open-beperking-huisgenoot"),
        JaNeeVraag::ZelfstandigeHuishouding => sleutel!("open-zelfstandig"),
        JaNeeVraag::Schuldregeling => sleutel!("open-schuldregeling"),
    }
}

/// One sentence per answer.
fn ja_nee(ctx: &Context, vraag: JaNeeVraag, wie: Option<Wie>, aanname: Option<bool>) -> Vec<Bericht> {
    let zin = |antwoord: Option<bool>, partner: bool| -> Bericht {
        let Some(waarde) = antwoord.or(aanname) else {
            return zin!("janee-open", vraag = vec![Bericht::kaal(open_sleutel(vraag))]);
        };
        // An assumption the policy allows is said as one, never as the inwoner's answer.
        // The arguments its Dutch message has: `wie` for a question asked per person,
        // `aanname` for one a policy may assume (the household's own make-up is never assumed).
        let mut args = Vec::with_capacity(2);
        if vraag.per_persoon() {
            args.push(("wie", Arg::Woord(if partner { "partner" } else { "u" })));
        }
        if !matches!(vraag, JaNeeVraag::HeeftPartner | JaNeeVraag::PartnerWoontElders) {
            args.push(("aanname", Arg::Woord(if antwoord.is_none() { "ja" } else { "nee" })));
        }
        Bericht { sleutel: ja_nee_sleutel(vraag, waarde), args }
    };
    let a = ctx.antwoorden();
    let mut z = Vec::new();
    match wie {
        Some(wie) if vraag.per_persoon() => {
            let eigen = persoonsantwoord(ctx, vraag, false).0;
            if wie != Wie::Partner {
                z.push(zin(eigen, false));
            }
            if wie != Wie::Aanvrager {
                let van_partner = persoonsantwoord(ctx, vraag, true).0;
                match a.heeft_partner {
                    // Both unknown: the one open sentence already covers the partner.
                    Some(true) if van_partner.is_none() && eigen.is_none() && wie != Wie::Partner => {}
                    // One of them is enough and the aanvrager's answer is it: the partner's open
                    // answer cannot change the outcome, so no assumption about it is said.
                    Some(true)
                        if wie == Wie::AanvragerOfPartner
                            && van_partner.is_none()
                            && eigen.is_some()
                            && eigen == aanname => {}
                    Some(true) => z.push(zin(van_partner, true)),
                    Some(false) if wie == Wie::Partner => z.push(zin!("janee-heeft-partner-nee")),
                    _ => {}
                }
            }
        }
        _ => z.push(zin(huishoudantwoord(ctx, vraag).0, false)),
    }
    z.extend(beide_partners(ctx, wie));
    z
}

/// For a condition both partners must meet: says so (002 art. 7.4.2 lid 3), and where the
/// regeling leaves a niet-rechthebbende partner out and the partner is one, that only the
/// aanvrager counts (7.4.3 lid 2).
fn beide_partners(ctx: &Context, wie: Option<Wie>) -> Vec<Bericht> {
    if wie != Some(Wie::AanvragerEnPartner) || ctx.antwoorden().heeft_partner != Some(true) {
        return Vec::new();
    }
    if ctx.niet_rechthebbende_partner && partner_zonder_recht(ctx).uitslag == Uitslag::Voldaan {
        return vec![zin!("partner-zonder-recht")];
    }
    let mut z = vec![zin!("beide-partners")];
    if ctx.niet_rechthebbende_partner && partner_recht_aangenomen(ctx) {
        z.push(zin!("partner-recht-aangenomen"));
    }
    z
}

/// The answers still needed for a norm or an income, as a list of message keys: "uw leeftijd en
/// of u een partner heeft". Names what is missing, not a fixed list, so the inwoner knows what to
/// fill in. Empty: every answer is there, but no norm follows from them (someone under 18, or an
/// AOW-leeftijd the age in years cannot settle); the catalogs say so (`nodig-norm-onbepaald`).
pub(super) fn nodig(v: Vragen) -> Arg {
    const NAMEN: [(Vraag, Sleutel); 16] = [
        (Vraag::AanvragerLeeftijd, sleutel!("nodig-aanvrager-leeftijd")),
        (Vraag::HeeftPartner, sleutel!("nodig-heeft-partner")),
        (Vraag::PartnerLeeftijd, sleutel!("nodig-partner-leeftijd")),
        (Vraag::Kinderen, sleutel!("nodig-kinderen")),
        (Vraag::Medebewoners, sleutel!("nodig-medebewoners")),
        (Vraag::AanvragerInkomen, sleutel!("nodig-aanvrager-inkomen")),
        (Vraag::PartnerInkomen, sleutel!("nodig-partner-inkomen")),
        (Vraag::AanvragerInkomensbron, sleutel!("nodig-aanvrager-inkomensbron")),
        (Vraag::PartnerInkomensbron, sleutel!("nodig-partner-inkomensbron")),
        (Vraag::AlleenstaandeOuderkop, sleutel!("nodig-ouderkop")),
        (Vraag::Vermogen, sleutel!("nodig-vermogen")),
        (Vraag::EigenWoning, sleutel!("nodig-eigen-woning")),
        (Vraag::WozWaarde, sleutel!("nodig-woz-waarde")),
        (Vraag::Hypotheek, sleutel!("nodig-hypotheek")),
        (Vraag::Schulden, sleutel!("nodig-schulden")),
        (Vraag::Schuldregeling, sleutel!("nodig-schuldregeling")),
    ];
    let gekozen: Vec<Bericht> = NAMEN.iter().filter(|(q, _)| v.bevat(*q)).map(|(_, k)| Bericht::kaal(*k)).collect();
    if gekozen.is_empty() {
        return Arg::Lijst(vec![Bericht::kaal(sleutel!("nodig-norm-onbepaald"))]);
    }
    Arg::Lijst(gekozen)
}
