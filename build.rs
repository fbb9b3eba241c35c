//! Compiles the national data files (`policies/national/*.toml`) to JSON for the engine to build
//! in, so that the WebAssembly module needs no TOML parser. Their checks run when the engine
//! reads them (and in `bur check`); this script only converts. The gemeenten's policies reach
//! the site through `bur json`.

#[path = "src/toml_json.rs"]
mod toml_json;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=policies/national");
    println!("cargo::rerun-if-changed=src/toml_json.rs");
    let Ok(uit) = std::env::var("OUT_DIR") else {
        eprintln!("OUT_DIR ontbreekt");
        return ExitCode::FAILURE;
    };
    for bestand in ["policies/national/normen.toml", "policies/national/algemeen.toml"] {
        if let Err(e) = converteer(bestand, Path::new(&uit)) {
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
