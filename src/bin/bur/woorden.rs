//! A report in words, for `bur eval --taal`: what the widget shows, as plain text, said by the
//! same message catalogs.

use bur::catalogus::Catalogus;
use bur::Report;

pub fn report(r: &Report, c: &Catalogus) -> String {
    let mut uit = format!("{} {}, {}\n", r.gemeente.naam, r.gemeente.versie, r.peildatum);
    for w in &r.waarschuwingen {
        uit.push_str(&format!("! {}\n", c.bericht(&w.bericht)));
    }
    for u in &r.regelingen {
        let status = match u.status {
            bur::Status::Ja => "status-ja",
            bur::Status::Misschien => "status-misschien",
            bur::Status::Nee => "status-nee",
        };
        uit.push_str(&format!("\n{}: {}\n", c.tekst(&u.naam), c.woord(status)));
        if let Some(b) = &u.bedrag {
            uit.push_str(&format!("  {}\n", c.zinnen(&b.uitleg)));
        }
        if let Some(d) = &u.draagkracht {
            uit.push_str(&format!("  {}\n", c.zinnen(&d.uitleg)));
        }
        for reden in &u.redenen {
            c.reden(reden, 2, &mut uit);
        }
        for stap in u.marge.iter().flat_map(|m| [&m.meer, &m.minder]).flatten() {
            uit.push_str(&format!("  → {}\n", c.bericht(&stap.uitleg)));
        }
        uit.push_str(&format!("  {} ({})\n", c.tekst(&u.vervolgstap), u.bron));
    }
    for m in &r.maatwerk {
        uit.push_str(&format!("\n{} ({})\n", c.tekst(&m.tekst), m.bron));
        for reden in &m.redenen {
            c.reden(reden, 2, &mut uit);
        }
    }
    uit
}
