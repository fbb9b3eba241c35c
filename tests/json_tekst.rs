//! The hand-written JSON reader (`bur::json_tekst`) against serde_json, the reader it replaced:
//! the same value for every document serde_json accepts (but a key given twice, which ours
//! refuses), an error wherever serde_json has one, and the place of the error.
#![cfg(not(target_arch = "wasm32"))]

use bur::json_tekst::lees;
use proptest::prelude::*;
use serde_json::Value;

fn getal() -> impl Strategy<Value = Value> {
    "-?(0|[1-9][0-9]{0,24})(\\.[0-9]{1,24})?([eE][+-]?[0-9]{1,3})?"
        .prop_map(|t| serde_json::from_str::<Value>(&t).expect("the pattern is JSON's number grammar"))
}

fn waarde() -> impl Strategy<Value = Value> {
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        getal(),
        any::<String>().prop_map(Value::String),
        "[\"\\\\/\u{0}-\u{1f}a-zé€😀]{0,8}".prop_map(Value::String),
    ];
    blad.prop_recursive(5, 64, 6, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), binnen, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn leest_wat_serde_json_schrijft(w in waarde()) {
        let kort = serde_json::to_string(&w).unwrap();
        prop_assert_eq!(lees(&kort).unwrap(), w.clone());
        let mooi = serde_json::to_string_pretty(&w).unwrap();
        prop_assert_eq!(lees(&mooi).unwrap(), w);
    }

    /// Text from JSON's own characters, most of it broken: both readers agree on whether it
    /// is JSON and, where it is, on the value.
    #[test]
    fn zegt_ja_en_nee_als_serde_json(t in "[{}\\[\\]:,\" \\n\\\\tfrueanl0-9.eE+\\-u]{0,24}") {
        match (lees(&t), serde_json::from_str::<Value>(&t)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(_)) => {}
            (Err(e), Ok(_)) => prop_assert!(e.reden.contains("twee keer"), "ours refused {t:?}: {e}"),
            (Ok(a), Err(e)) => prop_assert!(false, "ours read {t:?} as {a}, serde_json: {e}"),
        }
    }

    /// A valid document with one byte changed: the same agreement.
    #[test]
    fn een_teken_anders(w in waarde(), plek in any::<prop::sample::Index>(), teken in "[{}\\[\\]:,\"\\\\ 0-9a-z\u{0}\u{7f}é]") {
        let mut t = serde_json::to_string(&w).unwrap();
        let grenzen: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
        if !grenzen.is_empty() {
            let i = grenzen[plek.index(grenzen.len())];
            let eind = t[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            t.replace_range(i..eind, &teken);
        }
        match (lees(&t), serde_json::from_str::<Value>(&t)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(_)) => {}
            (Err(e), Ok(_)) => prop_assert!(e.reden.contains("twee keer"), "ours refused {t:?}: {e}"),
            (Ok(a), Err(e)) => prop_assert!(false, "ours read {t:?} as {a}, serde_json: {e}"),
        }
    }
}

#[test]
fn getallen_houden_hun_tekst() {
    // Decimal reading relies on the number's text as written, never through f64.
    for (t, tekst) in [
        ("0", "0"),
        ("-0", "-0"),
        ("1.10", "1.10"),
        ("1300.61", "1300.61"),
        ("1e2", "1e+2"),
        ("1E+02", "1e+02"),
        ("-0.0E-0", "-0.0e-0"),
        ("123456789012345678901234567890.5", "123456789012345678901234567890.5"),
    ] {
        let Value::Number(n) = lees(t).unwrap() else { panic!("{t} is a number") };
        assert_eq!(n.as_str(), tekst);
        assert_eq!(lees(t).unwrap(), serde_json::from_str::<Value>(t).unwrap(), "{t}");
    }
}

#[test]
fn escapes_en_tekenparen() {
    assert_eq!(
        lees(r#""a\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00""#).unwrap(),
        Value::String("a\"\\/\u{8}\u{c}\n\r\té€😀".into())
    );
    for fout in [r#""\ud83d""#, r#""\ude00""#, r#""\ud83d\u0041""#, r#""\x""#, r#""\u12""#, "\"a\tb\"", "\"open"] {
        assert!(lees(fout).is_err(), "{fout}");
        assert!(serde_json::from_str::<Value>(fout).is_err(), "serde_json takes {fout}");
    }
}

#[test]
fn een_sleutel_twee_keer_wordt_geweigerd() {
    let e = lees(r#"{"toestemming": true, "toestemming": false}"#).unwrap_err();
    assert_eq!(e.reden, r#"de sleutel "toestemming" staat er twee keer"#);
    assert_eq!((e.regel, e.kolom), (1, 23));
    let lang = "x".repeat(10_000);
    let e = lees(&format!(r#"{{"{lang}": 1, "{lang}": 2}}"#)).unwrap_err();
    assert_eq!(e.reden, "een sleutel staat er twee keer");
}

#[test]
fn nesting_heeft_een_grens() {
    let diep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(lees(&diep(128)).is_ok());
    assert!(lees(&diep(129)).unwrap_err().reden.contains("128 lagen"));
    // Far deeper than any stack allows when read by recursion without the limit.
    assert!(lees(&"[{\"a\":".repeat(1_000_000)).is_err());
}

#[test]
fn de_fout_zegt_waar() {
    let e = lees("{\n  \"leeftijd\": 3é,\n}").unwrap_err();
    assert_eq!((e.regel, e.kolom, e.reden.as_str()), (2, 16, "onverwacht teken 'é'"));
    assert_eq!(e.to_string(), "regel 2, kolom 16: onverwacht teken 'é'");
    let e = lees("[1, 2").unwrap_err();
    assert_eq!((e.regel, e.kolom, e.reden.as_str()), (1, 6, "onverwacht einde"));
    let e = lees("{} x").unwrap_err();
    assert_eq!(e.reden, "er staat nog tekst na het einde");
    assert_eq!(lees("").unwrap_err().reden, "onverwacht einde");
    assert_eq!(lees(" \t\r\n{ } \n").unwrap(), serde_json::json!({}));
}
