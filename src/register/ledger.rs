//! The register's codes in compact form, for figures and the threshold
//! watch: one [`YearCodes`] per pupil and academic year, kept in step with
//! the register book's entries (the book writes both in one batch).
//!
//! Keys are `school/year_start/upn`, so a school's year is one prefix scan
//! of about 750 bytes a pupil, against one JSON entry (with its three marks)
//! per pupil and session in the book.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::NaiveDate;

use super::Entry as RegisterEntry;
use super::stored_entries::pupil_key;
use crate::domain::stored_time::push_date;
use crate::domain::{SessionDate, Slot, Upn, YearCodes, academic_year_start};
use crate::error::Result;
use crate::store::{Batch, Store, Table};

/// The slot an entry gives its session.
pub fn slot_of(entry: &RegisterEntry) -> Slot {
    match entry.effective_code() {
        Some(code) => Slot::Code(code),
        None if entry.register_shows_unexplained() => Slot::Unexplained,
        None => Slot::Empty,
    }
}

/// Stored year codes; cheap to clone.
#[derive(Clone)]
pub struct Ledger {
    store: Store,
    years: Table<YearCodes>,
}

impl Ledger {
    pub fn open(store: &Store) -> Result<Ledger> {
        Ok(Ledger {
            store: store.clone(),
            years: store.table("register_years")?,
        })
    }

    /// Stages, in `batch`, emptying a school's codes for sessions on or
    /// before `last_day`: a year that ends by then goes whole.
    pub(super) fn forget_up_to(
        &self,
        batch: &mut Batch<'_>,
        school: &str,
        last_day: NaiveDate,
    ) -> Result<()> {
        for item in self.years.scan_prefix(&format!("{school}/")) {
            let (key, mut codes) = item?;
            let next_year = academic_year_start(codes.start() + chrono::Days::new(366));
            if next_year <= last_day.succ_opt().unwrap_or(last_day) {
                batch.remove(&self.years, &key);
                continue;
            }
            let old: Vec<SessionDate> = codes
                .between(codes.start(), last_day)
                .map(|(session, _)| session)
                .collect();
            if old.is_empty() {
                continue;
            }
            for session in old {
                codes.set(session, Slot::Empty);
            }
            batch.put(&self.years, &key, &codes)?;
        }
        Ok(())
    }

    pub fn is_empty(&self) -> Result<bool> {
        self.years.is_empty()
    }

    /// One pupil's year, if anything was recorded in it.
    pub fn year(
        &self,
        school: &str,
        year_start: NaiveDate,
        upn: &str,
    ) -> Result<Option<YearCodes>> {
        self.years.get(&key(school, year_start, upn))
    }

    /// Every pupil's codes for a school's year, in UPN order.
    pub fn school_year(
        &self,
        school: &str,
        year_start: NaiveDate,
    ) -> Result<Vec<(Upn, YearCodes)>> {
        let prefix = format!("{school}/{year_start}/");
        self.years
            .scan_prefix(&prefix)
            .map(|r| r.map(|(k, codes)| (k[prefix.len()..].into(), codes)))
            .collect()
    }

    /// Gives `session` the slot `slot` in `pending` (year codes being
    /// changed, by key), reading the stored year the first time. The caller
    /// holds the store's records lock, so the read is current.
    pub(super) fn stage(
        &self,
        pending: &mut HashMap<String, YearCodes>,
        school: &str,
        upn: &str,
        session: SessionDate,
        slot: Slot,
    ) -> Result<()> {
        let start = academic_year_start(session.date);
        let key = key(school, start, upn);
        let codes = match pending.entry(key) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let stored = self.years.get(e.key())?;
                e.insert(stored.unwrap_or_else(|| YearCodes::new(start)))
            }
        };
        codes.set(session, slot);
        Ok(())
    }

    /// Adds the staged years to a batch.
    pub(super) fn put_staged(
        &self,
        batch: &mut Batch<'_>,
        pending: &HashMap<String, YearCodes>,
    ) -> Result<()> {
        for (key, codes) in pending {
            batch.put(&self.years, key, codes)?;
        }
        Ok(())
    }

    /// Seeds the figures with a history the register book never saw (a
    /// school's year to date from its MIS when it starts using the daemon,
    /// or a benchmark's trust). Later register entries for the same
    /// sessions overwrite these slots. One atomic write.
    pub fn load_history(&self, school: &str, years: &[(Upn, YearCodes)]) -> Result<()> {
        let _writing = self.store.write_records()?;
        let mut batch = self.store.batch();
        for (upn, codes) in years {
            batch.put(&self.years, &key(school, codes.start(), upn), codes)?;
        }
        batch.commit()?;
        Ok(())
    }
}

/// The year codes of every pupil and year, built from the register's
/// entries: the schema step for a store written before the year codes
/// existed. A store that has year codes already is left as it is, since
/// they may hold history the entries never saw ([`Ledger::load_history`]).
pub(crate) fn build_year_codes(store: &Store) -> Result<()> {
    let ledger = Ledger::open(store)?;
    if !ledger.is_empty()? {
        return Ok(());
    }
    let mut years: std::collections::BTreeMap<String, YearCodes> = Default::default();
    for item in super::stored_entries::entries_table(store)?.iter() {
        let (key_text, entry) = item?;
        let Some((school, session, upn)) = super::stored_entries::split_entry_key(&key_text) else {
            continue;
        };
        let start = academic_year_start(session.date);
        years
            .entry(key(school, start, &upn))
            .or_insert_with(|| YearCodes::new(start))
            .set(session, slot_of(&entry));
    }
    let mut batch = store.batch();
    for (k, codes) in &years {
        batch.put(&ledger.years, k, codes)?;
    }
    batch.commit()?;
    Ok(())
}

/// A pupil's year's key, `school/year-start/upn`: every register write
/// makes one per pupil.
fn key(school: &str, year_start: NaiveDate, upn: &str) -> String {
    pupil_key(school, "2026-08-01".len(), upn, |key| {
        push_date(key, year_start)
    })
}
