//! The checks of a policy's documents: each declared once with a title, and every number a
//! text cites declared (`src/policy/documenten.rs` has the citations themselves).

use super::{is_id, niet_leeg};
use crate::diagnose::Diagnoses;
use crate::policy::Document;
use serde_json::Value;

/// A document has a number (three digits, as the seeds) or an id, a title, and an https
/// address or none; a policy's own may not reuse a national number.
pub(super) fn controleer_documenten(d: &mut Diagnoses, eigen: &[Document], nationaal: &[Document]) {
    for (i, doc) in eigen.iter().enumerate() {
        let veld = |v: &str| format!("document[{i}].{v}");
        if !is_id(&doc.id) || eigen.iter().take(i).chain(nationaal).any(|b| b.id == doc.id) {
            let waar =
                if nationaal.iter().any(|b| b.id == doc.id) { " (die staat al in het landelijke bestand)" } else { "" };
            d.fout("ongeldige_id", None, veld("id"), format!("'{}' is geen unieke id{waar}", doc.id));
        }
        niet_leeg(d, None, &veld("titel"), &doc.titel);
        if let Some(url) = &doc.url {
            if !crate::policy::documenten::is_https(url) {
                d.fout("ongeldige_waarde", None, veld("url"), format!("'{url}' is geen https-adres"));
            }
        }
    }
}

/// Every document a text cites by its number must be declared, so `bur json` can name it.
pub(super) fn citaten(d: &mut Diagnoses, tabel: &Value, documenten: &[Document]) {
    let ids: Vec<&str> = documenten.iter().map(|doc| doc.id.as_str()).collect();
    let mut onbekend = Vec::new();
    crate::policy::documenten::onbekende_citaten(tabel, "", &ids, &mut onbekend);
    for (pad, id) in onbekend {
        d.fout(
            "onbekend_document",
            None,
            pad,
            format!("noemt document {id}, dat niet bij de documenten staat; voeg [[document]] id = \"{id}\" met zijn titel toe"),
        );
    }
}
