//! The embedded engine: one sled database in a folder, one sled tree per
//! table. Writes are buffered until [`super::Engine::flush`].

use std::ops::Bound;

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::RawOp;
use crate::error::{Error, Result};
use crate::store::group_flush::Disk;
use crate::store::store_err;

/// sled's own tree, present in every database; never one of the tables.
const DEFAULT_TREE: &[u8] = b"__sled__default";

/// How long an open waits for the folder's lock. A database this process
/// has just closed keeps its lock until sled's background threads finish,
/// a moment later; another process's lock outlasts the wait and is reported.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

pub(in crate::store) fn open(path: &std::path::Path, cache_mb: u64) -> Result<sled::Db> {
    let deadline = std::time::Instant::now() + LOCK_WAIT;
    loop {
        match sled::Config::new()
            .path(path)
            .cache_capacity(cache_mb.saturating_mul(1 << 20))
            .open()
        {
            // sled reports a held lock only in its message.
            Err(sled::Error::Io(e))
                if e.to_string().starts_with("could not acquire lock")
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            opened => {
                return opened
                    .map_err(|e| Error::Store(format!("opening {}: {e}", path.display())));
            }
        }
    }
}

pub(in crate::store) fn temporary() -> Result<sled::Db> {
    sled::Config::new()
        .temporary(true)
        .open()
        .map_err(store_err)
}

/// The tables' names, sorted.
pub(in crate::store) fn tree_names(db: &sled::Db) -> Vec<String> {
    let mut names: Vec<String> = db
        .tree_names()
        .into_iter()
        .filter(|name| name.as_ref() != DEFAULT_TREE)
        .map(|name| String::from_utf8_lossy(&name).into_owned())
        .collect();
    names.sort();
    names
}

pub(in crate::store) fn scan(
    tree: &sled::Tree,
    from: Bound<String>,
    to: Option<String>,
) -> impl Iterator<Item = Result<(String, Vec<u8>)>> + use<> {
    let upper = to.map_or(Bound::Unbounded, Bound::Excluded);
    tree.range::<String, _>((from, upper)).map(|raw| {
        let (k, v) = raw.map_err(store_err)?;
        Ok((String::from_utf8_lossy(&k).into_owned(), v.to_vec()))
    })
}

/// Applies each batch of writes atomically, all in one transaction (not
/// yet flushed). A batch with a key that had to be new and exists — before
/// it, or written by an earlier batch of the same call — writes nothing,
/// and is false in the answer; the others are written.
pub(in crate::store) fn apply_each(db: &sled::Db, batches: &[Vec<RawOp>]) -> Result<Vec<bool>> {
    let mut trees: Vec<sled::Tree> = Vec::new();
    let mut tree_of_op = Vec::with_capacity(batches.iter().map(Vec::len).sum());
    for op in batches.iter().flatten() {
        let index = match trees.iter().position(|t| t.name() == op.tree.as_bytes()) {
            Some(i) => i,
            None => {
                trees.push(db.open_tree(&op.tree).map_err(store_err)?);
                trees.len() - 1
            }
        };
        tree_of_op.push(index);
    }
    let outcome = trees.as_slice().transaction(|trees| {
        let mut tree_of_op = tree_of_op.iter();
        let mut written = Vec::with_capacity(batches.len());
        for ops in batches {
            let ops: Vec<_> = ops.iter().zip(tree_of_op.by_ref()).collect();
            let mut claimed = true;
            for &(op, &index) in &ops {
                if op.must_be_new && trees[index].get(op.key.as_bytes())?.is_some() {
                    claimed = false;
                    break;
                }
            }
            if claimed {
                for &(op, &index) in &ops {
                    match &op.value {
                        Some(v) => trees[index].insert(op.key.as_bytes(), v.as_slice())?,
                        None => trees[index].remove(op.key.as_bytes())?,
                    };
                }
            }
            written.push(claimed);
        }
        Ok::<_, ConflictableTransactionError<std::convert::Infallible>>(written)
    });
    outcome.map_err(|e| match e {
        TransactionError::Storage(e) => store_err(e),
        TransactionError::Abort(never) => match never {},
    })
}

impl Disk for sled::Db {
    fn apply_each(&self, batches: Vec<Vec<RawOp>>) -> Result<Vec<bool>> {
        apply_each(self, &batches)
    }

    fn flush(&self) -> Result<()> {
        // sled's own flush, on the tree every database derefs to.
        sled::Tree::flush(self).map(|_| ()).map_err(store_err)
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::store::SLED_CACHE_MB;

    fn put(tree: &str, key: &str, must_be_new: bool) -> RawOp {
        RawOp {
            tree: tree.into(),
            key: key.into(),
            value: Some(b"v".to_vec()),
            must_be_new,
        }
    }

    /// Batches applied together are each all or nothing: one claiming a
    /// key an earlier batch of the same call wrote is skipped whole, and
    /// the batches after it are written.
    #[test]
    fn batches_applied_together_are_skipped_alone_when_their_claim_is_taken() {
        let db = temporary().unwrap();
        let written = apply_each(
            &db,
            &[
                vec![put("inbox", "sms/1", true), put("waiting", "sms/1", false)],
                vec![
                    put("by_sender", "x/sms/1", false),
                    put("inbox", "sms/1", true),
                ],
                vec![put("inbox", "sms/2", true), put("waiting", "sms/2", false)],
            ],
        )
        .unwrap();
        assert_eq!(written, [true, false, true]);
        let has = |tree: &str, key: &str| db.open_tree(tree).unwrap().contains_key(key).unwrap();
        assert!(has("inbox", "sms/1") && has("waiting", "sms/1"));
        assert!(
            !has("by_sender", "x/sms/1"),
            "the skipped batch wrote nothing"
        );
        assert!(has("inbox", "sms/2") && has("waiting", "sms/2"));
    }

    #[test]
    fn an_open_waits_for_a_lock_released_a_moment_later() {
        let dir = tempfile::tempdir().unwrap();
        let held = open(dir.path(), SLED_CACHE_MB).unwrap();
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(held);
        });
        let reopened = open(dir.path(), SLED_CACHE_MB);
        releaser.join().unwrap();
        assert!(reopened.is_ok(), "{:?}", reopened.err());
    }

    #[test]
    fn a_lock_held_past_the_wait_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let _held = open(dir.path(), SLED_CACHE_MB).unwrap();
        let started = Instant::now();
        let Err(e) = open(dir.path(), SLED_CACHE_MB) else {
            panic!("opened a folder another handle holds");
        };
        assert!(started.elapsed() >= LOCK_WAIT);
        assert!(e.to_string().contains("could not acquire lock"), "{e}");
    }
}
