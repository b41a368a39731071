//! The append-only audit log: who did what, when. Entries are never changed
//! or removed; the key is an increasing id so the log reads in order.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{Store, Table};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: DateTime<FixedOffset>,
    /// `system`, `parent:<contact>`, `staff:<account>`, `mis` …
    pub who: String,
    pub action: String,
    pub detail: String,
}

#[derive(Clone)]
pub struct AuditLog {
    store: Store,
    entries: Table<AuditEntry>,
}

impl AuditLog {
    pub(super) fn open(store: &Store) -> Result<AuditLog> {
        Ok(AuditLog {
            store: store.clone(),
            entries: store.table("audit")?,
        })
    }

    pub fn append(
        &self,
        at: DateTime<FixedOffset>,
        who: &str,
        action: &str,
        detail: &str,
    ) -> Result<()> {
        let id = self.store.next_id()?;
        let entry = AuditEntry {
            at,
            who: who.into(),
            action: action.into(),
            detail: detail.into(),
        };
        // Fixed-width ids keep key order equal to append order.
        self.entries.insert(&format!("{id:020}"), &entry)?;
        Ok(())
    }

    pub fn entries(&self) -> impl Iterator<Item = Result<AuditEntry>> + use<> {
        self.entries.iter().map(|r| r.map(|(_, e)| e))
    }
}
