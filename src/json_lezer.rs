//! Reading JSON by hand, field by field, for the data files compiled for the browser (the
//! policy of `bur json`, the built-in national norms). Serde's derived readers for these
//! types cost more WebAssembly than the rest of the engine; these few helpers cost little,
//! and every error names its field's path.

use crate::datum::Datum;
use crate::tekst::Tekst;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::str::FromStr;

pub struct Fout {
    pub pad: String,
    pub bericht: String,
}

pub type Uit<T> = Result<T, Fout>;

pub fn fout<T>(pad: &str, bericht: impl Into<String>) -> Uit<T> {
    Err(Fout { pad: pad.to_string(), bericht: bericht.into() })
}

/// An object of the file and where it sits, so every error names its field.
pub struct Obj<'a> {
    pub m: &'a Map<String, Value>,
    pub pad: String,
}

impl<'a> Obj<'a> {
    pub fn top(m: &'a Map<String, Value>) -> Obj<'a> {
        Obj { m, pad: String::new() }
    }

    pub fn pad(&self, naam: &str) -> String {
        if self.pad.is_empty() {
            naam.to_string()
        } else {
            format!("{}.{naam}", self.pad)
        }
    }

    /// The field, or `None` when it is absent or null.
    pub fn optie(&self, naam: &str) -> Option<&'a Value> {
        self.m.get(naam).filter(|w| !w.is_null())
    }

    pub fn waarde(&self, naam: &str) -> Uit<&'a Value> {
        match self.optie(naam) {
            Some(w) => Ok(w),
            None => fout(&self.pad(naam), "het veld ontbreekt"),
        }
    }

    pub fn obj(&self, naam: &str) -> Uit<Obj<'a>> {
        als_obj(self.waarde(naam)?, self.pad(naam))
    }

    pub fn obj_optie(&self, naam: &str) -> Uit<Option<Obj<'a>>> {
        self.optie(naam).map(|_| self.obj(naam)).transpose()
    }

    pub fn tekst(&self, naam: &str) -> Uit<String> {
        match self.waarde(naam)? {
            Value::String(s) => Ok(s.clone()),
            _ => fout(&self.pad(naam), "geen tekst"),
        }
    }

    pub fn tekst_optie(&self, naam: &str) -> Uit<Option<String>> {
        self.optie(naam).map(|_| self.tekst(naam)).transpose()
    }

    pub fn taal(&self, naam: &str) -> Uit<Tekst> {
        let o = self.obj(naam)?;
        Ok(Tekst { nl: o.tekst("nl")?, en: o.tekst("en")? })
    }

    pub fn taal_optie(&self, naam: &str) -> Uit<Option<Tekst>> {
        self.optie(naam).map(|_| self.taal(naam)).transpose()
    }

    pub fn ja_nee(&self, naam: &str) -> Uit<bool> {
        match self.waarde(naam)? {
            Value::Bool(b) => Ok(*b),
            _ => fout(&self.pad(naam), "geen true of false"),
        }
    }

    pub fn getal(&self, naam: &str) -> Uit<u32> {
        match self.waarde(naam)?.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => fout(&self.pad(naam), "geen heel getal"),
        }
    }

    pub fn jaar(&self, naam: &str) -> Uit<u16> {
        match self.waarde(naam)?.as_u64().and_then(|n| u16::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => fout(&self.pad(naam), "geen jaartal"),
        }
    }

    pub fn getal_optie(&self, naam: &str) -> Uit<Option<u32>> {
        self.optie(naam).map(|_| self.getal(naam)).transpose()
    }

    pub fn decimaal(&self, naam: &str) -> Uit<Decimal> {
        // Decimal text, or a whole number (as TOML allows); never a float.
        let d = match self.waarde(naam)? {
            Value::String(s) => Decimal::from_str(s).ok(),
            w => w.as_i64().map(Decimal::from),
        };
        match d {
            Some(d) => Ok(d),
            None => fout(&self.pad(naam), "geen getal als tekst of heel getal"),
        }
    }

    pub fn decimaal_optie(&self, naam: &str) -> Uit<Option<Decimal>> {
        self.optie(naam).map(|_| self.decimaal(naam)).transpose()
    }

    pub fn datum(&self, naam: &str) -> Uit<Datum> {
        match self.waarde(naam)?.as_str().and_then(Datum::parse) {
            Some(d) => Ok(d),
            None => fout(&self.pad(naam), "geen datum als 2025-07-01"),
        }
    }

    pub fn datum_optie(&self, naam: &str) -> Uit<Option<Datum>> {
        self.optie(naam).map(|_| self.datum(naam)).transpose()
    }

    /// A named value of one of the engine's lists (`wie`, `vraag`, ...), by its name in the file.
    pub fn keuze<T: Keuze>(&self, naam: &str) -> Uit<T> {
        let w = self.waarde(naam)?;
        als_keuze(w).map_or_else(|| fout(&self.pad(naam), onbekend(w)), Ok)
    }

    pub fn keuze_optie<T: Keuze>(&self, naam: &str) -> Uit<Option<T>> {
        self.optie(naam).map(|_| self.keuze(naam)).transpose()
    }

    pub fn lijst(&self, naam: &str) -> Uit<&'a [Value]> {
        match self.optie(naam) {
            None => Ok(&[]),
            Some(Value::Array(l)) => Ok(l),
            Some(_) => fout(&self.pad(naam), "geen lijst"),
        }
    }

    pub fn keuzes<T: Keuze>(&self, naam: &str) -> Uit<Vec<T>> {
        let mut uit = Vec::new();
        for (i, w) in self.lijst(naam)?.iter().enumerate() {
            match als_keuze(w) {
                Some(t) => uit.push(t),
                None => return fout(&format!("{}[{i}]", self.pad(naam)), onbekend(w)),
            }
        }
        Ok(uit)
    }

    pub fn objecten(&self, naam: &str) -> Uit<Vec<Obj<'a>>> {
        let pad = self.pad(naam);
        self.lijst(naam)?.iter().enumerate().map(|(i, w)| als_obj(w, format!("{pad}[{i}]"))).collect()
    }
}

/// A value of one of the engine's lists, read by its name (src/policy/keuzes.rs): not by serde,
/// whose readers would bring their machinery into the WebAssembly module.
pub trait Keuze: Sized {
    fn van_naam(naam: &str) -> Option<Self>;
}

fn als_keuze<T: Keuze>(w: &Value) -> Option<T> {
    w.as_str().and_then(T::van_naam)
}

fn onbekend(w: &Value) -> String {
    match w.as_str() {
        Some(t) => format!("onbekende waarde '{t}'"),
        None => "geen naam (tekst)".to_string(),
    }
}

pub fn als_obj(w: &Value, pad: String) -> Uit<Obj<'_>> {
    match w {
        Value::Object(m) => Ok(Obj { m, pad }),
        _ => fout(&pad, "geen object"),
    }
}
