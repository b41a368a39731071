//! The chaser stopped and started again on the same store: a step fires
//! once, never twice and never zero times, and a step missed while the
//! daemon was down fires on start-up only while it is still that day. And
//! one absence is one chase, however many ticks see it.

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

    /// The MIS register for a session: Millie's mark as given, Ben in.
    fn register(&self, date: &str, session: Session, millie: &str, now: DateTime<Utc>) {
        let session = SessionDate::new(date.parse().unwrap(), session);
        RegisterMarks {
            school: "fernhill".into(),
            marks: vec![
                (session, "A100".into(), Some(millie.parse().unwrap())),
                (session, "A101".into(), Some("/".parse().unwrap())),
            ],
        }
        .record(&self.register, now)
        .unwrap();
    }

    /// Millie's chases, oldest first, as (first day, still open).
    fn millies_chases(&self) -> Vec<(String, bool)> {
        self.chaser
            .chases()
            .episodes_of("fernhill", "A100")
            .unwrap()
            .into_iter()
            .map(|e| (e.first_day().to_string(), e.closed_at.is_none()))
            .collect()
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
        daemon.register("2026-11-23", Session::Am, "N", at("2026-11-23T09:16:00Z"));
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
            daemon.register("2026-11-23", Session::Am, "N", at(tick));
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
        daemon.register("2026-11-23", Session::Am, "N", at("2026-11-23T09:16:00Z"));
        daemon.chaser.tick(at("2026-11-23T09:16:00Z")).unwrap();
    } // down all Monday; Tuesday's register is imported while it is down
    let daemon = Daemon::start(dir.path());
    daemon.register("2026-11-24", Session::Am, "N", at("2026-11-24T09:16:00Z"));
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

#[test]
fn a_chase_ended_by_the_pupils_return_is_not_started_again_for_its_later_days() {
    let dir = tempfile::tempdir().unwrap();
    with_roster(dir.path());
    let daemon = Daemon::start(dir.path());
    for (date, session, mark, tick) in [
        ("2026-11-23", Session::Am, "N", "2026-11-23T09:16:00Z"),
        ("2026-11-23", Session::Pm, "N", "2026-11-23T13:16:00Z"),
        ("2026-11-24", Session::Am, "N", "2026-11-24T09:16:00Z"),
        ("2026-11-24", Session::Pm, "N", "2026-11-24T13:16:00Z"),
        ("2026-11-25", Session::Am, "/", "2026-11-25T09:16:00Z"),
    ] {
        daemon.register(date, session, mark, at(tick));
        daemon.chaser.tick(at(tick)).unwrap();
    }
    assert_eq!(daemon.millies_chases(), [("2026-11-23".to_string(), false)]);
    // Tuesday's unexplained sessions stay on the register's follow-up
    // list; later ticks see them as the ended chase's days.
    for tick in ["2026-11-25T09:30:00Z", "2026-11-25T13:30:00Z"] {
        let summary = daemon.chaser.tick(at(tick)).unwrap();
        assert_eq!(summary.started, 0, "at {tick}");
    }
    assert_eq!(daemon.millies_chases(), [("2026-11-23".to_string(), false)]);
}

#[test]
fn a_return_the_mis_later_corrects_to_absent_is_chased_again() {
    let dir = tempfile::tempdir().unwrap();
    with_roster(dir.path());
    let daemon = Daemon::start(dir.path());
    daemon.register("2026-11-23", Session::Am, "N", at("2026-11-23T09:16:00Z"));
    daemon.chaser.tick(at("2026-11-23T09:16:00Z")).unwrap();
    daemon.register("2026-11-24", Session::Am, "/", at("2026-11-24T09:16:00Z"));
    daemon.chaser.tick(at("2026-11-24T09:16:00Z")).unwrap();
    assert_eq!(daemon.millies_chases(), [("2026-11-23".to_string(), false)]);
    // Tuesday's mark was a mistake, and Wednesday she is absent again:
    // the absence that ended the chase never ended.
    daemon.register("2026-11-24", Session::Am, "N", at("2026-11-25T09:10:00Z"));
    daemon.register("2026-11-25", Session::Am, "N", at("2026-11-25T09:16:00Z"));
    daemon.chaser.tick(at("2026-11-25T09:16:00Z")).unwrap();
    assert_eq!(
        daemon.millies_chases(),
        [
            ("2026-11-23".to_string(), false),
            ("2026-11-24".to_string(), true)
        ]
    );
}
