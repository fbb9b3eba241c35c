//! `bur batch`, `bur vergelijk` and `bur synthetisch` through the real binary (issue 15): a small
//! client file with hand-checked outcomes, every scenario household in a batch row against the
//! engine as `bur eval` runs it, a bad row that does not stop the run, a draft policy's changes,
//! and a synthetic file that is the same for the same seed.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bur(args: &[&str]) -> Output {
    let o =
        Command::new(env!("CARGO_BIN_EXE_bur")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    assert!(o.status.success(), "bur {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    o
}

/// `bur batch` for a gemeente and peildatum, the outcomes to `uit`.
fn batch(gemeente: &str, peildatum: &str, uit: &Path, invoer: &str) -> Output {
    bur(&["batch", "--gemeente", gemeente, "--peildatum", peildatum, "--uit", uit.to_str().unwrap(), invoer])
}

fn map(naam: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("bur-batch-{}-{naam}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn lees(pad: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(pad).unwrap();
    let kop = r.headers().unwrap().clone();
    r.records()
        .map(|rij| kop.iter().zip(rij.unwrap().iter()).map(|(k, w)| (k.to_string(), w.to_string())).collect())
        .collect()
}

fn status(rijen: &[BTreeMap<String, String>], client: &str, regeling: &str) -> String {
    rijen
        .iter()
        .find(|r| r["client_id"] == client && r["regeling"] == regeling)
        .map(|r| r["status"].clone())
        .unwrap_or_default()
}

/// Bunschoten's kindpakket on 2026-09-15: gehuwdennorm 1926,40, so 120% is 2311,68; the
/// vermogensgrens of an alleenstaande ouder is 16.000 (002 art. 7.5.1, ch. 12).
#[test]
fn a_small_file_gives_the_hand_checked_outcomes_and_a_bad_row_does_not_stop_the_run() {
    let d = map("klein");
    let uit = d.join("uit.csv");
    let o = batch("bunschoten", "2026-09-15", &uit, "tests/data/batch/klein.csv");
    let rijen = lees(&uit);
    let verwacht = [
        ("K1", "ja"),        // 1200 is 62% of 1926,40: within the sure 100%
        ("K2", "misschien"), // 2311,68 is exactly 120%: within the limit, above the sure band
        ("K3", "nee"),       // a cent over 120%
        ("K4", "nee"),       // no children
        ("K5", "misschien"), // age unknown: the norm cannot be known
        ("K7", "nee"),       // vermogen 20.000 is a financial buffer (over 16.000)
    ];
    for (client, s) in verwacht {
        assert_eq!(status(&rijen, client, "kindpakket"), s, "{client}");
    }
    let k5 = rijen.iter().find(|r| r["client_id"] == "K5" && r["regeling"] == "kindpakket").unwrap();
    assert_eq!(k5["ontbrekend"], "aanvrager.leeftijd");
    assert!(rijen.iter().all(|r| r["client_id"] != "K6"), "the bad row has no outcome");
    let fouten = lees(&d.join("uit.fouten.csv"));
    assert_eq!(fouten.len(), 1);
    assert_eq!(
        (fouten[0]["rij"].as_str(), fouten[0]["client_id"].as_str(), fouten[0]["kolom"].as_str()),
        ("7", "K6", "inkomen")
    );
    assert!(fouten[0]["melding"].contains("bedrag in euro's"), "the field's Dutch message: {}", fouten[0]["melding"]);
    let tekst = String::from_utf8_lossy(&o.stderr);
    assert!(tekst.contains("6 huishoudens doorgerekend, 1 rijen overgeslagen"), "{tekst}");
    // K1 is likely entitled and does not receive it; K2 receives it; K7 is not entitled.
    let ambtshalve = lees(&d.join("uit.ambtshalve.csv"));
    let lijst: Vec<_> = ambtshalve.iter().map(|r| (r["client_id"].as_str(), r["regeling"].as_str())).collect();
    assert_eq!(lijst, [("K1", "kindpakket")]);
    let samenvatting = lees(&d.join("uit.samenvatting.csv"));
    let kp = samenvatting.iter().find(|r| r["regeling"] == "kindpakket").unwrap();
    assert_eq!((kp["ja"].as_str(), kp["misschien"].as_str(), kp["nee"].as_str()), ("1", "2", "3"));
}

/// Every scenario household (the project's and the shared ones), as a JSON line of a batch,
/// gets the statuses the engine gives it as `bur eval` runs it.
#[test]
fn a_scenario_household_in_a_batch_gets_the_outcome_of_bur_eval() {
    let shared = std::env::var("BUR_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let mut groepen: BTreeMap<(String, String), Vec<(String, serde_json::Value)>> = BTreeMap::new();
    for map in [Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios"), shared.join("scenarios")] {
        let mut open = vec![map];
        while let Some(m) = open.pop() {
            for e in std::fs::read_dir(&m).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    open.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml") {
                    for (i, s) in
                        bur::scenario::uit_yaml(&std::fs::read_to_string(&p).unwrap()).unwrap().into_iter().enumerate()
                    {
                        let id = format!("{}#{i}", p.file_name().unwrap().to_string_lossy());
                        groepen.entry((s.gemeente, s.peildatum)).or_default().push((id, s.antwoorden));
                    }
                }
            }
        }
    }
    assert!(groepen.values().map(Vec::len).sum::<usize>() > 200);
    let normen = bur::Normen::ingebouwd().unwrap();
    let d = map("scenarios");
    let mut vergeleken = 0;
    for ((gemeente, peildatum), huishoudens) in &groepen {
        let invoer = d.join(format!("{gemeente}-{peildatum}.jsonl"));
        let regels: Vec<String> = huishoudens
            .iter()
            .map(|(id, a)| serde_json::json!({ "client_id": id, "antwoorden": a }).to_string())
            .collect();
        std::fs::write(&invoer, regels.join("\n")).unwrap();
        let uit = d.join(format!("{gemeente}-{peildatum}.csv"));
        let fouten = d.join(format!("{gemeente}-{peildatum}.fouten.csv"));
        bur(&[
            "batch",
            "--gemeente",
            gemeente,
            "--peildatum",
            peildatum,
            "--uit",
            uit.to_str().unwrap(),
            "--fouten",
            fouten.to_str().unwrap(),
            invoer.to_str().unwrap(),
        ]);
        let rijen = lees(&uit);
        let policy =
            bur::Policy::uit_toml(gemeente, &std::fs::read_to_string(format!("policies/{gemeente}.toml")).unwrap())
                .unwrap();
        let datum = bur::Datum::parse(peildatum).unwrap();
        for (id, a) in huishoudens {
            let Ok(antwoorden) = bur::Antwoorden::uit_waarde(a) else {
                assert!(rijen.iter().all(|r| &r["client_id"] != id), "{id}: refused answers have no outcome");
                continue;
            };
            let r = bur::evaluate(&policy, &normen, &antwoorden, datum).unwrap();
            for u in &r.regelingen {
                assert_eq!(status(&rijen, id, &u.id), u.status.naam(), "{gemeente} {peildatum} {id} {}", u.id);
                vergeleken += 1;
            }
        }
    }
    assert!(vergeleken > 1000, "{vergeleken}");
}

#[test]
fn a_draft_policy_shows_who_changes_status() {
    let d = map("vergelijk");
    // The draft: the kindpakket's limit at 130% instead of 120% of the norm.
    let nu = std::fs::read_to_string("policies/bunschoten.toml").unwrap();
    let ontwerp = nu.replacen("max_procent = 120", "max_procent = 130", 1);
    assert_ne!(nu, ontwerp);
    let pad = d.join("ontwerp.toml");
    std::fs::write(&pad, ontwerp).unwrap();
    let uit = d.join("verschil.csv");
    let o = bur(&[
        "vergelijk",
        "--gemeente",
        "bunschoten",
        "--ontwerp",
        pad.to_str().unwrap(),
        "--peildatum",
        "2026-09-15",
        "--uit",
        uit.to_str().unwrap(),
        "tests/data/batch/klein.csv",
    ]);
    let rijen = lees(&uit);
    // Only K3 (a cent over 120%, under 130%) changes: nee becomes misschien.
    let lijst: Vec<_> = rijen
        .iter()
        .map(|r| {
            (r["client_id"].as_str(), r["regeling"].as_str(), r["status_nu"].as_str(), r["status_ontwerp"].as_str())
        })
        .collect();
    assert_eq!(lijst, [("K3", "kindpakket", "nee", "misschien")]);
    let tekst = String::from_utf8_lossy(&o.stderr);
    assert!(tekst.contains("6 huishoudens vergeleken, 1 met een andere uitkomst, 1 rijen overgeslagen"), "{tekst}");
    assert!(tekst.contains("kindpakket: nee → misschien: 1"), "{tekst}");
}

#[test]
fn a_synthetic_file_is_the_same_for_the_same_seed_and_labelled_synthetic() {
    let een = bur(&["synthetisch", "--aantal", "500", "--zaad", "3"]).stdout;
    let twee = bur(&["synthetisch", "--aantal", "500", "--zaad", "3"]).stdout;
    let ander = bur(&["synthetisch", "--aantal", "500", "--zaad", "4"]).stdout;
    assert_eq!(een, twee);
    assert_ne!(een, ander);
    let tekst = String::from_utf8(een).unwrap();
    assert_eq!(tekst.lines().count(), 501);
    assert!(tekst.lines().skip(1).all(|l| l.starts_with("SYNTH-")));
    // And the engine reads every row of it.
    let d = map("synthetisch");
    let invoer = d.join("klanten.csv");
    std::fs::write(&invoer, &tekst).unwrap();
    let uit = d.join("uit.csv");
    let o = batch("montferland", "2026-12-01", &uit, invoer.to_str().unwrap());
    assert!(String::from_utf8_lossy(&o.stderr).contains("500 huishoudens doorgerekend, 0 rijen overgeslagen"));
}

/// Blocks are evaluated on all cores and the next is read meanwhile: the output keeps the
/// file's order over block boundaries (2,048 rows a block).
#[test]
fn the_output_keeps_the_order_of_the_file_over_many_blocks() {
    let d = map("volgorde");
    let invoer = d.join("klanten.csv");
    std::fs::write(&invoer, bur(&["synthetisch", "--aantal", "7000", "--zaad", "9"]).stdout).unwrap();
    let uit = d.join("uit.csv");
    batch("bunschoten", "2026-12-01", &uit, invoer.to_str().unwrap());
    let mut ids: Vec<String> = lees(&uit).into_iter().map(|r| r["client_id"].clone()).collect();
    ids.dedup();
    let verwacht: Vec<String> = (1..=7000).map(|n| format!("SYNTH-{n:07}")).collect();
    assert_eq!(ids, verwacht);
}
