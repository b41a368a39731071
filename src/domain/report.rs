//! What a parent's message says: the parser's output, as `parsing.md`
//! defines it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Code, Session, SessionDate};

/// Something a person must look at, or a fact about the message as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// A child may be at risk: alert the DSL at once.
    Safeguarding,
    /// A person must decide.
    NeedsStaff,
    /// The message reports no absence or lateness.
    NotAbsence,
    /// An absence is reported but not which child it is about.
    AmbiguousPupil,
}

/// One provisional register entry covering one or more children who share a
/// code and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Roster first names (never `known_as`).
    pub pupils: Vec<String>,
    pub code: Code,
    pub from: NaiveDate,
    pub from_session: Session,
    /// `None` when the parent gave no end and none can be implied.
    pub to: Option<NaiveDate>,
    pub to_session: Session,
    /// `HH:MM`, for `L` and `U` when the message states a clock time.
    pub arrival: Option<String>,
}

impl Report {
    pub fn first_session(&self) -> SessionDate {
        SessionDate::new(self.from, self.from_session)
    }

    /// The last session covered, if the report has an end.
    pub fn last_session(&self) -> Option<SessionDate> {
        self.to.map(|to| SessionDate::new(to, self.to_session))
    }
}

/// The meaning of one message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedMessage {
    pub reports: Vec<Report>,
    pub flags: Vec<Flag>,
}

impl ParsedMessage {
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}
