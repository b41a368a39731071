//! absence-line: an absence line for schools in England.
//!
//! Parents report an absence by SMS, email or chat; the daemon records a
//! provisional register code for each session missed, chases every absence
//! the register shows unexplained, and keeps staff told.
//!
//! The crate is laid out by concept: [`domain`] and [`calendar`] are the
//! school's world with no I/O; [`config`] reads `config.toml`; [`store`]
//! keeps everything durable on disk; [`parse`] reads parents' messages.

pub mod admin;
pub mod allocator;
pub mod asides;
pub mod attendance;
pub mod calendar;
pub mod channels;
pub mod chase;
pub mod clock;
pub mod config;
pub mod daemon;
pub mod digest;
pub mod domain;
pub mod engine;
pub mod error;
pub mod export;
pub mod feeds;
pub mod inbound;
pub mod la_notices;
pub mod leadership;
pub mod metrics;
pub mod mis;
pub mod outbox;
pub mod parse;
pub mod pause_points;
pub mod penalty_notices;
pub mod private_files;
pub mod redact;
pub mod register;
pub mod retention;
pub mod roster;
pub mod safeguarding;
pub mod scheduler;
pub mod schools;
pub mod server;
pub mod shutdown;
pub mod simulate;
pub mod staff;
pub mod store;
pub mod templates;
pub mod web;

pub use error::{Error, Result};
