//! The integration tests, as one test binary.
//!
//! Each file under `tests/` used to be its own binary, and each compiled
//! the shared support code and linked the whole library again: that was
//! most of CI's build. Tests that assert a time or a memory figure stay in
//! their own binaries (`tests/security_web.rs`, `tests/two_daemons.rs`), so
//! no other test shares the machine with them while they measure.
//!
//! Run one file's tests by its module: `cargo test --test it pipeline::`.

#[path = "../support/mod.rs"]
mod support;

mod channels_daemon;
mod chase_kill;
mod chase_restart;
mod chase_scenarios;
mod cli;
mod concern_probes;
mod daemon_commands;
mod deploy;
mod digest;
mod email_dkim;
mod email_servers;
mod la_returns;
mod law_cli;
mod office_digest;
mod parse_cli;
mod parse_corpus;
mod parse_rules;
mod parse_unseen;
mod penalty_alerts;
mod pipeline;
mod private_files;
mod register_concurrency;
mod retention;
mod roster_restart;
mod safeguarding;
mod safeguarding_kill;
mod setup_cli;
mod staff_cli;
mod store_migrate;
mod telegram_bot;
mod twilio_signature_python;
mod unknown_senders;
mod web_browser;
mod wonde_sync;
