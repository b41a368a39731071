//! What a parent's message says: the parser's output, as `parsing.md`
//! defines it.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Code, Concern, Explanation, Session, SessionDate};
use crate::calendar::Calendar;

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
    /// For `L` and `U` when the message states a clock time; `"HH:MM"` on
    /// the wire.
    #[serde(with = "super::session::hhmm_or_null")]
    pub arrival: Option<NaiveTime>,
}

impl Report {
    pub fn first_session(&self) -> SessionDate {
        SessionDate::new(self.from, self.from_session)
    }

    /// The last session covered, if the report has an end.
    pub fn last_session(&self) -> Option<SessionDate> {
        self.to.map(|to| SessionDate::new(to, self.to_session))
    }

    /// Every school-day session the report covers, in order. A report with
    /// no end covers `open_end_days` school days from its first.
    pub fn sessions(&self, calendar: &Calendar, open_end_days: u32) -> Vec<SessionDate> {
        let last_day = match self.to {
            Some(to) => Some(to),
            None => calendar.nth_school_day_after(self.from, open_end_days.saturating_sub(1)),
        };
        let Some(last_day) = last_day else {
            return Vec::new();
        };
        let last_session = if self.to.is_some() {
            self.to_session
        } else {
            Session::Pm
        };
        calendar
            .school_days_between(self.from, last_day)
            .into_iter()
            .flat_map(|date| Session::BOTH.map(|s| SessionDate::new(date, s)))
            .filter(|s| {
                (s.date > self.from || s.session >= self.from_session)
                    && (s.date < last_day || s.session <= last_session)
            })
            .collect()
    }
}

/// The meaning of one message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedMessage {
    pub reports: Vec<Report>,
    pub flags: Vec<Flag>,
    /// Possible safeguarding concerns, each with its category and trigger
    /// words; not empty exactly when `flags` holds `Safeguarding`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concerns: Vec<Concern>,
    /// The words that decided this reading. As private as the message
    /// text: withheld with it from all but the DSL when the message is
    /// flagged safeguarding.
    #[serde(default, skip_serializing_if = "Explanation::is_empty")]
    pub explanation: Explanation,
}

impl ParsedMessage {
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Closure, Term};

    #[test]
    fn sessions_skip_weekends_and_closures_and_honour_half_days() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let calendar = Calendar::new(
            vec![Term {
                name: "Autumn".into(),
                first_day: d("2026-09-03"),
                last_day: d("2026-12-18"),
            }],
            vec![Closure {
                from: d("2026-11-27"),
                to: d("2026-11-27"),
                why: "INSET".into(),
            }],
        );
        let report = Report {
            pupils: vec![],
            code: Code::Illness,
            from: d("2026-11-26"),
            from_session: Session::Pm,
            to: Some(d("2026-11-30")),
            to_session: Session::Am,
            arrival: None,
        };
        let sessions: Vec<String> = report
            .sessions(&calendar, 5)
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(sessions, ["2026-11-26 pm", "2026-11-30 am"]);
        let open = Report {
            to: None,
            from_session: Session::Am,
            ..report
        };
        let days = open.sessions(&calendar, 3);
        assert_eq!(days.len(), 6);
        assert_eq!(days.last().unwrap().to_string(), "2026-12-01 pm");
    }
}
