//! A gemeente's client file, row by row, as answers the engine reads: CSV (one household per
//! row, the columns of docs/batch.md) or JSON Lines (one answers object per line). Every value
//! goes to the engine as it was written, so the engine's own checks name what is wrong; a row
//! that cannot be read is a located error for the error file, never the end of the run.

use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::fs::File;
use std::io::{BufRead, BufReader};

/// One household as read: where it was, whom it is (the id as given, nothing else), what it
/// receives already (`None`: the file does not say), and its answers.
pub struct Huishouden {
    pub rij: u64,
    pub client_id: String,
    pub ontvangt: Option<Vec<String>>,
    pub antwoorden: Value,
}

impl Huishouden {
    /// Frees the answers once evaluated, on the core that evaluated them: otherwise the one
    /// thread that writes the output in order would free every household's JSON tree itself.
    pub fn vergeet_antwoorden(&mut self) {
        self.antwoorden = Value::Null;
    }
}

/// A row that could not be read or whose answers the engine refused: row, column, message.
pub struct Rijfout {
    pub rij: u64,
    pub client_id: String,
    pub kolom: String,
    pub melding: String,
}

/// The CSV columns; every one but `client_id` may be empty (unanswered: a `misschien` where it
/// matters, never a default). Lists are separated by `;`.
#[derive(Deserialize)]
struct Rij {
    client_id: String,
    leeftijd: Option<String>,
    inkomen: Option<String>,
    inkomensbron: Option<String>,
    heeft_partner: Option<String>,
    partner_leeftijd: Option<String>,
    partner_inkomen: Option<String>,
    kinderen: Option<String>,
    medebewoners: Option<String>,
    vermogen: Option<String>,
    eigen_woning: Option<String>,
    woonkosten: Option<String>,
    maanden_laag_inkomen: Option<String>,
    ontvangt: Option<String>,
}

/// The columns `Rij` reads; any other column is an answers field by its path (`schulden`,
/// `aanvrager.student`, `partner.geldige_verblijfstitel`), for what a gemeente's file knows
/// beyond the usual columns.
pub const VASTE_KOLOMMEN: [&str; 14] = [
    "client_id",
    "leeftijd",
    "inkomen",
    "inkomensbron",
    "heeft_partner",
    "partner_leeftijd",
    "partner_inkomen",
    "kinderen",
    "medebewoners",
    "vermogen",
    "eigen_woning",
    "woonkosten",
    "maanden_laag_inkomen",
    "ontvangt",
];

/// The column of the CSV an answers field comes from, for the error file.
pub fn kolom(veld: &str) -> &str {
    let kop = veld.split(['[', '.']).next().unwrap_or(veld);
    match veld {
        _ if veld.starts_with("aanvrager.") || veld.starts_with("partner.") => match veld {
            "aanvrager.leeftijd" => "leeftijd",
            "aanvrager.inkomen" => "inkomen",
            "aanvrager.inkomensbron" => "inkomensbron",
            "partner.leeftijd" => "partner_leeftijd",
            "partner.inkomen" => "partner_inkomen",
            _ => veld,
        },
        "partner" => "partner_leeftijd",
        _ => kop,
    }
}

fn tekst(w: Option<String>) -> Option<String> {
    w.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `ja`/`nee` (or true/false, 1/0) as a JSON bool; anything else as text, for the engine to name.
fn ja_nee(w: &str) -> Value {
    let is = |namen: [&str; 4]| namen.iter().any(|n| w.eq_ignore_ascii_case(n));
    if is(["ja", "j", "true", "1"]) {
        Value::Bool(true)
    } else if is(["nee", "n", "false", "0"]) {
        Value::Bool(false)
    } else {
        Value::String(w.to_string())
    }
}

/// A list of `;`-separated values; `geen` is the empty list (an empty cell: not known).
fn lijst(w: &str) -> impl Iterator<Item = &str> {
    w.split(';').map(str::trim).filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("geen"))
}

impl Rij {
    fn huishouden(self, rij: u64, met_ontvangt: bool, extra: Vec<(&str, &str)>) -> Huishouden {
        let mut a = Map::new();
        let mut aanvrager = Map::new();
        let mut partner = Map::new();
        for (kolom, w) in extra.into_iter().filter(|(_, w)| !w.is_empty()) {
            let waarde = match ja_nee(w) {
                Value::String(_) => Value::String(w.to_string()),
                b => b,
            };
            match kolom.split_once('.') {
                Some(("aanvrager", veld)) => aanvrager.insert(veld.into(), waarde),
                Some(("partner", veld)) => partner.insert(veld.into(), waarde),
                _ => a.insert(kolom.into(), waarde),
            };
        }
        for (veld, w) in [("leeftijd", self.leeftijd), ("inkomen", self.inkomen), ("inkomensbron", self.inkomensbron)] {
            if let Some(w) = tekst(w) {
                aanvrager.insert(veld.into(), Value::String(w));
            }
        }
        a.insert("aanvrager".into(), Value::Object(aanvrager));
        for (veld, w) in [("leeftijd", self.partner_leeftijd), ("inkomen", self.partner_inkomen)] {
            if let Some(w) = tekst(w) {
                partner.insert(veld.into(), Value::String(w));
            }
        }
        // A partner's age or income says there is a partner; an empty column says nothing.
        match tekst(self.heeft_partner) {
            Some(h) => {
                a.insert("heeft_partner".into(), ja_nee(&h));
            }
            None if !partner.is_empty() => {
                a.insert("heeft_partner".into(), Value::Bool(true));
            }
            None => {}
        }
        if !partner.is_empty() {
            a.insert("partner".into(), Value::Object(partner));
        }
        if let Some(k) = tekst(self.kinderen) {
            let kinderen = lijst(&k).map(|l| json!({ "leeftijd": l })).collect();
            a.insert("kinderen".into(), Value::Array(kinderen));
        }
        if let Some(m) = tekst(self.medebewoners) {
            let bewoners = lijst(&m).map(|l| json!({ "leeftijd": l })).collect();
            a.insert("medebewoners".into(), Value::Array(bewoners));
        }
        for (veld, w) in [
            ("vermogen", self.vermogen),
            ("woonkosten", self.woonkosten),
            ("maanden_laag_inkomen", self.maanden_laag_inkomen),
        ] {
            if let Some(w) = tekst(w) {
                a.insert(veld.into(), Value::String(w));
            }
        }
        if let Some(e) = tekst(self.eigen_woning) {
            a.insert("eigen_woning".into(), ja_nee(&e));
        }
        let ontvangt = met_ontvangt
            .then(|| tekst(self.ontvangt).map(|o| lijst(&o).map(str::to_string).collect()).unwrap_or_default());
        Huishouden { rij, client_id: self.client_id, ontvangt, antwoorden: Value::Object(a) }
    }
}

/// Rows from a file, in blocks, so memory stays flat in the file's size.
pub enum Lezer {
    Csv(csv::Reader<BufReader<File>>),
    Jsonl { regels: std::io::Lines<BufReader<File>>, rij: u64 },
}

impl Lezer {
    pub fn open(pad: &str) -> Result<Lezer, String> {
        let bestand = File::open(pad).map_err(|e| format!("{pad}: {e}"))?;
        let buf = BufReader::with_capacity(1 << 16, bestand);
        if pad.ends_with(".jsonl") || pad.ends_with(".ndjson") {
            return Ok(Lezer::Jsonl { regels: buf.lines(), rij: 0 });
        }
        let mut r = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(buf);
        let kop = r.headers().map_err(|e| format!("{pad}: {e}"))?;
        if !kop.iter().any(|k| k == "client_id") {
            return Err(format!("{pad}: de kolom client_id ontbreekt (zie docs/batch.md)"));
        }
        Ok(Lezer::Csv(r))
    }

    /// The bytes read so far, for the progress bar.
    pub fn positie(&self) -> u64 {
        match self {
            Lezer::Csv(r) => r.position().byte(),
            Lezer::Jsonl { .. } => 0,
        }
    }

    /// The header's meaning, for reading the rows of a block (on any thread).
    pub fn kop(&mut self) -> Kop {
        let kop = match self {
            Lezer::Csv(r) => r.headers().cloned().unwrap_or_default(),
            Lezer::Jsonl { .. } => csv::StringRecord::new(),
        };
        let met_ontvangt = kop.iter().any(|k| k == "ontvangt");
        let extra = (0..kop.len()).filter(|i| !kop.get(*i).is_some_and(|k| VASTE_KOLOMMEN.contains(&k))).collect();
        Kop { kop, met_ontvangt, extra }
    }

    /// Up to `n` rows as text; an empty block at the end of the file. Only the reading is done
    /// here, in order; `Ruw::lees` makes households of them on all cores.
    pub fn blok(&mut self, n: usize) -> Vec<Ruw> {
        let mut uit = Vec::with_capacity(n);
        let fout =
            |rij, e: String| Ruw::Fout(Rijfout { rij, client_id: String::new(), kolom: String::new(), melding: e });
        match self {
            Lezer::Csv(r) => {
                while uit.len() < n {
                    let rij = r.position().line();
                    let mut record = csv::StringRecord::new();
                    match r.read_record(&mut record) {
                        Ok(false) => break,
                        Ok(true) => uit.push(Ruw::Csv(rij, record)),
                        Err(e) => uit.push(fout(rij, e.to_string())),
                    }
                }
            }
            Lezer::Jsonl { regels, rij } => {
                while uit.len() < n {
                    let Some(regel) = regels.next() else { break };
                    *rij += 1;
                    match regel {
                        Ok(r) if r.trim().is_empty() => {}
                        Ok(r) => uit.push(Ruw::Jsonl(*rij, r)),
                        Err(e) => uit.push(fout(*rij, e.to_string())),
                    }
                }
            }
        }
        uit
    }
}

/// What the header says: the columns, whether `ontvangt` is one, and the other answers columns.
pub struct Kop {
    kop: csv::StringRecord,
    met_ontvangt: bool,
    extra: Vec<usize>,
}

/// A row as read, before it is a household.
pub enum Ruw {
    Csv(u64, csv::StringRecord),
    Jsonl(u64, String),
    Fout(Rijfout),
}

impl Ruw {
    pub fn lees(self, k: &Kop) -> Result<Huishouden, Rijfout> {
        match self {
            Ruw::Csv(rij, record) => record
                .deserialize::<Rij>(Some(&k.kop))
                .map(|h| {
                    let velden = k.extra.iter().filter_map(|i| Some((k.kop.get(*i)?, record.get(*i)?))).collect();
                    h.huishouden(rij, k.met_ontvangt, velden)
                })
                .map_err(|e| csv_fout(rij, &record, &k.kop, &e)),
            Ruw::Jsonl(rij, regel) => jsonl(rij, &regel),
            Ruw::Fout(f) => Err(f),
        }
    }
}

fn csv_fout(rij: u64, record: &csv::StringRecord, kop: &csv::StringRecord, e: &csv::Error) -> Rijfout {
    let kolom = match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            err.field().and_then(|i| kop.get(usize::try_from(i).unwrap_or(usize::MAX))).unwrap_or_default()
        }
        _ => "",
    };
    let client_id = kop.iter().position(|k| k == "client_id").and_then(|i| record.get(i)).unwrap_or_default();
    Rijfout { rij, client_id: client_id.to_string(), kolom: kolom.to_string(), melding: e.to_string() }
}

/// A JSON line: an answers object, or `{ "client_id", "ontvangt": [...], "antwoorden": {...} }`.
fn jsonl(rij: u64, regel: &str) -> Result<Huishouden, Rijfout> {
    let fout = |kolom: &str, melding: String| Rijfout { rij, client_id: String::new(), kolom: kolom.into(), melding };
    let mut w: Value = bur::json_tekst::lees(regel).map_err(|e| fout("", format!("geen JSON: {e}")))?;
    let Some(o) = w.as_object_mut() else { return Err(fout("", "geen JSON-object".into())) };
    if !o.contains_key("antwoorden") {
        return Ok(Huishouden { rij, client_id: rij.to_string(), ontvangt: None, antwoorden: w });
    }
    let client_id = match o.remove("client_id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => rij.to_string(),
    };
    let ontvangt = match o.remove("ontvangt") {
        None | Some(Value::Null) => None,
        Some(Value::Array(a)) => Some(a.iter().filter_map(Value::as_str).map(str::to_string).collect()),
        Some(_) => return Err(fout("ontvangt", "een lijst van regeling-ids".into())),
    };
    let antwoorden = o.remove("antwoorden").unwrap_or(Value::Null);
    if let Some(k) = o.keys().next() {
        return Err(fout(k, format!("onbekend veld '{k}'; mogelijk: client_id, ontvangt, antwoorden")));
    }
    Ok(Huishouden { rij, client_id, ontvangt, antwoorden })
}
