//! The daemon: opens the store, loads the schools and the roster, serves
//! HTTP and runs background work until told to stop, then stops cleanly.
//!
//! Shutdown follows the mini-redis pattern. Every task gets a [`Shutdown`]
//! (a broadcast receiver) and holds a clone of a completion sender. On
//! SIGTERM or Ctrl-C the broadcast fires; each task finishes what it is
//! doing and returns, dropping its sender; when the completion channel
//! closes, every task is done and the store is flushed before exit.
//!
//! Adding background work: in [`serve`], call [`Daemon::spawn`] with a
//! closure that takes a [`Shutdown`] and returns the task's future. Adding
//! an HTTP route: see [`crate::server`].

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::{broadcast, mpsc};

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::roster;
use crate::schools::Schools;
use crate::server::{self, AppState};
use crate::store::Store;

/// A task's view of the shutdown signal.
pub struct Shutdown {
    is_shutdown: bool,
    notify: broadcast::Receiver<()>,
}

impl Shutdown {
    /// True once shutdown has been signalled.
    pub fn is_shutdown(&self) -> bool {
        self.is_shutdown
    }

    /// Waits until shutdown is signalled (at once if it already was).
    pub async fn recv(&mut self) {
        if self.is_shutdown {
            return;
        }
        // Either the signal or the sender being dropped means stop.
        let _ = self.notify.recv().await;
        self.is_shutdown = true;
    }
}

/// A started daemon: store open, roster imported, HTTP listening.
pub struct Daemon {
    state: AppState,
    local_addr: SocketAddr,
    notify_shutdown: broadcast::Sender<()>,
    /// Each task holds a clone; the receiver sees `None` once all are gone.
    done_tx: mpsc::Sender<()>,
    done_rx: mpsc::Receiver<()>,
    /// A task that fails stops the daemon: better a supervisor restart
    /// than a daemon that looks alive but no longer chases.
    failed_tx: mpsc::UnboundedSender<(&'static str, Error)>,
    failed_rx: mpsc::UnboundedReceiver<(&'static str, Error)>,
}

impl Daemon {
    /// Opens the store at `data_dir` (relative to the config file), imports
    /// the roster files the config names, loads the schools, binds
    /// `http.listen` and starts serving.
    pub async fn start(config: Config, clock: SharedClock) -> Result<Daemon> {
        let data_dir = config.data_path();
        let store = Store::open(&data_dir)?;
        tracing::info!(data_dir = %data_dir.display(), "store open");
        if let Some(files) = &config.roster {
            let summary = roster::import_for_config(
                &store,
                &config,
                &config.resolve(&files.pupils),
                &config.resolve(&files.contacts),
                clock.now(),
            )?;
            tracing::info!("roster import: {summary}");
        }
        let schools = Schools::from_config(&config, Some(&store))?;
        let listen = config.http.listen;
        let state = AppState::new(config, store, schools, clock)?;

        let listener = TcpListener::bind(listen)
            .await
            .map_err(|e| Error::io(format!("listening on {listen}"), e))?;
        let local_addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the bound address", e))?;

        let (notify_shutdown, _) = broadcast::channel(1);
        let (done_tx, done_rx) = mpsc::channel(1);
        let (failed_tx, failed_rx) = mpsc::unbounded_channel();
        let daemon = Daemon {
            state,
            local_addr,
            notify_shutdown,
            done_tx,
            done_rx,
            failed_tx,
            failed_rx,
        };
        let app = server::app(daemon.state.clone());
        daemon.spawn("http", move |mut shutdown| async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move { shutdown.recv().await })
                .await
                .map_err(|e| Error::io("serving HTTP", e))
        });
        tracing::info!(%local_addr, "listening");
        Ok(daemon)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The address HTTP is served on (useful when `http.listen` has port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Runs a background task until it returns. It must return soon after
    /// its [`Shutdown`] fires; an error it returns stops the daemon.
    pub fn spawn<F, Fut>(&self, name: &'static str, task: F)
    where
        F: FnOnce(Shutdown) -> Fut,
        Fut: Future<Output = Result<()>> + Send + 'static,
    {
        let shutdown = Shutdown {
            is_shutdown: false,
            notify: self.notify_shutdown.subscribe(),
        };
        let future = task(shutdown);
        let done = self.done_tx.clone();
        let failed = self.failed_tx.clone();
        tokio::spawn(async move {
            if let Err(e) = future.await {
                let _ = failed.send((name, e));
            }
            tracing::debug!(task = name, "task finished");
            drop(done);
        });
    }

    /// Runs until `signal` completes or a task fails, then shuts every task
    /// down, waits for them all and flushes the store.
    pub async fn run_until(self, signal: impl Future<Output = ()>) -> Result<()> {
        let Daemon {
            state,
            notify_shutdown,
            done_tx,
            mut done_rx,
            failed_tx,
            mut failed_rx,
            ..
        } = self;
        drop(failed_tx);
        let failure = tokio::select! {
            () = signal => {
                tracing::info!("shutting down");
                None
            }
            Some((task, e)) = failed_rx.recv() => {
                tracing::error!(task, "task failed, shutting down: {e}");
                Some(e)
            }
        };
        drop(notify_shutdown);
        drop(done_tx);
        let _ = done_rx.recv().await;
        state.store.flush()?;
        tracing::info!("stopped; store flushed");
        match failure.or_else(|| failed_rx.try_recv().ok().map(|(_, e)| e)) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// The daemon as `absence-line serve` runs it: on the system clock, until
/// SIGTERM or Ctrl-C.
pub async fn serve(config: Config) -> Result<()> {
    let daemon = Daemon::start(config, Arc::new(SystemClock)).await?;
    daemon.run_until(terminate_signal()).await
}

/// Completes on SIGTERM (how systemd and Docker stop a service) or Ctrl-C.
pub async fn terminate_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(e) => {
                tracing::error!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    fn config(dir: &std::path::Path) -> Config {
        let text = r#"
[http]
listen = "127.0.0.1:0"
[[school]]
id = "fernhill"
name = "Fernhill Primary"
[school.sessions.am]
register_opens = "08:45"
register_closes = "09:15"
ends = "12:00"
[school.sessions.pm]
register_opens = "13:00"
register_closes = "13:15"
ends = "15:15"
"#;
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path).unwrap()
    }

    fn clock() -> SharedClock {
        Arc::new(crate::clock::SimulatedClock::starting_at(
            "2026-11-23T07:00:00Z".parse().unwrap(),
        ))
    }

    #[tokio::test]
    async fn shutdown_waits_for_every_task_to_finish() {
        let dir = tempfile::tempdir().unwrap();
        let daemon = Daemon::start(config(dir.path()), clock()).await.unwrap();
        assert_ne!(daemon.local_addr().port(), 0);
        let finished = Arc::new(AtomicBool::new(false));
        let seen = finished.clone();
        daemon.spawn("slow", move |mut shutdown| async move {
            shutdown.recv().await;
            // Work still in hand when the signal comes is completed.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            seen.store(true, Ordering::SeqCst);
            Ok(())
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let running = tokio::spawn(daemon.run_until(async move {
            let _ = stopped.await;
        }));
        stop.send(()).unwrap();
        running.await.unwrap().unwrap();
        assert!(finished.load(Ordering::SeqCst));
        assert!(
            dir.path().join("data").is_dir(),
            "data_dir is relative to the config"
        );
    }

    #[tokio::test]
    async fn a_failing_task_stops_the_daemon_with_its_error() {
        let dir = tempfile::tempdir().unwrap();
        let daemon = Daemon::start(config(dir.path()), clock()).await.unwrap();
        daemon.spawn("broken", |_shutdown| async {
            Err(Error::Store("disk gone".into()))
        });
        let err = daemon
            .run_until(std::future::pending())
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("disk gone"), "{err}");
    }
}
