//! Every regeling in every policy file has at least three scenarios (the shared ones in
//! ../shared/scenarios and the project's own in tests/scenarios), so a rule never goes
//! untested. The exception is a regeling that ended before the first national norms we have
//! (no household can be evaluated then): it is tested as `niet_geldig` in the engine's tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur::{scenario, Normen, Policy};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const MINIMAAL: usize = 3;

fn yaml_bestanden(map: &Path) -> Vec<PathBuf> {
    let mut uit = Vec::new();
    for e in std::fs::read_dir(map).unwrap() {
        let pad = e.unwrap().path();
        if pad.is_dir() {
            uit.extend(yaml_bestanden(&pad));
        } else if pad.extension().is_some_and(|x| x == "yaml") {
            uit.push(pad);
        }
    }
    uit
}

#[test]
fn every_regeling_has_at_least_three_scenarios() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var("BUR_SHARED").map_or_else(|_| root.join("../shared"), PathBuf::from);
    let mut tellingen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for map in [root.join("tests/scenarios"), shared.join("scenarios")] {
        for pad in yaml_bestanden(&map) {
            for s in scenario::uit_yaml(&std::fs::read_to_string(&pad).unwrap()).unwrap() {
                for id in s.verwacht.regelingen.keys() {
                    *tellingen.entry((s.gemeente.clone(), id.clone())).or_default() += 1;
                }
            }
        }
    }
    let normen = Normen::ingebouwd().unwrap();
    let eerste = normen.perioden().first().unwrap().geldig_vanaf;
    let mut tekort = Vec::new();
    for e in std::fs::read_dir(root.join("policies")).unwrap() {
        let pad = e.unwrap().path();
        if pad.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let naam = pad.file_name().unwrap().to_string_lossy().to_string();
        let policy = Policy::uit_toml(&naam, &std::fs::read_to_string(&pad).unwrap()).unwrap();
        for r in &policy.regelingen {
            if r.geldig_tot.is_some_and(|tot| tot < eerste) {
                continue;
            }
            let n = tellingen.get(&(policy.gemeente.id.clone(), r.id.to_string())).copied().unwrap_or(0);
            if n < MINIMAAL {
                tekort.push(format!("{} {}: {n} scenario's", policy.gemeente.id, r.id));
            }
        }
    }
    assert!(tekort.is_empty(), "fewer than {MINIMAAL} scenarios:\n{}", tekort.join("\n"));
}
