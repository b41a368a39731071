//! Files for the MIS and for people: the day's provisional codes in the
//! register-marks format, per-pupil attendance figures, and a contact's
//! subject-access export.

pub mod codes;
pub mod person;
pub mod report;

pub use codes::{codes_to_export, write_marks};
pub use person::{Person, PersonExport, export_person};
pub use report::write_attendance;
