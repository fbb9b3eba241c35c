//! The catalogs as files: each folder of `locales/` is a language, its `.ftl` files (one per part
//! of the engine or widget) joined in name order. Used by build.rs, which builds them in, and by
//! `bur catalogus --locales`, which checks them as they are on disk.

use std::path::Path;

/// The parts of a catalog that are not numbered for the compact report: the widget's own words
/// (its screens, questions, the keukentafelgesprek form, the demo pages) and the regelingen
/// overview of `bur docs` (`beschrijving`, made with `docs_zin!`). Every other part is the
/// engine's: only those messages are numbered (build.rs), so a change of these words leaves
/// the module and `plaatshouders.json` as they are.
#[allow(dead_code)] // build.rs numbers the others; the CLI reads every part
pub const NIET_IN_RAPPORT: &[&str] = &["beschrijving", "gesprek", "pagina", "vragen", "widget"];

/// Parts only `bur docs` says: the widget's files leave them out (`voor_widget`).
#[allow(dead_code)] // for the CLI; build.rs builds every part in
pub const ALLEEN_VOOR_DOCS: &[&str] = &["beschrijving"];

/// Per language (Dutch first, then by code) its joined catalog.
pub fn lees(map: &Path) -> Result<Vec<(String, String)>, String> {
    let mut uit = Vec::new();
    for taal in std::fs::read_dir(map).map_err(|e| format!("{}: {e}", map.display()))? {
        let taal = taal.map_err(|e| e.to_string())?.path();
        let Some(code) = taal.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !taal.is_dir() {
            continue;
        }
        uit.push((code, voeg_samen(&taal, |_| true)?));
    }
    uit.sort_by_key(|(t, _)| (t != "nl", t.clone()));
    Ok(uit)
}

/// The engine's parts of one language's folder, joined.
#[allow(dead_code)] // for build.rs
pub fn motor(taal: &Path) -> Result<String, String> {
    voeg_samen(taal, |deel| !NIET_IN_RAPPORT.contains(&deel))
}

/// The parts of one language's folder that are not numbered (`NIET_IN_RAPPORT`), joined.
#[allow(dead_code)] // for build.rs
pub fn niet_in_rapport(taal: &Path) -> Result<String, String> {
    voeg_samen(taal, |deel| NIET_IN_RAPPORT.contains(&deel))
}

/// One language's folder as the widget loads it: every part but those for `bur docs`.
#[allow(dead_code)] // for the CLI
pub fn voor_widget(taal: &Path) -> Result<String, String> {
    voeg_samen(taal, |deel| !ALLEEN_VOOR_DOCS.contains(&deel))
}

fn voeg_samen(taal: &Path, neem: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut delen: Vec<_> = std::fs::read_dir(taal)
        .map_err(|e| format!("{}: {e}", taal.display()))?
        .filter_map(|f| f.ok().map(|f| f.path()))
        .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
        .filter(|f| f.file_stem().and_then(|s| s.to_str()).is_some_and(&neem))
        .collect();
    delen.sort();
    let mut samen = String::new();
    for deel in delen {
        samen.push_str(&std::fs::read_to_string(&deel).map_err(|e| format!("{}: {e}", deel.display()))?);
        samen.push('\n');
    }
    Ok(samen)
}
