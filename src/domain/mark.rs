//! Register marks and the record of every change made to one.
//!
//! The Pupil Registration Regulations require that an amended entry keeps
//! the original, the amendment, the reason, the date and who made it; so a
//! mark is never overwritten, only superseded by an [`Amendment`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{Code, SchoolId, SessionDate, Upn};

/// Where a mark came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Provenance {
    /// Provisional, from a parent's report; `message` is the inbound
    /// message's id.
    ParentReport { message: String },
    /// Taken from the MIS register (CSV import or the API).
    Mis,
    /// Set or amended by a member of staff.
    Staff { who: String },
}

/// One pupil's mark for one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub school: SchoolId,
    pub upn: Upn,
    pub session: SessionDate,
    /// `None` is "no mark yet" in a register export.
    pub code: Option<Code>,
    /// School-local arrival time, for `L` and `U`, when known.
    pub arrival: Option<chrono::NaiveTime>,
    pub provenance: Provenance,
    #[serde(with = "super::stored_time::fixed")]
    pub recorded_at: DateTime<FixedOffset>,
}

impl Mark {
    /// Only staff (directly, or through the MIS) can authorise; a parent's
    /// report gives a provisional code.
    pub fn is_provisional(&self) -> bool {
        matches!(self.provenance, Provenance::ParentReport { .. })
    }
}

/// A change to a register entry, kept forever beside the entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    pub original: Option<Mark>,
    pub amended: Mark,
    pub reason: String,
    pub at: DateTime<FixedOffset>,
    pub who: String,
}
