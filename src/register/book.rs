//! The register book: every session's entry, and every change to it.

use chrono::{DateTime, FixedOffset, NaiveDate};

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::Entry;
use super::follow_up::{FollowUps, wants_follow_up};
use super::ledger::{Ledger, slot_of};
use super::stored_entries::{entries_table, entry_key, parse_entry_key, push_session};
use crate::domain::{Amendment, Mark, SessionDate, Upn, YearCodes};
use crate::error::Result;
use crate::store::{Batch, Decoded, RecordsWrite, Store, Table};

/// How many decoded entries a book keeps: a few weeks of a large school's
/// absences, which is what the chaser reads again at every tick.
const KEPT_ENTRIES: usize = 8192;

/// Which of an entry's three sources a mark is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Mis,
    Provisional,
    Staff,
}

/// What recording a mark did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The same code and arrival were already there: nothing written.
    Unchanged,
    /// The source had no mark for this session before.
    New,
    /// An earlier mark from the same source was replaced; the amendment
    /// record keeps it.
    Amended,
}

/// Register entries keyed `school/date/session/upn`, so a day's register is
/// one prefix scan, and a history of changes keyed `school/upn/date/session/n`,
/// so a pupil's record is one prefix scan too.
#[derive(Clone)]
pub struct RegisterBook {
    store: Store,
    entries: Table<Entry>,
    /// Entries as last decoded, for [`RegisterBook::entry`] and the
    /// follow-ups: the chaser reads every recent absence at every tick,
    /// most of them unchanged since the last.
    decoded: Decoded<Entry>,
    history: Table<Amendment>,
    /// The effective codes in compact form, kept in step with `entries`.
    ledger: Ledger,
    /// The entries a chase follows up, kept in step with `entries`.
    follow_ups: FollowUps,
}

impl RegisterBook {
    /// The book over the store's records. Every write takes the store's
    /// records lock, which all clones of the store share, so books opened
    /// by different parts of the daemon never overwrite one another.
    pub fn open(store: &Store) -> Result<Self> {
        Ok(RegisterBook {
            store: store.clone(),
            entries: entries_table(store)?,
            decoded: Decoded::new(KEPT_ENTRIES),
            history: store.table("register_history")?,
            ledger: Ledger::open(store)?,
            follow_ups: FollowUps::open(store)?,
        })
    }

    /// The effective codes in compact form, for figures and thresholds.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// Records a mark from one source, keeping the change in the history.
    /// Durable when it returns.
    pub fn record(&self, source: Source, mark: Mark, reason: &str, who: &str) -> Result<Recorded> {
        let outcomes = self.record_many(source, vec![mark], reason, who)?;
        Ok(outcomes[0])
    }

    /// Records many marks from one source in one atomic write (a whole
    /// session's register from the MIS), keeping each change in the
    /// history. Returns what happened to each mark, in order.
    pub fn record_many(
        &self,
        source: Source,
        marks: Vec<Mark>,
        reason: &str,
        who: &str,
    ) -> Result<Vec<Recorded>> {
        let writing = self.store.write_records()?;
        let mut changes = RegisterChanges::default();
        let outcomes = self.stage_many(&writing, &mut changes, source, marks, reason, who)?;
        let mut batch = self.store.batch();
        self.put_changes(&mut batch, &changes)?;
        batch.commit()?;
        Ok(outcomes)
    }

    /// As [`RegisterBook::record_many`], adding the writes to `changes`
    /// for the caller to put in its own batch while it holds the records
    /// lock (`writing`).
    pub fn stage_many(
        &self,
        _writing: &RecordsWrite,
        changes: &mut RegisterChanges,
        source: Source,
        marks: Vec<Mark>,
        reason: &str,
        who: &str,
    ) -> Result<Vec<Recorded>> {
        let mut outcomes = Vec::with_capacity(marks.len());
        for mark in marks {
            let key = entry_key(&mark.school, mark.session, &mark.upn);
            let mut entry = changes.current(&self.entries, &key)?;
            let slot = match source {
                Source::Mis => &mut entry.mis,
                Source::Provisional => &mut entry.provisional,
                Source::Staff => &mut entry.staff,
            };
            let outcome = match slot {
                Some(old) if old.code == mark.code && old.arrival == mark.arrival => {
                    outcomes.push(Recorded::Unchanged);
                    continue;
                }
                Some(_) => Recorded::Amended,
                None => Recorded::New,
            };
            let amendment = Amendment {
                original: slot.replace(mark.clone()),
                amended: mark.clone(),
                reason: reason.to_string(),
                at: mark.recorded_at,
                who: who.to_string(),
            };
            self.stage(
                changes,
                key,
                entry,
                &mark.school,
                &mark.upn,
                mark.session,
                amendment,
            )?;
            outcomes.push(outcome);
        }
        Ok(outcomes)
    }

    /// Removes a parent's provisional mark (a correction that moves a report
    /// to another child or day). The history keeps what was removed.
    pub fn withdraw_provisional(
        &self,
        school: &str,
        upn: &str,
        session: SessionDate,
        reason: &str,
        who: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<bool> {
        let writing = self.store.write_records()?;
        let mut changes = RegisterChanges::default();
        let withdrawn = self.stage_withdrawal(
            &writing,
            &mut changes,
            (school, upn, session),
            reason,
            who,
            at,
        )?;
        let mut batch = self.store.batch();
        self.put_changes(&mut batch, &changes)?;
        batch.commit()?;
        Ok(withdrawn)
    }

    /// As [`RegisterBook::withdraw_provisional`], adding the writes to
    /// `changes` for the caller's batch, the records lock held.
    pub fn stage_withdrawal(
        &self,
        _writing: &RecordsWrite,
        changes: &mut RegisterChanges,
        (school, upn, session): (&str, &str, SessionDate),
        reason: &str,
        who: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<bool> {
        let key = entry_key(school, session, upn);
        let mut entry = changes.current(&self.entries, &key)?;
        let Some(old) = entry.provisional.take() else {
            return Ok(false);
        };
        let withdrawn = Mark {
            code: None,
            recorded_at: at,
            ..old.clone()
        };
        let amendment = Amendment {
            original: Some(old),
            amended: withdrawn,
            reason: reason.to_string(),
            at,
            who: who.to_string(),
        };
        self.stage(changes, key, entry, school, upn, session, amendment)?;
        Ok(true)
    }

    /// Adds a changed entry, its amendment and its ledger slot to `changes`.
    #[allow(clippy::too_many_arguments)]
    fn stage(
        &self,
        changes: &mut RegisterChanges,
        key: String,
        entry: Entry,
        school: &str,
        upn: &str,
        session: SessionDate,
        amendment: Amendment,
    ) -> Result<()> {
        self.ledger
            .stage(&mut changes.years, school, upn, session, slot_of(&entry))?;
        let history_key = history_key(school, upn, session, self.store.next_id()?);
        changes.entries.insert(key, entry);
        changes.history.push((history_key, amendment));
        Ok(())
    }

    /// Puts staged entries, amendments and ledger years in `batch`, to
    /// land together when it commits.
    pub fn put_changes(&self, batch: &mut Batch, changes: &RegisterChanges) -> Result<()> {
        for (key, entry) in &changes.entries {
            batch.put(&self.entries, key, entry)?;
            let was_followed_up = changes.followed_up_before.contains(key);
            self.follow_ups.stage(batch, key, entry, was_followed_up)?;
        }
        for (key, amendment) in &changes.history {
            batch.put(&self.history, key, amendment)?;
        }
        self.ledger.put_staged(batch, &changes.years)
    }

    pub fn entry(&self, school: &str, upn: &str, session: SessionDate) -> Result<Option<Entry>> {
        self.decoded
            .get(&self.entries, &entry_key(school, session, upn))
    }

    /// Every entry for one session of one day.
    pub fn session(&self, school: &str, session: SessionDate) -> Result<Vec<(Upn, Entry)>> {
        let prefix = format!("{school}/{}/{}/", session.date, session.session);
        self.entries
            .scan_prefix(&prefix)
            .map(|r| r.map(|(key, entry)| (key[prefix.len()..].into(), entry)))
            .collect()
    }

    /// The entries of one session a chase follows up (unexplained
    /// absences, and reports the register contradicts), in UPN order,
    /// reading only those.
    pub fn session_to_follow_up(
        &self,
        school: &str,
        session: SessionDate,
    ) -> Result<Vec<(Upn, Entry)>> {
        let prefix = format!("{school}/{}/{}/", session.date, session.session);
        let mut found = Vec::new();
        for key in self.follow_ups.keys_under(&prefix) {
            let key = key?;
            if let Some(entry) = self.decoded.get(&self.entries, &key)? {
                found.push((key[prefix.len()..].into(), entry));
            }
        }
        Ok(found)
    }

    /// Every entry from `from` to `to` inclusive, in date and session order.
    pub fn between(
        &self,
        school: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(SessionDate, Upn, Entry)>> {
        let start = format!("{school}/{from}/");
        let end = format!("{school}/{}/", to.succ_opt().unwrap_or(to));
        self.entries
            .range(&start, &end)
            .map(|r| {
                let (key, entry) = r?;
                let (session, upn) = parse_entry_key(&key[school.len() + 1..])
                    .ok_or_else(|| crate::Error::Store(format!("bad register key {key}")))?;
                Ok((session, upn, entry))
            })
            .collect()
    }

    /// Every change to a pupil's register entries, oldest first.
    pub fn history(&self, school: &str, upn: &str) -> Result<Vec<Amendment>> {
        let mut all: Vec<Amendment> = self
            .history
            .scan_prefix(&pupil_prefix(school, upn))
            .map(|r| r.map(|(_, a)| a))
            .collect::<Result<_>>()?;
        all.sort_by_key(|a| a.at);
        Ok(all)
    }
}

impl RegisterBook {
    /// Removes a school's register for sessions on or before `last_day`:
    /// the entries, every amendment to them, and their compact codes, in
    /// one atomic write.
    pub fn forget_up_to(&self, school: &str, last_day: NaiveDate) -> Result<Forgotten> {
        let _writing = self.store.write_records();
        let mut forgotten = Forgotten::default();
        let mut batch = self.store.batch();
        let start = format!("{school}/");
        let end = format!("{school}/{}/", last_day.succ_opt().unwrap_or(last_day));
        for item in self.entries.range(&start, &end) {
            let (key, _) = item?;
            batch.remove(&self.entries, &key);
            forgotten.entries += 1;
        }
        self.follow_ups.forget(&mut batch, &start, &end)?;
        for item in self.history.scan_prefix(&start) {
            let (key, amendment) = item?;
            if amendment.amended.session.date <= last_day {
                batch.remove(&self.history, &key);
                forgotten.amendments += 1;
            }
        }
        self.ledger.forget_up_to(&mut batch, school, last_day)?;
        batch.commit()?;
        Ok(forgotten)
    }
}

/// What [`RegisterBook::forget_up_to`] removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Forgotten {
    pub entries: usize,
    pub amendments: usize,
}

/// Writes gathered for one atomic commit.
/// Register writes staged and not yet committed.
#[derive(Default)]
pub struct RegisterChanges {
    entries: HashMap<String, Entry>,
    /// The keys among `entries` whose stored entry the follow-up index
    /// held: only those can need removing from it.
    followed_up_before: HashSet<String>,
    history: Vec<(String, Amendment)>,
    years: HashMap<String, YearCodes>,
}

impl RegisterChanges {
    /// The entry as it stands, counting changes not yet committed.
    fn current(&mut self, entries: &Table<Entry>, key: &str) -> Result<Entry> {
        if let Some(entry) = self.entries.get(key) {
            return Ok(entry.clone());
        }
        let stored = entries.get(key)?.unwrap_or_default();
        if wants_follow_up(&stored) {
            self.followed_up_before.insert(key.to_string());
        }
        Ok(stored)
    }
}

fn pupil_prefix(school: &str, upn: &str) -> String {
    format!("{school}/{upn}/")
}

/// An amendment's key: `school/upn/date/session/` and an id that orders
/// the changes. Built by hand as [`entry_key`] is, for the same reason.
fn history_key(school: &str, upn: &str, session: SessionDate, id: u64) -> String {
    let mut key = String::with_capacity(school.len() + upn.len() + "//2026-11-23/am/".len() + 20);
    key.push_str(school);
    key.push('/');
    key.push_str(upn);
    key.push('/');
    push_session(&mut key, session);
    key.push('/');
    write!(key, "{id:020}").expect("writing to a String");
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Code, Provenance, Session};

    fn session(date: &str, s: Session) -> SessionDate {
        SessionDate::new(date.parse().unwrap(), s)
    }

    fn mark(upn: &str, at: SessionDate, code: &str, provenance: Provenance, when: &str) -> Mark {
        Mark {
            school: "fernhill".into(),
            upn: upn.into(),
            session: at,
            code: if code.is_empty() {
                None
            } else {
                Some(code.parse().unwrap())
            },
            arrival: None,
            provenance,
            recorded_at: when.parse().unwrap(),
        }
    }

    #[test]
    fn every_change_is_kept_with_original_reason_date_and_who() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let am = session("2026-11-23", Session::Am);
        let parent = Provenance::ParentReport {
            message: "m1".into(),
        };
        let first = mark("A1", am, "I", parent.clone(), "2026-11-23T07:40:00+00:00");
        assert_eq!(
            book.record(
                Source::Provisional,
                first.clone(),
                "parent report",
                "parent:1"
            )
            .unwrap(),
            Recorded::New
        );
        assert_eq!(
            book.record(
                Source::Provisional,
                first.clone(),
                "parent report",
                "parent:1"
            )
            .unwrap(),
            Recorded::Unchanged
        );
        let staff = mark(
            "A1",
            am,
            "M",
            Provenance::Staff { who: "jo".into() },
            "2026-11-23T10:00:00+00:00",
        );
        book.record(
            Source::Staff,
            staff.clone(),
            "dentist letter seen",
            "staff:jo",
        )
        .unwrap();
        let changed = mark(
            "A1",
            am,
            "C",
            Provenance::Staff { who: "jo".into() },
            "2026-11-23T11:00:00+00:00",
        );
        assert_eq!(
            book.record(Source::Staff, changed, "head agreed", "staff:jo")
                .unwrap(),
            Recorded::Amended
        );

        let history = book.history("fernhill", "A1").unwrap();
        assert_eq!(history.len(), 3);
        let last = &history[2];
        assert_eq!(last.original.as_ref().unwrap().code, Some(Code::Medical));
        assert_eq!(last.amended.code, Some(Code::Exceptional));
        assert_eq!(
            (last.reason.as_str(), last.who.as_str()),
            ("head agreed", "staff:jo")
        );
        assert_eq!(
            book.entry("fernhill", "A1", am)
                .unwrap()
                .unwrap()
                .effective_code(),
            Some(Code::Exceptional)
        );
    }

    #[test]
    fn a_days_register_and_a_range_are_prefix_scans() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let when = "2026-11-23T09:20:00+00:00";
        for (upn, date, s) in [
            ("A1", "2026-11-23", Session::Am),
            ("B2", "2026-11-23", Session::Am),
            ("A1", "2026-11-23", Session::Pm),
            ("A1", "2026-11-24", Session::Am),
        ] {
            book.record(
                Source::Mis,
                mark(upn, session(date, s), "N", Provenance::Mis, when),
                "register",
                "mis",
            )
            .unwrap();
        }
        let morning = book
            .session("fernhill", session("2026-11-23", Session::Am))
            .unwrap();
        assert_eq!(
            morning.iter().map(|(u, _)| u.as_str()).collect::<Vec<_>>(),
            ["A1", "B2"]
        );
        let monday = book
            .between(
                "fernhill",
                "2026-11-23".parse().unwrap(),
                "2026-11-23".parse().unwrap(),
            )
            .unwrap();
        assert_eq!(monday.len(), 3);
        let both = book
            .between(
                "fernhill",
                "2026-11-23".parse().unwrap(),
                "2026-11-24".parse().unwrap(),
            )
            .unwrap();
        assert_eq!(both.last().unwrap().0, session("2026-11-24", Session::Am));
    }

    #[test]
    fn withdrawing_a_report_makes_the_absence_unexplained_again() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let am = session("2026-11-23", Session::Am);
        let when = "2026-11-23T09:20:00+00:00";
        book.record(
            Source::Mis,
            mark("A1", am, "N", Provenance::Mis, when),
            "register",
            "mis",
        )
        .unwrap();
        book.record(
            Source::Provisional,
            mark(
                "A1",
                am,
                "I",
                Provenance::ParentReport {
                    message: "m".into(),
                },
                when,
            ),
            "report",
            "parent",
        )
        .unwrap();
        assert!(
            !book
                .entry("fernhill", "A1", am)
                .unwrap()
                .unwrap()
                .is_unexplained()
        );
        assert!(
            book.withdraw_provisional(
                "fernhill",
                "A1",
                am,
                "meant Ben",
                "parent",
                when.parse().unwrap()
            )
            .unwrap()
        );
        assert!(
            book.entry("fernhill", "A1", am)
                .unwrap()
                .unwrap()
                .is_unexplained()
        );
        assert_eq!(book.history("fernhill", "A1").unwrap().len(), 3);
    }

    #[test]
    fn the_ledger_follows_every_write_and_the_schema_step_builds_it_for_an_old_store() {
        use crate::domain::Slot;
        let dir = tempfile::tempdir().unwrap();
        let am = session("2026-11-23", Session::Am);
        let pm = session("2026-11-23", Session::Pm);
        let when = "2026-11-23T09:20:00+00:00";
        let year = "2026-08-01".parse().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            let book = RegisterBook::open(&store).unwrap();
            let outcomes = book
                .record_many(
                    Source::Mis,
                    vec![
                        mark("A1", am, "", Provenance::Mis, when),
                        mark("A1", pm, "N", Provenance::Mis, when),
                        mark("A1", pm, "N", Provenance::Mis, when),
                    ],
                    "register",
                    "mis",
                )
                .unwrap();
            assert_eq!(
                outcomes,
                [Recorded::New, Recorded::New, Recorded::Unchanged]
            );
            let codes = book.ledger().year("fernhill", year, "A1").unwrap().unwrap();
            assert_eq!(
                codes.day("2026-11-23".parse().unwrap()),
                [Slot::Unexplained, Slot::Code(Code::NoReasonYet)]
            );
            let parent = Provenance::ParentReport {
                message: "m".into(),
            };
            book.record(
                Source::Provisional,
                mark("A1", am, "I", parent, when),
                "report",
                "parent",
            )
            .unwrap();
            assert_eq!(
                book.ledger()
                    .year("fernhill", year, "A1")
                    .unwrap()
                    .unwrap()
                    .get(am),
                Slot::Code(Code::Illness)
            );
            book.withdraw_provisional(
                "fernhill",
                "A1",
                am,
                "meant Ben",
                "parent",
                when.parse().unwrap(),
            )
            .unwrap();
            assert_eq!(
                book.ledger()
                    .year("fernhill", year, "A1")
                    .unwrap()
                    .unwrap()
                    .get(am),
                Slot::Unexplained
            );
            // A store from before the year codes (schema 1): only the
            // entries are there.
            store
                .table::<YearCodes>("register_years")
                .unwrap()
                .remove(&format!("fernhill/{year}/A1"))
                .unwrap();
            store
                .table::<u32>("meta")
                .unwrap()
                .insert("schema_version", &1)
                .unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let rebuilt = book.ledger().year("fernhill", year, "A1").unwrap().unwrap();
        assert_eq!(
            rebuilt.day("2026-11-23".parse().unwrap()),
            [Slot::Unexplained, Slot::Code(Code::NoReasonYet)]
        );
        assert_eq!(
            book.ledger().school_year("fernhill", year).unwrap().len(),
            1
        );
    }

    #[test]
    fn books_opened_apart_never_overwrite_one_another() {
        use crate::domain::Slot;
        let store = Store::temporary().unwrap();
        let days: Vec<SessionDate> = (16..=20)
            .flat_map(|d| {
                let date = format!("2026-11-{d}");
                [session(&date, Session::Am), session(&date, Session::Pm)]
            })
            .collect();
        let pupils = ["A1", "B2", "C3"];
        let when = "2026-11-23T09:20:00+00:00";
        let sources = [
            (Source::Mis, "N", Provenance::Mis),
            (
                Source::Provisional,
                "I",
                Provenance::ParentReport {
                    message: "m".into(),
                },
            ),
            (Source::Staff, "M", Provenance::Staff { who: "jo".into() }),
        ];
        std::thread::scope(|scope| {
            for (source, code, provenance) in &sources {
                // Each writer opens its own book, as each part of the
                // daemon does.
                let book = RegisterBook::open(&store).unwrap();
                let days = &days;
                scope.spawn(move || {
                    for at in days {
                        for upn in pupils {
                            let marked = mark(upn, *at, code, provenance.clone(), when);
                            book.record(*source, marked, "test", "test").unwrap();
                        }
                    }
                });
            }
        });
        let book = RegisterBook::open(&store).unwrap();
        let year = "2026-08-01".parse().unwrap();
        for upn in pupils {
            let codes = book.ledger().year("fernhill", year, upn).unwrap().unwrap();
            for at in &days {
                let entry = book.entry("fernhill", upn, *at).unwrap().unwrap();
                assert!(
                    entry.mis.is_some() && entry.provisional.is_some() && entry.staff.is_some(),
                    "{upn} {at:?} lost a mark: {entry:?}"
                );
                assert_eq!(codes.get(*at), Slot::Code(Code::Medical), "{upn} {at:?}");
            }
            assert_eq!(book.history("fernhill", upn).unwrap().len(), days.len() * 3);
        }
    }
}
