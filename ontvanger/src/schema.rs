//! Checks a request against `docs/keukentafel-request.schema.json` (version 1), by hand: the
//! schema is small, and a hand check gives a message per field in plain words. The tests in
//! `tests/ontvanger.rs` run the same example files as the schema's own check (`tests/js/schema.test.mjs`).

use serde_json::{Map, Value};

pub const MAX_BYTES: usize = 32 * 1024;

/// Every problem with the request, or none.
pub fn controleer(v: &Value) -> Vec<String> {
    let mut f = Vec::new();
    let Some(o) = v.as_object() else {
        return vec!["het verzoek is geen JSON-object".into()];
    };
    alleen(
        &mut f,
        "",
        o,
        &[
            "versie",
            "idempotentie_sleutel",
            "gemeente",
            "aangemaakt",
            "contact",
            "voorkeur",
            "moment",
            "vraag",
            "met_vrijwilliger",
            "toestemming",
            "delen",
            "uitkomst",
        ],
    );
    if o.get("versie") != Some(&Value::from(1)) {
        f.push("versie: moet 1 zijn".into());
    }
    tekst(&mut f, o, "idempotentie_sleutel", true, 36, is_uuid);
    tekst(&mut f, o, "gemeente", true, 64, is_gemeente_id);
    tekst(&mut f, o, "aangemaakt", true, 40, is_tijdstip);
    keuze(&mut f, o, "voorkeur", &["thuis", "gemeentehuis", "telefoon"]);
    tekst(&mut f, o, "moment", false, 200, |_| true);
    tekst(&mut f, o, "vraag", false, 2000, |_| true);
    if !matches!(o.get("met_vrijwilliger"), Some(Value::Bool(_))) {
        f.push("met_vrijwilliger: ja of nee ontbreekt".into());
    }
    if o.get("toestemming") != Some(&Value::Bool(true)) {
        f.push("toestemming: zonder toestemming wordt niets opgeslagen".into());
    }
    keuze(&mut f, o, "delen", &["alleen_contact", "met_uitkomst"]);
    match o.get("contact").and_then(Value::as_object) {
        None => f.push("contact: ontbreekt".into()),
        Some(c) => contact(&mut f, c),
    }
    let met_uitkomst = o.get("delen").and_then(Value::as_str) == Some("met_uitkomst");
    match (met_uitkomst, o.get("uitkomst")) {
        (true, Some(u)) => uitkomst(&mut f, u),
        (true, None) => f.push("uitkomst: ontbreekt bij delen = met_uitkomst".into()),
        (false, Some(_)) => f.push("uitkomst: mag alleen mee bij delen = met_uitkomst".into()),
        (false, None) => {}
    }
    f
}

fn alleen(f: &mut Vec<String>, pad: &str, o: &Map<String, Value>, velden: &[&str]) {
    for k in o.keys().filter(|k| !velden.contains(&k.as_str())) {
        f.push(format!("{pad}{k}: onbekend veld"));
    }
}

fn tekst(
    f: &mut Vec<String>,
    o: &Map<String, Value>,
    veld: &str,
    verplicht: bool,
    max: usize,
    goed: impl Fn(&str) -> bool,
) {
    match o.get(veld) {
        None if !verplicht => {}
        None => f.push(format!("{veld}: ontbreekt")),
        Some(Value::String(s)) if s.chars().count() > max => f.push(format!("{veld}: langer dan {max} tekens")),
        Some(Value::String(s)) if !goed(s) => f.push(format!("{veld}: ongeldige waarde")),
        Some(Value::String(_)) => {}
        Some(_) => f.push(format!("{veld}: moet tekst zijn")),
    }
}

fn keuze(f: &mut Vec<String>, o: &Map<String, Value>, veld: &str, keuzes: &[&str]) {
    if !o.get(veld).and_then(Value::as_str).is_some_and(|s| keuzes.contains(&s)) {
        f.push(format!("{veld}: moet een van {} zijn", keuzes.join(", ")));
    }
}

fn contact(f: &mut Vec<String>, c: &Map<String, Value>) {
    alleen(f, "contact.", c, &["naam", "telefoon", "email"]);
    let naam = c.get("naam").and_then(Value::as_str).unwrap_or("");
    if naam.trim().is_empty() || naam.chars().count() > 200 {
        f.push("contact.naam: ontbreekt of is te lang".into());
    }
    let telefoon = c.get("telefoon");
    let email = c.get("email");
    if telefoon.is_none() && email.is_none() {
        f.push("contact: telefoon of e-mail is nodig".into());
    }
    if let Some(t) = telefoon {
        if !t.as_str().is_some_and(is_telefoon) {
            f.push("contact.telefoon: geen geldig telefoonnummer".into());
        }
    }
    if let Some(e) = email {
        if !e.as_str().is_some_and(is_email) {
            f.push("contact.email: geen geldig e-mailadres".into());
        }
    }
}

fn uitkomst(f: &mut Vec<String>, u: &Value) {
    let Some(u) = u.as_object() else {
        f.push("uitkomst: moet een object zijn".into());
        return;
    };
    alleen(f, "uitkomst.", u, &["peildatum", "regelingen", "maatwerk", "antwoorden"]);
    if !u.get("peildatum").and_then(Value::as_str).is_some_and(is_datum) {
        f.push("uitkomst.peildatum: geen datum als 2025-09-15".into());
    }
    match u.get("regelingen").and_then(Value::as_array) {
        Some(r) if r.len() <= 50 => {
            for (i, item) in r.iter().enumerate() {
                let goed = item.as_object().is_some_and(|o| {
                    o.keys().all(|k| ["id", "status", "bedrag"].contains(&k.as_str()))
                        && o.get("id").and_then(Value::as_str).is_some_and(|s| s.len() <= 100)
                        && o.get("status")
                            .and_then(Value::as_str)
                            .is_some_and(|s| ["ja", "misschien", "nee"].contains(&s))
                        && o.get("bedrag").is_none_or(|b| b.is_null() || b.as_str().is_some_and(|s| s.len() <= 20))
                });
                if !goed {
                    f.push(format!("uitkomst.regelingen[{i}]: id en status (ja, misschien, nee) nodig"));
                }
            }
        }
        _ => f.push("uitkomst.regelingen: een lijst van hoogstens 50 nodig".into()),
    }
    if !u
        .get("maatwerk")
        .and_then(Value::as_array)
        .is_some_and(|m| m.len() <= 20 && m.iter().all(|s| s.as_str().is_some_and(|s| s.len() <= 100)))
    {
        f.push("uitkomst.maatwerk: een lijst van hoogstens 20 namen nodig".into());
    }
    if !u.get("antwoorden").is_some_and(Value::is_object) {
        f.push("uitkomst.antwoorden: moet een object zijn".into());
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_digit() || ('a'..='f').contains(&c)
            }
        })
}

fn is_datum(s: &str) -> bool {
    s.len() == 10 && s.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() })
}

/// A gemeente id as the schema has it (`^[a-z0-9-]{1,64}$`): the empty one names no gemeente.
pub fn is_gemeente_id(s: &str) -> bool {
    (1..=64).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_tijdstip(s: &str) -> bool {
    // Checked, not `split_at`: byte 10 may fall inside a multibyte character of a hostile value.
    let Some((datum, rest)) = s.split_at_checked(10) else {
        return false;
    };
    let Some(tijd) = rest.strip_prefix('T').and_then(|r| r.strip_suffix('Z')) else {
        return false;
    };
    let (hms, fractie) = tijd.split_once('.').unwrap_or((tijd, "0"));
    is_datum(datum)
        && hms.len() == 8
        && hms.char_indices().all(|(i, c)| if i == 2 || i == 5 { c == ':' } else { c.is_ascii_digit() })
        && !fractie.is_empty()
        && fractie.chars().all(|c| c.is_ascii_digit())
}

fn is_telefoon(s: &str) -> bool {
    let kern = s.strip_prefix('+').unwrap_or(s);
    (8..=20).contains(&kern.len()) && kern.chars().all(|c| c.is_ascii_digit() || " ()-".contains(c))
}

fn is_email(s: &str) -> bool {
    let Some((naam, domein)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !naam.is_empty()
        && !s.chars().any(char::is_whitespace)
        && !domein.contains('@')
        && domein.char_indices().any(|(i, c)| c == '.' && i > 0 && i + 1 < domein.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multibyte_character_at_byte_ten_is_refused_without_a_panic() {
        assert!(is_tijdstip("2026-11-22T10:15:00Z"));
        assert!(!is_tijdstip("2026-11-2\u{e9}T10:15:00Z"));
        assert!(!is_tijdstip("2026-11-22\u{20ac}10:15:00Z"));
        assert!(!is_tijdstip("2026-11-2"));
    }

    #[test]
    fn the_empty_gemeente_is_no_gemeente() {
        assert!(is_gemeente_id("bunschoten"));
        assert!(!is_gemeente_id(""));
        assert!(!is_gemeente_id("Bunschoten"));
        assert!(!is_gemeente_id(&"a".repeat(65)));
    }
}
