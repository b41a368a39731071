//! The school's world as the regulations describe it: pupils and contacts,
//! sessions, register codes and marks, and what a parent's message reports.
//!
//! Nothing in here does I/O or knows about HTTP, storage or any channel.

mod channel;
mod code;
mod concern;
mod describe;
mod explanation;
#[cfg(test)]
pub(crate) mod fixtures;
mod ids;
mod mark;
mod pupil;
mod report;
mod school;
mod session;
pub(crate) mod stored_time;
mod year_codes;

pub use channel::Channel;
pub use code::{Category, Code, CodeRefused, UnknownCode, codes_2024_from};
pub use concern::{Concern, ConcernCategory};
pub use describe::{Language, date_words, list_words, reason_words, when_words};
pub use explanation::{Evidence, Explanation};
pub use ids::{SchoolId, Upn};
pub use mark::{Amendment, Mark, Provenance};
pub use pupil::{Contact, Pupil, PupilFlag, Year};
pub use report::{Flag, ParsedMessage, Report};
#[cfg(test)]
pub use school::fernhill_day;
pub use school::{Phase, School, resolve_local};
pub use session::{DayTimes, Session, SessionDate, SessionTimes, hhmm};
pub use year_codes::{SESSIONS_PER_YEAR, Slot, YearCodes, academic_year_start};
