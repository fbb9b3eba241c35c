//! The checks of a regeling's amount and draagkracht (and of the gemeente's draagkracht):
//! percentages in range, periods and amounts within bounds, documents and brons named.

use super::{niet_leeg, procent, tekst};
use crate::bestand::lees_deel;
use crate::diagnose::Diagnoses;
use crate::norms::Normcategorie;
use crate::policy::raw::{RawBedrag, RawDraagkracht};
use crate::policy::{Bedragregel, Draagkrachtregel};
use crate::suggestie::dichtstbij;
use rust_decimal::Decimal;
use serde_json::Value;

pub(super) fn bedrag(d: &mut Diagnoses, id: &str, raw: RawBedrag) -> Option<Bedragregel> {
    Some(match raw {
        RawBedrag::PercentageNormPerJaar {
            norm,
            inclusief_vakantietoeslag,
            procent: p,
            afronding,
            leefvorm_procent,
            bron,
        } => {
            let Some(categorie) = Normcategorie::ALLE.iter().copied().find(|c| c.naam() == norm) else {
                let extra = dichtstbij(&norm, Normcategorie::ALLE.iter().map(|c| c.naam()))
                    .map(|s| format!("; bedoelt u '{s}'?"))
                    .unwrap_or_default();
                d.fout("onbekende_soort", Some(id), "bedrag.norm", format!("onbekende norm '{norm}'{extra}"));
                return None;
            };
            procent(d, Some(id), "bedrag.procent", p);
            for (veld, w) in [
                ("gehuwden", leefvorm_procent.gehuwden),
                ("alleenstaande", leefvorm_procent.alleenstaande),
                ("alleenstaande_ouder", leefvorm_procent.alleenstaande_ouder),
            ] {
                procent(d, Some(id), &format!("bedrag.leefvorm_procent.{veld}"), w);
            }
            niet_leeg(d, Some(id), "bedrag.bron", &bron);
            Bedragregel::PercentageNormPerJaar {
                norm: categorie,
                inclusief_vakantietoeslag,
                procent: p,
                afronding,
                gehuwden_procent: leefvorm_procent.gehuwden,
                alleenstaande_procent: leefvorm_procent.alleenstaande,
                alleenstaande_ouder_procent: leefvorm_procent.alleenstaande_ouder,
                bron,
            }
        }
        RawBedrag::Vast { bedrag, per, maximaal, bron } => {
            if bedrag <= Decimal::ZERO || bedrag > crate::money::MAX_BEDRAG {
                d.fout("ongeldig_bedrag", Some(id), "bedrag.bedrag", "een bedrag groter dan 0");
            }
            niet_leeg(d, Some(id), "bedrag.bron", &bron);
            Bedragregel::Vast { bedrag, per, maximaal, bron }
        }
        RawBedrag::Onbekend { document, toelichting } => {
            niet_leeg(d, Some(id), "bedrag.document", &document);
            tekst(d, id, "bedrag.toelichting", &toelichting);
            Bedragregel::Onbekend { document, toelichting }
        }
        RawBedrag::KostenMinDraagkracht {} => Bedragregel::KostenMinDraagkracht,
    })
}

pub(super) fn draagkracht(d: &mut Diagnoses, id: &str, raw: RawDraagkracht) -> Option<Draagkrachtregel> {
    Some(match raw {
        RawDraagkracht::PercentageBovenNorm(r) => {
            procent(d, Some(id), "draagkracht.inkomen_procent", r.inkomen_procent);
            procent(d, Some(id), "draagkracht.boven_procent", r.boven_procent);
            if !(1..=60).contains(&r.periode_maanden) {
                d.fout("ongeldige_waarde", Some(id), "draagkracht.periode_maanden", "een periode van 1 tot 60 maanden");
            }
            if let Some(t) = &r.aftrekposten {
                tekst(d, id, "draagkracht.aftrekposten", t);
            }
            niet_leeg(d, Some(id), "draagkracht.bron", &r.bron);
            if r.periode_maanden_aow.is_some_and(|m| !(1..=60).contains(&m)) {
                d.fout(
                    "ongeldige_waarde",
                    Some(id),
                    "draagkracht.periode_maanden_aow",
                    "een periode van 1 tot 60 maanden",
                );
            }
            if let Some(p) = r.berekend_tot_procent {
                procent(d, Some(id), "draagkracht.berekend_tot_procent", p);
            }
            let bedrag_nodig = r.vermogen_vrijlating == crate::policy::VermogenVrijlating::Bedrag;
            match (bedrag_nodig, r.vermogen_vrijlating_bedrag) {
                (true, None) => d.fout(
                    "veld_ontbreekt",
                    Some(id),
                    "draagkracht.vermogen_vrijlating_bedrag",
                    "bij vermogen_vrijlating = \"bedrag\" hoort een vermogen_vrijlating_bedrag",
                ),
                (false, Some(_)) => d.fout(
                    "ongeldige_waarde",
                    Some(id),
                    "draagkracht.vermogen_vrijlating_bedrag",
                    "een vrijlatingsbedrag hoort alleen bij vermogen_vrijlating = \"bedrag\"",
                ),
                (true, Some(b)) if b < Decimal::ZERO || b > crate::money::MAX_BEDRAG => d.fout(
                    "ongeldig_bedrag",
                    Some(id),
                    "draagkracht.vermogen_vrijlating_bedrag",
                    "een bedrag van 0 of meer",
                ),
                _ => {}
            }
            if r.eigen_woning_zonder_onderzoek_tot.is_some_and(|b| b < Decimal::ZERO || b > crate::money::MAX_BEDRAG) {
                d.fout(
                    "ongeldig_bedrag",
                    Some(id),
                    "draagkracht.eigen_woning_zonder_onderzoek_tot",
                    "een bedrag van 0 of meer",
                );
            }
            if let Some(z) = &r.zorgkosten {
                procent(d, Some(id), "draagkracht.zorgkosten.tot_procent", z.tot_procent);
                if z.tot_procent < r.boven_procent {
                    d.fout(
                        "procent_volgorde",
                        Some(id),
                        "draagkracht.zorgkosten.tot_procent",
                        "tot_procent moet minstens zo hoog zijn als boven_procent",
                    );
                }
                if z.maximale_verlaging < Decimal::ZERO || z.maximale_verlaging > crate::money::MAX_BEDRAG {
                    d.fout(
                        "ongeldig_bedrag",
                        Some(id),
                        "draagkracht.zorgkosten.maximale_verlaging",
                        "een bedrag van 0 of meer",
                    );
                }
                niet_leeg(d, Some(id), "draagkracht.zorgkosten.bron", &z.bron);
            }
            Draagkrachtregel::PercentageBovenNorm(r)
        }
        RawDraagkracht::Onbekend { document } => {
            niet_leeg(d, Some(id), "draagkracht.document", &document);
            Draagkrachtregel::Onbekend { document }
        }
    })
}

/// The gemeente's draagkracht for bijzondere bijstand, checked as a regeling's own is (its
/// problems named under `gemeente.draagkracht`); `None` when absent or wrong.
pub(super) fn standaard_draagkracht(d: &mut Diagnoses, waarde: Value) -> Option<serde_json::Map<String, Value>> {
    const PLAATS: &str = "[gemeente.draagkracht]";
    let fouten = d.lijst.len();
    let tabel = waarde.as_object().cloned();
    if let Some(raw) = lees_deel::<RawDraagkracht>(d, Some(PLAATS), "draagkracht", waarde) {
        draagkracht(d, PLAATS, raw);
    }
    for f in d.lijst.iter_mut().skip(fouten).filter(|f| f.regeling.as_deref() == Some(PLAATS)) {
        f.regeling = None;
        f.veld = format!("gemeente.{}", f.veld);
    }
    tabel.filter(|_| d.lijst.len() == fouten)
}
