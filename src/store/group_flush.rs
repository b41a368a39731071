//! Group commit: many writers, one flush.
//!
//! A flush (an fsync underneath) costs milliseconds whatever it carries, so
//! a morning rush of webhooks, each flushing its own message, is limited to
//! the disk's flush rate. Instead each writer, once its write is in the
//! database's buffer, asks for a flush that *started after* that write.
//! One writer at a time performs the flush; every writer whose write came
//! before that flush began is answered by it. Durability is unchanged: no
//! writer returns before a flush that covers its write has finished.

use std::sync::{Condvar, Mutex};

use crate::error::{Error, Result};

#[derive(Default)]
pub(super) struct GroupFlush {
    state: Mutex<State>,
    done: Condvar,
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

/// How many flushes have carried how many writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlushCounts {
    pub flushes: u64,
    pub writes: u64,
}

impl GroupFlush {
    /// Returns once the caller's write — already applied to the database —
    /// is on disk. `flush` performs one flush of everything applied so far.
    pub(super) fn wait_durable(&self, flush: impl Fn() -> Result<()>) -> Result<()> {
        let mut state = self.state.lock().expect("group flush lock poisoned");
        state.written += 1;
        let mine = state.written;
        loop {
            if state.durable >= mine {
                return Ok(());
            }
            if let Some((covered, why)) = &state.failed
                && *covered >= mine
            {
                return Err(Error::Store(format!("flushing to disk: {why}")));
            }
            if state.flushing {
                state = self.done.wait(state).expect("group flush lock poisoned");
                continue;
            }
            // Lead a flush for every write numbered so far.
            state.flushing = true;
            let covers = state.written;
            drop(state);
            let outcome = flush();
            state = self.state.lock().expect("group flush lock poisoned");
            state.flushing = false;
            state.flushes += 1;
            match outcome {
                Ok(()) => state.durable = state.durable.max(covers),
                Err(e) => state.failed = Some((covers, e.to_string())),
            }
            self.done.notify_all();
        }
    }

    pub(super) fn counts(&self) -> FlushCounts {
        let state = self.state.lock().expect("group flush lock poisoned");
        FlushCounts {
            flushes: state.flushes,
            writes: state.written,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    #[test]
    fn concurrent_writers_share_flushes_and_none_returns_before_its_flush() {
        let group = Arc::new(GroupFlush::default());
        // The "disk": what the last finished flush covered.
        let applied = Arc::new(AtomicU64::new(0));
        let on_disk = Arc::new(AtomicU64::new(0));
        let writers: Vec<_> = (0..32)
            .map(|_| {
                let (group, applied, on_disk) = (group.clone(), applied.clone(), on_disk.clone());
                std::thread::spawn(move || {
                    for _ in 0..20 {
                        let mine = applied.fetch_add(1, Ordering::SeqCst) + 1;
                        group
                            .wait_durable(|| {
                                let covering = applied.load(Ordering::SeqCst);
                                std::thread::sleep(Duration::from_millis(2));
                                on_disk.fetch_max(covering, Ordering::SeqCst);
                                Ok(())
                            })
                            .unwrap();
                        assert!(on_disk.load(Ordering::SeqCst) >= mine, "returned early");
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        let counts = group.counts();
        assert_eq!(counts.writes, 640);
        assert!(
            counts.flushes < counts.writes / 4,
            "{counts:?}: writers should share flushes"
        );
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
