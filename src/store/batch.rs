//! Writes to several tables that land together or not at all.

use serde::Serialize;
use sled::Transactional;

use super::table::encode;
use super::{Store, Table, store_err};
use crate::error::Result;

/// Collects writes; [`Batch::commit`] applies them in one transaction and
/// flushes. Dropping a batch without committing changes nothing, which is
/// how an import that finds a bad row leaves the store as it was.
pub struct Batch<'s> {
    store: &'s Store,
    trees: Vec<sled::Tree>,
    ops: Vec<(usize, String, Option<Vec<u8>>)>,
}

impl<'s> Batch<'s> {
    pub(super) fn new(store: &'s Store) -> Self {
        Batch {
            store,
            trees: Vec::new(),
            ops: Vec::new(),
        }
    }

    pub fn put<V: Serialize>(&mut self, table: &Table<V>, key: &str, value: &V) -> Result<()> {
        let tree = self.tree_index(&table.tree);
        self.ops.push((tree, key.to_string(), Some(encode(value)?)));
        Ok(())
    }

    pub fn remove<V>(&mut self, table: &Table<V>, key: &str) {
        let tree = self.tree_index(&table.tree);
        self.ops.push((tree, key.to_string(), None));
    }

    pub fn len(&self) -> usize {
        self.ops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Applies every write atomically, then waits until it is on disk.
    pub fn commit(self) -> Result<()> {
        if self.ops.is_empty() {
            return Ok(());
        }
        self.trees
            .as_slice()
            .transaction(|trees| {
                for (tree, key, value) in &self.ops {
                    match value {
                        Some(v) => trees[*tree].insert(key.as_bytes(), v.as_slice())?,
                        None => trees[*tree].remove(key.as_bytes())?,
                    };
                }
                Ok::<_, sled::transaction::ConflictableTransactionError<()>>(())
            })
            .map_err(|e: sled::transaction::TransactionError<()>| store_err(format!("{e:?}")))?;
        self.store.flush()
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
