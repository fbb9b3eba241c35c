//! The income sweep (src/evaluate/inkomensreeks.rs): per step the outcome an evaluation at that
//! income gives, with the steps at the share of the norm they say.

use bur::evaluate::{inkomensreeks, ReeksFout};
use bur::{Antwoorden, Datum, Normen, Policy, Status};
use rust_decimal::Decimal;

fn policy(id: &str) -> Policy {
    let pad = format!("{}/policies/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    Policy::uit_toml(&pad, &std::fs::read_to_string(&pad).unwrap()).unwrap()
}

fn peildatum() -> Datum {
    Datum::parse("2026-12-01").unwrap()
}

/// A single parent of 35 with two children, some savings, low income for years.
const OUDER: &str = r#"{
  "aanvrager": {"leeftijd": 35, "inkomen": "1500.00", "inkomensbron": "loon", "student": false},
  "heeft_partner": false, "kinderen": [{"leeftijd": 6}, {"leeftijd": 9}], "medebewoners": [],
  "vermogen": "500.00", "eigen_woning": false, "maanden_laag_inkomen": 40,
  "inkomenstoeslag_laatste_12_maanden": false, "alleenstaande_ouderkop": "0"
}"#;

#[test]
fn each_step_is_the_evaluation_at_that_income() {
    let (p, normen) = (policy("bunschoten"), Normen::ingebouwd().unwrap());
    let a = Antwoorden::uit_json(OUDER).unwrap();
    let reeks = inkomensreeks(&p, &normen, &a, peildatum(), None, 200).unwrap();
    let stappen = gewone(&reeks);
    assert_eq!(stappen.len(), 201, "no other income: every step from 0% is reachable");
    for stap in [0, 57, 120, 121, 200] {
        let s = stappen[stap];
        assert_eq!(s.procent, Decimal::from(stap as u32));
        let mut b = a.clone();
        b.aanvrager.inkomen = Some(s.inkomen_aanvrager);
        let r = bur::evaluate(&p, &normen, &b, peildatum()).unwrap();
        for (id, (status, bedrag)) in reeks.regelingen.iter().zip(&s.uitkomsten) {
            let u = r.regelingen.iter().find(|u| &*u.id == id).unwrap();
            assert_eq!((u.status, u.bedrag.as_ref().and_then(|b| b.waarde)), (*status, *bedrag), "{id} at {stap}%");
        }
    }
}

#[test]
fn the_kindpakket_limits_show_between_two_steps() {
    let (p, normen) = (policy("bunschoten"), Normen::ingebouwd().unwrap());
    let a = Antwoorden::uit_json(OUDER).unwrap();
    let reeks = inkomensreeks(&p, &normen, &a, peildatum(), Some(&["kindpakket".to_string()]), 200).unwrap();
    assert_eq!(reeks.regelingen, ["kindpakket"]);
    let stappen = gewone(&reeks);
    let status = |procent: usize| stappen[procent].uitkomsten[0].0;
    // 002 art. 7.5.1: sure up to 100% of the norm; above it each provision has its own limit,
    // never above 120%, in rules we do not have.
    assert_eq!(status(100), Status::Ja, "at the limit: not higher than it");
    assert_eq!(status(101), Status::Misschien);
    assert_eq!(status(120), Status::Misschien);
    assert_eq!(status(121), Status::Nee);
    // The step's income is that share of the norm: 120% of the norm the regelingen use.
    let s = stappen[120];
    assert_eq!(
        s.inkomen,
        Some(bur::money::afronden_op_centen_omlaag(reeks.norm * Decimal::from(120) / Decimal::ONE_HUNDRED))
    );
    // Between the steps the limits to the cent: the last income with each status and the
    // first with the next, so the table's ranges leave no gap.
    // (A limit on a step's own cent is that step.)
    let grenzen: Vec<_> = reeks.stappen.iter().map(|s| (s.inkomen_aanvrager, s.uitkomsten[0].0)).collect();
    assert!(reeks.stappen.iter().any(|s| s.grens), "limits between the steps are found");
    let honderd = bur::money::afronden_op_centen_omlaag(reeks.norm);
    let cent = Decimal::new(1, 2);
    assert!(grenzen.contains(&(honderd, Status::Ja)), "{grenzen:?}");
    assert!(grenzen.contains(&(honderd + cent, Status::Misschien)), "{grenzen:?}");
    let boven = s.inkomen_aanvrager;
    assert!(
        grenzen.contains(&(boven, Status::Misschien)) && grenzen.contains(&(boven + cent, Status::Nee)),
        "{grenzen:?}"
    );
}

/// The steps of the sweep, without the limits found between them.
fn gewone(reeks: &bur::evaluate::Inkomensreeks) -> Vec<&bur::evaluate::Inkomensstap> {
    reeks.stappen.iter().filter(|s| !s.grens).collect()
}

#[test]
fn an_alimentatie_above_the_own_income_does_not_shift_the_steps() {
    // Review finding: alimentatie larger than the own income made every step 18.5% off (the
    // rest of the income was measured after the floor at zero).
    let (p, normen) = (policy("montferland"), Normen::ingebouwd().unwrap());
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 45, "inkomen": "150", "inkomensbron": "loon", "student": false},
            "heeft_partner": false, "kinderen": [], "medebewoners": [], "alimentatie_betaald": "400",
            "vermogen": "1000", "woonkosten": "700"}"#,
    )
    .unwrap();
    let reeks = inkomensreeks(&p, &normen, &a, peildatum(), None, 200).unwrap();
    for s in gewone(&reeks).into_iter().filter(|s| s.inkomen.is_some_and(|i| i > Decimal::ZERO)) {
        let doel = bur::money::afronden_op_centen_omlaag(reeks.norm * s.procent / Decimal::ONE_HUNDRED);
        assert_eq!(s.inkomen, Some(doel), "step {}%", s.procent);
    }
    // An ouderkop with the own income not answered: the rest is counted too.
    let b = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 30, "inkomensbron": "loon", "student": false}, "heeft_partner": false,
            "kinderen": [{"leeftijd": 8}], "medebewoners": [], "alleenstaande_ouderkop": "280",
            "alimentatie_betaald": "100", "vermogen": "1000"}"#,
    )
    .unwrap();
    let reeks = inkomensreeks(&p, &normen, &b, peildatum(), None, 200).unwrap();
    let s = gewone(&reeks).into_iter().find(|s| s.procent == Decimal::from(120)).unwrap();
    assert_eq!(
        s.inkomen,
        Some(bur::money::afronden_op_centen_omlaag(reeks.norm * Decimal::from(120) / Decimal::ONE_HUNDRED))
    );
}

#[test]
fn shares_below_the_partners_income_are_left_out() {
    let (p, normen) = (policy("bunschoten"), Normen::ingebouwd().unwrap());
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 55, "inkomen": "0"}, "heeft_partner": true,
            "partner": {"leeftijd": 52, "inkomen": "963.20"}}"#,
    )
    .unwrap();
    let reeks = inkomensreeks(&p, &normen, &a, peildatum(), None, 200).unwrap();
    // 963.20 is 50% of the couple's norm of 1926.40: steps 0% to 49% cannot be reached.
    assert_eq!(reeks.norm, Decimal::new(192640, 2));
    assert_eq!(reeks.stappen.first().unwrap().procent, Decimal::from(50));
    assert_eq!(reeks.stappen.first().unwrap().inkomen_aanvrager, Decimal::ZERO);
    assert_eq!(gewone(&reeks).len(), 151);
}

#[test]
fn without_a_norm_or_with_zero_steps_it_says_why() {
    let (p, normen) = (policy("bunschoten"), Normen::ingebouwd().unwrap());
    let leeg = Antwoorden::uit_json("{}").unwrap();
    assert_eq!(inkomensreeks(&p, &normen, &leeg, peildatum(), None, 200).unwrap_err(), ReeksFout::NormOnbekend);
    let a = Antwoorden::uit_json(OUDER).unwrap();
    assert_eq!(inkomensreeks(&p, &normen, &a, peildatum(), None, 0).unwrap_err(), ReeksFout::Stappen(0));
    assert!(inkomensreeks(&p, &normen, &a, peildatum(), None, 1_001).is_err());
}

#[test]
fn for_someone_of_19_the_chart_reaches_the_limits_of_the_norm_from_21() {
    // 002 ch. 12: from 18 to 20 the norm from 21 may count; the chart ran to 200% of the youth
    // norm (332,90 on 1 July 2026: 665,80) and missed the kindpakket's nee above 120% of 1.348,49.
    let (p, normen) = (policy("bunschoten"), Normen::ingebouwd().unwrap());
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 19, "inkomen": "300", "inkomensbron": "loon"}, "heeft_partner": false,
            "kinderen": [{"leeftijd": 1}], "medebewoners": [], "vermogen": "0", "eigen_woning": false}"#,
    )
    .unwrap();
    let reeks = inkomensreeks(&p, &normen, &a, peildatum(), Some(&["kindpakket".to_string()]), 200).unwrap();
    assert_eq!(reeks.norm.to_string(), "1348.49");
    let eerste_nee = reeks.stappen.iter().find(|s| s.uitkomsten[0].0 == Status::Nee).unwrap();
    assert_eq!(eerste_nee.inkomen_aanvrager.to_string(), "1618.19");
}
