//! Group commit: many writers, one flush.
//!
//! A flush (an fsync underneath) costs milliseconds whatever it carries, so
//! a morning rush of webhooks, each flushing its own message, is limited to
//! the disk's flush rate. Instead each writer, once its write is in the
//! database's buffer, asks for a flush that *started after* that write.
//! One writer at a time performs the flush; every writer whose write came
//! before that flush began is answered by it. Durability is unchanged: no
//! writer returns before a flush that covers its write has finished.
//!
//! A writer on an async thread must not block: it waits for its flush
//! without holding a thread, and when no flush is under way it starts one
//! on the blocking pool rather than leading it itself. For writers that
//! come in bursts (webhooks), that flush first gives the writers still
//! arriving a moment to join it: a flush costs the same (and on a virtual
//! disk, much CPU) whether it carries one write or fifty, and a burst of
//! webhooks needs that CPU. A writer that knows it writes alone (the
//! outbox, one message at a time) starts its flush at once.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::error::{Error, Result};

/// How long a flush started for async writers waits to see whether
/// another writer arrives; it begins after a wait that brought none.
const GATHER_STEP: Duration = Duration::from_micros(200);

/// The longest such a flush waits for writers to join it.
const GATHER_MAX: Duration = Duration::from_millis(2);

/// Whether other writers are likely to join a flush an async writer
/// starts: webhooks come in bursts; the outbox writes one message at a
/// time, and waiting for company before each of its flushes (twice a
/// message) would only slow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Company {
    Expected,
    Alone,
}

pub(super) struct GroupFlush {
    state: Mutex<State>,
    /// Told when a flush ends, for writers blocking a thread.
    done: Condvar,
    /// The same news for async writers: the number of the last flush.
    ended: watch::Sender<u64>,
}

impl Default for GroupFlush {
    fn default() -> Self {
        GroupFlush {
            state: Mutex::default(),
            done: Condvar::new(),
            ended: watch::Sender::new(0),
        }
    }
}

#[derive(Default)]
struct State {
    /// Writes that have asked to be made durable, numbered from 1.
    written: u64,
    /// Every write numbered up to this is on disk.
    durable: u64,
    /// A flush is under way.
    flushing: bool,
    /// Flushes performed, and the writes they carried (for benchmarks).
    flushes: u64,
    /// Why the last flush failed, for the writers it should have covered.
    failed: Option<(u64, String)>,
}

impl State {
    /// Whether write `mine` is settled: `Some` once a flush covering it
    /// has ended, with its outcome.
    fn settled(&self, mine: u64) -> Option<Result<()>> {
        if self.durable >= mine {
            return Some(Ok(()));
        }
        match &self.failed {
            Some((covered, why)) if *covered >= mine => {
                Some(Err(Error::Store(format!("flushing to disk: {why}"))))
            }
            _ => None,
        }
    }
}

/// How many flushes have carried how many writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlushCounts {
    pub flushes: u64,
    pub writes: u64,
}

impl GroupFlush {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().expect("group flush lock poisoned")
    }

    /// Numbers a write already applied to the database.
    fn register(&self) -> u64 {
        let mut state = self.lock();
        state.written += 1;
        state.written
    }

    /// Performs the flush a writer took the lead of, and tells every
    /// waiting writer how it went. It covers every write numbered before
    /// it begins: each was applied before it was numbered.
    fn perform(&self, flush: impl FnOnce() -> Result<()>) {
        let covers = self.lock().written;
        let outcome = flush();
        let mut state = self.lock();
        state.flushing = false;
        state.flushes += 1;
        match outcome {
            Ok(()) => state.durable = state.durable.max(covers),
            Err(e) => state.failed = Some((covers, e.to_string())),
        }
        let flushes = state.flushes;
        drop(state);
        self.done.notify_all();
        self.ended.send_replace(flushes);
    }

    /// Returns once the caller's write — already applied to the database —
    /// is on disk. `flush` performs one flush of everything applied so far.
    pub(super) fn wait_durable(&self, flush: impl Fn() -> Result<()>) -> Result<()> {
        let mine = self.register();
        let mut state = self.lock();
        loop {
            if let Some(settled) = state.settled(mine) {
                return settled;
            }
            if state.flushing {
                state = self.done.wait(state).expect("group flush lock poisoned");
                continue;
            }
            state.flushing = true;
            drop(state);
            self.perform(&flush);
            state = self.lock();
        }
    }

    /// Waits, before a flush, while writers keep arriving (see
    /// [`GATHER_STEP`]), up to [`GATHER_MAX`].
    fn gather(&self) {
        let started = Instant::now();
        let mut seen = self.lock().written;
        while started.elapsed() < GATHER_MAX {
            std::thread::sleep(GATHER_STEP);
            let now = self.lock().written;
            if now == seen {
                return;
            }
            seen = now;
        }
    }

    /// As [`GroupFlush::wait_durable`], from async code: waits without
    /// holding a thread, and runs a flush it must start on the blocking
    /// pool, after gathering the writers still arriving when `company`
    /// says others are likely to.
    pub(super) async fn durable(
        self: &Arc<Self>,
        company: Company,
        flush: impl Fn() -> Result<()> + Clone + Send + 'static,
    ) -> Result<()> {
        let mine = self.register();
        loop {
            // Subscribed before the state is read: a flush that ends after
            // the read is seen by `changed`.
            let mut ended = self.ended.subscribe();
            {
                let mut state = self.lock();
                if let Some(settled) = state.settled(mine) {
                    return settled;
                }
                if !state.flushing {
                    state.flushing = true;
                    let (group, flush) = (self.clone(), flush.clone());
                    drop(state);
                    tokio::task::spawn_blocking(move || {
                        if company == Company::Expected {
                            group.gather();
                        }
                        group.perform(flush)
                    });
                }
            }
            ended
                .changed()
                .await
                .map_err(|_| Error::Store("the store's flushes stopped".into()))?;
        }
    }

    pub(super) fn counts(&self) -> FlushCounts {
        let state = self.lock();
        FlushCounts {
            flushes: state.flushes,
            writes: state.written,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    /// A stand-in for the database: writes are numbered as they are
    /// applied, and a flush takes a moment and then holds every write
    /// applied when it began.
    #[derive(Clone, Default)]
    struct Disk {
        applied: Arc<AtomicU64>,
        on_disk: Arc<AtomicU64>,
    }

    impl Disk {
        fn apply(&self) -> u64 {
            self.applied.fetch_add(1, Ordering::SeqCst) + 1
        }

        fn flush(&self) -> Result<()> {
            let covering = self.applied.load(Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(2));
            self.on_disk.fetch_max(covering, Ordering::SeqCst);
            Ok(())
        }

        fn holds(&self, write: u64) -> bool {
            self.on_disk.load(Ordering::SeqCst) >= write
        }
    }

    const WRITERS: u64 = 32;
    const WRITES_EACH: u64 = 20;

    fn assert_flushes_were_shared(group: &GroupFlush) {
        let counts = group.counts();
        assert_eq!(counts.writes, WRITERS * WRITES_EACH);
        assert!(
            counts.flushes < counts.writes / 4,
            "{counts:?}: writers should share flushes"
        );
    }

    /// Writes from a thread of its own, each waiting for its flush.
    fn blocking_writer(group: Arc<GroupFlush>, disk: Disk) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            for _ in 0..WRITES_EACH {
                let mine = disk.apply();
                group.wait_durable(|| disk.flush()).unwrap();
                assert!(disk.holds(mine), "returned early");
            }
        })
    }

    #[test]
    fn concurrent_writers_share_flushes_and_none_returns_before_its_flush() {
        let (group, disk) = (Arc::new(GroupFlush::default()), Disk::default());
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| blocking_writer(group.clone(), disk.clone()))
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        assert_flushes_were_shared(&group);
    }

    /// Async writers hold no thread while they wait, share flushes with
    /// one another and with blocking writers, and none returns early.
    #[test]
    fn async_writers_share_flushes_with_blocking_ones_and_none_returns_before_its_flush() {
        let (group, disk) = (Arc::new(GroupFlush::default()), Disk::default());
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .unwrap();
        let blocking: Vec<_> = (0..WRITERS / 2)
            .map(|_| blocking_writer(group.clone(), disk.clone()))
            .collect();
        runtime.block_on(async {
            let tasks: Vec<_> = (0..WRITERS / 2)
                .map(|_| {
                    let (group, disk) = (group.clone(), disk.clone());
                    tokio::spawn(async move {
                        for _ in 0..WRITES_EACH {
                            let mine = disk.apply();
                            let flushing = disk.clone();
                            group
                                .durable(Company::Expected, move || flushing.flush())
                                .await
                                .unwrap();
                            assert!(disk.holds(mine), "returned early");
                        }
                    })
                })
                .collect();
            for task in tasks {
                task.await.unwrap();
            }
        });
        for writer in blocking {
            writer.join().unwrap();
        }
        assert_flushes_were_shared(&group);
    }

    #[test]
    fn a_failed_flush_fails_the_writers_it_covered_and_the_next_may_succeed() {
        let group = GroupFlush::default();
        let err = group
            .wait_durable(|| Err(Error::Store("disk full".into())))
            .unwrap_err();
        assert!(err.to_string().contains("disk full"), "{err}");
        group.wait_durable(|| Ok(())).unwrap();
    }
}
