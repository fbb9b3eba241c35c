//! `bur dekking [--policies DIR] [--seeds DIR]`: per seed every article of the chapters the tool
//! covers (`policies/dekking/<gemeente>.toml`), and whether the gemeente's policy encodes it (a
//! `bron` cites it), lists it out of scope with a reason, or neither (`ONTBREEKT`). When the
//! seed texts are there (`--seeds`, else `$BUR_SHARED/seeds` or `../shared/seeds`), also checks
//! that every listed article has its heading in the seed and that no dotted heading of the
//! covered chapters is missing from the list. Exit 1 on any missing article or problem.

use crate::{args, files};
use bur::dekking::{self, Dekking, Regel, Status, Tekst, Verslag};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const BRON_LENGTE: usize = 60;
const TITEL_LENGTE: usize = 44;
const MAX_BRONNEN: usize = 3;

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["policies", "seeds"])?;
    if let Some(extra) = a.rest.first() {
        return Err(format!("onverwacht argument '{extra}': bur dekking [--policies MAP] [--seeds MAP]"));
    }
    let map = files::policymap(a.vlaggen.get("policies"));
    let bestanden = files::onder(&map.join("dekking"), "toml")?;
    if bestanden.is_empty() {
        return Err(format!("geen dekkingsbestanden in {}", map.join("dekking").display()));
    }
    let algemeen_pad = map.join("national").join("algemeen.toml");
    let algemeen = std::fs::read_to_string(&algemeen_pad).unwrap_or_default();
    let seeds = seedmap(a.vlaggen.get("seeds"));

    let mut totaal = Telling::default();
    let mut fout = false;
    let mut dekkingen = Vec::new();
    for pad in &bestanden {
        let naam = pad.display().to_string();
        let tekst = std::fs::read_to_string(pad).map_err(|e| format!("{naam}: {e}"))?;
        match Dekking::uit_toml(&tekst) {
            Ok(d) => {
                if pad.file_stem().is_some_and(|s| s.to_string_lossy() != d.gemeente) {
                    println!("{naam}: gemeente = \"{}\", maar het bestand heet anders", d.gemeente);
                    fout = true;
                }
                dekkingen.push((naam, d));
            }
            Err(fouten) => {
                for f in fouten {
                    println!("{naam}: {f}");
                }
                fout = true;
            }
        }
    }
    // per seed, in the order of their numbers
    dekkingen.sort_by(|a, b| a.1.seed.cmp(&b.1.seed));
    for (naam, d) in &dekkingen {
        let policy_pad = map.join(format!("{}.toml", d.gemeente));
        let policy = std::fs::read_to_string(&policy_pad).map_err(|e| format!("{}: {e}", policy_pad.display()))?;
        let teksten = dekking::teksten(&policy, &algemeen).map_err(|e| format!("{}: {e}", policy_pad.display()))?;
        let verslag = dekking::controleer(d, &teksten);

        println!("{} {} ({naam}, {})", d.seed, d.titel, policy_pad.display());
        for regel in &verslag.regels {
            print_regel(regel, &teksten);
        }
        let mut problemen = verslag.problemen.clone();
        match seeds.as_deref().map(|m| seedtekst(m, &d.seed)) {
            Some(Some(Ok(t))) => problemen.extend(dekking::controleer_seed(d, &t)),
            Some(Some(Err(e))) => problemen.push(e),
            Some(None) => println!("  (seed {} niet gevonden: koppen niet met de seed vergeleken)", d.seed),
            None => {}
        }
        for p in &problemen {
            println!("  PROBLEEM {p}");
        }
        let t = Telling::van(&verslag, problemen.len());
        println!("  {}: {}\n", d.seed, t);
        fout |= t.ontbreekt > 0 || t.problemen > 0;
        totaal.tel_op(&t);
    }
    if seeds.is_none() {
        println!("(geen map met seeds gevonden: koppen niet met de seeds vergeleken; zie --seeds)");
    }
    println!("bur dekking: {} seeds, {totaal}", bestanden.len());
    Ok(if fout { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print_regel(regel: &Regel<'_>, teksten: &[Tekst]) {
    let a = regel.artikel;
    let kop = format!("  {:<8} {:<w$}", a.artikel, kort(&a.titel, TITEL_LENGTE), w = TITEL_LENGTE);
    match &regel.status {
        Status::Gecodeerd(bronnen) => {
            let mut unieke: Vec<&str> = Vec::new();
            for t in bronnen.iter().filter_map(|&i| teksten.get(i)) {
                if !unieke.contains(&t.tekst.as_str()) {
                    unieke.push(&t.tekst);
                }
            }
            let getoond: Vec<String> =
                unieke.iter().take(MAX_BRONNEN).map(|b| format!("\"{}\"", kort(b, BRON_LENGTE))).collect();
            let meer = unieke.len().saturating_sub(MAX_BRONNEN);
            let meer = if meer > 0 { format!(" (+{meer})") } else { String::new() };
            println!("{kop} encoded: {}{meer}", getoond.join(" | "));
        }
        Status::BuitenScope(reden) | Status::Todo(reden) => println!("{kop} buiten scope: {reden}"),
        Status::Ontbreekt => println!("{kop} ONTBREEKT: geen bron noemt het en geen buiten_scope"),
    }
    if matches!(regel.status, Status::Todo(_) | Status::Ontbreekt) && !regel.vermeld.is_empty() {
        // one place per block and field, not one per language
        let mut waar: Vec<String> = Vec::new();
        for t in regel.vermeld.iter().filter_map(|&i| teksten.get(i)) {
            let veld = t.veld.strip_suffix(".nl").or_else(|| t.veld.strip_suffix(".en")).unwrap_or(&t.veld);
            let plek = if t.plek.is_empty() { veld.to_string() } else { format!("{}, {veld}", t.plek) };
            if !waar.contains(&plek) {
                waar.push(plek);
            }
        }
        println!("  {:<8} genoemd (niet als bron) in: {}", "", waar.join("; "));
    }
}

#[derive(Default)]
struct Telling {
    artikelen: usize,
    gecodeerd: usize,
    buiten_scope: usize,
    todo: usize,
    ontbreekt: usize,
    problemen: usize,
}

impl Telling {
    fn van(v: &Verslag<'_>, problemen: usize) -> Telling {
        Telling {
            artikelen: v.regels.len(),
            gecodeerd: v.aantal(|s| matches!(s, Status::Gecodeerd(_))),
            buiten_scope: v.aantal(|s| matches!(s, Status::BuitenScope(_) | Status::Todo(_))),
            todo: v.aantal(|s| matches!(s, Status::Todo(_))),
            ontbreekt: v.aantal(|s| *s == Status::Ontbreekt),
            problemen,
        }
    }

    fn tel_op(&mut self, t: &Telling) {
        self.artikelen += t.artikelen;
        self.gecodeerd += t.gecodeerd;
        self.buiten_scope += t.buiten_scope;
        self.todo += t.todo;
        self.ontbreekt += t.ontbreekt;
        self.problemen += t.problemen;
    }
}

impl std::fmt::Display for Telling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} artikelen: {} encoded, {} buiten scope (waarvan {} TODO bron), {} ONTBREEKT, {} problemen",
            self.artikelen, self.gecodeerd, self.buiten_scope, self.todo, self.ontbreekt, self.problemen
        )
    }
}

fn kort(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut k: String = s.chars().take(n.saturating_sub(1)).collect();
        k.push('…');
        k
    }
}

/// `--seeds`, else `$BUR_SHARED/seeds`, else `../shared/seeds` beside the checkout.
fn seedmap(optie: Option<&String>) -> Option<PathBuf> {
    if let Some(p) = optie {
        return Some(PathBuf::from(p));
    }
    let kandidaten = [
        std::env::var("BUR_SHARED").ok().map(|s| Path::new(&s).join("seeds")),
        Some(PathBuf::from("../shared/seeds")),
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")),
    ];
    kandidaten.into_iter().flatten().find(|p| p.is_dir())
}

/// The seed's text: the file in `map` whose name starts with its number (`002_....txt`).
fn seedtekst(map: &Path, seed: &str) -> Option<Result<String, String>> {
    let items = std::fs::read_dir(map).ok()?;
    let mut namen: Vec<PathBuf> = items.filter_map(Result::ok).map(|e| e.path()).collect();
    namen.sort();
    let pad = namen.into_iter().find(|p| {
        p.file_name().map(|n| n.to_string_lossy().to_string()).is_some_and(|n| {
            n.starts_with(&format!("{seed}_")) || n.starts_with(&format!("{seed}.")) && n.ends_with(".txt")
        })
    })?;
    Some(std::fs::read_to_string(&pad).map_err(|e| format!("{}: {e}", pad.display())))
}
