//! The engines a [`crate::store::Store`] can sit on: sled (embedded, the
//! default) or PostgreSQL (shared by several daemons). Both hold tables of
//! string keys and byte values; the typed layer above is the same.

mod postgres;
mod sled;

use std::ops::Bound;
use std::sync::Arc;

pub use self::postgres::PgOptions;
use self::postgres::{PgDatabase, PgScan};
use crate::error::Result;
use crate::store::lease::{Fence, FenceCheck};
use crate::store::store_err;

#[derive(Clone)]
pub(super) enum Engine {
    Sled(::sled::Db),
    Postgres(Arc<PgDatabase>),
}

/// One write of a batch, in bytes.
pub(super) struct RawOp {
    pub tree: String,
    pub key: String,
    /// `None` removes the key.
    pub value: Option<Vec<u8>>,
    /// The write is a claim: the whole batch is dropped if the key exists.
    pub must_be_new: bool,
}

/// Entries in key order.
pub(super) type RawEntries = Box<dyn Iterator<Item = Result<(String, Vec<u8>)>>>;

impl Engine {
    /// sled in a folder, keeping at most `cache_mb` megabytes of it in
    /// memory.
    pub(super) fn open_sled(path: &std::path::Path, cache_mb: u64) -> Result<Engine> {
        sled::open(path, cache_mb).map(Engine::Sled)
    }

    pub(super) fn temporary_sled() -> Result<Engine> {
        sled::temporary().map(Engine::Sled)
    }

    pub(super) fn open_postgres(options: &PgOptions) -> Result<Engine> {
        PgDatabase::open(options).map(|db| Engine::Postgres(Arc::new(db)))
    }

    /// A table; on PostgreSQL its writes check `fence` when given.
    pub(super) fn tree(&self, name: &str, fence: Option<Arc<Fence>>) -> Result<Tree> {
        match self {
            Engine::Sled(db) => db.open_tree(name).map(Tree::Sled).map_err(store_err),
            Engine::Postgres(db) => Ok(Tree::Postgres {
                db: db.clone(),
                name: name.into(),
                fence,
            }),
        }
    }

    /// The names of the tables holding anything.
    pub(super) fn tree_names(&self) -> Result<Vec<String>> {
        match self {
            Engine::Sled(db) => Ok(sled::tree_names(db)),
            Engine::Postgres(db) => db.tree_names(),
        }
    }

    pub(super) fn next_id(&self) -> Result<u64> {
        match self {
            Engine::Sled(db) => db.generate_id().map_err(store_err),
            Engine::Postgres(db) => db.next_id(),
        }
    }

    /// Makes every later id at least `floor`, so ids carried over from
    /// another store are never handed out again.
    pub(super) fn raise_next_id(&self, floor: u64) -> Result<()> {
        match self {
            Engine::Sled(db) => {
                // sled's counter only counts up; taking ids is cheap (an
                // atomic add, persisted every million).
                while db.generate_id().map_err(store_err)? < floor {}
                Ok(())
            }
            Engine::Postgres(db) => db.raise_next_id(floor),
        }
    }

    /// Applies the writes atomically; false, having written nothing, when
    /// a key that had to be new existed. Not yet durable on sled. On
    /// PostgreSQL, refused when `fence` is given and no longer holds.
    pub(super) fn apply(&self, ops: Vec<RawOp>, fence: Option<&Fence>) -> Result<bool> {
        // sled cannot run a transaction over no tables.
        if ops.is_empty() {
            return Ok(true);
        }
        match self {
            Engine::Sled(db) => Ok(sled::apply_each(db, std::slice::from_ref(&ops))?[0]),
            Engine::Postgres(db) => db.apply(ops, fence_check(fence)?),
        }
    }

    /// Whether writes wait for a flush to be durable.
    pub(super) fn buffers_writes(&self) -> bool {
        matches!(self, Engine::Sled(_))
    }

    pub(super) fn flush(&self) -> Result<()> {
        match self {
            Engine::Sled(db) => super::group_flush::Disk::flush(db),
            Engine::Postgres(_) => Ok(()),
        }
    }

    /// The embedded database, when the store is on one.
    pub(super) fn sled(&self) -> Option<&::sled::Db> {
        match self {
            Engine::Sled(db) => Some(db),
            Engine::Postgres(_) => None,
        }
    }

    /// The database shared with other processes, when there is one.
    pub(super) fn postgres(&self) -> Option<&PgDatabase> {
        match self {
            Engine::Sled(_) => None,
            Engine::Postgres(db) => Some(db),
        }
    }
}

/// The check a fenced write on PostgreSQL makes, if it is fenced.
fn fence_check(fence: Option<&Fence>) -> Result<Option<FenceCheck>> {
    fence.map(Fence::check).transpose()
}

/// One table of an engine.
#[derive(Clone)]
pub(super) enum Tree {
    Sled(::sled::Tree),
    Postgres {
        db: Arc<PgDatabase>,
        name: String,
        fence: Option<Arc<Fence>>,
    },
}

impl Tree {
    pub(super) fn name(&self) -> String {
        match self {
            Tree::Sled(tree) => String::from_utf8_lossy(&tree.name()).into_owned(),
            Tree::Postgres { name, .. } => name.clone(),
        }
    }

    pub(super) fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        match self {
            Tree::Sled(tree) => Ok(tree.get(key).map_err(store_err)?.map(|v| v.to_vec())),
            Tree::Postgres { db, name, .. } => db.get(name, key),
        }
    }

    /// Writes a value, returning the one it replaced.
    pub(super) fn insert(&self, key: &str, value: Vec<u8>) -> Result<Option<Vec<u8>>> {
        match self {
            Tree::Sled(tree) => Ok(tree
                .insert(key, value)
                .map_err(store_err)?
                .map(|v| v.to_vec())),
            Tree::Postgres { db, name, fence } => {
                db.insert(name, key, value, fence_check(fence.as_deref())?)
            }
        }
    }

    pub(super) fn remove(&self, key: &str) -> Result<Option<Vec<u8>>> {
        match self {
            Tree::Sled(tree) => Ok(tree.remove(key).map_err(store_err)?.map(|v| v.to_vec())),
            Tree::Postgres { db, name, fence } => {
                db.remove(name, key, fence_check(fence.as_deref())?)
            }
        }
    }

    /// Replaces `old` (`None`: absent) with `new` (`None`: removed) if
    /// `old` is what the key holds; true when it was.
    pub(super) fn compare_and_swap(
        &self,
        key: &str,
        old: Option<Vec<u8>>,
        new: Option<Vec<u8>>,
    ) -> Result<bool> {
        match self {
            Tree::Sled(tree) => Ok(tree
                .compare_and_swap(key, old, new)
                .map_err(store_err)?
                .is_ok()),
            Tree::Postgres { db, name, fence } => {
                db.compare_and_swap(name, key, old, new, fence_check(fence.as_deref())?)
            }
        }
    }

    /// Entries with keys from `from`, below `to` when given, in key order.
    pub(super) fn scan(&self, from: Bound<String>, to: Option<String>) -> RawEntries {
        match self {
            Tree::Sled(tree) => Box::new(sled::scan(tree, from, to)),
            Tree::Postgres { db, name, .. } => Box::new(PgScan::new(db.clone(), name, from, to)),
        }
    }

    pub(super) fn len(&self) -> Result<usize> {
        match self {
            Tree::Sled(tree) => Ok(tree.len()),
            Tree::Postgres { db, name, .. } => db.len(name),
        }
    }
}

/// The least string above every string starting with `prefix`, if any:
/// a prefix scan is the key range `[prefix, successor)`.
pub(super) fn prefix_end(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        let next = (u32::from(last) + 1..=u32::from(char::MAX)).find_map(char::from_u32);
        if let Some(next) = next {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_ends_at_its_last_character_raised() {
        assert_eq!(prefix_end("a/").as_deref(), Some("a0"));
        assert_eq!(prefix_end("ab").as_deref(), Some("ac"));
        assert_eq!(prefix_end("a\u{d7ff}").as_deref(), Some("a\u{e000}"));
        assert_eq!(prefix_end("a\u{10ffff}").as_deref(), Some("b"));
        assert_eq!(prefix_end(""), None);
        assert_eq!(prefix_end("\u{10ffff}"), None);
    }
}
