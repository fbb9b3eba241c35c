//! Every case of seed 004 (the Almere 3D-lab cases) that a maatwerk signal cites as its bron is
//! held to that signal: the gemeente's own scenarios have a household of that case whose report
//! must raise the signal. A signal that cites a case it no longer catches fails here, not in
//! front of a consulent. When the seeds are at hand, the case must also be in 004.
#![cfg(all(not(target_arch = "wasm32"), feature = "yaml", feature = "toml"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur::scenario::{controleer, uit_yaml, Scenario};
use bur::{Normen, Policy};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The case names a bron cites: `004 (casus familie Vos: ...)` gives "familie Vos".
fn casussen(bron: &str) -> Vec<String> {
    let Some(na) = bron.split("004").nth(1) else { return Vec::new() };
    na.split("casus ")
        .skip(1)
        .map(|s| s.split([':', ';', ')', ',']).next().unwrap_or_default().trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn scenarios(gemeente: &str) -> Vec<Scenario> {
    let map = root().join("tests/scenarios").join(gemeente);
    let mut uit = Vec::new();
    for e in std::fs::read_dir(&map).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "yaml") {
            uit.extend(uit_yaml(&std::fs::read_to_string(&p).unwrap()).unwrap());
        }
    }
    uit
}

#[test]
fn reads_the_case_names() {
    assert_eq!(casussen("004 (casus familie Vos: schulden); 000 par. 9.4"), ["familie Vos"]);
    assert_eq!(casussen("004 (casus Anke Bovelander, kostendelersnorm)"), ["Anke Bovelander"]);
    assert!(casussen("000 par. 9.4 (alle inkomensvragen)").is_empty());
}

#[test]
fn every_cited_004_case_raises_its_signal() {
    let normen = Normen::ingebouwd().unwrap();
    let shared = std::env::var("BUR_SHARED").map_or_else(|_| root().join("../shared"), PathBuf::from);
    let seed = std::fs::read_dir(shared.join("seeds")).ok().and_then(|d| {
        d.flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with("004"))
            .and_then(|e| std::fs::read_to_string(e.path()).ok())
    });
    let mut gezien = 0;
    for gemeente in ["bunschoten", "montferland", "roosendaal"] {
        let pad = root().join("policies").join(format!("{gemeente}.toml"));
        let policy = Policy::uit_toml(&pad.display().to_string(), &std::fs::read_to_string(&pad).unwrap()).unwrap();
        let eigen = scenarios(gemeente);
        for signaal in &policy.signalen {
            for casus in casussen(&signaal.bron) {
                gezien += 1;
                if let Some(tekst) = &seed {
                    assert!(
                        tekst.contains(&casus),
                        "{gemeente}: signaal {} noemt casus '{casus}', die niet in 004 staat",
                        signaal.id
                    );
                }
                let houdt = eigen.iter().filter(|s| s.bron.contains("004") && s.bron.contains(&casus));
                let mut gevonden = false;
                for s in houdt {
                    let met_signaal =
                        s.verwacht.maatwerk.as_ref().is_some_and(|m| m.iter().any(|id| **id == *signaal.id));
                    if met_signaal {
                        let verschillen = controleer(s, &policy, &normen);
                        assert!(verschillen.is_empty(), "{gemeente}: {}: {verschillen:?}", s.naam);
                        gevonden = true;
                    }
                }
                assert!(
                    gevonden,
                    "{gemeente}: signaal {} noemt 004 casus '{casus}', maar geen scenario in tests/scenarios/{gemeente} met die casus in zijn bron verwacht dat signaal",
                    signaal.id
                );
            }
        }
    }
    assert!(gezien >= 9, "expected the three 004 cases in each of the three policies, saw {gezien}");
}
