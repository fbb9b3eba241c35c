//! Compiles the national data files (`policies/national/*.toml`) to JSON for the engine to build
//! in, so that the WebAssembly module needs no TOML parser. Their checks run when the engine
//! reads them (and in `bur check`); this script only converts. The gemeenten's policies reach
//! the site through `bur json`. It also joins each language's message catalogs
//! (`locales/<taal>/*.ftl`, one file per part of the engine) into one file per language: what
//! `catalogus.rs` builds in and `bur catalogus` writes for the widget.

#[path = "src/toml_json.rs"]
mod toml_json;

#[path = "src/bin/bur/catalogus_bestanden.rs"]
mod catalogus_bestanden;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=policies/national");
    println!("cargo::rerun-if-changed=src/toml_json.rs");
    println!("cargo::rerun-if-changed=src/bin/bur/catalogus_bestanden.rs");
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

/// `locales/nl/*.ftl` to `$OUT_DIR/nl.ftl`, and `$OUT_DIR/talen.rs`: the languages (Dutch
/// first) and their joined texts, so a language is added by adding its folder.
fn catalogi(map: &Path, uit: &Path) -> Result<(), String> {
    let talen = catalogus_bestanden::lees(map)?;
    let mut lijst = Vec::new();
    let mut armen = String::new();
    for (code, samen) in &talen {
        std::fs::write(uit.join(format!("{code}.ftl")), samen).map_err(|e| e.to_string())?;
        lijst.push(format!("{code:?}"));
        armen.push_str(&format!(
            "        {code:?} => Some(include_str!(concat!(env!(\"OUT_DIR\"), \"/{code}.ftl\"))),\n"
        ));
    }
    let rs = format!(
        "/// The languages with a catalog, Dutch first: it is leading, and complete by the catalog check.\n\
         pub const TALEN: &[&str] = &[{}];\n\n\
         /// The joined catalog of a language, every part (the widget loads it without the parts\n\
         /// only `bur docs` says: `bur catalogus --uit`).\n\
         pub fn bron(taal: &str) -> Option<&'static str> {{\n    match taal {{\n{armen}        _ => None,\n    }}\n}}\n",
        lijst.join(", ")
    );
    std::fs::write(uit.join("talen.rs"), rs).map_err(|e| e.to_string())?;
    let motor = catalogus_bestanden::motor(&map.join("nl"))?;
    let overig = catalogus_bestanden::niet_in_rapport(&map.join("nl"))?;
    std::fs::write(uit.join("sleutels.rs"), sleutels(&motor, &overig)).map_err(|e| e.to_string())
}

/// The message keys of a catalog's text, sorted. A message starts a line with its identifier
/// (continuations are indented, terms start with '-', comments with '#'); `bur catalogus`
/// checks the lists against Fluent's own parser.
fn sleutellijst(tekst: &str) -> Vec<&str> {
    let mut sleutels: Vec<&str> = tekst
        .lines()
        .filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|r| r.split_once('=').map(|(k, _)| k.trim()))
        .collect();
    sleutels.sort_unstable();
    sleutels.dedup();
    sleutels
}

/// `$OUT_DIR/sleutels.rs`: the message keys of the engine's parts of the Dutch catalog in
/// order, `SLEUTELS` (a message's number in the compact report is its place there,
/// src/uitleg.rs), and those of the parts not numbered, `NIET_GENUMMERD` (for `docs_zin!`).
fn sleutels(motor: &str, overig: &str) -> String {
    let sleutels = sleutellijst(motor);
    let lijst: Vec<String> = sleutels.iter().map(|s| format!("    {s:?},\n")).collect();
    let overig = sleutellijst(overig);
    let overig_lijst: Vec<String> = overig.iter().map(|s| format!("    {s:?},\n")).collect();
    // FNV-1a over the keys: the widget compares it with its plaatshouders.json, so numbers
    // from one build are never read with the keys of another.
    let mut vingerafdruk: u32 = 0x811c_9dc5;
    for b in sleutels.join("\n").bytes() {
        vingerafdruk = (vingerafdruk ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!(
        "/// The message keys of the engine's parts of the Dutch catalog, sorted (build.rs).\npub const SLEUTELS: [&str; {}] = [\n{}];\n\n\
         /// A fingerprint of `SLEUTELS` (FNV-1a of the keys, one a line).\npub const VINGERAFDRUK: u32 = {vingerafdruk};\n\n\
         /// The message keys of the Dutch catalog's parts that are not numbered, sorted (build.rs).\npub const NIET_GENUMMERD: [&str; {}] = [\n{}];\n",
        sleutels.len(),
        lijst.concat(),
        overig.len(),
        overig_lijst.concat()
    )
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
