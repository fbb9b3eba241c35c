//! The outcome of each condition in plain words (B1 Dutch, and English), with the numbers
//! that decided it: "Uw inkomen is € 1.450,00 per maand. Dat is 111,5% van de bijstandsnorm
//! van € 1.300,61. De grens is 100% (€ 1.300,61)."

use super::context::Context;
use super::voorwaarden::{
    huishoudantwoord, partner_recht_aangenomen, partner_zonder_recht, persoonsantwoord, Toets, Uitslag,
};
use crate::money::{euro_en, euro_nl};
use crate::policy::{Blok, JaNeeVraag, Voorwaarde, Wie};
use crate::questions::{Vraag, Vragen};
use crate::report::{Reden, RedenUitslag};
use crate::tekst::{tekst, Tekst};

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
    Reden { uitslag: uitslag(&t.uitslag), tekst: tekst(&v.blok, t, ctx), bron: v.bron.clone(), onderdelen }
}

fn uitslag(u: &Uitslag) -> RedenUitslag {
    match u {
        Uitslag::Voldaan => RedenUitslag::Voldaan,
        Uitslag::NietVoldaan => RedenUitslag::NietVoldaan,
        Uitslag::Ontbreekt(_) => RedenUitslag::Onbekend,
        Uitslag::Onzeker => RedenUitslag::Beoordeling,
    }
}

fn tekst(blok: &Blok, t: &Toets, ctx: &Context) -> Tekst {
    match blok {
        Blok::Inkomen { max_procent, zeker_tot_procent, toelichting, kostendelersnorm } => {
            let kdn = ctx.kostendelersnorm_voor_inkomen(*kostendelersnorm);
            inkomen(ctx, &t.uitslag, *max_procent, *zeker_tot_procent, toelichting.as_deref(), kdn)
        }
        Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => match (&t.uitslag, boven_grens_beoordeling) {
            // Above the limit, judged by the gemeente: said as "above", with why it is no nee.
            (Uitslag::Onzeker, Some(b)) => vermogen(ctx, &Uitslag::NietVoldaan, *onder_de_grens, true).en_dan(&b.toelichting),
            _ => vermogen(ctx, &t.uitslag, *onder_de_grens, false),
        },
        Blok::Woonkosten { boven_procent, kostendelersnorm, vermogen_boven_grens, geen_draagkracht_bij_schuldregeling, .. } => {
            let in_schuldregeling = *geen_draagkracht_bij_schuldregeling && ctx.antwoorden().schuldregeling == Some(true);
            if in_schuldregeling {
                tekst!(ctx,
                    "U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank). Zolang die loopt, telt niets van uw inkomen of vermogen mee.",
                    "You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank). While it runs, you have no means to contribute: nothing of your income or assets counts toward your housing costs.",
                )
            } else {
                woonkosten(ctx, &t.uitslag, *boven_procent, *kostendelersnorm, *vermogen_boven_grens)
            }
        }
        Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => leeftijd(ctx, *wie, *minimaal, *maximaal, *onder_aow_leeftijd),
        Blok::Kinderen { min_leeftijd, max_leeftijd } => kinderen(ctx, *min_leeftijd, *max_leeftijd),
        Blok::MaandenLaagInkomen { minimaal } => match ctx.antwoorden().maanden_laag_inkomen {
            Some(m) => tekst!(ctx,
                format!("U heeft {m} maanden een laag inkomen. Nodig is minstens {minimaal} maanden achter elkaar."),
                format!("You have had a low income for {m} months. At least {minimaal} months in a row are needed."),
            ),
            None => tekst!(ctx,
                format!("Wij weten nog niet hoe lang u al een laag inkomen heeft. Nodig is minstens {minimaal} maanden achter elkaar."),
                format!("We do not know yet how long you have had a low income. At least {minimaal} months in a row are needed."),
            ),
        },
        Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => {
            // Where the answer is asked after all (it alone decides), no assumption is said.
            let aanname = *aangenomen && !matches!(t.uitslag, Uitslag::Ontbreekt(_));
            ja_nee(ctx, *vraag, *wie, aanname.then_some(*moet_zijn))
        }
        Blok::Kostendelers { .. } => match ctx.huishouden.norm_kostendelers.ok() {
            Some(n) => match n.kostendelers {
                Some(k) => tekst!(ctx,
                    format!("Er wonen volwassenen van 27 jaar of ouder bij u die meetellen als kostendeler: samen delen {k} volwassenen de kosten. Daardoor is uw bijstandsnorm lager (kostendelersnorm)."),
                    format!("Adults of 27 or older live with you who count as cost-sharers: {k} adults share the costs. This lowers your standard (cost-sharer rule)."),
                ),
                None => tekst!(ctx, "Er wonen geen andere volwassenen bij u die meetellen als kostendeler.", "No other adults live with you who count as cost-sharers."),
            },
            None => tekst!(ctx, "Wij weten nog niet wie er verder bij u woont.", "We do not know yet who else lives with you."),
        },
        Blok::Kosten(eis) => kosten(ctx, eis, &t.uitslag),
        Blok::Afwijzingsgronden(a) => afwijzingsgronden(ctx, a),
        Blok::Beoordeling { tekst: t } => tekst!(ctx, t.nl.as_str(), t.en.as_str()),
        Blok::Alle(_) => tekst!(ctx, "Aan al deze voorwaarden moet worden voldaan:", "All of these conditions must be met:"),
        Blok::EenVan(_) => tekst!(ctx, "Aan een van deze voorwaarden moet worden voldaan:", "One of these conditions must be met:"),
    }
}

/// `beoordeeld`: above the limit, but the gemeente judges it (the block's toelichting follows).
fn vermogen(ctx: &Context, u: &Uitslag, onder_de_grens: bool, beoordeeld: bool) -> Tekst {
    let hh = &ctx.huishouden;
    let (laag, hoog) = (hh.grenzen.alleenstaande, hh.grenzen.gehuwden_en_alleenstaande_ouder);
    let beide = (
        format!(
            "De vermogensgrens is {} voor een alleenstaande en {} voor gehuwden en alleenstaande ouders.",
            euro_nl(laag),
            euro_nl(hoog)
        ),
        format!(
            "The asset limit is {} for a single person and {} for couples and single parents.",
            euro_en(laag),
            euro_en(hoog)
        ),
    );
    let oordeel = match (u, onder_de_grens) {
        (Uitslag::Voldaan, false) => {
            tekst!(ctx, "Uw vermogen is niet hoger dan de grens.", "Your assets are not above the limit.")
        }
        (Uitslag::NietVoldaan, false) => tekst!(ctx, "Uw vermogen is hoger dan de grens.", "Your assets are above the limit."),
        (Uitslag::Voldaan, true) => tekst!(
            ctx,
            "Uw vermogen is lager dan de grens: u heeft geen goede financiële buffer.",
            "Your assets are below the limit: you have no good financial buffer.",
        ),
        (Uitslag::NietVoldaan, true) if beoordeeld => tekst!(
            ctx,
            "Uw vermogen is even hoog als de grens of hoger: dan heeft u een goede financiële buffer.",
            "Your assets are at or above the limit: then you have a good financial buffer.",
        ),
        (Uitslag::NietVoldaan, true) => tekst!(
            ctx,
            "Uw vermogen is even hoog als de grens of hoger: dan heeft u een goede financiële buffer, en is de regeling niet voor u.",
            "Your assets are at or above the limit: then you have a good financial buffer, and the scheme is not for you.",
        ),
        _ => Tekst::default(),
    };
    let Ok(v) = &hh.vermogen.waarde else {
        return match ctx.antwoorden().vermogen {
            Some(v) if *u == Uitslag::NietVoldaan => tekst!(
                ctx,
                format!("Uw vermogen is {}: meer dan elke vermogensgrens. {}", euro_nl(v), beide.0),
                format!("Your assets are {}: more than any asset limit. {}", euro_en(v), beide.1),
            ),
            Some(_) => tekst!(
                ctx,
                format!("Wij weten nog niet of u een eigen huis heeft, of wat het waard is. {}", beide.0),
                format!("We do not know yet whether you own your home, or what it is worth. {}", beide.1),
            ),
            None => tekst!(
                ctx,
                format!("Wij weten uw vermogen nog niet. {}", beide.0),
                format!("We do not know your assets yet. {}", beide.1),
            ),
        };
    };
    let woning = ctx.antwoorden().eigen_woning == Some(true);
    let wat = if woning {
        (
            format!(
                "Uw vermogen, met het deel van de overwaarde van uw huis boven {} dat meetelt,",
                euro_nl(hh.grenzen.eigen_woning)
            ),
            format!(
                "Your assets, including the part of your home equity above {} that counts,",
                euro_en(hh.grenzen.eigen_woning)
            ),
        )
    } else {
        ("Uw vermogen".to_string(), "Your assets".to_string())
    };
    let t = match (hh.vermogensgrens(), hh.leefvorm.ok()) {
        (Some(g), Some(l)) => tekst!(
            ctx,
            format!("{} is {}. De vermogensgrens voor {} is {}.", wat.0, euro_nl(*v), l.nl(), euro_nl(g)),
            format!("{} are {}. The asset limit for {} is {}.", wat.1, euro_en(*v), l.en(), euro_en(g)),
        ),
        _ => tekst!(
            ctx,
            format!("{} is {}. {}", wat.0, euro_nl(*v), beide.0),
            format!("{} are {}. {}", wat.1, euro_en(*v), beide.1),
        ),
    };
    t.en_dan(&oordeel)
}

fn leeftijd(ctx: &Context, wie: Wie, min: Option<u32>, max: Option<u32>, onder_aow: bool) -> Tekst {
    let a = ctx.antwoorden();
    let mut feiten = Tekst::default();
    let met_partner = a.heeft_partner == Some(true) && wie != Wie::Aanvrager;
    if wie != Wie::Partner {
        feiten = feiten.en_dan(&match a.aanvrager.leeftijd {
            Some(l) => tekst!(ctx, format!("U bent {l} jaar."), format!("You are {l}.")),
            None => tekst!(ctx, "Uw leeftijd weten wij nog niet.", "We do not know your age yet."),
        });
    }
    if met_partner || wie == Wie::Partner {
        feiten = feiten.en_dan(&match (a.heeft_partner, a.partner.leeftijd) {
            (Some(false), _) => tekst!(ctx, "U heeft geen partner.", "You have no partner."),
            (_, Some(l)) => tekst!(ctx, format!("Uw partner is {l} jaar."), format!("Your partner is {l}.")),
            (_, None) => {
                tekst!(ctx, "De leeftijd van uw partner weten wij nog niet.", "We do not know your partner's age yet.")
            }
        });
    }
    let mut delen = (Vec::new(), Vec::new());
    if let Some(m) = min {
        delen.0.push(format!("vanaf {m} jaar"));
        delen.1.push(format!("from {m}"));
    }
    if let Some(m) = max {
        delen.0.push(format!("tot en met {m} jaar"));
        delen.1.push(format!("up to and including {m}"));
    }
    if onder_aow {
        match ctx.normen.aow_leeftijd(ctx.huishouden.peildatum.jaar()) {
            Ok(aow) if aow.maanden == 0 => {
                delen.0.push(format!("jonger dan de AOW-leeftijd ({} jaar)", aow.jaren));
                delen.1.push(format!("below the state pension age ({})", aow.jaren));
            }
            Ok(aow) => {
                delen.0.push(format!("jonger dan de AOW-leeftijd ({} jaar en {} maanden)", aow.jaren, aow.maanden));
                delen.1.push(format!("below the state pension age ({} years and {} months)", aow.jaren, aow.maanden));
            }
            Err(_) => {
                delen.0.push("jonger dan de AOW-leeftijd".into());
                delen.1.push("below the state pension age".into());
            }
        }
    }
    let voor = match wie {
        Wie::AanvragerEnPartner if met_partner => ("", ""),
        Wie::AanvragerOfPartner if met_partner => {
            (" Het is genoeg als u of uw partner dit haalt.", " It is enough if you or your partner meet it.")
        }
        _ => ("", ""),
    };
    feiten
        .en_dan(&tekst!(
            ctx,
            format!("De leeftijdsgrens is: {}.{}", delen.0.join(", "), voor.0),
            format!("The age limit is: {}.{}", delen.1.join(", "), voor.1),
        ))
        .en_dan(&beide_partners(ctx, Some(wie)))
}

fn kinderen(ctx: &Context, min: u32, max: u32) -> Tekst {
    let bereik = if min == 0 && max == 17 {
        ("onder de 18 jaar".to_string(), "under 18".to_string())
    } else {
        (format!("van {min} tot en met {max} jaar"), format!("aged {min} to {max}"))
    };
    match &ctx.antwoorden().kinderen {
        None => tekst!(
            ctx,
            format!("Wij weten nog niet of er kinderen {} bij u wonen.", bereik.0),
            format!("We do not know yet whether children {} live with you.", bereik.1),
        ),
        Some(k) => {
            let heel_bereik = min == 0 && max >= 17;
            let n = k.iter().filter(|k| heel_bereik || k.leeftijd.is_some_and(|l| (min..=max).contains(&l))).count();
            match n {
                0 => tekst!(
                    ctx,
                    format!("Er wonen geen kinderen {} bij u.", bereik.0),
                    format!("No children {} live with you.", bereik.1),
                ),
                1 => tekst!(
                    ctx,
                    format!("Er woont 1 kind {} bij u.", bereik.0),
                    format!("1 child {} lives with you.", bereik.1),
                ),
                n => tekst!(
                    ctx,
                    format!("Er wonen {n} kinderen {} bij u.", bereik.0),
                    format!("{n} children {} live with you.", bereik.1),
                ),
            }
        }
    }
}

/// One sentence per answer; the verbs are chosen so that "U" and "Uw partner" take the same form.
fn ja_nee(ctx: &Context, vraag: JaNeeVraag, wie: Option<Wie>, aanname: Option<bool>) -> Tekst {
    let zin = |antwoord: Option<bool>, partner: bool| -> Tekst {
        let (w_nl, w_en) = if partner { ("Uw partner", "Your partner") } else { ("U", "You") };
        let (nl, en) = match (vraag, antwoord.or(aanname)) {
            (_, None) => return tekst!(ctx, format!("Wij weten nog niet {}.", open_vraag(vraag).0), format!("We do not know yet {}.", open_vraag(vraag).1)),
            (JaNeeVraag::Student, Some(true)) => (format!("{w_nl} volgt een opleiding met mogelijke aanspraak op studiefinanciering of WTOS, of deed dat in de afgelopen 12 maanden. Dan is er zicht op een hoger inkomen."), format!("{} in an education with a possible right to student finance or WTOS now or in the last 12 months, so a higher income is in sight.", if partner { "Your partner is or was" } else { "You are or were" })),
            (JaNeeVraag::Student, Some(false)) => (format!("{w_nl} volgde de afgelopen 12 maanden geen opleiding met mogelijke aanspraak op studiefinanciering of WTOS."), format!("{} not in an education with a possible right to student finance or WTOS in the last 12 months.", if partner { "Your partner was" } else { "You were" })),
            (JaNeeVraag::ChronischZiekOfBeperking, Some(true)) => (format!("{w_nl} heeft een chronische ziekte of een beperking."), format!("{w_en} reported a chronic illness or a disability.")),
            (JaNeeVraag::ChronischZiekOfBeperking, Some(false)) => (format!("{w_nl} heeft geen chronische ziekte en geen beperking."), format!("{w_en} reported no chronic illness and no disability.")),
            (JaNeeVraag::GeldigeVerblijfstitel, Some(true)) => (format!("{w_nl} heeft een geldige verblijfstitel."), format!("{w_en} reported a valid residence permit.")),
            (JaNeeVraag::GeldigeVerblijfstitel, Some(false)) => (format!("{w_nl} heeft geen geldige verblijfstitel."), format!("{w_en} reported no valid residence permit.")),
            (JaNeeVraag::Gedetineerd, Some(true)) => (format!("{w_nl} zit in detentie."), format!("{w_en} reported being in detention.")),
            (JaNeeVraag::Gedetineerd, Some(false)) => (format!("{w_nl} zit niet in detentie."), format!("{w_en} reported not being in detention.")),
            (JaNeeVraag::Schulden, Some(true)) => ("U heeft schulden of betalingsachterstanden die u niet zelf kunt oplossen.".into(), "You have debts or arrears you cannot solve yourself.".into()),
            (JaNeeVraag::Schulden, Some(false)) => ("U heeft geen schulden die u niet kunt betalen.".into(), "You have no debts you cannot pay.".into()),
            (JaNeeVraag::InkomenstoeslagLaatste12Maanden, Some(true)) => ("U kreeg in de afgelopen 12 maanden al een individuele inkomenstoeslag. Die kan eens per 12 maanden.".into(), "You received the individual income supplement in the last 12 months. It is possible once every 12 months.".into()),
            (JaNeeVraag::InkomenstoeslagLaatste12Maanden, Some(false)) => ("U kreeg in de afgelopen 12 maanden geen individuele inkomenstoeslag.".into(), "You did not receive the individual income supplement in the last 12 months.".into()),
            (JaNeeVraag::HeeftPartner, Some(true)) => ("U heeft een partner.".into(), "You have a partner.".into()),
            (JaNeeVraag::HeeftPartner, Some(false)) => ("U heeft geen partner.".into(), "You have no partner.".into()),
            (JaNeeVraag::PartnerWoontElders, Some(true)) => (
                "U bent getrouwd of heeft een geregistreerd partnerschap, maar uw partner woont ergens anders.".into(),
                "You are married or in a registered partnership, but your partner lives elsewhere.".into(),
            ),
            (JaNeeVraag::PartnerWoontElders, Some(false)) => {
                ("Uw partner woont bij u.".into(), "Your partner lives with you.".into())
            }
            (JaNeeVraag::EigenWoning, Some(true)) => ("U heeft een eigen huis.".into(), "You own your home.".into()),
            (JaNeeVraag::EigenWoning, Some(false)) => ("U heeft geen eigen huis.".into(), "You do not own your home.".into()),
            (JaNeeVraag::BeperkingHuisgenoot, Some(true)) => ("Iemand anders in uw huishouden heeft een beperking of een chronisch (psychisch of psychosociaal) probleem.".into(), "Someone else in your household has a disability or a chronic (mental or psychosocial) condition.".into()),
            (JaNeeVraag::BeperkingHuisgenoot, Some(false)) => ("Niemand anders in uw huishouden heeft een beperking of chronisch probleem.".into(), "Nobody else in your household has a disability or chronic condition.".into()),
            (JaNeeVraag::ZelfstandigeHuishouding, Some(true)) => ("U heeft een eigen huishouding.".into(), "You run your own household.".into()),
            (JaNeeVraag::ZelfstandigeHuishouding, Some(false)) => ("U heeft geen eigen huishouding. De regeling is voor wie zelfstandig woont.".into(), "You do not run your own household. The scheme is for people who live independently.".into()),
            (JaNeeVraag::Schuldregeling, Some(true)) => ("U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank).".into(), "You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank).".into()),
            (JaNeeVraag::Schuldregeling, Some(false)) => ("U zit niet in een schuldsanering of schuldregeling.".into(), "You are not in a debt scheme or debt arrangement.".into()),
        };
        if antwoord.is_none() {
            // An assumption the policy allows: said as one, never as the inwoner's answer.
            return tekst!(
                ctx,
                format!("Dit is nog niet ingevuld; wij gaan ervan uit: {nl} Is dat anders, dan kan de uitkomst anders zijn."),
                format!("This is not filled in yet; we assume: {} If that is not so, the outcome may differ.", en.replacen("reported not being ", "are not ", 1)
                    .replacen("reported being ", "are ", 1)
                    .replacen("reported no ", "have no ", 1)
                    .replacen("reported a ", "have a ", 1)),
            );
        }
        tekst!(ctx, nl, en)
    };
    let a = ctx.antwoorden();
    let t = match wie {
        Some(wie) if vraag.per_persoon() => {
            let mut t = Tekst::default();
            let eigen = persoonsantwoord(ctx, vraag, false).0;
            if wie != Wie::Partner {
                t = t.en_dan(&zin(eigen, false));
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
                    Some(true) => t = t.en_dan(&zin(van_partner, true)),
                    Some(false) if wie == Wie::Partner => {
                        t = t.en_dan(&tekst!(ctx, "U heeft geen partner.", "You have no partner."))
                    }
                    _ => {}
                }
            }
            t
        }
        _ => zin(huishoudantwoord(ctx, vraag).0, false),
    };
    t.en_dan(&beide_partners(ctx, wie))
}

/// For a condition both partners must meet: says so (002 art. 7.4.2 lid 3), and where the
/// regeling leaves a niet-rechthebbende partner out and the partner is one, that only the
/// aanvrager counts (7.4.3 lid 2).
fn beide_partners(ctx: &Context, wie: Option<Wie>) -> Tekst {
    if wie != Some(Wie::AanvragerEnPartner) || ctx.antwoorden().heeft_partner != Some(true) {
        return Tekst::default();
    }
    if ctx.niet_rechthebbende_partner && partner_zonder_recht(ctx).uitslag == Uitslag::Voldaan {
        return tekst!(
            ctx,
            "Uw partner heeft geen recht op bijstand (geen geldige verblijfstitel, of in detentie). Dan hoeft alleen u hieraan te voldoen.",
            "Your partner has no right to social assistance (no valid residence permit, or in detention). Then only you have to meet this.",
        );
    }
    let t = tekst!(
        ctx,
        "Dit geldt voor u en voor uw partner: u moet er allebei aan voldoen.",
        "This applies to you and to your partner: you must both meet it.",
    );
    if ctx.niet_rechthebbende_partner && partner_recht_aangenomen(ctx) {
        return t.en_dan(&tekst!(
            ctx,
            "Heeft uw partner geen geldige verblijfstitel of zit uw partner in detentie, dan hoeft alleen u hieraan te voldoen. Dat is nog niet ingevuld.",
            "If your partner has no valid residence permit or is in detention, only you have to meet this. That is not filled in yet.",
        ));
    }
    t
}

fn open_vraag(vraag: JaNeeVraag) -> (&'static str, &'static str) {
    match vraag {
        JaNeeVraag::Student => (
            "of er de afgelopen 12 maanden een opleiding gevolgd is met mogelijke aanspraak op studiefinanciering of WTOS (ook als die niet is aangevraagd)",
            "whether anyone followed an education with a possible right to student finance or WTOS in the last 12 months (also if it was not claimed)",
        ),
        JaNeeVraag::ChronischZiekOfBeperking => {
            ("of er een beperking of chronisch probleem is", "whether there is a disability or chronic condition")
        }
        JaNeeVraag::GeldigeVerblijfstitel => {
            ("of er een geldige verblijfstitel is", "whether there is a valid residence permit")
        }
        JaNeeVraag::Gedetineerd => ("of iemand in detentie zit", "whether anyone is in detention"),
        JaNeeVraag::Schulden => {
            ("of u schulden heeft die u niet kunt betalen", "whether you have debts you cannot pay")
        }
        JaNeeVraag::InkomenstoeslagLaatste12Maanden => (
            "of u het afgelopen jaar al een inkomenstoeslag kreeg",
            "whether you received an income supplement in the last year",
        ),
        JaNeeVraag::EigenWoning => ("of u een eigen huis heeft", "whether you own your home"),
        JaNeeVraag::PartnerWoontElders => ("of uw partner bij u woont", "whether your partner lives with you"),
        JaNeeVraag::HeeftPartner => ("of u een partner heeft", "whether you have a partner"),
        JaNeeVraag::BeperkingHuisgenoot => (
            "of iemand anders in uw huishouden een beperking of chronisch probleem heeft",
            "whether someone else in your household has a disability or chronic condition",
        ),
        JaNeeVraag::ZelfstandigeHuishouding => {
            ("of u een eigen huishouding heeft", "whether you run your own household")
        }
        JaNeeVraag::Schuldregeling => {
            ("of u in een schuldsanering of schuldregeling zit", "whether you are in a debt scheme or debt arrangement")
        }
    }
}

/// The answers still needed for a norm or an income, in words: "uw leeftijd en of u een partner
/// heeft". Names what is missing, not a fixed list, so the inwoner knows what to fill in.
pub(super) fn nodig(v: Vragen) -> (String, String) {
    const NAMEN: [(Vraag, &str, &str); 14] = [
        (Vraag::AanvragerLeeftijd, "uw leeftijd", "your age"),
        (Vraag::HeeftPartner, "of u een partner heeft", "whether you have a partner"),
        (Vraag::PartnerLeeftijd, "de leeftijd van uw partner", "your partner's age"),
        (
            Vraag::Kinderen,
            "of er kinderen bij u wonen, en hun leeftijd",
            "whether children live with you, and their ages",
        ),
        (
            Vraag::Medebewoners,
            "wie er verder bij u woont (leeftijd, en of zij studeren of kamerhuur betalen)",
            "who else lives with you (age, and whether they study or pay rent for a room)",
        ),
        (Vraag::AanvragerInkomen, "uw netto inkomen per maand", "your net income per month"),
        (Vraag::PartnerInkomen, "het netto inkomen van uw partner", "your partner's net income"),
        (
            Vraag::AlleenstaandeOuderkop,
            "de alleenstaande-ouderkop in uw kindgebonden budget",
            "the single-parent supplement in your child budget",
        ),
        (Vraag::Vermogen, "uw vermogen", "your assets"),
        (Vraag::EigenWoning, "of u een eigen huis heeft", "whether you own your home"),
        (Vraag::WozWaarde, "de WOZ-waarde van uw huis", "the WOZ value of your home"),
        (Vraag::Hypotheek, "uw hypotheek", "your mortgage"),
        (Vraag::Schulden, "of u schulden heeft", "whether you have debts"),
        (
            Vraag::Schuldregeling,
            "of u in een schuldsanering (Wsnp) of minnelijke schuldregeling via de kredietbank (Stadsbank) zit",
            "whether you are in a statutory debt scheme (Wsnp) or an amicable debt arrangement",
        ),
    ];
    let gekozen: Vec<_> = NAMEN.iter().filter(|(q, _, _)| v.bevat(*q)).collect();
    if gekozen.is_empty() {
        // Every answer is there, but no norm follows from them (someone under 18, or an
        // AOW-leeftijd the age in years cannot settle).
        return (
            "een bijstandsnorm die wij uit uw antwoorden niet kunnen bepalen (bijvoorbeeld bij iemand onder de 18, of in het jaar van de AOW-leeftijd); de gemeente rekent dit uit".into(),
            "a social assistance standard we cannot work out from your answers (for example for someone under 18, or in the year of reaching state pension age); the municipality works it out".into(),
        );
    }
    let lijst = |namen: Vec<&str>, en: &str| match namen.split_last() {
        Some((laatste, rest)) if !rest.is_empty() => format!("{} {en} {laatste}", rest.join(", ")),
        _ => namen.concat(),
    };
    (lijst(gekozen.iter().map(|n| n.1).collect(), "en"), lijst(gekozen.iter().map(|n| n.2).collect(), "and"))
}
