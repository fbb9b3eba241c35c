//! The checks of a policy's documents: each declared once with a title, and every number a
//! text cites declared (`src/policy/documenten.rs` has the citations themselves).

use crate::diagnose::Diagnoses;
use crate::policy::Document;
use serde_json::Value;

/// Each of a policy's own documents, against the ones before it and the national ones.
pub(super) fn controleer_documenten(d: &mut Diagnoses, eigen: &[Document], nationaal: &[Document]) {
    for (i, doc) in eigen.iter().enumerate() {
        crate::policy::controle::document(d, &format!("document[{i}]."), doc, eigen.iter().take(i), nationaal);
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
