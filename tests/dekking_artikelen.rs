//! Every article of the chapters the tool covers, per seed (`policies/dekking/<gemeente>.toml`),
//! is encoded (a `bron` of the gemeente's policy cites it) or listed out of scope with its reason;
//! the list matches the seed's own headings when the seeds are at hand (`$BUR_SHARED/seeds` or
//! ../shared/seeds); and `bur dekking` says so too.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur::dekking::{self, Dekking, Status};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn dekkingen() -> Vec<(PathBuf, Dekking)> {
    let map = root().join("policies/dekking");
    let mut paden: Vec<PathBuf> = std::fs::read_dir(&map)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paden.sort();
    assert!(paden.len() >= 3, "expected a dekking file per gemeente in {}", map.display());
    paden
        .into_iter()
        .map(|p| {
            let d = Dekking::uit_toml(&std::fs::read_to_string(&p).unwrap()).unwrap_or_else(|fouten| {
                panic!("{}:\n{}", p.display(), fouten.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
            });
            (p, d)
        })
        .collect()
}

#[test]
fn every_article_is_encoded_or_out_of_scope() {
    let algemeen = std::fs::read_to_string(root().join("policies/national/algemeen.toml")).unwrap();
    let mut fouten = Vec::new();
    let mut seeds = Vec::new();
    for (pad, d) in dekkingen() {
        assert_eq!(pad.file_stem().unwrap().to_string_lossy(), d.gemeente, "{}", pad.display());
        seeds.push(d.seed.clone());
        let policy = std::fs::read_to_string(root().join(format!("policies/{}.toml", d.gemeente))).unwrap();
        let teksten = dekking::teksten(&policy, &algemeen).unwrap();
        let verslag = dekking::controleer(&d, &teksten);
        assert!(verslag.regels.iter().any(|r| matches!(r.status, Status::Gecodeerd(_))), "{}", pad.display());
        for a in verslag.ontbrekend() {
            fouten.push(format!(
                "{}: {} {} '{}' is neither cited by a bron of policies/{}.toml nor buiten_scope",
                pad.display(),
                d.seed,
                a.artikel,
                a.titel,
                d.gemeente
            ));
        }
        fouten.extend(verslag.problemen.iter().map(|p| format!("{}: {p}", pad.display())));
    }
    seeds.sort();
    assert_eq!(seeds, ["001", "002", "003"]);
    assert!(fouten.is_empty(), "{} problems:\n{}", fouten.len(), fouten.join("\n"));
}

#[test]
fn the_lists_match_the_seeds() {
    let shared = std::env::var("BUR_SHARED").map_or_else(|_| root().join("../shared"), PathBuf::from);
    let map = shared.join("seeds");
    let Ok(items) = std::fs::read_dir(&map) else {
        eprintln!("seeds not found at {}: headings not checked", map.display());
        return;
    };
    let bestanden: Vec<PathBuf> = items.map(|e| e.unwrap().path()).collect();
    let mut fouten = Vec::new();
    for (pad, d) in dekkingen() {
        let prefix = format!("{}_", d.seed);
        let seed = bestanden
            .iter()
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&prefix))
            .unwrap_or_else(|| panic!("no seed {} in {}", d.seed, map.display()));
        let tekst = std::fs::read_to_string(seed).unwrap();
        fouten.extend(dekking::controleer_seed(&d, &tekst).into_iter().map(|p| format!("{}: {p}", pad.display())));
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn bur_dekking_prints_every_article_and_passes() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_bur")).arg("dekking").current_dir(root()).output().unwrap();
    let uit = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{uit}\n{}", String::from_utf8_lossy(&o.stderr));
    for d in dekkingen().iter().map(|(_, d)| d) {
        for a in &d.artikelen {
            assert!(
                uit.lines().any(|l| l.starts_with(&format!("  {:<8} ", a.artikel))),
                "{} {} not printed",
                d.seed,
                a.artikel
            );
        }
    }
    let slot = uit.lines().last().unwrap();
    assert!(slot.starts_with("bur dekking: 3 seeds, ") && slot.contains(" 0 ONTBREEKT, 0 problemen"), "{slot}");
}

/// A missing article and a contradiction make `bur dekking` fail, naming them.
#[test]
fn bur_dekking_fails_on_a_missing_article() {
    let tmp = std::env::temp_dir().join(format!("bur-dekking-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(tmp.join("dekking")).unwrap();
    std::fs::write(
        tmp.join("voorbeeld.toml"),
        "[[regeling]]\nid = \"r\"\nbron = \"002 art. 7.4.2 lid 1; 002 art. 7.9\"\n",
    )
    .unwrap();
    std::fs::write(
        tmp.join("dekking/voorbeeld.toml"),
        "gemeente = \"voorbeeld\"\nseed = \"002\"\ntitel = \"t\"\nhoofdstukken = [\"7\"]\n\
         [[artikel]]\nartikel = \"7.4.2\"\ntitel = \"doelgroep\"\n\
         [[artikel]]\nartikel = \"7.4.3\"\ntitel = \"hoogte van de toeslag\"\n",
    )
    .unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_bur"))
        .args(["dekking", "--policies", tmp.to_str().unwrap(), "--seeds", tmp.join("geen").to_str().unwrap()])
        .output()
        .unwrap();
    let uit = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{uit}");
    assert!(uit.contains("7.4.3") && uit.contains("ONTBREEKT"), "{uit}");
    assert!(uit.contains("noemt 002 7.9"), "{uit}");
    assert!(uit.contains("1 encoded, 0 buiten scope (waarvan 0 TODO bron), 1 ONTBREEKT, 1 problemen"), "{uit}");
    let _ = std::fs::remove_dir_all(&tmp);
}
