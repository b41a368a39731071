//! Files for the MIS and for people: the day's provisional codes in the
//! register-marks format, and per-pupil attendance figures.

pub mod codes;
pub mod report;

pub use codes::{codes_to_export, write_marks};
pub use report::write_attendance;
