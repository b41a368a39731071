//! Where the register's entries are stored: their table and their keys,
//! shared by the book that writes them and the ledger built from them.

use crate::domain::stored_time::push_date;
use crate::domain::{Session, SessionDate, Upn};
use crate::error::Result;
use crate::store::{Store, Table};

use super::Entry;

/// The register's entries, keyed `school/date/session/upn`.
pub(super) fn entries_table(store: &Store) -> Result<Table<Entry>> {
    store.table("register")
}

/// Splits a full entry key `school/date/session/upn`.
pub(super) fn split_entry_key(key: &str) -> Option<(&str, SessionDate, Upn)> {
    let (school, rest) = key.split_once('/')?;
    let (session, upn) = parse_entry_key(rest)?;
    Some((school, session, upn))
}

/// An entry's key: `school/date/session/upn`.
pub(super) fn entry_key(school: &str, session: SessionDate, upn: &str) -> String {
    pupil_key(school, "2026-11-23/am".len(), upn, |key| {
        push_session(key, session)
    })
}

/// A key `school/…/upn`, the middle written by `middle` (about
/// `middle_len` bytes). Built by hand, not with `format!` (which grows its
/// string as it goes and writes a date field by field): every register
/// write and every read of an entry makes one.
pub(super) fn pupil_key(
    school: &str,
    middle_len: usize,
    upn: &str,
    middle: impl FnOnce(&mut String),
) -> String {
    let mut key = String::with_capacity(school.len() + middle_len + upn.len() + 2);
    key.push_str(school);
    key.push('/');
    middle(&mut key);
    key.push('/');
    key.push_str(upn);
    key
}

/// A session as keys hold it: `2026-11-23/am`.
pub(super) fn push_session(key: &mut String, session: SessionDate) {
    push_date(key, session.date);
    key.push('/');
    key.push_str(session.session.as_str());
}

pub(super) fn parse_entry_key(rest: &str) -> Option<(SessionDate, Upn)> {
    let mut parts = rest.splitn(3, '/');
    let date = parts.next()?.parse().ok()?;
    let session: Session = parts.next()?.parse().ok()?;
    Some((SessionDate::new(date, session), parts.next()?.into()))
}
