//! The register's entries a chase follows up, as an index beside the
//! entries: absences nobody has explained, and parents' reports of an
//! absence the register contradicts. The chaser looks over the recent
//! sessions on every tick; reading these few keys instead of every pupil's
//! entry keeps a tick's cost to the day's absences, not the size of the
//! roll. The book writes the index in the same batch as the entries it
//! names, under the same keys (`school/date/session/upn`).

use super::Entry;
use super::stored_entries::entries_table;
use crate::error::Result;
use crate::store::{Batch, Store, Table};

/// Whether an entry belongs in the index. The chaser decides with its own
/// tests on the entry itself; this only has to hold every entry those
/// tests could pick.
pub(super) fn wants_follow_up(entry: &Entry) -> bool {
    entry.is_unexplained() || entry.report_contradicts_register()
}

/// The index; cheap to clone.
#[derive(Clone)]
pub(super) struct FollowUps {
    keys: Table<()>,
}

impl FollowUps {
    pub(super) fn open(store: &Store) -> Result<FollowUps> {
        Ok(FollowUps {
            keys: store.table("register_follow_up")?,
        })
    }

    /// Stages, in `batch`, the index's note of the entry written under
    /// `key`: added when it wants following up, removed when it no longer
    /// does. `was_followed_up` says whether the entry it replaces wanted
    /// following up; when neither does, nothing is written (most of a
    /// register's entries, the pupils in school).
    pub(super) fn stage(
        &self,
        batch: &mut Batch<'_>,
        key: &str,
        entry: &Entry,
        was_followed_up: bool,
    ) -> Result<()> {
        if wants_follow_up(entry) {
            batch.put(&self.keys, key, &())
        } else {
            if was_followed_up {
                batch.remove(&self.keys, key);
            }
            Ok(())
        }
    }

    /// Stages, in `batch`, removing the index's keys in `[from, to)`.
    pub(super) fn forget(&self, batch: &mut Batch<'_>, from: &str, to: &str) -> Result<()> {
        for item in self.keys.range(from, to) {
            let (key, ()) = item?;
            batch.remove(&self.keys, &key);
        }
        Ok(())
    }

    /// The entry keys under `prefix`, in key order.
    pub(super) fn keys_under(&self, prefix: &str) -> impl Iterator<Item = Result<String>> + use<> {
        self.keys
            .scan_prefix(prefix)
            .map(|r| r.map(|(key, ())| key))
    }
}

/// The index built from the register's entries: the schema step for a
/// store written before it existed.
pub(crate) fn build_follow_ups(store: &Store) -> Result<()> {
    let index = FollowUps::open(store)?;
    let mut batch = store.batch();
    for item in entries_table(store)?.iter() {
        let (key, entry) = item?;
        if wants_follow_up(&entry) {
            index.stage(&mut batch, &key, &entry, false)?;
        }
    }
    batch.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mark, Provenance, Session, SessionDate, Upn};
    use crate::register::{RegisterBook, Source};

    const SCHOOL: &str = "fernhill";

    fn mark(upn: &str, at: SessionDate, code: Option<&str>, provenance: Provenance) -> Mark {
        Mark {
            school: SCHOOL.into(),
            upn: upn.into(),
            session: at,
            code: code.map(|c| c.parse().unwrap()),
            arrival: None,
            provenance,
            recorded_at: "2026-11-23T09:20:00+00:00".parse().unwrap(),
        }
    }

    fn parent() -> Provenance {
        Provenance::ParentReport {
            message: "m1".into(),
        }
    }

    /// A session's entries, by pupil.
    type Entries = Vec<(Upn, Entry)>;

    /// What the index gives for a session, and what a scan of every entry
    /// picks with the same test.
    fn indexed_and_scanned(book: &RegisterBook, at: SessionDate) -> (Entries, Entries) {
        let scanned = book
            .session(SCHOOL, at)
            .unwrap()
            .into_iter()
            .filter(|(_, entry)| wants_follow_up(entry))
            .collect();
        (book.session_to_follow_up(SCHOOL, at).unwrap(), scanned)
    }

    #[test]
    fn the_index_lists_what_a_scan_of_every_entry_picks_through_every_change() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let monday: chrono::NaiveDate = "2026-11-23".parse().unwrap();
        let am = SessionDate::new(monday, Session::Am);
        let pm = SessionDate::new(monday, Session::Pm);
        let tuesday = SessionDate::new(monday.succ_opt().unwrap(), Session::Am);
        let upns: Vec<String> = (0..12).map(|n| format!("A{n:02}")).collect();
        let register = |at: SessionDate, absent: &[usize]| -> Vec<Mark> {
            upns.iter()
                .enumerate()
                .map(|(n, upn)| {
                    let code = if absent.contains(&n) { "N" } else { "/" };
                    mark(upn, at, Some(code), Provenance::Mis)
                })
                .collect()
        };
        let check = |stage: &str| {
            for at in [am, pm, tuesday] {
                let (indexed, scanned) = indexed_and_scanned(&book, at);
                assert_eq!(indexed, scanned, "{stage}, {at:?}");
            }
        };
        book.record_many(Source::Mis, register(am, &[1, 4, 7, 9]), "register", "mis")
            .unwrap();
        book.record_many(Source::Mis, register(pm, &[1, 4]), "register", "mis")
            .unwrap();
        book.record_many(Source::Mis, register(tuesday, &[4]), "register", "mis")
            .unwrap();
        check("registers");
        assert_eq!(indexed_and_scanned(&book, am).0.len(), 4);

        // A report explains one absence; another reports a pupil the
        // register shows in; staff explain a third; the MIS corrects a
        // fourth to present.
        book.record(
            Source::Provisional,
            mark("A01", am, Some("I"), parent()),
            "report",
            "p",
        )
        .unwrap();
        book.record(
            Source::Provisional,
            mark("A02", am, Some("I"), parent()),
            "report",
            "p",
        )
        .unwrap();
        let staff = Provenance::Staff { who: "jo".into() };
        book.record(
            Source::Staff,
            mark("A04", am, Some("M"), staff),
            "note",
            "jo",
        )
        .unwrap();
        book.record(
            Source::Mis,
            mark("A07", am, Some("/"), Provenance::Mis),
            "fix",
            "mis",
        )
        .unwrap();
        check("explained");
        let upns_of = |found: Vec<(Upn, Entry)>| -> Vec<String> {
            found.into_iter().map(|(upn, _)| upn.to_string()).collect()
        };
        assert_eq!(upns_of(indexed_and_scanned(&book, am).0), ["A02", "A09"]);

        // A report withdrawn leaves the absence unexplained again.
        book.withdraw_provisional(
            SCHOOL,
            "A01",
            am,
            "moved",
            "p",
            "2026-11-23T10:00:00+00:00".parse().unwrap(),
        )
        .unwrap();
        check("withdrawn");
        assert_eq!(
            upns_of(indexed_and_scanned(&book, am).0),
            ["A01", "A02", "A09"]
        );

        // Forgetting Monday empties its index and leaves Tuesday's.
        book.forget_up_to(SCHOOL, monday).unwrap();
        check("forgotten");
        assert!(indexed_and_scanned(&book, am).0.is_empty());
        assert_eq!(upns_of(indexed_and_scanned(&book, tuesday).0), ["A04"]);
    }

    #[test]
    fn the_schema_step_builds_the_index_of_an_older_store() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let am = SessionDate::new("2026-11-23".parse().unwrap(), Session::Am);
        for (upn, code) in [("A1", "N"), ("A2", "/"), ("A3", "N")] {
            book.record(
                Source::Mis,
                mark(upn, am, Some(code), Provenance::Mis),
                "r",
                "mis",
            )
            .unwrap();
        }
        // As a store from before the index left it: entries, no index.
        let index = store.table::<()>("register_follow_up").unwrap();
        for key in index.iter().map(|r| r.unwrap().0).collect::<Vec<_>>() {
            index.remove(&key).unwrap();
        }
        assert!(book.session_to_follow_up(SCHOOL, am).unwrap().is_empty());
        build_follow_ups(&store).unwrap();
        let (indexed, scanned) = indexed_and_scanned(&book, am);
        assert_eq!(indexed, scanned);
        assert_eq!(indexed.len(), 2);
    }
}
