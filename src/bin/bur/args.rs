//! Flags and positional arguments, without a dependency: the CLI has few options.

use std::collections::BTreeMap;

pub struct Args {
    pub vlaggen: BTreeMap<String, String>,
    pub rest: Vec<String>,
}

/// Splits `--naam waarde` pairs from positional arguments; only `toegestaan` flags are accepted.
pub fn lees(argv: &[String], toegestaan: &[&str]) -> Result<Args, String> {
    let mut vlaggen = BTreeMap::new();
    let mut rest = Vec::new();
    let mut i = argv.iter();
    while let Some(a) = i.next() {
        if a == "--help" || a == "-h" {
            return Err("gebruik 'bur help' voor alle opdrachten en opties".into());
        }
        if let Some(naam) = a.strip_prefix("--") {
            let (naam, waarde) = match naam.split_once('=') {
                Some((n, w)) => (n.to_string(), w.to_string()),
                None => (naam.to_string(), i.next().ok_or_else(|| format!("--{naam} mist een waarde"))?.clone()),
            };
            if !toegestaan.contains(&naam.as_str()) {
                return Err(format!(
                    "onbekende optie --{naam}; mogelijk: {}",
                    toegestaan.iter().map(|t| format!("--{t}")).collect::<Vec<_>>().join(", ")
                ));
            }
            vlaggen.insert(naam, waarde);
        } else {
            rest.push(a.clone());
        }
    }
    Ok(Args { vlaggen, rest })
}
