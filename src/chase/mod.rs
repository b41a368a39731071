//! Chasing unexplained absences: when the register shows a pupil absent
//! and nobody has said why, the family is messaged and staff are alerted on
//! the schedule the school's flow lays down, until someone explains, a
//! contact replies or the pupil is back.
//!
//! - [`flow`]: flows as data (`flows/*.toml`), loaded and validated.
//! - [`store`]: one record per absence episode, with its flow snapshot
//!   (parsed once per distinct flow when read back: `flow_snapshot`).
//! - [`standing`]: where a pupil stands in the register since it began,
//!   from the register as a tick reads it (`register_reads`: each entry
//!   once a tick).
//! - [`chaser`]: the [`Chaser`], where a chase is decided: it starts
//!   chases, fires each step when due and stops them, through the outbox.

pub mod chaser;
pub mod flow;
mod flow_snapshot;
mod register_reads;
pub mod standing;
pub mod store;

pub use chaser::{Chaser, TickSummary};
pub use flow::{Flow, Flows};
pub use store::{ChaseStore, Episode, FiredStep, StopReason, Stopped};
