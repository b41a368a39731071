//! Whether the daemon is doing its job, for `/healthz`: degraded when a
//! channel's sends have all failed for some minutes, or when a message has
//! waited too long in the outbox.

use chrono::{DateTime, Duration, Utc};

use super::Metrics;

/// A channel whose every send has failed for this long is degraded.
pub const SENDS_FAILING_TOO_LONG: Duration = Duration::minutes(5);

/// A message waiting this long to be sent makes the outbox degraded.
pub const OUTBOX_TOO_OLD: Duration = Duration::minutes(15);

/// What the health check reports beyond "the store answers".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// Why it is degraded, for a person; empty when all is well.
    pub problems: Vec<String>,
}

impl Health {
    pub fn is_degraded(&self) -> bool {
        !self.problems.is_empty()
    }
}

impl Metrics {
    /// The daemon's health at `now`, from what it has counted.
    pub fn health(&self, now: DateTime<Utc>) -> Health {
        let mut problems = Vec::new();
        for (channel, since) in self.channels_failing() {
            let failing = now - since;
            if failing >= SENDS_FAILING_TOO_LONG {
                problems.push(format!(
                    "{channel}: every send has failed for {} minutes",
                    failing.num_minutes()
                ));
            }
        }
        if let Some(oldest) = self.oldest_waiting()
            && now - oldest >= OUTBOX_TOO_OLD
        {
            problems.push(format!(
                "outbox: a message has waited {} minutes to be sent",
                (now - oldest).num_minutes()
            ));
        }
        Health { problems }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, SimulatedClock};
    use crate::domain::Channel;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_channel_failing_for_minutes_is_degraded_until_a_send_succeeds() {
        let clock = SimulatedClock::starting_at(at("2026-11-23T08:00:00Z"));
        let metrics = Metrics::default();
        metrics.send_failed(Channel::Sms, clock.now());
        clock.advance(Duration::minutes(2));
        metrics.send_failed(Channel::Sms, clock.now());
        assert!(!metrics.health(clock.now()).is_degraded(), "a blip is not");
        clock.advance(Duration::minutes(3));
        assert_eq!(
            metrics.health(clock.now()).problems,
            ["sms: every send has failed for 5 minutes"]
        );
        metrics.send_succeeded(Channel::Email);
        assert!(
            metrics.health(clock.now()).is_degraded(),
            "another channel's success"
        );
        metrics.send_succeeded(Channel::Sms);
        assert!(!metrics.health(clock.now()).is_degraded());
    }

    #[test]
    fn a_message_waiting_too_long_makes_the_outbox_degraded() {
        let clock = SimulatedClock::starting_at(at("2026-11-23T08:00:00Z"));
        let metrics = Metrics::default();
        metrics.outbox_seen(1, Some(clock.now()));
        clock.advance(Duration::minutes(14));
        assert!(!metrics.health(clock.now()).is_degraded());
        clock.advance(Duration::minutes(1));
        assert_eq!(
            metrics.health(clock.now()).problems,
            ["outbox: a message has waited 15 minutes to be sent"]
        );
        metrics.outbox_seen(0, None);
        assert!(!metrics.health(clock.now()).is_degraded());
    }
}
