//! `bur docs [--check] [--taal TAAL] [--uitvoer BESTAND]`: writes docs/regelingen.md, the
//! overview for policy staff, from the policy files: per gemeente each regeling with its
//! conditions in plain words, amount, draagkracht, source and validity, and what is deliberately
//! not encoded. Every sentence is a message of the catalogs (`locales/<taal>/beschrijving.ftl`,
//! with `policy::beschrijving`), so `--taal en` writes it in English (to stdout, or to
//! `--uitvoer`); the default file is Dutch. `--check` only compares, and fails when the file is
//! out of date.

use crate::{args, files};
use bur::catalogus::Catalogus;
use bur::docs_zin;
use bur::policy::beschrijving;
use bur::uitleg::Bericht;
use bur::Policy;
use std::fmt::Write;
use std::process::ExitCode;

const UITVOER: &str = "docs/regelingen.md";

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let check = argv.iter().any(|a| a == "--check");
    let rest: Vec<String> = argv.iter().filter(|a| *a != "--check").cloned().collect();
    let a = args::lees(&rest, &["policies", "uitvoer", "taal"])?;
    let map = files::policymap(a.vlaggen.get("policies"));
    let taal = a.vlaggen.get("taal").map_or("nl", String::as_str);
    let catalogus = Catalogus::van(taal)?;
    // Dutch goes to docs/regelingen.md, another language to stdout unless --uitvoer names a file.
    let uitvoer = match a.vlaggen.get("uitvoer") {
        Some(u) => u.clone(),
        None if taal == "nl" => UITVOER.to_string(),
        None if check => return Err(format!("--check --taal {taal} vergelijkt met een bestand: geef --uitvoer")),
        None => "-".to_string(),
    };
    if check && uitvoer == "-" {
        return Err("--check vergelijkt met een bestand, niet met stdout".into());
    }
    let mut policies = Vec::new();
    for pad in files::onder(&map, "toml")? {
        if pad.parent().is_some_and(|p| p.ends_with("national") || p.ends_with("dekking")) {
            // national norms and general rules: their effect shows in every gemeente's rules
            continue;
        }
        let tekst = std::fs::read_to_string(&pad).map_err(|e| format!("{}: {e}", pad.display()))?;
        let policy = Policy::uit_toml(&pad.display().to_string(), &tekst)
            .map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
        policies.push(policy);
    }
    let nieuw = overzicht(&policies, catalogus)?;
    if check {
        let oud = std::fs::read_to_string(&uitvoer).unwrap_or_default();
        if oud != nieuw {
            let opdracht = if taal == "nl" { String::new() } else { format!(" --taal {taal} --uitvoer {uitvoer}") };
            println!(
                "{uitvoer} is niet bijgewerkt: draai `cargo run --bin bur -- docs{opdracht}` en commit het resultaat"
            );
            return Ok(ExitCode::FAILURE);
        }
        println!("{uitvoer} is bijgewerkt");
        return Ok(ExitCode::SUCCESS);
    }
    if uitvoer == "-" {
        print!("{nieuw}");
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::write(&uitvoer, nieuw).map_err(|e| format!("{uitvoer}: {e}"))?;
    println!("{uitvoer} geschreven ({} gemeenten)", policies.len());
    Ok(ExitCode::SUCCESS)
}

/// The overview in the catalog's language. A message the catalog cannot say fully (a missing
/// key or argument) is an error, not a `[sleutel]` in the file.
fn overzicht(policies: &[Policy], c: &Catalogus) -> Result<String, String> {
    let z = |b: Bericht| c.controleer(&b);
    let mut t = String::new();
    let _ = writeln!(t, "# {}\n", z(docs_zin!("beschrijving-titel"))?);
    let _ = writeln!(t, "{}\n", z(docs_zin!("beschrijving-inleiding"))?);
    for p in policies {
        let g = &p.gemeente;
        let kop =
            docs_zin!("beschrijving-gemeente", naam = g.naam.clone(), id = g.id.clone(), versie = g.versie.clone());
        let _ = writeln!(t, "## {}\n", z(kop)?);
        let _ = writeln!(t, "{}", z(docs_zin!("beschrijving-gemeente-bron", bron = g.bron.clone()))?);
        if let Some(pr) = g.alleenstaande_ouder_procent_gehuwdennorm {
            let zin = docs_zin!("beschrijving-gemeente-norm-alleenstaande-ouder", procent = bur::uitleg::procent(pr));
            let _ = writeln!(t, "{}", z(zin)?);
        }
        if g.bijstandsnorm_jongeren_met_aanvulling {
            let _ = writeln!(t, "{}", z(docs_zin!("beschrijving-gemeente-jongeren-met-aanvulling"))?);
        }
        if g.kostendelersnorm_jongeren_als_21 {
            let _ = writeln!(t, "{}", z(docs_zin!("beschrijving-gemeente-kostendelersnorm-jongeren"))?);
        }
        let _ = writeln!(t);
        for r in &p.regelingen {
            let geldig = match r.geldig_tot {
                Some(tot) => docs_zin!(
                    "beschrijving-regeling-geldig-tot",
                    vanaf = r.geldig_vanaf.to_string(),
                    tot = tot.to_string()
                ),
                None => docs_zin!("beschrijving-regeling-geldig-vanaf", vanaf = r.geldig_vanaf.to_string()),
            };
            let _ = writeln!(
                t,
                "### {}\n",
                z(docs_zin!("beschrijving-regeling", naam = r.naam.clone(), id = r.id.to_string()))?
            );
            let _ = writeln!(t, "{}\n", c.tekst(&r.omschrijving));
            let _ = writeln!(t, "- {}", z(docs_zin!("beschrijving-regeling-bron", bron = r.bron.to_string()))?);
            let _ = writeln!(t, "- {}", z(geldig)?);
            let _ = writeln!(t, "- {}", z(docs_zin!("beschrijving-regeling-voorwaarden"))?);
            for v in &r.voorwaarden {
                let zin = docs_zin!(
                    "beschrijving-regeling-voorwaarde",
                    voorwaarde = vec![beschrijving::voorwaarde(&v.blok)],
                    bron = v.bron.to_string()
                );
                let _ = writeln!(t, "  - {}", z(zin)?);
            }
            if let Some(b) = &r.bedrag {
                let zin = docs_zin!("beschrijving-regeling-bedrag", bedrag = vec![beschrijving::bedrag(b)]);
                let _ = writeln!(t, "- {}", z(zin)?);
            }
            if let Some(d) = &r.draagkracht {
                let zin =
                    docs_zin!("beschrijving-regeling-draagkracht", draagkracht = vec![beschrijving::draagkracht(d)]);
                let _ = writeln!(t, "- {}", z(zin)?);
            }
            let zin = docs_zin!("beschrijving-regeling-aanvragen", vervolgstap = r.vervolgstap.clone());
            let _ = writeln!(t, "- {}\n", z(zin)?);
        }
        if !p.signalen.is_empty() {
            let _ = writeln!(t, "### {}\n", z(docs_zin!("beschrijving-signalen"))?);
            for s in &p.signalen {
                let zin = docs_zin!(
                    "beschrijving-signaal",
                    id = s.id.to_string(),
                    voorwaarden = beschrijving::signaalvoorwaarden(&s.voorwaarden),
                    bron = s.bron.to_string()
                );
                let _ = writeln!(t, "- {}", z(zin)?);
            }
            let _ = writeln!(t);
        }
        if !p.buiten_scope.is_empty() {
            let _ = writeln!(t, "### {}\n", z(docs_zin!("beschrijving-buiten-scope"))?);
            let kolommen = [
                z(docs_zin!("beschrijving-kolom-regeling"))?,
                z(docs_zin!("beschrijving-kolom-bron"))?,
                z(docs_zin!("beschrijving-kolom-reden"))?,
            ];
            let _ = writeln!(t, "| {} |\n|---|---|---|", kolommen.join(" | "));
            for b in &p.buiten_scope {
                let _ = writeln!(t, "| {} | {} | {} |", b.naam, b.bron, b.reden);
            }
            let _ = writeln!(t);
        }
    }
    Ok(t)
}
