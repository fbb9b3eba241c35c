//! What `loadPolicy` hands the widget once, as JSON: the gemeente, each regeling's static texts,
//! the keukentafelgesprek section, what the tool leaves out (`buiten_scope`), the documents
//! the sources come from (title and public address), the numbered texts
//! and sources a report refers to, and the questions in the order of a report's bit sets. The
//! shape is `Policy` in www/bur-types.d.ts.
//!
//! Written by hand like the report (json.rs), so that the module carries no JSON serializer.

use super::json::Json;
use super::tabel::Teksttabel;
use crate::policy::Policy;
use crate::questions::Vraag;
use crate::tekst::Tekst;

pub fn schrijf(p: &Policy, tabel: &Teksttabel, vingerafdruk: u32) -> String {
    let mut j = Json::nieuw(tabel);
    let g = &p.gemeente;
    j.veld("{gemeente");
    j.paar("{id", &g.id);
    j.paar(",naam", &g.naam);
    j.paar(",versie", &g.versie);
    j.paar(",bron", &g.bron);
    j.optie(",website", g.website.as_deref());
    j.uit.push('}');
    j.veld(",regelingen");
    j.lijst(&p.regelingen, |j, r| {
        j.paar("{id", &r.id);
        j.veld(",naam");
        j.tekst_in_talen(&r.naam);
        j.veld(",omschrijving");
        j.tekst_in_talen(&r.omschrijving);
        j.veld(",vervolgstap");
        j.tekst_in_talen(&r.vervolgstap);
        j.paar(",bron", &r.bron);
        j.optie(",aanvraag_url", r.aanvraag_url.as_deref());
        j.optie(",ook_in_geld", r.ook_in_geld.as_deref());
        j.uit.push('}');
    });
    j.veld(",keukentafelgesprek");
    match &p.keukentafelgesprek {
        None => j.uit.push_str("null"),
        Some(k) => {
            j.optie("{endpoint", k.endpoint.as_deref());
            j.optie(",email", k.email.as_deref());
            j.veld(",bewaartermijn");
            match &k.bewaartermijn {
                Some(t) => j.tekst_in_talen(t),
                None => j.uit.push_str("null"),
            }
            j.optie(",privacyverklaring", k.privacyverklaring.as_deref());
            j.paar(",bron", &k.bron);
            j.uit.push('}');
        }
    }
    j.veld(",buiten_scope");
    j.lijst(&p.buiten_scope, |j, b| {
        j.paar("{naam", &b.naam);
        j.paar(",bron", &b.bron);
        j.paar(",reden", &b.reden);
        j.uit.push('}');
    });
    // The documents the sources name by title, with the address of their public text: the
    // widget links a title in a source to it.
    j.veld(",documenten");
    j.lijst(&p.documenten, |j, d| {
        j.paar("{titel", &d.titel);
        j.optie(",url", d.url.as_deref());
        j.uit.push('}');
    });
    j.veld(",teksten");
    j.lijst(&tabel.teksten, |j, t: &Tekst| j.tekst_in_talen(t));
    j.veld(",bronnen");
    j.lijst(&tabel.bronnen, |j, b| j.tekst(b));
    j.veld(",vragen");
    j.lijst(Vraag::ALLE, |j, v| {
        j.paar("{id", v.id());
        j.paar(",onderwerp", v.onderwerp().naam());
        j.uit.push('}');
    });
    // Which catalog keys the report's message numbers refer to (plaatshouders.json).
    j.veld(",berichten");
    j.uit.push_str(&vingerafdruk.to_string());
    j.uit.push('}');
    j.uit
}
