//! Named places in the daemon's work where a crash test can hold it, so
//! that a SIGKILL lands exactly there rather than wherever a timer
//! happens to fall: between queuing a chase step's messages and recording
//! the step as fired, between marking a message as sending and handing it
//! to its transport, and between the hand-over and marking it sent.
//!
//! With `ABSENCE_LINE_PAUSE_AT` set to a point's name, the daemon logs
//! `paused at a pause point` when it reaches that point and waits there
//! until it is killed, or, with `ABSENCE_LINE_PAUSE_UNTIL` naming a file,
//! until that file exists: a test can then freeze the whole process
//! (SIGSTOP) past its lease and thaw it with this work still in hand.
//! Unset, a point costs one look at a value read once.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

/// The environment variable that names the point to pause at.
pub const PAUSE_AT: &str = "ABSENCE_LINE_PAUSE_AT";
/// The environment variable naming a file whose existence ends the pause.
pub const PAUSE_UNTIL: &str = "ABSENCE_LINE_PAUSE_UNTIL";

/// How often a paused point looks for the file that ends its pause.
const RESUME_POLL: Duration = Duration::from_millis(50);

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

/// Holds this thread if `point` is the one named in the environment: for
/// ever, or until the file named by [`PAUSE_UNTIL`] exists.
pub fn pause_point(point: &str) {
    static WANTED: OnceLock<Option<String>> = OnceLock::new();
    let wanted = WANTED.get_or_init(|| std::env::var(PAUSE_AT).ok());
    if wanted.as_deref() != Some(point) {
        return;
    }
    let Some(until) = std::env::var_os(PAUSE_UNTIL).map(PathBuf::from) else {
        tracing::warn!(point, "paused at a pause point until killed");
        loop {
            std::thread::park();
        }
    };
    tracing::warn!(point, "paused at a pause point until its file exists");
    while !until.exists() {
        std::thread::sleep(RESUME_POLL);
    }
    tracing::warn!(point, "going on from a pause point");
}
