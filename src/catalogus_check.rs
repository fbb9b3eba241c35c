//! The catalog check of the test command (`bur catalogus --check`): every language has every
//! message Dutch has, and no placeholder Dutch does not (a placeholder a translation invents
//! would never get a value). Variables used through a term (`{ -wie }`) count for the message.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

type Plaatshouders = BTreeSet<String>;

/// Per message key its placeholders (`berichten`).
pub type Berichten = BTreeMap<String, Plaatshouders>;

/// Per message key its placeholders, from a catalog's text.
pub fn berichten(tekst: &str) -> Result<Berichten, String> {
    let resource = fluent_syntax::parser::parse(tekst)
        .map_err(|(_, fouten)| fouten.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join("; "))?;
    // Terms and messages a message refers to: their variables count for it.
    let mut termen: BTreeMap<&str, &Pattern<&str>> = BTreeMap::new();
    for e in &resource.body {
        match e {
            Entry::Term(t) => {
                termen.insert(t.id.name, &t.value);
            }
            Entry::Message(m) => {
                if let Some(v) = &m.value {
                    termen.insert(m.id.name, v);
                }
            }
            _ => {}
        }
    }
    let mut uit = BTreeMap::new();
    for e in &resource.body {
        if let Entry::Message(m) = e {
            let mut p = Plaatshouders::new();
            if let Some(v) = &m.value {
                patroon(v, &termen, &mut p, 0);
            }
            uit.insert(m.id.name.to_string(), p);
        }
    }
    Ok(uit)
}

/// What is wrong with `taal`'s catalog against the Dutch one (read once by `berichten`);
/// empty: nothing.
pub fn vergelijk(taal: &str, nl: &Berichten, ander: &str) -> Vec<String> {
    let ander = match berichten(ander) {
        Ok(b) => b,
        Err(e) => return vec![format!("locales/{taal}: {e}")],
    };
    let mut fouten = Vec::new();
    for (sleutel, plaatshouders) in nl {
        match ander.get(sleutel) {
            None => fouten.push(format!("locales/{taal}: bericht '{sleutel}' ontbreekt (het Nederlands heeft het)")),
            Some(eigen) => {
                for p in eigen.difference(plaatshouders) {
                    fouten.push(format!(
                        "locales/{taal}: bericht '{sleutel}' gebruikt ${p}, dat het Nederlands niet heeft"
                    ));
                }
            }
        }
    }
    for sleutel in ander.keys().filter(|k| !nl.contains_key(*k)) {
        fouten.push(format!("locales/{taal}: bericht '{sleutel}' staat niet in het Nederlands"));
    }
    fouten
}

fn patroon(p: &Pattern<&str>, termen: &BTreeMap<&str, &Pattern<&str>>, uit: &mut Plaatshouders, diepte: u8) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expressie(expression, termen, uit, diepte);
        }
    }
}

fn expressie(e: &Expression<&str>, termen: &BTreeMap<&str, &Pattern<&str>>, uit: &mut Plaatshouders, diepte: u8) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, termen, uit, diepte);
            for v in variants {
                patroon(&v.value, termen, uit, diepte);
            }
        }
        Expression::Inline(i) => inline(i, termen, uit, diepte),
    }
}

fn inline(i: &InlineExpression<&str>, termen: &BTreeMap<&str, &Pattern<&str>>, uit: &mut Plaatshouders, diepte: u8) {
    match i {
        InlineExpression::VariableReference { id } => {
            uit.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } if diepte < 8 => {
            if let Some(t) = termen.get(format!("-{}", id.name).as_str()).or_else(|| termen.get(id.name)) {
                patroon(t, termen, uit, diepte + 1);
            }
        }
        InlineExpression::MessageReference { id, .. } if diepte < 8 => {
            if let Some(t) = termen.get(id.name) {
                patroon(t, termen, uit, diepte + 1);
            }
        }
        InlineExpression::Placeable { expression } => expressie(expression, termen, uit, diepte),
        _ => {}
    }
}
