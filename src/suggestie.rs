//! "Did you mean ...?": the nearest valid name for a typo, for answers and policy files alike.

/// Longer names get no suggestion (see `dichtstbij`).
const MAX_NAAM: usize = 64;

/// The candidate closest to `naam` by edit distance, if it is close enough to be a typo.
pub fn dichtstbij<'a>(naam: &str, kandidaten: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // A typo of a field name is short; the distance to a long text costs its length times
    // each candidate's, for no suggestion anyone needs (a 10 MB key took 10 s to refuse).
    if naam.len() > MAX_NAAM {
        return None;
    }
    let grens = (naam.chars().count() / 3).clamp(1, 4);
    kandidaten
        .into_iter()
        .map(|k| (afstand(naam, k), k))
        .filter(|(d, _)| *d <= grens)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over characters.
fn afstand(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut vorige: Vec<usize> = (0..=b.len()).collect();
    let mut huidige = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        if let Some(eerste) = huidige.first_mut() {
            *eerste = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let kosten = usize::from(ca != *cb);
            let vervang = vorige.get(j).map_or(usize::MAX, |v| v + kosten);
            let weg = vorige.get(j + 1).map_or(usize::MAX, |v| v + 1);
            let erbij = huidige.get(j).map_or(usize::MAX, |v| v + 1);
            if let Some(cel) = huidige.get_mut(j + 1) {
                *cel = vervang.min(weg).min(erbij);
            }
        }
        std::mem::swap(&mut vorige, &mut huidige);
    }
    vorige.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        let namen = ["leeftijd", "inkomen", "student"];
        assert_eq!(dichtstbij("leeftyd", namen), Some("leeftijd"));
        assert_eq!(dichtstbij("inkommen", namen), Some("inkomen"));
        assert_eq!(dichtstbij("postcode", namen), None);
        assert_eq!(afstand("", "abc"), 3);
        assert_eq!(afstand("kitten", "sitting"), 3);
    }
}
