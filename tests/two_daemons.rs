//! Two `serve` processes on one PostgreSQL database, on a rehearsal clock.
//! Both take requests (the MIS's register goes to each in turn); only the
//! one holding the work lease chases. It is killed with SIGKILL before the
//! first chase step is due: the other takes the lease within 30 seconds
//! and every chase message is sent exactly once. Needs
//! `ABSENCE_LINE_TEST_DATABASE_URL` (`.ci/run` sets it).

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use support::{Daemon, SchoolDir, logged_messages, post_mis_register};

const URL_VAR: &str = "ABSENCE_LINE_TEST_DATABASE_URL";
const TOKEN: &str = "two-daemons-test-token";
const MILLIE: &str = "F000000000100";
const HOLDS: &str = "this daemon holds the work lease";

/// The test's schemas, dropped at the end.
struct Schemas {
    url: String,
    name: String,
}

impl Drop for Schemas {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {0} CASCADE; DROP SCHEMA IF EXISTS {0}_rehearsal CASCADE",
                self.name
            ));
        }
    }
}

fn start(school: &SchoolDir, url: &str) -> Daemon {
    Daemon::start_with(
        &school.config(),
        &[
            "--clock-start",
            "2026-11-23T09:24:00Z",
            "--clock-speed",
            "2",
        ],
        &[
            ("ABSENCE_LINE_API_TOKEN", TOKEN),
            ("ABSENCE_LINE_DATABASE_URL", url),
        ],
    )
}

fn holds_lease(daemon: &Daemon) -> bool {
    daemon.log.lock().unwrap().iter().any(|l| l.contains(HOLDS))
}

/// How many messages of each (kind, recipient) the outbox log holds.
fn sent(school: &SchoolDir) -> BTreeMap<(String, String), usize> {
    let mut counts = BTreeMap::new();
    for message in logged_messages(&school.outbox_log()) {
        let key = (
            message["kind"].as_str().unwrap().to_string(),
            message["to"].as_str().unwrap().to_string(),
        );
        *counts.entry(key).or_default() += 1;
    }
    counts
}

#[test]
fn when_the_lease_holder_is_killed_the_other_daemon_carries_on_and_nothing_is_sent_twice() {
    let Ok(url) = std::env::var(URL_VAR) else {
        eprintln!("{URL_VAR} is not set: skipping the two-daemon test");
        return;
    };
    let schemas = Schemas {
        url: url.clone(),
        name: format!("two_daemons_{}", std::process::id()),
    };
    let school = SchoolDir::new(&format!(
        "\n[store]\npostgres = {{ url = {{ env = \"ABSENCE_LINE_DATABASE_URL\" }}, schema = \"{}\" }}\n",
        schemas.name
    ));
    school.open_api();

    let first = start(&school, &url);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !holds_lease(&first) {
        assert!(Instant::now() < deadline, "{:?}", first.log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    let second = start(&school, &url);
    // Both take requests; the same register twice is one register.
    post_mis_register(&second, TOKEN, MILLIE);
    post_mis_register(&first, TOKEN, MILLIE);
    std::thread::sleep(Duration::from_secs(2));
    assert!(!holds_lease(&second), "only one daemon holds the lease");
    assert!(
        sent(&school).is_empty(),
        "nothing due yet: {:?}",
        sent(&school)
    );

    // The step is due at 09:25, thirty seconds away on this clock.
    first.kill();
    let killed = Instant::now();
    while !holds_lease(&second) {
        assert!(
            killed.elapsed() < Duration::from_secs(30),
            "the survivor did not take over: {:?}",
            second.log.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while sent(&school).len() < 2 {
        assert!(Instant::now() < deadline, "{:?}", sent(&school));
        std::thread::sleep(Duration::from_millis(100));
    }
    // Long enough for a second sending to show.
    std::thread::sleep(Duration::from_secs(3));
    let once: BTreeMap<_, _> = [
        ("chase_day1", "+447700900100"),
        ("chase_day1", "+447700900101"),
    ]
    .into_iter()
    .map(|(kind, to)| ((kind.to_string(), to.to_string()), 1))
    .collect();
    assert_eq!(sent(&school), once);
    assert!(second.terminate().success());
}
