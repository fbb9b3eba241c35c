//! `bur`: the command line of Bereken uw recht, for policy staff, tests and batch runs.
//!
//!   bur check [FILES...]                                  validate policy and norms files
//!   bur eval --gemeente ID --peildatum DATE FILE           evaluate answers (YAML or JSON)
//!   bur vragen --gemeente ID --peildatum DATE FILE         the questions still relevant
//!   bur scenarios DIR...                                   run every *.yaml scenario
//!   bur docs [--check] [--taal TAAL] [--uitvoer FILE]      write (or check) docs/regelingen.md, or
//!                                                          the overview in another language
//!   bur json --uit DIR FILES...                            check policy files, write them as JSON
//!   bur batch --gemeente ID --peildatum DATE [--uit F] FILE a client file through the engine (docs/batch.md)
//!   bur vergelijk --gemeente ID --ontwerp F --peildatum DATE FILE   today's policy against a draft
//!   bur synthetisch --aantal N [--zaad S] [--uit F]        a seeded file of made-up households
//!
//! Options for eval, vragen and scenarios: --policies DIR (default: ./policies),
//! --normen FILE (default: the built-in national norms), --regelingen a,b (eval, vragen).

mod args;
mod batch;
mod catalogus;
mod catalogus_bestanden;
mod check;
mod dekking;
mod docs;
mod eval;
mod files;
mod json;
mod scenarios;
mod synthetisch;
mod vergelijk;
mod woorden;

use std::process::ExitCode;

// Many small allocations in a batch run: see Cargo.toml (native only).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HULP: &str = "bur: Bereken uw recht op de opdrachtregel

  bur check [BESTANDEN...]                                controleer policy- en normbestanden
                                                          (zonder bestanden: alles onder policies/)
  bur eval --gemeente ID --peildatum JJJJ-MM-DD BESTAND   reken een huishouden door (YAML of JSON,
                                                          '-' leest van stdin); rapport als JSON
  bur vragen --gemeente ID --peildatum JJJJ-MM-DD BESTAND de vragen die er nog toe doen
  bur scenarios MAP...                                    draai alle *.yaml-scenario's
  bur docs [--check] [--taal T] [--uitvoer BESTAND]       schrijf docs/regelingen.md (--check: vergelijk);
                                                          met --taal en|pl|tr|ar het overzicht in die
                                                          taal naar stdout of naar --uitvoer ('-': stdout)
  bur dekking [--policies MAP] [--seeds MAP]              per seed elk artikel: encoded, buiten scope of ONTBREEKT
  bur json --uit MAP BESTANDEN...                         controleer policybestanden en schrijf ze
                                                          als JSON voor de widget
  bur catalogus [--uit MAP] [--locales MAP]               controleer de berichtencatalogi tegen het
                                                          Nederlands (en schrijf ze voor de widget)
  bur batch --gemeente ID --peildatum D [--uit F] KLANTEN reken een klantbestand (CSV of JSON Lines)
                                                          door: per huishouden en regeling de status,
                                                          met samenvatting en ambtshalve-lijst
                                                          (docs/batch.md)
  bur vergelijk --gemeente ID --ontwerp F --peildatum D KLANTEN  hetzelfde klantbestand onder de
                                                          policy van nu en een concept: wie verandert
                                                          van uitkomst, en het geschatte totaal
  bur synthetisch --aantal N [--zaad S] [--uit F]         een verzonnen klantbestand (SYNTH-ids),
                                                          altijd hetzelfde bij dezelfde zaad

Opties: --policies MAP   map met de policybestanden (standaard ./policies)
        --normen BESTAND landelijke normen (standaard de ingebouwde)
        --regelingen a,b alleen deze regelingen (eval, vragen)
        --taal TAAL      nl, en, pl, tr of ar: eval zegt het rapport in woorden in
                         plaats van JSON, docs schrijft het overzicht in die taal
";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let Some((opdracht, rest)) = argv.split_first() else {
        eprint!("{HULP}");
        return ExitCode::from(2);
    };
    let uitslag = match opdracht.as_str() {
        "check" => check::run(rest),
        "eval" => eval::run(rest, false),
        "vragen" => eval::run(rest, true),
        "scenarios" => scenarios::run(rest),
        "docs" => docs::run(rest),
        "dekking" => dekking::run(rest),
        "json" => json::run(rest),
        "catalogus" => catalogus::run(rest),
        "batch" => batch::run(rest),
        "synthetisch" => synthetisch::run(rest),
        "vergelijk" => vergelijk::run(rest),
        "help" | "--help" | "-h" => {
            print!("{HULP}");
            Ok(ExitCode::SUCCESS)
        }
        ander => Err(format!("onbekende opdracht '{ander}'\n\n{HULP}")),
    };
    match uitslag {
        Ok(code) => code,
        Err(bericht) => {
            eprintln!("bur: {bericht}");
            ExitCode::from(2)
        }
    }
}
