//! The daemon as a process, on a rehearsal clock, killed with SIGKILL
//! around the time a chase step falls due and started again: the step's
//! messages reach the outbox log once — never twice, never not at all.
//! The kills land on the daemon's pause points (`src/pause_points.rs`),
//! so each test kills it at exactly the moment it names.
//!
//! The demo school's Millie is marked `N` on Monday 23 November 2026. Her
//! chase's first step texts her two parents at 09:25 (the register closes
//! at 09:15, plus ten minutes); the office's first-day call follows at
//! 11:00.

use crate::support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use absence_line::pause_points::{CHASE_STEP_QUEUED, OUTBOX_HANDED_OVER, OUTBOX_SENDING, PAUSE_AT};
use support::{Daemon, SchoolDir, logged_messages, post_mis_register};

const TOKEN: &str = "chase-kill-test-token";
const MILLIE: &str = "F000000000100";

/// The demo school, with the staff API open to [`TOKEN`].
fn school() -> SchoolDir {
    let school = SchoolDir::new("");
    school.open_api();
    school
}

fn clock_args(start: &str, speed: u32) -> Vec<String> {
    vec![
        "--clock-start".into(),
        start.into(),
        "--clock-speed".into(),
        speed.to_string(),
    ]
}

/// Starts the daemon on a rehearsal clock and waits until it listens.
fn start(school: &SchoolDir, clock_start: &str, speed: u32) -> Daemon {
    start_pausing(school, clock_start, speed, None)
}

/// As [`start`], holding the daemon at `pause_at` when it gets there.
fn start_pausing(
    school: &SchoolDir,
    clock_start: &str,
    speed: u32,
    pause_at: Option<&str>,
) -> Daemon {
    let args = clock_args(clock_start, speed);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut env = vec![("ABSENCE_LINE_API_TOKEN", TOKEN)];
    env.extend(pause_at.map(|point| (PAUSE_AT, point)));
    Daemon::start_with(&school.config(), &args, &env)
}

/// A school whose MIS has sent Monday's register, Millie `N`, to a daemon
/// that was then killed at 09:16.
fn school_with_register() -> SchoolDir {
    let school = school();
    let daemon = start(&school, "2026-11-23T09:16:00Z", 1);
    post_mis_register(&daemon, TOKEN, MILLIE);
    daemon.kill();
    school
}

/// How many messages about Millie of each (kind, recipient) the outbox
/// log holds.
fn sent(log: &Path) -> BTreeMap<(String, String), usize> {
    let mut counts = BTreeMap::new();
    for message in logged_messages(log) {
        if !message["pupils"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == MILLIE)
        {
            continue;
        }
        let key = (
            message["kind"].as_str().unwrap().to_string(),
            message["to"].as_str().unwrap().to_string(),
        );
        *counts.entry(key).or_default() += 1;
    }
    counts
}

/// Waits until the log holds a message of `kind`.
fn wait_for(log: &Path, kind: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !sent(log).keys().any(|(k, _)| k == kind) {
        assert!(Instant::now() < deadline, "no {kind} in {:?}", sent(log));
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Day 1 as it should end: each parent texted once, the office told once.
fn day_one_once() -> BTreeMap<(String, String), usize> {
    [
        ("chase_day1", "+447700900100"),
        ("chase_day1", "+447700900101"),
        ("staff_first_day_call", "office@fernhill.example.org"),
    ]
    .into_iter()
    .map(|(kind, to)| ((kind.to_string(), to.to_string()), 1))
    .collect()
}

/// Runs the daemon on from `clock_start` to past 11:00, then stops it: the
/// first-day call is the sign that start-up's catching up is over, so
/// anything sent twice would be in the log by then.
fn run_past_eleven(school: &SchoolDir, clock_start: &str) {
    let daemon = start(school, clock_start, 600);
    wait_for(&school.outbox_log(), "staff_first_day_call");
    assert!(daemon.terminate().success());
    // A rehearsal keeps to its own folder: the school's real records and
    // outbox log are never touched.
    for real in ["data", "outbox.log"] {
        assert!(
            !school.path().join(real).exists(),
            "the rehearsal wrote {real}"
        );
    }
}

#[test]
fn a_step_due_while_the_daemon_was_killed_is_sent_once_when_it_comes_back() {
    let school = school_with_register();
    let log = school.outbox_log();
    assert!(sent(&log).is_empty(), "nothing was due: {:?}", sent(&log));

    // Back at 09:40: the 09:25 texts are still that day's, so they go now.
    let daemon = start(&school, "2026-11-23T09:40:00Z", 1);
    let deadline = Instant::now() + Duration::from_secs(60);
    while sent(&log).len() < 2 {
        assert!(Instant::now() < deadline, "{:?}", sent(&log));
        std::thread::sleep(Duration::from_millis(50));
    }
    daemon.kill();

    // And again: nothing is sent a second time.
    run_past_eleven(&school, "2026-11-23T10:59:00Z");
    assert_eq!(sent(&log), day_one_once());
}

#[test]
fn sigkill_at_each_point_of_firing_a_step_sends_it_once() {
    // (pause point, how many day-1 texts are in the log when it is killed)
    for (point, written_at_kill) in [
        // Both texts are queued; the dispatcher may have sent either.
        (CHASE_STEP_QUEUED, None),
        // The first text is marked sending, not yet written.
        (OUTBOX_SENDING, Some(0)),
        // The first text is written; the outbox does not know it went.
        (OUTBOX_HANDED_OVER, Some(1)),
    ] {
        let school = school_with_register();
        let log = school.outbox_log();
        // Running when 09:25 comes, a second later.
        let daemon = start_pausing(&school, "2026-11-23T09:24:59Z", 1, Some(point));
        let deadline = Instant::now() + Duration::from_secs(60);
        while !daemon
            .log
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("paused at a pause point") && l.contains(point))
        {
            assert!(Instant::now() < deadline, "never reached {point}");
            std::thread::sleep(Duration::from_millis(20));
        }
        daemon.kill();
        if let Some(written) = written_at_kill {
            assert_eq!(sent(&log).len(), written, "killed at {point}");
        }

        run_past_eleven(&school, "2026-11-23T10:59:00Z");
        assert_eq!(sent(&log), day_one_once(), "killed at {point}");
    }
}
