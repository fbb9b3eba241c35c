//! The citation reader and the check, on small texts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use super::citaat::*;
use super::*;

fn c(tekst: &str) -> Vec<String> {
    citaten(tekst).into_iter().map(|c| format!("{} {}", c.seed, c.artikel)).collect()
}

#[test]
fn article_with_lid_and_onder() {
    assert_eq!(c("002 art. 7.4.2 lid 1 onder a (ononderbroken periode van 36 maanden)"), ["002 7.4.2"]);
    assert_eq!(c("002 art. 7.7.1 lid 4 (uitzondering: geen geldige verblijfstitel)"), ["002 7.7.1"]);
    assert_eq!(
        c("002 art. 7.4.3 lid 1 en 3 (3,2% van de gehuwdennorm inclusief vakantietoeslag op 1 januari, op jaarbasis, naar boven afgerond op hele euro's)"),
        ["002 7.4.3"]
    );
}

#[test]
fn other_sources_and_toelichting() {
    assert_eq!(c("002 art. 7.4; Participatiewet art. 36"), ["002 7.4"]);
    assert_eq!(
        c("Participatiewet art. 36 lid 1; 002 toelichting 7.4 en art. 7.4.2 lid 3 (gehuwden beiden)"),
        ["002 7.4", "002 7.4.2"]
    );
    assert_eq!(
        c("Participatiewet art. 34 en 36 lid 1; 002 toelichting 7.4.3 (geen in aanmerking te nemen vermogen)"),
        ["002 7.4.3"]
    );
    assert_eq!(c("002 art. 7.3 lid 2 en toelichting 7.3"), ["002 7.3"]);
    // after `;` the seed goes on while no other source is named
    assert_eq!(c("002 art. 7.6.1 lid 2 onder a en b; toelichting 7.6"), ["002 7.6.1", "002 7.6"]);
    assert_eq!(c("002 art. 7.2 lid 1; Participatiewet art. 35"), ["002 7.2"]);
    assert_eq!(c("002 art. 7.7 (Wet gemeentelijke schuldhulpverlening)"), ["002 7.7"]);
}

#[test]
fn the_gemeente_bron_cites_no_article() {
    assert!(c("002: Verordening sociaal domein 2025 Gemeente Bunschoten (Gemeenteblad 2024 nr. 541507), in werking 1 januari 2025").is_empty());
    assert!(c("001: Beleidsregel bijzondere bijstand Roosendaal (besloten 20 december 2011)").is_empty());
    assert!(c("003: Beleidsregels bijzondere bijstand Montferland 2016").is_empty());
    assert!(c("004 (casus Sunita Kaloe: duurzaam gescheiden leven); Participatiewet art. 3").is_empty());
}

#[test]
fn chapters_and_several_seeds() {
    assert_eq!(
        c("000 par. 8.1 en 9.4 (keukentafelgesprek); 002 hoofdstuk 2 (melding, gesprek en aanvraag)"),
        ["000 8.1", "000 9.4", "002 2"]
    );
    assert_eq!(c("000 par. 8.1 en 9.4 (keukentafelgesprek); 003 par. 4 (aanvraag)"), ["000 8.1", "000 9.4", "003 4"]);
    assert_eq!(c("Participatiewet art. 13; 000 par. 2.1; 001 par. 1"), ["000 2.1", "001 1"]);
    assert_eq!(
        c("Participatiewet art. 13 lid 1 en 14 (afwijzingsgronden), art. 15 (voorliggende voorziening), art. 16 (zeer dringende redenen); 000 par. 2.1, 2.2 en 2.3 (Zorgverzekeringswet); 003 par. 9.17 (kinderopvangtoeslag)"),
        ["000 2.1", "000 2.2", "000 2.3", "003 9.17"]
    );
    assert_eq!(
        c("000 par. 9.4 en 9.6 (keukentafelgesprek, alle inkomensvragen tegelijk); 004 (casus familie Vos)"),
        ["000 9.4", "000 9.6"]
    );
}

#[test]
fn lists_after_the_prefix() {
    assert_eq!(c("003 par. 3 en 5; Participatiewet art. 35"), ["003 3", "003 5"]);
    assert_eq!(
        c("003 par. 5.2 (12 maanden), 5.5 (geen drempelbedrag), 5.9 (100% boven 120%, geen kostendelersnorm) en 5.10 (vermogen)"),
        ["003 5.2", "003 5.5", "003 5.9", "003 5.10"]
    );
    assert_eq!(c("003 par. 9.10 en 9.11"), ["003 9.10", "003 9.11"]);
    assert_eq!(c("003 par. 9.19 en 9.20"), ["003 9.19", "003 9.20"]);
    assert_eq!(c("002 art. 7.4.2 en 7.4.3"), ["002 7.4.2", "002 7.4.3"]);
}

#[test]
fn ranges() {
    assert_eq!(c("003 par. 10.1-10.3"), ["003 10.1", "003 10.2", "003 10.3"]);
    assert_eq!(c("003 par. 10.1-3"), ["003 10.1", "003 10.2", "003 10.3"]);
    assert_eq!(c("001 par. 6 en Ad. 1-3"), ["001 6", "001 Ad. 1", "001 Ad. 2", "001 Ad. 3"]);
    assert_eq!(c("001 Ad. a t/m c"), ["001 Ad. a", "001 Ad. b", "001 Ad. c"]);
    // a range of lid numbers is no range of articles
    assert_eq!(c("003 par. 9.17 lid 1-3"), ["003 9.17"]);
    assert_eq!(c("003 par. 8.1 a-e (doelen) en voorwaarden (enkele reis minimaal 10 km, afwijken bij aantoonbare gezondheidsklachten of bijzondere situaties)"), ["003 8.1"]);
}

#[test]
fn lid_lists_then_an_article_again() {
    assert_eq!(
        c("003 par. 10.1 (twee situaties), 10.2 lid 1, 3, 4 en 7 (huurwoning) en 10.3 lid 1, 3, 4 en 7 (koopwoning)"),
        ["003 10.1", "003 10.2", "003 10.3"]
    );
    assert_eq!(
        c("003 par. 10.1 (draagkracht: inkomen vanaf 100%, geen vermogen in de eigen woning) en 10.2/10.3 lid 5 (verhuisplicht)"),
        ["003 10.1", "003 10.2", "003 10.3"]
    );
    // an amount is not an article
    assert_eq!(c("003 par. 5.10 vermogen boven € 1.000"), ["003 5.10"]);
}

#[test]
fn parentheses_are_their_own_context() {
    assert_eq!(
        c("003 par. 8.1 (voorliggend: Zvw, Besluit zorgverzekering art. 2.13-2.16, leerlingenvervoer; frequenties)"),
        ["003 8.1"]
    );
    assert_eq!(
        c("001 par. 5 b en Ad. b; beëindigd door de Wet maatregelen WWB (000 par. 1.1)"),
        ["001 5", "001 Ad. b", "000 1.1"]
    );
    assert_eq!(
        c("003 par. 9.14 (in beginsel geen recht, art. 35 lid 1; bijzondere omstandigheden; leenbijstand; draagkracht vermogen 100% boven de norm inclusief vakantietoeslag)"),
        ["003 9.14"]
    );
}

#[test]
fn roosendaal_ad() {
    assert_eq!(c("001 par. 1 en Ad. 7; Participatiewet art. 35"), ["001 1", "001 Ad. 7"]);
    assert_eq!(c("001 Ad. 7 B (draagkrachtpercentage 35% van het inkomen boven de bijstandsnorm; draagkrachttijdvak één jaar; vermogen boven de vrijlating telt volledig)"), ["001 Ad. 7"]);
    assert_eq!(c("001 Ad. 7 D"), ["001 Ad. 7"]);
    assert_eq!(c("001 Ad. 4 lid 2 (incidenteel als tezamen niet meer dan € 150 per kalenderjaar)"), ["001 Ad. 4"]);
    assert_eq!(c("001 Ad. 6 en Ad. 9"), ["001 Ad. 6", "001 Ad. 9"]);
    assert_eq!(c("001 Ad. 6 (reservering) en Ad. 9 (vorm: gift of lening)"), ["001 Ad. 6", "001 Ad. 9"]);
    assert_eq!(c("001 Ad. b lid 1 (géén arbeidsverplichting)"), ["001 Ad. b"]);
    assert_eq!(c("001 par. 5 a en Ad. a"), ["001 5", "001 Ad. a"]);
    assert_eq!(c("001 Ad. c en Ad. 7 A"), ["001 Ad. c", "001 Ad. 7"]);
    assert_eq!(c("001 par. 6 pt 4"), ["001 6"]);
    assert_eq!(
        c("001 Ad. 1 (bijstand in schulden, uitzondering b: zeer dringende redenen); WWB art. 13 lid 2 onder b"),
        ["001 Ad. 1"]
    );
    assert_eq!(c("001 Ad. 1 uitzondering a en Ad. 3 (borgtocht)"), ["001 Ad. 1", "001 Ad. 3"]);
    assert_eq!(
        c("001 Ad. 1 (altijd als lening; eerst de borgtocht van onderdeel a) en beschikkingsvoorwaarde 11 (art. 57 WWB)"),
        ["001 Ad. 1"]
    );
    assert_eq!(
        c("001 Ad. c (inkomensondersteuning: woonkostentoeslag), Ad. 7 A (draagkracht 100%) en beschikkingsvoorwaarde 12"),
        ["001 Ad. c", "001 Ad. 7"]
    );
}

#[test]
fn mentions_in_free_text_use_the_policys_seed() {
    let v = |t: &str| -> Vec<String> { vermeldingen(t, "002").into_iter().map(|c| c.artikel).collect() };
    assert_eq!(
        v("Meld u bij de gemeente voordat u de kosten maakt (art. 2.1.1). In een gesprek binnen zes weken kijkt de gemeente naar uw situatie en uw kosten (art. 2.2). Daarna dient u een aanvraag in; de gemeente beslist binnen acht weken (art. 2.3.7)."),
        ["2.1.1", "2.2", "2.3.7"]
    );
    assert_eq!(v("regelingen van het kindpakket die de gemeente vaststelt (art. 7.5.2)"), ["7.5.2"]);
    assert!(v("U krijgt binnen zes weken een gesprek over wat uw kinderen nodig hebben").is_empty());
    let m: Vec<Citaat> = vermeldingen("het liefst voordat u de kosten maakt (003 par. 4)", "003");
    assert_eq!(m, [Citaat { seed: "003".into(), artikel: "4".into() }]);
}

#[test]
fn keys_as_a_dekking_file_writes_them() {
    assert_eq!(sleutel("001", "par. 6").as_deref(), Some("6"));
    assert_eq!(sleutel("001", "Ad. 7").as_deref(), Some("Ad. 7"));
    assert_eq!(sleutel("001", "Ad.  b").as_deref(), Some("Ad. b"));
    assert_eq!(sleutel("003", "9.17").as_deref(), Some("9.17"));
    assert_eq!(sleutel("002", "art. 7.4.2").as_deref(), Some("7.4.2"));
    assert_eq!(sleutel("002", "7.4.2 en 7.4.3"), None);
    assert_eq!(sleutel("002", "inleiding"), None);
    assert!(is_ouder("7.4", "7.4.2") && !is_ouder("7.4", "7.40") && !is_ouder("7.4", "7.4"));
}

const DEKKING: &str = r#"
gemeente = "bunschoten"
seed = "002"
titel = "Verordening"
hoofdstukken = ["7"]

[[artikel]]
artikel = "7.4.1"
titel = "indienen aanvraag"
buiten_scope = "TODO bron: de vervolgstap noemt het formulier"

[[artikel]]
artikel = "7.4.2"
titel = "doelgroep (PW)"

[[artikel]]
artikel = "7.4.3"
titel = "hoogte van de toeslag (PW)"

[[artikel]]
artikel = "7.5.2"
titel = "inhoud kindpakket"
buiten_scope = "alleen de gemeente kent de voorzieningen"
"#;

const POLICY: &str = r#"
[gemeente]
bron = "002: Verordening"

[[regeling]]
id = "iit"
bron = "002 art. 7.4"
vervolgstap = { nl = "Gebruik het formulier (art. 7.4.1).", en = "Use the form (art. 7.4.1)." }
algemene_voorwaarden = ["g"]

  [[regeling.voorwaarde]]
  bron = "002 art. 7.4.2 lid 1 onder a"

[[buiten_scope]]
naam = "Iets"
bron = "002 art. 7.9"
"#;

const ALGEMEEN: &str = r#"
[[groep]]
id = "g"
bron = "002 art. 7.5.2"

[[groep]]
id = "niet-gebruikt"
bron = "002 art. 7.4.3"

[[groep]]
id = "vanzelf"
bijzondere_bijstand = true
bron = "002 art. 7.2"

[[groep]]
id = "opzij"
bijzondere_bijstand = true
bron = "002 art. 7.3"
"#;

#[test]
fn groups_of_bijzondere_bijstand_apply_unless_set_aside() {
    let policy = r#"
[[regeling]]
id = "a"
bijzondere_bijstand = true
  [[regeling.afwijking]]
  regel = "opzij"
  bron = "002 art. 7.2 lid 3"

[[regeling]]
id = "b"
"#;
    let t = teksten(policy, ALGEMEEN).unwrap();
    let groepen: Vec<&str> =
        t.iter().filter(|t| t.plek.starts_with("algemeen") && t.is_bron()).map(|t| t.plek.as_str()).collect();
    assert_eq!(groepen, ["algemeen groep vanzelf"]);
    assert!(t.iter().any(|t| t.plek == "regeling a, afwijking 1" && t.is_bron()));
    assert!(teksten(policy.replace("regel = \"opzij\"", "regel = \"x\"").as_str(), ALGEMEEN)
        .unwrap()
        .iter()
        .any(|t| t.plek == "algemeen groep opzij"));
    assert!(teksten("x = ", "").is_err());
}

#[test]
fn the_check_sorts_every_article() {
    let d = Dekking::uit_toml(DEKKING).unwrap();
    let t = teksten(POLICY, ALGEMEEN).unwrap();
    assert!(t.iter().any(|t| t.plek == "regeling iit, voorwaarde 1" && t.veld == "bron"));
    assert!(t.iter().any(|t| t.plek == "algemeen groep g" && t.is_bron()));
    assert!(!t.iter().any(|t| t.plek.contains("niet-gebruikt")));
    let v = controleer(&d, &t);
    let status: Vec<&Status> = v.regels.iter().map(|r| &r.status).collect();
    assert!(matches!(status[0], Status::Todo(_)));
    assert!(!v.regels[0].vermeld.is_empty(), "the vervolgstap mentions 7.4.1");
    assert!(matches!(status[1], Status::Gecodeerd(b) if b.len() == 1));
    assert_eq!(status[2], &Status::Ontbreekt);
    // cited by the group the policy uses, yet listed as out of scope
    assert!(matches!(status[3], Status::Gecodeerd(_)));
    assert_eq!(v.problemen.len(), 2, "{:?}", v.problemen);
    assert!(v.problemen.iter().any(|p| p.contains("7.9") && p.contains("niet in de lijst")));
    assert!(v.problemen.iter().any(|p| p.contains("7.5.2") && p.contains("haal buiten_scope weg")));
    assert!(!v.in_orde());
    assert_eq!(v.ontbrekend().len(), 1);
}

#[test]
fn a_dekking_file_with_every_problem() {
    let fouten = Dekking::uit_toml(
        r#"
gemeente = "Bunschoten"
seed = "002"
titel = "x"
hoofdstukken = ["7"]
[[artikel]]
artikel = "7.4"
titel = "a"
[[artikel]]
artikel = "7.4.1"
titel = ""
buiten_scope = " "
[[artikel]]
artikel = "8.1"
titel = "b"
"#,
    )
    .unwrap_err();
    let tekst: Vec<String> = fouten.iter().map(ToString::to_string).collect();
    for verwacht in ["gemeente", "titel is leeg", "buiten_scope zonder reden", "valt niet in", "onderdelen"] {
        assert!(tekst.iter().any(|t| t.contains(verwacht)), "{verwacht} in {tekst:?}");
    }
    let fouten =
        Dekking::uit_toml("gemeente = \"x\"\nseed = \"2\"\ntitel = \"x\"\nhoofdstukken = [\"7\"]").unwrap_err();
    assert!(fouten[0].to_string().starts_with("seed: "), "{fouten:?}");
    assert!(Dekking::uit_toml("gemeente = \"x\"\nonbekend = 1").is_err());
}

#[test]
fn headings_in_the_seed() {
    let d = Dekking::uit_toml(DEKKING).unwrap();
    let seed = "7.4 individuele inkomenstoeslag\n7.4.1 indienen aanvraag individuele\ninkomenstoeslag (PW)\n\
                7.4.2 doelgroep (PW)\n1. De toeslag\n7.4.3   hoogte van de toeslag (PW)\n7.4.4 nieuw artikel\n\
                7.5.2 inhoud kindpakket\n8.1.1 buiten de hoofdstukken\n";
    let p = controleer_seed(&d, seed);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("7.4.4"));
    let p = controleer_seed(&d, "7.4.1 indienen aanvraag\n7.4.2 doelgroep\n");
    assert_eq!(p.len(), 3, "{p:?}");
    assert_eq!(kop("Ad. 5. Tekortschietend besef").map(|k| k.0).as_deref(), Some("Ad. 5"));
    assert_eq!(kop("Ad. e. Uitzondering").map(|k| k.0).as_deref(), Some("Ad. e"));
    assert_eq!(kop("4. Aanvraag- en ingangsdatum").map(|k| k.0).as_deref(), Some("4"));
    assert_eq!(kop("1.500 euro"), None);
}
