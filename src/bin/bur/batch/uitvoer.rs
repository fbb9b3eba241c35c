//! Where a batch writes: per household and regeling a CSV row, or per household a JSON line;
//! and the rows it skipped, each with its row, column and the field's Dutch message. A
//! household's lines are made on the core that evaluated it (`regels`); writing them is then
//! only copying bytes, in the file's order.

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

const KOLOMMEN: [&str; 7] = ["client_id", "regeling", "status", "bedrag", "per", "reden", "ontbrekend"];

pub struct Uitvoer(Box<dyn Write + Send>);

impl Uitvoer {
    pub fn nieuw(pad: &str, formaat: &str) -> Result<Uitvoer, String> {
        let mut w = bestand(pad)?;
        match formaat {
            "jsonl" => {}
            "csv" => {
                let mut kop = csv::Writer::from_writer(Vec::new());
                kop.write_record(KOLOMMEN).map_err(|e| e.to_string())?;
                w.write_all(&kop.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
            }
            ander => return Err(format!("--formaat '{ander}': csv of jsonl")),
        }
        Ok(Uitvoer(w))
    }

    pub fn schrijf(&mut self, tekst: &[u8]) -> Result<(), String> {
        self.0.write_all(tekst).map_err(|e| e.to_string())
    }

    pub fn sluit(mut self) -> Result<(), String> {
        self.0.flush().map_err(|e| e.to_string())
    }
}

/// A household's lines in `formaat` (csv or jsonl, checked by `Uitvoer::nieuw`).
pub fn regels(formaat: &str, h: &Huishouden, regels: &[Regel]) -> Vec<u8> {
    if formaat == "jsonl" {
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
        let mut uit =
            serde_json::json!({ "client_id": h.client_id, "regelingen": regelingen }).to_string().into_bytes();
        uit.push(b'\n');
        return uit;
    }
    let mut c = csv::Writer::from_writer(Vec::with_capacity(64 * regels.len()));
    for r in regels {
        let bedrag = r.bedrag.map(|b| b.to_string()).unwrap_or_default();
        // Writing into memory cannot fail.
        let _ = c.write_record([
            h.client_id.as_str(),
            &r.regeling,
            r.status.naam(),
            &bedrag,
            r.per.unwrap_or(""),
            r.reden,
            &r.ontbrekend,
        ]);
    }
    c.into_inner().unwrap_or_default()
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
