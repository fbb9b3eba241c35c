//! The limits a request meets before it is parsed, each found missing in a test of the old
//! receiver (issue 14): a hostile value or length must not end the server, a slow client must
//! not hold up the others, and a refused body must not be read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod hulp;

use hulp::{post, ruw, Ontvanger};
use std::io::Write;
use std::time::{Duration, Instant};

#[test]
fn a_multibyte_character_at_byte_ten_of_aangemaakt_gets_422_and_the_server_goes_on() {
    let o = Ontvanger::start("multibyte", &[]);
    let verzoek = hulp::voorbeeld("goed/alleen-contact.json").replace("2026-11-22T10:15", "2026-11-2\u{e9}T10:15");
    let a = post(&o.adres, &verzoek);
    assert_eq!(a.status, 422, "{}", a.romp);
    assert!(a.romp.contains("aangemaakt"), "{}", a.romp);
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(1))).status, 201);
}

fn met_lengte(adres: &str, lengte: &str) -> hulp::Antwoord {
    let kop = format!(
        "POST /aanvragen HTTP/1.1\r\nHost: {adres}\r\nContent-Type: application/json\r\nContent-Length: {lengte}\r\nConnection: close\r\n\r\n"
    );
    ruw(adres, kop.as_bytes()).unwrap()
}

#[test]
fn a_huge_declared_length_is_refused_at_once_without_reading_it() {
    let o = Ontvanger::start("lengte", &[]);
    for lengte in ["100000000000", "18446744073709551613"] {
        let begin = Instant::now();
        let a = met_lengte(&o.adres, lengte);
        assert_eq!(a.status, 413, "{lengte}: {}", a.romp);
        assert!(a.romp.contains("32768 bytes"), "{}", a.romp);
        assert!(begin.elapsed() < Duration::from_secs(1), "{lengte}: {:?}", begin.elapsed());
    }
    // u64::MAX and u64::MAX - 1 are hyper's own markers for "chunked" and "until close": it
    // refuses them itself, before any handler, with 431.
    let a = met_lengte(&o.adres, "18446744073709551615");
    assert_eq!(a.status, 431);
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(1))).status, 201);
    assert_eq!(o.aantal(), 1);
}

#[test]
fn an_oversized_body_is_refused_before_it_has_all_been_sent() {
    let o = Ontvanger::start("groot", &[]);
    // A 10 MB answer key, of which the client sends the first 64 kB and then waits for the
    // answer: a server that reads (or drains) the whole body before answering never answers.
    let mut s = hulp::verbind(&o.adres).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let begin = Instant::now();
    write!(
        s,
        "POST /aanvragen HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n",
        o.adres
    )
    .unwrap();
    s.write_all(format!(r#"{{"uitkomst":{{"antwoorden":{{"{}"#, "x".repeat(64 * 1024)).as_bytes()).unwrap();
    let a = hulp::lees_antwoord(&mut s).unwrap();
    assert_eq!(a.status, 413);
    assert!(begin.elapsed() < Duration::from_secs(1), "{:?}", begin.elapsed());
    // The rest of the body is never read: while that client sends no more, the next is served.
    let begin = Instant::now();
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(1))).status, 201);
    assert!(begin.elapsed() < Duration::from_secs(1), "the next client waited {:?}", begin.elapsed());
    drop(s);
    // Without a declared length (chunked), the limit holds while reading.
    let stuk = "x".repeat(20_000);
    let chunked = format!(
        "POST /aanvragen HTTP/1.1\r\nHost: {0}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{1:x}\r\n{2}\r\n{1:x}\r\n{2}\r\n0\r\n\r\n",
        o.adres,
        stuk.len(),
        stuk
    );
    assert_eq!(ruw(&o.adres, chunked.as_bytes()).unwrap().status, 413);
    assert_eq!(o.aantal(), 1);
}

#[test]
fn a_stalled_client_holds_up_no_one_and_times_out_itself() {
    let o = Ontvanger::start("traag", &[]);
    // One declares 5000 bytes and sends 10; another stops in the middle of its headers.
    let mut lijf = hulp::verbind(&o.adres).unwrap();
    write!(
        lijf,
        "POST /aanvragen HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{\"versie\":",
        o.adres
    )
    .unwrap();
    let mut kop = hulp::verbind(&o.adres).unwrap();
    write!(kop, "POST /aanvragen HTTP/1.1\r\nHost: {}\r\nContent-Ty", o.adres).unwrap();
    std::thread::sleep(Duration::from_millis(200));

    let begin = Instant::now();
    let a = post(&o.adres, &hulp::verzoek(&hulp::sleutel(1)));
    let duur = begin.elapsed();
    assert_eq!(a.status, 201, "{}", a.romp);
    assert!(duur < Duration::from_secs(1), "another client waited {duur:?}");

    // Each stalled client is let go after 10 s: the body one with 408, the header one closed.
    let a = hulp::lees_antwoord(&mut lijf).unwrap();
    assert_eq!(a.status, 408, "{}", a.romp);
    let mut rest = Vec::new();
    match std::io::Read::read_to_end(&mut kop, &mut rest) {
        Ok(_) => {}
        Err(e) => assert!(!matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut), "{e}"),
    }
    assert!(begin.elapsed() < Duration::from_secs(15), "{:?}", begin.elapsed());
    assert_eq!(o.aantal(), 1);
}

#[test]
fn more_stalled_clients_than_turns_take_no_turn() {
    let o = Ontvanger::start("traag-veel", &[]);
    // More clients stalled in their bodies than requests are handled at once: a turn is taken
    // only once a body is in, so none of them holds one.
    let aantal = bur_ontvanger::router::MAX_IN_BEHANDELING + 6;
    let traag: Vec<_> = (0..aantal)
        .map(|_| {
            let mut s = hulp::verbind(&o.adres).unwrap();
            write!(
                s,
                "POST /aanvragen HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{",
                o.adres
            )
            .unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let begin = Instant::now();
    assert_eq!(post(&o.adres, &hulp::verzoek(&hulp::sleutel(1))).status, 201);
    assert_eq!(o.aantal(), 1);
    assert!(begin.elapsed() < Duration::from_secs(1), "{:?}", begin.elapsed());
    drop(traag);
}

#[test]
fn only_application_json_is_taken() {
    let o = Ontvanger::start("soort", &[]);
    let verzoek = hulp::verzoek(&hulp::sleutel(1));
    let met_soort = |soort: &str| {
        let kop = if soort.is_empty() { String::new() } else { format!("Content-Type: {soort}\r\n") };
        let tekst = format!(
            "POST /aanvragen HTTP/1.1\r\nHost: {}\r\n{kop}Content-Length: {}\r\nConnection: close\r\n\r\n{verzoek}",
            o.adres,
            verzoek.len()
        );
        ruw(&o.adres, tekst.as_bytes()).unwrap()
    };
    for soort in ["text/plain", "application/x-www-form-urlencoded", "", "application/jsonx"] {
        let a = met_soort(soort);
        assert_eq!(a.status, 415, "{soort:?}: {}", a.romp);
        assert!(a.romp.contains("application/json"), "{}", a.romp);
    }
    assert_eq!(o.aantal(), 0);
    assert_eq!(met_soort("Application/JSON; charset=utf-8").status, 201);
}
