//! What a parsed request may hold beyond the schema: every key once, and a gemeente this
//! receiver serves. The gemeenten it serves are given at start; without any it does not start.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod hulp;

use hulp::{post, Ontvanger};
use std::process::Command;

#[test]
fn a_repeated_key_is_refused_at_any_depth_and_nothing_is_stored() {
    let o = Ontvanger::start("dubbel", &[]);
    let goed = hulp::verzoek(&hulp::sleutel(1));
    for (oud, nieuw, pad) in [
        (r#""toestemming":true"#, r#""toestemming":true,"toestemming":false"#, "toestemming"),
        (r#""toestemming":true"#, r#""toestemming":false,"toestemming":true"#, "toestemming"),
        (r#""naam":"Fatima de Vries""#, r#""naam":"Fatima de Vries","naam":"Iemand anders""#, "contact.naam"),
    ] {
        let verzoek = goed.replace(oud, nieuw);
        assert_ne!(verzoek, goed);
        let a = post(&o.adres, &verzoek);
        assert_eq!(a.status, 422, "{}", a.romp);
        assert_eq!(a.json()["fouten"][0], format!("{pad}: staat meer dan eens in het verzoek"));
    }
    assert_eq!(o.aantal(), 0);
    assert_eq!(post(&o.adres, &goed).status, 201);
}

#[test]
fn only_a_known_gemeente_is_taken() {
    let o = Ontvanger::start("gemeente", &[]);
    let goed = hulp::verzoek(&hulp::sleutel(1));
    for (gemeente, melding) in [
        ("utrecht", "gemeente: deze ontvanger neemt geen verzoeken aan voor \"utrecht\""),
        ("", "gemeente: ongeldige waarde"),
    ] {
        let a = post(&o.adres, &goed.replace(r#""gemeente":"bunschoten""#, &format!(r#""gemeente":"{gemeente}""#)));
        assert_eq!(a.status, 422, "{gemeente:?}: {}", a.romp);
        assert_eq!(a.json()["fouten"], serde_json::json!([melding]));
    }
    assert_eq!(o.aantal(), 0);
    assert_eq!(post(&o.adres, &goed).status, 201);
}

#[test]
fn the_compiled_policies_in_a_folder_name_the_gemeenten() {
    let map = std::env::temp_dir().join(format!("bur-ontvanger-{}-policies", std::process::id()));
    std::fs::create_dir_all(&map).unwrap();
    std::fs::write(map.join("roosendaal.json"), r#"{"gemeente": {"id": "roosendaal", "naam": "Roosendaal"}}"#).unwrap();
    let o = Ontvanger::start("policies", &["--policies", map.to_str().unwrap()]);
    let verzoek = hulp::verzoek(&hulp::sleutel(1)).replace("bunschoten", "roosendaal");
    let a = post(&o.adres, &verzoek);
    assert_eq!(a.status, 201, "{}", a.romp);
    assert_eq!(a.json()["referentie"], "KTG-ROOSENDAAL-000001");
    std::fs::remove_dir_all(&map).unwrap();
}

#[test]
fn without_a_known_gemeente_the_server_does_not_start_but_lijst_works() {
    let db = hulp::nieuwe_db("zonder-gemeente");
    let uit =
        Command::new(hulp::BIN).args(["--adres", "127.0.0.1:0", "--database", db.to_str().unwrap()]).output().unwrap();
    assert_eq!(uit.status.code(), Some(2));
    assert!(uit.stdout.is_empty());
    let melding = String::from_utf8_lossy(&uit.stderr);
    assert!(melding.contains("geen gemeente bekend") && melding.contains("--policies"), "{melding}");
    let lijst = Command::new(hulp::BIN).args(["--lijst", "--database", db.to_str().unwrap()]).output().unwrap();
    assert!(lijst.status.success());
    assert!(String::from_utf8_lossy(&lijst.stdout).contains("nog geen verzoeken"));
    hulp::weg(&db);
}
