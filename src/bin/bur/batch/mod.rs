//! `bur batch`: the engine over a gemeente's client file (docs/batch.md). Rows are read in
//! blocks, evaluated on all cores (rayon) and written in their order, so memory stays flat in
//! the file's size; a row the engine refuses goes to the error file with its row, column and
//! the field's Dutch message, and the run goes on. Nothing leaves the machine.

pub mod invoer;
mod samenvatting;
pub mod uitkomst;
mod uitvoer;
pub use uitvoer::bestand;

use crate::{args, files};
use bur::{Antwoorden, Datum, Normen, Policy};
use invoer::{Huishouden, Lezer, Rijfout};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::process::ExitCode;
use uitkomst::Regel;

/// Rows per block: enough to keep every core busy, few enough to keep memory small.
const BLOK: usize = 2_048;

/// A policy, the norms and a peildatum: what every row is evaluated against.
pub struct Rekenaar {
    pub policy: Policy,
    pub normen: Normen,
    pub peildatum: Datum,
    pub regelingen: Option<Vec<String>>,
}

/// Why a row has no outcome.
pub enum Fout {
    Velden(Vec<bur::Veldfout>),
    Anders(String),
}

impl Rekenaar {
    pub fn nieuw(policy: Policy, a: &args::Args) -> Result<Rekenaar, String> {
        let peildatum = a.vlaggen.get("peildatum").ok_or("--peildatum ontbreekt")?;
        let peildatum =
            Datum::parse(peildatum).ok_or_else(|| format!("--peildatum '{peildatum}' is geen datum als 2025-09-15"))?;
        let regelingen = a.vlaggen.get("regelingen").map(|r| r.split(',').map(|s| s.trim().to_string()).collect());
        Ok(Rekenaar { policy, normen: files::normen(a.vlaggen.get("normen"))?, peildatum, regelingen })
    }

    pub fn reken(&self, h: &Huishouden) -> Result<Vec<Regel>, Fout> {
        let a = Antwoorden::uit_waarde(&h.antwoorden).map_err(Fout::Velden)?;
        let r = bur::evaluate_regelingen(&self.policy, &self.normen, &a, self.peildatum, self.regelingen.as_deref())
            .map_err(|e| Fout::Anders(e.to_string()))?;
        Ok(uitkomst::regels(&r))
    }
}

/// The policy of `--policy FILE`, or of `--gemeente ID` in `--policies DIR`.
pub fn policy(a: &args::Args, optie: &str) -> Result<Policy, String> {
    match (a.vlaggen.get(optie), a.vlaggen.get("gemeente")) {
        (Some(pad), _) => {
            let tekst = std::fs::read_to_string(pad).map_err(|e| format!("{pad}: {e}"))?;
            Policy::uit_toml(pad, &tekst).map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        }
        (None, Some(g)) => files::policy(&files::policymap(a.vlaggen.get("policies")), g),
        (None, None) => Err(format!("geef --gemeente ID of --{optie} BESTAND")),
    }
}

/// A refused row's messages, in Dutch, each with the column it came from.
pub fn rijfouten(h: &Huishouden, f: Fout) -> Vec<Rijfout> {
    let nl = bur::catalogus::Catalogus::van("nl");
    match f {
        Fout::Velden(v) => v
            .iter()
            .map(|f| Rijfout {
                rij: h.rij,
                client_id: h.client_id.clone(),
                kolom: invoer::kolom(&f.veld).to_string(),
                melding: match &nl {
                    Ok(c) => c.bericht(&f.bericht),
                    Err(_) => f.to_string(),
                },
            })
            .collect(),
        Fout::Anders(m) => {
            vec![Rijfout { rij: h.rij, client_id: h.client_id.clone(), kolom: String::new(), melding: m }]
        }
    }
}

/// Reads `invoer` block by block, with a progress bar on a terminal: `werk` runs on all cores
/// for each household read (reading, evaluating, writing its lines), `verwerk` takes each
/// block's results in the file's order.
pub fn per_blok<T: Send>(
    invoer: &str,
    werk: impl Fn(Huishouden) -> T + Sync,
    mut verwerk: impl FnMut(Vec<Result<T, Rijfout>>) -> Result<(), String>,
) -> Result<(), String> {
    let mut lezer = Lezer::open(invoer)?;
    let kop = lezer.kop();
    let grootte = std::fs::metadata(invoer).map(|m| m.len()).unwrap_or(0);
    let balk = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(grootte);
        if let Ok(stijl) = indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {per_sec} nog {eta}")
        {
            b.set_style(stijl);
        }
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    // The next block is read while this one is evaluated, so reading is not a pause of its own.
    let mut blok = lezer.blok(BLOK);
    while !blok.is_empty() {
        let (volgend, klaar) =
            rayon::join(|| lezer.blok(BLOK), || blok.into_par_iter().map(|r| r.lees(&kop).map(&werk)).collect());
        verwerk(klaar)?;
        balk.set_position(lezer.positie());
        blok = volgend;
    }
    balk.finish_and_clear();
    Ok(())
}

/// `--uit` with a suffix: where the error file and the summaries go by default.
fn naast(uit: &str, achter: &str) -> String {
    let stam = uit.rsplit_once('.').map_or(uit, |(s, _)| s);
    format!("{stam}.{achter}.csv")
}

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(
        argv,
        &[
            "gemeente",
            "policy",
            "policies",
            "normen",
            "peildatum",
            "regelingen",
            "uit",
            "formaat",
            "fouten",
            "samenvatting",
            "ambtshalve",
        ],
    )?;
    let [invoer] = a.rest.as_slice() else {
        return Err("geef precies een klantbestand (.csv of .jsonl); zie docs/batch.md".into());
    };
    let rekenaar = Rekenaar::nieuw(policy(&a, "policy")?, &a)?;
    let uit = a.vlaggen.get("uit").map_or("-", String::as_str);
    let formaat =
        a.vlaggen.get("formaat").map_or(if uit.ends_with(".jsonl") { "jsonl" } else { "csv" }, String::as_str);
    let bij =
        |optie: &str, achter: &str| a.vlaggen.get(optie).cloned().or_else(|| (uit != "-").then(|| naast(uit, achter)));
    let mut uitvoer = uitvoer::Uitvoer::nieuw(uit, formaat)?;
    let fouten_pad = bij("fouten", "fouten").unwrap_or_else(|| "-".into());
    if fouten_pad == "-" && uit == "-" {
        return Err("met --uit - (stdout) hoort een --fouten BESTAND".into());
    }
    let mut fouten = uitvoer::Fouten::nieuw(&fouten_pad)?;
    let mut samenvatting = samenvatting::Samenvatting::default();
    per_blok(
        invoer,
        |mut h| {
            let uitkomst = rekenaar.reken(&h);
            h.vergeet_antwoorden();
            let regels = uitkomst.as_ref().ok().map(|r| uitvoer::regels(formaat, &h, r));
            (h, uitkomst, regels)
        },
        |blok| {
            for r in blok {
                match r {
                    Err(f) => {
                        samenvatting.overgeslagen += 1;
                        fouten.schrijf(&f)?;
                    }
                    Ok((h, Err(f), _)) => {
                        samenvatting.overgeslagen += 1;
                        for f in rijfouten(&h, f) {
                            fouten.schrijf(&f)?;
                        }
                    }
                    Ok((h, Ok(regels), tekst)) => {
                        uitvoer.schrijf(&tekst.unwrap_or_default())?;
                        samenvatting.tel(&h, &regels)?;
                    }
                }
            }
            Ok(())
        },
    )?;
    uitvoer.sluit()?;
    fouten.sluit()?;
    if let Some(pad) = bij("samenvatting", "samenvatting") {
        samenvatting.schrijf_csv(uitvoer::bestand(&pad)?)?;
    }
    if samenvatting.ambtshalve.is_some() {
        let pad = bij("ambtshalve", "ambtshalve").unwrap_or_else(|| "ambtshalve.csv".into());
        let n = samenvatting.schrijf_ambtshalve(uitvoer::bestand(&pad)?)?;
        eprintln!("ambtshalve-lijst: {n} regels in {pad}");
    }
    eprint!("{}", samenvatting.tekst());
    Ok(ExitCode::SUCCESS)
}
