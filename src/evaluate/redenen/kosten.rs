//! The reasons for the cost conditions: whether a cost fits the regeling, and which refusal
//! ground (voorliggende voorziening, a kind never paid, a cost already paid) decides it.

use super::super::context::Context;
use super::super::voorwaarden::{
    afwijzing, betrokken, kost_gebreken, kosten_totaal, telbare_kosten, Afwijzing, KostGebrek, Uitslag,
};
use crate::household::{Kost, KostSoort};
use crate::money::{euro_en, euro_nl};
use crate::policy::{Afwijzingsgronden, AlBetaald, KostenEis};
use crate::tekst::{tekst, Tekst};

pub(super) fn kosten(ctx: &Context, eis: &KostenEis, u: &Uitslag) -> Tekst {
    let soorten: Vec<String> = eis.soorten.iter().map(|s| in_woorden(*s)).collect();
    let items: Vec<&str> = eis.items.iter().map(|i| i.naam()).collect();
    let waarvoor = if items.is_empty() { soorten.join(" of ") } else { items.join(", ") };
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return tekst!(
            ctx,
            format!("Wij weten nog niet of u kosten heeft voor {waarvoor}."),
            format!("We do not know yet whether you have costs for {waarvoor}."),
        );
    };
    let passend: Vec<_> = telbare_kosten(eis, kosten).collect();
    let nog_te_betalen = kosten.iter().any(|k| eis.soorten.contains(&k.soort) && k.al_betaald != Some(true));
    if passend.is_empty() && eis.alleen_al_betaald && nog_te_betalen {
        return tekst!(
            ctx,
            "Dit is voor kleine kosten die u al betaalde. Kosten die u nog moet betalen, vraagt u vooraf aan als bijzondere bijstand.",
            "This is for small costs you already paid. Costs you still have to pay are applied for beforehand as special assistance.",
        );
    }
    if passend.is_empty() {
        if let Some(max) = eis.max_totaal {
            let opgegeven = namen(kosten.iter().filter(|k| eis.soorten.contains(&k.soort)), |k| in_woorden(k.soort));
            if !opgegeven.is_empty() {
                let (wat, elk_nl, elk_en) =
                    if opgegeven.len() == 1 && kosten.iter().filter(|k| eis.soorten.contains(&k.soort)).count() == 1 {
                        (opgegeven.concat(), "zijn hoger", "are above")
                    } else {
                        (opgegeven.join(" en "), "zijn elk hoger", "are each above")
                    };
                return tekst!(
                    ctx,
                    format!("Uw kosten voor {wat} {elk_nl} dan {}: dat zijn geen kleine kosten.", euro_nl(max)),
                    format!("Your costs for {wat} {elk_en} {}: they are not small costs.", euro_en(max)),
                );
            }
        }
        return tekst!(
            ctx,
            format!("U gaf geen kosten op voor {waarvoor}."),
            format!("You entered no costs for {waarvoor}."),
        );
    }
    if let Some(max) = eis.max_totaal {
        let totaal = kosten_totaal(eis, kosten);
        let (nl, en) = match totaal {
            None => {
                ("Vul bij elke kostenpost het bedrag in.".to_string(), "Enter the amount of every cost.".to_string())
            }
            Some(t) if eis.alleen_al_betaald => (
                format!("De kleine kosten die u al betaalde, zijn samen {}; de grens is {} per kalenderjaar. Kosten die u nog moet betalen, vraagt u vooraf aan als bijzondere bijstand.", euro_nl(t), euro_nl(max)),
                format!("The small costs you already paid add up to {}; the limit is {} per calendar year. Costs you still have to pay are applied for beforehand as special assistance.", euro_en(t), euro_en(max)),
            ),
            Some(t) => (
                format!("Uw kosten zijn samen {}; de grens is {} per kalenderjaar.", euro_nl(t), euro_nl(max)),
                format!("Your costs add up to {}; the limit is {} per calendar year.", euro_en(t), euro_en(max)),
            ),
        };
        if totaal.is_none_or(|t| t > max) || *u == Uitslag::Voldaan {
            return tekst!(ctx, nl, en);
        }
    }
    if *u == Uitslag::Voldaan {
        // Name what the inwoner entered (a koelkast), not every item the regeling takes.
        let opgegeven = namen(passend.iter().copied(), kost_naam);
        let wat = if opgegeven.is_empty() { waarvoor.clone() } else { opgegeven.join(" en ") };
        return tekst!(
            ctx,
            format!("Uw kosten voor {wat} passen bij deze regeling."),
            format!("Your costs for {wat} fit this scheme."),
        );
    }
    let mut t = Tekst::default();
    for k in passend {
        let wat = kost_naam(k);
        let zin = match kost_gebreken(eis, k).1 {
            None => continue,
            Some(KostGebrek::ItemOntbreekt) => (format!("Zeg om welk apparaat het gaat ({}).", items.join(", ")), format!("Say which appliance it is ({}).", items.join(", "))),
            Some(KostGebrek::AnderItem) => (format!("De regeling geldt voor {}, niet voor {wat}.", items.join(", ")), format!("The scheme covers {}, not {wat}.", items.join(", "))),
            Some(KostGebrek::VervangingOntbreekt) => (format!("Zeg of de {wat} een oude vervangt."), format!("Say whether the {wat} replaces an old one.")),
            Some(KostGebrek::GeenVervanging) => (format!("Het gaat om een eerste aanschaf of reparatie van de {wat}; de regeling geldt alleen voor vervanging."), format!("This is a first purchase or repair of the {wat}; the scheme only covers replacement.")),
            Some(KostGebrek::JarenOntbreekt) => (format!("Zeg hoeveel jaar geleden u voor de {wat} al een vergoeding kreeg, of dat het de eerste keer is."), format!("Say how many years ago you were last reimbursed for the {wat}, or that it is the first time.")),
            Some(KostGebrek::TeRecent(j, min)) => (format!("U kreeg {j} jaar geleden al een vergoeding voor de {wat}. Dat kan eens per {min} jaar."), format!("You were reimbursed for the {wat} {j} years ago. This is possible once every {min} years.")),
            Some(KostGebrek::KinderenTellenMeeOntbreekt) => ("Zeg of er in de afgelopen 60 maanden een computer via Kinderen tellen mee kwam.".into(), "Say whether a computer came through Kinderen tellen mee in the last 60 months.".into()),
            Some(KostGebrek::EersteKindOntbreekt) => {
                ("Zeg of de babyuitzet voor uw eerste kind is.".into(), "Say whether the baby kit is for your first child.".into())
            }
            Some(KostGebrek::NietEersteKind) => (
                "Een babyuitzet kan alleen voor het eerste kind: voor een volgend kind zijn de spullen er meestal al.".into(),
                "A baby kit is only for the first child: for a next child the things are usually there already.".into(),
            ),
            Some(KostGebrek::OverledeneOntbreekt) => ("Zeg wie er is overleden.".into(), "Say who died.".into()),
            Some(KostGebrek::AndereOverledene) => (
                "Voor de uitvaart van iemand anders dan uw partner, kind of ouder is er in principe geen bijzondere bijstand: de kosten komen uit de erfenis.".into(),
                "For the funeral of someone other than your partner, child or parent there is in principle no special assistance: the costs come from the estate.".into(),
            ),
            Some(KostGebrek::WsnpOntbreekt) => (
                "Zeg of het bewind hoort bij de schuldsanering (WSNP).".into(),
                "Say whether the administration is part of the WSNP debt scheme.".into(),
            ),
            Some(KostGebrek::Wsnp) => (
                "Voor bewindvoering in de schuldsanering (WSNP) is geen bijzondere bijstand mogelijk: die kosten worden op een andere manier betaald.".into(),
                "There is no special assistance for administration within the WSNP debt scheme: those costs are paid another way.".into(),
            ),
            Some(KostGebrek::ReisdoelOntbreekt) => ("Zeg waarvoor u reist.".into(), "Say what you travel for.".into()),
            Some(KostGebrek::AnderReisdoel) => (
                "Reiskosten worden alleen vergoed voor een arts of specialist buiten de gemeente, een familielid in de eerste graad (ouder of kind) in het ziekenhuis of de gevangenis, school die niet dichtbij kan, of re-integratie. Andere reizen betaalt u uit de bijstandsnorm.".into(),
                "Travel costs are only paid for a doctor or specialist outside the municipality, a first-degree relative (parent or child) in hospital or prison, a school that cannot be nearby, or re-integration. Other journeys are paid from the social assistance norm.".into(),
            ),
            Some(KostGebrek::AfstandOntbreekt) => ("Zeg hoeveel kilometer een enkele reis is.".into(), "Say how many kilometres a single journey is.".into()),
            Some(KostGebrek::KorteReis(km, min)) => (
                format!("Een enkele reis is {km} km. De grens is {min} km; daaronder alleen bij gezondheidsklachten of een bijzondere situatie."),
                format!("A single journey is {km} km. The limit is {min} km; below it only with health complaints or a special situation."),
            ),
            Some(KostGebrek::DreigingOntbreekt) => (
                "Zeg of er een huisuitzetting of afsluiting van gas, water of licht dreigt.".into(),
                "Say whether eviction or disconnection of gas, water or electricity threatens.".into(),
            ),
            Some(KostGebrek::GeenDreiging) => (
                "Een lening voor deze schuld kan alleen om een dreigende huisuitzetting of afsluiting te voorkomen.".into(),
                "A loan for this debt is only possible to prevent a threatened eviction or disconnection.".into(),
            ),
            Some(KostGebrek::RedenOntbreekt) => ("Zeg waarom u kinderopvang nodig heeft.".into(), "Say why you need childcare.".into()),
            Some(KostGebrek::AndereReden) => (
                "Bijzondere bijstand voor kinderopvang kan bij re-integratie of inburgering, na werk vanuit de bijstand, of met een sociaal-medische indicatie.".into(),
                "Special assistance for childcare is possible for re-integration or civic integration, after leaving assistance for work, or with a social-medical indication.".into(),
            ),
            Some(KostGebrek::ViaKinderenTellenMee) => ("Er kwam in de afgelopen 60 maanden al een computer via Kinderen tellen mee.".into(), "A computer already came through Kinderen tellen mee in the last 60 months.".into()),
        };
        t = t.en_dan(&tekst!(ctx, zin.0, zin.1));
    }
    if t.nl.is_empty() && t.en.is_empty() {
        // The cost fits, but a refusal ground of the regeling decides (its own reason says which).
        t = tekst!(
            ctx,
            format!("Uw kosten voor {waarvoor} passen bij deze regeling, maar een afwijzingsgrond van deze regeling bepaalt of de gemeente ze kan vergoeden."),
            format!("Your costs for {waarvoor} fit this scheme, but a ground for refusal of this scheme decides whether the municipality can pay them."),
        );
    }
    t
}

/// A kind of cost as a reader writes it: `leges_verblijfsvergunning` is "leges verblijfsvergunning".
/// A cost as entered, in words: the appliance where there is one, else its kind.
fn kost_naam(k: &Kost) -> String {
    k.item.map_or_else(|| in_woorden(k.soort), |i| i.naam().to_string())
}

/// The distinct names of some costs, in the order they were entered.
fn namen<'a>(kosten: impl Iterator<Item = &'a Kost>, naam: impl Fn(&Kost) -> String) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for k in kosten {
        let w = naam(k);
        if !uit.contains(&w) {
            uit.push(w);
        }
    }
    uit
}

pub(in crate::evaluate) fn in_woorden(soort: KostSoort) -> String {
    soort.naam().replace('_', " ")
}

/// A cost in words, for the refusal grounds: "een boete", "deze kosten (witgoed)".
fn kost_in_woorden(soort: KostSoort) -> (String, String) {
    match soort {
        KostSoort::Alimentatie => ("alimentatie".into(), "maintenance payments".into()),
        KostSoort::Boete => ("een boete".into(), "a fine".into()),
        KostSoort::Schade => ("schade".into(), "damage".into()),
        KostSoort::Schuldaflossing => ("het aflossen van schulden".into(), "paying off debts".into()),
        KostSoort::Huurschuld => ("een huurschuld".into(), "rent arrears".into()),
        KostSoort::Energieschuld => {
            ("een schuld voor gas, water of licht".into(), "arrears for gas, water or electricity".into())
        }
        KostSoort::Naturalisatie => ("naturalisatie".into(), "naturalisation".into()),
        KostSoort::EigenRisico => {
            ("het eigen risico van uw zorgverzekering".into(), "the excess of your health insurance".into())
        }
        s => (format!("deze kosten ({})", in_woorden(s)), format!("this cost ({})", in_woorden(s))),
    }
}

pub(super) fn afwijzingsgronden(ctx: &Context, a: &Afwijzingsgronden) -> Tekst {
    let Some(kosten) = &ctx.antwoorden().kosten else {
        return tekst!(ctx, "Wij weten nog niet welke kosten u heeft.", "We do not know your costs yet.");
    };
    if kosten.is_empty() {
        return tekst!(
            ctx,
            "U gaf geen kosten op: dan is er nu niets om aan te vragen. Heeft u noodzakelijke kosten die u niet zelf kunt betalen, vul ze dan in.",
            "You entered no costs: then there is nothing to apply for now. If you have necessary costs you cannot pay yourself, enter them.",
        );
    }
    if betrokken(a, kosten).next().is_none() {
        return tekst!(
            ctx,
            "Er zijn geen kosten die deze regeling aan de afwijzingsgronden toetst.",
            "There are no costs this scheme tests against the grounds for refusal."
        );
    }
    let mut t = Tekst::default();
    let mut iets = false;
    let mut gezien: Vec<String> = Vec::new();
    let mut toelichting = None;
    for k in betrokken(a, kosten) {
        let (wat, what) = kost_in_woorden(k.soort);
        let zin = match afwijzing(a, k).1 {
            None => continue,
            Some(Afwijzing::Nooit) => (
                format!("Voor {wat} geeft de gemeente nooit bijzondere bijstand, ook niet bij een noodsituatie."),
                format!("The municipality never gives special assistance for {what}, not even in an emergency."),
            ),
            Some(Afwijzing::Uitgesloten) => (
                format!("Voor {wat} is geen bijzondere bijstand mogelijk. Alleen bij zeer dringende redenen, zoals een acute noodsituatie, kan de gemeente afwijken."),
                format!("Special assistance is not possible for {what}. Only for very urgent reasons, such as an acute emergency, can the municipality make an exception."),
            ),
            Some(Afwijzing::ZeerDringendOntbreekt) => (
                format!("Voor {wat} is in principe geen bijzondere bijstand mogelijk. Zeg of er een acute noodsituatie is: alleen dan kan de gemeente afwijken."),
                format!("Special assistance is in principle not possible for {what}. Say whether there is an acute emergency: only then can the municipality make an exception."),
            ),
            Some(Afwijzing::ZeerDringend) => (
                format!("Voor {wat} is in principe geen bijzondere bijstand mogelijk. U zegt dat er een acute noodsituatie is: dan kan de gemeente afwijken (zeer dringende redenen, art. 16). Dat beslist zij zelf na een gesprek. Vraag een keukentafelgesprek aan."),
                format!("Special assistance is in principle not possible for {what}. You say there is an acute emergency: then the municipality can make an exception (very urgent reasons, art. 16). It decides that itself after a conversation. Ask for a kitchen-table conversation."),
            ),
            Some(Afwijzing::AlBetaald) => {
                let (nl, en) = if a.al_betaald == AlBetaald::Nee {
                    (
                        format!("U heeft {wat} al betaald. Voor kosten van voor de aanvraag geeft de gemeente geen bijzondere bijstand."),
                        format!("You have already paid {what}. The municipality gives no special assistance for costs from before the application."),
                    )
                } else {
                    (
                        format!("U heeft {wat} al betaald. Voor kosten van voor de aanvraag is bijzondere bijstand in principe niet mogelijk; de gemeente beslist."),
                        format!("You have already paid {what}. Special assistance for costs from before the application is in principle not possible; the municipality decides."),
                    )
                };
                toelichting = a.al_betaald_toelichting.as_deref();
                (nl, en)
            }
            Some(Afwijzing::VoorliggendOntbreekt) => (
                format!("Zeg of een andere regeling, zoals uw zorgverzekering of de kinderopvangtoeslag, {wat} al helemaal betaalt."),
                format!("Say whether another scheme, such as your health insurance or the childcare allowance, already pays {what} in full."),
            ),
            Some(Afwijzing::Voorliggend) => (
                format!("Een andere regeling betaalt {wat} al. Die gaat voor (voorliggende voorziening); bijzondere bijstand is daarvoor niet nodig."),
                format!("Another scheme already pays {what}. That comes first; special assistance is not needed for it."),
            ),
        };
        // Two costs of one kind would say the same twice.
        if !gezien.contains(&zin.0) {
            t = t.en_dan(&tekst!(ctx, zin.0.as_str(), zin.1));
            gezien.push(zin.0);
        }
        iets = true;
    }
    // The gemeente's own words on costs already paid, once after all the costs.
    if let Some(g) = toelichting {
        t = t.en_dan(&tekst!(ctx, g.nl.as_str(), g.en.as_str()));
    }
    if !iets && !a.uitgesloten.is_empty() && a.uitgesloten.len() <= 3 {
        // A gemeente's own short list (Montferland: naturalisatie, eigen risico) is named, so
        // it does not read as a second copy of the national sentence below.
        let namen: Vec<(String, String)> = a.uitgesloten.iter().map(|s| kost_in_woorden(*s)).collect();
        let nl = namen.iter().map(|n| n.0.as_str()).collect::<Vec<_>>().join(" of ");
        let en = namen.iter().map(|n| n.1.as_str()).collect::<Vec<_>>().join(" or ");
        return tekst!(
            ctx,
            format!("Geen van uw kosten is {nl}: daarvoor geeft de gemeente geen bijzondere bijstand."),
            format!("None of your costs is {en}: the municipality gives no special assistance for that."),
        );
    }
    if !iets {
        return tekst!(
            ctx,
            "Geen van uw kosten valt onder de afwijzingsgronden van de bijzondere bijstand.",
            "None of your costs falls under the grounds for refusing special assistance.",
        );
    }
    // The block holds while one cost meets no ground: say so, or the refusal above reads as
    // the answer for all of them.
    if betrokken(a, kosten).any(|k| afwijzing(a, k).1.is_none()) {
        t = t.en_dan(&tekst!(
            ctx,
            "Voor uw andere kosten geldt geen van deze afwijzingsgronden.",
            "None of these grounds applies to your other costs.",
        ));
    }
    t
}
