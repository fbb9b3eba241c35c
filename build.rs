//! Compiles the national data files (`policies/national/*.toml`) to JSON for the engine to build
//! in, so that the WebAssembly module needs no TOML parser. Their checks run when the engine
//! reads them (and in `bur check`); this script only converts. The gemeenten's policies reach
//! the site through `bur json`. It also joins each language's message catalogs
//! (`locales/<taal>/*.ftl`, one file per part of the engine) into one file per language: what
//! `catalogus.rs` builds in and `bur catalogus` writes for the widget.

#[path = "src/toml_json.rs"]
mod toml_json;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=policies/national");
    println!("cargo::rerun-if-changed=src/toml_json.rs");
    println!("cargo::rerun-if-changed=locales");
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
    if let Err(e) = catalogi(Path::new("locales"), Path::new(&uit)) {
        eprintln!("locales: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// `locales/nl/*.ftl` to `$OUT_DIR/nl.ftl`, the files in name order.
fn catalogi(map: &Path, uit: &Path) -> Result<(), String> {
    for taal in std::fs::read_dir(map).map_err(|e| e.to_string())? {
        let taal = taal.map_err(|e| e.to_string())?.path();
        let Some(code) = taal.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !taal.is_dir() {
            continue;
        }
        let mut delen: Vec<_> = std::fs::read_dir(&taal)
            .map_err(|e| e.to_string())?
            .filter_map(|f| f.ok().map(|f| f.path()))
            .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
            .collect();
        delen.sort();
        let mut samen = String::new();
        for deel in delen {
            samen.push_str(&std::fs::read_to_string(&deel).map_err(|e| format!("{}: {e}", deel.display()))?);
            samen.push('\n');
        }
        std::fs::write(uit.join(format!("{code}.ftl")), samen).map_err(|e| e.to_string())?;
    }
    Ok(())
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
