//! `bur catalogus`: checks the message catalogs against Dutch (every key, no placeholder Dutch
//! lacks) and with `--uit MAP` writes one file per language for the widget.

use crate::args;
use bur::catalogus::{bron, Catalogus, TALEN};
use std::path::Path;
use std::process::ExitCode;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["uit"])?;
    let nl = bron("nl").ok_or("geen Nederlandse catalogus")?;
    let mut fouten = Vec::new();
    for taal in TALEN {
        let tekst = bron(taal).ok_or_else(|| format!("geen catalogus voor {taal}"))?;
        if let Err(e) = Catalogus::nieuw(taal) {
            fouten.push(e);
        }
        if *taal != "nl" {
            fouten.extend(bur::catalogus_check::vergelijk(taal, nl, tekst));
        }
    }
    for f in &fouten {
        println!("{f}");
    }
    if !fouten.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    if let Some(uit) = a.vlaggen.get("uit") {
        std::fs::create_dir_all(uit).map_err(|e| format!("{uit}: {e}"))?;
        for taal in TALEN {
            let doel = Path::new(uit).join(format!("{taal}.ftl"));
            std::fs::write(&doel, bron(taal).unwrap_or_default()).map_err(|e| format!("{}: {e}", doel.display()))?;
        }
    }
    println!("bur catalogus: {} talen, elke sleutel en plaatshouder van het Nederlands", TALEN.len());
    Ok(ExitCode::SUCCESS)
}
