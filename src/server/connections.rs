//! Accepting connections so that no client can hold the daemon hostage:
//! a cap on open connections (the oldest idle one, else the oldest of all,
//! is closed to make room, so a new webhook or `/healthz` always gets in),
//! a time limit on a request's headers, and on a kept-alive connection that
//! asks nothing.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::shutdown::Shutdown;

/// How connections are limited (from `[http]`).
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
}

/// What one open connection is doing, shared between its task and the
/// table of open connections.
struct Activity {
    accepted: Instant,
    /// Requests being answered now.
    in_flight: AtomicUsize,
    /// Milliseconds after `accepted` that the last request ended.
    last_active_ms: AtomicU64,
    /// Told to close the connection at once.
    close: Notify,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            accepted: Instant::now(),
            in_flight: AtomicUsize::new(0),
            last_active_ms: AtomicU64::new(0),
            close: Notify::new(),
        }
    }

    fn is_idle(&self) -> bool {
        self.in_flight.load(Ordering::SeqCst) == 0
    }

    fn idle_for(&self) -> Duration {
        let last = Duration::from_millis(self.last_active_ms.load(Ordering::SeqCst));
        self.accepted.elapsed().saturating_sub(last)
    }

    fn touch(&self) {
        let ms = u64::try_from(self.accepted.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_active_ms.store(ms, Ordering::SeqCst);
    }
}

/// Counts a request in flight for as long as it lives.
struct InFlight(Arc<Activity>);

impl InFlight {
    fn begin(activity: &Arc<Activity>) -> InFlight {
        activity.in_flight.fetch_add(1, Ordering::SeqCst);
        activity.touch();
        InFlight(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The open connections, by number.
#[derive(Default)]
struct OpenConnections {
    next: u64,
    open: HashMap<u64, Arc<Activity>>,
}

impl OpenConnections {
    /// Makes room under `cap` by closing the oldest idle connection, else
    /// the oldest of all (a slow client's, since a real request is quick),
    /// then records a new one.
    fn admit(&mut self, cap: usize) -> (u64, Arc<Activity>) {
        while self.open.len() >= cap {
            let oldest = |idle_only: bool| {
                self.open
                    .iter()
                    .filter(|(_, a)| !idle_only || a.is_idle())
                    .min_by_key(|(_, a)| a.accepted)
                    .map(|(id, _)| *id)
            };
            let Some(victim) = oldest(true).or_else(|| oldest(false)) else {
                break;
            };
            if let Some(activity) = self.open.remove(&victim) {
                activity.close.notify_one();
            }
        }
        let id = self.next;
        self.next += 1;
        let activity = Arc::new(Activity::new());
        self.open.insert(id, activity.clone());
        (id, activity)
    }
}

/// Serves `app` on `listener` under `limits` until shutdown is requested,
/// then lets the requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    mut shutdown: Shutdown,
) -> std::io::Result<()> {
    let open = Arc::new(Mutex::new(OpenConnections::default()));
    let stopping = Arc::new(Notify::new());
    let mut tasks = JoinSet::new();
    loop {
        tokio::select! {
            () = shutdown.requested() => break,
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let (id, activity) = open.lock().expect("connections lock").admit(limits.max_connections);
                    let open = open.clone();
                    let app = app.clone();
                    let stopping = stopping.clone();
                    tasks.spawn(async move {
                        serve_connection(stream, peer, app, limits, activity, stopping).await;
                        open.lock().expect("connections lock").open.remove(&id);
                    });
                }
                Err(error) => {
                    // Out of file descriptors or similar: wait for some to
                    // close rather than spin.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
        }
    }
    drop(listener);
    stopping.notify_waiters();
    while tasks.join_next().await.is_some() {}
    Ok(())
}

async fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    limits: ConnectionLimits,
    activity: Arc<Activity>,
    stopping: Arc<Notify>,
) {
    let _ = stream.set_nodelay(true);
    let requests = activity.clone();
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        let in_flight = InFlight::begin(&requests);
        // The client address, for per-address limits on sign-in.
        request.extensions_mut().insert(ConnectInfo(peer));
        let app = app.clone();
        async move {
            let response = app
                .oneshot(request.map(axum::body::Body::new))
                .await
                .unwrap_or_else(|never: Infallible| match never {});
            drop(in_flight);
            Ok::<_, Infallible>(response)
        }
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    let stop = stopping.notified();
    tokio::pin!(stop);
    let mut ticker = tokio::time::interval(limits.idle_timeout.min(Duration::from_secs(5)));
    loop {
        tokio::select! {
            _ = connection.as_mut() => return,
            () = activity.close.notified() => return,
            () = &mut stop => {
                // Finish the request in flight, take no more.
                connection.as_mut().graceful_shutdown();
                let _ = connection.as_mut().await;
                return;
            }
            _ = ticker.tick() => {
                if activity.is_idle() && activity.idle_for() >= limits.idle_timeout {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_cap_the_oldest_idle_connection_makes_room() {
        let mut open = OpenConnections::default();
        let (first, first_activity) = open.admit(3);
        let _busy = InFlight::begin(&first_activity);
        let (second, second_activity) = open.admit(3);
        let (third, _) = open.admit(3);
        let (fourth, _) = open.admit(3);
        assert_eq!(open.open.len(), 3);
        assert!(open.open.contains_key(&first), "a busy connection is kept");
        assert!(!open.open.contains_key(&second), "the oldest idle one goes");
        assert!(open.open.contains_key(&third) && open.open.contains_key(&fourth));
        // Its task was told to close.
        let told = second_activity.close.notified();
        tokio::pin!(told);
        assert!(
            futures::FutureExt::now_or_never(told).is_some(),
            "the closed connection's task is told"
        );
    }

    #[test]
    fn with_nothing_idle_the_oldest_connection_makes_room() {
        let mut open = OpenConnections::default();
        let mut busy = Vec::new();
        let mut ids = Vec::new();
        for _ in 0..2 {
            let (id, activity) = open.admit(2);
            busy.push(InFlight::begin(&activity));
            ids.push(id);
        }
        let (newest, _) = open.admit(2);
        assert!(!open.open.contains_key(&ids[0]));
        assert!(open.open.contains_key(&ids[1]) && open.open.contains_key(&newest));
    }
}
