//! Safeguarding stays with the DSL, and no concern waits.
//!
//! - [`barrier`]: the one way a parent's words reach staff, opened only for
//!   a named audience: the DSL roles read a concern's words, everyone else
//!   that a concern exists and who holds it.
//! - [`record`]: each pupil's safeguarding record — every concern with its
//!   alerts, escalations and acknowledgements.
//! - [`escalation`]: unacknowledged concerns climb to the deputies, then
//!   the head, or out of hours to the out-of-hours contact.
//! - [`acknowledge`]: a ladder member's "OK" by SMS, Telegram or email.
//! - [`acknowledge_link`]: the signed link in an alert's email.

pub mod acknowledge;
pub mod acknowledge_link;
pub mod barrier;
pub mod escalation;
pub mod record;

pub use acknowledge_link::AcknowledgeLinks;
pub use barrier::{Audience, Barrier, ConcernNotice, ExplanationWords, Guarded, Words};
pub use escalation::Escalator;
pub use record::{ConcernId, ConcernRecord, Happened, RecordEvent, Records, Tier, Via};
