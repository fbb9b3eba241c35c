//! Finding and reading the files the engine itself never touches: policies, norms, answers.

use bur::{Antwoorden, Normen, Policy};
use std::fs;
use std::path::{Path, PathBuf};

/// `--policies`, else `./policies`. Never a folder the binary happened to be built in: a copy
/// run elsewhere would silently read other rules than the ones beside it.
pub fn policymap(optie: Option<&String>) -> PathBuf {
    optie.map_or_else(|| PathBuf::from("policies"), PathBuf::from)
}

pub fn normen(optie: Option<&String>) -> Result<Normen, String> {
    let (bestand, tekst) = match optie {
        Some(p) => (p.clone(), fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?),
        None => (bur::norms::INGEBOUWD_BESTAND.to_string(), String::new()),
    };
    let gelezen = match optie {
        None => Normen::ingebouwd(),
        Some(_) => Normen::uit_toml(&bestand, &tekst),
    };
    gelezen.map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}

pub fn policy(map: &Path, gemeente: &str) -> Result<Policy, String> {
    let pad = map.join(format!("{gemeente}.toml"));
    let tekst = fs::read_to_string(&pad)
        .map_err(|_| format!("gemeente '{gemeente}' heeft nog geen policy ({} bestaat niet)", pad.display()))?;
    Policy::uit_toml(&pad.display().to_string(), &tekst)
        .map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}

/// Answers from a YAML or JSON file (`-`: standard input, JSON or YAML).
pub fn antwoorden(pad: &str) -> Result<Result<Antwoorden, Vec<bur::Veldfout>>, String> {
    let tekst = if pad == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| e.to_string())?;
        s
    } else {
        fs::read_to_string(pad).map_err(|e| format!("{pad}: {e}"))?
    };
    if pad.ends_with(".json") || tekst.trim_start().starts_with('{') {
        return Ok(Antwoorden::uit_json(&tekst));
    }
    let docs = bur::yaml::naar_json(&tekst).map_err(|e| format!("{pad}: {e}"))?;
    let waarde = docs.into_iter().next().unwrap_or(serde_json::Value::Object(Default::default()));
    Ok(Antwoorden::uit_waarde(&waarde))
}

/// Every file under `map` with the extension, sorted, so runs are repeatable.
pub fn onder(map: &Path, extensie: &str) -> Result<Vec<PathBuf>, String> {
    let mut uit = Vec::new();
    let mut open = vec![map.to_path_buf()];
    while let Some(m) = open.pop() {
        let items = fs::read_dir(&m).map_err(|e| format!("{}: {e}", m.display()))?;
        for item in items {
            let pad = item.map_err(|e| e.to_string())?.path();
            if pad.is_dir() {
                open.push(pad);
            } else if pad.extension().is_some_and(|e| e == extensie) {
                uit.push(pad);
            }
        }
    }
    uit.sort();
    Ok(uit)
}
