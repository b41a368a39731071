//! The chaser stopped and started again on the same store: a step fires
//! once, never twice and never zero times, and a step missed while the
//! daemon was down fires on start-up only while it is still that day.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::chase::{Chaser, Flows};
use absence_line::config::Config;
use absence_line::domain::{Session, SessionDate};
use absence_line::outbox::Outbox;
use absence_line::register::{RegisterBook, RegisterMarks};
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use chrono::{DateTime, Utc};
use support::{at, import_roster};

const PUPILS: &str = "fernhill,A100,Amelia,Okafor,Millie,Y3,\n\
    fernhill,A101,Ben,Hughes,,R,\n";
const CONTACTS: &str = "A100,1,Grace Okafor,mother,,07700 900123,,en\n\
    A100,2,Tunde Okafor,father,,07700 900124,,en\n\
    A101,1,Sam Hughes,father,,07700 900201,,en\n";
const STAFF: &str = r#"
[school.staff]
office = [{ name = "Office", email = "office@fernhill.example.org" }]
"#;

/// One run of the daemon's chasing parts on the store in `dir`, as
/// `serve` opens them at start-up.
struct Daemon {
    _store: Store,
    chaser: Chaser,
    register: RegisterBook,
    outbox: Outbox,
}

impl Daemon {
    fn start(dir: &Path) -> Daemon {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text =
            std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap() + STAFF;
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        let templates = Arc::new(Templates::load(&root.join("messages")).unwrap());
        let flows = Flows::load(&root.join("flows"), &templates).unwrap();
        let store = Store::open(&dir.join("data")).unwrap();
        let chaser = Chaser::new(
            &store,
            Schools::from_config(&config, None).unwrap(),
            flows,
            templates,
        )
        .unwrap();
        Daemon {
            chaser,
            register: RegisterBook::open(&store).unwrap(),
            outbox: Outbox::open(&store).unwrap(),
            _store: store,
        }
    }

    /// The MIS register for a morning: Millie absent, Ben in.
    fn morning_register(&self, date: &str, now: DateTime<Utc>) {
        let session = SessionDate::new(date.parse().unwrap(), Session::Am);
        RegisterMarks {
            school: "fernhill".into(),
            marks: vec![
                (session, "A100".into(), Some("N".parse().unwrap())),
                (session, "A101".into(), Some("/".parse().unwrap())),
            ],
        }
        .record(&self.register, now)
        .unwrap();
    }

    /// Every message queued so far, as (kind, recipient).
    fn queued(&self) -> Vec<(String, String)> {
        let mut all: Vec<_> = self
            .outbox
            .all()
            .unwrap()
            .into_iter()
            .map(|e| (e.message.kind, e.message.to))
            .collect();
        all.sort();
        all
    }
}

fn with_roster(dir: &Path) {
    let store = Store::open(&dir.join("data")).unwrap();
    import_roster(&store, PUPILS, CONTACTS, "2026-11-01");
}

fn day1_texts() -> Vec<(String, String)> {
    vec![
        ("chase_day1".into(), "+447700900123".into()),
        ("chase_day1".into(), "+447700900124".into()),
    ]
}

#[test]
fn a_step_due_while_the_daemon_was_down_fires_once_on_start_up() {
    let dir = tempfile::tempdir().unwrap();
    with_roster(dir.path());
    {
        let daemon = Daemon::start(dir.path());
        daemon.morning_register("2026-11-23", at("2026-11-23T09:16:00Z"));
        daemon.chaser.tick(at("2026-11-23T09:16:00Z")).unwrap();
        assert_eq!(
            daemon.chaser.next_wake(at("2026-11-23T09:16:00Z")).unwrap(),
            Some(at("2026-11-23T09:25:00Z"))
        );
        assert!(daemon.queued().is_empty());
    } // killed before 09:25
    {
        let daemon = Daemon::start(dir.path());
        daemon.chaser.tick(at("2026-11-23T09:40:00Z")).unwrap();
        assert_eq!(daemon.queued(), day1_texts(), "fired on start-up");
    } // killed again just after
    let daemon = Daemon::start(dir.path());
    daemon.chaser.tick(at("2026-11-23T09:41:00Z")).unwrap();
    daemon.chaser.tick(at("2026-11-23T09:41:00Z")).unwrap();
    assert_eq!(daemon.queued(), day1_texts(), "never twice");
}

#[test]
fn a_restart_at_the_moment_a_step_falls_due_sends_it_once() {
    let dir = tempfile::tempdir().unwrap();
    with_roster(dir.path());
    for (i, tick) in [
        "2026-11-23T09:16:00Z",
        "2026-11-23T09:25:00Z",
        "2026-11-23T09:25:00Z",
    ]
    .iter()
    .enumerate()
    {
        let daemon = Daemon::start(dir.path());
        if i == 0 {
            daemon.morning_register("2026-11-23", at(tick));
        }
        daemon.chaser.tick(at(tick)).unwrap();
    }
    assert_eq!(Daemon::start(dir.path()).queued(), day1_texts());
}

#[test]
fn yesterdays_missed_steps_are_not_sent_today() {
    let dir = tempfile::tempdir().unwrap();
    with_roster(dir.path());
    {
        let daemon = Daemon::start(dir.path());
        daemon.morning_register("2026-11-23", at("2026-11-23T09:16:00Z"));
        daemon.chaser.tick(at("2026-11-23T09:16:00Z")).unwrap();
    } // down all Monday; Tuesday's register is imported while it is down
    let daemon = Daemon::start(dir.path());
    daemon.morning_register("2026-11-24", at("2026-11-24T09:16:00Z"));
    daemon.chaser.tick(at("2026-11-24T09:30:00Z")).unwrap();
    assert_eq!(
        daemon.queued(),
        [
            ("chase_day2".to_string(), "+447700900123".to_string()),
            ("chase_day2".to_string(), "+447700900124".to_string()),
        ],
        "no day-1 texts or first-day call a day late"
    );
}
