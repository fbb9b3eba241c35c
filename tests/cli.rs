//! The `bur` command as policy staff and CI use it: exactly these spellings are used from
//! outside the project, so they are tested through the real binary.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bur(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bur")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The shared folder sits beside the checkout (`../shared`), or where BUR_SHARED points.
fn shared() -> PathBuf {
    let p = std::env::var("BUR_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(p.join("scenarios").is_dir(), "shared scenarios not found at {}: set BUR_SHARED", p.display());
    p
}

#[test]
fn check_is_clean_for_the_real_policies() {
    let o = bur(&["check"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&o).contains(" 0 problemen"), "{}", stdout(&o));
}

/// Every file in tests/invalid/ opens with `# verwacht:` lines: each must appear in the output.
#[test]
fn every_invalid_policy_gives_its_located_error() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid");
    let mut bestanden: Vec<_> = std::fs::read_dir(&map).unwrap().map(|e| e.unwrap().path()).collect();
    bestanden.sort();
    assert!(bestanden.len() >= 10);
    for pad in bestanden {
        let tekst = std::fs::read_to_string(&pad).unwrap();
        let verwacht: Vec<&str> = tekst.lines().filter_map(|l| l.strip_prefix("# verwacht: ")).collect();
        assert!(!verwacht.is_empty(), "{} has no '# verwacht:' line", pad.display());
        let o = bur(&["check", pad.to_str().unwrap()]);
        let uit = stdout(&o);
        assert!(!o.status.success(), "{} passed the check:\n{uit}", pad.display());
        let naam = pad.file_name().unwrap().to_str().unwrap();
        for v in verwacht {
            assert!(uit.contains(v), "{naam}: expected '{v}' in:\n{uit}");
        }
        // every line names the file
        for regel in uit.lines().filter(|l| l.contains('[') && !l.starts_with(' ') && !l.starts_with("bur check")) {
            assert!(regel.contains(naam), "{regel}");
        }
    }
}

#[test]
fn every_scenario_of_the_project_and_of_shared_passes() {
    let shared = shared().join("scenarios");
    let o = bur(&["scenarios", "tests/scenarios", shared.to_str().unwrap()]);
    let uit = stdout(&o);
    assert!(o.status.success(), "{uit}");
    let laatste = uit.lines().last().unwrap();
    assert!(laatste.ends_with(" passed, 0 failed"), "{laatste}");
    let aantal: usize = laatste.split(' ').next().unwrap().parse().unwrap();
    assert!(aantal >= 60, "{laatste}");
}

#[test]
fn a_failing_scenario_names_file_regeling_expected_and_actual() {
    let dir = std::env::temp_dir().join(format!("bur-scenario-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("fout.yaml"),
        "naam: Een bewust fout scenario\nbron: test\ngemeente: bunschoten\npeildatum: 2025-09-15\nantwoorden: { schulden: false }\nverwacht:\n  regelingen:\n    schuldhulpverlening: { status: ja }\n",
    )
    .unwrap();
    std::fs::write(dir.join("onbekend.yaml"), "naam: Gemeente zonder policy\nbron: test\ngemeente: nergenshuizen\npeildatum: 2025-09-15\nantwoorden: {}\nverwacht: {}\n").unwrap();
    let o = bur(&["scenarios", dir.to_str().unwrap()]);
    let uit = stdout(&o);
    assert!(!o.status.success());
    assert!(uit.contains("fout.yaml: Een bewust fout scenario"), "{uit}");
    assert!(uit.contains("schuldhulpverlening: status verwacht ja, kreeg nee"), "{uit}");
    assert!(uit.contains("gemeente 'nergenshuizen' heeft nog geen policy"), "{uit}");
    assert!(uit.trim_end().ends_with("0 passed, 2 failed"), "{uit}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_prints_a_json_report() {
    let o =
        bur(&["eval", "--gemeente", "bunschoten", "--peildatum", "2025-09-15", "tests/data/alleenstaande-ouder.yaml"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["leefvorm"], "alleenstaande_ouder");
    assert_eq!(r["bijstandsnorm"], "1300.61");
    let iit = r["regelingen"].as_array().unwrap().iter().find(|u| u["id"] == "individuele-inkomenstoeslag").unwrap();
    assert_eq!(iit["status"], "ja");
    assert_eq!(iit["bedrag"]["waarde"], "666");
}

#[test]
fn eval_reads_json_too_and_names_bad_fields() {
    let dir = std::env::temp_dir().join(format!("bur-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pad = dir.join("a.json");
    std::fs::write(&pad, r#"{"aanvrager": {"leeftijd": 130, "inkomen": "veel"}}"#).unwrap();
    let o = bur(&["eval", "--gemeente", "bunschoten", "--peildatum", "2025-09-15", pad.to_str().unwrap()]);
    let fout = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(fout.contains("aanvrager.leeftijd: Uw leeftijd moet tussen 0 en 120 jaar liggen"), "{fout}");
    assert!(fout.contains("aanvrager.inkomen: Uw inkomen moet een bedrag in euro's zijn"), "{fout}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn vragen_lists_the_open_questions() {
    let o = bur(&[
        "vragen",
        "--gemeente",
        "bunschoten",
        "--peildatum",
        "2025-09-15",
        "--regelingen",
        "kindpakket",
        "tests/data/leeg.json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap()).collect();
    // The kindpakket asks the vermogen too: a good financial buffer rules it out (002 7.5.1).
    assert_eq!(
        ids,
        ["aanvrager.leeftijd", "heeft_partner", "kinderen", "aanvrager.inkomen", "vermogen", "eigen_woning"]
    );
}

#[test]
fn wrong_usage_says_what_is_wrong() {
    let o = bur(&["eval", "--gemeente", "bunschoten", "x.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--peildatum ontbreekt"));
    let o = bur(&["eval", "--gemeente", "bunschoten", "--peildatum", "2023-01-01", "tests/data/leeg.json"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("geen bijstandsnormen bekend"));
    let o = bur(&["rekenen"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_regelingen_overview_is_up_to_date_and_a_stale_one_fails() {
    let o = bur(&["docs", "--check"]);
    assert!(o.status.success(), "{}", stdout(&o));
    let oud = std::env::temp_dir().join(format!("bur-regelingen-{}.md", std::process::id()));
    std::fs::write(&oud, "# verouderd\n").unwrap();
    let o = bur(&["docs", "--check", "--uitvoer", oud.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("niet bijgewerkt"), "{}", stdout(&o));
    std::fs::remove_file(&oud).ok();
    let tekst = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/regelingen.md")).unwrap();
    for gemeente in ["## Bunschoten", "## Montferland", "## Roosendaal", "### Niet in de rekenhulp"] {
        assert!(tekst.contains(gemeente), "{gemeente}");
    }
}

/// `bur docs --taal`: the overview in another language goes to stdout (or to `--uitvoer`), with
/// every sentence from that language's catalog; every language renders without an error (the
/// command fails on a message its catalog cannot say), and Dutch is the file itself.
#[test]
fn the_overview_in_another_language_goes_to_stdout_and_every_language_renders() {
    let o = bur(&["docs", "--taal", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let en = stdout(&o);
    assert!(en.starts_with("# Schemes per municipality\n"), "{en}");
    assert!(
        en.contains("- Capacity to pay (draagkracht): 100% of the income above 120% of the social assistance standard")
    );
    assert!(en.contains("net household income at most 100% of the social assistance standard (bijstandsnorm"));
    assert!(!en.contains("Gemaakt door") && !en.contains("- Voorwaarden:"), "Dutch words of the overview in English");
    for taal in ["pl", "tr", "ar"] {
        let o = bur(&["docs", "--taal", taal, "--uitvoer", "-"]);
        assert!(o.status.success(), "{taal}: {}", String::from_utf8_lossy(&o.stderr));
        let tekst = stdout(&o);
        assert!(tekst.contains("Montferland") && tekst.len() > 50_000, "{taal}: {tekst}");
        assert_ne!(tekst, en);
    }
    let nl = bur(&["docs", "--taal", "nl", "--uitvoer", "-"]);
    let bestand = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/regelingen.md")).unwrap();
    assert_eq!(stdout(&nl), bestand);

    let uit = std::env::temp_dir().join(format!("bur-regelingen-en-{}.md", std::process::id()));
    let o = bur(&["docs", "--taal", "en", "--uitvoer", uit.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert_eq!(std::fs::read_to_string(&uit).unwrap(), en);
    let o = bur(&["docs", "--taal", "en", "--check", "--uitvoer", uit.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stdout(&o));
    std::fs::remove_file(&uit).ok();

    let o = bur(&["docs", "--taal", "en", "--check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--uitvoer"));
    let o = bur(&["docs", "--taal", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("geen catalogus voor taal 'xx'"));
}

/// The widget loads what `bur json` writes: the same policy as the TOML file (its citations
/// under the documents' titles), no seed file number in any text, and nothing at all for a
/// broken one.
#[test]
fn json_compiles_each_policy_to_the_same_policy_and_refuses_a_broken_one() {
    let uit = std::env::temp_dir().join(format!("bur-json-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&uit);
    let mut args = vec!["json", "--uit", uit.to_str().unwrap()];
    let gemeenten = ["bunschoten", "montferland", "roosendaal"];
    let paden: Vec<String> = gemeenten.iter().map(|g| format!("policies/{g}.toml")).collect();
    args.extend(paden.iter().map(String::as_str));
    let o = bur(&args);
    assert!(o.status.success(), "{}", stdout(&o));
    for (g, pad) in gemeenten.iter().zip(&paden) {
        let toml = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(pad)).unwrap();
        let json = std::fs::read_to_string(uit.join(format!("{g}.json"))).unwrap();
        let policy = bur::Policy::uit_toml(g, &toml).unwrap();
        // Writer and reader agree: the compiled model reads back as the same policy.
        assert_eq!(bur::Policy::uit_gecompileerd(g, &policy.gecompileerd()).unwrap(), policy, "{g}");
        // What the site serves is that, with the titles in place of the numbers.
        let gelezen = bur::Policy::uit_gecompileerd(g, &json).unwrap();
        assert_eq!(gelezen.regelingen.len(), policy.regelingen.len(), "{g}");
        assert_eq!(gelezen.documenten, policy.documenten, "{g}");
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v.as_object_mut().unwrap().remove("documenten");
        let mut rest = vec![&v];
        while let Some(w) = rest.pop() {
            match w {
                serde_json::Value::String(s) => {
                    assert!(bur::policy::documenten::citaten(s).is_empty(), "{g}: a file number in '{s}'");
                }
                serde_json::Value::Array(l) => rest.extend(l),
                serde_json::Value::Object(m) => rest.extend(m.values()),
                _ => {}
            }
        }
        assert!(json.contains("Verordening sociaal domein 2025 Gemeente Bunschoten, art. 7.4") || *g != "bunschoten");
    }
    let o = bur(&["json", "--uit", uit.to_str().unwrap(), "tests/invalid/float-percentage.toml"]);
    assert!(!o.status.success());
    assert!(stdout(&o).contains("float-percentage.toml"), "{}", stdout(&o));
    assert!(!uit.join("float-percentage.json").exists());
    std::fs::remove_dir_all(&uit).unwrap();
}
