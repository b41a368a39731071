//! The register: what the MIS says, what parents reported, what staff
//! decided, for every pupil and session — and the history of every change,
//! as the Pupil Registration Regulations require.

mod book;
mod entry;
mod follow_up;
pub mod intake;
mod ledger;
mod stored_entries;

pub use book::{Forgotten, Recorded, RegisterBook, RegisterChanges, Source};
pub use entry::Entry;
pub(crate) use follow_up::build_follow_ups;
pub use intake::{
    CheckedMarks, IntakeSummary, MarksCheck, RegisterMarks, RegisterPost, SkippedRow,
    read_marks_csv, read_marks_csv_checked,
};
pub(crate) use ledger::build_year_codes;
pub use ledger::{Ledger, slot_of};
