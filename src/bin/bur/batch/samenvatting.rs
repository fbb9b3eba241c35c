//! What a run found, per regeling: how many households per status and the estimated total of
//! the `ja` amounts; and, where the file says what households receive already, the ambtshalve
//! list: households likely entitled (`ja`) to a regeling they do not receive, largest first.

use super::invoer::Huishouden;
use super::uitkomst::Regel;
use bur::Status;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Default)]
pub struct Telling {
    pub ja: u64,
    pub misschien: u64,
    pub nee: u64,
    /// The `ja` amounts added up, in the regeling's own period (`per`).
    pub totaal: Decimal,
    pub per: Option<&'static str>,
    /// `ja` without an amount (the amount is in a document we do not have).
    pub ja_zonder_bedrag: u64,
}

pub struct Kandidaat {
    pub client_id: String,
    pub regeling: String,
    pub bedrag: Option<Decimal>,
    pub per: Option<&'static str>,
}

#[derive(Default)]
pub struct Samenvatting {
    pub huishoudens: u64,
    pub overgeslagen: u64,
    pub per_regeling: BTreeMap<String, Telling>,
    /// `None` when no household said what it receives.
    pub ambtshalve: Option<Vec<Kandidaat>>,
}

impl Samenvatting {
    pub fn tel(&mut self, h: &Huishouden, regels: &[Regel]) -> Result<(), String> {
        self.huishoudens += 1;
        for r in regels {
            // Looked up before it is added: a key is cloned once per regeling, not per household.
            if !self.per_regeling.contains_key(&r.regeling) {
                self.per_regeling.insert(r.regeling.clone(), Telling::default());
            }
            let Some(t) = self.per_regeling.get_mut(&r.regeling) else { continue };
            match r.status {
                Status::Ja => t.ja += 1,
                Status::Misschien => t.misschien += 1,
                Status::Nee => t.nee += 1,
            }
            if r.status != Status::Ja {
                continue;
            }
            match r.bedrag {
                Some(b) => {
                    t.totaal = t.totaal.checked_add(b).ok_or("het totaal van de bedragen is te groot")?;
                    t.per = t.per.or(r.per);
                }
                None => t.ja_zonder_bedrag += 1,
            }
            if let Some(ontvangt) = &h.ontvangt {
                if !ontvangt.contains(&r.regeling) {
                    let lijst = self.ambtshalve.get_or_insert_with(Vec::new);
                    lijst.push(Kandidaat {
                        client_id: h.client_id.clone(),
                        regeling: r.regeling.clone(),
                        bedrag: r.bedrag,
                        per: r.per,
                    });
                }
            }
        }
        if h.ontvangt.is_some() {
            self.ambtshalve.get_or_insert_with(Vec::new);
        }
        Ok(())
    }

    /// The summary for the terminal.
    pub fn tekst(&self) -> String {
        let mut uit = format!(
            "{} huishoudens doorgerekend, {} rijen overgeslagen (zie het foutenbestand)\n",
            self.huishoudens, self.overgeslagen
        );
        uit.push_str(&format!(
            "{:<36} {:>9} {:>9} {:>9} {:>18}\n",
            "regeling", "ja", "misschien", "nee", "geschat totaal (ja)"
        ));
        for (id, t) in &self.per_regeling {
            let totaal = match (t.totaal.is_zero() && t.ja_zonder_bedrag > 0, t.per) {
                (true, _) => "onbekend".to_string(),
                (false, Some(per)) => format!("{} per {per}", bur::money::euro_nl(t.totaal)),
                (false, None) => bur::money::euro_nl(t.totaal),
            };
            uit.push_str(&format!("{id:<36} {:>9} {:>9} {:>9} {totaal:>18}\n", t.ja, t.misschien, t.nee));
        }
        if let Some(a) = &self.ambtshalve {
            uit.push_str(&format!(
                "ambtshalve: {} keer waarschijnlijk recht op een regeling die het huishouden niet ontvangt\n",
                a.len()
            ));
        }
        uit
    }

    pub fn schrijf_csv(&self, uit: impl Write) -> Result<(), String> {
        let mut w = csv::Writer::from_writer(uit);
        let e = |e: csv::Error| e.to_string();
        w.write_record(["regeling", "ja", "misschien", "nee", "ja_zonder_bedrag", "totaal_ja", "per"]).map_err(e)?;
        for (id, t) in &self.per_regeling {
            w.write_record([
                id.as_str(),
                &t.ja.to_string(),
                &t.misschien.to_string(),
                &t.nee.to_string(),
                &t.ja_zonder_bedrag.to_string(),
                &t.totaal.to_string(),
                t.per.unwrap_or(""),
            ])
            .map_err(e)?;
        }
        w.write_record(["(huishoudens)", &self.huishoudens.to_string(), "", "", "", "", ""]).map_err(e)?;
        w.write_record(["(overgeslagen)", &self.overgeslagen.to_string(), "", "", "", "", ""]).map_err(e)?;
        w.flush().map_err(|e| e.to_string())
    }

    /// The ambtshalve list, largest estimated amount first (unknown amounts last), then by id.
    pub fn schrijf_ambtshalve(&mut self, uit: impl Write) -> Result<usize, String> {
        let Some(lijst) = &mut self.ambtshalve else { return Ok(0) };
        lijst.sort_by(|a, b| {
            b.bedrag
                .cmp(&a.bedrag)
                .then_with(|| a.client_id.cmp(&b.client_id))
                .then_with(|| a.regeling.cmp(&b.regeling))
        });
        let mut w = csv::Writer::from_writer(uit);
        let e = |e: csv::Error| e.to_string();
        w.write_record(["client_id", "regeling", "geschat_bedrag", "per"]).map_err(e)?;
        for k in lijst.iter() {
            let bedrag = k.bedrag.map(|b| b.to_string()).unwrap_or_default();
            w.write_record([k.client_id.as_str(), &k.regeling, &bedrag, k.per.unwrap_or("")]).map_err(e)?;
        }
        w.flush().map_err(|e| e.to_string())?;
        Ok(lijst.len())
    }
}
