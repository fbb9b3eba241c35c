//! Compiles the national data files (`policies/national/*.toml`) to JSON for the engine to build
//! in, so that the WebAssembly module needs no TOML parser. Their checks run when the engine
//! reads them (and in `bur check`); this script only converts. The policy files of the
//! gemeenten are converted here too, for the WebAssembly tests; the site gets its copies from
//! `bur json`, which also validates them.

#[path = "src/toml_json.rs"]
mod toml_json;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=policies");
    println!("cargo::rerun-if-changed=src/toml_json.rs");
    let Ok(uit) = std::env::var("OUT_DIR") else {
        eprintln!("OUT_DIR ontbreekt");
        return ExitCode::FAILURE;
    };
    let mut bestanden =
        vec!["policies/national/normen.toml".to_string(), "policies/national/algemeen.toml".to_string()];
    if let Ok(lijst) = std::fs::read_dir("policies") {
        let mut eigen: Vec<String> = lijst
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .filter_map(|p| p.to_str().map(str::to_string))
            .collect();
        eigen.sort();
        bestanden.extend(eigen);
    }
    for bestand in bestanden {
        if let Err(e) = converteer(&bestand, Path::new(&uit)) {
            eprintln!("{bestand}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn converteer(bestand: &str, uit: &Path) -> Result<(), String> {
    let tekst = std::fs::read_to_string(bestand).map_err(|e| e.to_string())?;
    let tabel: toml::Table = tekst.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let json = serde_json::to_string(&serde_json::Value::Object(toml_json::tabel_naar_json(tabel)))
        .map_err(|e| e.to_string())?;
    let naam = Path::new(bestand).with_extension("json");
    let naam = naam.file_name().ok_or("geen bestandsnaam")?;
    std::fs::write(uit.join(naam), json).map_err(|e| e.to_string())
}
