//! YAML answers and scenario files, read into the same JSON value the widget sends. A YAML
//! number keeps its written digits (`1300.61` stays exactly that), so no amount passes
//! through a float. Native only: the widget speaks JSON.

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// The documents of a YAML text, as JSON values.
pub fn naar_json(tekst: &str) -> Result<Vec<Value>, String> {
    let documenten = YamlLoader::load_from_str(tekst).map_err(|e| format!("geen geldige YAML: {e}"))?;
    documenten.iter().map(|d| waarde(d, 0)).collect()
}

/// Deeper than this is no household; the limit keeps recursion bounded on hostile input.
const MAX_DIEPTE: usize = 32;

fn waarde(y: &Yaml, diepte: usize) -> Result<Value, String> {
    if diepte > MAX_DIEPTE {
        return Err("de YAML is te diep genest".into());
    }
    Ok(match y {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Integer(i) => Value::Number(Number::from(*i)),
        // The digits as written; a form JSON cannot hold (`.5`, `1e3`) stays text, which the
        // answers parser reads as a decimal too.
        Yaml::Real(tekst) => {
            serde_json::from_str::<Number>(tekst).map_or_else(|_| Value::String(tekst.clone()), Value::Number)
        }
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Array(lijst) => Value::Array(lijst.iter().map(|w| waarde(w, diepte + 1)).collect::<Result<_, _>>()?),
        Yaml::Hash(h) => {
            let mut map = Map::new();
            for (k, v) in h {
                let sleutel = match k {
                    Yaml::String(s) => s.clone(),
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    _ => return Err(format!("een sleutel moet tekst zijn, niet {k:?}")),
                };
                map.insert(sleutel, waarde(v, diepte + 1)?);
            }
            Value::Object(map)
        }
        Yaml::Alias(_) => return Err("YAML-aliassen worden niet ondersteund".into()),
        Yaml::BadValue => return Err("ongeldige YAML-waarde".into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_digits() {
        let v = naar_json("a: 1300.61\nb: 0.1\nc: 38\nd: null\ne: [1, x]").unwrap();
        assert_eq!(v[0]["a"].to_string(), "1300.61");
        assert_eq!(v[0]["b"].to_string(), "0.1");
        assert_eq!(v[0]["c"], Value::Number(38.into()));
        assert_eq!(v[0]["d"], Value::Null);
        assert_eq!(v[0]["e"][1], Value::String("x".into()));
    }

    #[test]
    fn bad_yaml_is_an_error_not_a_panic() {
        assert!(naar_json("a: [1, 2").is_err());
        assert!(naar_json("? [a]\n: 1").is_err());
    }
}
