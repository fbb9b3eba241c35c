//! `bur catalogus`: checks the message catalogs against Dutch (every key, no placeholder Dutch
//! lacks) and with `--uit MAP` writes one file per language for the widget. With `--locales MAP`
//! it checks the source folders as they are on disk, without a build: what a translator runs.

use crate::args;
use bur::catalogus::{bron, bundel, TALEN};
use std::path::Path;
use std::process::ExitCode;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["uit", "locales"])?;
    let catalogi = match a.vlaggen.get("locales") {
        Some(map) => crate::catalogus_bestanden::lees(Path::new(map))?,
        None => TALEN.iter().map(|t| (t.to_string(), bron(t).unwrap_or_default().to_string())).collect(),
    };
    let nl = catalogi
        .iter()
        .find(|(t, _)| t == "nl")
        .map(|(_, tekst)| tekst.as_str())
        .ok_or("geen Nederlandse catalogus")?;
    // Dutch is read once: every language is compared with it, and plaatshouders.json says it.
    let nl_berichten = bur::catalogus_check::berichten(nl).map_err(|e| format!("locales/nl: {e}"))?;
    let mut fouten = Vec::new();
    for (taal, tekst) in &catalogi {
        if let Err(e) = bundel(taal, tekst) {
            fouten.push(e);
        }
        if taal != "nl" {
            fouten.extend(bur::catalogus_check::vergelijk(taal, &nl_berichten, tekst));
        }
    }
    // The numbers of the compact report, and the keys `docs_zin!` accepts, come from build.rs's
    // own reading of the Dutch keys. Fluent must know every key build.rs listed (it reads
    // lines, not the grammar).
    let mut gelezen = bur::uitleg::SLEUTELS.iter().chain(bur::uitleg::NIET_GENUMMERD.iter());
    if let Some(s) = gelezen.find(|s| !nl_berichten.contains_key(**s)) {
        fouten.push(format!("locales/nl: build.rs las '{s}' als sleutel, Fluent niet"));
    }
    for f in &fouten {
        println!("{f}");
    }
    if !fouten.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    if let Some(uit) = a.vlaggen.get("uit") {
        std::fs::create_dir_all(uit).map_err(|e| format!("{uit}: {e}"))?;
        // From the folders (checked above as built in, or as given): the widget never says
        // the overview's words, so they stay out of what it loads.
        let map = Path::new(a.vlaggen.get("locales").map_or("locales", String::as_str));
        for (taal, _) in &catalogi {
            let doel = Path::new(uit).join(format!("{taal}.ftl"));
            let tekst = crate::catalogus_bestanden::voor_widget(&map.join(taal))?;
            std::fs::write(&doel, tekst).map_err(|e| format!("{}: {e}", doel.display()))?;
        }
        let doel = Path::new(uit).join("plaatshouders.json");
        std::fs::write(&doel, plaatshouders(&nl_berichten)?).map_err(|e| format!("{}: {e}", doel.display()))?;
    }
    println!("bur catalogus: {} talen, elke sleutel en plaatshouder van het Nederlands", catalogi.len());
    Ok(ExitCode::SUCCESS)
}

/// `plaatshouders.json`, what the widget needs to read a report's messages: per message number
/// (its place among the engine's Dutch keys) the key, and the names of its arguments in the order the
/// report gives them: `{"vingerafdruk": n, "berichten": ["key", ["key", ["naam", ...]], ...]}`.
fn plaatshouders(berichten: &bur::catalogus_check::Berichten) -> Result<String, String> {
    let lijst: Vec<serde_json::Value> = bur::uitleg::SLEUTELS
        .iter()
        .map(|sleutel| match berichten.get(*sleutel) {
            Some(namen) if !namen.is_empty() => serde_json::json!([sleutel, namen]),
            _ => serde_json::json!(sleutel),
        })
        .collect();
    serde_json::to_string(&serde_json::json!({ "vingerafdruk": bur::uitleg::VINGERAFDRUK, "berichten": lijst }))
        .map_err(|e| e.to_string())
}
