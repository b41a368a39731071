//! The Prometheus text exposition format (version 0.0.4), written by hand:
//! a few counters and histograms need no library.

use std::fmt::Write;
use std::sync::atomic::Ordering;

use chrono::{DateTime, Utc};

use super::Metrics;
use super::histogram::Histogram;
use super::labelled::Labelled;

/// Every metric as Prometheus reads it, ages measured at `now`.
pub fn render(metrics: &Metrics, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    counter(
        &mut out,
        "absence_line_messages_in_total",
        "Parents' messages taken in, by channel.",
        &metrics.messages_in,
    );
    counter(
        &mut out,
        "absence_line_parse_outcomes_total",
        "Reports parsed, by provisional code and flag raised.",
        &metrics.parse_outcomes,
    );
    single(
        &mut out,
        "absence_line_safeguarding_alerts_total",
        "counter",
        "Safeguarding alerts raised to the DSL.",
        metrics.safeguarding_alerts.load(Ordering::Relaxed) as f64,
    );
    histogram(
        &mut out,
        "absence_line_safeguarding_acknowledged_seconds",
        "How long after the alert a DSL acknowledged it.",
        &metrics.acknowledged_after,
    );
    counter(
        &mut out,
        "absence_line_chase_steps_fired_total",
        "Chase steps fired, by the flow's step name.",
        &metrics.chase_steps,
    );
    counter(
        &mut out,
        "absence_line_send_failures_total",
        "Sends a provider refused or that timed out, by channel.",
        &metrics.send_failures,
    );
    single(
        &mut out,
        "absence_line_outbox_waiting",
        "gauge",
        "Messages in the outbox not yet sent.",
        metrics.outbox_waiting.load(Ordering::Relaxed) as f64,
    );
    let oldest = metrics
        .oldest_waiting()
        .map_or(0.0, |at| (now - at).num_seconds().max(0) as f64);
    single(
        &mut out,
        "absence_line_outbox_oldest_waiting_seconds",
        "gauge",
        "Age of the oldest message waiting in the outbox (0 when none waits).",
        oldest,
    );
    histogram(
        &mut out,
        "absence_line_webhook_seconds",
        "Time to answer a channel's webhook.",
        &metrics.webhook_latency,
    );
    out
}

fn help(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

fn single(out: &mut String, name: &str, kind: &str, text: &str, value: f64) {
    help(out, name, kind, text);
    let _ = writeln!(out, "{name} {value}");
}

fn counter<const N: usize>(out: &mut String, name: &str, text: &str, counter: &Labelled<N>) {
    help(out, name, "counter", text);
    for (values, count) in counter.counts() {
        let labels: Vec<String> = counter
            .names
            .iter()
            .zip(&values)
            .map(|(name, value)| format!("{name}=\"{}\"", escape(value)))
            .collect();
        let _ = writeln!(out, "{name}{{{}}} {count}", labels.join(","));
    }
}

fn histogram(out: &mut String, name: &str, text: &str, histogram: &Histogram) {
    help(out, name, "histogram", text);
    let read = histogram.read();
    for (bound, count) in &read.cumulative {
        let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {count}");
    }
    let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {}", read.count);
    let _ = writeln!(out, "{name}_sum {}", read.sum);
    let _ = writeln!(out, "{name}_count {}", read.count);
}

/// A label value as the format needs it: backslash, quote and newline
/// escaped.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::domain::{Channel, Code, Flag};

    #[test]
    fn counts_appear_with_their_labels_and_histograms_add_up() {
        let metrics = Metrics::default();
        let now: DateTime<Utc> = "2026-11-23T09:30:00Z".parse().unwrap();
        metrics.message_in(Channel::Sms);
        metrics.message_in(Channel::Sms);
        metrics.message_in(Channel::Email);
        metrics.parsed(Some(Code::Illness), &[Flag::Safeguarding]);
        metrics.parsed(None, &[]);
        metrics.chase_step("chase_day1");
        metrics.send_failed(Channel::Sms, now);
        metrics.webhook_answered(Duration::from_millis(7));
        metrics.webhook_answered(Duration::from_secs(3));
        metrics.safeguarding_acknowledged(Duration::from_secs(400));
        metrics.outbox_seen(4, Some(now - chrono::Duration::seconds(90)));
        let text = render(&metrics, now);
        for line in [
            "absence_line_messages_in_total{channel=\"sms\"} 2",
            "absence_line_messages_in_total{channel=\"email\"} 1",
            "absence_line_parse_outcomes_total{code=\"I\",flag=\"safeguarding\"} 1",
            "absence_line_parse_outcomes_total{code=\"none\",flag=\"none\"} 1",
            "absence_line_chase_steps_fired_total{step=\"chase_day1\"} 1",
            "absence_line_send_failures_total{channel=\"sms\"} 1",
            "absence_line_webhook_seconds_bucket{le=\"0.01\"} 1",
            "absence_line_webhook_seconds_bucket{le=\"2.5\"} 1",
            "absence_line_webhook_seconds_bucket{le=\"5\"} 2",
            "absence_line_webhook_seconds_bucket{le=\"+Inf\"} 2",
            "absence_line_webhook_seconds_count 2",
            "absence_line_safeguarding_acknowledged_seconds_bucket{le=\"900\"} 1",
            "absence_line_outbox_waiting 4",
            "absence_line_outbox_oldest_waiting_seconds 90",
        ] {
            assert!(text.lines().any(|l| l == line), "no `{line}` in\n{text}");
        }
    }

    #[test]
    fn a_label_value_cannot_break_the_format() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
