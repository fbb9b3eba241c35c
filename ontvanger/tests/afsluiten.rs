//! Stopping: SIGTERM (a service manager, `docker stop`) ends the receiver with exit code 0,
//! after the requests in flight have been answered and stored, and takes no new ones.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod hulp;

use hulp::Ontvanger;
use std::io::Write;
use std::process::Command;
use std::time::Duration;

fn sigterm(o: &Ontvanger) {
    assert!(Command::new("kill").args(["-TERM", &o.pid().to_string()]).status().unwrap().success());
}

#[test]
fn sigterm_while_idle_exits_0() {
    let mut o = Ontvanger::start("term-rustig", &[]);
    assert_eq!(o.aantal(), 0);
    sigterm(&o);
    let einde = o.einde(Duration::from_secs(10)).expect("still running 10 s after SIGTERM");
    assert_eq!(einde.code(), Some(0), "{einde:?}");
}

#[test]
fn sigterm_lets_a_request_in_flight_finish_and_store() {
    let mut o = Ontvanger::start("term-bezig", &[]);
    let verzoek = hulp::verzoek(&hulp::sleutel(1));
    let (eerste, tweede) = verzoek.split_at(verzoek.len() / 2);
    let mut s = hulp::verbind(&o.adres).unwrap();
    write!(
        s,
        "POST /aanvragen HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{eerste}",
        o.adres,
        verzoek.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    sigterm(&o);
    std::thread::sleep(Duration::from_millis(300));
    assert!(std::net::TcpStream::connect(&o.adres).is_err(), "a new connection after SIGTERM");
    s.write_all(tweede.as_bytes()).unwrap();
    let a = hulp::lees_antwoord(&mut s).unwrap();
    assert_eq!(a.status, 201, "{}", a.romp);
    let einde = o.einde(Duration::from_secs(10)).expect("still running 10 s after SIGTERM");
    assert_eq!(einde.code(), Some(0), "{einde:?}");
    let db = rusqlite::Connection::open(&o.db).unwrap();
    let n: i64 = db.query_row("SELECT COUNT(*) FROM aanvragen", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
}
