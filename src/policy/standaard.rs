//! A gemeente's draagkracht for every form of bijzondere bijstand, written once under
//! `[gemeente.draagkracht]` (Montferland 003 ch. 5, Roosendaal 001 Ad. 7): a general rule holds
//! by default, so a new regeling cannot forget it. A regeling changes it only in the open:
//! `[regeling.draagkracht]` with the fields that differ and their `bron` (a different `soort`
//! replaces it whole), or `[[regeling.afwijking]] regel = "draagkracht"` with the reason there is
//! none. Filled in on the file's tables before they are read, so every check of a regeling's
//! own draagkracht runs on the result; the compiled policy carries the result.

use crate::diagnose::Diagnoses;
use serde_json::{Map, Value};

/// The `afwijking` rule that leaves the gemeente's draagkracht out.
pub const AFWIJKING: &str = "draagkracht";

/// Puts the gemeente's draagkracht into one regeling's table, where it applies.
pub fn invullen(d: &mut Diagnoses, regeling: &mut Value, standaard: Option<&Map<String, Value>>) {
    let Some(standaard) = standaard else { return };
    let Some(tabel) = regeling.as_object_mut() else { return };
    if tabel.get("bijzondere_bijstand") != Some(&Value::Bool(true)) {
        return;
    }
    let id = tabel.get("id").and_then(Value::as_str).unwrap_or("?").to_string();
    let afwijking = tabel
        .get("afwijking")
        .and_then(Value::as_array)
        .is_some_and(|l| l.iter().any(|a| a.get("regel").and_then(Value::as_str) == Some(AFWIJKING)));
    match (tabel.get("draagkracht").cloned(), afwijking) {
        (Some(_), true) => d.fout(
            "afwijking_en_draagkracht",
            Some(&id),
            "draagkracht",
            "de regeling wijkt af van de draagkracht van de gemeente én heeft een eigen [regeling.draagkracht]: kies één",
        ),
        (None, true) => {}
        (None, false) => {
            tabel.insert("draagkracht".into(), Value::Object(standaard.clone()));
        }
        (Some(Value::Object(eigen)), false) => {
            let zelfde_soort = eigen.get("soort").is_none_or(|s| Some(s) == standaard.get("soort"));
            if zelfde_soort {
                tabel.insert("draagkracht".into(), Value::Object(samengevoegd(standaard, eigen, &id, d)));
            }
        }
        // Not a table: reading the regeling names the field.
        (Some(_), false) => {}
    }
}

/// The gemeente's draagkracht with the regeling's own fields over it; the bron names both.
fn samengevoegd(
    standaard: &Map<String, Value>,
    eigen: Map<String, Value>,
    id: &str,
    d: &mut Diagnoses,
) -> Map<String, Value> {
    let mut uit = standaard.clone();
    let bron_standaard = standaard.get("bron").and_then(Value::as_str).unwrap_or_default().to_string();
    match eigen.get("bron").and_then(Value::as_str) {
        Some(b) if !b.trim().is_empty() => {
            uit.insert("bron".into(), Value::String(format!("{b}; verder {bron_standaard}")));
        }
        _ => d.fout(
            "veld_ontbreekt",
            Some(id),
            "draagkracht.bron",
            "wie afwijkt van de draagkracht van de gemeente, noemt de bron van de afwijking",
        ),
    }
    for (k, v) in eigen {
        if k != "bron" {
            uit.insert(k, v);
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use crate::policy::{Draagkrachtregel, Policy};

    const POLICY: &str = r#"
[gemeente]
id = "test"
naam = "Test"
versie = "1"
bron = "test"

[[document]]
id = "002"
titel = "Twee"

[[document]]
id = "003"
titel = "Drie"

[gemeente.draagkracht]
soort = "percentage_boven_norm"
inkomen_procent = 100
boven_procent = 120
kostendelersnorm = false
vermogen_boven_grens = true
periode_maanden = 12
bron = "003 par. 5"

[[regeling]]
id = "uitvaart"
naam = { nl = "Uitvaart", en = "Funeral" }
omschrijving = { nl = "x", en = "x" }
bron = "003 par. 9.9"
geldig_vanaf = 2016-01-01
vervolgstap = { nl = "x", en = "x" }
bijzondere_bijstand = true
  [[regeling.voorwaarde]]
  soort = "persoonlijke_beoordeling"
  tekst = { nl = "x", en = "x" }

[[regeling]]
id = "waarborgsom"
naam = { nl = "Waarborgsom", en = "Deposit" }
omschrijving = { nl = "x", en = "x" }
bron = "003 par. 10.4"
geldig_vanaf = 2016-01-01
vervolgstap = { nl = "x", en = "x" }
bijzondere_bijstand = true
  [[regeling.voorwaarde]]
  soort = "persoonlijke_beoordeling"
  tekst = { nl = "x", en = "x" }
  [regeling.draagkracht]
  vermogen_vrijlating = "geen"
  bron = "003 par. 5.10 c"

[[regeling]]
id = "witgoed"
naam = { nl = "Witgoed", en = "White goods" }
omschrijving = { nl = "x", en = "x" }
bron = "003 par. 9.5"
geldig_vanaf = 2016-01-01
vervolgstap = { nl = "x", en = "x" }
bijzondere_bijstand = true
  [[regeling.afwijking]]
  regel = "draagkracht"
  bron = "003 par. 9.5"
  [[regeling.voorwaarde]]
  soort = "persoonlijke_beoordeling"
  tekst = { nl = "x", en = "x" }

[[regeling]]
id = "kindpakket"
naam = { nl = "Kindpakket", en = "Children" }
omschrijving = { nl = "x", en = "x" }
bron = "002 art. 7.5"
geldig_vanaf = 2016-01-01
vervolgstap = { nl = "x", en = "x" }
  [[regeling.voorwaarde]]
  soort = "persoonlijke_beoordeling"
  tekst = { nl = "x", en = "x" }
"#;

    fn regel(p: &Policy, id: &str) -> Option<crate::policy::PercentageBovenNorm> {
        match &p.regeling(id).unwrap().draagkracht {
            Some(Draagkrachtregel::PercentageBovenNorm(r)) => Some(r.clone()),
            Some(_) => panic!("another soort"),
            None => None,
        }
    }

    #[test]
    fn the_gemeentes_draagkracht_holds_unless_a_regeling_says_otherwise_with_its_bron() {
        let p = Policy::uit_toml("test.toml", POLICY).unwrap();
        let uitvaart = regel(&p, "uitvaart").unwrap();
        assert_eq!(uitvaart.inkomen_procent.to_string(), "100");
        assert_eq!(uitvaart.bron, "003 par. 5");
        let waarborg = regel(&p, "waarborgsom").unwrap();
        assert_eq!(waarborg.vermogen_vrijlating, crate::policy::VermogenVrijlating::Geen);
        assert_eq!(waarborg.boven_procent.to_string(), "120", "the rest is the gemeente's");
        assert_eq!(waarborg.bron, "003 par. 5.10 c; verder 003 par. 5");
        assert!(regel(&p, "witgoed").is_none(), "the afwijking leaves it out");
        assert!(regel(&p, "kindpakket").is_none(), "only bijzondere bijstand gets it");
    }
}
