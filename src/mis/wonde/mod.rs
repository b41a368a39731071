//! Wonde: the aggregator most third-party products in English schools use
//! to reach the MIS (SIMS, Arbor, Bromcom …) once the school approves them.
//!
//! [`client`] speaks Wonde's HTTP; [`mapping`] reads its JSON; [`merge`]
//! keeps what Wonde leaves out; [`write_back`] decides which confirmed
//! codes go back; [`sync`] runs them in order on the school's schedule.

pub mod client;
pub mod mapping;
mod merge;
mod settings;
pub mod sync;
pub mod write_back;

pub use settings::WondeConfig;
pub use sync::{SyncReport, WondeSync};
