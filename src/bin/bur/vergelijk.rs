//! `bur vergelijk`: one client file under today's policy and a draft (the kindpakket limit at
//! 130% instead of 120%, say): which households change status per regeling, and what the
//! estimated total of the `ja` amounts does. In the terminal, and as CSV (docs/batch.md).

use crate::args;
use crate::batch::{self, invoer::Rijfout, uitkomst::Regel, Rekenaar};
use bur::Status;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::process::ExitCode;

/// Per regeling: how many households went from one status to another, and the totals.
#[derive(Default)]
struct Verschil {
    overgangen: BTreeMap<(&'static str, &'static str), u64>,
    totaal_nu: Decimal,
    totaal_ontwerp: Decimal,
    per: Option<&'static str>,
}

fn status(r: Option<&Regel>) -> &'static str {
    r.map_or("-", |r| r.status.naam())
}

fn ja_bedrag(r: Option<&Regel>) -> Decimal {
    r.filter(|r| r.status == Status::Ja).and_then(|r| r.bedrag).unwrap_or_default()
}

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(
        argv,
        &[
            "gemeente",
            "policy",
            "ontwerp",
            "policies",
            "normen",
            "peildatum",
            "regelingen",
            "uit",
            "fouten",
            "samenvatting",
        ],
    )?;
    let [invoer] = a.rest.as_slice() else {
        return Err("geef precies een klantbestand (.csv of .jsonl); zie docs/batch.md".into());
    };
    let nu = Rekenaar::nieuw(batch::policy(&a, "policy")?, &a)?;
    let ontwerp_pad = a.vlaggen.get("ontwerp").ok_or("--ontwerp BESTAND (de conceptpolicy) ontbreekt")?;
    let tekst = std::fs::read_to_string(ontwerp_pad).map_err(|e| format!("{ontwerp_pad}: {e}"))?;
    let ontwerp = bur::Policy::uit_toml(ontwerp_pad, &tekst)
        .map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let ontwerp = Rekenaar::nieuw(ontwerp, &a)?;
    let uit = a.vlaggen.get("uit").map_or("-", String::as_str);
    let mut w = csv::Writer::from_writer(batch::bestand(uit)?);
    let e = |e: csv::Error| e.to_string();
    w.write_record(["client_id", "regeling", "status_nu", "status_ontwerp", "bedrag_nu", "bedrag_ontwerp"])
        .map_err(e)?;
    let mut fouten = Vec::<Rijfout>::new();
    let mut per_regeling: BTreeMap<String, Verschil> = BTreeMap::new();
    let (mut huishoudens, mut veranderd) = (0u64, 0u64);
    batch::per_blok(
        invoer,
        |mut h| {
            let uitkomsten = (nu.reken(&h), ontwerp.reken(&h));
            h.vergeet_antwoorden();
            (uitkomsten.0, uitkomsten.1, h)
        },
        |klaar| {
            for r in klaar {
                let (a, b, h) = match r {
                    Err(f) => {
                        fouten.push(f);
                        continue;
                    }
                    Ok((Err(f), _, h)) | Ok((_, Err(f), h)) => {
                        fouten.extend(batch::rijfouten(&h, f));
                        continue;
                    }
                    Ok((Ok(a), Ok(b), h)) => (a, b, h),
                };
                huishoudens += 1;
                let mut ids: Vec<&str> = a.iter().chain(&b).map(|r| r.regeling.as_str()).collect();
                ids.sort_unstable();
                ids.dedup();
                let mut anders = false;
                for id in ids {
                    let (x, y) = (a.iter().find(|r| r.regeling == id), b.iter().find(|r| r.regeling == id));
                    let v = per_regeling.entry(id.to_string()).or_default();
                    *v.overgangen.entry((status(x), status(y))).or_default() += 1;
                    v.totaal_nu = v.totaal_nu.checked_add(ja_bedrag(x)).ok_or("totaal te groot")?;
                    v.totaal_ontwerp = v.totaal_ontwerp.checked_add(ja_bedrag(y)).ok_or("totaal te groot")?;
                    v.per = v.per.or(x.and_then(|r| r.per)).or(y.and_then(|r| r.per));
                    let bedrag =
                        |r: Option<&Regel>| r.and_then(|r| r.bedrag).map(|b| b.to_string()).unwrap_or_default();
                    if status(x) != status(y) || bedrag(x) != bedrag(y) {
                        anders = true;
                        w.write_record([h.client_id.as_str(), id, status(x), status(y), &bedrag(x), &bedrag(y)])
                            .map_err(e)?;
                    }
                }
                veranderd += u64::from(anders);
            }
            Ok(())
        },
    )?;
    w.flush().map_err(|e| e.to_string())?;
    if let Some(pad) = a.vlaggen.get("fouten") {
        let mut f = csv::Writer::from_writer(batch::bestand(pad)?);
        f.write_record(["rij", "client_id", "kolom", "melding"]).map_err(e)?;
        for r in &fouten {
            f.write_record([&r.rij.to_string(), &r.client_id, &r.kolom, &r.melding]).map_err(e)?;
        }
        f.flush().map_err(|e| e.to_string())?;
    }
    if let Some(pad) = a.vlaggen.get("samenvatting") {
        let mut s = csv::Writer::from_writer(batch::bestand(pad)?);
        s.write_record([
            "regeling",
            "status_nu",
            "status_ontwerp",
            "huishoudens",
            "totaal_ja_nu",
            "totaal_ja_ontwerp",
            "per",
        ])
        .map_err(e)?;
        for (id, v) in &per_regeling {
            for ((x, y), n) in &v.overgangen {
                let (nu, ontwerp) = (v.totaal_nu.to_string(), v.totaal_ontwerp.to_string());
                s.write_record([id.as_str(), x, y, &n.to_string(), &nu, &ontwerp, v.per.unwrap_or("")]).map_err(e)?;
            }
        }
        s.flush().map_err(|e| e.to_string())?;
    }
    eprintln!(
        "{huishoudens} huishoudens vergeleken, {veranderd} met een andere uitkomst, {} rijen overgeslagen",
        fouten.len()
    );
    for (id, v) in &per_regeling {
        let wissels: Vec<String> =
            v.overgangen.iter().filter(|((x, y), _)| x != y).map(|((x, y), n)| format!("{x} → {y}: {n}")).collect();
        let verschil = v.totaal_ontwerp.checked_sub(v.totaal_nu).ok_or("verschil te groot")?;
        let per = v.per.map(|p| format!(" per {p}")).unwrap_or_default();
        let teken = if verschil.is_sign_negative() { "-" } else { "+" };
        eprintln!(
            "{id}: {}; geschat totaal (ja) {} → {}{per} ({teken}{})",
            if wissels.is_empty() { "geen verandering".to_string() } else { wissels.join(", ") },
            bur::money::euro_nl(v.totaal_nu),
            bur::money::euro_nl(v.totaal_ontwerp),
            bur::money::euro_nl(verschil.abs()),
        );
    }
    Ok(ExitCode::SUCCESS)
}
