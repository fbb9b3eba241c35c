//! The report as compact JSON, what the widget and `bur eval` get: outcomes as data, no
//! sentence, and the policy's static texts by their number in `Teksttabel`. The shape, field by
//! field, is in `www/bur-types.d.ts` (`Report`).
//!
//! Small because it is written and read on every answer change: each message once, in the
//! report's `berichten`, referred to by its index wherever it is said (the same condition holds
//! for several regelingen: "U bent 55 jaar" is written once); a message's arguments by position
//! (`uitleg.rs`); a reason as `[bron, uitslag, [berichten], [onderdelen]?]`.
//!
//! Written by hand into one string: a report is written on every answer change, and going
//! through `serde_json::Value` or derived serializers with the id lookups cost more than the
//! evaluation itself. Strings are escaped by serde_json.

use super::tabel::Teksttabel;
use super::{Bedrag, Draagkracht, MaatwerkSignaal, Marge, Reden, RedenUitslag, Report, Uitkomst};
use crate::tekst::Tekst;
use crate::uitleg::{Arg, Bericht};
use rust_decimal::Decimal;
use std::fmt::Write;

pub fn schrijf(r: &Report, tabel: &Teksttabel) -> String {
    let mut j = Json::nieuw(tabel);
    j.uit.reserve(2048);
    j.report(r);
    j.uit
}

/// One message as JSON on its own (a field error): `"sleutel"` or `["sleutel",arg,...]`.
pub fn bericht(b: &Bericht, tabel: &Teksttabel) -> String {
    let mut j = Json::nieuw(tabel);
    j.bericht(b);
    j.uit
}

/// A string as a JSON string literal, escaped as the report's strings are.
pub fn tekst(t: &str) -> String {
    let leeg = Teksttabel::default();
    let mut j = Json::nieuw(&leeg);
    j.tekst(t);
    j.uit
}

/// A decimal as text, as `Decimal`'s `Display` writes it but without `core::fmt` (for messages
/// the WebAssembly module carries, such as the policy checks').
pub fn decimaal_tekst(d: Decimal) -> String {
    let leeg = Teksttabel::default();
    let mut j = Json::nieuw(&leeg);
    j.decimaal(d);
    j.uit
}

pub(super) struct Json<'a> {
    pub(super) uit: String,
    tabel: &'a Teksttabel,
    /// The report's messages, each once, as JSON, in the order first said. A report has a few
    /// dozen: a linear search is as fast as a hash map here, and much smaller in the module.
    berichten: Vec<String>,
}

impl<'a> Json<'a> {
    pub(super) fn nieuw(tabel: &'a Teksttabel) -> Json<'a> {
        Json { uit: String::new(), tabel, berichten: Vec::new() }
    }

    fn report(&mut self, r: &Report) {
        self.uit.push('{');
        self.paar("gemeente", &r.gemeente.id);
        self.paar(",peildatum", &r.peildatum.to_string());
        self.paar(",normen_geldig_vanaf", &r.normen_geldig_vanaf.to_string());
        if let Some(l) = r.leefvorm {
            self.paar(",leefvorm", l.id());
        }
        self.decimaal_optie(",bijstandsnorm", r.bijstandsnorm);
        if let Some(k) = r.kostendelers {
            self.uit.push_str(",\"kostendelers\":");
            self.getal(k);
        }
        if r.bijstandsnorm_zonder_kostendelersnorm != r.bijstandsnorm {
            self.decimaal_optie(",bijstandsnorm_zonder_kostendelersnorm", r.bijstandsnorm_zonder_kostendelersnorm);
        }
        self.decimaal_optie(",inkomen", r.inkomen);
        self.decimaal_optie(",inkomen_procent_van_norm", r.inkomen_procent_van_norm);
        if !r.waarschuwingen.is_empty() {
            self.veld(",waarschuwingen");
            self.lijst(&r.waarschuwingen, |j, w| j.verwijzing(&w.bericht));
        }
        self.veld(",regelingen");
        self.lijst(&r.regelingen, Json::uitkomst);
        if !r.maatwerk.is_empty() {
            self.veld(",maatwerk");
            self.lijst(&r.maatwerk, Json::signaal);
        }
        if !r.niet_geldig.is_empty() {
            self.veld(",niet_geldig");
            self.lijst(&r.niet_geldig, |j, id| j.tekst(id));
        }
        let (mut gelezen, mut beantwoord) = (crate::questions::Vragen::GEEN, crate::questions::Vragen::GEEN);
        for v in &r.vragen {
            gelezen = gelezen.met(v.id);
            if v.beantwoord {
                beantwoord = beantwoord.met(v.id);
            }
        }
        self.uit.push_str(",\"vragen\":");
        self.getal(gelezen.bits());
        self.uit.push_str(",\"beantwoord\":");
        self.getal(beantwoord.bits());
        self.veld(",berichten");
        let berichten = std::mem::take(&mut self.berichten);
        self.lijst(&berichten, |j, b| j.uit.push_str(b));
        self.uit.push('}');
    }

    fn uitkomst(&mut self, u: &Uitkomst) {
        self.uit.push('{');
        self.paar("id", &u.id);
        self.paar(",status", u.status.naam());
        self.veld(",redenen");
        self.lijst(&u.redenen, Json::reden);
        if let Some(b) = &u.bedrag {
            self.veld(",bedrag");
            self.bedrag(b);
        }
        if let Some(d) = &u.draagkracht {
            self.veld(",draagkracht");
            self.draagkracht(d);
        }
        if !u.ontbrekende_vragen.is_leeg() {
            self.uit.push_str(",\"ontbreekt\":");
            self.getal(u.ontbrekende_vragen.bits());
        }
        if let Some(m) = &u.marge {
            if m.meer.is_some() || m.minder.is_some() {
                self.veld(",marge");
                self.marge(m);
            }
        }
        self.uit.push('}');
    }

    /// `[bron, uitslag, [berichten], [onderdelen]]`, the last only where there are parts.
    fn reden(&mut self, r: &Reden) {
        self.uit.push('[');
        self.bron(&r.bron);
        self.uit.push_str(match r.uitslag {
            RedenUitslag::Voldaan => ",\"v\",",
            RedenUitslag::NietVoldaan => ",\"n\",",
            RedenUitslag::Onbekend => ",\"o\",",
            RedenUitslag::Beoordeling => ",\"b\",",
        });
        self.lijst(&r.zinnen, Json::verwijzing);
        if !r.onderdelen.is_empty() {
            self.uit.push(',');
            self.lijst(&r.onderdelen, Json::reden);
        }
        self.uit.push(']');
    }

    fn bedrag(&mut self, b: &Bedrag) {
        self.uit.push('{');
        self.veld("uitleg");
        self.lijst(&b.uitleg, Json::verwijzing);
        self.decimaal_optie(",waarde", b.waarde);
        if let Some(p) = b.per {
            self.paar(",per", p.naam());
        }
        if b.maximaal {
            self.uit.push_str(",\"maximaal\":true");
        }
        self.veld(",bron");
        self.bron(&b.bron);
        self.uit.push('}');
    }

    fn draagkracht(&mut self, d: &Draagkracht) {
        self.uit.push('{');
        self.veld("uitleg");
        self.lijst(&d.uitleg, Json::verwijzing);
        self.decimaal_optie(",per_jaar", d.per_jaar);
        self.decimaal_optie(",zorgkosten_per_jaar", d.zorgkosten_per_jaar);
        if !d.kosten.is_empty() {
            self.veld(",kosten");
            self.lijst(&d.kosten, |j, k| {
                j.uit.push('{');
                j.paar("soort", k.soort.naam());
                j.decimaal_optie(",bedrag", Some(k.bedrag));
                j.decimaal_optie(",draagkracht", Some(k.draagkracht));
                j.decimaal_optie(",geschatte_vergoeding", Some(k.geschatte_vergoeding));
                j.uit.push('}');
            });
        }
        self.veld(",bron");
        self.bron(&d.bron);
        self.uit.push('}');
    }

    fn marge(&mut self, m: &Marge) {
        self.uit.push('{');
        let mut eerste = true;
        for (naam, stap) in [("meer", &m.meer), ("minder", &m.minder)] {
            let Some(stap) = stap else { continue };
            if !eerste {
                self.uit.push(',');
            }
            eerste = false;
            self.veld(naam);
            self.uit.push('{');
            self.decimaal_optie("bedrag", Some(stap.bedrag));
            // Its sentence ("met € 226,41 meer inkomen ...") the widget says from these two.
            self.paar(",status", stap.status.naam());
            self.uit.push('}');
        }
        self.uit.push('}');
    }

    fn signaal(&mut self, s: &MaatwerkSignaal) {
        self.uit.push('{');
        self.paar("id", &s.id);
        self.veld(",tekst");
        self.beleidstekst(&s.tekst);
        self.veld(",bron");
        self.bron(&s.bron);
        self.veld(",redenen");
        self.lijst(&s.redenen, Json::reden);
        self.uit.push('}');
    }

    /// A message of the report by its index in `berichten`, added there when first said.
    fn verwijzing(&mut self, b: &Bericht) {
        let buiten = std::mem::take(&mut self.uit);
        self.bericht(b);
        let json = std::mem::replace(&mut self.uit, buiten);
        let i = match self.berichten.iter().position(|b| *b == json) {
            Some(i) => i,
            None => {
                self.berichten.push(json);
                self.berichten.len() - 1
            }
        };
        self.getal(i);
    }

    /// The key's number, or `[nummer,arg,...]` with the arguments in the order of their names.
    fn bericht(&mut self, b: &Bericht) {
        if b.args.is_empty() {
            self.getal(b.sleutel.nummer);
            return;
        }
        self.uit.push('[');
        self.getal(b.sleutel.nummer);
        // In name order. Most messages are made with their arguments in that order already;
        // otherwise, as a message has a handful, each next one is found by a scan (no sort
        // routine in the module).
        if b.args.is_sorted_by(|(a, _), (b, _)| a < b) {
            for (_, arg) in &b.args {
                self.uit.push(',');
                self.arg(arg);
            }
            self.uit.push(']');
            return;
        }
        let mut vorige: Option<&str> = None;
        for _ in 0..b.args.len() {
            let volgende = b.args.iter().filter(|(n, _)| vorige.is_none_or(|v| *n > v)).min_by_key(|(n, _)| *n);
            let Some((naam, arg)) = volgende else { break };
            self.uit.push(',');
            self.arg(arg);
            vorige = Some(naam);
        }
        self.uit.push(']');
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Euro(d) => {
                self.uit.push_str("\"€");
                self.decimaal(*d);
                self.uit.push('"');
            }
            Arg::Procent(p) => {
                // One decimal is what any reader shows (money::afronden_procent).
                self.uit.push_str("\"%");
                self.decimaal(crate::money::afronden_procent(*p).normalize());
                self.uit.push('"');
            }
            Arg::Getal(n) => {
                self.getal(*n);
            }
            Arg::Datum(d) => {
                let _ = write!(self.uit, "\"@{d}\"");
            }
            Arg::Woord(w) => self.tekst(w),
            // What was typed may start with a kind's mark: "=" says it is said as it is.
            Arg::Letterlijk(t) => self.tekst(&format!("={t}")),
            Arg::Tekst(t) => match self.tabel.tekst(t) {
                Some(id) => {
                    self.uit.push_str("\"#");
                    self.getal(id);
                    self.uit.push('"');
                }
                None => self.tekst(&t.nl),
            },
            Arg::Bron(b) => match self.tabel.bron(b) {
                Some(id) => {
                    self.uit.push_str("\"^");
                    self.getal(id);
                    self.uit.push('"');
                }
                None => self.tekst(&format!("={b}")),
            },
            Arg::Lijst(l) => self.lijst(l, Json::bericht),
        }
    }

    /// A text of the policy by its id; in full where the table lacks it.
    fn beleidstekst(&mut self, t: &Tekst) {
        match self.tabel.tekst(t) {
            Some(id) => {
                self.getal(id);
            }
            None => self.tekst_in_talen(t),
        }
    }

    /// `{"nl":"...","en":"..."}`.
    pub(super) fn tekst_in_talen(&mut self, t: &Tekst) {
        self.paar("{nl", &t.nl);
        self.paar(",en", &t.en);
        self.uit.push('}');
    }

    /// A source by its id; in full where the table lacks it.
    fn bron(&mut self, bron: &str) {
        match self.tabel.bron(bron) {
            Some(id) => {
                self.getal(id);
            }
            None => self.tekst(bron),
        }
    }

    pub(super) fn lijst<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.uit.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.uit.push(',');
            }
            item(self, x);
        }
        self.uit.push(']');
    }

    /// `"naam":`; a leading `,` or `{` in `naam` is written before it.
    pub(super) fn veld(&mut self, naam: &str) {
        let (voor, naam) = match (naam.strip_prefix(','), naam.strip_prefix('{')) {
            (Some(n), _) => (",", n),
            (_, Some(n)) => ("{", n),
            _ => ("", naam),
        };
        self.uit.push_str(voor);
        self.uit.push('"');
        self.uit.push_str(naam);
        self.uit.push_str("\":");
    }

    fn decimaal_optie(&mut self, naam: &str, d: Option<Decimal>) {
        if let Some(d) = d {
            self.veld(naam);
            self.uit.push('"');
            self.decimaal(d);
            self.uit.push('"');
        }
    }

    fn getal<N: itoa::Integer>(&mut self, n: N) {
        self.uit.push_str(itoa::Buffer::new().format(n));
    }

    /// A decimal as `Decimal`'s own text ("1700.00", "-5", "0.05"), from its digits and scale:
    /// `core::fmt` costs more than the rest of a report's writing.
    pub(super) fn decimaal(&mut self, d: Decimal) {
        let m = d.mantissa();
        let mut buf = itoa::Buffer::new();
        let cijfers = buf.format(m.unsigned_abs());
        let schaal = d.scale() as usize;
        if m < 0 {
            self.uit.push('-');
        }
        if schaal == 0 {
            self.uit.push_str(cijfers);
            return;
        }
        if cijfers.len() <= schaal {
            self.uit.push_str("0.");
            self.uit.extend(std::iter::repeat_n('0', schaal - cijfers.len()));
            self.uit.push_str(cijfers);
        } else if let Some((heel, deel)) = cijfers.split_at_checked(cijfers.len() - schaal) {
            self.uit.push_str(heel);
            self.uit.push('.');
            self.uit.push_str(deel);
        }
    }

    /// A JSON string. Escaped here rather than by serde_json's serializer: the module then
    /// carries no serializer at all (about 6 kB gzip with the float writer it brings).
    pub(super) fn tekst(&mut self, t: &str) {
        self.uit.push('"');
        // Runs without a character to escape are copied whole; the escaped ones are ASCII, so
        // every cut is on a character boundary.
        let mut begin = 0;
        for (i, b) in t.bytes().enumerate() {
            let vervanging = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.uit.push_str(t.get(begin..i).unwrap_or_default());
            if vervanging.is_empty() {
                let _ = write!(self.uit, "\\u{b:04x}");
            } else {
                self.uit.push_str(vervanging);
            }
            begin = i + 1;
        }
        self.uit.push_str(t.get(begin..).unwrap_or_default());
        self.uit.push('"');
    }

    /// `"naam":"tekst"`, the field named as `veld` does.
    pub(super) fn paar(&mut self, naam: &str, t: &str) {
        self.veld(naam);
        self.tekst(t);
    }

    pub(super) fn optie(&mut self, naam: &str, t: Option<&str>) {
        self.veld(naam);
        match t {
            Some(t) => self.tekst(t),
            None => self.uit.push_str("null"),
        }
    }
}

/// The income sweep as JSON: `{"norm","regelingen":[ids],"stappen":[{"procent","aanvrager",
/// "inkomen","procent_van_norm","u":[[status,bedrag?],...]}]}` (`Inkomensreeks` in
/// www/bur-types.d.ts).
pub fn reeks(r: &crate::evaluate::Inkomensreeks) -> String {
    let leeg = Teksttabel::default();
    let mut j = Json::nieuw(&leeg);
    j.uit.reserve(64 * r.stappen.len());
    j.uit.push('{');
    j.decimaal_optie("norm", Some(r.norm));
    j.veld(",regelingen");
    j.lijst(&r.regelingen, |j, id| j.tekst(id));
    j.veld(",stappen");
    j.lijst(&r.stappen, |j, s| {
        j.uit.push('{');
        j.decimaal_optie("procent", Some(crate::money::afronden_procent(s.procent).normalize()));
        j.decimaal_optie(",aanvrager", Some(s.inkomen_aanvrager));
        j.decimaal_optie(",inkomen", s.inkomen);
        j.decimaal_optie(",procent_van_norm", s.inkomen_procent_van_norm.map(crate::money::afronden_procent));
        if s.grens {
            j.uit.push_str(",\"grens\":true");
        }
        j.veld(",u");
        j.lijst(&s.uitkomsten, |j, (status, bedrag)| {
            j.uit.push('[');
            j.tekst(status.naam());
            if let Some(b) = bedrag {
                j.uit.push_str(",\"");
                j.decimaal(*b);
                j.uit.push('"');
            }
            j.uit.push(']');
        });
        j.uit.push('}');
    });
    j.uit.push('}');
    j.uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_is_written_as_its_own_text() {
        let leeg = Teksttabel::default();
        for (m, schaal) in [
            (0i64, 0u32),
            (0, 2),
            (5, 2),
            (-5, 2),
            (170000, 2),
            (-1, 0),
            (123456789, 4),
            (1, 9),
            (i64::MAX, 3),
            (i64::MIN + 1, 10),
        ] {
            let d = Decimal::new(m, schaal);
            let mut j = Json::nieuw(&leeg);
            j.decimaal(d);
            assert_eq!(j.uit, d.to_string(), "{m} scale {schaal}");
        }
    }

    #[test]
    fn strings_are_escaped_as_json_reads_them() {
        for t in ["", "gewoon", "\"aanhalingstekens\"", "a\\b", "regel\nregel", "tab\there", "\u{1}x", "é € ✔ عربى"]
        {
            let json = tekst(t);
            assert_eq!(serde_json::from_str::<String>(&json).unwrap(), t, "{json}");
        }
    }
}
