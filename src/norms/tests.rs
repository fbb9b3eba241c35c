use super::*;

/// The file as staff write it; the engine builds in its JSON form.
const NORMEN_TOML: &str = include_str!("../../policies/national/normen.toml");

fn d(s: &str) -> Datum {
    Datum::parse(s).unwrap()
}

fn normen() -> Normen {
    Normen::ingebouwd().unwrap_or_else(|f| panic!("{f:?}"))
}

#[test]
fn the_built_in_norms_are_valid() {
    let n = normen();
    assert_eq!(n.perioden().len(), 6);
    let juli = n.bijstandsnormen(d("2025-09-15")).unwrap();
    assert_eq!(juli.geldig_vanaf, d("2025-07-01"));
    assert_eq!(juli.norm(Normcategorie::Alleenstaande).exclusief.to_string(), "1300.61");
    assert_eq!(juli.norm(Normcategorie::Gehuwden).inclusief.to_string(), "1955.80");
}

#[test]
fn each_period_starts_on_its_date() {
    let n = normen();
    assert_eq!(n.bijstandsnormen(d("2025-06-30")).unwrap().geldig_vanaf, d("2025-01-01"));
    assert_eq!(n.bijstandsnormen(d("2025-07-01")).unwrap().geldig_vanaf, d("2025-07-01"));
    assert_eq!(n.vermogensgrenzen(d("2024-12-31")).unwrap().alleenstaande.to_string(), "7575");
}

#[test]
fn a_peildatum_before_the_first_norms_is_an_error() {
    let fout = normen().controleer(d("2023-12-31")).unwrap_err();
    assert_eq!(fout, NormFout::PeildatumVoorNormen { peildatum: d("2023-12-31"), eerste: d("2024-01-01") });
    assert!(fout.to_string().contains("2024-01-01"));
}

#[test]
fn no_warning_while_the_newest_norms_are_current() {
    assert!(normen().controleer(d("2025-12-31")).unwrap().is_empty());
}

#[test]
fn after_the_next_indexation_the_newest_norms_are_used_with_a_warning() {
    let n = normen();
    let w = n.controleer(d("2027-03-01")).unwrap();
    assert_eq!(w.len(), 2);
    assert_eq!(w[0].code, "normen_niet_actueel");
    let zin = crate::catalogus::Catalogus::van("nl").unwrap().bericht(&w[0].bericht);
    assert!(zin.contains("1 juli 2026"), "{zin}");
    assert!(zin.contains("1 januari 2027"), "{zin}");
    assert_eq!(w[1].code, "vermogensgrenzen_niet_actueel");
    assert_eq!(n.bijstandsnormen(d("2027-03-01")).unwrap().geldig_vanaf, d("2026-07-01"));
}

#[test]
fn aow_leeftijd_by_year() {
    let n = normen();
    assert_eq!(n.aow_bereikt(67, 2025).unwrap(), Some(true));
    assert_eq!(n.aow_bereikt(66, 2025).unwrap(), Some(false));
    // 67 years and 3 months from 2028: whole years cannot tell for a 67-year-old
    assert_eq!(n.aow_bereikt(67, 2028).unwrap(), None);
    assert_eq!(n.aow_bereikt(68, 2028).unwrap(), Some(true));
    assert_eq!(n.aow_bereikt(60, 2032), Err(NormFout::AowLeeftijdOnbekend { jaar: 2032 }));
}

#[test]
fn adding_a_period_is_a_data_change() {
    let extra = NORMEN_TOML.to_string()
        + r#"
[[bijstandsnormen]]
geldig_vanaf = 2027-01-01
bron = "test"
alleenstaande = { inclusief = "1400.00", exclusief = "1330.00" }
gehuwden = { inclusief = "2000.00", exclusief = "1900.00" }
jongere_alleenstaande = { inclusief = "340.00", exclusief = "323.00" }
jongeren_gehuwden_zonder_kinderen = { inclusief = "680.00", exclusief = "646.00" }
jongeren_gehuwden_met_kinderen = { inclusief = "1080.00", exclusief = "1026.00" }
jongere_en_oudere_gehuwden_zonder_kinderen = { inclusief = "1320.00", exclusief = "1254.00" }
jongere_en_oudere_gehuwden_met_kinderen = { inclusief = "1720.00", exclusief = "1634.00" }
aow_alleenstaande = { inclusief = "1540.00", exclusief = "1463.00" }
aow_gehuwden = { inclusief = "2100.00", exclusief = "1995.00" }
"#;
    let n = Normen::uit_toml("test.toml", &extra).unwrap();
    let w = n.controleer(d("2027-03-01")).unwrap();
    assert!(w.iter().all(|w| w.code != "normen_niet_actueel"));
}

#[test]
fn a_broken_norms_file_names_file_and_field() {
    let kapot = NORMEN_TOML.replacen(r#"exclusief = "1300.61""#, r#"exclusief = "1310.61""#, 1).replacen(
        "minimumleeftijd = 27",
        "minimumleeftyd = 27",
        1,
    );
    let f = Normen::uit_toml("normen.toml", &kapot).unwrap_err();
    assert_eq!(f.len(), 1, "serde stops at the first unknown field: {f:?}");
    assert_eq!(f[0].veld, "kostendelersnorm.minimumleeftyd");
    assert!(f[0].bericht.contains("bedoelt u 'minimumleeftijd'"), "{}", f[0].bericht);
    let kapot = NORMEN_TOML.replacen(r#"exclusief = "1300.61""#, r#"exclusief = "1310.61""#, 1);
    let f = Normen::uit_toml("normen.toml", &kapot).unwrap_err();
    assert_eq!((f[0].code, f[0].veld.as_str()), ("norm_klopt_niet", "bijstandsnormen[3].alleenstaande"));
    assert!(f[0].to_string().starts_with("normen.toml: bijstandsnormen[3].alleenstaande:"));
}

#[test]
fn the_built_in_json_is_the_toml_file() {
    let uit_toml = Normen::uit_toml(INGEBOUWD_BESTAND, NORMEN_TOML).unwrap();
    assert_eq!(Normen::ingebouwd().unwrap(), uit_toml);
}
