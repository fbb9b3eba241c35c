//! `bur scenarios DIR...`: every *.yaml under the folders; each failure with file, naam,
//! regeling, expected and actual; the closing line `N passed, M failed`.

use crate::{args, files};
use bur::scenario;
use bur::Policy;
use std::collections::BTreeMap;
use std::process::ExitCode;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["policies", "normen"])?;
    if a.rest.is_empty() {
        return Err("geef een of meer mappen met scenario's".into());
    }
    let normen = files::normen(a.vlaggen.get("normen"))?;
    let map = files::policymap(a.vlaggen.get("policies"));
    let mut policies: BTreeMap<String, Result<Policy, String>> = BTreeMap::new();
    let (mut geslaagd, mut mislukt) = (0usize, 0usize);
    for dir in &a.rest {
        let bestanden = if std::path::Path::new(dir).is_file() {
            vec![dir.into()]
        } else {
            files::onder(std::path::Path::new(dir), "yaml")?
        };
        for pad in bestanden {
            let naam = pad.display().to_string();
            let scenarios =
                std::fs::read_to_string(&pad).map_err(|e| e.to_string()).and_then(|t| scenario::uit_yaml(&t));
            let scenarios = match scenarios {
                Ok(s) => s,
                Err(e) => {
                    println!("FAIL {naam}\n  {e}");
                    mislukt += 1;
                    continue;
                }
            };
            for s in scenarios {
                let policy = policies.entry(s.gemeente.clone()).or_insert_with(|| files::policy(&map, &s.gemeente));
                let verschillen = match policy {
                    Ok(p) => scenario::controleer(&s, p, &normen),
                    Err(e) => vec![e.clone()],
                };
                if verschillen.is_empty() {
                    geslaagd += 1;
                } else {
                    mislukt += 1;
                    println!("FAIL {naam}: {}", s.naam);
                    for v in verschillen {
                        println!("  {v}");
                    }
                }
            }
        }
    }
    println!("{geslaagd} passed, {mislukt} failed");
    Ok(if mislukt == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
