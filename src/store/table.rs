//! A typed table: string keys, JSON values.

use std::marker::PhantomData;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Store, store_err};
use crate::error::{Error, Result};

/// Keys are strings so they read well in a dump and sort the way their
/// text does: compose them from ISO dates and ids (`school/upn/2026-11-23/am`)
/// and a prefix scan walks them in date order.
pub struct Table<V> {
    pub(super) tree: sled::Tree,
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
    pub(super) fn new(tree: sled::Tree) -> Self {
        Table {
            tree,
            _value: PhantomData,
        }
    }
}

impl<V: Serialize + DeserializeOwned> Table<V> {
    pub fn get(&self, key: &str) -> Result<Option<V>> {
        self.tree
            .get(key)
            .map_err(store_err)?
            .map(|b| decode(&b))
            .transpose()
    }

    pub fn contains(&self, key: &str) -> Result<bool> {
        self.tree.contains_key(key).map_err(store_err)
    }

    /// Writes a value, returning the one it replaced.
    pub fn insert(&self, key: &str, value: &V) -> Result<Option<V>> {
        self.tree
            .insert(key, encode(value)?)
            .map_err(store_err)?
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
        let swapped = self
            .tree
            .compare_and_swap(key, None as Option<&[u8]>, Some(encode(value)?))
            .map_err(store_err)?;
        Ok(swapped.is_ok())
    }

    pub fn remove(&self, key: &str) -> Result<Option<V>> {
        self.tree
            .remove(key)
            .map_err(store_err)?
            .map(|b| decode(&b))
            .transpose()
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
            let current = self.tree.get(key).map_err(store_err)?;
            let old = current.as_deref().map(decode).transpose()?;
            let new = f(old);
            let encoded = new.as_ref().map(encode).transpose()?;
            match self
                .tree
                .compare_and_swap(key, current, encoded)
                .map_err(store_err)?
            {
                Ok(()) => return Ok(new),
                Err(_) => continue,
            }
        }
    }

    /// Every entry whose key starts with `prefix`, in key order.
    pub fn scan_prefix(&self, prefix: &str) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree.scan_prefix(prefix).map(entry)
    }

    /// Entries with keys in `[from, to)`, in key order.
    pub fn range(
        &self,
        from: &str,
        to: &str,
    ) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree.range(from.to_string()..to.to_string()).map(entry)
    }

    /// Every entry, in key order.
    pub fn iter(&self) -> impl Iterator<Item = Result<(String, V)>> + use<V> {
        self.tree.iter().map(entry)
    }

    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }
}

type RawEntry = std::result::Result<(sled::IVec, sled::IVec), sled::Error>;

fn entry<V: DeserializeOwned>(raw: RawEntry) -> Result<(String, V)> {
    let (k, v) = raw.map_err(store_err)?;
    Ok((String::from_utf8_lossy(&k).into_owned(), decode(&v)?))
}

pub(super) fn encode<V: Serialize>(value: &V) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::Store(format!("encoding: {e}")))
}

fn decode<V: DeserializeOwned>(bytes: &[u8]) -> Result<V> {
    serde_json::from_slice(bytes).map_err(|e| Error::Store(format!("decoding: {e}")))
}
