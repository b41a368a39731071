//! A typed table: string keys, JSON values.

use std::marker::PhantomData;
use std::ops::Bound;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Store;
use super::engine::{Tree, prefix_end};
use crate::error::{Error, Result};

/// Keys are strings so they read well in a dump and sort the way their
/// text does: compose them from ISO dates and ids (`school/upn/2026-11-23/am`)
/// and a prefix scan walks them in date order.
pub struct Table<V> {
    pub(super) tree: Tree,
    _value: PhantomData<fn() -> V>,
}

impl<V> Clone for Table<V> {
    fn clone(&self) -> Self {
        Table {
            tree: self.tree.clone(),
            _value: PhantomData,
        }
    }
}

impl<V> Table<V> {
    pub(super) fn new(tree: Tree) -> Self {
        Table {
            tree,
            _value: PhantomData,
        }
    }
}

impl<V: Serialize + DeserializeOwned> Table<V> {
    pub fn get(&self, key: &str) -> Result<Option<V>> {
        self.tree.get(key)?.map(|b| decode(&b)).transpose()
    }

    pub fn contains(&self, key: &str) -> Result<bool> {
        Ok(self.tree.get(key)?.is_some())
    }

    /// Writes a value, returning the one it replaced.
    pub fn insert(&self, key: &str, value: &V) -> Result<Option<V>> {
        self.tree
            .insert(key, encode(value)?)?
            .map(|b| decode(&b))
            .transpose()
    }

    /// Writes a value and waits until it is on disk.
    pub fn insert_durable(&self, store: &Store, key: &str, value: &V) -> Result<Option<V>> {
        let old = self.insert(key, value)?;
        store.flush()?;
        Ok(old)
    }

    /// Writes a value only if the key is new; true when it was written. This
    /// is how a one-time action (a chase step, a webhook id) is claimed.
    pub fn insert_if_absent(&self, key: &str, value: &V) -> Result<bool> {
        self.tree.compare_and_swap(key, None, Some(encode(value)?))
    }

    pub fn remove(&self, key: &str) -> Result<Option<V>> {
        self.tree.remove(key)?.map(|b| decode(&b)).transpose()
    }

    /// Replaces the value under `key` with `f(old)` atomically (`None`
    /// removes it), retrying if another writer got there first. Returns the
    /// new value.
    pub fn update(
        &self,
        key: &str,
        mut f: impl FnMut(Option<V>) -> Option<V>,
    ) -> Result<Option<V>> {
        loop {
            let current = self.tree.get(key)?;
            let old = current.as_deref().map(decode).transpose()?;
            let new = f(old);
            let encoded = new.as_ref().map(encode).transpose()?;
            if self.tree.compare_and_swap(key, current, encoded)? {
                return Ok(new);
            }
        }
    }

    /// Every entry whose key starts with `prefix`, in key order.
    pub fn scan_prefix(&self, prefix: &str) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree
            .scan(Bound::Included(prefix.to_string()), prefix_end(prefix))
            .map(entry)
    }

    /// Entries with keys in `[from, to)`, in key order.
    pub fn range(
        &self,
        from: &str,
        to: &str,
    ) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree
            .scan(Bound::Included(from.to_string()), Some(to.to_string()))
            .map(entry)
    }

    /// Every entry, in key order.
    pub fn iter(&self) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree.scan(Bound::Unbounded, None).map(entry)
    }

    /// How many entries the table holds.
    pub fn len(&self) -> Result<usize> {
        self.tree.len()
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self
            .tree
            .scan(Bound::Unbounded, None)
            .next()
            .transpose()?
            .is_none())
    }
}

fn entry<V: DeserializeOwned>(raw: Result<(String, Vec<u8>)>) -> Result<(String, V)> {
    let (k, v) = raw?;
    Ok((k, decode(&v)?))
}

pub(super) fn encode<V: Serialize>(value: &V) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::Store(format!("encoding: {e}")))
}

pub(super) fn decode<V: DeserializeOwned>(bytes: &[u8]) -> Result<V> {
    serde_json::from_slice(bytes).map_err(|e| Error::Store(format!("decoding: {e}")))
}
