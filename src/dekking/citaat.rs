//! Reading citations: the seed number and the articles a `bron` string names, in each seed's own style.

/// One cited article: the seed's number (`002`) and the article's key. A key is the number as
/// the seed numbers it (`7.4.2`, `9.17`, `6` for Roosendaal's par. 6), or `Ad. x` for
/// Roosendaal's explanations (`Ad. 7`, `Ad. b`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Citaat {
    pub seed: String,
    pub artikel: String,
}

/// The citations in a `bron` string. A citation runs from a seed number to a `;` followed by
/// another source, or to a capitalised word that is not part of it (`Participatiewet`, `WWB`);
/// text in parentheses is its own context, so `(12 maanden)` or `(art. 57 WWB)` cites nothing
/// and `(000 par. 1.1)` cites 000 1.1.
pub fn citaten(tekst: &str) -> Vec<Citaat> {
    lees(tekst, None)
}

/// Articles mentioned in free text of a policy (a `vervolgstap`, a `document`): as [`citaten`],
/// but a mention without a seed number (`art. 2.1.1`) belongs to `seed`. Only a hint: a mention
/// outside `bron` does not encode an article.
pub fn vermeldingen(tekst: &str, seed: &str) -> Vec<Citaat> {
    lees(tekst, Some(seed))
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Open,
    Sluit,
    Puntkomma,
    Verbinding,
    Reeks,
    Woord(String),
    Getal(String),
}

fn tokens(tekst: &str) -> Vec<Token> {
    let tekst = tekst.replace("t/m", " - ").replace("tot en met", " - ");
    let mut uit = Vec::new();
    let mut huidig = String::new();
    for c in tekst.chars() {
        let los = match c {
            '(' | '[' => Some(Token::Open),
            ')' | ']' => Some(Token::Sluit),
            ';' => Some(Token::Puntkomma),
            ',' | '/' | '+' | '&' | ':' => Some(Token::Verbinding),
            '-' | '–' | '—' => Some(Token::Reeks),
            '§' => Some(Token::Woord("§".to_string())),
            _ => None,
        };
        if los.is_some() || c.is_whitespace() || matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”') {
            woord_af(&mut huidig, &mut uit);
            uit.extend(los);
        } else {
            huidig.push(c);
        }
    }
    woord_af(&mut huidig, &mut uit);
    uit
}

fn woord_af(huidig: &mut String, uit: &mut Vec<Token>) {
    if huidig.is_empty() {
        return;
    }
    let woord = std::mem::take(huidig);
    let zonder_punt = woord.strip_suffix('.').unwrap_or(&woord);
    if is_getal(zonder_punt) {
        uit.push(Token::Getal(zonder_punt.to_string()));
    } else {
        uit.push(Token::Woord(woord));
    }
}

/// `7`, `7.4`, `7.4.2`: digits, separated by single dots.
pub(super) fn is_getal(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
}

/// A seed number: three digits, the first a zero (`000` to `099`); an article never starts so.
pub(super) fn is_seed(s: &str) -> bool {
    s.len() == 3 && s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Woordsoort {
    /// `art.`, `par.`, `hoofdstuk`, `toelichting`: article numbers follow.
    Artikel,
    /// `Ad.`: Roosendaal's explanations, a number or a letter follows.
    Ad,
    /// `en`, `of`: the list goes on.
    Verbinder,
    Letter(char),
    /// A capitalised word (`Participatiewet`, `WWB`): another source, the citation ends.
    Eind,
    /// Any other word (`lid`, `onder`, `pt`, `uitzondering`): what follows is a part of the
    /// article just named, not an article.
    Onderdeel,
}

fn woordsoort(woord: &str) -> Woordsoort {
    let kaal = woord.trim_end_matches('.');
    match kaal.to_lowercase().as_str() {
        "art" | "artikel" | "artikelen" | "par" | "paragraaf" | "paragrafen" | "§" | "hoofdstuk" | "hoofdstukken"
        | "toelichting" | "afdeling" => Woordsoort::Artikel,
        "ad" => Woordsoort::Ad,
        "en" | "of" | "resp" => Woordsoort::Verbinder,
        _ => {
            let mut tekens = kaal.chars();
            match (tekens.next(), tekens.next()) {
                (Some(c), None) if c.is_alphabetic() => Woordsoort::Letter(c.to_ascii_lowercase()),
                (Some(c), Some(_)) if c.is_uppercase() => Woordsoort::Eind,
                _ => Woordsoort::Onderdeel,
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Modus {
    Geen,
    Artikel,
    Ad,
    Onderdeel,
}

#[derive(Clone, Debug)]
enum Vorige {
    Nummer(String),
    AdNummer(String),
    AdLetter(char),
}

#[derive(Clone, Debug)]
struct Stand {
    seed: Option<String>,
    modus: Modus,
    /// The mode before `lid`, `onder`: a dotted number after a list of lid numbers
    /// (`10.2 lid 1, 3 en 10.3`) is an article again.
    terug: Modus,
    vorige: Option<Vorige>,
    reeks: bool,
    na_ad: bool,
    na_verbinding: bool,
}

impl Stand {
    fn nieuw(seed: Option<String>) -> Stand {
        Stand {
            seed,
            modus: Modus::Geen,
            terug: Modus::Geen,
            vorige: None,
            reeks: false,
            na_ad: false,
            na_verbinding: false,
        }
    }
}

fn lees(tekst: &str, standaard: Option<&str>) -> Vec<Citaat> {
    let standaard = standaard.map(str::to_string);
    let mut stapel: Vec<Stand> = Vec::new();
    let mut s = Stand::nieuw(standaard.clone());
    let mut uit: Vec<Citaat> = Vec::new();
    for token in tokens(tekst) {
        let verbinding = match &token {
            Token::Verbinding => true,
            Token::Woord(w) => woordsoort(w) == Woordsoort::Verbinder,
            _ => false,
        };
        match token {
            Token::Open => {
                stapel.push(s.clone());
                s = Stand::nieuw(standaard.clone());
            }
            Token::Sluit => {
                if let Some(buiten) = stapel.pop() {
                    s = buiten;
                }
            }
            // The seed stays: `002 art. 7.6.1 lid 2; toelichting 7.6` is still 002.
            Token::Puntkomma => {
                s.modus = Modus::Geen;
                s.vorige = None;
                s.reeks = false;
            }
            Token::Verbinding => {}
            Token::Reeks => s.reeks = s.vorige.is_some(),
            Token::Woord(w) => match woordsoort(&w) {
                Woordsoort::Artikel => {
                    s.modus = Modus::Artikel;
                    s.vorige = None;
                    s.reeks = false;
                }
                Woordsoort::Ad => {
                    s.modus = Modus::Ad;
                    s.vorige = None;
                    s.reeks = false;
                    s.na_ad = true;
                }
                Woordsoort::Verbinder => {}
                Woordsoort::Onderdeel => {
                    if matches!(s.modus, Modus::Artikel | Modus::Ad) {
                        s.terug = s.modus;
                        s.modus = Modus::Onderdeel;
                    }
                    s.vorige = None;
                    s.reeks = false;
                    s.na_ad = false;
                }
                Woordsoort::Eind => {
                    s = Stand::nieuw(standaard.clone());
                }
                Woordsoort::Letter(c) => {
                    let is_ad = s.modus == Modus::Ad && (s.na_ad || matches!(s.vorige, Some(Vorige::AdLetter(_))));
                    if is_ad {
                        let van = match (&s.vorige, s.reeks) {
                            (Some(Vorige::AdLetter(v)), true) => Some(*v),
                            _ => None,
                        };
                        for l in letter_reeks(van, c) {
                            voeg_toe(&s, format!("Ad. {l}"), &mut uit);
                        }
                        s.vorige = Some(Vorige::AdLetter(c));
                    } else {
                        // a part of the article just named: `Ad. 7 B`, `par. 5 b`, `8.1 a-e`
                        s.vorige = None;
                    }
                    s.reeks = false;
                    s.na_ad = false;
                }
            },
            Token::Getal(g) => {
                if is_seed(&g) {
                    s = Stand::nieuw(Some(g));
                    s.modus = Modus::Artikel;
                } else {
                    getal(&mut s, &g, &mut uit);
                }
            }
        }
        s.na_verbinding = verbinding;
    }
    uit.dedup();
    uit
}

fn getal(s: &mut Stand, g: &str, uit: &mut Vec<Citaat>) {
    // Articles have short parts; `1.500` is an amount.
    let artikelachtig = g.split('.').all(|d| d.len() <= 2);
    let gestippeld = g.contains('.');
    if s.modus == Modus::Onderdeel && s.terug == Modus::Artikel && gestippeld && s.na_verbinding && artikelachtig {
        s.modus = Modus::Artikel;
        s.vorige = None;
        s.reeks = false;
    }
    match s.modus {
        Modus::Artikel if artikelachtig => {
            let van = match (&s.vorige, s.reeks) {
                (Some(Vorige::Nummer(v)), true) => Some(v.clone()),
                _ => None,
            };
            for n in nummer_reeks(van.as_deref(), g) {
                voeg_toe(s, n, uit);
            }
            s.vorige = Some(Vorige::Nummer(g.to_string()));
        }
        Modus::Ad if artikelachtig && !gestippeld => {
            let van = match (&s.vorige, s.reeks) {
                (Some(Vorige::AdNummer(v)), true) => Some(v.clone()),
                _ => None,
            };
            for n in nummer_reeks(van.as_deref(), g) {
                voeg_toe(s, format!("Ad. {n}"), uit);
            }
            s.vorige = Some(Vorige::AdNummer(g.to_string()));
        }
        _ => {}
    }
    s.reeks = false;
    s.na_ad = false;
}

fn voeg_toe(s: &Stand, artikel: String, uit: &mut Vec<Citaat>) {
    if let Some(seed) = &s.seed {
        let c = Citaat { seed: seed.clone(), artikel };
        if !uit.contains(&c) {
            uit.push(c);
        }
    }
}

/// `10.1-10.3` and `10.1-3` give 10.1 (already emitted as `van`), 10.2, 10.3; without `van`, or
/// when the two do not share their head, only `tot`.
fn nummer_reeks(van: Option<&str>, tot: &str) -> Vec<String> {
    let alleen_tot = vec![tot.to_string()];
    let Some(van) = van else {
        return alleen_tot;
    };
    let (van_kop, van_staart) = van.rsplit_once('.').unwrap_or(("", van));
    let (tot_kop, tot_staart) = tot.rsplit_once('.').unwrap_or((van_kop, tot));
    let (Ok(a), Ok(b)) = (van_staart.parse::<u32>(), tot_staart.parse::<u32>()) else {
        return alleen_tot;
    };
    if van_kop != tot_kop || a >= b || b - a > 100 {
        return alleen_tot;
    }
    (a + 1..=b).map(|n| if van_kop.is_empty() { n.to_string() } else { format!("{van_kop}.{n}") }).collect()
}

/// `Ad. a-c` gives a (already emitted), b and c.
fn letter_reeks(van: Option<char>, tot: char) -> Vec<char> {
    match van {
        Some(v) if v.is_ascii_lowercase() && tot.is_ascii_lowercase() && v < tot => (v..=tot).skip(1).collect(),
        _ => vec![tot],
    }
}

/// The key of an article as a dekking file writes it: `par. 6` and `6` are the same key.
pub fn sleutel(seed: &str, artikel: &str) -> Option<String> {
    let gevonden = lees(&format!("{seed} {artikel}"), None);
    match gevonden.as_slice() {
        [enige] => Some(enige.artikel.clone()),
        _ => None,
    }
}

/// `7.4` is the parent of `7.4.2` (and of `7.4.2.1`), not of `7.40`; `Ad.` keys have none.
pub fn is_ouder(ouder: &str, kind: &str) -> bool {
    ouder.starts_with(|c: char| c.is_ascii_digit())
        && kind.strip_prefix(ouder).is_some_and(|rest| rest.starts_with('.'))
}
