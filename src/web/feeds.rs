//! What other parts of the daemon tell the staff screen: how far each chase
//! has got, and a pupil's attendance figures. The screen asks through these
//! traits; until the daemon gives it an implementation it says the
//! information is not available and everything else works.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::domain::School;
use crate::error::Result;

/// Where one pupil's chase for an unexplained absence has reached, in
/// plain words for the office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChaseView {
    pub upn: String,
    /// Each step taken, oldest first.
    pub taken: Vec<ChaseMoment>,
    /// A contact replied, and the chase stopped.
    pub replied: bool,
    /// The next step that applies to the pupil and when it is due; `None`
    /// when the chase has finished or stopped.
    pub next: Option<ChaseMoment>,
}

/// One step of a chase: who heard ("contacts 1 and 2 messaged", "office
/// told") and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChaseMoment {
    pub what: String,
    pub at: DateTime<Utc>,
}

impl ChaseView {
    /// "contacts 1 and 2 messaged 09:25; office told 11:00; no reply yet;
    /// next: contacts 1 and 2 messaged Tue 24 Nov 09:25", in the school's
    /// time, the day named when it is not `today`.
    pub fn in_words(&self, school: &School, today: NaiveDate) -> String {
        let when = |at: DateTime<Utc>| {
            let local = school.local(at);
            if local.date_naive() == today {
                local.format("%H:%M").to_string()
            } else {
                local.format("%a %-d %b %H:%M").to_string()
            }
        };
        let mut parts: Vec<String> = self
            .taken
            .iter()
            .map(|m| format!("{} {}", m.what, when(m.at)))
            .collect();
        if self.taken.is_empty() {
            parts.push("nobody contacted yet".into());
        }
        if self.replied {
            parts.push("a contact replied".into());
        } else if !self.taken.is_empty() {
            parts.push("no reply yet".into());
        }
        if let Some(next) = &self.next {
            parts.push(format!("next: {} {}", next.what, when(next.at)));
        }
        parts.join("; ")
    }
}

/// Chase progress, as the chaser knows it.
pub trait ChaseViews: Send + Sync {
    /// The chase for a pupil's absence on `date`, if one is running or ran.
    fn chase(&self, school: &str, upn: &str, date: NaiveDate) -> Result<Option<ChaseView>>;
}

/// One week of a pupil's attendance, for the term chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekFigure {
    pub week_starting: NaiveDate,
    /// Percentage of possible sessions attended that week, 0–100.
    pub attendance_percent: f64,
}

/// A pupil's attendance figures, as the digest counts them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PupilSpanFigures {
    /// The span the figures cover (usually the school year so far).
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub possible_sessions: u32,
    pub attendance_percent: f64,
    pub authorised_absences: u32,
    pub unauthorised_absences: u32,
    pub lates: u32,
    /// Persistent (10%+) or severe (50%+) absence, in the digest's words;
    /// never judged on a short history.
    pub band: Option<String>,
    /// Fewer possible sessions than the school's `rate_after_sessions`:
    /// too few to judge a rate by, most likely because the year's marks
    /// have not been imported.
    pub short_history: bool,
    /// This term, week by week.
    pub weeks: Vec<WeekFigure>,
}

/// Attendance figures, as the digest computes them.
pub trait AttendanceFigures: Send + Sync {
    fn pupil(&self, school: &str, upn: &str, today: NaiveDate) -> Result<Option<PupilSpanFigures>>;
}
