//! The policy's strings, read as a generic TOML tree: each with the block and key it is under.

use std::collections::BTreeSet;
use std::fmt;

/// A string of a policy file, with where it is: `plek` names the block (`regeling kindpakket,
/// voorwaarde 2`), `veld` the key inside it (`bron`, `vervolgstap.nl`, `bedrag.document`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tekst {
    pub plek: String,
    pub veld: String,
    pub tekst: String,
}

impl Tekst {
    pub fn is_bron(&self) -> bool {
        self.veld == "bron" || self.veld.ends_with(".bron")
    }
}

impl fmt::Display for Tekst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.plek.is_empty() {
            write!(f, "{}", self.veld)
        } else {
            write!(f, "{}, {}", self.plek, self.veld)
        }
    }
}

/// Every string of a policy, and of the national groups in `algemeen` (the text of
/// `policies/national/algemeen.toml`) that the policy uses: a group named in
/// `algemene_voorwaarden`, and a group with `bijzondere_bijstand = true` when some regeling with
/// `bijzondere_bijstand = true` does not set it aside with `[[regeling.afwijking]] regel = id`.
pub fn teksten(policy: &str, algemeen: &str) -> Result<Vec<Tekst>, String> {
    let tabel: toml::Table = policy.parse().map_err(|e: toml::de::Error| e.to_string().trim().to_string())?;
    let mut uit = Vec::new();
    verzamel(&tabel, "", "", &mut uit);
    let genoemd: BTreeSet<String> =
        uit.iter().filter(|t| t.veld.ends_with("algemene_voorwaarden")).map(|t| t.tekst.clone()).collect();
    // per regeling that is bijzondere bijstand: the groups it sets aside
    let bijzondere_bijstand: Vec<BTreeSet<&str>> = tabellen(&tabel, "regeling")
        .filter(|r| is_waar(r, "bijzondere_bijstand"))
        .map(|r| tabellen(r, "afwijking").filter_map(|a| a.get("regel").and_then(toml::Value::as_str)).collect())
        .collect();
    let algemeen: toml::Table = algemeen.parse().map_err(|e: toml::de::Error| format!("algemeen: {e}"))?;
    for groep in tabellen(&algemeen, "groep") {
        let Some(id) = groep.get("id").and_then(toml::Value::as_str) else {
            continue;
        };
        let vanzelf =
            is_waar(groep, "bijzondere_bijstand") && bijzondere_bijstand.iter().any(|opzij| !opzij.contains(id));
        if genoemd.contains(id) || vanzelf {
            verzamel(groep, &format!("algemeen groep {id}"), "", &mut uit);
        }
    }
    Ok(uit)
}

fn tabellen<'t>(tabel: &'t toml::Table, sleutel: &str) -> impl Iterator<Item = &'t toml::Table> {
    tabel.get(sleutel).and_then(toml::Value::as_array).into_iter().flatten().filter_map(toml::Value::as_table)
}

fn is_waar(tabel: &toml::Table, sleutel: &str) -> bool {
    tabel.get(sleutel).and_then(toml::Value::as_bool) == Some(true)
}

fn verzamel(tabel: &toml::Table, plek: &str, veld: &str, uit: &mut Vec<Tekst>) {
    for (sleutel, waarde) in tabel {
        let veld = if veld.is_empty() { sleutel.clone() } else { format!("{veld}.{sleutel}") };
        verzamel_waarde(waarde, sleutel, plek, &veld, uit);
    }
}

fn verzamel_waarde(waarde: &toml::Value, sleutel: &str, plek: &str, veld: &str, uit: &mut Vec<Tekst>) {
    match waarde {
        toml::Value::String(s) => {
            uit.push(Tekst { plek: plek.to_string(), veld: veld.to_string(), tekst: s.clone() });
        }
        // a table in a block (`bedrag`, `vervolgstap = { nl, en }`) is part of the block
        toml::Value::Table(t) => {
            if plek.is_empty() && veld == sleutel {
                // a top-level table such as [gemeente] or [keukentafelgesprek] is a block
                verzamel(t, sleutel, "", uit);
            } else {
                verzamel(t, plek, veld, uit);
            }
        }
        toml::Value::Array(lijst) => {
            for (i, w) in lijst.iter().enumerate() {
                if let toml::Value::Table(t) = w {
                    let naam = blok_naam(t).unwrap_or_else(|| (i + 1).to_string());
                    let blok = format!("{sleutel} {naam}");
                    let plek = if plek.is_empty() { blok } else { format!("{plek}, {blok}") };
                    verzamel(t, &plek, "", uit);
                } else {
                    verzamel_waarde(w, sleutel, plek, veld, uit);
                }
            }
        }
        _ => {}
    }
}

fn blok_naam(t: &toml::Table) -> Option<String> {
    match (t.get("id"), t.get("naam")) {
        (Some(toml::Value::String(id)), _) => Some(id.clone()),
        (_, Some(toml::Value::String(naam))) => Some(format!("'{naam}'")),
        _ => None,
    }
}
