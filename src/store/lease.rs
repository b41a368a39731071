//! Leases: work only one daemon may do at a time (the chase scheduler, the
//! outbox's sends), held by whichever daemon took the lease last and
//! renewed while it lives.
//!
//! On sled the lease is always held: sled's own file lock already allows
//! one process per store. On PostgreSQL it is a row in `leases`, timed by
//! the database's clock, with a fencing token that grows each time the
//! lease changes hands, so a daemon that was paused past its lease learns
//! at its next renewal that it no longer holds it.

use std::time::Duration;

use super::Store;
use super::engine::Engine;
use crate::error::Result;

/// One daemon's claim on a named lease.
#[derive(Clone)]
pub struct Lease {
    store: Store,
    name: String,
    holder: String,
    ttl: Duration,
}

impl Lease {
    pub(super) fn new(store: &Store, name: &str, holder: &str, ttl: Duration) -> Lease {
        Lease {
            store: store.clone(),
            name: name.into(),
            holder: holder.into(),
            ttl,
        }
    }

    /// Takes the lease, or renews it if this holder has it, for `ttl`
    /// from now. The fencing token when held; `None` when another holder's
    /// lease has not expired.
    pub fn acquire(&self) -> Result<Option<u64>> {
        match &self.store.engine {
            Engine::Sled(_) => Ok(Some(1)),
            Engine::Postgres(db) => db.lease(&self.name, &self.holder, self.ttl),
        }
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

    #[test]
    fn on_sled_the_one_process_always_holds_the_lease() {
        let sled = test_databases().remove(0);
        let store = sled.open();
        assert_eq!(
            store
                .lease("work", "me", Duration::from_secs(1))
                .acquire()
                .unwrap(),
            Some(1)
        );
    }
}
