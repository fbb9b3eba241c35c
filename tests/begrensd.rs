//! Bounded answers (issue 14, item 4): more than the engine reads is refused at once, with a
//! message naming the field in the inwoner's language; a long unknown key gets no "did you
//! mean" search and is not shown back whole.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use bur::catalogus::Catalogus;
use bur::household::{MAX_ANTWOORDEN_BYTES, MAX_LIJST};
use bur::{Antwoorden, Veldfout};
use serde_json::{json, Value};

fn fouten(w: &Value) -> Vec<Veldfout> {
    Antwoorden::uit_json(&w.to_string()).err().unwrap_or_default()
}

fn lijst(n: usize, item: Value) -> Value {
    Value::Array(vec![item; n])
}

#[test]
fn fifty_children_adults_or_costs_are_read_and_fifty_one_are_refused_naming_the_list() {
    let kost = json!({"soort": "witgoed", "bedrag": "10"});
    for (veld, item) in
        [("kinderen", json!({"leeftijd": 4})), ("medebewoners", json!({"leeftijd": 30})), ("kosten", kost)]
    {
        let mut a = json!({"aanvrager": {"leeftijd": 30}, "heeft_partner": false});
        a[veld] = lijst(MAX_LIJST, item.clone());
        assert!(fouten(&a).is_empty(), "{veld}: {:?}", fouten(&a));
        a[veld] = lijst(MAX_LIJST + 1, item);
        let f = fouten(&a);
        assert_eq!(f.len(), 1, "{veld}: one message for the list, not one per item");
        assert_eq!((f[0].veld.as_str(), f[0].code), (veld, "lijst_te_lang"));
        let nl = Catalogus::van("nl").unwrap().bericht(&f[0].bericht);
        assert!(nl.contains("hoogstens 50") && nl.contains("51"), "{nl}");
    }
}

#[test]
fn answers_over_64_kb_are_refused_before_they_are_read() {
    let lang = "x".repeat(MAX_ANTWOORDEN_BYTES);
    let a = json!({"aanvrager": {"leeftijd": 30, "inkomensbron": lang}});
    let f = fouten(&a);
    assert_eq!((f.len(), f[0].code, f[0].veld.as_str()), (1, "te_groot", ""));
    // The same from a value (YAML, or the widget's kept answers), not only from text.
    let f = Antwoorden::uit_waarde(&a).err().unwrap();
    assert_eq!(f[0].code, "te_groot");
    let en = Catalogus::van("en").unwrap().bericht(&f[0].bericht);
    assert!(en.contains("too long"), "{en}");
    // Just under the limit is read as usual: the message is about the field.
    let a = json!({"aanvrager": {"leeftijd": 30, "inkomensbron": "x".repeat(MAX_ANTWOORDEN_BYTES - 100)}});
    assert_eq!(fouten(&a)[0].veld, "aanvrager.inkomensbron");
}

#[test]
fn a_long_unknown_key_gets_no_suggestion_and_is_shown_short() {
    let sleutel = format!("leeftijd{}", "y".repeat(20_000));
    let a = json!({"aanvrager": {sleutel: 30}});
    let f = fouten(&a);
    assert_eq!(f[0].code, "onbekend_veld");
    let nl = Catalogus::van("nl").unwrap().bericht(&f[0].bericht);
    assert!(!nl.contains("Bedoelt u"), "{nl}");
    assert!(nl.len() < 400, "the key is not repeated whole: {} bytes", nl.len());
    assert!(nl.contains("leeftijdyyy") && nl.contains('…'), "{nl}");
    // A short typo still gets its suggestion.
    let f = fouten(&json!({"aanvrager": {"leeftyd": 30}}));
    assert!(Catalogus::van("nl").unwrap().bericht(&f[0].bericht).contains("Bedoelt u 'leeftijd'"));
}
