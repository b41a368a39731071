//! Durable storage: typed tables over one sled database.
//!
//! The rest of the daemon sees [`Store`], [`Table`], [`Batch`] and
//! [`AuditLog`], never sled itself, so the engine could be replaced behind
//! this module. Values are JSON, which keeps a dump of the store readable
//! by a person checking a child's record.
//!
//! Durability: sled buffers writes. Anything that must survive a crash
//! (an inbound message before it is acknowledged, an outbound one before it
//! is sent, a claimed chase step) is written and then [`Store::flush`]ed;
//! the `*_durable` helpers do both.

mod audit;
mod batch;
mod group_flush;
mod schema;
mod snapshot;
mod table;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Notify;

pub use audit::{AuditEntry, AuditLog};
pub use batch::Batch;
pub use group_flush::FlushCounts;
pub use schema::CURRENT as SCHEMA_VERSION;
pub use snapshot::{Snapshot, TableCopy};
pub use table::Table;

use crate::error::{Error, Result};
use group_flush::GroupFlush;

/// The one handle on the records: opened once at start-up and cloned into
/// every part of the daemon (pipeline, chaser, digest, staff screen, API,
/// commands). Clones share the database, its wake-ups and its write lock.
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    /// Wake-ups shared by every handle on this database, so a message
    /// queued through one `Outbox` wakes the dispatcher holding another.
    wakers: Arc<Mutex<HashMap<String, Arc<Notify>>>>,
    /// Counts kept in memory beside a table (messages waiting), shared by
    /// every handle so a probe reads one number instead of the table.
    counts: Arc<Mutex<HashMap<String, Arc<AtomicUsize>>>>,
    /// Writers waiting to be durable share flushes (group commit).
    flushes: Arc<GroupFlush>,
    /// Held by every read-modify-write of the records that spans several
    /// keys or tables (a register entry, its amendment and the pupil's
    /// year codes), so writers from different parts never overwrite one
    /// another. One lock per database, whichever clone takes it.
    records_writer: Arc<Mutex<()>>,
}

/// Proof that the records' write lock is held; released when dropped.
pub struct RecordsWrite<'s> {
    _guard: MutexGuard<'s, ()>,
}

impl Store {
    /// Opens (or creates) the database in a folder, migrating an older
    /// schema to this version.
    pub fn open(path: &Path) -> Result<Store> {
        let db = sled::Config::new()
            .path(path)
            .open()
            .map_err(|e| Error::Store(format!("opening {}: {e}", path.display())))?;
        Store::prepare(db)
    }

    /// A database that lives only as long as the process: for `simulate`,
    /// `parse` and tests.
    pub fn temporary() -> Result<Store> {
        let db = sled::Config::new()
            .temporary(true)
            .open()
            .map_err(store_err)?;
        Store::prepare(db)
    }

    fn prepare(db: sled::Db) -> Result<Store> {
        let store = Store {
            db,
            wakers: Arc::default(),
            counts: Arc::default(),
            flushes: Arc::default(),
            records_writer: Arc::default(),
        };
        schema::migrate(&store)?;
        Ok(store)
    }

    /// A typed table. Opening the same name twice gives the same table.
    pub fn table<V>(&self, name: &str) -> Result<Table<V>> {
        let tree = self.db.open_tree(name).map_err(store_err)?;
        Ok(Table::new(tree))
    }

    /// A set of writes to several tables applied all at once or not at all.
    pub fn batch(&self) -> Batch<'_> {
        Batch::new(self)
    }

    pub fn audit(&self) -> Result<AuditLog> {
        AuditLog::open(self)
    }

    /// A number never handed out before in this database, increasing.
    pub fn next_id(&self) -> Result<u64> {
        self.db.generate_id().map_err(store_err)
    }

    /// The schema version the store is at. Reading it is also how the health
    /// check knows the database answers.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(self)
    }

    /// Takes the records' write lock, waiting for any other writer: the
    /// reads that follow are current until the guard is dropped.
    pub fn write_records(&self) -> RecordsWrite<'_> {
        RecordsWrite {
            _guard: self
                .records_writer
                .lock()
                .expect("records write lock poisoned"),
        }
    }

    /// The wake-up named `name`, the same for every clone of this store.
    pub fn waker(&self, name: &str) -> Arc<Notify> {
        self.wakers
            .lock()
            .expect("waker lock poisoned")
            .entry(name.to_string())
            .or_default()
            .clone()
    }

    /// The count named `name`, the same for every clone of this store;
    /// `initial` gives its starting value the first time it is asked for,
    /// before any handle can change it.
    pub fn count(&self, name: &str, initial: impl FnOnce() -> usize) -> Arc<AtomicUsize> {
        self.counts
            .lock()
            .expect("count lock poisoned")
            .entry(name.to_string())
            .or_insert_with(|| Arc::new(AtomicUsize::new(initial())))
            .clone()
    }

    /// Waits until everything written so far is on disk.
    pub fn flush(&self) -> Result<()> {
        self.flushes
            .wait_durable(|| self.db.flush().map(|_| ()).map_err(store_err))
    }

    /// How many flushes have carried how many durable writes so far.
    pub fn flush_counts(&self) -> FlushCounts {
        self.flushes.counts()
    }
}

pub(crate) fn store_err(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Note {
        text: String,
    }

    fn note(text: &str) -> Note {
        Note { text: text.into() }
    }

    #[test]
    fn a_table_keeps_typed_values_across_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            let notes = store.table::<Note>("notes").unwrap();
            notes.insert_durable(&store, "a/1", &note("one")).unwrap();
            notes.insert("a/2", &note("two")).unwrap();
            notes.insert("b/1", &note("other")).unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let notes = store.table::<Note>("notes").unwrap();
        assert_eq!(notes.get("a/1").unwrap(), Some(note("one")));
        let a: Vec<_> = notes.scan_prefix("a/").map(|r| r.unwrap().1.text).collect();
        assert_eq!(a, ["one", "two"]);
        assert_eq!(notes.len(), 3);
    }

    #[test]
    fn insert_if_absent_claims_once() {
        let store = Store::temporary().unwrap();
        let claims = store.table::<Note>("claims").unwrap();
        assert!(claims.insert_if_absent("step", &note("first")).unwrap());
        assert!(!claims.insert_if_absent("step", &note("second")).unwrap());
        assert_eq!(claims.get("step").unwrap(), Some(note("first")));
    }

    #[test]
    fn a_batch_is_all_or_nothing() {
        let store = Store::temporary().unwrap();
        let left = store.table::<Note>("left").unwrap();
        let right = store.table::<Note>("right").unwrap();
        let mut batch = store.batch();
        batch.put(&left, "k", &note("l")).unwrap();
        batch.put(&right, "k", &note("r")).unwrap();
        batch.commit().unwrap();
        assert_eq!(left.get("k").unwrap(), Some(note("l")));
        assert_eq!(right.get("k").unwrap(), Some(note("r")));

        let mut batch = store.batch();
        batch.remove(&left, "k");
        batch.put(&right, "k", &note("changed")).unwrap();
        drop(batch);
        assert_eq!(
            left.get("k").unwrap(),
            Some(note("l")),
            "an uncommitted batch changes nothing"
        );
    }

    #[test]
    fn update_applies_a_function_atomically() {
        let store = Store::temporary().unwrap();
        let counters = store.table::<u32>("counters").unwrap();
        for _ in 0..3 {
            counters
                .update("n", |old| Some(old.unwrap_or(0) + 1))
                .unwrap();
        }
        assert_eq!(counters.get("n").unwrap(), Some(3));
        counters.update("n", |_| None).unwrap();
        assert_eq!(counters.get("n").unwrap(), None);
    }

    #[test]
    fn the_audit_log_appends_in_order() {
        let store = Store::temporary().unwrap();
        let audit = store.audit().unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+00:00").unwrap();
        audit
            .append(at, "office:jo", "amend", "A1 2026-11-23 am N→I")
            .unwrap();
        audit.append(at, "system", "import", "roster").unwrap();
        let entries: Vec<_> = audit.entries().map(|e| e.unwrap().action).collect();
        assert_eq!(entries, ["amend", "import"]);
    }
}
