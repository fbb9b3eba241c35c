//! `bur json`: the policy files as the widget loads them. The engine in the browser reads the
//! compiled policy (the checked model as JSON) and neither parses TOML nor repeats the checks,
//! which keeps the WebAssembly module small. So every file is checked here exactly as
//! `bur check` does, and a file with any problem is not written: it never reaches the site.

use crate::args;
use bur::Policy;
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
        let policy = match Policy::uit_toml(pad, &tekst) {
            Ok(p) => p,
            Err(diagnoses) => {
                for d in &diagnoses {
                    println!("{d}");
                }
                fouten += diagnoses.len();
                continue;
            }
        };
        let naam = Path::new(pad).with_extension("json");
        let naam = naam.file_name().ok_or_else(|| format!("{pad}: geen bestandsnaam"))?;
        let doel = Path::new(uit).join(naam);
        std::fs::write(&doel, policy.gepubliceerd()).map_err(|e| format!("{}: {e}", doel.display()))?;
    }
    Ok(if fouten == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
