//! Graceful shutdown, as in mini-redis: a broadcast tells every task to
//! stop; each task holds a clone of a completion sender, and the daemon
//! waits until all of them are dropped before flushing the store and
//! exiting. No task is cut off half-way through writing.

use tokio::sync::{broadcast, mpsc};

/// Handed to each long-running task.
pub struct Shutdown {
    signal: broadcast::Receiver<()>,
    /// Dropped when the task ends; the daemon waits for every one.
    _done: mpsc::Sender<()>,
}

impl Shutdown {
    /// Resolves when shutdown has been requested.
    pub async fn requested(&mut self) {
        let _ = self.signal.recv().await;
    }

    /// A receiver of the shutdown signal for code that takes a broadcast
    /// receiver directly. A task spawned just before shutdown subscribes
    /// after the signal was sent; it must still see it, or the daemon
    /// waits for that task for ever.
    pub fn subscribe(&self) -> broadcast::Receiver<()> {
        let fresh = self.signal.resubscribe();
        if self.signal.is_empty() {
            return fresh;
        }
        let (already, receiver) = broadcast::channel(1);
        let _ = already.send(());
        receiver
    }
}

/// The daemon's side: hands out [`Shutdown`]s, then signals and waits.
pub struct Coordinator {
    signal: broadcast::Sender<()>,
    done_tx: mpsc::Sender<()>,
    done_rx: mpsc::Receiver<()>,
}

impl Default for Coordinator {
    fn default() -> Self {
        let (signal, _) = broadcast::channel(1);
        let (done_tx, done_rx) = mpsc::channel(1);
        Coordinator {
            signal,
            done_tx,
            done_rx,
        }
    }
}

impl Coordinator {
    pub fn handle(&self) -> Shutdown {
        Shutdown {
            signal: self.signal.subscribe(),
            _done: self.done_tx.clone(),
        }
    }

    /// Tells every task to stop and waits until they all have.
    pub async fn shut_down(self) {
        let Coordinator {
            signal,
            done_tx,
            mut done_rx,
        } = self;
        let _ = signal.send(());
        drop(done_tx);
        let _ = done_rx.recv().await;
    }
}

/// Listens for Ctrl-C and SIGTERM from now on, and returns a future that
/// resolves when either arrives. The handlers are installed before this
/// returns, so a signal sent as soon as the daemon says it is listening is
/// never lost to the default action. Call it inside the runtime.
pub fn os_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    #[cfg(unix)]
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn shut_down_waits_for_every_task() {
        let coordinator = Coordinator::default();
        let finished = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        for _ in 0..3 {
            let mut shutdown = coordinator.handle();
            let finished = finished.clone();
            tokio::spawn(async move {
                shutdown.requested().await;
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                finished.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            });
        }
        coordinator.shut_down().await;
        assert_eq!(finished.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_task_that_subscribes_after_the_signal_still_stops() {
        let coordinator = Coordinator::default();
        let late = coordinator.handle();
        let stopping = tokio::spawn(coordinator.shut_down());
        while late.signal.is_empty() {
            tokio::task::yield_now().await;
        }
        let mut signal = late.subscribe();
        let heard = tokio::time::timeout(std::time::Duration::from_secs(1), signal.recv()).await;
        assert!(heard.is_ok(), "the signal sent before subscribing was lost");
        drop(late);
        stopping.await.unwrap();
    }
}
