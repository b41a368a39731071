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
//! An async writer may also leave its batch unapplied, for the flush to
//! apply with the other batches waiting for it, in one transaction, just
//! before it flushes ([`GroupFlush::commit`]). sled writes its log out
//! twice for every transaction, whatever it holds (each a write and a
//! wait for it on sled's I/O threads, every one of which is woken): a
//! burst of webhooks, each storing its message in a transaction of its
//! own, spent more CPU on that than on anything else. Each batch is still
//! all or nothing, and skipped alone when a key it claims exists.
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

use tokio::sync::{oneshot, watch};

use super::engine::RawOp;
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

/// The database a group flush is made on.
pub(super) trait Disk {
    /// Applies each batch of writes atomically, all in one transaction; a
    /// batch with a key that had to be new and exists writes nothing, and
    /// is false in the answer.
    fn apply_each(&self, batches: Vec<Vec<RawOp>>) -> Result<Vec<bool>>;

    /// Makes everything applied so far durable.
    fn flush(&self) -> Result<()>;
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
    /// Writes numbered but not yet applied: the next flush applies them.
    staged: Vec<Staged>,
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

/// A batch left for the next flush to apply, and where to say whether it
/// was written.
struct Staged {
    ops: Vec<RawOp>,
    written: oneshot::Sender<bool>,
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

    /// Numbers a write left for the next flush to apply; the answer says
    /// whether it was written once that flush has applied it.
    fn stage(&self, ops: Vec<RawOp>) -> (u64, oneshot::Receiver<bool>) {
        let (written, answer) = oneshot::channel();
        let mut state = self.lock();
        state.written += 1;
        state.staged.push(Staged { ops, written });
        (state.written, answer)
    }

    /// Performs the flush a writer took the lead of, and tells every
    /// waiting writer how it went. It covers every write numbered before
    /// it begins: each was applied before it was numbered, or is staged,
    /// and applied first.
    fn perform(&self, disk: &impl Disk) {
        let (covers, staged) = {
            let mut state = self.lock();
            (state.written, std::mem::take(&mut state.staged))
        };
        let outcome = apply_staged(disk, staged).and_then(|()| disk.flush());
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
    /// is on disk.
    pub(super) fn wait_durable(&self, disk: &impl Disk) -> Result<()> {
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
            self.perform(disk);
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
        disk: impl Disk + Clone + Send + 'static,
    ) -> Result<()> {
        let mine = self.register();
        self.until_settled(mine, company, disk).await
    }

    /// Applies a batch of writes, from async code, and returns once it is
    /// on disk: the flush that makes it durable applies it, with the other
    /// batches waiting for that flush (writers likely to have company).
    /// False, having written nothing, when a key that had to be new
    /// existed.
    pub(super) async fn commit(
        self: &Arc<Self>,
        ops: Vec<RawOp>,
        disk: impl Disk + Clone + Send + 'static,
    ) -> Result<bool> {
        let (mine, written) = self.stage(ops);
        self.until_settled(mine, Company::Expected, disk).await?;
        // Answered before the flush began: its apply succeeded.
        written
            .await
            .map_err(|_| Error::Store("a staged write was not applied".into()))
    }

    /// Waits until write `mine` is settled, as [`GroupFlush::durable`].
    async fn until_settled(
        self: &Arc<Self>,
        mine: u64,
        company: Company,
        disk: impl Disk + Clone + Send + 'static,
    ) -> Result<()> {
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
                    let (group, disk) = (self.clone(), disk.clone());
                    drop(state);
                    tokio::task::spawn_blocking(move || {
                        if company == Company::Expected {
                            group.gather();
                        }
                        group.perform(&disk)
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

/// Applies the staged batches, if any, and tells each writer whether its
/// batch was written.
fn apply_staged(disk: &impl Disk, staged: Vec<Staged>) -> Result<()> {
    if staged.is_empty() {
        return Ok(());
    }
    let (batches, answers): (Vec<_>, Vec<_>) =
        staged.into_iter().map(|s| (s.ops, s.written)).unzip();
    let written = disk.apply_each(batches)?;
    for (answer, written) in answers.into_iter().zip(written) {
        // A writer that gave up waiting has nobody to tell.
        let _ = answer.send(written);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    /// A stand-in for the database: writes are numbered as they are
    /// applied, and a flush takes a moment and then holds every write
    /// applied when it began. A batch applied by a flush is numbered too,
    /// and its first key tells whose it was.
    #[derive(Clone, Default)]
    struct FakeDisk {
        applied: Arc<AtomicU64>,
        on_disk: Arc<AtomicU64>,
        batches: Arc<std::sync::Mutex<Vec<(String, u64)>>>,
    }

    impl FakeDisk {
        fn apply(&self) -> u64 {
            self.applied.fetch_add(1, Ordering::SeqCst) + 1
        }

        fn holds(&self, write: u64) -> bool {
            self.on_disk.load(Ordering::SeqCst) >= write
        }

        /// The number the batch written under `key` was applied as.
        fn batch(&self, key: &str) -> Option<u64> {
            let batches = self.batches.lock().unwrap();
            batches.iter().find(|(k, _)| k == key).map(|&(_, n)| n)
        }
    }

    impl Disk for FakeDisk {
        fn apply_each(&self, batches: Vec<Vec<RawOp>>) -> Result<Vec<bool>> {
            let mut applied = self.batches.lock().unwrap();
            for ops in &batches {
                applied.push((ops[0].key.clone(), self.apply()));
            }
            Ok(vec![true; batches.len()])
        }

        fn flush(&self) -> Result<()> {
            let covering = self.applied.load(Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(2));
            self.on_disk.fetch_max(covering, Ordering::SeqCst);
            Ok(())
        }
    }

    /// A batch of one write under `key`.
    fn batch(key: String) -> Vec<RawOp> {
        vec![RawOp {
            tree: "t".into(),
            key,
            value: Some(Vec::new()),
            must_be_new: true,
        }]
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
    fn blocking_writer(group: Arc<GroupFlush>, disk: FakeDisk) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            for _ in 0..WRITES_EACH {
                let mine = disk.apply();
                group.wait_durable(&disk).unwrap();
                assert!(disk.holds(mine), "returned early");
            }
        })
    }

    #[test]
    fn concurrent_writers_share_flushes_and_none_returns_before_its_flush() {
        let (group, disk) = (Arc::new(GroupFlush::default()), FakeDisk::default());
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| blocking_writer(group.clone(), disk.clone()))
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        assert_flushes_were_shared(&group);
    }

    /// Half the writers on threads of their own, half async, `each`
    /// writing for one async writer (numbered) on a two-thread runtime;
    /// returns once all are done.
    fn beside_blocking_writers<F, W>(group: &Arc<GroupFlush>, disk: &FakeDisk, each: W)
    where
        W: Fn(u64, Arc<GroupFlush>, FakeDisk) -> F,
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .unwrap();
        let blocking: Vec<_> = (0..WRITERS / 2)
            .map(|_| blocking_writer(group.clone(), disk.clone()))
            .collect();
        runtime.block_on(async {
            let tasks: Vec<_> = (0..WRITERS / 2)
                .map(|writer| tokio::spawn(each(writer, group.clone(), disk.clone())))
                .collect();
            for task in tasks {
                task.await.unwrap();
            }
        });
        for writer in blocking {
            writer.join().unwrap();
        }
    }

    /// Async writers hold no thread while they wait, share flushes with
    /// one another and with blocking writers, and none returns early.
    #[test]
    fn async_writers_share_flushes_with_blocking_ones_and_none_returns_before_its_flush() {
        let (group, disk) = (Arc::new(GroupFlush::default()), FakeDisk::default());
        beside_blocking_writers(&group, &disk, |_, group, disk| async move {
            for _ in 0..WRITES_EACH {
                let mine = disk.apply();
                group
                    .durable(Company::Expected, disk.clone())
                    .await
                    .unwrap();
                assert!(disk.holds(mine), "returned early");
            }
        });
        assert_flushes_were_shared(&group);
    }

    /// Batches left to the flush are applied by it, together, before it
    /// flushes, whoever leads it: none returns before its batch is on disk.
    #[test]
    fn staged_batches_are_applied_together_by_the_flush_that_makes_them_durable() {
        let (group, disk) = (Arc::new(GroupFlush::default()), FakeDisk::default());
        beside_blocking_writers(&group, &disk, |writer, group, disk| async move {
            for n in 0..WRITES_EACH {
                let key = format!("{writer}/{n}");
                let written = group.commit(batch(key.clone()), disk.clone()).await;
                assert!(written.unwrap());
                let applied_as = disk.batch(&key).expect("applied");
                assert!(disk.holds(applied_as), "returned early");
            }
        });
        assert_flushes_were_shared(&group);
    }

    /// A database whose flushes fail, and its applies too unless told.
    #[derive(Clone)]
    struct Failing {
        applies: bool,
    }

    impl Disk for Failing {
        fn apply_each(&self, batches: Vec<Vec<RawOp>>) -> Result<Vec<bool>> {
            match self.applies {
                true => Ok(vec![true; batches.len()]),
                false => Err(Error::Store("read-only".into())),
            }
        }

        fn flush(&self) -> Result<()> {
            Err(Error::Store("disk full".into()))
        }
    }

    #[test]
    fn a_failed_flush_fails_the_writers_it_covered_and_the_next_may_succeed() {
        let group = GroupFlush::default();
        let err = group.wait_durable(&Failing { applies: true }).unwrap_err();
        assert!(err.to_string().contains("disk full"), "{err}");
        group.wait_durable(&FakeDisk::default()).unwrap();
    }

    #[tokio::test]
    async fn a_staged_batch_that_cannot_be_applied_fails_its_writer() {
        let group = Arc::new(GroupFlush::default());
        let err = group
            .commit(batch("k".into()), Failing { applies: false })
            .await
            .unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
    }
}
