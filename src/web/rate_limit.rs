//! Sign-in attempts, limited: a few wrong passwords per account and per
//! client address in a window, then a wait. Kept in memory: a restart
//! forgets the count, which costs an attacker a restart they cannot cause.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

/// How many failures are allowed per key in the window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub failures: usize,
    pub window: Duration,
}

/// Five wrong passwords for one account in 15 minutes.
pub const PER_ACCOUNT: Limit = Limit {
    failures: 5,
    window: Duration::minutes(15),
};

/// Twenty failures from one address in 15 minutes (a shared office
/// connection has several people signing in).
pub const PER_ADDRESS: Limit = Limit {
    failures: 20,
    window: Duration::minutes(15),
};

/// Above this many tracked keys, keys with no recent failure are dropped,
/// so a flood of made-up usernames cannot grow memory without bound.
const TRACKED_KEYS: usize = 10_000;

/// Failed sign-ins by key (`account:jo`, `address:10.0.0.7`).
#[derive(Clone, Default)]
pub struct SignInLimiter {
    failures: Arc<Mutex<HashMap<String, VecDeque<DateTime<Utc>>>>>,
}

impl SignInLimiter {
    /// `Err(wait)` when any key has used up its failures at `now`.
    pub fn check(&self, keys: &[(String, Limit)], now: DateTime<Utc>) -> Result<(), Duration> {
        let mut failures = self.failures.lock().expect("limiter lock poisoned");
        let mut wait = Duration::zero();
        for (key, limit) in keys {
            if let Some(times) = failures.get_mut(key) {
                forget_before(times, now - limit.window);
                if times.len() >= limit.failures {
                    let oldest = times[times.len() - limit.failures];
                    wait = wait.max(oldest + limit.window - now);
                }
            }
        }
        if wait > Duration::zero() {
            Err(wait)
        } else {
            Ok(())
        }
    }

    /// Counts a failed attempt against every key.
    pub fn failed(&self, keys: &[(String, Limit)], now: DateTime<Utc>) {
        let mut failures = self.failures.lock().expect("limiter lock poisoned");
        if failures.len() > TRACKED_KEYS {
            let longest = keys.iter().map(|(_, l)| l.window).max().unwrap_or_default();
            failures.retain(|_, times| times.back().is_some_and(|t| *t > now - longest));
        }
        for (key, _) in keys {
            failures.entry(key.clone()).or_default().push_back(now);
        }
    }

    /// A successful sign-in clears the account's count (not the address's).
    pub fn succeeded(&self, key: &str) {
        self.failures
            .lock()
            .expect("limiter lock poisoned")
            .remove(key);
    }
}

fn forget_before(times: &mut VecDeque<DateTime<Utc>>, cutoff: DateTime<Utc>) {
    while times.front().is_some_and(|t| *t <= cutoff) {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        "2026-11-23T08:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::minutes(minute)
    }

    #[test]
    fn the_sixth_failure_waits_until_the_first_leaves_the_window() {
        let limiter = SignInLimiter::default();
        let keys = [("account:jo".to_string(), PER_ACCOUNT)];
        for minute in 0..5 {
            assert!(limiter.check(&keys, at(minute)).is_ok());
            limiter.failed(&keys, at(minute));
        }
        assert_eq!(limiter.check(&keys, at(5)), Err(Duration::minutes(10)));
        assert!(
            limiter.check(&keys, at(15)).is_ok(),
            "the first has expired"
        );
        let other = [("account:sam".to_string(), PER_ACCOUNT)];
        assert!(limiter.check(&other, at(5)).is_ok(), "per account");
    }

    #[test]
    fn success_clears_the_account_count() {
        let limiter = SignInLimiter::default();
        let keys = [("account:jo".to_string(), PER_ACCOUNT)];
        for minute in 0..5 {
            limiter.failed(&keys, at(minute));
        }
        limiter.succeeded("account:jo");
        assert!(limiter.check(&keys, at(5)).is_ok());
    }
}
