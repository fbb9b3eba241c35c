//! A regeling's amount and draagkracht (and the gemeente's draagkracht) from the file; their
//! values are checked in `controle`, which the compiled reader runs as well.

use crate::bestand::lees_deel;
use crate::diagnose::Diagnoses;
use crate::norms::Normcategorie;
use crate::policy::controle::{self, Plaats};
use crate::policy::raw::{RawBedrag, RawDraagkracht};
use crate::policy::{Bedragregel, Draagkrachtregel};
use crate::suggestie::dichtstbij;
use serde_json::Value;

/// A regeling's amount from the file; its values are checked by `controle::bedrag`.
pub(super) fn bedrag(d: &mut Diagnoses, id: &str, raw: RawBedrag) -> Option<Bedragregel> {
    let b = match raw {
        RawBedrag::PercentageNormPerJaar {
            norm,
            inclusief_vakantietoeslag,
            procent,
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
            Bedragregel::PercentageNormPerJaar {
                norm: categorie,
                inclusief_vakantietoeslag,
                procent,
                afronding,
                gehuwden_procent: leefvorm_procent.gehuwden,
                alleenstaande_procent: leefvorm_procent.alleenstaande,
                alleenstaande_ouder_procent: leefvorm_procent.alleenstaande_ouder,
                bron,
            }
        }
        RawBedrag::Vast { bedrag, per, maximaal, bron } => Bedragregel::Vast { bedrag, per, maximaal, bron },
        RawBedrag::Onbekend { document, toelichting } => Bedragregel::Onbekend { document, toelichting },
        RawBedrag::KostenMinDraagkracht {} => Bedragregel::KostenMinDraagkracht,
    };
    controle::bedrag(d, Plaats { regeling: Some(id), pad: "bedrag." }, &b);
    Some(b)
}

/// A draagkracht from the file; its values are checked by `controle::draagkracht`.
pub(super) fn draagkracht(d: &mut Diagnoses, id: &str, raw: RawDraagkracht) -> Option<Draagkrachtregel> {
    let k = match raw {
        RawDraagkracht::PercentageBovenNorm(r) => Draagkrachtregel::PercentageBovenNorm(r),
        RawDraagkracht::Onbekend { document } => Draagkrachtregel::Onbekend { document },
    };
    controle::draagkracht(d, Plaats { regeling: Some(id), pad: "draagkracht." }, &k);
    Some(k)
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
