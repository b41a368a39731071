//! A copy of every table, for `absence-line backup` and `restore`.
//!
//! Taken under the records' write lock, so no multi-table change of the
//! records is half in it. Keys and values are kept as the store holds
//! them (base64 of their bytes), with the store's schema version and the
//! next id it would hand out, so that a restored store never reuses an id.

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use std::ops::Bound;

use super::engine::{Engine, RawOp};
use super::{Store, schema};
use crate::error::{Error, Result};

/// Every table of one store at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The layout the tables are in; an older one is migrated on restore.
    pub schema: u32,
    /// Ids below this were handed out; a restored store starts above it.
    pub next_id: u64,
    pub tables: Vec<TableCopy>,
}

/// One table's rows, in key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCopy {
    /// The table's name, base64.
    pub name: String,
    /// Key and value, each base64.
    pub rows: Vec<(String, String)>,
}

impl Store {
    /// Copies every table; writers of the records wait while it is taken.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let _records = self.write_records()?;
        let mut tables = Vec::new();
        for name in self.engine.tree_names()? {
            let rows = self
                .engine
                .tree(&name, None)?
                .scan(Bound::Unbounded, None)
                .map(|row| row.map(|(k, v)| (STANDARD.encode(k), STANDARD.encode(v))))
                .collect::<Result<Vec<_>>>()?;
            // An empty table is the same as none: a restore creates tables
            // as they are first written.
            if rows.is_empty() {
                continue;
            }
            tables.push(TableCopy {
                name: STANDARD.encode(&name),
                rows,
            });
        }
        Ok(Snapshot {
            schema: self.schema_version()?,
            next_id: self.next_id()?,
            tables,
        })
    }

    /// Creates a store in `path`, which must hold no store yet, from a
    /// snapshot, and migrates it to this version's layout.
    pub fn restore(path: &Path, snapshot: &Snapshot) -> Result<Store> {
        if snapshot.schema > schema::CURRENT {
            return Err(Error::Refused(format!(
                "the backup is of a newer version (store layout {}; this version reads up to {})",
                snapshot.schema,
                schema::CURRENT
            )));
        }
        let engine = Engine::open_sled(path, super::SLED_CACHE_MB)?;
        if !engine.tree_names()?.is_empty() {
            return Err(Error::Refused(format!(
                "{} already holds records; restore into an empty folder",
                path.display()
            )));
        }
        let bad = |what: &str| Error::Refused(format!("the backup's {what} is not base64 text"));
        let text = |encoded: &str, what: &str| {
            STANDARD
                .decode(encoded)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .ok_or_else(|| bad(what))
        };
        for table in &snapshot.tables {
            let tree = text(&table.name, "table name")?;
            let mut ops = Vec::with_capacity(table.rows.len());
            for (key, value) in &table.rows {
                ops.push(RawOp {
                    tree: tree.clone(),
                    key: text(key, "key")?,
                    value: Some(STANDARD.decode(value).map_err(|_| bad("value"))?),
                    must_be_new: false,
                });
            }
            engine.apply(ops, None)?;
        }
        engine.raise_next_id(snapshot.next_id)?;
        engine.flush()?;
        Store::prepare(engine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restored_store_has_every_row_and_hands_out_new_ids() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("before")).unwrap();
        let notes = store.table::<String>("notes").unwrap();
        notes.insert("a/1", &"one".to_string()).unwrap();
        notes.insert("b/2", &"two".to_string()).unwrap();
        let last_id = store.next_id().unwrap();
        let snapshot = store.snapshot().unwrap();

        let restored = Store::restore(&dir.path().join("after"), &snapshot).unwrap();
        let notes = restored.table::<String>("notes").unwrap();
        assert_eq!(notes.get("a/1").unwrap().as_deref(), Some("one"));
        assert_eq!(notes.get("b/2").unwrap().as_deref(), Some("two"));
        assert_eq!(restored.schema_version().unwrap(), schema::CURRENT);
        assert!(
            restored.next_id().unwrap() > last_id,
            "an id handed out before the backup is never handed out again"
        );
        assert_eq!(restored.snapshot().unwrap().tables, snapshot.tables);
    }

    #[test]
    fn restore_refuses_a_store_with_records_and_a_newer_layout() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let snapshot = store.snapshot().unwrap();
        drop(store);
        let Err(error) = Store::restore(dir.path(), &snapshot) else {
            panic!("a store with records was restored over");
        };
        assert!(
            error.to_string().contains("already holds records"),
            "{error}"
        );

        let newer = Snapshot {
            schema: schema::CURRENT + 1,
            ..snapshot
        };
        let empty = tempfile::tempdir().unwrap();
        let Err(error) = Store::restore(empty.path(), &newer) else {
            panic!("a newer layout was restored");
        };
        assert!(error.to_string().contains("newer version"), "{error}");
    }
}
