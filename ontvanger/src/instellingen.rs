//! The command line. Unknown options stop the start: a misspelt `--origin` must not leave a
//! receiver running with the default.

use std::path::PathBuf;

#[derive(Debug)]
pub struct Instellingen {
    pub adres: String,
    pub database: String,
    pub origins: Vec<String>,
    pub storing: u32,
    pub lijst: bool,
    pub gemeenten: Vec<String>,
    pub policies: Vec<PathBuf>,
}

pub const GEBRUIK: &str = "gebruik: bur-ontvanger [--adres 127.0.0.1:8787] [--database keukentafel.sqlite] \
[--origin https://www.gemeente.nl] (--gemeenten bunschoten,roosendaal | --policies dist/policies) [--storing N]
       bur-ontvanger --lijst [--database keukentafel.sqlite]";

pub fn lees(args: impl IntoIterator<Item = String>) -> Result<Instellingen, String> {
    let mut i = Instellingen {
        adres: "127.0.0.1:8787".into(),
        database: "keukentafel.sqlite".into(),
        origins: vec!["http://127.0.0.1:8080".into()],
        storing: 0,
        lijst: false,
        gemeenten: Vec::new(),
        policies: Vec::new(),
    };
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let mut waarde = || args.next().ok_or(format!("{a} mist een waarde"));
        match a.as_str() {
            "--adres" => i.adres = waarde()?,
            "--database" => i.database = waarde()?,
            "--origin" => i.origins = lijst(&waarde()?),
            "--gemeenten" => i.gemeenten.extend(lijst(&waarde()?)),
            "--policies" => i.policies.push(PathBuf::from(waarde()?)),
            "--lijst" => i.lijst = true,
            "--storing" => i.storing = waarde()?.parse().map_err(|_| "--storing: een aantal".to_string())?,
            _ => return Err(format!("onbekende optie {a}")),
        }
    }
    Ok(i)
}

/// A comma list without its spaces and empty entries (`bunschoten, roosendaal,`).
fn lijst(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_are_read_and_repeated_gemeente_options_add_up() {
        let i =
            lees(args("--gemeenten bunschoten,roosendaal --gemeenten montferland --policies p --origin *,http://a"))
                .unwrap();
        assert_eq!(i.gemeenten, ["bunschoten", "roosendaal", "montferland"]);
        assert_eq!(i.policies, [PathBuf::from("p")]);
        assert_eq!(i.origins, ["*", "http://a"]);
        assert_eq!(i.adres, "127.0.0.1:8787");
        assert!(lees(args("--orgin x")).unwrap_err().contains("--orgin"));
        assert!(lees(args("--storing")).unwrap_err().contains("mist een waarde"));
    }
}
