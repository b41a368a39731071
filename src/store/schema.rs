//! The store's schema version, and the place migrations go.
//!
//! Each released change to how data is laid out bumps [`CURRENT`] and adds
//! a step to [`MIGRATIONS`] that brings a store from the version before.

use super::Store;
use crate::error::{Error, Result};

/// The layout this build reads and writes.
pub const CURRENT: u32 = 3;

/// `MIGRATIONS[i]` moves a store from version `i + 1` to `i + 2`.
const MIGRATIONS: &[fn(&Store) -> Result<()>] = &[
    // 1 → 2: the register's year codes, built from its entries.
    crate::register::build_year_codes,
    // 2 → 3: each claimed outbox message's once key as a field.
    crate::outbox::record_once_keys,
];

const KEY: &str = "schema_version";

/// The schema version recorded in the store.
pub(super) fn version(store: &Store) -> Result<u32> {
    store
        .table::<u32>("meta")?
        .get(KEY)?
        .ok_or_else(|| Error::Store("the store has no schema version".into()))
}

pub(super) fn migrate(store: &Store) -> Result<()> {
    let meta = store.table::<u32>("meta")?;
    let found = match meta.get(KEY)? {
        Some(v) => v,
        None => {
            meta.insert(KEY, &CURRENT)?;
            store.flush()?;
            return Ok(());
        }
    };
    if found > CURRENT {
        return Err(Error::Store(format!(
            "the store has schema version {found}, newer than this build's {CURRENT}: upgrade absence-line"
        )));
    }
    for version in found..CURRENT {
        MIGRATIONS[(version - 1) as usize](store)?;
        meta.insert(KEY, &(version + 1))?;
        store.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_store_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .table::<u32>("meta")
                .unwrap()
                .insert(KEY, &(CURRENT + 1))
                .unwrap();
            store.flush().unwrap();
        }
        let err = Store::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("newer than this build"), "{err}");
    }
}
