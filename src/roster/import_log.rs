//! What the roster imports so far were: which columns the MIS exported,
//! who ran the last import, and which `[roster]` files the daemon last
//! imported at start-up, so a restart re-imports only files that changed
//! and never undoes a later `import roster`.

use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use super::guards::ColumnsSeen;
use crate::error::Result;
use crate::store::{Store, Table};

/// Who ran an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportedBy {
    /// The daemon at start-up, from config's `[roster]` files.
    Config,
    /// `absence-line import roster` (or a program seeding a store).
    Command,
    /// A sync from the MIS's API.
    Mis,
}

/// The contents of a pair of roster files, for telling whether they changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilesDigest(String);

impl FilesDigest {
    pub fn of(pupils: &[u8], contacts: &[u8]) -> FilesDigest {
        let mut hash = Sha1::new();
        hash.update((pupils.len() as u64).to_be_bytes());
        hash.update(pupils);
        hash.update(contacts);
        FilesDigest(format!("{:x}", hash.finalize()))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLog {
    /// Every column any import found, per file.
    pub columns: ColumnsSeen,
    pub last_by: Option<ImportedBy>,
    /// The `[roster]` files as the daemon last imported them.
    pub config_files: Option<FilesDigest>,
}

const KEY: &str = "last";

fn table(store: &Store) -> Result<Table<ImportLog>> {
    store.table("roster_imports")
}

impl ImportLog {
    pub fn read(store: &Store) -> Result<ImportLog> {
        Ok(table(store)?.get(KEY)?.unwrap_or_default())
    }

    pub fn write(&self, store: &Store) -> Result<()> {
        table(store)?.insert_durable(store, KEY, self)?;
        Ok(())
    }
}
