//! Where the register's entries are stored: their table and their keys,
//! shared by the book that writes them and the ledger built from them.

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

pub(super) fn entry_key(school: &str, session: SessionDate, upn: &str) -> String {
    format!("{school}/{}/{}/{upn}", session.date, session.session)
}

pub(super) fn parse_entry_key(rest: &str) -> Option<(SessionDate, Upn)> {
    let mut parts = rest.splitn(3, '/');
    let date = parts.next()?.parse().ok()?;
    let session: Session = parts.next()?.parse().ok()?;
    Some((SessionDate::new(date, session), parts.next()?.into()))
}
