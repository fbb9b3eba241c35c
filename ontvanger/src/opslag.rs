//! The requests in SQLite, each idempotency key once. A case system reads the table
//! `aanvragen` (see docs/keukentafelgesprek.md): one row per request, the JSON as received.

use rusqlite::{params, Connection, OptionalExtension};

pub struct Opslag {
    db: Connection,
}

/// What storing did: a new request, or the one stored before under the same key.
pub enum Opgeslagen {
    Nieuw(String),
    AlBekend(String),
}

impl Opslag {
    pub fn open(pad: &str) -> rusqlite::Result<Opslag> {
        let db = Connection::open(pad)?;
        db.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS aanvragen (
               nummer INTEGER PRIMARY KEY AUTOINCREMENT,
               idempotentie_sleutel TEXT NOT NULL UNIQUE,
               referentie TEXT NOT NULL UNIQUE,
               gemeente TEXT NOT NULL,
               ontvangen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
               verzoek TEXT NOT NULL
             );",
        )?;
        Ok(Opslag { db })
    }

    /// Stores the request unless its key is known; either way returns its reference.
    pub fn bewaar(&mut self, sleutel: &str, gemeente: &str, verzoek: &str) -> rusqlite::Result<Opgeslagen> {
        let tx = self.db.transaction()?;
        let bekend: Option<String> = tx
            .query_row("SELECT referentie FROM aanvragen WHERE idempotentie_sleutel = ?1", params![sleutel], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(referentie) = bekend {
            return Ok(Opgeslagen::AlBekend(referentie));
        }
        let volgend: i64 = tx.query_row("SELECT COALESCE(MAX(nummer), 0) + 1 FROM aanvragen", [], |r| r.get(0))?;
        let referentie = format!("KTG-{}-{volgend:06}", gemeente.to_uppercase());
        tx.execute(
            "INSERT INTO aanvragen (idempotentie_sleutel, referentie, gemeente, verzoek) VALUES (?1, ?2, ?3, ?4)",
            params![sleutel, referentie, gemeente, verzoek],
        )?;
        tx.commit()?;
        Ok(Opgeslagen::Nieuw(referentie))
    }

    pub fn aantal(&self) -> rusqlite::Result<i64> {
        self.db.query_row("SELECT COUNT(*) FROM aanvragen", [], |r| r.get(0))
    }

    /// Every stored request, oldest first: (referentie, ontvangen, verzoek as received). For
    /// `bur-ontvanger --lijst`: a look at what arrived without a SQLite client.
    pub fn lijst(&self) -> rusqlite::Result<Vec<(String, String, String)>> {
        let mut q = self.db.prepare("SELECT referentie, ontvangen, verzoek FROM aanvragen ORDER BY nummer")?;
        let rijen = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rijen.collect()
    }
}
