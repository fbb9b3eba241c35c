//! The catalogs as files: each folder of `locales/` is a language, its `.ftl` files (one per part
//! of the engine or widget) joined in name order. Used by build.rs, which builds them in, and by
//! `bur catalogus --locales`, which checks them as they are on disk.

use std::path::Path;

/// Per language (Dutch first, then by code) its joined catalog.
pub fn lees(map: &Path) -> Result<Vec<(String, String)>, String> {
    let mut uit = Vec::new();
    for taal in std::fs::read_dir(map).map_err(|e| format!("{}: {e}", map.display()))? {
        let taal = taal.map_err(|e| e.to_string())?.path();
        let Some(code) = taal.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !taal.is_dir() {
            continue;
        }
        let mut delen: Vec<_> = std::fs::read_dir(&taal)
            .map_err(|e| format!("{}: {e}", taal.display()))?
            .filter_map(|f| f.ok().map(|f| f.path()))
            .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
            .collect();
        delen.sort();
        let mut samen = String::new();
        for deel in delen {
            samen.push_str(&std::fs::read_to_string(&deel).map_err(|e| format!("{}: {e}", deel.display()))?);
            samen.push('\n');
        }
        uit.push((code, samen));
    }
    uit.sort_by_key(|(t, _)| (t != "nl", t.clone()));
    Ok(uit)
}
