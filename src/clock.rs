//! The one clock everything time-dependent reads.
//!
//! In the daemon it is the system clock; in `simulate` and in tests it is a
//! simulated clock that only moves when told, so a week of chasing runs in
//! seconds and gives the same output every time.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

/// A source of the current instant.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// Wall-clock time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until it is moved. Clones share one time.
#[derive(Debug, Clone)]
pub struct SimulatedClock {
    now: Arc<Mutex<DateTime<Utc>>>,
}

impl SimulatedClock {
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        SimulatedClock {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Moves the clock to `at`. Time never runs backwards: an earlier
    /// instant leaves the clock where it is.
    pub fn set(&self, at: DateTime<Utc>) {
        let mut now = self.now.lock().expect("clock lock poisoned");
        if at > *now {
            *now = at;
        }
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().expect("clock lock poisoned");
        *now += by;
    }
}

impl Clock for SimulatedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().expect("clock lock poisoned")
    }
}

/// The clock as it is passed around the daemon.
pub type SharedClock = Arc<dyn Clock>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simulated_time_moves_only_forward_and_only_when_told() {
        let start: DateTime<Utc> = "2026-11-23T07:00:00Z".parse().unwrap();
        let clock = SimulatedClock::starting_at(start);
        let shared: SharedClock = Arc::new(clock.clone());
        assert_eq!(shared.now(), start);
        clock.advance(Duration::minutes(90));
        assert_eq!(shared.now(), start + Duration::minutes(90));
        clock.set(start);
        assert_eq!(
            shared.now(),
            start + Duration::minutes(90),
            "never backwards"
        );
    }
}
