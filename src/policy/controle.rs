//! The checks of a policy's values, written once and run by both readers: `bur check` on the
//! file staff write (`lezen`, which calls each check on the part it has just read, with the
//! file's own field names) and the compiled reader on whatever file a page is given
//! (`gecompileerd`, which runs `policy` over the whole model). So no file the browser can be
//! given reaches the engine unchecked.
//!
//! The bounds are also what keeps the engine's arithmetic safe: every percentage is at most
//! `MAX_PROCENT` and every amount at most `money::MAX_BEDRAG`, as are the answers, so no product
//! or sum the rules compute comes near `Decimal`'s range (about 7.9e28) and none can overflow.

use super::{
    Bedragregel, Blok, BuitenScope, Document, Draagkrachtregel, Gemeente, Keukentafelgesprek, Policy, Regeling,
    Signaal, Voorwaarde,
};
use crate::diagnose::Diagnoses;
use crate::money::MAX_BEDRAG;
use crate::tekst::Tekst;
use rust_decimal::Decimal;

pub const MAX_PROCENT: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);
/// A draagkrachtperiode is at most five years.
const MAX_PERIODE_MAANDEN: u32 = 60;

/// Where a check reports: the regeling (or signaal) and the path in front of its fields
/// (`""` in a staff file, `regelingen[2].` in a compiled one).
#[derive(Clone, Copy)]
pub(super) struct Plaats<'a> {
    pub regeling: Option<&'a str>,
    pub pad: &'a str,
}

impl Plaats<'_> {
    fn veld(&self, naam: &str) -> String {
        [self.pad, naam].concat()
    }

    fn fout(&self, d: &mut Diagnoses, code: &'static str, veld: &str, bericht: impl Into<String>) {
        d.fout(code, self.regeling, self.veld(veld), bericht);
    }
}

/// Every check, over the whole model: the compiled reader runs this after reading the shape.
pub(super) fn policy(d: &mut Diagnoses, p: &Policy) {
    gemeente(d, "gemeente.", &p.gemeente);
    for (i, doc) in p.documenten.iter().enumerate() {
        document(d, &genummerd("documenten", i), doc, p.documenten.iter().take(i), &[]);
    }
    for (i, r) in p.regelingen.iter().enumerate() {
        let pad = genummerd("regelingen", i);
        let plaats = Plaats { regeling: Some(&r.id), pad: &pad };
        regeling(d, plaats, r);
        if p.regelingen.iter().take(i).any(|b| b.id == r.id) {
            plaats.fout(d, "dubbele_regeling", "id", "deze id staat al eerder in het bestand");
        }
        voorwaarden(d, plaats, "voorwaarden", &r.voorwaarden);
        if let Some(b) = &r.bedrag {
            bedrag(d, Plaats { pad: &[&pad, "bedrag."].concat(), ..plaats }, b);
        }
        if let Some(k) = &r.draagkracht {
            draagkracht(d, Plaats { pad: &[&pad, "draagkracht."].concat(), ..plaats }, k);
        }
    }
    for (i, b) in p.buiten_scope.iter().enumerate() {
        buiten_scope(d, &genummerd("buiten_scope", i), b);
    }
    for (i, s) in p.signalen.iter().enumerate() {
        let pad = genummerd("signalen", i);
        let plaats = Plaats { regeling: Some(&s.id), pad: &pad };
        signaal(d, plaats, s, p.signalen.iter().take(i));
        voorwaarden(d, plaats, "voorwaarden", &s.voorwaarden);
    }
    if let Some(k) = &p.keukentafelgesprek {
        keukentafel(d, "keukentafelgesprek.", k);
    }
    regels_uit(d, "gemeente.", p);
}

/// `regelingen[2].`: the path in front of an element's fields (without `core::fmt`, which this
/// module avoids: it runs in the WebAssembly module, where every `format!` costs bytes).
fn genummerd(lijst: &str, i: usize) -> String {
    [lijst, "[", itoa::Buffer::new().format(i), "]."].concat()
}

pub(super) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .split('-')
            .all(|deel| !deel.is_empty() && deel.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

pub(super) fn procent(d: &mut Diagnoses, regeling: Option<&str>, veld: &str, p: Decimal) {
    if p < Decimal::ZERO || p > MAX_PROCENT {
        let p = crate::report::json::decimaal_tekst(p);
        d.fout("ongeldig_percentage", regeling, veld, p + " is geen percentage tussen 0 en 1000");
    }
}

/// An amount above zero (`positief`) or of zero or more, and never above `MAX_BEDRAG` (the
/// message writes it out: `Decimal`'s `Display` would bring `core::fmt`'s number code into the
/// WebAssembly module).
fn bedrag_in_grenzen(d: &mut Diagnoses, plaats: Plaats, veld: &str, b: Decimal, positief: bool) {
    let te_laag = if positief { b <= Decimal::ZERO } else { b < Decimal::ZERO };
    if te_laag || b > MAX_BEDRAG {
        let soort = if positief { "groter dan 0" } else { "van 0 of meer" };
        plaats.fout(d, "ongeldig_bedrag", veld, ["een bedrag ", soort, ", hoogstens 10000000"].concat());
    }
}

pub(super) fn niet_leeg(d: &mut Diagnoses, regeling: Option<&str>, veld: &str, waarde: &str) {
    if waarde.trim().is_empty() {
        let code = if veld.ends_with("bron") { "bron_ontbreekt" } else { "leeg_veld" };
        d.fout(code, regeling, veld, "mag niet leeg zijn");
    }
}

/// Inwoners read both languages: neither may be empty.
pub(super) fn tekst(d: &mut Diagnoses, id: &str, veld: &str, t: &Tekst) {
    if t.nl.trim().is_empty() {
        d.fout("tekst_ontbreekt", Some(id), [veld, ".nl"].concat(), "de Nederlandse tekst ontbreekt");
    }
    if t.en.trim().is_empty() {
        d.fout("tekst_ontbreekt", Some(id), [veld, ".en"].concat(), "de Engelse tekst ontbreekt");
    }
}

fn tekst_op(d: &mut Diagnoses, plaats: Plaats, veld: &str, t: &Tekst) {
    tekst(d, plaats.regeling.unwrap_or("gemeente"), &plaats.veld(veld), t);
}

/// A link on the inwoner's page: https only, never `javascript:`.
fn https(d: &mut Diagnoses, plaats: Plaats, veld: &str, url: &str) {
    if !super::documenten::is_https(url) {
        plaats.fout(d, "ongeldige_waarde", veld, ["'", url, "' is geen https-adres"].concat());
    }
}

pub(super) fn gemeente(d: &mut Diagnoses, pad: &str, g: &Gemeente) {
    let plaats = Plaats { regeling: None, pad };
    if !is_id(&g.id) {
        plaats.fout(
            d,
            "ongeldige_id",
            "id",
            ["'", &g.id, "': gebruik kleine letters, cijfers en streepjes, zoals 'bunschoten'"].concat(),
        );
    }
    for (veld, waarde) in [("naam", &g.naam), ("versie", &g.versie), ("bron", &g.bron)] {
        niet_leeg(d, None, &plaats.veld(veld), waarde);
    }
    if let Some(p) = g.alleenstaande_ouder_procent_gehuwdennorm {
        procent(d, None, &plaats.veld("alleenstaande_ouder_procent_gehuwdennorm"), p);
    }
    if let Some(w) = &g.website {
        https(d, plaats, "website", w);
    }
    if let Some(i) = &g.inkomen {
        niet_leeg(d, None, &plaats.veld("inkomen.bron"), &i.bron);
        if !i.alleenstaande_ouderkop_telt_mee && !i.alimentatie_in_mindering {
            plaats.fout(
                d,
                "leeg_blok",
                "inkomen",
                "zet alleenstaande_ouderkop_telt_mee of alimentatie_in_mindering op true, of laat het blok weg",
            );
        }
    }
}

/// The year the rules were made: a four-digit year no later than the rules take effect.
pub(super) fn regels_uit(d: &mut Diagnoses, pad: &str, p: &Policy) {
    if let Some(jaar) = p.gemeente.regels_uit {
        let laatste = p.regelingen.iter().map(|r| r.geldig_vanaf.jaar()).max().unwrap_or(jaar);
        if !(1990..=laatste).contains(&jaar) {
            d.fout(
                "ongeldige_waarde",
                None,
                format!("{pad}regels_uit"),
                format!("{jaar} is geen jaartal van 1990 tot en met {laatste}, het jaar waarin de regelingen ingaan"),
            );
        }
    }
}

/// A document has a number (three digits, as the seeds) or an id, a title, and an https
/// address or none; `eerder` are the documents before it, whose ids it may not reuse.
/// `nationaal`: the national file's, named in the message when a policy reuses one.
pub(super) fn document<'a>(
    d: &mut Diagnoses,
    pad: &str,
    doc: &Document,
    eerder: impl Iterator<Item = &'a Document>,
    nationaal: &'a [Document],
) {
    let plaats = Plaats { regeling: None, pad };
    if !is_id(&doc.id) || eerder.chain(nationaal).any(|b| b.id == doc.id) {
        let waar =
            if nationaal.iter().any(|b| b.id == doc.id) { " (die staat al in het landelijke bestand)" } else { "" };
        plaats.fout(d, "ongeldige_id", "id", ["'", &doc.id, "' is geen unieke id", waar].concat());
    }
    niet_leeg(d, None, &plaats.veld("titel"), &doc.titel);
    if let Some(url) = &doc.url {
        https(d, plaats, "url", url);
    }
}

pub(super) fn buiten_scope(d: &mut Diagnoses, pad: &str, b: &BuitenScope) {
    for (veld, waarde) in [("naam", &b.naam), ("bron", &b.bron), ("reden", &b.reden)] {
        niet_leeg(d, None, &[pad, veld].concat(), waarde);
    }
}

pub(super) fn signaal<'a>(
    d: &mut Diagnoses,
    plaats: Plaats,
    s: &Signaal,
    mut eerder: impl Iterator<Item = &'a Signaal>,
) {
    if !is_id(&s.id) {
        plaats.fout(d, "ongeldige_id", "id", "gebruik kleine letters, cijfers en streepjes");
    }
    if eerder.any(|b| b.id == s.id) {
        plaats.fout(d, "dubbel_signaal", "id", "deze id staat al eerder in het bestand");
    }
    tekst_op(d, plaats, "tekst", &s.tekst);
    niet_leeg(d, plaats.regeling, &plaats.veld("bron"), &s.bron);
}

/// A request leaves the browser only over HTTPS (plain HTTP only to this machine, for tests).
pub(super) fn keukentafel(d: &mut Diagnoses, pad: &str, k: &Keukentafelgesprek) {
    let plaats = Plaats { regeling: None, pad };
    niet_leeg(d, None, &plaats.veld("bron"), &k.bron);
    if let Some(e) = k.endpoint.as_deref().filter(|e| !super::documenten::is_endpoint(e)) {
        plaats.fout(d, "ongeldige_waarde", "endpoint", ["'", e, "' is geen https-adres"].concat());
    }
    if let Some(p) = k.privacyverklaring.as_deref().filter(|p| !super::documenten::is_link(p)) {
        plaats.fout(d, "ongeldige_waarde", "privacyverklaring", ["'", p, "' is geen https- of mailto-adres"].concat());
    }
    if let Some(m) = k.email.as_deref().filter(|m| !m.contains('@') || m.contains(char::is_whitespace)) {
        plaats.fout(d, "ongeldige_waarde", "email", ["'", m, "' is geen e-mailadres"].concat());
    }
}

/// A regeling's own fields (its conditions, amount and draagkracht have their own checks).
pub(super) fn regeling(d: &mut Diagnoses, plaats: Plaats, r: &Regeling) {
    if !is_id(&r.id) {
        plaats.fout(
            d,
            "ongeldige_id",
            "id",
            "gebruik kleine letters, cijfers en streepjes, zoals 'individuele-inkomenstoeslag'",
        );
    }
    tekst_op(d, plaats, "naam", &r.naam);
    tekst_op(d, plaats, "omschrijving", &r.omschrijving);
    tekst_op(d, plaats, "vervolgstap", &r.vervolgstap);
    niet_leeg(d, plaats.regeling, &plaats.veld("bron"), &r.bron);
    if let Some(url) = &r.aanvraag_url {
        https(d, plaats, "aanvraag_url", url);
    }
    if let Some(bron) = &r.ook_in_geld {
        niet_leeg(d, plaats.regeling, &plaats.veld("ook_in_geld"), bron);
    }
    if let Some(bron) = &r.niet_rechthebbende_partner {
        niet_leeg(d, plaats.regeling, &plaats.veld("niet_rechthebbende_partner"), bron);
    }
    if let Some(tot) = r.geldig_tot.filter(|t| *t < r.geldig_vanaf) {
        plaats.fout(
            d,
            "datum_volgorde",
            "geldig_tot",
            format!("geldig_tot {tot} ligt voor geldig_vanaf {}", r.geldig_vanaf),
        );
    }
    if matches!(r.bedrag, Some(Bedragregel::KostenMinDraagkracht)) && r.draagkracht.is_none() {
        plaats.fout(
            d,
            "draagkracht_ontbreekt",
            "draagkracht",
            "bedrag 'kosten_min_draagkracht' vraagt om een draagkracht",
        );
    }
}

/// The conditions of a regeling or signaal, at every depth (the compiled reader's walk).
fn voorwaarden(d: &mut Diagnoses, plaats: Plaats, veld: &str, lijst: &[Voorwaarde]) {
    for (i, v) in lijst.iter().enumerate() {
        let pad = [plaats.pad, veld, "[", itoa::Buffer::new().format(i), "]"].concat();
        niet_leeg(d, plaats.regeling, &[&pad, ".bron"].concat(), &v.bron);
        blok(d, plaats.regeling.unwrap_or(""), &pad, &v.blok);
        if let Blok::Alle(binnen) | Blok::EenVan(binnen) = &v.blok {
            voorwaarden(d, Plaats { pad: &[&pad, "."].concat(), ..plaats }, "voorwaarden", binnen);
        }
    }
}

/// One condition block's own values (not the blocks inside a group: each reader walks those).
pub(super) fn blok(d: &mut Diagnoses, id: &str, pad: &str, b: &Blok) {
    let plaats = Plaats { regeling: Some(id), pad };
    let veld = |naam: &str| [pad, ".", naam].concat();
    match b {
        Blok::Inkomen { max_procent, zeker_tot_procent, toelichting, .. } => {
            procent(d, Some(id), &veld("max_procent"), *max_procent);
            if let Some(z) = *zeker_tot_procent {
                procent(d, Some(id), &veld("zeker_tot_procent"), z);
                if z > *max_procent {
                    d.fout(
                        "procent_volgorde",
                        Some(id),
                        veld("zeker_tot_procent"),
                        "zeker_tot_procent mag niet hoger zijn dan max_procent",
                    );
                }
                if toelichting.is_none() {
                    d.fout(
                        "veld_ontbreekt",
                        Some(id),
                        veld("toelichting"),
                        "zeg bij zeker_tot_procent waarom het daarboven 'misschien' is",
                    );
                }
            }
            if let Some(t) = toelichting {
                tekst(d, id, &veld("toelichting"), t);
            }
        }
        Blok::Vermogen { boven_grens_beoordeling: Some(b), .. } => {
            tekst(d, id, &veld("boven_grens_beoordeling.toelichting"), &b.toelichting);
        }
        Blok::Vermogen { .. } => {}
        Blok::Leeftijd { minimaal, maximaal, onder_aow_leeftijd, .. } => {
            if minimaal.is_none() && maximaal.is_none() && !onder_aow_leeftijd {
                d.fout("lege_voorwaarde", Some(id), pad, "geef minimaal, maximaal of onder_aow_leeftijd");
            }
            if let (Some(min), Some(max)) = (minimaal, maximaal) {
                if min > max {
                    d.fout("leeftijd_volgorde", Some(id), veld("minimaal"), "minimaal is hoger dan maximaal");
                }
            }
            if minimaal.iter().chain(maximaal).any(|l| *l > crate::household::MAX_LEEFTIJD) {
                d.fout("ongeldige_leeftijd", Some(id), pad, "een leeftijd is hoogstens 120");
            }
        }
        Blok::Kinderen { min_leeftijd, max_leeftijd } => {
            if min_leeftijd > max_leeftijd || *max_leeftijd > 17 {
                d.fout(
                    "ongeldige_leeftijd",
                    Some(id),
                    pad,
                    "kinderen zijn 0 tot en met 17 jaar; min_leeftijd <= max_leeftijd",
                );
            }
        }
        Blok::Kostendelers { minimaal } => {
            if !(1..=20).contains(minimaal) {
                d.fout("ongeldige_waarde", Some(id), veld("minimaal"), "tussen 1 en 20 kostendelers");
            }
        }
        Blok::MaandenLaagInkomen { minimaal } => {
            if *minimaal > crate::household::MAX_MAANDEN {
                d.fout("ongeldige_waarde", Some(id), veld("minimaal"), "hoogstens 1200 maanden");
            }
        }
        Blok::Woonkosten { boven_procent, .. } => procent(d, Some(id), &veld("boven_procent"), *boven_procent),
        Blok::JaNee { vraag, wie, .. } => match (vraag.per_persoon(), wie) {
            (true, None) => d.fout(
                "veld_ontbreekt",
                Some(id),
                veld("wie"),
                "zeg voor wie dit geldt: aanvrager, partner, aanvrager_en_partner of aanvrager_of_partner",
            ),
            (false, Some(_)) => d.fout(
                "ongeldige_waarde",
                Some(id),
                veld("wie"),
                "deze vraag gaat over het huishouden, niet over een persoon: laat 'wie' weg",
            ),
            _ => {}
        },
        Blok::Kosten(eis) => {
            if eis.soorten.is_empty() {
                d.fout("veld_ontbreekt", Some(id), veld("kosten_soort"), "noem minstens een soort kosten");
            }
            if let Some(m) = eis.max_totaal {
                bedrag_in_grenzen(d, Plaats { pad: &[pad, "."].concat(), ..plaats }, "max_totaal", m, true);
            }
        }
        Blok::Afwijzingsgronden(a) => {
            if let Some(t) = &a.al_betaald_toelichting {
                tekst(d, id, &veld("al_betaald_toelichting"), t);
            }
        }
        Blok::Beoordeling { tekst: t } => tekst(d, id, &veld("tekst"), t),
        Blok::Alle(binnen) | Blok::EenVan(binnen) => {
            if binnen.is_empty() {
                d.fout("geen_voorwaarden", Some(id), veld("voorwaarde"), "een groep voorwaarden is niet leeg");
            }
        }
    }
}

/// A regeling's amount; `plaats.pad` ends in `bedrag.` (or the file's own prefix).
pub(super) fn bedrag(d: &mut Diagnoses, plaats: Plaats, b: &Bedragregel) {
    match b {
        Bedragregel::PercentageNormPerJaar {
            procent: p,
            gehuwden_procent,
            alleenstaande_procent,
            alleenstaande_ouder_procent,
            bron,
            ..
        } => {
            procent(d, plaats.regeling, &plaats.veld("procent"), *p);
            for (veld, w) in [
                ("leefvorm_procent.gehuwden", gehuwden_procent),
                ("leefvorm_procent.alleenstaande", alleenstaande_procent),
                ("leefvorm_procent.alleenstaande_ouder", alleenstaande_ouder_procent),
            ] {
                procent(d, plaats.regeling, &plaats.veld(veld), *w);
            }
            niet_leeg(d, plaats.regeling, &plaats.veld("bron"), bron);
        }
        Bedragregel::Vast { bedrag, bron, .. } => {
            bedrag_in_grenzen(d, plaats, "bedrag", *bedrag, true);
            niet_leeg(d, plaats.regeling, &plaats.veld("bron"), bron);
        }
        Bedragregel::Onbekend { document, toelichting } => {
            niet_leeg(d, plaats.regeling, &plaats.veld("document"), document);
            tekst_op(d, plaats, "toelichting", toelichting);
        }
        Bedragregel::KostenMinDraagkracht => {}
    }
}

/// A draagkracht; `plaats.pad` ends in `draagkracht.`.
pub(super) fn draagkracht(d: &mut Diagnoses, plaats: Plaats, k: &Draagkrachtregel) {
    let r = match k {
        Draagkrachtregel::Onbekend { document } => {
            return niet_leeg(d, plaats.regeling, &plaats.veld("document"), document);
        }
        Draagkrachtregel::PercentageBovenNorm(r) => r,
    };
    let periode = |d: &mut Diagnoses, veld: &str, m: u32| {
        if !(1..=MAX_PERIODE_MAANDEN).contains(&m) {
            plaats.fout(d, "ongeldige_waarde", veld, "een periode van 1 tot 60 maanden");
        }
    };
    procent(d, plaats.regeling, &plaats.veld("inkomen_procent"), r.inkomen_procent);
    procent(d, plaats.regeling, &plaats.veld("boven_procent"), r.boven_procent);
    periode(d, "periode_maanden", r.periode_maanden);
    if let Some(m) = r.periode_maanden_aow {
        periode(d, "periode_maanden_aow", m);
    }
    if let Some(t) = &r.aftrekposten {
        tekst_op(d, plaats, "aftrekposten", t);
    }
    niet_leeg(d, plaats.regeling, &plaats.veld("bron"), &r.bron);
    if let Some(p) = r.berekend_tot_procent {
        procent(d, plaats.regeling, &plaats.veld("berekend_tot_procent"), p);
    }
    let bedrag_nodig = r.vermogen_vrijlating == super::VermogenVrijlating::Bedrag;
    match (bedrag_nodig, r.vermogen_vrijlating_bedrag) {
        (true, None) => plaats.fout(
            d,
            "veld_ontbreekt",
            "vermogen_vrijlating_bedrag",
            "bij vermogen_vrijlating = \"bedrag\" hoort een vermogen_vrijlating_bedrag",
        ),
        (false, Some(_)) => plaats.fout(
            d,
            "ongeldige_waarde",
            "vermogen_vrijlating_bedrag",
            "een vrijlatingsbedrag hoort alleen bij vermogen_vrijlating = \"bedrag\"",
        ),
        (true, Some(b)) => bedrag_in_grenzen(d, plaats, "vermogen_vrijlating_bedrag", b, false),
        (false, None) => {}
    }
    if let Some(b) = r.eigen_woning_zonder_onderzoek_tot {
        bedrag_in_grenzen(d, plaats, "eigen_woning_zonder_onderzoek_tot", b, false);
    }
    if let Some(z) = &r.zorgkosten {
        procent(d, plaats.regeling, &plaats.veld("zorgkosten.tot_procent"), z.tot_procent);
        if z.tot_procent < r.boven_procent {
            plaats.fout(
                d,
                "procent_volgorde",
                "zorgkosten.tot_procent",
                "tot_procent moet minstens zo hoog zijn als boven_procent",
            );
        }
        bedrag_in_grenzen(d, plaats, "zorgkosten.maximale_verlaging", z.maximale_verlaging, false);
        niet_leeg(d, plaats.regeling, &plaats.veld("zorgkosten.bron"), &z.bron);
    }
}
