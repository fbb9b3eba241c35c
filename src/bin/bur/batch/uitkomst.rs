//! One household's outcome per regeling, as a batch writes it: status, estimated amount, the
//! key of the reason that decided it (the message key of the catalogs, the same in every
//! language) and the questions whose answers are missing.

use bur::report::{Reden, RedenUitslag, Report};
use bur::Status;
use rust_decimal::Decimal;

pub struct Regel {
    pub regeling: String,
    pub status: Status,
    pub bedrag: Option<Decimal>,
    pub per: Option<&'static str>,
    pub reden: &'static str,
    pub ontbrekend: String,
}

pub fn regels(r: &Report) -> Vec<Regel> {
    r.regelingen
        .iter()
        .map(|u| Regel {
            regeling: u.id.to_string(),
            status: u.status,
            bedrag: u.bedrag.as_ref().and_then(|b| b.waarde),
            per: u.bedrag.as_ref().and_then(|b| b.per).map(|p| p.naam()),
            reden: beslissend(&u.redenen, u.status).unwrap_or(""),
            ontbrekend: u.ontbrekende_vragen.lijst().iter().map(|v| v.id()).collect::<Vec<_>>().join(";"),
        })
        .collect()
}

/// The first reason of the kind that gives this status (for a group, its deepest such member).
fn beslissend(redenen: &[Reden], status: Status) -> Option<&'static str> {
    let past = |u: RedenUitslag| match status {
        Status::Ja => u == RedenUitslag::Voldaan,
        Status::Nee => u == RedenUitslag::NietVoldaan,
        Status::Misschien => matches!(u, RedenUitslag::Onbekend | RedenUitslag::Beoordeling),
    };
    redenen
        .iter()
        .filter(|r| past(r.uitslag))
        .find_map(|r| beslissend(&r.onderdelen, status).or_else(|| r.zinnen.first().map(|z| z.sleutel.naam)))
}
