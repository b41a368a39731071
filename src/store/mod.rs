//! Durable storage: typed tables over sled (embedded, the default) or
//! PostgreSQL (shared by several daemons).
//!
//! The rest of the daemon sees [`Store`], [`Table`], [`Batch`] and
//! [`AuditLog`], never the engine itself. Values are JSON, which keeps a
//! dump of the store readable by a person checking a child's record.
//!
//! Durability: sled buffers writes. Anything that must survive a crash
//! (an inbound message before it is acknowledged, an outbound one before it
//! is sent, a claimed chase step) is written and then [`Store::flush`]ed;
//! the `*_durable` helpers do both. On PostgreSQL every write is committed
//! before it returns and a flush has nothing to do.

mod audit;
mod batch;
mod copy;
mod engine;
mod group_flush;
mod schema;
mod table;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Notify;

pub use audit::{AuditEntry, AuditLog};
pub use batch::Batch;
pub use copy::{CopyReport, copy_all};
pub use engine::PgOptions;
pub use group_flush::FlushCounts;
pub use schema::CURRENT as SCHEMA_VERSION;
pub use table::Table;

use crate::config::{Config, PostgresConfig};
use crate::error::{Error, Result};
use crate::private_files;
use engine::Engine;
use group_flush::GroupFlush;

/// The one handle on the records: opened once at start-up and cloned into
/// every part of the daemon (pipeline, chaser, digest, staff screen, API,
/// commands). Clones share the database, its wake-ups and its write lock.
#[derive(Clone)]
pub struct Store {
    engine: Engine,
    /// Wake-ups shared by every handle on this database, so a message
    /// queued through one `Outbox` wakes the dispatcher holding another.
    wakers: Arc<Mutex<HashMap<String, Arc<Notify>>>>,
    /// Writers waiting to be durable share flushes (group commit).
    flushes: Arc<GroupFlush>,
    /// Held by every read-modify-write of the records that spans several
    /// keys or tables (a register entry, its amendment and the pupil's
    /// year codes), so writers from different parts never overwrite one
    /// another. One lock per database, whichever clone takes it; on
    /// PostgreSQL it also takes a lock shared with every other process.
    records_writer: Arc<Mutex<()>>,
}

/// Proof that the records' write lock is held; released when dropped.
pub struct RecordsWrite<'s> {
    store: &'s Store,
    _guard: MutexGuard<'s, ()>,
}

impl Drop for RecordsWrite<'_> {
    fn drop(&mut self) {
        if let Some(db) = self.store.engine.postgres()
            && let Err(e) = db.unlock_records()
        {
            // The lock belongs to the connection: if it failed, the lock
            // went with it.
            tracing::warn!(error = %e, "releasing the records' write lock");
        }
    }
}

/// Which engine a store is on, for messages and the migrate command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    Sled,
    Postgres,
}

impl Store {
    /// Opens (or creates) a sled database in a folder, migrating an older
    /// schema to this version.
    pub fn open(path: &Path) -> Result<Store> {
        Store::prepare(Engine::open_sled(path)?)
    }

    /// Opens the store the config names: PostgreSQL when `[store] postgres`
    /// is set, otherwise sled in `data_dir` (created private if missing).
    pub fn open_configured(config: &Config) -> Result<Store> {
        match &config.store.postgres {
            Some(pg) => Store::open_postgres(&pg_options(config, pg)?),
            None => Store::open_sled_folder(&config.resolve(&config.data_dir)),
        }
    }

    /// Opens (or creates, private) the sled folder.
    pub fn open_sled_folder(data_dir: &Path) -> Result<Store> {
        private_files::create_folder(data_dir)
            .map_err(|e| Error::io(format!("creating {}", data_dir.display()), e))?;
        let store = Store::open(data_dir)?;
        private_files::make_private(data_dir)
            .map_err(|e| Error::io(format!("making {} private", data_dir.display()), e))?;
        Ok(store)
    }

    /// Connects to a PostgreSQL database, creating or migrating its tables.
    pub fn open_postgres(options: &PgOptions) -> Result<Store> {
        Store::prepare(Engine::open_postgres(options)?)
    }

    /// A database that lives only as long as the process: for `simulate`,
    /// `parse` and tests.
    pub fn temporary() -> Result<Store> {
        Store::prepare(Engine::temporary_sled()?)
    }

    fn prepare(engine: Engine) -> Result<Store> {
        let store = Store {
            engine,
            wakers: Arc::default(),
            flushes: Arc::default(),
            records_writer: Arc::default(),
        };
        schema::migrate(&store)?;
        Ok(store)
    }

    pub fn engine_kind(&self) -> EngineKind {
        match self.engine {
            Engine::Sled(_) => EngineKind::Sled,
            Engine::Postgres(_) => EngineKind::Postgres,
        }
    }

    /// A typed table. Opening the same name twice gives the same table.
    pub fn table<V>(&self, name: &str) -> Result<Table<V>> {
        Ok(Table::new(self.engine.tree(name)?))
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
        self.engine.next_id()
    }

    /// The schema version the store is at. Reading it is also how the health
    /// check knows the database answers.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(self)
    }

    /// Takes the records' write lock, waiting for any other writer (in
    /// this process or, on PostgreSQL, another): the reads that follow are
    /// current until the guard is dropped.
    pub fn write_records(&self) -> Result<RecordsWrite<'_>> {
        let guard = self
            .records_writer
            .lock()
            .expect("records write lock poisoned");
        if let Some(db) = self.engine.postgres() {
            db.lock_records()?;
        }
        Ok(RecordsWrite {
            store: self,
            _guard: guard,
        })
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

    /// Waits until everything written so far is on disk.
    pub fn flush(&self) -> Result<()> {
        if !self.engine.buffers_writes() {
            return Ok(());
        }
        self.flushes.wait_durable(|| self.engine.flush())
    }

    /// How many flushes have carried how many durable writes so far.
    pub fn flush_counts(&self) -> FlushCounts {
        self.flushes.counts()
    }
}

fn pg_options(config: &Config, pg: &PostgresConfig) -> Result<PgOptions> {
    Ok(PgOptions {
        url: pg.url.resolve(&config.base_dir)?,
        schema: pg.schema.clone(),
        connections: pg.connections,
    })
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
