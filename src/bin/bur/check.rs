//! `bur check`: every problem in every file, each located; exit 1 if there is any.

use crate::files;
use bur::{Diagnose, Normen, Policy};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let bestanden: Vec<PathBuf> = if argv.is_empty() {
        files::onder(&files::policymap(None), "toml")?
    } else {
        let mut lijst = Vec::new();
        for a in argv {
            let p = PathBuf::from(a);
            if p.is_dir() {
                lijst.extend(files::onder(&p, "toml")?);
            } else {
                lijst.push(p);
            }
        }
        lijst
    };
    let mut problemen = 0usize;
    for pad in &bestanden {
        let naam = pad.display().to_string();
        let tekst = match std::fs::read_to_string(pad) {
            Ok(t) => t,
            Err(e) => {
                println!("{naam}: kan niet gelezen worden: {e}");
                problemen += 1;
                continue;
            }
        };
        if let Err(diagnoses) = controleer(&naam, &tekst) {
            for d in &diagnoses {
                println!("{d}");
            }
            problemen += diagnoses.len();
        }
    }
    println!("bur check: {} bestanden, {} problemen", bestanden.len(), problemen);
    Ok(if problemen == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Checks one TOML file as what it is: the national norms and the general rules are recognised
/// by their own top-level tables, anything else is a gemeente's policy.
fn controleer(naam: &str, tekst: &str) -> Result<(), Vec<Diagnose>> {
    let heeft = |tabel: &str| tekst.lines().any(|l| l.trim_start().starts_with(tabel));
    if heeft("[[bijstandsnormen]]") {
        Normen::uit_toml(naam, tekst).map(|_| ())
    } else if heeft("[[groep]]") {
        Policy::controleer_algemeen(naam, tekst)
    } else if heeft("[[artikel]]") {
        // a dekking file (policies/dekking/): the articles of a seed; `bur dekking` checks them
        bur::dekking::Dekking::uit_toml(tekst).map(|_| ()).map_err(|fouten| {
            let diagnose = |f: bur::dekking::Fout| Diagnose {
                code: "dekking",
                bestand: naam.to_string(),
                regeling: None,
                veld: f.veld,
                bericht: f.bericht,
            };
            fouten.into_iter().map(diagnose).collect()
        })
    } else {
        Policy::uit_toml(naam, tekst).map(|_| ())
    }
}
