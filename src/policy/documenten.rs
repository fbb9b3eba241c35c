//! The documents the rules come from. Policy staff cite a seed document by its file number
//! ("002 art. 7.4.2"), short and exact; an inwoner cannot look that up. Each policy (and the
//! national file of general rules) declares its documents with a title and, where it has one,
//! the address of the public text. `bur check` refuses a citation of an undeclared number, and
//! `bur json` writes every citation with the document's title ("Verordening sociaal domein
//! Bunschoten 2025, art. 7.4.2"), so no file number reaches the inwoner's screen.

/// An https address without spaces: the only kind of link a policy gives an inwoner (both
/// readers check it, so no `javascript:` or `http:` link reaches a page).
pub fn is_https(url: &str) -> bool {
    url.starts_with("https://") && url.len() > "https://".len() && !url.contains(char::is_whitespace)
}

/// An address a link on the page may have: https, or mailto for an e-mail address.
pub fn is_link(url: &str) -> bool {
    is_https(url) || (url.starts_with("mailto:") && url.contains('@') && !url.contains(char::is_whitespace))
}

/// Where a keukentafelgesprek request may be sent: https, or plain http to this machine (tests).
pub fn is_endpoint(url: &str) -> bool {
    let lokaal = ["http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/"];
    is_https(url) || (lokaal.iter().any(|p| url.starts_with(p)) && !url.contains(char::is_whitespace))
}

/// A source document: its number as the policy cites it, its title as an inwoner may search
/// for it, and the public text's https address where the policy gives one.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub titel: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// What follows a document's number where it cites a part of it ("002 art. 7.4", "001 Ad. 4"):
/// the title then takes a comma ("..., art. 7.4").
#[cfg(feature = "toml")]
const VERWIJZING: &[&str] =
    &[" par", " art", " Ad.", " hoofdstuk", " toelichting", " overzicht", " bijlage", " bijl", " ch."];

/// What else may follow a number in a citation: "004 (casus 2)", "003: Beleidsregels ...", "(004)".
#[cfg(feature = "toml")]
const ANDERS_NA_NUMMER: &[&str] = &[" (casus", ":", ")"];

/// The citations of a document number in a text: the byte position and the number (three
/// digits, not part of a longer number or an amount, followed by what a citation continues with).
#[cfg(feature = "toml")]
pub fn citaten(tekst: &str) -> Vec<(usize, &str)> {
    let mut uit = Vec::new();
    let mut vorige: Option<char> = None;
    let mut na_euro = false;
    for (i, c) in tekst.char_indices() {
        let los = !vorige.is_some_and(|v| v.is_alphanumeric() || v == '.' || v == ',') && !na_euro;
        if los && c.is_ascii_digit() {
            // Three ASCII digits start at a character boundary, so `get` is exact.
            let nummer = tekst.get(i..i + 3).filter(|n| n.bytes().all(|b| b.is_ascii_digit()));
            let rest = tekst.get(i + 3..).unwrap_or("");
            if let Some(nummer) =
                nummer.filter(|_| VERWIJZING.iter().chain(ANDERS_NA_NUMMER).any(|n| rest.starts_with(n)))
            {
                uit.push((i, nummer));
            }
        }
        // "€ 150 par." is an amount: a number after a euro sign (and its space) is never a citation.
        na_euro = c == '€' || (na_euro && c.is_whitespace());
        vorige = Some(c);
    }
    uit
}

/// The text with every citation of a declared document under its title: "002 art. 7.4" →
/// "Verordening sociaal domein Bunschoten 2025, art. 7.4"; "004 (casus 2)" → "3D-lab Almere
/// (2016) (casus 2)"; a leading "002: " before the document's own name is dropped.
#[cfg(feature = "toml")]
pub fn met_titels(tekst: &str, documenten: &[Document]) -> String {
    let mut uit = String::with_capacity(tekst.len() + 32);
    let mut vanaf = 0;
    for (i, id) in citaten(tekst) {
        let Some(doc) = documenten.iter().find(|d| d.id == id) else { continue };
        // Positions from `citaten`: character boundaries of this text.
        uit.push_str(tekst.get(vanaf..i).unwrap_or(""));
        let rest = tekst.get(i + 3..).unwrap_or("");
        if i == 0 && rest.starts_with(": ") {
            // "002: Verordening ..." names the document itself after the colon.
            vanaf = i + 5;
            continue;
        }
        uit.push_str(&doc.titel);
        if VERWIJZING.iter().any(|v| rest.starts_with(v)) {
            uit.push(',');
        }
        vanaf = i + 3;
    }
    uit.push_str(tekst.get(vanaf..).unwrap_or(""));
    uit
}

/// Every string of a compiled policy with its citations under their titles (`bur json`).
#[cfg(feature = "toml")]
pub fn herschrijf(waarde: &mut serde_json::Value, documenten: &[Document]) {
    use serde_json::Value;
    match waarde {
        Value::String(s) if !citaten(s).is_empty() => *s = met_titels(s, documenten),
        Value::Array(lijst) => lijst.iter_mut().for_each(|w| herschrijf(w, documenten)),
        Value::Object(m) => {
            for (sleutel, w) in m.iter_mut() {
                // The list of documents itself keeps the numbers: they are its ids.
                if sleutel != "documenten" {
                    herschrijf(w, documenten);
                }
            }
        }
        _ => {}
    }
}

/// Every citation in a policy file (its parsed table) of a document it does not declare, with
/// the path of the field: `regeling[2].voorwaarde[0].bron`.
#[cfg(feature = "toml")]
pub fn onbekende_citaten(waarde: &serde_json::Value, pad: &str, ids: &[&str], uit: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match waarde {
        Value::String(s) => {
            for (_, id) in citaten(s) {
                if !ids.contains(&id) && !uit.iter().any(|(p, i)| p == pad && i == id) {
                    uit.push((pad.to_string(), id.to_string()));
                }
            }
        }
        Value::Array(lijst) => {
            for (i, w) in lijst.iter().enumerate() {
                onbekende_citaten(w, &format!("{pad}[{i}]"), ids, uit);
            }
        }
        Value::Object(m) => {
            for (sleutel, w) in m {
                let pad = if pad.is_empty() { sleutel.clone() } else { format!("{pad}.{sleutel}") };
                onbekende_citaten(w, &pad, ids, uit);
            }
        }
        _ => {}
    }
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;

    fn docs() -> Vec<Document> {
        vec![
            Document { id: "002".into(), titel: "Verordening sociaal domein Bunschoten 2025".into(), url: None },
            Document { id: "004".into(), titel: "3D-lab Almere (2016)".into(), url: None },
        ]
    }

    #[test]
    fn text_beyond_ascii_is_read_safely() {
        assert!(citaten("één € 100 ü 002 ëé").is_empty());
        assert_eq!(citaten("ü 002 art. 1").len(), 1);
    }

    #[test]
    fn citations_are_found_and_amounts_are_not() {
        let t = "002 art. 7.4 en 004 (casus 2); € 150 par. 3; 1.002 art. 1; 2002 art. 3; 150.00";
        assert_eq!(citaten(t).iter().map(|(_, id)| *id).collect::<Vec<_>>(), ["002", "004"]);
    }

    #[test]
    fn citations_get_their_titles() {
        let d = docs();
        assert_eq!(
            met_titels("002 art. 7.4.2 lid 1", &d),
            "Verordening sociaal domein Bunschoten 2025, art. 7.4.2 lid 1"
        );
        assert_eq!(
            met_titels("Participatiewet art. 36; 002 toelichting 7.4.3", &d),
            "Participatiewet art. 36; Verordening sociaal domein Bunschoten 2025, toelichting 7.4.3"
        );
        assert_eq!(met_titels("004 (casus 2)", &d), "3D-lab Almere (2016) (casus 2)");
        assert_eq!(
            met_titels("002: Verordening sociaal domein 2025 Gemeente Bunschoten", &d),
            "Verordening sociaal domein 2025 Gemeente Bunschoten"
        );
        // An undeclared number stays as it is (`bur check` refuses it before this runs).
        assert_eq!(met_titels("003 par. 5", &d), "003 par. 5");
    }

    #[test]
    fn undeclared_citations_are_named_with_their_field() {
        let v = serde_json::json!({"regeling": [{"bron": "002 art. 1"}, {"bron": "009 par. 2"}]});
        let mut uit = Vec::new();
        onbekende_citaten(&v, "", &["002"], &mut uit);
        assert_eq!(uit, [("regeling[1].bron".to_string(), "009".to_string())]);
    }
}
