//! Named places in the daemon's work where a crash test can hold it, so
//! that a SIGKILL lands exactly there rather than wherever a timer
//! happens to fall: between queuing a chase step's messages and recording
//! the step as fired, between marking a message as sending and handing it
//! to its transport, and between the hand-over and marking it sent.
//!
//! With `ABSENCE_LINE_PAUSE_AT` set to a point's name, the daemon logs
//! `paused at a pause point` when it reaches that point and waits there
//! until it is killed. Unset, a point costs one look at a value read once.

use std::sync::OnceLock;

/// The environment variable that names the point to pause at.
pub const PAUSE_AT: &str = "ABSENCE_LINE_PAUSE_AT";

/// A chase step's messages are in the outbox; the step is not yet
/// recorded as fired.
pub const CHASE_STEP_QUEUED: &str = "chase_step_queued";
/// A safeguarding escalation's messages are in the outbox; the step is
/// not yet in the pupil's safeguarding record.
pub const SAFEGUARDING_STEP_QUEUED: &str = "safeguarding_step_queued";
/// A message is marked as sending; its transport has not been called.
pub const OUTBOX_SENDING: &str = "outbox_sending";
/// A transport has taken a message; the outbox has not marked it sent.
pub const OUTBOX_HANDED_OVER: &str = "outbox_handed_over";

/// Holds this thread for ever if `point` is the one named in the
/// environment.
pub fn pause_point(point: &str) {
    static WANTED: OnceLock<Option<String>> = OnceLock::new();
    let wanted = WANTED.get_or_init(|| std::env::var(PAUSE_AT).ok());
    if wanted.as_deref() != Some(point) {
        return;
    }
    tracing::warn!(point, "paused at a pause point until killed");
    loop {
        std::thread::park();
    }
}
