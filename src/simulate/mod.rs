//! `absence-line simulate`: the whole daemon — roster, register intake,
//! the inbound pipeline, the chaser and the outbox — run against a
//! simulated clock over a scenario's span, with every outbound message
//! recorded instead of sent. The output is the timeline of what the daemon
//! sent, in time order: the same scenario gives the same timeline.
//!
//! Event-driven: the clock jumps to the next scenario event or the next
//! instant any ticker or the outbox wants to wake, everything due then is
//! run, and so on until the scenario's end.

mod run;
mod scenario;

pub use run::{Simulation, TimelineLine, run};
pub use scenario::{
    EmailEvent, Event, Happening, RegisterEvent, Scenario, SmsEvent, TelegramEvent,
};
