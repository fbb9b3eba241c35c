//! `bur synthetisch`: a client file of made-up households, for tests, demonstrations and
//! benchmarks; never a real person. Seeded and reproducible: the same `--zaad` and `--aantal`
//! give the same file on every machine (ChaCha8, whose stream is fixed by its algorithm). Every
//! client id starts with `SYNTH-`, so a synthetic row cannot be taken for a client's.
//!
//! The households are plausible for a gemeente's minima file, not a sample of the Netherlands:
//! mostly incomes around the social minimum, a third with children, some with savings above
//! the vermogensgrens, a few answers left empty (docs/batch.md).

use crate::args;
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::process::ExitCode;

struct Toeval(ChaCha8Rng);

impl Toeval {
    /// A whole number from `van` to `tot` inclusive.
    fn tussen(&mut self, van: u64, tot: u64) -> u64 {
        van + self.0.next_u64() % (tot - van + 1)
    }

    /// True in `procent` of the cases.
    fn kans(&mut self, procent: u64) -> bool {
        self.tussen(1, 100) <= procent
    }

    /// An amount in euros with cents, from `van` to `tot` euros.
    fn bedrag(&mut self, van: u64, tot: u64) -> String {
        let centen = self.tussen(van * 100, tot * 100);
        format!("{}.{:02}", centen / 100, centen % 100)
    }
}

/// After the usual columns of a client file (`batch::invoer::VASTE_KOLOMMEN`), a few answers by
/// their path (docs/batch.md) that a gemeente's file knows and the individuele inkomenstoeslag asks.
const EXTRA_KOLOMMEN: [&str; 8] = [
    "aanvrager.student",
    "aanvrager.geldige_verblijfstitel",
    "aanvrager.gedetineerd",
    "partner.student",
    "partner.geldige_verblijfstitel",
    "partner.gedetineerd",
    "inkomenstoeslag_laatste_12_maanden",
    "schulden",
];

fn inkomen(t: &mut Toeval, leeftijd: u64) -> (String, &'static str) {
    if leeftijd >= 67 {
        return (t.bedrag(1100, 2200), "aow");
    }
    match t.tussen(1, 10) {
        1..=3 => (t.bedrag(900, 1450), "bijstand"),
        4..=6 => (t.bedrag(800, 1900), "loon"),
        7 => (t.bedrag(0, 400), "geen"),
        8 => (t.bedrag(1000, 1600), "uitkering"),
        _ => (t.bedrag(1900, 3800), "loon"),
    }
}

fn huishouden(t: &mut Toeval, n: u64) -> Vec<String> {
    let leeftijd = match t.tussen(1, 20) {
        1 => t.tussen(18, 20),
        2..=16 => t.tussen(21, 66),
        _ => t.tussen(67, 90),
    };
    let (eigen_inkomen, bron) = inkomen(t, leeftijd);
    let partner = t.kans(40);
    let partner_leeftijd = leeftijd.saturating_sub(5).max(18) + t.tussen(0, 10);
    let (partner_inkomen, _) = inkomen(t, partner_leeftijd);
    let kinderen: Vec<String> = if (21..=55).contains(&leeftijd) && t.kans(45) {
        (0..t.tussen(1, 3)).map(|_| t.tussen(0, 17.min(leeftijd - 18)).to_string()).collect()
    } else {
        Vec::new()
    };
    let medebewoners = if t.kans(8) { t.tussen(18, 30).to_string() } else { "geen".to_string() };
    let vermogen = match t.tussen(1, 20) {
        1 => String::new(),
        2..=15 => t.bedrag(0, 3000),
        16..=18 => t.bedrag(3000, 10000),
        _ => t.bedrag(10000, 60000),
    };
    let eigen_woning = match t.tussen(1, 20) {
        1 => "",
        2 => "ja",
        _ => "nee",
    };
    let maanden = if t.kans(5) { String::new() } else { t.tussen(0, 120).to_string() };
    let mut ontvangt = Vec::new();
    if !kinderen.is_empty() && t.kans(35) {
        ontvangt.push("kindpakket");
    }
    if t.kans(15) {
        ontvangt.push("individuele-inkomenstoeslag");
    }
    if t.kans(25) {
        ontvangt.push("collectieve-zorgverzekering");
    }
    let ja_nee = |ja: bool| if ja { "ja" } else { "nee" }.to_string();
    let persoon = |t: &mut Toeval, er: bool| {
        if er {
            [ja_nee(t.kans(4)), ja_nee(!t.kans(2)), ja_nee(t.kans(1))]
        } else {
            [String::new(), String::new(), String::new()]
        }
    };
    let [student, titel, gedetineerd] = persoon(t, true);
    let [p_student, p_titel, p_gedetineerd] = persoon(t, partner);
    let iit_gehad = ja_nee(t.kans(20));
    let schulden = ja_nee(t.kans(25));
    vec![
        format!("SYNTH-{n:07}"),
        leeftijd.to_string(),
        eigen_inkomen,
        if t.kans(10) { String::new() } else { bron.to_string() },
        if partner { "ja" } else { "nee" }.to_string(),
        if partner { partner_leeftijd.to_string() } else { String::new() },
        if partner { partner_inkomen } else { String::new() },
        if kinderen.is_empty() { "geen".to_string() } else { kinderen.join(";") },
        medebewoners,
        vermogen,
        eigen_woning.to_string(),
        t.bedrag(450, 1100),
        maanden,
        ontvangt.join(";"),
        student,
        titel,
        gedetineerd,
        p_student,
        p_titel,
        p_gedetineerd,
        iit_gehad,
        schulden,
    ]
}

pub fn run(argv: &[String]) -> Result<ExitCode, String> {
    let a = args::lees(argv, &["aantal", "zaad", "uit"])?;
    let aantal: u64 =
        a.vlaggen.get("aantal").ok_or("--aantal ontbreekt")?.parse().map_err(|_| "--aantal: een getal")?;
    let zaad: u64 = a.vlaggen.get("zaad").map_or(Ok(1), |z| z.parse()).map_err(|_| "--zaad: een getal")?;
    let uit = a.vlaggen.get("uit").map_or("-", String::as_str);
    let mut w = csv::Writer::from_writer(crate::batch::bestand(uit)?);
    let e = |e: csv::Error| e.to_string();
    w.write_record(crate::batch::invoer::VASTE_KOLOMMEN.iter().chain(&EXTRA_KOLOMMEN)).map_err(e)?;
    let mut t = Toeval(ChaCha8Rng::seed_from_u64(zaad));
    for n in 1..=aantal {
        w.write_record(huishouden(&mut t, n)).map_err(e)?;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
