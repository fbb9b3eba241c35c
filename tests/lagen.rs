//! The house's one-way layers: engine <- src/wasm.rs <- www/. Only wasm.rs may know
//! wasm-bindgen or js-sys, and engine code has no I/O, no clock and no environment.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(map).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_bestanden(&p, uit);
        } else if p.extension().is_some_and(|x| x == "rs") {
            uit.push(p);
        }
    }
}

fn engine_bestanden() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut alle = Vec::new();
    rust_bestanden(&src, &mut alle);
    alle.into_iter()
        .map(|p| (p.strip_prefix(&src).unwrap().display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .filter(|(naam, _)| naam != "wasm.rs" && !naam.starts_with("bin/"))
        .collect()
}

/// Code only, without comments and test modules (tests may read files).
fn code(tekst: &str) -> String {
    let zonder_tests = tekst.split("#[cfg(test)]").next().unwrap_or("");
    zonder_tests.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[test]
fn only_wasm_rs_knows_wasm_bindgen() {
    let bestanden = engine_bestanden();
    assert!(bestanden.len() > 10);
    for (naam, tekst) in bestanden {
        for verboden in ["wasm_bindgen", "js_sys", "web_sys", "gloo"] {
            assert!(!code(&tekst).contains(verboden), "{naam} uses {verboden}: only src/wasm.rs may");
        }
    }
}

#[test]
fn the_engine_has_no_io_no_clock_no_environment() {
    for (naam, tekst) in engine_bestanden() {
        for verboden in [
            "std::fs",
            "std::net",
            "std::env",
            "SystemTime",
            "Instant::now",
            "std::io",
            "println!",
            "eprintln!",
            "thread_local!",
            "static mut",
        ] {
            assert!(!code(&tekst).contains(verboden), "{naam} uses {verboden}");
        }
    }
}

#[test]
fn no_floats_near_money() {
    for (naam, tekst) in engine_bestanden() {
        let code = code(&tekst);
        for verboden in ["f64", "f32", "as_f64"] {
            // Only to refuse floats in policy files: visit_f64 (bestand.rs) and is_f64 (lezen/mod.rs),
            // and toml_json.rs passes a TOML float on so that it is refused with its field's name.
            let toegestaan =
                ["bestand.rs", "policy/lezen/mod.rs", "toml_json.rs"].contains(&naam.as_str()) && verboden == "f64";
            assert!(toegestaan || !code.contains(verboden), "{naam} uses {verboden}");
        }
    }
}

/// `wasm-pack test` builds every test target for wasm32, where the native-only dev-dependencies
/// (proptest, criterion) do not exist: a test file using them must be native-only itself.
#[test]
fn native_only_dev_dependencies_stay_in_native_tests() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut bestanden = Vec::new();
    rust_bestanden(&tests, &mut bestanden);
    for p in bestanden {
        let tekst = std::fs::read_to_string(&p).unwrap();
        if ["proptest", "criterion"].iter().any(|k| code(&tekst).contains(k)) {
            assert!(
                tekst.contains("#![cfg(not(target_arch = \"wasm32\"))]"),
                "{} uses a native-only dev-dependency without #![cfg(not(target_arch = \"wasm32\"))]",
                p.display()
            );
        }
    }
}
