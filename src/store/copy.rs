//! Copying every table from one store into another (sled to PostgreSQL or
//! back), then checking the copy by counts and a sample of records.

use std::ops::Bound;

use super::Store;
use super::engine::RawOp;
use crate::error::{Error, Result};

/// Records written per transaction.
const CHUNK: usize = 1000;

/// Records compared byte for byte per table, spread evenly over it.
const SAMPLE: usize = 200;

/// The table the schema version lives in; both stores have it once opened.
const META: &str = "meta";

/// What was copied and checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopyReport {
    /// Each table's name and how many records it holds in both stores.
    pub tables: Vec<(String, usize)>,
    /// How many records were compared byte for byte.
    pub sampled: usize,
}

impl CopyReport {
    pub fn records(&self) -> usize {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// Copies every table of `from` into `to`, which must hold nothing but its
/// schema version (nothing is overwritten), then checks that each table
/// has as many records in both and that a sample of records is identical.
/// Both stores are at this build's schema version, having been opened.
pub fn copy_all(from: &Store, to: &Store) -> Result<CopyReport> {
    let occupied: Vec<String> = to
        .engine
        .tree_names()?
        .into_iter()
        .filter(|name| name != META)
        .collect();
    if !occupied.is_empty() {
        return Err(Error::Store(format!(
            "the destination already holds records (tables {}): nothing was copied",
            occupied.join(", ")
        )));
    }
    let names: Vec<String> = from
        .engine
        .tree_names()?
        .into_iter()
        .filter(|name| name != META)
        .collect();
    for name in &names {
        copy_table(from, to, name)?;
    }
    // Ids carried over (audit keys) must not be handed out again.
    let next = from.engine.next_id()?;
    to.engine.raise_next_id(next)?;
    to.flush()?;
    check(from, to, names)
}

fn copy_table(from: &Store, to: &Store, name: &str) -> Result<()> {
    let mut chunk = Vec::with_capacity(CHUNK);
    for entry in from.engine.tree(name, None)?.scan(Bound::Unbounded, None) {
        let (key, value) = entry?;
        chunk.push(RawOp {
            tree: name.to_string(),
            key,
            value: Some(value),
            must_be_new: true,
        });
        if chunk.len() == CHUNK {
            write_chunk(to, std::mem::take(&mut chunk))?;
        }
    }
    write_chunk(to, chunk)
}

fn write_chunk(to: &Store, chunk: Vec<RawOp>) -> Result<()> {
    if !chunk.is_empty() && !to.engine.apply(chunk, None)? {
        return Err(Error::Store(
            "a record being copied was already in the destination (is another process writing to it?)"
                .into(),
        ));
    }
    Ok(())
}

fn check(from: &Store, to: &Store, names: Vec<String>) -> Result<CopyReport> {
    let mut report = CopyReport::default();
    for name in names {
        let (source, copy) = (from.engine.tree(&name, None)?, to.engine.tree(&name, None)?);
        let count = source.len()?;
        let copied = copy.len()?;
        if copied != count {
            return Err(Error::Store(format!(
                "table {name}: {count} records in the source but {copied} in the copy"
            )));
        }
        let step = count.div_ceil(SAMPLE).max(1);
        for (i, entry) in source.scan(Bound::Unbounded, None).enumerate() {
            let (key, value) = entry?;
            if i % step != 0 && i + 1 != count {
                continue;
            }
            if copy.get(&key)?.as_deref() != Some(value.as_slice()) {
                return Err(Error::Store(format!(
                    "table {name}: record {} of {count} differs in the copy",
                    i + 1
                )));
            }
            report.sampled += 1;
        }
        report.tables.push((name, count));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_databases::postgres_database;

    fn fill(store: &Store) {
        let notes = store.table::<String>("notes").unwrap();
        for i in 0..2345 {
            notes
                .insert(&format!("n/{i:05}"), &format!("note {i}"))
                .unwrap();
        }
        let claims = store.table::<bool>("claims").unwrap();
        claims.insert("chase/A1/1", &true).unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+00:00").unwrap();
        store
            .audit()
            .unwrap()
            .append(at, "system", "import", "roster")
            .unwrap();
        store.flush().unwrap();
    }

    #[test]
    fn every_table_is_copied_and_checked_in_both_directions() {
        let sled = Store::temporary().unwrap();
        fill(&sled);
        check_copy(&sled, &Store::temporary().unwrap());
        let Some(postgres) = postgres_database() else {
            return;
        };
        let postgres = postgres.open();
        check_copy(&sled, &postgres);
        check_copy(&postgres, &Store::temporary().unwrap());
    }

    fn check_copy(source: &Store, copy: &Store) {
        let audited = source.audit().unwrap().entries().count();
        let report = copy_all(source, copy).unwrap();
        assert_eq!(
            report.tables,
            [
                ("audit".to_string(), audited),
                ("claims".to_string(), 1),
                ("notes".to_string(), 2345)
            ]
        );
        assert!(report.sampled >= 150, "{report:?}");
        let notes = copy.table::<String>("notes").unwrap();
        assert_eq!(notes.get("n/01234").unwrap().as_deref(), Some("note 1234"));
        assert!(
            copy.table::<bool>("claims")
                .unwrap()
                .contains("chase/A1/1")
                .unwrap()
        );
        // The copy's ids carry on after the source's.
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+00:00").unwrap();
        copy.audit()
            .unwrap()
            .append(at, "system", "import", "later")
            .unwrap();
        let details: Vec<_> = copy
            .audit()
            .unwrap()
            .entries()
            .map(|e| e.unwrap().detail)
            .collect();
        assert_eq!(details.len(), audited + 1);
        assert_eq!(
            details.last().map(String::as_str),
            Some("later"),
            "ids are never handed out again: {details:?}"
        );

        // A second copy would overwrite: it is refused and changes nothing.
        let err = copy_all(source, copy).unwrap_err().to_string();
        assert!(err.contains("already holds records"), "{err}");
        assert_eq!(
            copy.table::<String>("audit").unwrap().len().unwrap(),
            audited + 1
        );
    }
}
