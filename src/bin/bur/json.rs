//! `bur json`: the policy files as the widget loads them. The WebAssembly engine reads JSON
//! only (no TOML parser in the module), so the build compiles every file here, after checking
//! it exactly as `bur check` does: a broken policy never reaches the site.

use crate::{args, check};
use std::path::Path;
use std::process::ExitCode;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["uit"])?;
    let uit = a.vlaggen.get("uit").ok_or("geef de doelmap met --uit MAP")?;
    if a.rest.is_empty() {
        return Err("geef de policybestanden (TOML) om te vertalen".into());
    }
    std::fs::create_dir_all(uit).map_err(|e| format!("{uit}: {e}"))?;
    let mut fouten = 0usize;
    for pad in &a.rest {
        let tekst = std::fs::read_to_string(pad).map_err(|e| format!("{pad}: {e}"))?;
        if let Err(diagnoses) = check::controleer(pad, &tekst) {
            for d in &diagnoses {
                println!("{d}");
            }
            fouten += diagnoses.len();
            continue;
        }
        let tabel: toml::Table = tekst.parse().map_err(|e| format!("{pad}: {e}"))?;
        let json = serde_json::to_string(&serde_json::Value::Object(bur::toml_json::tabel_naar_json(tabel)))
            .map_err(|e| format!("{pad}: {e}"))?;
        let naam = Path::new(pad).with_extension("json");
        let naam = naam.file_name().ok_or_else(|| format!("{pad}: geen bestandsnaam"))?;
        let doel = Path::new(uit).join(naam);
        std::fs::write(&doel, json).map_err(|e| format!("{}: {e}", doel.display()))?;
    }
    Ok(if fouten == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
