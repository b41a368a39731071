//! Values kept as last decoded, beside the bytes they were decoded from,
//! for records read again and again while they rarely change (each open
//! chase, each recent absence, read at every tick of the chaser). Reading
//! a value's bytes and comparing them with the kept ones costs far less
//! than decoding it; a value is decoded again whenever its bytes differ, so
//! what a read gives is always what the store holds now.

use std::collections::HashMap;
use std::ops::Bound;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::de::DeserializeOwned;

use super::Table;
use super::engine::prefix_end;
use crate::error::Result;

/// Each key's value as last decoded, with the bytes it was decoded from.
type Kept<V> = HashMap<String, (Vec<u8>, V)>;

/// Values of one table as last decoded, by key; cheap to clone (clones
/// share what is kept).
pub struct Decoded<V> {
    kept: Arc<Mutex<Kept<V>>>,
    /// How many values are kept at most; past this they are all dropped
    /// and decoded again as they are read.
    capacity: usize,
}

impl<V> Clone for Decoded<V> {
    fn clone(&self) -> Self {
        Decoded {
            kept: Arc::clone(&self.kept),
            capacity: self.capacity,
        }
    }
}

impl<V: Clone + DeserializeOwned> Decoded<V> {
    pub fn new(capacity: usize) -> Decoded<V> {
        Decoded {
            kept: Arc::default(),
            capacity,
        }
    }

    /// The value under `key` in `table`, as [`Table::get`] gives it.
    pub fn get(&self, table: &Table<V>, key: &str) -> Result<Option<V>> {
        let Some(bytes) = table.tree.get(key)? else {
            return Ok(None);
        };
        self.value_of(&mut self.lock(), key, bytes).map(Some)
    }

    /// Every value whose key starts with `prefix`, in key order, as
    /// [`Table::scan_prefix`] gives them, for a range read again and again
    /// (a school's roster, at each digest and each register taken): each
    /// value decoded only when its bytes differ from those last decoded
    /// under its key.
    pub fn scan_prefix(&self, table: &Table<V>, prefix: &str) -> Result<Vec<(String, V)>> {
        let rows = table
            .tree
            .scan(Bound::Included(prefix.to_string()), prefix_end(prefix));
        let mut kept = self.lock();
        let mut found = Vec::new();
        for row in rows {
            let (key, bytes) = row?;
            let value = self.value_of(&mut kept, &key, bytes)?;
            found.push((key, value));
        }
        Ok(found)
    }

    /// The value stored as `bytes` under `key`: the one kept, when it was
    /// decoded from the same bytes; else decoded now, and kept.
    fn value_of(&self, kept: &mut Kept<V>, key: &str, bytes: Vec<u8>) -> Result<V> {
        if let Some((seen, value)) = kept.get(key)
            && *seen == bytes
        {
            return Ok(value.clone());
        }
        let value: V = super::table::decode(&bytes)?;
        if kept.len() >= self.capacity {
            kept.clear();
        }
        kept.insert(key.to_string(), (bytes, value.clone()));
        Ok(value)
    }

    fn lock(&self) -> MutexGuard<'_, Kept<V>> {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn a_read_gives_what_the_store_holds_through_every_change() {
        let store = Store::temporary().unwrap();
        let notes: Table<String> = store.table("notes").unwrap();
        let decoded = Decoded::new(2);
        assert_eq!(decoded.get(&notes, "a").unwrap(), None);
        notes.insert("a", &"one".to_string()).unwrap();
        assert_eq!(decoded.get(&notes, "a").unwrap().as_deref(), Some("one"));
        assert_eq!(decoded.get(&notes, "a").unwrap().as_deref(), Some("one"));
        // Changed by another handle on the table: read again.
        notes.insert("a", &"two".to_string()).unwrap();
        assert_eq!(decoded.get(&notes, "a").unwrap().as_deref(), Some("two"));
        // Past the capacity, kept values go and are read again.
        for key in ["b", "c", "d"] {
            notes.insert(key, &key.to_string()).unwrap();
            assert_eq!(decoded.get(&notes, key).unwrap().as_deref(), Some(key));
        }
        assert!(decoded.lock().len() <= 2);
        notes.remove("a").unwrap();
        assert_eq!(decoded.get(&notes, "a").unwrap(), None);
    }

    #[test]
    fn a_scan_gives_what_the_store_holds_through_every_change() {
        let store = Store::temporary().unwrap();
        let notes: Table<String> = store.table("notes").unwrap();
        let decoded = Decoded::new(8);
        let scan = |prefix: &str| -> Vec<(String, String)> {
            decoded.scan_prefix(&notes, prefix).unwrap()
        };
        for key in ["a/1", "a/2", "b/1"] {
            notes.insert(key, &key.to_string()).unwrap();
        }
        let both = vec![
            ("a/1".to_string(), "a/1".to_string()),
            ("a/2".to_string(), "a/2".to_string()),
        ];
        assert_eq!(scan("a/"), both);
        assert_eq!(scan("a/"), both);
        notes.insert("a/2", &"changed".to_string()).unwrap();
        notes.remove("a/1").unwrap();
        assert_eq!(
            scan("a/"),
            [("a/2".to_string(), "changed".to_string())],
            "a changed or removed value is never given as it was"
        );
    }
}
