//! `bur docs [--check]`: writes docs/regelingen.md, the overview for policy staff, from the
//! policy files: per gemeente each regeling with its conditions in plain words, amount,
//! draagkracht, source and validity, and what is deliberately not encoded. `--check` only
//! compares, and fails when the committed file is out of date.

use crate::{args, files};
use bur::policy::beschrijving;
use bur::Policy;
use std::fmt::Write;
use std::process::ExitCode;

const UITVOER: &str = "docs/regelingen.md";

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let check = argv.iter().any(|a| a == "--check");
    let rest: Vec<String> = argv.iter().filter(|a| *a != "--check").cloned().collect();
    let a = args::lees(&rest, &["policies", "uitvoer"])?;
    let map = files::policymap(a.vlaggen.get("policies"));
    let uitvoer = a.vlaggen.get("uitvoer").cloned().unwrap_or_else(|| UITVOER.to_string());
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
    let nieuw = overzicht(&policies);
    if check {
        let oud = std::fs::read_to_string(&uitvoer).unwrap_or_default();
        if oud != nieuw {
            println!("{uitvoer} is niet bijgewerkt: draai `cargo run --bin bur -- docs` en commit het resultaat");
            return Ok(ExitCode::FAILURE);
        }
        println!("{uitvoer} is bijgewerkt");
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::write(&uitvoer, nieuw).map_err(|e| format!("{uitvoer}: {e}"))?;
    println!("{uitvoer} geschreven ({} gemeenten)", policies.len());
    Ok(ExitCode::SUCCESS)
}

fn overzicht(policies: &[Policy]) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "# Regelingen per gemeente\n");
    let _ = writeln!(
        t,
        "Gemaakt door `bur docs` uit de bestanden in `policies/`; niet met de hand wijzigen. De test faalt"
    );
    let _ =
        writeln!(t, "als dit bestand niet past bij de policybestanden. Uitkomsten: `ja` als alle voorwaarden gelden,");
    let _ = writeln!(t, "`nee` als er een niet geldt, anders `misschien`.\n");
    for p in policies {
        let g = &p.gemeente;
        let _ = writeln!(t, "## {} (`{}`, versie {})\n", g.naam, g.id, g.versie);
        let _ = writeln!(t, "Bron: {}.", g.bron);
        if let Some(pr) = g.alleenstaande_ouder_procent_gehuwdennorm {
            let _ = writeln!(t, "Norm voor een alleenstaande ouder: {pr}% van de gehuwdennorm.");
        }
        if g.bijstandsnorm_jongeren_met_aanvulling {
            let _ = writeln!(t, "Voor jongeren van 18 tot en met 20 jaar telt de aanvullende bijzondere bijstand mee in de bijstandsnorm: een inkomen boven een grens van de jongerennorm maar binnen die van een 21-jarige is een misschien.");
        }
        if g.kostendelersnorm_jongeren_als_21 {
            let _ = writeln!(t, "Waar de draagkracht de kostendelersnorm toepast, krijgt iemand van 18 tot en met 20 jaar die van een 21-jarige.");
        }
        let _ = writeln!(t);
        for r in &p.regelingen {
            let geldig = match r.geldig_tot {
                Some(tot) => format!("van {} tot en met {}", r.geldig_vanaf, tot),
                None => format!("vanaf {}", r.geldig_vanaf),
            };
            let _ = writeln!(t, "### {} (`{}`)\n", r.naam.nl, r.id);
            let _ = writeln!(t, "{}\n", r.omschrijving.nl);
            let _ = writeln!(t, "- Bron: {}", r.bron);
            let _ = writeln!(t, "- Geldig: {geldig}");
            let _ = writeln!(t, "- Voorwaarden:");
            for v in &r.voorwaarden {
                let _ = writeln!(t, "  - {} ({})", beschrijving::voorwaarde(&v.blok), v.bron);
            }
            if let Some(b) = &r.bedrag {
                let _ = writeln!(t, "- Bedrag: {}", beschrijving::bedrag(b));
            }
            if let Some(d) = &r.draagkracht {
                let _ = writeln!(t, "- Draagkracht: {}", beschrijving::draagkracht(d));
            }
            let _ = writeln!(t, "- Aanvragen: {}\n", r.vervolgstap.nl);
        }
        if !p.signalen.is_empty() {
            let _ = writeln!(t, "### Maatwerksignalen (advies: keukentafelgesprek)\n");
            for s in &p.signalen {
                let voorwaarden: Vec<String> =
                    s.voorwaarden.iter().map(|v| beschrijving::voorwaarde(&v.blok)).collect();
                let _ = writeln!(t, "- `{}`: als {}. Bron: {}.", s.id, voorwaarden.join("; en "), s.bron);
            }
            let _ = writeln!(t);
        }
        if !p.buiten_scope.is_empty() {
            let _ = writeln!(t, "### Niet in de rekenhulp\n");
            let _ = writeln!(t, "| regeling | bron | reden |\n|---|---|---|");
            for b in &p.buiten_scope {
                let _ = writeln!(t, "| {} | {} | {} |", b.naam, b.bron, b.reden);
            }
            let _ = writeln!(t);
        }
    }
    t
}
