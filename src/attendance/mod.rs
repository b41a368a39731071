//! Attendance as the attendance lead reads it: figures per pupil and
//! cohort, and the statutory and policy thresholds a pupil can cross.
//!
//! Pure: everything here works on [`crate::domain::YearCodes`] and the
//! calendar, with no store, so it is tested with hand-computed examples.

pub mod cohorts;
pub mod figures;
pub mod penalty;
pub mod rules;
pub mod thresholds;

pub use cohorts::{Cohort, CohortFigures, by_cohort};
pub use figures::{Periods, PupilFigures, Tally};
pub use penalty::{NextStep, ParentName, PenaltyNotice, PupilYears};
pub use rules::Thresholds;
pub use thresholds::{Crossing, ThresholdKind, Watch};
