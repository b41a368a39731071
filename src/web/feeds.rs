//! What other parts of the daemon tell the staff screen: how far each chase
//! has got, and a pupil's attendance figures. The screen asks through these
//! traits; until the daemon gives it an implementation it says the
//! information is not available and everything else works.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::error::Result;

/// Where one pupil's chase for an unexplained absence has reached.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChaseView {
    pub upn: String,
    /// The last step taken, in the flow's words (`chase_day1`,
    /// `staff_first_day_call` …); `None` before the first step.
    pub step: Option<String>,
    /// The next step's name and when it is due; `None` when the chase has
    /// finished or stopped.
    pub next_step: Option<String>,
    pub next_step_at: Option<DateTime<Utc>>,
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
