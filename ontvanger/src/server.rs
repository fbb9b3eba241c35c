//! Connections: hyper's HTTP/1 on tokio, each connection its own task, so a slow or stalled
//! client holds only its own connection. Headers must arrive within `LEESTIJD`; at most
//! `MAX_VERBINDINGEN` connections are open (more wait in the kernel's queue). SIGTERM or
//! ctrl-c stops accepting, lets the requests in flight finish and their writes land, then ends.

use crate::lijf::LEESTIJD;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub const MAX_VERBINDINGEN: usize = 1024;

/// How long a stop waits for requests in flight; a request is at most `VERZOEKTIJD` long.
const AFSLUITTIJD: Duration = Duration::from_secs(30);

pub async fn draai(adres: &str, app: Router) -> Result<(), String> {
    // Before the address is printed: whoever reads it may send SIGTERM at once.
    let mut stop = Stop::installeer().map_err(|e| format!("signalen: {e}"))?;
    let listener = TcpListener::bind(adres).await.map_err(|e| format!("{adres}: {e}"))?;
    let eigen = listener.local_addr().map_err(|e| format!("{adres}: {e}"))?;
    // The first line says where it listens (port 0 picks a free one), for scripts and tests.
    let mut uit = std::io::stdout();
    let _ = writeln!(uit, "http://{eigen}/").and_then(|()| uit.flush());

    let mut http = http1::Builder::new();
    // 64 kB of buffer per connection (hyper's default is some 400 kB): headers and a 32 kB body
    // fit, and a thousand stalled connections hold 64 MB at most.
    http.timer(TokioTimer::new()).header_read_timeout(LEESTIJD).max_buf_size(64 * 1024);
    let verbindingen = Arc::new(Semaphore::new(MAX_VERBINDINGEN));
    let afsluiten = GracefulShutdown::new();
    loop {
        let plek = tokio::select! {
            () = stop.wacht() => break,
            p = Arc::clone(&verbindingen).acquire_owned() => p,
        };
        let Ok(plek) = plek else { break };
        let stream = tokio::select! {
            () = stop.wacht() => break,
            a = listener.accept() => match a {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: pass, rather than stop serving.
                    eprintln!("bur-ontvanger: accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let verbinding = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let bewaakt = afsluiten.watch(verbinding);
        tokio::spawn(async move {
            let _ = bewaakt.await;
            drop(plek);
        });
    }
    drop(listener);
    if tokio::time::timeout(AFSLUITTIJD, afsluiten.shutdown()).await.is_err() {
        eprintln!("bur-ontvanger: na {} s nog verbindingen open; gestopt", AFSLUITTIJD.as_secs());
    }
    Ok(())
}

/// SIGTERM (a service manager, `docker stop`) or SIGINT (ctrl-c).
struct Stop {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl Stop {
    #[cfg(unix)]
    fn installeer() -> std::io::Result<Stop> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Stop { term: signal(SignalKind::terminate())?, int: signal(SignalKind::interrupt())? })
    }

    #[cfg(unix)]
    async fn wacht(&mut self) {
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.int.recv() => {}
        }
    }

    #[cfg(not(unix))]
    fn installeer() -> std::io::Result<Stop> {
        Ok(Stop {})
    }

    #[cfg(not(unix))]
    async fn wacht(&mut self) {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
