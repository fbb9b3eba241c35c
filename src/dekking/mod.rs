//! Traceability of the seed articles ("dekking"): for each seed document a gemeente's policy is
//! built from, every article of the chapters the tool covers is either encoded (some `bron` of
//! the policy cites it) or listed as out of scope with its reason. The list per seed is a data
//! file, `policies/dekking/<gemeente>.toml`; `bur dekking` prints it, and a test fails when an
//! article is neither.
//!
//! No I/O here: the CLI and the tests read the files and pass the text in. The policy is read
//! as a generic TOML tree, every string under a key named `bron` is a citation, so this module
//! does not depend on the policy model.
//!
//! A citation names the seed by its three-digit number and then articles in the seed's own
//! style: `002 art. 7.4.2 lid 1 onder a` cites 002 7.4.2, `003 par. 10.1-10.3` cites 10.1, 10.2
//! and 10.3, `003 par. 5.2 (12 maanden), 5.5 en 5.9` cites 5.2, 5.5 and 5.9, `001 Ad. 7 B` cites
//! Ad. 7 and `001 par. 6 pt 4` cites par. 6. A citation of a parent (`002 art. 7.4`) cites the
//! heading 7.4 only, never 7.4.1 to 7.4.3.
#![cfg(feature = "toml")]

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod citaat;
mod teksten;

pub use citaat::{citaten, is_ouder, sleutel, vermeldingen, Citaat};
use citaat::{is_getal, is_seed};
pub use teksten::{teksten, Tekst};

// ---------------------------------------------------------------------------------------------
// The dekking file

/// The articles of one seed that a gemeente's policy should account for.
#[derive(Clone, Debug)]
pub struct Dekking {
    /// The policy: `policies/<gemeente>.toml`.
    pub gemeente: String,
    /// The seed's number, as bron strings cite it: `002`.
    pub seed: String,
    pub titel: String,
    /// The chapters (or single articles, `11.3`) the tool covers: every article in them is listed.
    pub hoofdstukken: Vec<String>,
    pub artikelen: Vec<Artikel>,
}

#[derive(Clone, Debug)]
pub struct Artikel {
    /// As the file writes it: `7.4.2`, `par. 6`, `Ad. 7`.
    pub artikel: String,
    /// The key citations are compared with: `7.4.2`, `6`, `Ad. 7`.
    pub sleutel: String,
    /// The seed's heading.
    pub titel: String,
    pub buiten_scope: Option<String>,
}

impl Artikel {
    /// A reason starting with "TODO bron:": the engine applies it, but no bron cites it yet.
    pub fn is_todo(&self) -> bool {
        self.buiten_scope.as_deref().is_some_and(|r| r.trim_start().starts_with(TODO))
    }
}

pub const TODO: &str = "TODO bron:";

/// A problem in a dekking file, with the field it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fout {
    pub veld: String,
    pub bericht: String,
}

impl fmt::Display for Fout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.veld.is_empty() {
            write!(f, "{}", self.bericht)
        } else {
            write!(f, "{}: {}", self.veld, self.bericht)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    gemeente: String,
    seed: String,
    titel: String,
    hoofdstukken: Vec<String>,
    #[serde(default)]
    artikel: Vec<ArtikelBestand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArtikelBestand {
    artikel: String,
    titel: String,
    buiten_scope: Option<String>,
}

impl Dekking {
    /// Reads a dekking file; every problem at once.
    pub fn uit_toml(tekst: &str) -> Result<Dekking, Vec<Fout>> {
        let fout = |veld: &str, bericht: String| Fout { veld: veld.to_string(), bericht };
        let bestand: Bestand = toml::from_str(tekst).map_err(|e| vec![fout("", e.to_string().trim().to_string())])?;
        let mut fouten = Vec::new();
        if !is_seed(&bestand.seed) {
            fouten.push(fout("seed", format!("'{}' is geen seednummer van drie cijfers, zoals \"002\"", bestand.seed)));
        }
        if bestand.gemeente.is_empty()
            || !bestand.gemeente.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            fouten.push(fout(
                "gemeente",
                format!("'{}' is geen gemeente-id (kleine letters, cijfers, -)", bestand.gemeente),
            ));
        }
        if bestand.hoofdstukken.is_empty() {
            fouten.push(fout("hoofdstukken", "noem de hoofdstukken die de rekenhulp dekt".to_string()));
        }
        for (i, h) in bestand.hoofdstukken.iter().enumerate() {
            if !is_getal(h) {
                fouten.push(fout(&format!("hoofdstukken[{}]", i + 1), format!("'{h}' is geen hoofdstuknummer")));
            }
        }
        let mut artikelen: Vec<Artikel> = Vec::new();
        let mut gezien: BTreeSet<String> = BTreeSet::new();
        for (i, a) in bestand.artikel.into_iter().enumerate() {
            let veld = format!("artikel[{}] ({})", i + 1, a.artikel);
            let Some(sleutel) = sleutel(&bestand.seed, &a.artikel) else {
                fouten.push(fout(&veld, "geen artikelnummer zoals \"7.4.2\", \"par. 6\" of \"Ad. 7\"".to_string()));
                continue;
            };
            if !gezien.insert(sleutel.clone()) {
                fouten.push(fout(&veld, format!("{sleutel} staat er twee keer in")));
            }
            if !in_hoofdstukken(&bestand.hoofdstukken, &sleutel) {
                fouten.push(fout(&veld, format!("{sleutel} valt niet in de hoofdstukken {:?}", bestand.hoofdstukken)));
            }
            if a.titel.trim().is_empty() {
                fouten.push(fout(&veld, "titel is leeg: neem de kop uit de seed over".to_string()));
            }
            if a.buiten_scope.as_deref().is_some_and(|r| r.trim().is_empty() || r.trim() == TODO) {
                fouten.push(fout(&veld, "buiten_scope zonder reden".to_string()));
            }
            artikelen.push(Artikel { artikel: a.artikel, sleutel, titel: a.titel, buiten_scope: a.buiten_scope });
        }
        for a in &artikelen {
            if let Some(kind) = artikelen.iter().find(|k| is_ouder(&a.sleutel, &k.sleutel)) {
                fouten.push(Fout {
                    veld: format!("artikel ({})", a.artikel),
                    bericht: format!(
                        "{} heeft onderdelen ({}): noem alleen de onderdelen, een verwijzing naar {} dekt ze niet",
                        a.sleutel, kind.sleutel, a.sleutel
                    ),
                });
            }
        }
        if !fouten.is_empty() {
            return Err(fouten);
        }
        Ok(Dekking {
            gemeente: bestand.gemeente,
            seed: bestand.seed,
            titel: bestand.titel,
            hoofdstukken: bestand.hoofdstukken,
            artikelen,
        })
    }

    /// Whether an article falls in the covered chapters, so that the list should name it.
    pub fn dekt(&self, sleutel: &str) -> bool {
        in_hoofdstukken(&self.hoofdstukken, sleutel)
    }

    fn bekend(&self, sleutel: &str) -> bool {
        self.artikelen.iter().any(|a| a.sleutel == sleutel || is_ouder(sleutel, &a.sleutel))
    }
}

fn in_hoofdstukken(hoofdstukken: &[String], sleutel: &str) -> bool {
    sleutel.starts_with("Ad. ") || hoofdstukken.iter().any(|h| h == sleutel || is_ouder(h, sleutel))
}

// ---------------------------------------------------------------------------------------------
// The check

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Cited by these bron strings (indices into the policy's [`Tekst`]en).
    Gecodeerd(Vec<usize>),
    BuitenScope(String),
    /// Out of scope for now with a reason starting "TODO bron:": applied, but not yet cited.
    Todo(String),
    Ontbreekt,
}

#[derive(Clone, Debug)]
pub struct Regel<'a> {
    pub artikel: &'a Artikel,
    pub status: Status,
    /// Where the policy mentions the article outside a `bron` (a hint for a TODO).
    pub vermeld: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct Verslag<'a> {
    pub regels: Vec<Regel<'a>>,
    /// Contradictions: a bron citing an article the list does not have, an article both cited
    /// and out of scope.
    pub problemen: Vec<String>,
}

impl Verslag<'_> {
    pub fn aantal(&self, soort: fn(&Status) -> bool) -> usize {
        self.regels.iter().filter(|r| soort(&r.status)).count()
    }

    pub fn ontbrekend(&self) -> Vec<&Artikel> {
        self.regels.iter().filter(|r| r.status == Status::Ontbreekt).map(|r| r.artikel).collect()
    }

    /// Every article encoded or out of scope, and no contradictions.
    pub fn in_orde(&self) -> bool {
        self.problemen.is_empty() && self.ontbrekend().is_empty()
    }
}

/// Checks every article of `dekking` against the policy's strings (from [`teksten`]).
pub fn controleer<'a>(dekking: &'a Dekking, teksten: &[Tekst]) -> Verslag<'a> {
    let mut geciteerd: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut vermeld: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut problemen = Vec::new();
    for (i, t) in teksten.iter().enumerate() {
        if t.is_bron() {
            for c in citaten(&t.tekst) {
                if c.seed != dekking.seed {
                    continue;
                }
                if let Some(a) = dekking.artikelen.iter().find(|a| a.sleutel == c.artikel) {
                    geciteerd.entry(a.sleutel.as_str()).or_default().push(i);
                } else if dekking.dekt(&c.artikel) && !dekking.bekend(&c.artikel) {
                    problemen.push(format!(
                        "{t}: \"{}\" noemt {} {}, dat niet in de lijst van seed {} staat",
                        t.tekst, c.seed, c.artikel, dekking.seed
                    ));
                }
            }
        } else {
            for c in vermeldingen(&t.tekst, &dekking.seed) {
                if let Some(a) = dekking.artikelen.iter().find(|a| c.seed == dekking.seed && a.sleutel == c.artikel) {
                    vermeld.entry(a.sleutel.as_str()).or_default().push(i);
                }
            }
        }
    }
    let regels = dekking
        .artikelen
        .iter()
        .map(|a| {
            let bronnen = geciteerd.get(a.sleutel.as_str()).cloned().unwrap_or_default();
            let status = match (&a.buiten_scope, bronnen.is_empty()) {
                (None, true) => Status::Ontbreekt,
                (Some(reden), true) if a.is_todo() => Status::Todo(reden.clone()),
                (Some(reden), true) => Status::BuitenScope(reden.clone()),
                (reden, false) => {
                    if reden.is_some() {
                        let wie: Vec<String> =
                            bronnen.iter().filter_map(|&i| teksten.get(i)).map(ToString::to_string).collect();
                        let wat = if a.is_todo() { "de TODO is klaar" } else { "het is toch gecodeerd" };
                        problemen.push(format!(
                            "{} {} staat als buiten_scope, maar {} citeert het ({wat}): haal buiten_scope weg",
                            dekking.seed,
                            a.artikel,
                            wie.join("; ")
                        ));
                    }
                    Status::Gecodeerd(bronnen)
                }
            };
            let vermeld = vermeld.get(a.sleutel.as_str()).cloned().unwrap_or_default();
            Regel { artikel: a, status, vermeld }
        })
        .collect();
    Verslag { regels, problemen }
}

// ---------------------------------------------------------------------------------------------
// The seed itself

/// Checks the list against the seed's text: every listed article has its heading in the seed
/// (number and the start of `titel`), and every dotted heading (`9.22 ...`, `Ad. f ...`) of the
/// covered chapters is listed, or is the parent of listed articles. Top-level paragraphs
/// (`4. Aanvraag`) are not looked for: in the text they cannot be told from list items.
pub fn controleer_seed(dekking: &Dekking, seedtekst: &str) -> Vec<String> {
    let regels: Vec<String> = seedtekst.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let mut koppen: Vec<(String, String)> = Vec::new();
    for (i, regel) in regels.iter().enumerate() {
        if let Some((sleutel, rest)) = kop(regel) {
            let volgende = regels.iter().skip(i + 1).find(|r| !r.is_empty()).map_or("", String::as_str);
            koppen.push((sleutel, format!("{rest} {volgende}")));
        }
    }
    let mut problemen = Vec::new();
    for a in &dekking.artikelen {
        let titel = normaal(&a.titel);
        if !koppen.iter().any(|(s, tekst)| *s == a.sleutel && normaal(tekst).starts_with(&titel)) {
            problemen.push(format!(
                "{} {} '{}': geen kop met dit nummer en deze titel in de seed",
                dekking.seed, a.artikel, a.titel
            ));
        }
    }
    let mut gemeld = BTreeSet::new();
    for (sleutel, tekst) in &koppen {
        let gestippeld = sleutel.contains('.') && !sleutel.starts_with("Ad.");
        if (gestippeld || sleutel.starts_with("Ad. "))
            && dekking.dekt(sleutel)
            && !dekking.bekend(sleutel)
            && gemeld.insert(sleutel.clone())
        {
            let kort: String = tekst.chars().take(60).collect();
            problemen.push(format!(
                "{} {sleutel} '{}' staat in de seed maar niet in de lijst",
                dekking.seed,
                kort.trim()
            ));
        }
    }
    problemen
}

/// A heading line: `7.4.2 doelgroep (PW)`, `4. Aanvraag- en ingangsdatum`, `Ad. 7. Financiële
/// draagkracht`, `Ad. e. Uitzondering`; gives the key and the text after the number.
fn kop(regel: &str) -> Option<(String, String)> {
    let (eerste, rest) = regel.split_once(' ')?;
    if eerste.eq_ignore_ascii_case("ad.") || eerste.eq_ignore_ascii_case("ad") {
        let (label, rest) = rest.split_once(' ')?;
        let label = label.trim_end_matches(['.', ':']);
        let geldig = (is_getal(label) && !label.contains('.'))
            || (label.len() == 1 && label.chars().all(|c| c.is_ascii_lowercase()));
        return geldig.then(|| (format!("Ad. {label}"), rest.to_string()));
    }
    let nummer = eerste.trim_end_matches('.');
    let begint_als_kop = rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '(' || c == '“' || c == '"');
    (is_getal(nummer) && !is_seed(nummer) && nummer.split('.').all(|d| d.len() <= 2) && begint_als_kop)
        .then(|| (nummer.to_string(), rest.to_string()))
}

fn normaal(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests;
