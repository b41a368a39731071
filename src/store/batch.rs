//! Writes to several tables that land together or not at all.

use serde::Serialize;

use super::engine::RawOp;
use super::table::encode;
use super::{Store, Table};
use crate::error::Result;

/// Collects writes; [`Batch::commit`] applies them in one transaction and
/// makes them durable. Dropping a batch without committing changes nothing,
/// which is how an import that finds a bad row leaves the store as it was.
pub struct Batch<'s> {
    store: &'s Store,
    ops: Vec<RawOp>,
}

impl<'s> Batch<'s> {
    pub(super) fn new(store: &'s Store) -> Self {
        Batch {
            store,
            ops: Vec::new(),
        }
    }

    pub fn put<V: Serialize>(&mut self, table: &Table<V>, key: &str, value: &V) -> Result<()> {
        self.push(table, key, Some(encode(value)?), false);
        Ok(())
    }

    /// Writes a value that must not exist yet. If the key is already there
    /// when the batch commits, nothing in the batch is written: this claims
    /// a one-time action and records what follows from it in one step.
    pub fn put_new<V: Serialize>(&mut self, table: &Table<V>, key: &str, value: &V) -> Result<()> {
        self.push(table, key, Some(encode(value)?), true);
        Ok(())
    }

    pub fn remove<V>(&mut self, table: &Table<V>, key: &str) {
        self.push(table, key, None, false);
    }

    fn push<V>(&mut self, table: &Table<V>, key: &str, value: Option<Vec<u8>>, must_be_new: bool) {
        self.ops.push(RawOp {
            tree: table.tree.name(),
            key: key.to_string(),
            value,
            must_be_new,
        });
    }

    pub fn len(&self) -> usize {
        self.ops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Applies every write atomically, then waits until it is durable.
    /// Returns false, having written nothing, when a key given to
    /// [`Batch::put_new`] already existed.
    pub fn commit(self) -> Result<bool> {
        if self.ops.is_empty() {
            return Ok(true);
        }
        let store = self.store;
        let applied = self.apply()?;
        // Flushed even when the key existed: the write that stored it may
        // still be on its way to disk, and the caller answers as if it
        // were durable.
        store.flush()?;
        Ok(applied)
    }

    /// As [`Batch::commit`], from async code, without holding a thread
    /// where writes are buffered (sled): the batch is applied by the flush
    /// that makes it durable, in one transaction with the batches of the
    /// other writers waiting for that flush (see [`super::group_flush`]).
    /// On PostgreSQL, where each batch commits on its own, this is
    /// [`Batch::commit`], a round trip that holds the thread: async
    /// callers there commit on the blocking pool instead.
    pub async fn commit_with_others(self) -> Result<bool> {
        if self.ops.is_empty() {
            return Ok(true);
        }
        match self.store.engine.sled() {
            Some(db) => self.store.flushes.commit(self.ops, db.clone()).await,
            None => self.commit(),
        }
    }

    /// As [`Batch::commit`] without the wait for the disk: the writes are
    /// durable once a [`Store::flush`] begun after this returns has ended.
    /// For a writer that commits batches one after another and makes them
    /// durable together.
    pub fn apply(self) -> Result<bool> {
        if self.ops.is_empty() {
            return Ok(true);
        }
        self.store
            .engine
            .apply(self.ops, self.store.fence.as_deref())
    }
}
