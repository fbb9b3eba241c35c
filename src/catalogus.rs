//! Words at the edge, natively: the engine's messages (`uitleg::Bericht`) in the language asked,
//! from the Project Fluent catalogs in `locales/<taal>/*.ftl` (joined per language by
//! `build.rs`). The widget renders the very same files with `@fluent/bundle` (`www/uitleg.js`);
//! the CLI, `bur docs` and the scenario runner use this module. Native only: the WebAssembly
//! module carries no sentence.

use crate::datum::Datum;
use crate::money::{euro_en, euro_nl, procent_en, procent_nl};
use crate::tekst::Tekst;
use crate::uitleg::{Arg, Bericht};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use std::sync::OnceLock;

// `TALEN` and `bron(taal)`: one entry per folder of `locales/` (build.rs).
include!(concat!(env!("OUT_DIR"), "/talen.rs"));

/// Languages written right to left: Fluent puts isolation marks around their arguments.
pub const RECHTS_NAAR_LINKS: &[&str] = &["ar"];

/// Per message key of the Dutch catalog the names of its placeholders, sorted: the order of a
/// message's arguments in the compact report (`bur catalogus` writes it for the widget).
pub fn plaatshouders() -> Result<&'static crate::catalogus_check::Berichten, String> {
    static P: OnceLock<Result<crate::catalogus_check::Berichten, String>> = OnceLock::new();
    P.get_or_init(|| crate::catalogus_check::berichten(bron("nl").unwrap_or_default())).as_ref().map_err(Clone::clone)
}

/// Where `taal` is in `TALEN`; an unknown language is an error naming the known ones.
fn plek(taal: &str) -> Result<usize, String> {
    TALEN
        .iter()
        .position(|t| *t == taal)
        .ok_or_else(|| format!("geen catalogus voor taal '{taal}' (wel: {})", TALEN.join(", ")))
}

/// A catalog's text as a Fluent bundle; what Fluent cannot read is an error naming the language.
pub fn bundel(code: &str, tekst: &str) -> Result<FluentBundle<FluentResource>, String> {
    let resource = FluentResource::try_new(tekst.to_string()).map_err(|(_, fouten)| {
        format!("locales/{code}: {}", fouten.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("; "))
    })?;
    let langid = code.parse().map_err(|_| format!("geen taalcode: {code}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks only where the script runs right to left; they would break the
    // comparisons in Dutch and English tests and add nothing there.
    bundle.set_use_isolating(RECHTS_NAAR_LINKS.contains(&code));
    bundle.add_resource(resource).map_err(|f| format!("locales/{code}: {f:?}"))?;
    Ok(bundle)
}

pub struct Catalogus {
    taal: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogus {
    /// The catalog of `taal`; an unknown language or a catalog Fluent cannot read is an error
    /// naming it.
    pub fn nieuw(taal: &str) -> Result<Catalogus, String> {
        let code = TALEN.get(plek(taal)?).copied().ok_or("geen plek voor deze taal")?;
        let tekst = bron(code).ok_or_else(|| format!("geen catalogus voor taal '{taal}'"))?;
        Ok(Catalogus { taal: code, bundle: bundel(code, tekst)? })
    }

    /// The catalog of `taal`, read once for the program.
    pub fn van(taal: &str) -> Result<&'static Catalogus, String> {
        static GELADEN: [OnceLock<Result<Catalogus, String>>; TALEN.len()] = [const { OnceLock::new() }; TALEN.len()];
        let plaats = GELADEN.get(plek(taal)?).ok_or("geen plek voor deze taal")?;
        plaats.get_or_init(|| Catalogus::nieuw(taal)).as_ref().map_err(Clone::clone)
    }

    /// A message without arguments, or the key itself where it is missing (the catalog check
    /// in the test command makes sure none is).
    pub fn woord(&self, sleutel: &str) -> String {
        self.opmaak(sleutel, &[]).unwrap_or_else(|_| format!("[{sleutel}]"))
    }

    /// One message in words; a missing key shows as `[sleutel]`.
    pub fn bericht(&self, b: &Bericht) -> String {
        self.opmaak(b.sleutel.naam, &b.args).unwrap_or_else(|_| format!("[{}]", b.sleutel.naam))
    }

    /// The words and, where the catalog could not say it fully, what was wrong.
    fn opmaak(&self, sleutel: &str, argumenten: &[(&'static str, Arg)]) -> Result<String, String> {
        let patroon = self
            .bundle
            .get_message(sleutel)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("locales/{}: geen bericht '{sleutel}'", self.taal))?;
        let mut args = FluentArgs::new();
        for (naam, arg) in argumenten {
            args.set(*naam, self.waarde(arg));
        }
        let mut fouten = Vec::new();
        let tekst = self.bundle.format_pattern(patroon, Some(&args), &mut fouten).into_owned();
        match fouten.first() {
            Some(f) => Err(format!("locales/{}: bericht '{sleutel}': {f:?}", self.taal)),
            None => Ok(tekst),
        }
    }

    /// The message in words, or what is wrong with it or a message in its lists: a key the
    /// catalog lacks, or an argument its message does not get (the scenario runner checks every
    /// message of every report).
    pub fn controleer(&self, b: &Bericht) -> Result<String, String> {
        // The widget reads the arguments by position, in the order of the Dutch placeholders'
        // names: exactly those names, no more and no fewer.
        let namen: std::collections::BTreeSet<&str> = b.args.iter().map(|(n, _)| *n).collect();
        let verwacht = plaatshouders()?.get(b.sleutel.naam);
        if verwacht.is_none_or(|v| !v.iter().map(String::as_str).eq(namen.iter().copied())) {
            return Err(format!(
                "bericht '{}' krijgt {:?}, het Nederlands heeft {:?}",
                b.sleutel.naam, namen, verwacht
            ));
        }
        for (_, arg) in &b.args {
            if let Arg::Lijst(l) = arg {
                for deel in l {
                    self.controleer(deel)?;
                }
            }
        }
        self.opmaak(b.sleutel.naam, &b.args)
    }

    /// Several messages as one text, sentence after sentence.
    pub fn zinnen(&self, berichten: &[Bericht]) -> String {
        berichten.iter().map(|b| self.bericht(b)).filter(|z| !z.is_empty()).collect::<Vec<_>>().join(" ")
    }

    /// A text of the policy file in this language; in Dutch where the file has none, with a
    /// note saying so.
    pub fn tekst(&self, t: &Tekst) -> String {
        match self.taal {
            "nl" => t.nl.clone(),
            "en" if !t.en.is_empty() => t.en.clone(),
            _ => format!("{} {}", t.nl, self.woord("in-het-nederlands")),
        }
    }

    /// A reason with its parts, one line each, indented: `✔ U bent 55 jaar. (002 art. 7.4)`.
    pub fn reden(&self, r: &crate::report::Reden, inspringing: usize, uit: &mut String) {
        use crate::report::RedenUitslag;
        let teken = match r.uitslag {
            RedenUitslag::Voldaan => '✔',
            RedenUitslag::NietVoldaan => '✘',
            RedenUitslag::Onbekend => '?',
            RedenUitslag::Beoordeling => '!',
        };
        uit.push_str(&format!("{}{teken} {} ({})\n", " ".repeat(inspringing), self.zinnen(&r.zinnen), r.bron));
        for o in &r.onderdelen {
            self.reden(o, inspringing + 2, uit);
        }
    }

    /// The notation of `money.rs`: `€ 1.300,61` / `€1,300.61`. Natively two notations serve
    /// every language: a decimal point where the language writes one (English, and Arabic with
    /// Western digits, as on a gemeente's letters), else the Dutch comma; the widget formats
    /// with the browser's `Intl` per language.
    pub fn euro(&self, bedrag: Decimal) -> String {
        if self.decimaalpunt() {
            euro_en(bedrag)
        } else {
            euro_nl(bedrag)
        }
    }

    pub fn procent(&self, procent: Decimal) -> String {
        if self.decimaalpunt() {
            procent_en(procent)
        } else {
            procent_nl(procent)
        }
    }

    fn decimaalpunt(&self) -> bool {
        matches!(self.taal, "en" | "ar")
    }

    pub fn datum(&self, d: Datum) -> String {
        let maand = self.opmaak("maand", &[("maand", Arg::Getal(i64::from(d.maand())))]).unwrap_or_default();
        format!("{} {maand} {}", d.dag(), d.jaar())
    }

    fn waarde(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Euro(d) => FluentValue::from(self.euro(*d)),
            Arg::Procent(p) => FluentValue::from(self.procent(*p)),
            Arg::Getal(n) => FluentValue::from(*n),
            Arg::Datum(d) => FluentValue::from(self.datum(*d)),
            Arg::Woord(w) => FluentValue::from(*w),
            Arg::Tekst(t) => FluentValue::from(self.tekst(t)),
            Arg::Letterlijk(s) | Arg::Bron(s) => FluentValue::from(s.clone()),
            Arg::Lijst(berichten) => {
                let woorden: Vec<String> = berichten.iter().map(|b| self.bericht(b)).collect();
                FluentValue::from(self.lijst(&woorden))
            }
        }
    }

    /// "a, b en c": the conjunction from the catalog (`lijst-en`).
    fn lijst(&self, woorden: &[String]) -> String {
        match woorden.split_last() {
            Some((laatste, rest)) if !rest.is_empty() => {
                format!("{} {} {laatste}", rest.join(", "), self.woord("lijst-en"))
            }
            _ => woorden.concat(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_amounts_and_percentages_in_each_language() {
        let (nl, en) = (Catalogus::van("nl").unwrap(), Catalogus::van("en").unwrap());
        assert_eq!(nl.datum(Datum::parse("2025-07-01").unwrap()), "1 juli 2025");
        assert_eq!(en.datum(Datum::parse("2026-01-01").unwrap()), "1 January 2026");
        let bedrag = Decimal::new(130061, 2);
        assert_eq!((nl.euro(bedrag), en.euro(bedrag)), ("€\u{a0}1.300,61".to_string(), "€1,300.61".to_string()));
        let p = Decimal::new(1115, 1);
        assert_eq!((nl.procent(p), en.procent(p)), ("111,5%".to_string(), "111.5%".to_string()));
    }
}
