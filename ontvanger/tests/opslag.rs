//! Storing under load and after trouble: one row per idempotency key however many clients send
//! it at once, no answered request lost when the process is killed, and references that never
//! come back after the table is emptied.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod hulp;

use hulp::{post, Ontvanger};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

#[test]
fn twenty_clients_with_one_key_store_one_request_and_hear_one_reference() {
    let o = Ontvanger::start("twintig", &[]);
    let verzoek = Arc::new(hulp::verzoek(&hulp::sleutel(7)));
    let start = Arc::new(Barrier::new(20));
    let draden: Vec<_> = (0..20)
        .map(|_| {
            let (adres, verzoek, start) = (o.adres.clone(), Arc::clone(&verzoek), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                let a = post(&adres, &verzoek);
                (a.status, a.json()["referentie"].as_str().unwrap().to_string())
            })
        })
        .collect();
    let antwoorden: Vec<(u16, String)> = draden.into_iter().map(|d| d.join().unwrap()).collect();
    assert_eq!(antwoorden.iter().filter(|(s, _)| *s == 201).count(), 1, "{antwoorden:?}");
    assert_eq!(antwoorden.iter().filter(|(s, _)| *s == 200).count(), 19, "{antwoorden:?}");
    assert!(antwoorden.iter().all(|(_, r)| r == "KTG-BUNSCHOTEN-000001"), "{antwoorden:?}");
    assert_eq!(o.aantal(), 1);
}

#[test]
fn references_go_on_after_a_retention_job_empties_the_table() {
    let o = Ontvanger::start("bewaartermijn", &[]);
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(1))).json()["referentie"], "KTG-BUNSCHOTEN-000001");
    // The gemeente's own scheduled job, beside the running server.
    let db = rusqlite::Connection::open(&o.db).unwrap();
    db.execute("DELETE FROM aanvragen", []).unwrap();
    assert_eq!(o.aantal(), 0);
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(2))).json()["referentie"], "KTG-BUNSCHOTEN-000002");
}

#[test]
fn a_kill_during_a_burst_loses_no_answered_request() {
    let mut o = Ontvanger::start("kill", &[]);
    let beantwoord = Arc::new(Mutex::new(BTreeMap::new()));
    let teller = Arc::new(AtomicUsize::new(0));
    let draden: Vec<_> = (0..6u64)
        .map(|d| {
            let (adres, beantwoord, teller) = (o.adres.clone(), Arc::clone(&beantwoord), Arc::clone(&teller));
            std::thread::spawn(move || {
                for i in 0..50u64 {
                    let sleutel = hulp::sleutel(d * 1000 + i);
                    let Ok(a) = hulp::probeer(&adres, "POST", "/aanvragen", &hulp::verzoek(&sleutel)) else { return };
                    assert!(a.status == 201 || a.status == 200, "{}: {}", a.status, a.romp);
                    let referentie = a.json()["referentie"].as_str().unwrap().to_string();
                    beantwoord.lock().unwrap().insert(sleutel, referentie);
                    teller.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    let tot = Instant::now() + Duration::from_secs(30);
    while teller.load(Ordering::SeqCst) < 60 && Instant::now() < tot {
        std::thread::sleep(Duration::from_millis(2));
    }
    o.kind.kill().unwrap(); // SIGKILL: no chance to finish anything
    o.kind.wait().unwrap();
    for d in draden {
        d.join().unwrap();
    }
    let beantwoord = beantwoord.lock().unwrap().clone();
    assert!(beantwoord.len() >= 60 && beantwoord.len() < 300, "{} answered: the kill came too late", beantwoord.len());

    let db = rusqlite::Connection::open(&o.db).unwrap();
    let mut q = db.prepare("SELECT referentie, COUNT(*) FROM aanvragen WHERE idempotentie_sleutel = ?1").unwrap();
    for (sleutel, referentie) in &beantwoord {
        let (opgeslagen, aantal): (Option<String>, i64) =
            q.query_row([sleutel], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((opgeslagen.as_deref(), aantal), (Some(referentie.as_str()), 1), "{sleutel}");
    }
    let rijen: i64 = db.query_row("SELECT COUNT(*) FROM aanvragen", [], |r| r.get(0)).unwrap();
    let verschillend: i64 = db.query_row("SELECT COUNT(DISTINCT referentie) FROM aanvragen", [], |r| r.get(0)).unwrap();
    assert_eq!(rijen, verschillend);

    // Started again on the same file, it knows them all and numbers on.
    let o = Ontvanger::op(&o.db.clone(), &[]);
    assert_eq!(o.aantal(), rijen);
    let (sleutel, referentie) = beantwoord.iter().next().unwrap();
    let a = post(&o.adres, &hulp::verzoek(sleutel));
    assert_eq!((a.status, a.json()["referentie"].as_str().unwrap()), (200, referentie.as_str()));
    let nieuw = post(&o.adres, &hulp::verzoek(&hulp::sleutel(99_999)));
    assert_eq!(nieuw.json()["referentie"], format!("KTG-BUNSCHOTEN-{:06}", rijen + 1));
}
