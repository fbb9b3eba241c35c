//! The requests in SQLite, each idempotency key once. A case system reads the table
//! `aanvragen` (see docs/keukentafelgesprek.md): one row per request, the validated JSON.
//! One connection writes (the server holds it behind a mutex), so two requests with the same
//! key cannot both find it unknown.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

pub struct Opslag {
    db: Connection,
}

/// What storing did: a new request, or the one stored before under the same key.
#[derive(Debug, PartialEq)]
pub enum Opgeslagen {
    Nieuw(String),
    AlBekend(String),
}

impl Opslag {
    pub fn open(pad: &str) -> rusqlite::Result<Opslag> {
        let db = Connection::open(pad)?;
        // synchronous = FULL: a request answered 201 is on disk, through a power cut too.
        db.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             BEGIN IMMEDIATE;
             CREATE TABLE IF NOT EXISTS aanvragen (
               nummer INTEGER PRIMARY KEY AUTOINCREMENT,
               idempotentie_sleutel TEXT NOT NULL UNIQUE,
               referentie TEXT NOT NULL UNIQUE,
               gemeente TEXT NOT NULL,
               ontvangen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
               verzoek TEXT NOT NULL
             );
             CREATE TABLE IF NOT EXISTS referentieteller (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               laatste INTEGER NOT NULL
             );
             INSERT OR IGNORE INTO referentieteller (id, laatste) SELECT 1, MAX(
               COALESCE((SELECT MAX(nummer) FROM aanvragen), 0),
               COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'aanvragen'), 0));
             COMMIT;",
        )?;
        Ok(Opslag { db })
    }

    /// Stores the request unless its key is known; either way returns its reference. The
    /// number comes from `referentieteller`, which only goes up: a retention job that empties
    /// `aanvragen` must not make a new request share a reference with one already handed out.
    /// A database made before the counter starts it after its highest `nummer`.
    pub fn bewaar(&mut self, sleutel: &str, gemeente: &str, verzoek: &str) -> rusqlite::Result<Opgeslagen> {
        let tx = self.db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let bekend: Option<String> = tx
            .query_row("SELECT referentie FROM aanvragen WHERE idempotentie_sleutel = ?1", params![sleutel], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(referentie) = bekend {
            return Ok(Opgeslagen::AlBekend(referentie));
        }
        let volgend: i64 = tx.query_row(
            "UPDATE referentieteller SET laatste = laatste + 1 WHERE id = 1 RETURNING laatste",
            [],
            |r| r.get(0),
        )?;
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

    /// Every stored request, oldest first: (referentie, ontvangen, verzoek). For
    /// `bur-ontvanger --lijst`: a look at what arrived without a SQLite client.
    pub fn lijst(&self) -> rusqlite::Result<Vec<(String, String, String)>> {
        let mut q = self.db.prepare("SELECT referentie, ontvangen, verzoek FROM aanvragen ORDER BY nummer")?;
        let rijen = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rijen.collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn tijdelijk(naam: &str) -> String {
        let pad = std::env::temp_dir().join(format!("bur-ontvanger-opslag-{}-{naam}.sqlite", std::process::id()));
        weg(&pad.display().to_string());
        pad.display().to_string()
    }

    fn weg(pad: &str) {
        for achter in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{pad}{achter}"));
        }
    }

    #[test]
    fn references_go_on_after_the_table_is_emptied_and_reopened() {
        let pad = tijdelijk("teller");
        let mut o = Opslag::open(&pad).unwrap();
        assert_eq!(o.bewaar("k1", "bunschoten", "{}").unwrap(), Opgeslagen::Nieuw("KTG-BUNSCHOTEN-000001".into()));
        o.db.execute("DELETE FROM aanvragen", []).unwrap();
        drop(o);
        let mut o = Opslag::open(&pad).unwrap();
        assert_eq!(o.bewaar("k2", "bunschoten", "{}").unwrap(), Opgeslagen::Nieuw("KTG-BUNSCHOTEN-000002".into()));
        drop(o);
        weg(&pad);
    }

    #[test]
    fn a_database_from_before_the_counter_goes_on_after_its_highest_number() {
        let pad = tijdelijk("oud");
        let db = Connection::open(&pad).unwrap();
        db.execute_batch(
            "CREATE TABLE aanvragen (nummer INTEGER PRIMARY KEY AUTOINCREMENT, idempotentie_sleutel TEXT NOT NULL UNIQUE,
               referentie TEXT NOT NULL UNIQUE, gemeente TEXT NOT NULL, ontvangen TEXT NOT NULL DEFAULT '', verzoek TEXT NOT NULL);
             INSERT INTO aanvragen (nummer, idempotentie_sleutel, referentie, gemeente, verzoek)
               VALUES (7, 'k7', 'KTG-BUNSCHOTEN-000007', 'bunschoten', '{}');",
        )
        .unwrap();
        drop(db);
        let mut o = Opslag::open(&pad).unwrap();
        assert_eq!(o.bewaar("k8", "bunschoten", "{}").unwrap(), Opgeslagen::Nieuw("KTG-BUNSCHOTEN-000008".into()));
        drop(o);
        weg(&pad);
    }
}
