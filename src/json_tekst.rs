//! JSON text to a `serde_json::Value`, read by hand: every policy file, answers object and
//! answer the engine is given as text (`bur json`'s output, the widget's answers).
//!
//! Why not `serde_json::from_str`: its reader, with the error machinery around it and the float
//! formatter its messages pull in, was 22 kB gzip of the 157 kB WebAssembly module, and this
//! reader is about 2 kB. The same reader serves natively, so what the browser reads is what the
//! tests read; `tests/json_tekst.rs` compares it with serde_json on random documents.
//!
//! It reads RFC 8259 JSON strictly, as serde_json does, with three differences that matter here:
//! a key given twice is refused (serde_json keeps the last, so two readers of one file could
//! disagree about an answer); nesting deeper than 128 is refused (serde_json stops at 128 too),
//! which keeps the stack of the WebAssembly instance safe; numbers keep their text, with the
//! exponent written as serde_json's `arbitrary_precision` writes it, so `Decimal` reads them
//! exactly as before.

use serde_json::{Map, Number, Value};
use std::fmt;

/// Deeper nesting is refused before it can exhaust the stack.
const MAX_DIEPTE: usize = 128;

/// A syntax error with its place: line and column (in characters), both from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFout {
    pub regel: usize,
    pub kolom: usize,
    pub reden: String,
}

impl fmt::Display for JsonFout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "regel {}, kolom {}: {}", self.regel, self.kolom, self.reden)
    }
}

/// Reads one JSON value, with nothing but whitespace after it.
pub fn lees(tekst: &str) -> Result<Value, JsonFout> {
    let mut l = Lezer { t: tekst, b: tekst.as_bytes(), i: 0 };
    let uitkomst = l.waarde(0).and_then(|w| {
        l.spaties();
        if l.i < l.b.len() {
            Err("er staat nog tekst na het einde".to_string())
        } else {
            Ok(w)
        }
    });
    uitkomst.map_err(|reden| l.fout(reden))
}

struct Lezer<'a> {
    t: &'a str,
    b: &'a [u8],
    i: usize,
}

type Uit<T> = Result<T, String>;

impl Lezer<'_> {
    fn kijk(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn spaties(&mut self) {
        while matches!(self.kijk(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn onverwacht(&self) -> String {
        match self.t.get(self.i..).and_then(|rest| rest.chars().next()) {
            None => "onverwacht einde".to_string(),
            Some(c) => format!("onverwacht teken '{}'", c.escape_debug()),
        }
    }

    fn fout(&self, reden: String) -> JsonFout {
        let voor = self.b.get(..self.i).unwrap_or(self.b);
        let regel = voor.iter().filter(|&&c| c == b'\n').count() + 1;
        let laatste = voor.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        // Characters, not bytes: a UTF-8 continuation byte starts no character.
        let kolom = voor.get(laatste..).unwrap_or_default().iter().filter(|&&c| c & 0xC0 != 0x80).count() + 1;
        JsonFout { regel, kolom, reden }
    }

    fn waarde(&mut self, diepte: usize) -> Uit<Value> {
        self.spaties();
        match self.kijk() {
            Some(b'{') => self.object(diepte + 1),
            Some(b'[') => self.lijst(diepte + 1),
            Some(b'"') => self.tekst().map(Value::String),
            Some(b't') => self.woord("true", Value::Bool(true)),
            Some(b'f') => self.woord("false", Value::Bool(false)),
            Some(b'n') => self.woord("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.getal(),
            _ => Err(self.onverwacht()),
        }
    }

    fn woord(&mut self, woord: &str, w: Value) -> Uit<Value> {
        if self.b.get(self.i..self.i + woord.len()) == Some(woord.as_bytes()) {
            self.i += woord.len();
            Ok(w)
        } else {
            Err(self.onverwacht())
        }
    }

    /// After a value in a list or object: a comma (true) or the closing bracket (false).
    fn nog_een(&mut self, sluit: u8) -> Uit<bool> {
        self.spaties();
        match self.kijk() {
            Some(b',') => {
                self.i += 1;
                Ok(true)
            }
            Some(c) if c == sluit => {
                self.i += 1;
                Ok(false)
            }
            _ => Err(self.onverwacht()),
        }
    }

    /// Whether the container is empty (and closed).
    fn leeg(&mut self, diepte: usize, sluit: u8) -> Uit<bool> {
        if diepte > MAX_DIEPTE {
            return Err(format!("meer dan {MAX_DIEPTE} lagen diep genest"));
        }
        self.i += 1;
        self.spaties();
        let leeg = self.kijk() == Some(sluit);
        if leeg {
            self.i += 1;
        }
        Ok(leeg)
    }

    fn lijst(&mut self, diepte: usize) -> Uit<Value> {
        let mut lijst = Vec::new();
        if !self.leeg(diepte, b']')? {
            loop {
                lijst.push(self.waarde(diepte)?);
                if !self.nog_een(b']')? {
                    break;
                }
            }
        }
        Ok(Value::Array(lijst))
    }

    fn object(&mut self, diepte: usize) -> Uit<Value> {
        let mut m = Map::new();
        if !self.leeg(diepte, b'}')? {
            loop {
                self.spaties();
                if self.kijk() != Some(b'"') {
                    return Err(self.onverwacht());
                }
                let begin = self.i;
                let sleutel = self.tekst()?;
                if m.contains_key(&sleutel) {
                    self.i = begin;
                    // A long key is not repeated in the message.
                    return Err(match sleutel.chars().count() {
                        0..=40 => format!("de sleutel \"{sleutel}\" staat er twee keer"),
                        _ => "een sleutel staat er twee keer".to_string(),
                    });
                }
                self.spaties();
                if self.kijk() != Some(b':') {
                    return Err(self.onverwacht());
                }
                self.i += 1;
                let w = self.waarde(diepte)?;
                m.insert(sleutel, w);
                if !self.nog_een(b'}')? {
                    break;
                }
            }
        }
        Ok(Value::Object(m))
    }

    /// A string, from its opening quote.
    fn tekst(&mut self) -> Uit<String> {
        self.i += 1;
        let mut uit = String::new();
        loop {
            let begin = self.i;
            while matches!(self.kijk(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            // The run stops at an ASCII byte or the end, so both ends are character boundaries.
            uit.push_str(self.t.get(begin..self.i).unwrap_or_default());
            match self.kijk() {
                None => return Err("onverwacht einde in een tekst".to_string()),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(uit);
                }
                Some(b'\\') => {
                    self.i += 1;
                    uit.push(self.escape()?);
                }
                Some(_) => return Err("een stuurteken (zoals een regeleinde) in een tekst".to_string()),
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Uit<char> {
        let teken = match self.kijk() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 1;
                return self.unicode();
            }
            _ => return Err("ongeldige escape in een tekst".to_string()),
        };
        self.i += 1;
        Ok(teken)
    }

    /// `\uXXXX`, after its `u`; a character outside the BMP is a pair of surrogates.
    fn unicode(&mut self) -> Uit<char> {
        let half = || "ongeldige escape: een half tekenpaar (surrogaat)".to_string();
        let eerste = self.vier_hex()?;
        let code = match eerste {
            0xD800..=0xDBFF => {
                if self.kijk() != Some(b'\\') || self.b.get(self.i + 1) != Some(&b'u') {
                    return Err(half());
                }
                self.i += 2;
                let tweede = self.vier_hex()?;
                if !(0xDC00..=0xDFFF).contains(&tweede) {
                    return Err(half());
                }
                0x10000 + ((eerste - 0xD800) << 10) + (tweede - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(half()),
            _ => eerste,
        };
        char::from_u32(code).ok_or_else(half)
    }

    fn vier_hex(&mut self) -> Uit<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let cijfer = self.kijk().and_then(|c| char::from(c).to_digit(16));
            let Some(cijfer) = cijfer else {
                return Err("ongeldige escape: \\u zonder vier hexadecimale cijfers".to_string());
            };
            code = code * 16 + cijfer;
            self.i += 1;
        }
        Ok(code)
    }

    /// A number, `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, as written but for the
    /// exponent, which is written `e` with its sign as serde_json does (`1E2` is `1e+2`).
    fn getal(&mut self) -> Uit<Value> {
        let begin = self.i;
        let ongeldig = || "ongeldig getal".to_string();
        if self.kijk() == Some(b'-') {
            self.i += 1;
        }
        match self.kijk() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.cijfers();
            }
            _ => return Err(ongeldig()),
        }
        if self.kijk() == Some(b'.') {
            self.i += 1;
            if !self.cijfers() {
                return Err(ongeldig());
            }
        }
        let mut tekst = self.t.get(begin..self.i).unwrap_or_default().to_string();
        if matches!(self.kijk(), Some(b'e' | b'E')) {
            self.i += 1;
            tekst.push('e');
            match self.kijk() {
                Some(b'-') => tekst.push('-'),
                Some(b'+') => tekst.push('+'),
                _ => {
                    tekst.push('+');
                    self.i -= 1;
                }
            }
            self.i += 1;
            let cijfers = self.i;
            if !self.cijfers() {
                return Err(ongeldig());
            }
            tekst.push_str(self.t.get(cijfers..self.i).unwrap_or_default());
        }
        Ok(Value::Number(Number::from_string_unchecked(tekst)))
    }

    /// Digits, at least one (true) or none (false).
    fn cijfers(&mut self) -> bool {
        let begin = self.i;
        while matches!(self.kijk(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i > begin
    }
}
