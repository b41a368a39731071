//! Two `serve` processes on one PostgreSQL database, on a rehearsal clock,
//! behind one Twilio number. Both take signed webhooks and the MIS's
//! register; only the one holding the work lease processes messages,
//! chases and sends. Needs `ABSENCE_LINE_TEST_DATABASE_URL` (`.ci/run`
//! sets it).
//!
//! - Killed: the lease holder gets SIGKILL in the middle of a stream of
//!   webhooks, before the first chase step is due. The other takes the
//!   lease within 30 seconds and carries on: every webhook answered is
//!   stored once, the step fires once and every message goes once.
//! - Paused: the lease holder is frozen (SIGSTOP) at the pause point
//!   between queuing a chase step and recording it, until the other has
//!   taken the lease. Thawed, it finds the lease gone, its write is refused
//!   (and logged) and it exits, and nothing is sent twice.
//! - Frozen before Twilio: the lease holder is frozen between marking a
//!   text "sending" and handing it to Twilio, until the other has taken
//!   over and sent it. Thawed, it sees by its own clock that its lease has
//!   run out and does not send it again.
//!
//! The daemons' lease is short ([`LEASE_SECONDS`]) so takeovers are quick.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use absence_line::inbound::Inbox;
use absence_line::outbox::{Channel, NOT_HANDED_OVER, Outbox, OutboxEntry, Status};
use absence_line::pause_points::{CHASE_STEP_QUEUED, OUTBOX_SENDING, PAUSE_AT, PAUSE_UNTIL};
use absence_line::store::{FENCED_WRITE_REFUSED, PgOptions, Store};
use support::twilio::{FakeTwilio, post_webhook, signed_url, sms, start_fake_twilio};
use support::{Daemon, SchoolDir, logged_messages, post_mis_register};

const URL_VAR: &str = "ABSENCE_LINE_TEST_DATABASE_URL";
const API_TOKEN: &str = "two-daemons-test-token";
const MILLIE: &str = "F000000000100";
/// Millie's contacts, whom her first-day chase texts.
const MILLIES_CONTACTS: [&str; 2] = ["+447700900100", "+447700900101"];
/// Parents of other pupils, who text in while Millie is chased.
const PARENTS: [&str; 4] = [
    "+447700900103",
    "+447700900106",
    "+447700900109",
    "+447700900115",
];
const HOLDS: &str = "this daemon holds the work lease";
/// The daemons' work lease: renewed every 1.25 s, taken over within 6.25 s.
const LEASE_SECONDS: u64 = 5;
const LOST: &str = "the work lease was taken by another daemon";

/// The demo school on a schema of its own in the test database, with
/// Twilio pointed at a fake; the schema is dropped at the end.
struct TwoDaemons {
    url: String,
    schema: String,
    school: SchoolDir,
    twilio: Arc<FakeTwilio>,
    /// Runs the fake Twilio and the webhooks' senders.
    runtime: tokio::runtime::Runtime,
}

/// A lease holder set to pause, the daemon beside it, and the test's own
/// handle on their records.
struct PausedHolder {
    first: Daemon,
    second: Daemon,
    /// Written to end the pause.
    resume: std::path::PathBuf,
    store: Store,
    outbox: Outbox,
}

impl TwoDaemons {
    /// `None` (the test skipped) when there is no test database.
    fn new(name: &str) -> Option<TwoDaemons> {
        let Ok(url) = std::env::var(URL_VAR) else {
            eprintln!("{URL_VAR} is not set: skipping the two-daemon test");
            return None;
        };
        let schema = format!("two_daemons_{name}_{}", std::process::id());
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let (twilio, api_base) = runtime.block_on(start_fake_twilio());
        let school = support::twilio::school(
            &api_base,
            &format!(
                "\n[store]\npostgres = {{ url = {{ env = \"ABSENCE_LINE_DATABASE_URL\" }}, schema = \"{schema}\", lease_seconds = {LEASE_SECONDS} }}\n"
            ),
        );
        school.open_api();
        Some(TwoDaemons {
            url,
            schema,
            school,
            twilio,
            runtime,
        })
    }

    /// Starts a daemon on a rehearsal clock from `clock_start` at twice
    /// real time, with `env` besides the database and the API token.
    fn start(&self, clock_start: &str, env: &[(&str, &str)]) -> Daemon {
        let mut all = vec![
            ("ABSENCE_LINE_API_TOKEN", API_TOKEN),
            ("ABSENCE_LINE_DATABASE_URL", self.url.as_str()),
        ];
        all.extend_from_slice(env);
        Daemon::start_with(
            &self.school.config(),
            &["--clock-start", clock_start, "--clock-speed", "2"],
            &all,
        )
    }

    /// The test's own handle on the records the daemons rehearse on.
    fn store(&self) -> Store {
        Store::open_postgres(&PgOptions {
            url: self.url.clone(),
            schema: Some(format!("{}_rehearsal", self.schema)),
            connections: 1,
        })
        .unwrap()
    }

    /// Waits until every message taken in is processed, every message
    /// queued is sent, and Millie's first-day chase is among them.
    fn wait_until_settled(&self, store: &Store, limit: Duration) {
        let (inbox, outbox) = (Inbox::open(store).unwrap(), Outbox::open(store).unwrap());
        wait_until(limit, "every message processed and sent", || {
            let entries = outbox.all().unwrap();
            inbox.unprocessed().unwrap().is_empty()
                && entries
                    .iter()
                    .all(|e| matches!(e.status, Status::Sent { .. }))
                && chased(&entries) == BTreeMap::from(MILLIES_CONTACTS.map(|to| (to.into(), 1)))
        });
    }

    /// The first daemon takes the lease, set to hold at `pause_at` until
    /// the file `resume` is written; a second starts beside it; the MIS
    /// posts Millie absent, so her chase's step is due two seconds after
    /// the start.
    fn holder_to_pause_at(&self, pause_at: &str) -> PausedHolder {
        let resume = self.school.path().join("resume");
        let first = self.start(
            "2026-11-23T09:24:56Z",
            &[
                (PAUSE_AT, pause_at),
                (PAUSE_UNTIL, resume.to_str().unwrap()),
            ],
        );
        wait_until(Duration::from_secs(20), "the first takes the lease", || {
            first.logged(HOLDS) > 0
        });
        let second = self.start("2026-11-23T09:24:56Z", &[]);
        post_mis_register(&first, API_TOKEN, MILLIE);
        let store = self.store();
        PausedHolder {
            first,
            second,
            resume,
            outbox: Outbox::open(&store).unwrap(),
            store,
        }
    }

    /// Once everything has settled, stops the second daemon and checks
    /// that every message went exactly once.
    fn finish(&self, paused: PausedHolder) {
        self.wait_until_settled(&paused.store, Duration::from_secs(30));
        // Long enough for a second sending to show.
        std::thread::sleep(Duration::from_secs(2));
        assert!(paused.second.terminate().success());
        self.assert_each_sent_once(&paused.store);
    }

    /// Every message in the outbox was sent, and reached Twilio (or the
    /// outbox log) exactly once: each provider id names one message, and
    /// the provider holds no more messages than the outbox.
    fn assert_each_sent_once(&self, store: &Store) {
        let entries = Outbox::open(store).unwrap().all().unwrap();
        let mut provider_ids = BTreeSet::new();
        for entry in &entries {
            match &entry.status {
                Status::Sent {
                    provider_id: Some(id),
                    ..
                } => assert!(provider_ids.insert(id.clone()), "{id} sent twice"),
                other => panic!("{} not sent: {other:?}", entry.key),
            }
        }
        let by_sms = entries
            .iter()
            .filter(|e| e.message.channel == Channel::Sms)
            .count();
        assert_eq!(
            self.twilio.count(),
            by_sms,
            "Twilio received each SMS exactly once"
        );
        assert_eq!(
            logged_messages(&self.school.outbox_log()).len(),
            entries.len() - by_sms,
            "the outbox log holds each other message exactly once"
        );
        assert_eq!(
            chased(&entries),
            BTreeMap::from(MILLIES_CONTACTS.map(|to| (to.into(), 1))),
            "Millie's first-day chase, once to each contact"
        );
    }
}

impl Drop for TwoDaemons {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {0} CASCADE; DROP SCHEMA IF EXISTS {0}_rehearsal CASCADE",
                self.schema
            ));
        }
    }
}

/// How many first-day chase messages each recipient has in the outbox.
fn chased(entries: &[OutboxEntry]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.message.kind == "chase_day1") {
        *counts.entry(entry.message.to.clone()).or_default() += 1;
    }
    counts
}

/// Polls `done` until it holds; fails naming `what` after `limit`.
fn wait_until(limit: Duration, what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "not within {limit:?}: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn when_the_lease_holder_is_killed_mid_stream_the_other_carries_on_and_nothing_is_lost_or_sent_twice()
 {
    let Some(two) = TwoDaemons::new("killed") else {
        return;
    };
    let started = Instant::now();
    // The first chase step is due at 09:25, twenty seconds away at twice
    // real time: after the kill and the takeover (a 5 s lease).
    let first = two.start("2026-11-23T09:24:20Z", &[]);
    wait_until(Duration::from_secs(20), "the first takes the lease", || {
        first.logged(HOLDS) > 0
    });
    let second = two.start("2026-11-23T09:24:20Z", &[]);
    // Both take requests; the same register twice is one register.
    post_mis_register(&second, API_TOKEN, MILLIE);
    post_mis_register(&first, API_TOKEN, MILLIE);

    // Webhooks as Twilio sends them, to each daemon in turn, spread over a
    // few seconds.
    let webhooks: Vec<_> = (0..60)
        .map(|i| {
            sms(
                &format!("SMtwo{i:04}"),
                PARENTS[i % PARENTS.len()],
                &format!("Sorry, off sick today (message {i})"),
            )
        })
        .collect();
    let daemons = [first.url(""), second.url("")];
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let answered = Arc::new(Mutex::new(BTreeSet::new()));
    let stream: Vec<_> = webhooks
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, params)| {
            let (client, daemon, answered) =
                (client.clone(), daemons[i % 2].clone(), answered.clone());
            two.runtime.spawn(async move {
                tokio::time::sleep(Duration::from_millis(80 * i as u64)).await;
                if let Ok(status) =
                    post_webhook(&client, &daemon, &params, Some(&signed_url())).await
                    && status == 200
                {
                    answered.lock().unwrap().insert(i);
                }
            })
        })
        .collect();
    // The kill lands with webhooks answered and acks going out, and the
    // rest of the stream still to come.
    wait_until(
        Duration::from_secs(20),
        "webhooks answered, acks sent",
        || answered.lock().unwrap().len() >= 15 && two.twilio.count() >= 2,
    );
    assert!(first.logged(HOLDS) > 0 && second.logged(HOLDS) == 0);
    first.kill();
    let killed = Instant::now();
    for sender in stream {
        two.runtime.block_on(sender).unwrap();
    }
    let answered = answered.lock().unwrap().clone();
    assert!(
        answered.len() < webhooks.len(),
        "the kill came in the middle of the stream"
    );
    // Twilio retries what was not answered with a 200.
    for (i, params) in webhooks.iter().enumerate() {
        if !answered.contains(&i) {
            let status = two
                .runtime
                .block_on(post_webhook(
                    &client,
                    &daemons[1],
                    params,
                    Some(&signed_url()),
                ))
                .unwrap();
            assert_eq!(status, 200, "webhook {i} retried");
        }
    }

    wait_until(
        Duration::from_secs(30).saturating_sub(killed.elapsed()),
        "the survivor takes the lease within 30 seconds of the kill",
        || second.logged(HOLDS) > 0,
    );
    let store = two.store();
    two.wait_until_settled(&store, Duration::from_secs(60));
    // Long enough for a second sending to show.
    std::thread::sleep(Duration::from_secs(3));
    assert!(second.terminate().success());

    let mut stored = BTreeMap::<String, usize>::new();
    for entry in Inbox::open(&store).unwrap().all().unwrap() {
        *stored.entry(entry.message.provider_id).or_default() += 1;
    }
    let every_sid: BTreeMap<String, usize> = webhooks
        .iter()
        .map(|params| (params[1].1.clone(), 1))
        .collect();
    assert_eq!(stored, every_sid, "each webhook stored exactly once");
    two.assert_each_sent_once(&store);
    eprintln!(
        "killed mid-stream: {} webhooks ({} answered in the stream), {} SMS, in {:?}",
        webhooks.len(),
        answered.len(),
        two.twilio.count(),
        started.elapsed()
    );
}

#[test]
fn a_lease_holder_paused_past_its_lease_writes_nothing_when_it_wakes_and_nothing_is_sent_twice() {
    let Some(two) = TwoDaemons::new("paused") else {
        return;
    };
    let started = Instant::now();
    let mut paused = two.holder_to_pause_at(CHASE_STEP_QUEUED);
    let PausedHolder {
        first,
        second,
        resume,
        outbox,
        ..
    } = &mut paused;
    // The step's texts are queued, and sent by the first daemon's outbox;
    // the chaser holds before recording the step as fired.
    wait_until(Duration::from_secs(20), "the step queued and sent", || {
        let entries = outbox.all().unwrap();
        first.logged("paused at a pause point") > 0
            && chased(&entries).len() == MILLIES_CONTACTS.len()
            && entries
                .iter()
                .all(|e| matches!(e.status, Status::Sent { .. }))
    });

    first.signal("STOP");
    let stopped = Instant::now();
    wait_until(
        Duration::from_secs(30),
        "the other takes the lease of the frozen daemon",
        || second.logged(HOLDS) > 0,
    );
    eprintln!("taken over {:?} after the pause", stopped.elapsed());
    // Thawed, the first learns it has lost the lease and stops its work;
    // the chaser then goes on from its pause point to record the step.
    first.signal("CONT");
    wait_until(
        Duration::from_secs(10),
        "the first sees its lease gone",
        || first.logged(LOST) > 0,
    );
    assert_eq!(first.logged(FENCED_WRITE_REFUSED), 0);
    std::fs::write(resume, "").unwrap();
    let status = first
        .exit_status(Duration::from_secs(30))
        .expect("the daemon that lost the lease exits");
    assert_eq!(status.code(), Some(1));
    assert!(
        first.logged(FENCED_WRITE_REFUSED) >= 1,
        "the late write of the step is refused: {:?}",
        first.log.lock().unwrap()
    );
    two.finish(paused);
    eprintln!("paused past the lease: done in {:?}", started.elapsed());
}

#[test]
fn a_lease_holder_frozen_before_handing_a_text_to_twilio_does_not_send_it_when_it_wakes() {
    let Some(two) = TwoDaemons::new("frozen_send") else {
        return;
    };
    let started = Instant::now();
    // The first daemon's outbox marks its first text as sending and holds
    // before Twilio.
    let mut paused = two.holder_to_pause_at(OUTBOX_SENDING);
    let PausedHolder {
        first,
        second,
        resume,
        outbox,
        ..
    } = &mut paused;
    wait_until(
        Duration::from_secs(20),
        "the step queued, a text held before Twilio",
        || {
            first.logged("paused at a pause point") > 0
                && chased(&outbox.all().unwrap()).len() == MILLIES_CONTACTS.len()
        },
    );
    assert_eq!(two.twilio.count(), 0);

    first.signal("STOP");
    wait_until(
        Duration::from_secs(30),
        "the other takes the lease of the frozen daemon",
        || second.logged(HOLDS) > 0,
    );
    // The other asks Twilio about the text cut off "sending", finds it was
    // never sent, and sends both.
    wait_until(
        Duration::from_secs(20),
        "the other sends the step's texts",
        || two.twilio.count() >= MILLIES_CONTACTS.len(),
    );
    // Thawed with its pause already over, the first goes straight on to
    // Twilio, unless it checks its lease first.
    std::fs::write(resume, "").unwrap();
    first.signal("CONT");
    let status = first
        .exit_status(Duration::from_secs(30))
        .expect("the daemon that lost the lease exits");
    assert_eq!(status.code(), Some(1));
    assert_eq!(
        two.twilio.count(),
        MILLIES_CONTACTS.len(),
        "the held text is not sent a second time"
    );
    assert!(
        first.logged(NOT_HANDED_OVER) >= 1,
        "the held text is not handed over: {:?}",
        first.log.lock().unwrap()
    );
    two.finish(paused);
    eprintln!("frozen before Twilio: done in {:?}", started.elapsed());
}
