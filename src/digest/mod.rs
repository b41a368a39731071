//! The attendance lead's daily digest: today's absences with the parents'
//! own words, lates, what is unexplained and where each chase has reached,
//! what needs a person, safeguarding (for the DSL), the threshold watch and
//! the school's figures with charts. The office gets its own ([`office`]):
//! its open work, chases waiting on it, unknown senders, and that a concern
//! is with the DSL.
//!
//! [`compose`] builds a [`Digest`] from a [`DigestInput`] with no I/O;
//! [`gather`] reads the inputs from the store; [`text`], [`html`] and
//! [`chart`] render it; [`schedule`] sends it at the configured times and
//! [`alerts`] raises the threshold alerts.

pub mod alerts;
pub mod chart;
pub mod compose;
pub mod gather;
pub mod html;
pub mod office;
pub mod rendered;
pub mod schedule;
pub mod text;

pub use compose::{
    ChaseProgress, Digest, DigestAudience, DigestInput, NeedsPerson, SafeguardingItem,
    SafeguardingLine, SchoolWatch, compose,
};
pub use gather::{DigestFeeds, DigestSources, NoFeeds};
pub use office::{OfficeDigest, OfficeInput, OpenItem};
pub use rendered::Rendered;
pub use schedule::{Digests, Sent, digest_once_key, office_digest_once_key};
