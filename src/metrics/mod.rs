//! What the daemon counts for Prometheus (`GET /metrics`) and for the
//! health check: messages in, parse outcomes, safeguarding alerts and how
//! soon they were acknowledged, chase steps, outbox depth and age, send
//! failures, webhook latency.
//!
//! Counters live in memory and cost an atomic add to update; reading them
//! scans no table. Labels are channels, codes, flags and step names, never
//! anything about a person. The daemon's counters are one process-wide
//! set ([`daemon`]); tests make their own [`Metrics`].

mod exposition;
mod health;
mod histogram;
mod labelled;

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::domain::{Channel, Code, Flag};
pub use exposition::render;
pub use health::{Health, OUTBOX_TOO_OLD, SENDS_FAILING_TOO_LONG};
use histogram::Histogram;
use labelled::Labelled;

/// Seconds, for the webhook latency histogram: a webhook answers in
/// milliseconds unless the store is struggling.
const WEBHOOK_BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

/// Seconds, for the time a DSL takes to acknowledge an alert: minutes to
/// hours.
const ACKNOWLEDGE_BUCKETS: &[f64] = &[60.0, 300.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 86400.0];

/// No message waiting: the oldest one's creation time is unset.
const NONE_WAITING: i64 = i64::MIN;

/// Everything counted, since the process started.
pub struct Metrics {
    messages_in: Labelled<1>,
    parse_outcomes: Labelled<2>,
    safeguarding_alerts: AtomicU64,
    acknowledged_after: Histogram,
    chase_steps: Labelled<1>,
    send_failures: Labelled<1>,
    webhook_latency: Histogram,
    outbox_waiting: AtomicU64,
    /// Unix seconds of the oldest waiting message's creation.
    outbox_oldest: AtomicI64,
    /// Per channel, since when every send has failed (cleared by a success).
    failing_since: Mutex<Vec<(Channel, DateTime<Utc>)>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            messages_in: Labelled::new(["channel"]),
            parse_outcomes: Labelled::new(["code", "flag"]),
            safeguarding_alerts: AtomicU64::new(0),
            acknowledged_after: Histogram::new(ACKNOWLEDGE_BUCKETS),
            chase_steps: Labelled::new(["step"]),
            send_failures: Labelled::new(["channel"]),
            webhook_latency: Histogram::new(WEBHOOK_BUCKETS),
            outbox_waiting: AtomicU64::new(0),
            outbox_oldest: AtomicI64::new(NONE_WAITING),
            failing_since: Mutex::default(),
        }
    }
}

static DAEMON: LazyLock<Metrics> = LazyLock::new(Metrics::default);

/// The running daemon's counters.
pub fn daemon() -> &'static Metrics {
    &DAEMON
}

impl Metrics {
    /// A message taken in (not a duplicate of one already taken).
    pub fn message_in(&self, channel: Channel) {
        self.messages_in.add([channel.as_str()]);
    }

    /// A parsed message: each report's code with the message's flags.
    pub fn parsed_message(&self, parsed: &crate::domain::ParsedMessage) {
        if parsed.reports.is_empty() {
            self.parsed(None, &parsed.flags);
        }
        for report in &parsed.reports {
            self.parsed(Some(report.code), &parsed.flags);
        }
    }

    /// A parsed report: its code (`none` when it gives none) and each flag
    /// raised (`none` when none).
    pub fn parsed(&self, code: Option<Code>, flags: &[Flag]) {
        let code = code.map_or("none", Code::as_str);
        if flags.is_empty() {
            self.parse_outcomes.add([code, "none"]);
        }
        for flag in flags {
            let name = serde_json::to_value(flag).ok();
            let name = name.as_ref().and_then(|n| n.as_str()).unwrap_or("other");
            self.parse_outcomes.add([code, name]);
        }
    }

    pub fn safeguarding_alert(&self) {
        self.safeguarding_alerts.fetch_add(1, Ordering::Relaxed);
    }

    /// A DSL acknowledged an alert raised `after` before.
    pub fn safeguarding_acknowledged(&self, after: Duration) {
        self.acknowledged_after.observe(after.as_secs_f64());
    }

    /// A chase step fired (the flow's step name).
    pub fn chase_step(&self, step: &str) {
        self.chase_steps.add([step]);
    }

    /// A send handed to a transport failed.
    pub fn send_failed(&self, channel: Channel, at: DateTime<Utc>) {
        self.send_failures.add([channel.as_str()]);
        let mut failing = self.failing_since.lock().expect("metrics lock");
        if !failing.iter().any(|(c, _)| *c == channel) {
            failing.push((channel, at));
        }
    }

    /// A send reached its provider: the channel works.
    pub fn send_succeeded(&self, channel: Channel) {
        self.failing_since
            .lock()
            .expect("metrics lock")
            .retain(|(c, _)| *c != channel);
    }

    /// How long a webhook took to answer.
    pub fn webhook_answered(&self, took: Duration) {
        self.webhook_latency.observe(took.as_secs_f64());
    }

    /// The outbox as the dispatcher last saw it: how many messages wait,
    /// and when the oldest of them was queued.
    pub fn outbox_seen(&self, waiting: u64, oldest: Option<DateTime<Utc>>) {
        self.outbox_waiting.store(waiting, Ordering::Relaxed);
        self.outbox_oldest.store(
            oldest.map_or(NONE_WAITING, |t| t.timestamp()),
            Ordering::Relaxed,
        );
    }

    fn oldest_waiting(&self) -> Option<DateTime<Utc>> {
        match self.outbox_oldest.load(Ordering::Relaxed) {
            NONE_WAITING => None,
            seconds => DateTime::from_timestamp(seconds, 0),
        }
    }

    fn channels_failing(&self) -> Vec<(Channel, DateTime<Utc>)> {
        self.failing_since.lock().expect("metrics lock").clone()
    }
}
