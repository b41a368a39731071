//! Leases: work only one daemon may do at a time (the chase scheduler, the
//! outbox's sends), held by whichever daemon took the lease last and
//! renewed while it lives.
//!
//! On sled the lease is always held: sled's own file lock already allows
//! one process per store. On PostgreSQL it is a row in `leases`, timed by
//! the database's clock, with a fencing token that grows each time the
//! lease changes hands, so a daemon that was paused past its lease learns
//! at its next renewal that it no longer holds it.
//!
//! Renewal alone cannot stop a paused daemon's writes that are already on
//! their way when it wakes, so the work is fenced too: a store handle
//! [`Store::fenced_by`] a lease writes only while the database still shows
//! the token it holds, checked in the same transaction as the write with
//! the lease's row locked, so a takeover waits for a write in flight and
//! every write after it is refused.
//!
//! A fence cannot reach beyond the database: a daemon frozen between
//! marking a message "sending" and handing it to its provider would send
//! it on waking. So the holder also keeps the lease's deadline by its own
//! clock, counted from before it asked for the lease (never later than the
//! database's), and work that reaches outside asks
//! [`Store::may_act_outside`] first: the lease must still have a renewal
//! interval to run.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::Store;
use super::engine::Engine;
use crate::error::{Error, Result};

/// What the log says each time a fenced write is refused, so an operator
/// (and the two-daemon tests) can count them.
pub const FENCED_WRITE_REFUSED: &str = "a fenced write was refused";

/// The token a daemon last took its lease with, shared by the lease and
/// every store handle fenced by it.
#[derive(Debug)]
pub struct Fence {
    lease: String,
    /// 0 until the lease is taken, and again once it is known lost.
    token: AtomicU64,
    /// When the lease runs out by this daemon's clock, if it is held and
    /// can run out (on sled it cannot).
    held_until: Mutex<Option<Instant>>,
    /// How long before `held_until` this daemon stops acting outside.
    margin: Duration,
}

/// What a fenced write checks: the lease's row must still show `token`.
#[derive(Debug, Clone)]
pub(super) struct FenceCheck {
    pub lease: String,
    pub token: u64,
}

impl Fence {
    /// The check for a write now; refused at once when the lease is not
    /// held.
    pub(super) fn check(&self) -> Result<FenceCheck> {
        match self.token.load(Ordering::SeqCst) {
            0 => {
                tracing::warn!(lease = %self.lease, "{FENCED_WRITE_REFUSED}: this daemon does not hold the lease");
                Err(Error::Store(format!(
                    "this daemon does not hold the `{}` lease: not writing its work",
                    self.lease
                )))
            }
            token => Ok(FenceCheck {
                lease: self.lease.clone(),
                token,
            }),
        }
    }

    /// Whether the lease is held for at least its margin more, by this
    /// daemon's clock.
    pub(super) fn outlasts_margin(&self, now: Instant) -> bool {
        let held_until = *self
            .held_until
            .lock()
            .expect("lease deadline lock poisoned");
        self.token.load(Ordering::SeqCst) != 0
            && held_until.is_none_or(|until| now + self.margin < until)
    }
}

impl FenceCheck {
    /// The error for a write the database refused: another daemon took
    /// the lease.
    pub(super) fn stale(&self) -> Error {
        tracing::warn!(lease = %self.lease, token = self.token, "{FENCED_WRITE_REFUSED}: the lease has passed to another daemon");
        Error::Store(format!(
            "the `{}` lease has passed to another daemon (token {} is stale): not writing",
            self.lease, self.token
        ))
    }
}

/// One daemon's claim on a named lease.
#[derive(Clone)]
pub struct Lease {
    store: Store,
    name: String,
    holder: String,
    ttl: Duration,
    fence: Arc<Fence>,
}

impl Lease {
    pub(super) fn new(store: &Store, name: &str, holder: &str, ttl: Duration) -> Lease {
        Lease {
            store: store.clone(),
            name: name.into(),
            holder: holder.into(),
            ttl,
            fence: Arc::new(Fence {
                lease: name.into(),
                token: AtomicU64::new(0),
                held_until: Mutex::new(None),
                margin: renewal_interval(ttl),
            }),
        }
    }

    /// Takes the lease, or renews it if this holder has it, for `ttl`
    /// from now. The fencing token when held; `None` when another holder's
    /// lease has not expired. Writes fenced by this lease carry the token.
    pub fn acquire(&self) -> Result<Option<u64>> {
        // Counted from before asking: the database's deadline is later.
        let asked = Instant::now();
        let (token, held_until) = match &self.store.engine {
            Engine::Sled(_) => (Some(1), None),
            Engine::Postgres(db) => (
                db.lease(&self.name, &self.holder, self.ttl)?,
                Some(asked + self.ttl),
            ),
        };
        *self
            .fence
            .held_until
            .lock()
            .expect("lease deadline lock poisoned") = held_until;
        self.fence.token.store(token.unwrap_or(0), Ordering::SeqCst);
        Ok(token)
    }

    pub(super) fn fence(&self) -> Arc<Fence> {
        self.fence.clone()
    }

    /// Gives the lease up now (at a clean stop), so another daemon takes
    /// over without waiting for it to expire.
    pub fn release(&self) -> Result<()> {
        match &self.store.engine {
            Engine::Sled(_) => Ok(()),
            Engine::Postgres(db) => db.release(&self.name, &self.holder),
        }
    }

    pub fn holder(&self) -> &str {
        &self.holder
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// How often the holder renews the lease (and a waiting daemon tries
    /// to take it): a quarter of its length, so a renewal or two may be
    /// late without losing it.
    pub fn renew_every(&self) -> Duration {
        renewal_interval(self.ttl)
    }
}

fn renewal_interval(ttl: Duration) -> Duration {
    ttl / 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_databases::{postgres_database, test_databases};

    #[test]
    fn a_lease_is_renewed_by_its_holder_and_refused_to_another_until_it_expires() {
        let Some(db) = postgres_database() else {
            return;
        };
        let (one, two) = (db.open(), db.open());
        let ttl = Duration::from_millis(600);
        let first = one.lease("work", "daemon-1", ttl);
        let second = two.lease("work", "daemon-2", ttl);
        let token = first.acquire().unwrap().expect("a free lease is taken");
        assert_eq!(second.acquire().unwrap(), None, "held by the first");
        assert_eq!(first.acquire().unwrap(), Some(token), "renewed, same token");
        assert_eq!(second.acquire().unwrap(), None);

        // The first daemon stops renewing (it died): after the lease
        // expires the second takes it, with a greater token.
        std::thread::sleep(ttl + Duration::from_millis(200));
        let taken = second
            .acquire()
            .unwrap()
            .expect("an expired lease is taken");
        assert!(taken > token);
        // The first, back from a pause, does not get it back.
        assert_eq!(first.acquire().unwrap(), None);

        // Released at a clean stop: taken over at once.
        second.release().unwrap();
        assert!(first.acquire().unwrap().unwrap() > taken);
        // Another lease name is another lease.
        assert!(
            two.lease("other", "daemon-2", ttl)
                .acquire()
                .unwrap()
                .is_some()
        );
    }

    /// A daemon paused past its lease wakes to find another holding it:
    /// every write of its fenced work is refused and writes nothing, while
    /// the new holder's go through and unfenced writes (messages taken in)
    /// are untouched.
    #[test]
    fn a_fenced_write_is_refused_once_the_lease_has_passed_to_another_daemon() {
        let Some(db) = postgres_database() else {
            return;
        };
        let (one, two) = (db.open(), db.open());
        let ttl = Duration::from_millis(600);
        let first = one.lease("work", "daemon-1", ttl);
        let second = two.lease("work", "daemon-2", ttl);
        let (work_one, work_two) = (one.fenced_by(&first), two.fenced_by(&second));
        let fenced_one = work_one.table::<String>("outbox").unwrap();
        let fenced_two = work_two.table::<String>("outbox").unwrap();
        let read = two.table::<String>("outbox").unwrap();

        // Before the lease is taken, nothing is written.
        assert!(fenced_one.insert("early", &"x".into()).is_err());
        assert_eq!(read.get("early").unwrap(), None);

        first.acquire().unwrap().expect("a free lease is taken");
        fenced_one.insert("a", &"sent by one".into()).unwrap();
        let mut batch = work_one.batch();
        batch
            .put_new(&fenced_one, "b", &"claimed by one".into())
            .unwrap();
        assert!(batch.commit().unwrap());

        // The first pauses; the second takes over.
        std::thread::sleep(ttl + Duration::from_millis(200));
        second
            .acquire()
            .unwrap()
            .expect("an expired lease is taken");

        // The first wakes: every kind of write is refused.
        assert!(fenced_one.insert("a", &"sent twice".into()).is_err());
        assert!(fenced_one.remove("b").is_err());
        assert!(
            fenced_one
                .update("b", |_| Some("changed by one".into()))
                .is_err()
        );
        let mut batch = work_one.batch();
        batch.put(&fenced_one, "c", &"late".into()).unwrap();
        assert!(batch.commit().is_err());
        assert_eq!(read.get("a").unwrap().as_deref(), Some("sent by one"));
        assert_eq!(read.get("b").unwrap().as_deref(), Some("claimed by one"));
        assert_eq!(read.get("c").unwrap(), None);

        // The new holder's work, and anyone's unfenced writes, go through.
        fenced_two.insert("c", &"sent by two".into()).unwrap();
        one.table::<String>("inbox")
            .unwrap()
            .insert("m", &"taken in by one".into())
            .unwrap();
        assert_eq!(read.get("c").unwrap().as_deref(), Some("sent by two"));
    }

    /// A holder that has not renewed stops acting outside the store a
    /// renewal interval before its lease runs out, by its own clock,
    /// without asking the database (it may be frozen, or cut off).
    #[test]
    fn a_holder_stops_acting_outside_a_renewal_interval_before_its_lease_ends() {
        let Some(db) = postgres_database() else {
            return;
        };
        let store = db.open();
        let ttl = Duration::from_millis(800);
        let lease = store.lease("work", "daemon-1", ttl);
        let work = store.fenced_by(&lease);
        assert!(!work.may_act_outside(), "not yet taken");
        assert!(store.may_act_outside(), "unfenced work is not the lease's");
        lease.acquire().unwrap().expect("a free lease is taken");
        assert!(work.may_act_outside());
        std::thread::sleep(ttl - lease.renew_every() + Duration::from_millis(50));
        assert!(!work.may_act_outside(), "within the margin of its end");
        lease.acquire().unwrap().expect("renewed");
        assert!(work.may_act_outside());
    }

    #[test]
    fn on_sled_the_one_process_always_holds_the_lease() {
        let sled = test_databases().remove(0);
        let store = sled.open();
        let ttl = Duration::from_millis(200);
        let lease = store.lease("work", "me", ttl);
        assert_eq!(lease.acquire().unwrap(), Some(1));
        // Nor does it run out for acting outside.
        std::thread::sleep(ttl);
        assert!(store.fenced_by(&lease).may_act_outside());
    }
}
