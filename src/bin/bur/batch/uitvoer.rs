//! Where a batch writes: per household and regeling a CSV row, or per household a JSON line;
//! and the rows it skipped, each with its row, column and the field's Dutch message.

use super::invoer::{Huishouden, Rijfout};
use super::uitkomst::Regel;
use std::fs::File;
use std::io::{BufWriter, Write};

pub fn bestand(pad: &str) -> Result<Box<dyn Write + Send>, String> {
    if pad == "-" {
        return Ok(Box::new(BufWriter::new(std::io::stdout())));
    }
    Ok(Box::new(BufWriter::with_capacity(1 << 16, File::create(pad).map_err(|e| format!("{pad}: {e}"))?)))
}

pub enum Uitvoer {
    Csv(Box<csv::Writer<Box<dyn Write + Send>>>),
    Jsonl(Box<dyn Write + Send>),
}

const KOLOMMEN: [&str; 7] = ["client_id", "regeling", "status", "bedrag", "per", "reden", "ontbrekend"];

impl Uitvoer {
    pub fn nieuw(pad: &str, formaat: &str) -> Result<Uitvoer, String> {
        let w = bestand(pad)?;
        match formaat {
            "jsonl" => Ok(Uitvoer::Jsonl(w)),
            "csv" => {
                let mut c = csv::Writer::from_writer(w);
                c.write_record(KOLOMMEN).map_err(|e| e.to_string())?;
                Ok(Uitvoer::Csv(Box::new(c)))
            }
            ander => Err(format!("--formaat '{ander}': csv of jsonl")),
        }
    }

    pub fn schrijf(&mut self, h: &Huishouden, regels: &[Regel]) -> Result<(), String> {
        match self {
            Uitvoer::Csv(c) => {
                for r in regels {
                    let bedrag = r.bedrag.map(|b| b.to_string()).unwrap_or_default();
                    c.write_record([
                        h.client_id.as_str(),
                        &r.regeling,
                        r.status.naam(),
                        &bedrag,
                        r.per.unwrap_or(""),
                        r.reden,
                        &r.ontbrekend,
                    ])
                    .map_err(|e| e.to_string())?;
                }
                Ok(())
            }
            Uitvoer::Jsonl(w) => {
                let regelingen: Vec<serde_json::Value> = regels
                    .iter()
                    .map(|r| {
                        serde_json::json!({
                            "id": r.regeling, "status": r.status.naam(),
                            "bedrag": r.bedrag.map(|b| b.to_string()), "per": r.per, "reden": r.reden,
                            "ontbrekend": r.ontbrekend.split(';').filter(|s| !s.is_empty()).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                let regel = serde_json::json!({ "client_id": h.client_id, "regelingen": regelingen });
                writeln!(w, "{regel}").map_err(|e| e.to_string())
            }
        }
    }

    pub fn sluit(self) -> Result<(), String> {
        match self {
            Uitvoer::Csv(mut c) => c.flush().map_err(|e| e.to_string()),
            Uitvoer::Jsonl(mut w) => w.flush().map_err(|e| e.to_string()),
        }
    }
}

/// The error file: `rij,client_id,kolom,melding`.
pub struct Fouten(csv::Writer<Box<dyn Write + Send>>);

impl Fouten {
    pub fn nieuw(pad: &str) -> Result<Fouten, String> {
        let mut c = csv::Writer::from_writer(bestand(pad)?);
        c.write_record(["rij", "client_id", "kolom", "melding"]).map_err(|e| e.to_string())?;
        Ok(Fouten(c))
    }

    pub fn schrijf(&mut self, f: &Rijfout) -> Result<(), String> {
        self.0.write_record([&f.rij.to_string(), &f.client_id, &f.kolom, &f.melding]).map_err(|e| e.to_string())
    }

    pub fn sluit(mut self) -> Result<(), String> {
        self.0.flush().map_err(|e| e.to_string())
    }
}
