//! The one clock everything time-dependent reads.
//!
//! In the daemon it is the system clock; in `simulate` and in tests it is a
//! simulated clock that only moves when told, so a week of chasing runs in
//! seconds and gives the same output every time. A rehearsal of the daemon
//! (`serve --clock-start`) runs on a [`ScaledClock`]: a real process, on a
//! school day of its choosing, with time passing faster than real time.

use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, Utc};

/// A source of the current instant.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// How long to sleep, in real time, until the clock reads `at`: what a
    /// loop waiting for its next piece of work asks, so that the same loop
    /// keeps time on a clock that runs faster than the wall.
    fn real_wait_until(&self, at: DateTime<Utc>) -> StdDuration {
        (at - self.now()).to_std().unwrap_or_default()
    }
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

/// A clock that starts at a chosen instant and runs `speed` times faster
/// than real time: a rehearsal of a school day by the real daemon, and the
/// process tests that kill it around a chase step's time.
#[derive(Debug, Clone)]
pub struct ScaledClock {
    start: DateTime<Utc>,
    started: Instant,
    speed: u32,
}

impl ScaledClock {
    /// A clock reading `start` now. A `speed` of 0 is taken as 1.
    pub fn new(start: DateTime<Utc>, speed: u32) -> Self {
        ScaledClock {
            start,
            started: Instant::now(),
            speed: speed.max(1),
        }
    }
}

impl Clock for ScaledClock {
    fn now(&self) -> DateTime<Utc> {
        let elapsed = self.started.elapsed() * self.speed;
        self.start + Duration::from_std(elapsed).expect("a rehearsal lasts less than 290,000 years")
    }

    fn real_wait_until(&self, at: DateTime<Utc>) -> StdDuration {
        let simulated = (at - self.now()).to_std().unwrap_or_default();
        simulated / self.speed
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

    #[test]
    fn a_scaled_clock_runs_faster_than_real_time_and_waits_in_real_time() {
        let start: DateTime<Utc> = "2026-11-23T09:20:00Z".parse().unwrap();
        let clock = ScaledClock::new(start, 600);
        std::thread::sleep(StdDuration::from_millis(50));
        let now = clock.now();
        assert!(
            now >= start + Duration::seconds(30) && now < start + Duration::minutes(10),
            "50 ms at 600 times is at least 30 s: {now}"
        );
        let wait = clock.real_wait_until(now + Duration::minutes(10));
        assert!(
            wait <= StdDuration::from_secs(1),
            "10 minutes is 1 s: {wait:?}"
        );
        assert!(wait > StdDuration::from_millis(500), "{wait:?}");
        assert_eq!(clock.real_wait_until(start), StdDuration::ZERO, "past");
        assert_eq!(
            SystemClock
                .real_wait_until(Utc::now() + Duration::hours(1))
                .as_secs()
                / 60,
            59,
            "the system clock waits in real time"
        );
    }
}
