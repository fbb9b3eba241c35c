//! The gemeenten this receiver takes requests for. A request names its gemeente, which becomes
//! part of the reference; a receiver that took any name would file requests for a gemeente it
//! does not serve (or for none: `KTG--000016`).

use crate::schema::is_gemeente_id;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Gemeenten(BTreeSet<String>);

impl Gemeenten {
    /// The ids given with `--gemeenten`, and those of the compiled policy files (`*.json`) in
    /// each `--policies` folder. At least one, or the server would refuse every request.
    pub fn uit(lijst: &[String], mappen: &[PathBuf]) -> Result<Gemeenten, String> {
        let mut ids = BTreeSet::new();
        for id in lijst {
            if !is_gemeente_id(id) {
                return Err(format!("--gemeenten: \"{id}\" is geen gemeente-id (kleine letters, cijfers en -)"));
            }
            ids.insert(id.clone());
        }
        for map in mappen {
            ids.extend(uit_map(map)?);
        }
        if ids.is_empty() {
            return Err(
                "geen gemeente bekend: geef --gemeenten bunschoten,roosendaal of --policies dist/policies".into()
            );
        }
        Ok(Gemeenten(ids))
    }

    pub fn kent(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// `bunschoten, roosendaal`: for the start-up line and messages.
    pub fn opsomming(&self) -> String {
        self.0.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
    }
}

/// The `gemeente.id` of every `*.json` in the folder (as `bur json` compiles them, e.g.
/// `dist/policies/`). A file without one stops the start: a typo in the folder should not
/// quietly leave a gemeente out.
fn uit_map(map: &Path) -> Result<Vec<String>, String> {
    let fout = |e: std::io::Error| format!("--policies {}: {e}", map.display());
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(map).map_err(fout)? {
        let pad = entry.map_err(fout)?.path();
        if pad.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let tekst = std::fs::read_to_string(&pad).map_err(|e| format!("{}: {e}", pad.display()))?;
        let policy: Value = serde_json::from_str(&tekst).map_err(|e| format!("{}: geen JSON: {e}", pad.display()))?;
        match policy.get("gemeente").and_then(|g| g.get("id")).and_then(Value::as_str) {
            Some(id) if is_gemeente_id(id) => ids.push(id.to_string()),
            _ => return Err(format!("{}: geen policy met een geldige gemeente.id", pad.display())),
        }
    }
    if ids.is_empty() {
        return Err(format!("--policies {}: geen policy-bestanden (*.json)", map.display()));
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_list_and_the_policy_folder_add_up_and_none_is_an_error() {
        let map = std::env::temp_dir().join(format!("bur-ontvanger-gemeenten-{}", std::process::id()));
        std::fs::create_dir_all(&map).unwrap();
        std::fs::write(map.join("roosendaal.json"), r#"{"gemeente": {"id": "roosendaal", "naam": "Roosendaal"}}"#)
            .unwrap();
        std::fs::write(map.join("LEESMIJ.txt"), "geen policy").unwrap();
        let g = Gemeenten::uit(&["bunschoten".into()], std::slice::from_ref(&map)).unwrap();
        assert!(g.kent("bunschoten") && g.kent("roosendaal") && !g.kent("") && !g.kent("montferland"));
        assert_eq!(g.opsomming(), "bunschoten, roosendaal");
        assert!(Gemeenten::uit(&[], &[]).unwrap_err().contains("geen gemeente bekend"));
        assert!(Gemeenten::uit(&["".into()], &[]).is_err());
        std::fs::write(map.join("kapot.json"), r#"{"gemeente": {}}"#).unwrap();
        assert!(Gemeenten::uit(&[], std::slice::from_ref(&map)).unwrap_err().contains("kapot.json"));
        std::fs::remove_dir_all(&map).unwrap();
    }
}
