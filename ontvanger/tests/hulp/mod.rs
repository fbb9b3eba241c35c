//! What the receiver's tests share: the real binary on 127.0.0.1 with its own database, and a
//! plain HTTP/1.1 client over a TcpStream that reads an answer even when the server closes
//! (or resets) the connection right after it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_bur-ontvanger");

pub struct Ontvanger {
    pub kind: Child,
    pub adres: String,
    pub db: PathBuf,
}

impl Drop for Ontvanger {
    fn drop(&mut self) {
        let _ = self.kind.kill();
        let _ = self.kind.wait();
        // The database goes with it, so runs leave nothing in the temp folder.
        weg(&self.db);
    }
}

impl Ontvanger {
    /// A receiver for Bunschoten on a fresh database named after the test.
    pub fn start(naam: &str, extra: &[&str]) -> Ontvanger {
        Ontvanger::op(&nieuwe_db(naam), extra)
    }

    /// A receiver on this database, as it is.
    pub fn op(db: &Path, extra: &[&str]) -> Ontvanger {
        let mut kind = Command::new(BIN)
            .args(["--adres", "127.0.0.1:0", "--database", db.to_str().unwrap(), "--origin", "http://127.0.0.1:8080"])
            .args(["--gemeenten", "bunschoten"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut regel = String::new();
        BufReader::new(kind.stdout.take().unwrap()).read_line(&mut regel).unwrap();
        assert!(regel.starts_with("http://"), "first line: {regel:?}");
        let adres = regel.trim().trim_start_matches("http://").trim_end_matches('/').to_string();
        Ontvanger { kind, adres, db: db.to_path_buf() }
    }

    pub fn pid(&self) -> u32 {
        self.kind.id()
    }

    pub fn aantal(&self) -> i64 {
        let a = vraag(&self.adres, "GET", "/gezondheid", "");
        assert_eq!(a.status, 200, "{}", a.romp);
        let v: serde_json::Value = serde_json::from_str(&a.romp).unwrap();
        v["aantal"].as_i64().unwrap()
    }

    /// Waits at most `tijd` for the process to end: its exit code, or None if it still runs.
    pub fn einde(&mut self, tijd: Duration) -> Option<std::process::ExitStatus> {
        let tot = std::time::Instant::now() + tijd;
        while std::time::Instant::now() < tot {
            if let Some(s) = self.kind.try_wait().unwrap() {
                return Some(s);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

pub fn nieuwe_db(naam: &str) -> PathBuf {
    let db = std::env::temp_dir().join(format!("bur-ontvanger-{}-{naam}.sqlite", std::process::id()));
    weg(&db);
    db
}

/// Removes a database with its WAL files.
pub fn weg(db: &Path) {
    for achter in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{achter}", db.display()));
    }
}

pub fn voorbeeld(pad: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/keukentafel").join(pad)).unwrap()
}

/// A valid request (goed/alleen-contact.json) under another idempotency key.
pub fn verzoek(sleutel: &str) -> String {
    voorbeeld("goed/alleen-contact.json").replace("3f2b8c1e-4d5a-4b6c-9d7e-1f2a3b4c5d6e", sleutel)
}

/// The n-th of a run of distinct, valid idempotency keys.
pub fn sleutel(n: u64) -> String {
    format!("00000000-0000-4000-8000-{n:012x}")
}

#[derive(Debug)]
pub struct Antwoord {
    pub status: u16,
    /// The headers, lowercased.
    pub kop: String,
    pub romp: String,
}

impl Antwoord {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.romp).unwrap_or_else(|e| panic!("{e}: {}", self.romp))
    }
}

/// One exchange with `Connection: close`, Content-Type application/json.
pub fn vraag(adres: &str, methode: &str, pad: &str, body: &str) -> Antwoord {
    probeer(adres, methode, pad, body).unwrap()
}

pub fn probeer(adres: &str, methode: &str, pad: &str, body: &str) -> io::Result<Antwoord> {
    let tekst = format!(
        "{methode} {pad} HTTP/1.1\r\nHost: {adres}\r\nOrigin: http://127.0.0.1:8080\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    ruw(adres, tekst.as_bytes())
}

pub fn post(adres: &str, body: &str) -> Antwoord {
    vraag(adres, "POST", "/aanvragen", body)
}

/// Sends these bytes as they are and reads the answer.
pub fn ruw(adres: &str, bytes: &[u8]) -> io::Result<Antwoord> {
    let mut s = verbind(adres)?;
    s.write_all(bytes)?;
    lees_antwoord(&mut s)
}

pub fn verbind(adres: &str) -> io::Result<TcpStream> {
    let s = TcpStream::connect(adres)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    Ok(s)
}

/// Reads one answer: its head, then as many bytes as its Content-Length says. What arrived
/// before a reset counts (a server that refuses a body closes without reading it).
pub fn lees_antwoord(s: &mut TcpStream) -> io::Result<Antwoord> {
    let mut binnen = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        if let Some(a) = compleet(&binnen) {
            return Ok(a);
        }
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => binnen.extend_from_slice(&buf[..n]),
            Err(e) if binnen.is_empty() => return Err(e),
            Err(_) => break,
        }
    }
    compleet(&binnen)
        .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, String::from_utf8_lossy(&binnen).into_owned()))
}

fn compleet(binnen: &[u8]) -> Option<Antwoord> {
    let tekst = std::str::from_utf8(binnen).ok()?;
    let (kop, romp) = tekst.split_once("\r\n\r\n")?;
    let kop = kop.to_lowercase();
    let lengte =
        kop.lines().find_map(|r| r.strip_prefix("content-length:")).map_or(0, |n| n.trim().parse::<usize>().unwrap());
    if romp.len() < lengte {
        return None;
    }
    let status = kop.split(' ').nth(1)?.parse().ok()?;
    Some(Antwoord { status, kop, romp: romp[..lengte].to_string() })
}
