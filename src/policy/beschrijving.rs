//! A rule in plain Dutch, without a household: for the regelingen overview that `bur docs`
//! writes for policy staff (`docs/regelingen.md`), and for anyone who wants to read the rules.

use super::{Bedragregel, Blok, Draagkrachtregel, JaNeeVraag, KostenEis, Periode, Wie};
use crate::money::{euro_nl, procent_nl};

pub fn voorwaarde(blok: &Blok) -> String {
    match blok {
        Blok::Inkomen { max_procent, zeker_tot_procent, kostendelersnorm, .. } => {
            let norm = if *kostendelersnorm {
                "de bijstandsnorm met kostendelersnorm"
            } else {
                "de bijstandsnorm (zonder kostendelersnorm)"
            };
            match zeker_tot_procent {
                Some(z) => format!(
                    "netto inkomen van het huishouden tot {} van {norm} zeker; tot {} misschien (persoonlijke beoordeling); daarboven niet",
                    procent_nl(*z),
                    procent_nl(*max_procent)
                ),
                None => format!("netto inkomen van het huishouden ten hoogste {} van {norm}", procent_nl(*max_procent)),
            }
        }
        Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => {
            let mut t = String::from(if *onder_de_grens {
                "vermogen onder de vermogensgrens (art. 34 Participatiewet): geen goede financiële buffer"
            } else {
                "vermogen niet boven de vermogensgrens (art. 34 Participatiewet)"
            });
            match boven_grens_beoordeling {
                Some(b) if b.alleen_eigen_woning => t.push_str(
                    "; brengt het vermogen in de eigen woning het erboven, dan beoordeelt de gemeente het (misschien)",
                ),
                Some(_) => t.push_str("; daarboven beoordeelt de gemeente het (misschien), geen nee"),
                None => {}
            }
            t
        }
        Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => {
            let mut delen = Vec::new();
            if let Some(m) = minimaal {
                delen.push(format!("minstens {m} jaar"));
            }
            if let Some(m) = maximaal {
                delen.push(format!("hoogstens {m} jaar"));
            }
            if *onder_aow_leeftijd {
                delen.push("jonger dan de AOW-leeftijd".into());
            }
            format!("{}: {}", wie_tekst(*wie), delen.join(", "))
        }
        Blok::Kinderen { min_leeftijd, max_leeftijd } => {
            format!("minstens één thuiswonend kind van {min_leeftijd} tot en met {max_leeftijd} jaar")
        }
        Blok::Kostendelers { minimaal } => {
            format!("minstens {minimaal} andere volwassene(n) in huis die meetellen als kostendeler (27 jaar of ouder)")
        }
        Blok::MaandenLaagInkomen { minimaal } => format!("minstens {minimaal} maanden achter elkaar een laag inkomen"),
        Blok::Woonkosten {
            boven_procent,
            kostendelersnorm,
            vermogen_boven_grens,
            geen_draagkracht_bij_schuldregeling,
            ..
        } => format!(
            "woonkosten per maand hoger dan het inkomen boven {}% van de bijstandsnorm{}{}{}",
            boven_procent.normalize(),
            if *kostendelersnorm { " (met kostendelersnorm)" } else { "" },
            if *vermogen_boven_grens { ", met het vermogen boven de grens tegen een jaar woonkosten" } else { "" },
            if *geen_draagkracht_bij_schuldregeling {
                "; tijdens een schuldregeling telt geen draagkracht"
            } else {
                ""
            }
        ),
        Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => {
            let (ja, nee) = ja_nee(*vraag);
            let feit = if *moet_zijn { ja } else { nee };
            let aanname = if *aangenomen { " (zonder antwoord aangenomen, en zo gezegd)" } else { "" };
            match wie {
                Some(w) if vraag.per_persoon() => format!("{}: {feit}{aanname}", wie_tekst(*w)),
                _ => format!("{feit}{aanname}"),
            }
        }
        Blok::Kosten(eis) => kosten(eis),
        Blok::Afwijzingsgronden(a) => {
            let namen = |l: &[crate::household::KostSoort]| l.iter().map(|s| s.naam()).collect::<Vec<_>>().join(", ");
            let mut t = format!(
                "afwijzingsgronden per kostenpost: nooit voor {} (alleen bij zeer dringende redenen: misschien)",
                namen(&a.uitgesloten)
            );
            t.push_str(match a.al_betaald {
                super::AlBetaald::Nee => "; al betaalde kosten: nee",
                super::AlBetaald::Misschien => "; al betaalde kosten: misschien",
                super::AlBetaald::Toegestaan => "; al betaalde kosten: toegestaan",
            });
            if !a.zeer_dringende_redenen {
                t.push_str("; ook niet bij zeer dringende redenen");
            }
            if !a.voorliggend_voor.is_empty() {
                t.push_str(&format!("; eerst een voorliggende voorziening voor {}", namen(&a.voorliggend_voor)));
            }
            t
        }
        Blok::Beoordeling { tekst } => format!("persoonlijke beoordeling: {}", tekst.nl),
        Blok::Alle(v) => format!("al deze: ({})", v.iter().map(|v| voorwaarde(&v.blok)).collect::<Vec<_>>().join("; ")),
        Blok::EenVan(v) => {
            format!("een van deze: ({})", v.iter().map(|v| voorwaarde(&v.blok)).collect::<Vec<_>>().join("; "))
        }
    }
}

pub fn bedrag(regel: &Bedragregel) -> String {
    match regel {
        Bedragregel::PercentageNormPerJaar { norm, inclusief_vakantietoeslag, procent, gehuwden_procent, alleenstaande_procent, alleenstaande_ouder_procent, .. } => format!(
            "{} van 12 x de norm '{}' {} vakantietoeslag op 1 januari, naar boven afgerond; gehuwden {}, alleenstaande {}, alleenstaande ouder {} daarvan",
            procent_nl(*procent),
            norm.naam(),
            if *inclusief_vakantietoeslag { "inclusief" } else { "zonder" },
            procent_nl(*gehuwden_procent),
            procent_nl(*alleenstaande_procent),
            procent_nl(*alleenstaande_ouder_procent)
        ),
        Bedragregel::Vast { bedrag, per, maximaal, .. } => {
            let per = match per {
                Periode::Maand => "per maand",
                Periode::Jaar => "per jaar",
                Periode::Eenmalig => "eenmalig",
            };
            format!("{}{} {per}", if *maximaal { "tot " } else { "" }, euro_nl(*bedrag))
        }
        Bedragregel::Onbekend { document, .. } => format!("staat in: {document} (niet in ons bezit; de uitkomst noemt geen bedrag)"),
        Bedragregel::KostenMinDraagkracht => "per opgegeven kostenpost: het bedrag min de draagkracht".into(),
    }
}

pub fn draagkracht(regel: &Draagkrachtregel) -> String {
    match regel {
        Draagkrachtregel::PercentageBovenNorm(r) => {
            let mut t = format!(
                "{} van het inkomen boven {} van de bijstandsnorm{}, over {} maanden",
                procent_nl(r.inkomen_procent),
                procent_nl(r.boven_procent),
                if r.kostendelersnorm { " met kostendelersnorm" } else { " (zonder kostendelersnorm)" },
                r.periode_maanden
            );
            if let Some(m) = r.periode_maanden_aow {
                t.push_str(&format!(" ({m} maanden met AOW)"));
            }
            if r.vermogen_boven_grens {
                t.push_str(
                    match r.vermogen_vrijlating {
                        super::VermogenVrijlating::Vermogensgrens => {
                            ", plus het vermogen boven de vermogensgrens".to_string()
                        }
                        super::VermogenVrijlating::Geen => ", plus al het spaargeld".to_string(),
                        super::VermogenVrijlating::NormInclusiefVakantietoeslag => {
                            ", plus het banksaldo boven de bijstandsnorm inclusief vakantietoeslag".to_string()
                        }
                        super::VermogenVrijlating::Bedrag => format!(
                            ", plus spaargeld en contant geld boven {}",
                            euro_nl(r.vermogen_vrijlating_bedrag.unwrap_or_default())
                        ),
                    }
                    .as_str(),
                );
            }
            if r.geen_draagkracht_bij_schuldregeling {
                t.push_str("; geen draagkracht tijdens een Wsnp of minnelijke schuldregeling");
            }
            if let Some(p) = r.berekend_tot_procent {
                t.push_str(&format!("; boven {} van de norm rekent de gemeente zelf", procent_nl(p)));
            }
            if let Some(b) = r.eigen_woning_zonder_onderzoek_tot {
                t.push_str(&format!(
                    "; met vermogen in de eigen woning zonder verder onderzoek bij bijstand onder {} per jaar",
                    euro_nl(b)
                ));
            }
            if let Some(z) = &r.zorgkosten {
                t.push_str(&format!(
                    "; voor medische kosten tot {} van de norm hoogstens {} lager",
                    procent_nl(z.tot_procent),
                    euro_nl(z.maximale_verlaging)
                ));
            }
            t
        }
        Draagkrachtregel::Onbekend { document } => format!("staat in: {document} (niet in ons bezit)"),
    }
}

fn wie_tekst(wie: Wie) -> &'static str {
    match wie {
        Wie::Aanvrager => "aanvrager",
        Wie::Partner => "partner",
        Wie::AanvragerEnPartner => "aanvrager en partner",
        Wie::AanvragerOfPartner => "aanvrager of partner",
    }
}

fn ja_nee(vraag: JaNeeVraag) -> (&'static str, &'static str) {
    match vraag {
        JaNeeVraag::Student => (
            "studeert met studiefinanciering of WTOS (of deed dat het afgelopen jaar)",
            "geen studie met studiefinanciering of WTOS in de afgelopen 12 maanden",
        ),
        JaNeeVraag::ChronischZiekOfBeperking => {
            ("een beperking of chronisch psychisch of psychosociaal probleem", "geen beperking of chronisch probleem")
        }
        JaNeeVraag::GeldigeVerblijfstitel => ("een geldige verblijfstitel", "geen geldige verblijfstitel"),
        JaNeeVraag::Gedetineerd => ("in detentie", "niet in detentie"),
        JaNeeVraag::Schulden => ("schulden die het huishouden niet kan aflossen", "geen onbetaalbare schulden"),
        JaNeeVraag::InkomenstoeslagLaatste12Maanden => {
            ("in de afgelopen 12 maanden een inkomenstoeslag gehad", "geen inkomenstoeslag in de afgelopen 12 maanden")
        }
        JaNeeVraag::EigenWoning => ("een eigen woning", "geen eigen woning"),
        JaNeeVraag::BeperkingHuisgenoot => (
            "een huisgenoot met een beperking of chronisch probleem",
            "geen huisgenoot met een beperking of chronisch probleem",
        ),
        JaNeeVraag::ZelfstandigeHuishouding => ("een zelfstandige huishouding", "geen zelfstandige huishouding"),
        JaNeeVraag::Schuldregeling => ("een schuldsanering of schuldregeling", "geen schuldsanering of schuldregeling"),
        JaNeeVraag::HeeftPartner => ("een partner (gehuwd, geregistreerd of samenwonend)", "geen partner"),
        JaNeeVraag::PartnerWoontElders => {
            ("gehuwd of partner, maar de partner woont elders", "de partner woont in huis")
        }
    }
}

fn kosten(eis: &KostenEis) -> String {
    let soorten: Vec<&str> = eis.soorten.iter().map(|s| s.naam()).collect();
    let mut t = format!("een kostenpost voor {}", soorten.join(" of "));
    if !eis.items.is_empty() {
        t.push_str(&format!(" ({})", eis.items.iter().map(|i| i.naam()).collect::<Vec<_>>().join(", ")));
    }
    if eis.alleen_vervanging {
        t.push_str(", alleen vervanging (geen eerste aanschaf of reparatie)");
    }
    if let Some(j) = eis.min_jaren_sinds_vorige_vergoeding {
        t.push_str(&format!(", eenmaal per {j} jaar"));
    }
    if eis.alleen_eerste_kind {
        t.push_str(", alleen voor het eerste kind");
    }
    if !eis.overledenen.is_empty() {
        t.push_str(&format!(
            ", voor de uitvaart van: {}",
            eis.overledenen.iter().map(|o| o.naam()).collect::<Vec<_>>().join(", ")
        ));
    }
    if !eis.reisdoelen.is_empty() {
        t.push_str(&format!(", voor: {}", eis.reisdoelen.iter().map(|d| reisdoel(*d)).collect::<Vec<_>>().join(", ")));
    }
    if let Some(km) = eis.min_enkele_reis_km {
        t.push_str(&format!(", een enkele reis van minstens {km} km (korter: misschien)"));
    }
    if eis.alleen_bij_dreigende_uitzetting {
        t.push_str(", alleen bij een dreigende huisuitzetting of afsluiting");
    }
    if eis.niet_wsnp {
        t.push_str(", niet voor bewindvoering in de WSNP");
    }
    if !eis.kinderopvang_redenen.is_empty() {
        t.push_str(&format!(
            ", nodig voor: {}",
            eis.kinderopvang_redenen.iter().map(|r| r.naam()).collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(max) = eis.max_totaal {
        let welke = if eis.alleen_al_betaald { "alleen al betaalde kosten, " } else { "" };
        t.push_str(&format!(", {welke}samen hoogstens {} per kalenderjaar", euro_nl(max)));
    }
    if eis.niet_via_kinderen_tellen_mee {
        t.push_str(", niet als er in de afgelopen 60 maanden een computer via Kinderen tellen mee kwam");
    }
    t
}

fn reisdoel(d: crate::household::Reisdoel) -> &'static str {
    use crate::household::Reisdoel;
    match d {
        Reisdoel::ArtsBuitenGemeente => "een arts of specialist buiten de gemeente",
        Reisdoel::FamilieInZiekenhuis => "familie in de eerste graad in het ziekenhuis",
        Reisdoel::FamilieInDetentie => "familie in de eerste graad in detentie",
        Reisdoel::School => "school die niet in de buurt kan",
        Reisdoel::ReIntegratie => "re-integratie of scholing",
        Reisdoel::Anders => "iets anders",
    }
}
