//! Writes to several tables that land together or not at all.

use serde::Serialize;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::table::encode;
use super::{Store, Table, store_err};
use crate::error::Result;

/// Collects writes; [`Batch::commit`] applies them in one transaction and
/// flushes. Dropping a batch without committing changes nothing, which is
/// how an import that finds a bad row leaves the store as it was.
pub struct Batch<'s> {
    store: &'s Store,
    trees: Vec<sled::Tree>,
    ops: Vec<Op>,
}

struct Op {
    tree: usize,
    key: String,
    value: Option<Vec<u8>>,
    /// The write is a claim: the whole batch is dropped if the key exists.
    must_be_new: bool,
}

/// Why a batch was abandoned: a claimed key was taken.
#[derive(Debug)]
struct KeyExists;

impl<'s> Batch<'s> {
    pub(super) fn new(store: &'s Store) -> Self {
        Batch {
            store,
            trees: Vec::new(),
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
        let tree = self.tree_index(&table.tree);
        self.ops.push(Op {
            tree,
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

    /// Applies every write atomically, then waits until it is on disk.
    /// Returns false, having written nothing, when a key given to
    /// [`Batch::put_new`] already existed.
    pub fn commit(self) -> Result<bool> {
        if self.ops.is_empty() {
            return Ok(true);
        }
        let outcome = self.trees.as_slice().transaction(|trees| {
            for op in &self.ops {
                let tree = &trees[op.tree];
                if op.must_be_new && tree.get(op.key.as_bytes())?.is_some() {
                    return Err(ConflictableTransactionError::Abort(KeyExists));
                }
                match &op.value {
                    Some(v) => tree.insert(op.key.as_bytes(), v.as_slice())?,
                    None => tree.remove(op.key.as_bytes())?,
                };
            }
            Ok(())
        });
        match outcome {
            Ok(()) => {
                self.store.flush()?;
                Ok(true)
            }
            Err(TransactionError::Abort(KeyExists)) => Ok(false),
            Err(TransactionError::Storage(e)) => Err(store_err(e)),
        }
    }

    fn tree_index(&mut self, tree: &sled::Tree) -> usize {
        match self.trees.iter().position(|t| t.name() == tree.name()) {
            Some(i) => i,
            None => {
                self.trees.push(tree.clone());
                self.trees.len() - 1
            }
        }
    }
}
