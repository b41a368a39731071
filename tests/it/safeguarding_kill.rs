//! The daemon as a process, killed with SIGKILL while an unacknowledged
//! concern climbs its ladder, and started again: every rung's messages
//! reach the outbox log once — never twice, never not at all. The kill
//! lands on the pause point between queuing a rung's messages and writing
//! the rung to the safeguarding record (`src/pause_points.rs`).
//!
//! A parent texted about Millie at 09:30 on Monday 23 November 2026 with
//! words that raise a concern. The demo school waits 15 minutes for the
//! DSL: the deputy at 09:45, the head at 10:00.

use crate::support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use absence_line::inbound::Inbox;
use absence_line::pause_points::{PAUSE_AT, SAFEGUARDING_STEP_QUEUED};
use absence_line::store::Store;
use support::{Daemon, SchoolDir, at, logged_messages, sms};

const GRACE: &str = "+447700900100";
const WORDS: &str =
    "Millie won't be in, the police were at the house last night after her dad hit me";

/// The demo school with the parent's text stored in its inbox, as if it
/// came in at 09:30 just before the daemon stopped.
fn school_with_concern() -> SchoolDir {
    let school = SchoolDir::new("");
    // A rehearsal keeps its records in a folder of its own.
    let store = Store::open(&school.path().join("rehearsal/data")).unwrap();
    Inbox::open(&store)
        .unwrap()
        .accept(sms("SMkill1", GRACE, WORDS, at("2026-11-23T09:30:00Z")))
        .unwrap();
    store.flush().unwrap();
    school
}

fn start(school: &SchoolDir, clock_start: &str, speed: u32, pause_at: Option<&str>) -> Daemon {
    let speed = speed.to_string();
    let args = [
        "--clock-start",
        clock_start,
        "--clock-speed",
        speed.as_str(),
    ];
    let env: Vec<(&str, &str)> = pause_at
        .map(|point| (PAUSE_AT, point))
        .into_iter()
        .collect();
    Daemon::start_with(&school.config(), &args, &env)
}

/// How many safeguarding messages of each (kind, recipient) the log holds.
fn sent(log: &Path) -> BTreeMap<(String, String), usize> {
    let mut counts = BTreeMap::new();
    for message in logged_messages(log) {
        let kind = message["kind"].as_str().unwrap();
        if kind.starts_with("safeguarding") {
            let to = message["to"].as_str().unwrap().to_string();
            *counts.entry((kind.to_string(), to)).or_default() += 1;
        }
    }
    counts
}

fn the_whole_climb_once() -> BTreeMap<(String, String), usize> {
    [
        ("safeguarding", "dsl@fernhill.example.org"),
        ("safeguarding", "+447700900990"),
        ("safeguarding_escalated", "deputy.dsl@fernhill.example.org"),
        ("safeguarding_escalated", "+447700900991"),
        ("safeguarding_escalated", "head@fernhill.example.org"),
    ]
    .into_iter()
    .map(|(kind, to)| ((kind.to_string(), to.to_string()), 1))
    .collect()
}

#[test]
fn sigkill_between_queuing_a_rung_and_recording_it_sends_each_rung_once() {
    let school = school_with_concern();
    let log = school.outbox_log();
    // Running when 09:45 comes: the DSL is alerted at once, the deputy's
    // rung is queued, and the daemon is killed before recording it.
    let daemon = start(
        &school,
        "2026-11-23T09:44:58Z",
        1,
        Some(SAFEGUARDING_STEP_QUEUED),
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while !daemon
        .log
        .lock()
        .unwrap()
        .iter()
        .any(|l| l.contains("paused at a pause point") && l.contains(SAFEGUARDING_STEP_QUEUED))
    {
        assert!(Instant::now() < deadline, "never reached the pause point");
        std::thread::sleep(Duration::from_millis(20));
    }
    daemon.kill();

    // Back at 09:46, ten minutes a second: past the head's 10:00.
    let daemon = start(&school, "2026-11-23T09:46:00Z", 600, None);
    let deadline = Instant::now() + Duration::from_secs(60);
    while !sent(&log)
        .keys()
        .any(|(_, to)| to == "head@fernhill.example.org")
    {
        assert!(Instant::now() < deadline, "{:?}", sent(&log));
        std::thread::sleep(Duration::from_millis(50));
    }
    // A little longer, so a repeated rung would show.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(daemon.terminate().success());
    assert_eq!(sent(&log), the_whole_climb_once());
}
