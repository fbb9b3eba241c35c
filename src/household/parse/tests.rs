use crate::catalogus::Catalogus;
use crate::household::{Antwoorden, KostSoort};
use crate::uitleg::{Arg, Bericht};
use rust_decimal::Decimal;
use std::str::FromStr;

fn fouten(json: &str) -> Vec<(String, &'static str, Bericht)> {
    match Antwoorden::uit_json(json) {
        Ok(_) => panic!("expected errors for {json}"),
        Err(f) => f.into_iter().map(|f| (f.veld, f.code, f.bericht)).collect(),
    }
}

fn letterlijk(b: &Bericht, naam: &str) -> Option<String> {
    match b.arg(naam) {
        Some(Arg::Letterlijk(s)) => Some(s.clone()),
        _ => None,
    }
}

/// The messages in Dutch, as an inwoner reads them.
fn in_het_nederlands(json: &str) -> Vec<String> {
    let nl = Catalogus::nieuw("nl").unwrap();
    fouten(json).iter().map(|f| nl.bericht(&f.2)).collect()
}

#[test]
fn empty_answers_are_all_unanswered() {
    let a = Antwoorden::uit_json("{}").unwrap();
    assert_eq!(a, Antwoorden::default());
    assert!(a.beantwoord().is_leeg());
}

#[test]
fn a_full_household_parses_without_floats() {
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 38, "inkomen": 1300.61, "inkomensbron": "bijstand", "student": false},
            "heeft_partner": false, "kinderen": [{"leeftijd": 6}], "medebewoners": [],
            "vermogen": "800.00", "maanden_laag_inkomen": 48,
            "kosten": [{"soort": "witgoed", "item": "wasmachine", "vervanging": true,
                        "jaren_sinds_vorige_vergoeding": null, "bedrag": 450}]}"#,
    )
    .unwrap();
    assert_eq!(a.aanvrager.inkomen, Some(Decimal::from_str("1300.61").unwrap()));
    assert_eq!(a.vermogen, Some(Decimal::from_str("800.00").unwrap()));
    let kost = &a.kosten.as_ref().unwrap()[0];
    assert_eq!(kost.soort, KostSoort::Witgoed);
    assert_eq!(kost.jaren_sinds_vorige_vergoeding, Some(None), "null means: never reimbursed");
}

#[test]
fn an_amount_keeps_every_cent_of_its_text() {
    // 0.1 + 0.2 style trouble cannot happen: the digits are read as written.
    let a = Antwoorden::uit_json(r#"{"aanvrager": {"inkomen": 1234567.89}}"#).unwrap();
    assert_eq!(a.aanvrager.inkomen.unwrap().to_string(), "1234567.89");
}

#[test]
fn unknown_field_names_the_nearest_one() {
    let f = fouten(r#"{"aanvrager": {"leeftyd": 30}}"#);
    assert_eq!(f[0].0, "aanvrager.leeftyd");
    assert_eq!(f[0].1, "onbekend_veld");
    assert_eq!(f[0].2.sleutel.naam, "fout-onbekend-veld-bedoelt");
    assert_eq!(letterlijk(&f[0].2, "naam").as_deref(), Some("leeftyd"));
    assert_eq!(letterlijk(&f[0].2, "suggestie").as_deref(), Some("leeftijd"), "{:?}", f[0].2);
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let f = fouten(
        r#"{"aanvrager": {"leeftijd": -3, "inkomen": "veel"}, "vermogen": 20000000,
            "kinderen": [{"leeftijd": 19}], "kosten": [{"soort": "fiets"}], "schulden": "ja"}"#,
    );
    let velden: Vec<_> = f.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        velden,
        vec![
            ("aanvrager.leeftijd", "leeftijd_ongeldig"),
            ("aanvrager.inkomen", "geen_bedrag"),
            ("kinderen[0].leeftijd", "kind_te_oud"),
            ("vermogen", "bedrag_te_groot"),
            ("schulden", "geen_ja_nee"),
            ("kosten[0].soort", "onbekende_keuze"),
        ]
    );
}

#[test]
fn ages_are_whole_years_up_to_120() {
    assert_eq!(fouten(r#"{"aanvrager": {"leeftijd": 121}}"#)[0].1, "leeftijd_ongeldig");
    assert_eq!(fouten(r#"{"aanvrager": {"leeftijd": 38.5}}"#)[0].1, "geen_heel_getal");
    assert!(Antwoorden::uit_json(r#"{"aanvrager": {"leeftijd": 120}}"#).is_ok());
}

#[test]
fn amounts() {
    assert_eq!(fouten(r#"{"aanvrager": {"inkomen": -1}}"#)[0].1, "negatief_bedrag");
    assert_eq!(fouten(r#"{"aanvrager": {"inkomen": 12.345}}"#)[0].1, "te_veel_decimalen");
    assert_eq!(fouten(r#"{"woonkosten": true}"#)[0].1, "geen_bedrag");
    assert_eq!(fouten(r#"{"woonkosten": 1e30}"#)[0].1, "bedrag_te_groot");
    // debts larger than assets: a negative vermogen has a meaning
    assert!(Antwoorden::uit_json(r#"{"vermogen": -2500}"#).is_ok());
    let a = Antwoorden::uit_json(r#"{"aanvrager": {"inkomen": "1250,50"}}"#).unwrap();
    assert_eq!(a.aanvrager.inkomen.unwrap().to_string(), "1250.50");
}

#[test]
fn partner_needs_heeft_partner() {
    assert_eq!(fouten(r#"{"partner": {"leeftijd": 40}}"#)[0].1, "partner_zonder_heeft_partner");
    assert_eq!(fouten(r#"{"heeft_partner": false, "partner": {"leeftijd": 40}}"#)[0].1, "partner_zonder_heeft_partner");
    assert!(Antwoorden::uit_json(r#"{"heeft_partner": true, "partner": {"leeftijd": 40}}"#).is_ok());
    assert!(Antwoorden::uit_json(r#"{"heeft_partner": false, "partner": null}"#).is_ok());
}

#[test]
fn adults_and_children_in_their_own_lists() {
    assert_eq!(fouten(r#"{"medebewoners": [{"leeftijd": 16}]}"#)[0].1, "medebewoner_te_jong");
    assert_eq!(fouten(r#"{"kinderen": {"leeftijd": 3}}"#)[0].1, "geen_lijst");
}

#[test]
fn a_cost_needs_its_soort() {
    let f = fouten(r#"{"kosten": [{"bedrag": 100}]}"#);
    assert_eq!((f[0].0.as_str(), f[0].1), ("kosten[0].soort", "soort_ontbreekt"));
    let f = fouten(r#"{"kosten": [{"soort": "witgoet"}]}"#);
    assert_eq!(f[0].2.sleutel.naam, "fout-onbekende-keuze-bedoelt");
    assert_eq!(letterlijk(&f[0].2, "suggestie").as_deref(), Some("witgoed"), "{:?}", f[0].2);
}

#[test]
fn the_messages_name_the_field_in_dutch() {
    let f = fouten(r#"{"aanvrager": {"leeftijd": -3}}"#);
    assert_eq!(
        f[0].2.arg("veld"),
        Some(&Arg::Lijst(vec![Bericht::kaal(crate::uitleg::sleutel!("veld-aanvrager-leeftijd"))]))
    );
    assert_eq!(
        in_het_nederlands(r#"{"aanvrager": {"leeftijd": -3}, "heeft_partner": true, "partner": {"inkomen": -1}}"#),
        vec![
            "Uw leeftijd moet tussen 0 en 120 jaar liggen; u vulde -3 in.",
            "Het inkomen van uw partner kan niet negatief zijn; u vulde €\u{a0}-1,00 in.",
        ]
    );
    assert_eq!(
        in_het_nederlands(r#"{"kosten": [{"soort": "witgoet"}], "schulden": "ja", "woonkosten": 20000000}"#),
        vec![
            "Uw woonkosten is meer dan €\u{a0}10.000.000,00. Kijk of u het bedrag goed heeft ingevuld.",
            "Of u schulden heeft: kies ja of nee.",
            format!(
                "Het soort kosten: 'witgoet' kan niet. Kies uit: {}. Bedoelt u 'witgoed'?",
                KostSoort::NAMEN.join(", ")
            )
            .as_str(),
        ]
    );
    assert_eq!(
        in_het_nederlands(r#"{"kinderen": [{"leeftijd": 19}], "medebewoners": 3}"#),
        vec![
            "Kind 1 is 18 jaar of ouder. Vul kinderen van 18 en ouder in bij de andere volwassenen in huis (medebewoners).",
            "De andere volwassenen in huis moeten een lijst zijn; een lege lijst betekent 'geen'.",
        ]
    );
}

#[test]
fn not_json_and_not_an_object() {
    assert_eq!(fouten("{")[0].1, "geen_json");
    assert_eq!(fouten("[1]")[0].1, "geen_object");
}

#[test]
fn every_question_can_be_answered() {
    let a = Antwoorden::uit_json(
        r#"{"aanvrager": {"leeftijd": 38, "inkomen": 0, "inkomensbron": "geen", "student": false,
              "chronisch_ziek_of_beperking": false, "geldige_verblijfstitel": true, "gedetineerd": false},
            "heeft_partner": true, "partner_woont_elders": false,
            "partner": {"leeftijd": 38, "inkomen": 0, "inkomensbron": "loon", "student": false,
              "chronisch_ziek_of_beperking": false, "geldige_verblijfstitel": true, "gedetineerd": false},
            "kinderen": [], "medebewoners": [], "vermogen": 0, "eigen_woning": true, "woz_waarde": 1,
            "hypotheek": 1, "woonkosten": 1, "maanden_laag_inkomen": 1,
            "inkomenstoeslag_laatste_12_maanden": false, "alleenstaande_ouderkop": 0, "alimentatie_betaald": 0,
            "schulden": false, "schuldregeling": false,
            "beperking_huisgenoot": false, "zelfstandige_huishouding": true, "kosten": []}"#,
    )
    .unwrap();
    for v in crate::questions::Vraag::ALLE {
        assert!(a.beantwoord().bevat(*v), "{} counts as unanswered", v.id());
    }
}

#[test]
fn typed_amounts_may_group_thousands() {
    let lees =
        |s: &str| Antwoorden::uit_json(&format!(r#"{{"vermogen": "{s}"}}"#)).unwrap().vermogen.unwrap().to_string();
    assert_eq!(lees("1.000,00"), "1000.00");
    assert_eq!(lees("1.000"), "1000");
    assert_eq!(lees("12.500,5"), "12500.5");
    assert_eq!(lees("1,000.00"), "1000.00");
    assert_eq!(lees("1.000.000"), "1000000");
    assert_eq!(lees("-1.000,00"), "-1000.00");
    // A single separator with one or two decimals is a decimal point, either way.
    assert_eq!(lees("1,5"), "1.5");
    assert_eq!(lees("1.5"), "1.5");
    assert_eq!(lees("1250,50"), "1250.50");
    // Groups that are not thousands stay as typed, and are refused.
    assert!(Antwoorden::uit_json(r#"{"vermogen": "1.2345"}"#).is_err());
    assert!(Antwoorden::uit_json(r#"{"vermogen": "12.34.56"}"#).is_err());
    // As people write amounts on paper and in letters.
    assert_eq!(lees("800,-"), "800");
    assert_eq!(lees("€ 1.300"), "1300");
    assert_eq!(lees("€1.300,61"), "1300.61");
    assert_eq!(lees("EUR 1.300,61"), "1300.61");
    assert_eq!(lees("1 300,61"), "1300.61");
    assert_eq!(lees("1,300.61"), "1300.61");
    assert_eq!(lees("1.300 €"), "1300");
    assert_eq!(lees("euro 1.300"), "1300");
    assert_eq!(lees("-€ 1.000"), "-1000");
    assert_eq!(lees("1.300,61 EUR"), "1300.61");
    assert_eq!(lees("1300€"), "1300");
    assert_eq!(lees("1.300,00 euro"), "1300.00");
    // "0,001" is not one euro grouped; it has three decimals.
    assert!(Antwoorden::uit_json(r#"{"vermogen": "0,001"}"#).is_err());
    // A JSON number is a number: 1.5 stays 1.5.
    assert_eq!(Antwoorden::uit_json(r#"{"vermogen": 1.5}"#).unwrap().vermogen.unwrap().to_string(), "1.5");
}

#[test]
fn a_tiny_amount_is_never_called_too_large() {
    let sleutel = |s: &str| match Antwoorden::uit_json(&format!(r#"{{"vermogen": "{s}"}}"#)) {
        Err(f) => f.iter().map(|f| f.code.to_string()).collect::<Vec<_>>().join(","),
        Ok(_) => "geldig".to_string(),
    };
    assert_eq!(sleutel("0,0000000000000000000000000000001"), "te_veel_decimalen");
    assert_eq!(sleutel("1e-40"), "te_veel_decimalen");
    assert_eq!(sleutel("0,001"), "te_veel_decimalen");
    assert_eq!(sleutel("100000000000000000000000000000"), "bedrag_te_groot");
    assert_eq!(sleutel("1e40"), "bedrag_te_groot");
    // Found by the review: an exponent too long to read is tiny when negative.
    assert_eq!(sleutel("1e-99999999999999999999"), "te_veel_decimalen");
    // No plain number at all: no amount, not "too large" or "too many decimals".
    for t in ["1e-", "5e", "e5", "1.000.00", "1,000,00", "€ 1.300,00-", "01.000"] {
        assert_eq!(sleutel(t), "geen_bedrag", "{t}");
    }
}
