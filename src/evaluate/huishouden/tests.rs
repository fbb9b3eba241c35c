use super::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn gemeente(ao: Option<Decimal>, inkomen: Option<crate::policy::Inkomensregels>) -> crate::policy::Gemeente {
    crate::policy::Gemeente {
        id: "test".into(),
        naam: "Test".into(),
        versie: "1".into(),
        bron: "test".into(),
        website: None,
        regels_uit: None,
        alleenstaande_ouder_procent_gehuwdennorm: ao,
        kostendelersnorm_jongeren_als_21: false,
        bijstandsnorm_jongeren_met_aanvulling: false,
        inkomen,
    }
}

fn hh<'a>(a: &'a Antwoorden, normen: &'a Normen, peildatum: &str, ao: Option<Decimal>) -> Huishouden<'a> {
    Huishouden::nieuw(a, normen, Datum::parse(peildatum).unwrap(), &gemeente(ao, None)).unwrap()
}

fn antwoorden(json: &str) -> Antwoorden {
    Antwoorden::uit_json(json).unwrap()
}

#[test]
fn norm_per_leefvorm_and_age() {
    let n = Normen::ingebouwd().unwrap();
    let gevallen = [
        (r#"{"aanvrager": {"leeftijd": 40}, "heeft_partner": false}"#, "1300.61", Normcategorie::Alleenstaande),
        (r#"{"aanvrager": {"leeftijd": 20}, "heeft_partner": false}"#, "321.08", Normcategorie::JongereAlleenstaande),
        (r#"{"aanvrager": {"leeftijd": 21}, "heeft_partner": false}"#, "1300.61", Normcategorie::Alleenstaande),
        (r#"{"aanvrager": {"leeftijd": 67}, "heeft_partner": false}"#, "1453.70", Normcategorie::AowAlleenstaande),
        (
            r#"{"aanvrager": {"leeftijd": 66}, "heeft_partner": true, "partner": {"leeftijd": 67}}"#,
            "1990.23",
            Normcategorie::AowGehuwden,
        ),
        (
            r#"{"aanvrager": {"leeftijd": 19}, "heeft_partner": true, "partner": {"leeftijd": 20}, "kinderen": []}"#,
            "642.16",
            Normcategorie::JongerenGehuwdenZonderKinderen,
        ),
        (
            r#"{"aanvrager": {"leeftijd": 19}, "heeft_partner": true, "partner": {"leeftijd": 25}, "kinderen": [{"leeftijd": 1}]}"#,
            "1621.69",
            Normcategorie::JongereEnOudereGehuwdenMetKinderen,
        ),
    ];
    for (json, bedrag, categorie) in gevallen {
        let a = antwoorden(json);
        let h = hh(&a, &n, "2025-09-15", None);
        let norm = h.norm.ok().unwrap_or_else(|| panic!("no norm for {json}"));
        assert_eq!((norm.bedrag, norm.categorie), (d(bedrag), categorie), "{json}");
    }
}

#[test]
fn a_missing_answer_names_its_question() {
    let n = Normen::ingebouwd().unwrap();
    let a = antwoorden(r#"{"heeft_partner": true, "partner": {"leeftijd": 30}}"#);
    let h = hh(&a, &n, "2025-09-15", None);
    assert_eq!(h.norm.waarde, Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::AanvragerLeeftijd]))));
    assert_eq!(
        h.inkomen.waarde,
        Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::AanvragerInkomen, Vraag::PartnerInkomen])))
    );
    // jongeren norms need to know about children
    let a = antwoorden(r#"{"aanvrager": {"leeftijd": 19}, "heeft_partner": true, "partner": {"leeftijd": 19}}"#);
    let h = hh(&a, &n, "2025-09-15", None);
    assert_eq!(h.norm.waarde, Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::Kinderen]))));
}

#[test]
fn no_norm_under_18_and_unclear_aow_are_said_not_guessed() {
    let n = Normen::ingebouwd().unwrap();
    let a = antwoorden(r#"{"aanvrager": {"leeftijd": 17}, "heeft_partner": false}"#);
    assert!(matches!(hh(&a, &n, "2025-09-15", None).norm.waarde, Err(Onbepaald::Onbekend(_))));
    let a = antwoorden(r#"{"aanvrager": {"leeftijd": 67}, "heeft_partner": false}"#);
    let h = hh(&a, &n, "2028-03-01", None);
    match h.norm.waarde {
        Err(Onbepaald::Onbekend(t)) => {
            let zin = crate::catalogus::Catalogus::van("nl").unwrap().bericht(&t);
            assert!(zin.contains("67 jaar en 3 maanden"), "{zin}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn kostendelersnorm_counts_adults_of_27_and_older_only() {
    let n = Normen::ingebouwd().unwrap();
    let norm = |json: &str| {
        hh(&antwoorden(json), &n, "2025-09-15", None).norm_kostendelers.waarde.map(|n| (n.bedrag, n.kostendelers))
    };
    // A=2: 50% of 1858.01 = 929.005 -> 929.01
    assert_eq!(
        norm(
            r#"{"aanvrager": {"leeftijd": 50}, "heeft_partner": false, "medebewoners": [{"leeftijd": 29, "student": false, "commerciele_huurder": false}]}"#
        ),
        Ok((d("929.01"), Some(2)))
    );
    // 26, a student, a lodger: none counts
    assert_eq!(
        norm(
            r#"{"aanvrager": {"leeftijd": 50}, "heeft_partner": false, "medebewoners": [{"leeftijd": 26, "student": false, "commerciele_huurder": false}, {"leeftijd": 30, "student": true, "commerciele_huurder": false}, {"leeftijd": 30, "student": false, "commerciele_huurder": true}]}"#
        ),
        Ok((d("1300.61"), None))
    );
    // couple plus one: A=3, 43.33..% per person, twice the rounded amount
    let per_persoon = crate::money::afronden_op_centen(d("130") / d("300") * d("1858.01"));
    assert_eq!(
        norm(
            r#"{"aanvrager": {"leeftijd": 50}, "heeft_partner": true, "partner": {"leeftijd": 50}, "medebewoners": [{"leeftijd": 70, "student": false, "commerciele_huurder": false}]}"#
        ),
        Ok((per_persoon * d("2"), Some(3)))
    );
    // a couple alone keeps the gehuwdennorm exactly
    assert_eq!(
        norm(
            r#"{"aanvrager": {"leeftijd": 50}, "heeft_partner": true, "partner": {"leeftijd": 50}, "medebewoners": []}"#
        ),
        Ok((d("1858.01"), None))
    );
    // the kostendelersnorm is for an aanvrager of 21 or older
    assert_eq!(
        norm(
            r#"{"aanvrager": {"leeftijd": 20}, "heeft_partner": false, "medebewoners": [{"leeftijd": 50, "student": false, "commerciele_huurder": false}]}"#
        ),
        Ok((d("321.08"), None))
    );
    // an adult of 27+ whose student status is unknown: missing, not guessed
    assert!(
        norm(r#"{"aanvrager": {"leeftijd": 50}, "heeft_partner": false, "medebewoners": [{"leeftijd": 30}]}"#).is_err()
    );
}

#[test]
fn gemeente_norm_for_the_alleenstaande_ouder() {
    let n = Normen::ingebouwd().unwrap();
    let a = antwoorden(r#"{"aanvrager": {"leeftijd": 40}, "heeft_partner": false, "kinderen": [{"leeftijd": 10}]}"#);
    let h = hh(&a, &n, "2025-09-15", Some(d("90")));
    // 90% of 1858.01 = 1672.209 -> 1672.21
    assert_eq!(h.toetsnorm.ok().map(|n| n.bedrag), Some(d("1672.21")));
    assert_eq!(h.norm.ok().map(|n| n.bedrag), Some(d("1300.61")), "the national norm stays");
    let a = antwoorden(r#"{"aanvrager": {"leeftijd": 40}, "heeft_partner": false, "kinderen": []}"#);
    assert_eq!(hh(&a, &n, "2025-09-15", Some(d("90"))).toetsnorm.ok().map(|n| n.bedrag), Some(d("1300.61")));
}

#[test]
fn vermogen_with_an_own_home() {
    let n = Normen::ingebouwd().unwrap();
    let a = antwoorden(r#"{"vermogen": 1000, "eigen_woning": true, "woz_waarde": 300000, "hypotheek": 200000}"#);
    // equity 100000, allowance 65500: 34500 counts
    assert_eq!(hh(&a, &n, "2025-09-15", None).vermogen.ok(), Some(&d("35500")));
    let a = antwoorden(r#"{"vermogen": 1000, "eigen_woning": true}"#);
    assert_eq!(
        hh(&a, &n, "2025-09-15", None).vermogen.waarde,
        Err(Onbepaald::Ontbreekt(Vragen::van(&[Vraag::WozWaarde, Vraag::Hypotheek])))
    );
}

#[test]
fn montferland_income_counts_the_ouderkop_and_takes_off_alimentatie() {
    let n = Normen::ingebouwd().unwrap();
    let regels = crate::policy::Inkomensregels {
        alleenstaande_ouderkop_telt_mee: true,
        alimentatie_in_mindering: true,
        bron: "003 par. 5.6 onder c en 5.7".into(),
    };
    let g = gemeente(None, Some(regels));
    let peildatum = Datum::parse("2026-09-15").unwrap();
    let ouder = antwoorden(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 1200}, "heeft_partner": false, "kinderen": [{"leeftijd": 5}],
            "alleenstaande_ouderkop": 280.50, "alimentatie_betaald": 100}"#,
    );
    let h = Huishouden::nieuw(&ouder, &n, peildatum, &g).unwrap();
    assert_eq!(h.inkomen.ok(), Some(&d("1380.50")));
    assert_eq!(h.correctie.ouderkop, Some(Some(d("280.50"))));
    assert!(h.inkomen.gelezen.bevat(Vraag::AlleenstaandeOuderkop));

    // Without children the ouderkop is not read; alimentatie never takes income below zero.
    let alleen = antwoorden(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 50}, "heeft_partner": false, "kinderen": [],
            "alleenstaande_ouderkop": 280.50, "alimentatie_betaald": 100}"#,
    );
    let h = Huishouden::nieuw(&alleen, &n, peildatum, &g).unwrap();
    assert_eq!(h.inkomen.ok(), Some(&Decimal::ZERO));
    assert_eq!(h.correctie.ouderkop, None);
    assert!(!h.inkomen.gelezen.bevat(Vraag::AlleenstaandeOuderkop));

    // Unanswered: counted as nothing, and marked so.
    let open = antwoorden(
        r#"{"aanvrager": {"leeftijd": 40, "inkomen": 1200}, "heeft_partner": false, "kinderen": [{"leeftijd": 5}]}"#,
    );
    let h = Huishouden::nieuw(&open, &n, peildatum, &g).unwrap();
    assert_eq!(h.inkomen.ok(), Some(&d("1200")));
    assert_eq!(h.correctie, Inkomenscorrectie { ouderkop: Some(None), alimentatie: Some(None), onder_nul: None });

    // Elsewhere the answers change nothing.
    let h = Huishouden::nieuw(&ouder, &n, peildatum, &gemeente(None, None)).unwrap();
    assert_eq!(h.inkomen.ok(), Some(&d("1200")));
}
