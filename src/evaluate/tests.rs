//! Behaviour of `evaluate` beyond what the scenario files pin: reasons and their numbers,
//! the margin, the questions list, the regelingen filter and the norms warning.

use crate::questions::Vraag;
use crate::report::{RedenUitslag, Status};
use crate::{evaluate, evaluate_regelingen, Antwoorden, Datum, EvaluatieFout, Normen, Policy, Report};

const BUNSCHOTEN: &str = include_str!("../../policies/bunschoten.toml");

fn report(json: &str, peildatum: &str) -> Report {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    evaluate(&policy, &normen, &Antwoorden::uit_json(json).unwrap(), Datum::parse(peildatum).unwrap()).unwrap()
}

const OUDER_111: &str = r#"{"aanvrager": {"leeftijd": 33, "inkomen": 1450, "student": false}, "heeft_partner": false,
    "kinderen": [{"leeftijd": 9}], "medebewoners": [], "vermogen": 1200, "eigen_woning": false,
    "maanden_laag_inkomen": 48, "inkomenstoeslag_laatste_12_maanden": false}"#;

/// The Dutch words of some messages, from the catalog.
fn nl(b: &[crate::uitleg::Bericht]) -> String {
    crate::catalogus::Catalogus::van("nl").unwrap().zinnen(b)
}

#[test]
fn a_reason_carries_the_numbers_that_decided_it() {
    let r = report(OUDER_111, "2025-09-15");
    let iit = r.regelingen.iter().find(|u| &*u.id == "individuele-inkomenstoeslag").unwrap();
    assert_eq!(iit.status, Status::Nee);
    let inkomen = iit.redenen.iter().find(|r| r.uitslag == RedenUitslag::NietVoldaan).unwrap();
    assert_eq!(
        nl(&inkomen.zinnen),
        "Uw inkomen is €\u{a0}1.450,00 per maand. Dat is 111,5% van de bijstandsnorm van €\u{a0}1.300,61 (de norm op 1 juli 2025). De grens is 100% (€\u{a0}1.300,61). Uw inkomen is hoger dan de grens."
    );
    assert!(inkomen.bron.contains("7.4.2"), "{}", inkomen.bron);
    assert_eq!(r.inkomen_procent_van_norm.unwrap().to_string(), "111.5");
}

#[test]
fn every_failing_condition_is_listed_not_only_the_first() {
    let r = report(
        r#"{"aanvrager": {"leeftijd": 19, "inkomen": 2000, "student": true}, "heeft_partner": false, "kinderen": [],
            "vermogen": 9000, "eigen_woning": false, "maanden_laag_inkomen": 3, "inkomenstoeslag_laatste_12_maanden": true}"#,
        "2025-09-15",
    );
    let iit = r.regelingen.iter().find(|u| &*u.id == "individuele-inkomenstoeslag").unwrap();
    let falend = iit.redenen.iter().filter(|r| r.uitslag == RedenUitslag::NietVoldaan).count();
    assert_eq!(falend, 6, "age, months, income, vermogen, student, earlier toeslag");
}

#[test]
fn the_margin_says_how_much_income_changes_the_outcome() {
    let r = report(OUDER_111, "2025-09-15");
    let kp = r.regelingen.iter().find(|u| &*u.id == "kindpakket").unwrap();
    assert_eq!(kp.status, Status::Misschien);
    let marge = kp.marge.as_ref().unwrap();
    // 120% of 1300.61 = 1560.732: above 1560.73 it is nee; 1450 + 110.74 = 1560.74
    let meer = marge.meer.as_ref().unwrap();
    assert_eq!((meer.bedrag.to_string().as_str(), meer.status), ("110.74", Status::Nee));
    // at 1300.61 or less it is ja
    let minder = marge.minder.as_ref().unwrap();
    assert_eq!((minder.bedrag.to_string().as_str(), minder.status), ("149.39", Status::Ja));
    let zin = nl(std::slice::from_ref(&meer.uitleg));
    assert!(zin.starts_with("Met €\u{a0}110,74 meer inkomen per maand"), "{zin}");
}

#[test]
fn the_margin_of_someone_young_on_bijstand_counts_from_the_norm_from_21() {
    // 002 ch. 12: on bijstand at 19 the norm from 21 counts (1.348,49 on 1 July 2026; 120% is
    // 1.618,188). The margin was measured from the youth norm (332,90): "949,01 less" for a ja.
    let r = report(
        r#"{"aanvrager": {"leeftijd": 19, "inkomen": 1400, "inkomensbron": "bijstand"}, "heeft_partner": false,
            "kinderen": [{"leeftijd": 1}], "medebewoners": [], "vermogen": 0, "eigen_woning": false}"#,
        "2026-09-15",
    );
    let kp = r.regelingen.iter().find(|u| &*u.id == "kindpakket").unwrap();
    assert_eq!(kp.status, Status::Misschien);
    let marge = kp.marge.as_ref().unwrap();
    let minder = marge.minder.as_ref().unwrap();
    assert_eq!((minder.bedrag.to_string().as_str(), minder.status), ("51.51", Status::Ja));
    let meer = marge.meer.as_ref().unwrap();
    assert_eq!((meer.bedrag.to_string().as_str(), meer.status), ("218.19", Status::Nee));
}

#[test]
fn a_status_that_income_cannot_change_has_no_margin() {
    let r = report(OUDER_111, "2025-09-15");
    let schuld = r.regelingen.iter().find(|u| &*u.id == "schuldhulpverlening").unwrap();
    assert!(schuld.marge.is_none());
}

#[test]
fn ja_and_misschien_come_before_nee() {
    let r = report(OUDER_111, "2025-09-15");
    let eerste_nee = r.regelingen.iter().position(|u| u.status == Status::Nee).unwrap();
    assert!(r.regelingen[eerste_nee..].iter().all(|u| u.status == Status::Nee));
}

#[test]
fn missing_answers_give_misschien_naming_the_questions() {
    let r = report(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 1200, "student": false}, "heeft_partner": false, "kinderen": [], "vermogen": 100, "eigen_woning": false, "inkomenstoeslag_laatste_12_maanden": false}"#,
        "2025-09-15",
    );
    let iit = r.regelingen.iter().find(|u| &*u.id == "individuele-inkomenstoeslag").unwrap();
    assert_eq!(iit.status, Status::Misschien);
    assert_eq!(iit.ontbrekende_vragen.lijst(), vec![Vraag::MaandenLaagInkomen]);
}

#[test]
fn questions_no_condition_reads_are_not_asked() {
    // Bunschoten never applies the kostendelersnorm: who else lives in the home is not asked.
    let leeg = report("{}", "2025-09-15");
    let ids: Vec<&str> = leeg.vragen.iter().map(|v| v.id.id()).collect();
    assert!(!ids.contains(&"medebewoners"), "{ids:?}");
    assert!(ids.contains(&"aanvrager.inkomen") && ids.contains(&"schulden"), "{ids:?}");
    assert!(leeg.vragen.iter().all(|v| !v.beantwoord));
    // once the income rules out the toeslag, its other questions (months, study) drop out
    let r = report(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 5000}, "heeft_partner": false, "kinderen": []}"#,
        "2025-09-15",
    );
    let ids: Vec<&str> = r.vragen.iter().map(|v| v.id.id()).collect();
    assert!(!ids.contains(&"maanden_laag_inkomen"), "{ids:?}");
    assert!(!ids.contains(&"aanvrager.student"), "{ids:?}");
    assert!(ids.contains(&"aanvrager.inkomen"), "the deciding answer stays listed: {ids:?}");
}

#[test]
fn the_filter_limits_outcomes_and_questions() {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let a = Antwoorden::default();
    let d = Datum::parse("2025-09-15").unwrap();
    let r = evaluate_regelingen(&policy, &normen, &a, d, Some(&["kindpakket".to_string()])).unwrap();
    assert_eq!(r.regelingen.len(), 1);
    let ids: Vec<&str> = r.vragen.iter().map(|v| v.id.id()).collect();
    assert!(!ids.contains(&"schulden"), "{ids:?}");
    let fout = evaluate_regelingen(&policy, &normen, &a, d, Some(&["kindpaket".to_string()])).unwrap_err();
    assert!(
        matches!(&fout, EvaluatieFout::OnbekendeRegeling { suggestie: Some(s), .. } if s == "kindpakket"),
        "{fout}"
    );
}

#[test]
fn outside_the_known_norms() {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let fout = evaluate(&policy, &normen, &Antwoorden::default(), Datum::parse("2023-06-01").unwrap()).unwrap_err();
    assert_eq!(fout.code(), "peildatum_voor_normen");
    let r = report("{}", "2027-03-01");
    assert!(r.waarschuwingen.iter().any(|w| w.code == "normen_niet_actueel"));
}

#[test]
fn a_regeling_not_yet_in_force_is_not_shown() {
    // Bunschoten's verordening starts 1 January 2025
    let r = report("{}", "2024-09-15");
    assert!(r.regelingen.is_empty());
    assert_eq!(r.niet_geldig.len(), 6);
}

#[test]
fn the_toeslag_amount_for_gehuwden_follows_the_january_norm() {
    // 12 x 1922.07 x 3.2% = 738.07 -> 739 (002 art. 7.4.3); also later in the year
    let r = report(
        r#"{"aanvrager": {"leeftijd": 55, "inkomen": 1100, "student": false}, "heeft_partner": true,
            "partner": {"leeftijd": 52, "inkomen": 600, "student": false}, "kinderen": [], "vermogen": 0,
            "eigen_woning": false, "maanden_laag_inkomen": 40, "inkomenstoeslag_laatste_12_maanden": false}"#,
        "2025-12-31",
    );
    let iit = r.regelingen.iter().find(|u| &*u.id == "individuele-inkomenstoeslag").unwrap();
    let bedrag = iit.bedrag.as_ref().unwrap();
    assert_eq!(bedrag.waarde.unwrap().to_string(), "739");
    let zin = nl(&bedrag.uitleg);
    assert!(zin.contains("€\u{a0}1.922,07"), "{zin}");
}

#[test]
fn montferland_lowers_the_draagkracht_for_medical_costs_up_to_150_percent() {
    // 003 par. 7.3. Alleenstaande, 1800 per month; 120% of 1300.61 = 1560.732.
    // General: 12 x (1800 - 1560.732) = 2871.216 -> 2871.22; medical: 400 less -> 2471.22.
    let policy = Policy::uit_toml("montferland.toml", include_str!("../../policies/montferland.toml")).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 50, "inkomen": 1800, "gedetineerd": false}, "heeft_partner": false, "kinderen": [],
            "vermogen": 0, "eigen_woning": false, "kosten": [{"soort": "medisch", "bedrag": 3000}, {"soort": "overig", "bedrag": 3000}]}"#,
    )
    .unwrap();
    let r = evaluate(&policy, &normen, &a, Datum::parse("2025-09-15").unwrap()).unwrap();
    let bb = r.regelingen.iter().find(|u| &*u.id == "bijzondere-bijstand").unwrap();
    let d = bb.draagkracht.as_ref().unwrap();
    assert_eq!(d.per_jaar.unwrap().to_string(), "2871.22");
    assert_eq!(d.zorgkosten_per_jaar.unwrap().to_string(), "2471.22");
    // One draagkracht for both costs, less the reduction of 400 the medical cost earns: the
    // household pays 2471.22 in all, which the other cost uses up.
    let vergoedingen: Vec<String> = d.kosten.iter().map(|k| k.geschatte_vergoeding.to_string()).collect();
    assert_eq!(vergoedingen, ["3000", "528.78"]);
    let eigen: Vec<String> = d.kosten.iter().map(|k| k.draagkracht.to_string()).collect();
    assert_eq!(eigen, ["0.00", "2471.22"]);
    // above 150% (1950.915) the reduction is gone
    let a = Antwoorden::uit_json(r#"{"aanvrager": {"leeftijd": 50, "inkomen": 2000, "gedetineerd": false}, "heeft_partner": false, "kinderen": [], "vermogen": 0, "eigen_woning": false}"#).unwrap();
    let r = evaluate(&policy, &normen, &a, Datum::parse("2025-09-15").unwrap()).unwrap();
    let d = r.regelingen.iter().find(|u| &*u.id == "bijzondere-bijstand").unwrap().draagkracht.clone().unwrap();
    assert_eq!(d.per_jaar, d.zorgkosten_per_jaar);
}

#[test]
fn maatwerk_questions_are_asked_only_where_they_matter() {
    let ids = |r: &Report| r.vragen.iter().map(|v| v.id.id()).collect::<Vec<_>>();
    let alleen = report(r#"{"heeft_partner": false}"#, "2025-09-15");
    assert!(!ids(&alleen).contains(&"partner_woont_elders"), "{:?}", ids(&alleen));
    let samen = report(r#"{"heeft_partner": true}"#, "2025-09-15");
    assert!(ids(&samen).contains(&"partner_woont_elders"), "{:?}", ids(&samen));
    // a signal carries its reasons, and never changes a status
    let r = report(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 0}, "heeft_partner": true, "partner_woont_elders": true,
            "partner": {"leeftijd": 41, "inkomen": 3000}, "kinderen": []}"#,
        "2025-09-15",
    );
    let signaal = r.maatwerk.iter().find(|m| &*m.id == "partner-woont-elders").unwrap();
    assert_eq!(signaal.redenen.len(), 2);
    assert!(signaal.tekst.nl.contains("keukentafelgesprek"));
    assert_eq!(r.regelingen.iter().find(|u| &*u.id == "kindpakket").unwrap().status, crate::Status::Nee);
}

#[test]
fn an_ended_regeling_never_shows_for_a_current_peildatum() {
    // Roosendaal's categoriale bijstand sociaal isolement ended on 31 December 2014 (000 par. 1.1).
    let policy = Policy::uit_toml("roosendaal.toml", include_str!("../../policies/roosendaal.toml")).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let r = evaluate(&policy, &normen, &Antwoorden::default(), Datum::parse("2025-09-15").unwrap()).unwrap();
    assert!(r.regelingen.iter().all(|u| &*u.id != "categoriale-bijstand-sociaal-isolement"));
    assert_eq!(r.niet_geldig, ["categoriale-bijstand-sociaal-isolement"]);
}

#[test]
fn refusal_grounds_name_the_article_and_leave_zeer_dringende_redenen_to_the_gemeente() {
    let policy = Policy::uit_toml("montferland.toml", include_str!("../../policies/montferland.toml")).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let reden = |kosten: &str| {
        let a = Antwoorden::uit_json(&format!(
            r#"{{"aanvrager": {{"leeftijd": 40, "inkomen": 1200, "gedetineerd": false}}, "kosten": {kosten}}}"#
        ))
        .unwrap();
        let r = evaluate(&policy, &normen, &a, Datum::parse("2025-09-15").unwrap()).unwrap();
        let bb = r.regelingen.into_iter().find(|u| &*u.id == "bijzondere-bijstand").unwrap();
        let reden = bb.redenen.into_iter().find(|r| r.bron.contains("art. 16")).unwrap();
        assert!(reden.bron.contains("art. 13 lid 1 onder g en 14"), "{}", reden.bron);
        (bb.status, nl(&reden.zinnen))
    };
    let (status, tekst) = reden(r#"[{"soort": "boete", "zeer_dringend": false}]"#);
    assert_eq!(status, crate::Status::Nee);
    assert!(tekst.contains("een boete") && tekst.contains("zeer dringende redenen"), "{tekst}");
    let (status, tekst) = reden(r#"[{"soort": "boete", "zeer_dringend": true}]"#);
    assert_eq!(status, crate::Status::Misschien);
    assert!(tekst.contains("keukentafelgesprek"), "{tekst}");
    // a paid cost: in principle not, but shortly after the gemeente may still accept it
    let (status, tekst) = reden(r#"[{"soort": "overig", "al_betaald": true}]"#);
    assert_eq!(status, crate::Status::Misschien);
    assert!(tekst.contains("al betaald"), "{tekst}");
    let (_, tekst) = reden(r#"[{"soort": "medisch"}]"#);
    assert!(tekst.contains("zorgverzekering"), "{tekst}");
}

#[test]
fn every_reason_is_said_in_english_as_well_and_differently() {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 38, "inkomen": "1300.61", "gedetineerd": false}, "heeft_partner": false,
            "kinderen": [{"leeftijd": 6}], "kosten": [{"soort": "medisch", "bedrag": 300}]}"#,
    )
    .unwrap();
    let r = crate::evaluate(&policy, &normen, &a, Datum::parse("2025-09-15").unwrap()).unwrap();
    let en = crate::catalogus::Catalogus::van("en").unwrap();
    for u in &r.regelingen {
        for reden in &u.redenen {
            for b in &reden.zinnen {
                let engels = en.controleer(b).unwrap();
                assert!(!engels.is_empty() && engels != nl(std::slice::from_ref(b)), "{}: {engels}", u.id);
            }
        }
    }
}

#[test]
fn the_margin_counts_from_the_net_income_when_alimentatie_is_more_than_it() {
    // Montferland 5.7: 800 alimentatie off 500 income leaves nothing; the CZM limit of 120%
    // (1,618.19 and up is nee) then needs 300 + 1,618.19 more net income, not 1,618.19.
    let policy = Policy::uit_toml("montferland.toml", include_str!("../../policies/montferland.toml")).unwrap();
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 50, "inkomen": 500, "gedetineerd": false, "geldige_verblijfstitel": true},
            "heeft_partner": false, "kinderen": [], "medebewoners": [], "vermogen": 0, "eigen_woning": false,
            "alimentatie_betaald": 800}"#,
    )
    .unwrap();
    let r = evaluate(&policy, &Normen::ingebouwd().unwrap(), &a, Datum::parse("2026-09-15").unwrap()).unwrap();
    let czm = r.regelingen.iter().find(|u| &*u.id == "collectieve-zorgverzekering").unwrap();
    let meer = czm.marge.as_ref().unwrap().meer.as_ref().unwrap();
    assert_eq!(meer.bedrag.to_string(), "1918.19");
}

#[test]
fn rules_six_years_old_say_so_on_the_results() {
    let mut policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let oud = |p: &Policy, d: &str| {
        let r = evaluate(p, &normen, &Antwoorden::default(), Datum::parse(d).unwrap()).unwrap();
        r.waarschuwingen.iter().find(|w| w.code == "regels_oud").map(|w| nl(std::slice::from_ref(&w.bericht)))
    };
    // Bunschoten's rules are from 2025: not old in 2026.
    assert_eq!(oud(&policy, "2026-12-01"), None);
    policy.gemeente.regels_uit = Some(2019);
    assert_eq!(oud(&policy, "2024-12-31"), None);
    assert_eq!(
        oud(&policy, "2025-01-01").as_deref(),
        Some("Deze rekenhulp gebruikt de regels van Bunschoten uit 2019. Die regels zijn al een aantal jaren oud. Vraag de gemeente of ze nog gelden.")
    );
}

#[test]
fn out_of_date_vermogensgrenzen_are_said_only_where_a_conclusion_reads_the_vermogen() {
    let policy = Policy::uit_toml("bunschoten.toml", BUNSCHOTEN).unwrap();
    let normen = Normen::ingebouwd().unwrap();
    let a = Antwoorden::uit_json(OUDER_111).unwrap();
    // A year after the newest limits in the tool: the full check reads the vermogen and warns.
    let peildatum = Datum::parse("2027-02-01").unwrap();
    let codes = |r: &Report| r.waarschuwingen.iter().map(|w| w.code).collect::<Vec<_>>();
    let alles = evaluate(&policy, &normen, &a, peildatum).unwrap();
    assert!(codes(&alles).contains(&"vermogensgrenzen_niet_actueel"), "{:?}", codes(&alles));
    // The kindpakket reads the vermogen (002 art. 7.5.1, a financial buffer): its page warns too.
    let kindpakket = evaluate_regelingen(&policy, &normen, &a, peildatum, Some(&["kindpakket".to_string()])).unwrap();
    assert!(codes(&kindpakket).contains(&"vermogensgrenzen_niet_actueel"), "{:?}", codes(&kindpakket));
    // A page limited to a regeling that asks nothing about vermogen says nothing about its limits.
    let czm = evaluate_regelingen(&policy, &normen, &a, peildatum, Some(&["collectieve-zorgverzekering".to_string()]))
        .unwrap();
    assert!(!czm.vragen.iter().any(|v| v.id == Vraag::Vermogen), "the collectieve zorgverzekering reads no vermogen");
    assert!(!codes(&czm).contains(&"vermogensgrenzen_niet_actueel"), "{:?}", codes(&czm));
}
