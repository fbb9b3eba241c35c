//! `bur eval` and `bur vragen`: one household, report or questions as JSON on stdout (the
//! compact report the widget gets; `--taal nl|en` says it in words instead, from the message
//! catalogs); bad answers as field messages on stderr with exit code 1.

use crate::{args, files};
use bur::Datum;
use std::process::ExitCode;

pub fn run(argv: &[String], alleen_vragen: bool) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["gemeente", "peildatum", "policies", "normen", "regelingen", "taal"])?;
    let gemeente = a.vlaggen.get("gemeente").ok_or("--gemeente ontbreekt")?;
    let peildatum = a.vlaggen.get("peildatum").ok_or("--peildatum ontbreekt")?;
    let peildatum =
        Datum::parse(peildatum).ok_or_else(|| format!("--peildatum '{peildatum}' is geen datum als 2025-09-15"))?;
    let [bestand] = a.rest.as_slice() else {
        return Err("geef precies een antwoordenbestand (of - voor stdin)".into());
    };
    let regelingen: Option<Vec<String>> =
        a.vlaggen.get("regelingen").map(|r| r.split(',').map(|s| s.trim().to_string()).collect());
    let normen = files::normen(a.vlaggen.get("normen"))?;
    let policy = files::policy(&files::policymap(a.vlaggen.get("policies")), gemeente)?;
    let antwoorden = match files::antwoorden(bestand)? {
        Ok(a) => a,
        Err(fouten) => {
            let catalogus = bur::catalogus::Catalogus::van(a.vlaggen.get("taal").map_or("nl", String::as_str))?;
            for f in &fouten {
                eprintln!("{bestand}: {}: {}", f.veld, catalogus.bericht(&f.bericht));
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    let report = bur::evaluate_regelingen(&policy, &normen, &antwoorden, peildatum, regelingen.as_deref())
        .map_err(|e| e.to_string())?;
    let json = if alleen_vragen {
        serde_json::to_string_pretty(&report.vragen).map_err(|e| e.to_string())?
    } else if let Some(taal) = a.vlaggen.get("taal") {
        crate::woorden::report(&report, bur::catalogus::Catalogus::van(taal)?)
    } else {
        let compact = bur::report::json::schrijf(&report, &policy.teksttabel());
        let waarde: serde_json::Value = serde_json::from_str(&compact).map_err(|e| e.to_string())?;
        serde_json::to_string_pretty(&waarde).map_err(|e| e.to_string())?
    };
    // A reader that stops early (`| head`) closes the pipe: that is not an error, and
    // `println!` would panic on it.
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{json}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(ExitCode::SUCCESS),
    }
}
