//! Sign-in attempts, limited: a few per account and per client address in
//! a window, then a wait. An attempt is counted when it is made, before
//! its password is checked, so parallel guesses cannot slip past the
//! count. Kept in memory: a restart forgets the count, which costs an
//! attacker a restart they cannot cause.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

/// How many attempts are allowed per key in the window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub attempts: usize,
    pub window: Duration,
}

/// Five attempts at one account in 15 minutes from browsers it has not
/// signed in on (a browser it has is not held back by strangers' guesses).
pub const PER_ACCOUNT: Limit = Limit {
    attempts: 5,
    window: Duration::minutes(15),
};

/// Twenty attempts from one address in 15 minutes (a shared office
/// connection has several people signing in).
pub const PER_ADDRESS: Limit = Limit {
    attempts: 20,
    window: Duration::minutes(15),
};

/// Above this many tracked keys, keys with no recent attempt are dropped,
/// so a flood of made-up usernames cannot grow memory without bound.
const TRACKED_KEYS: usize = 10_000;

/// What attempts are counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LimitKey {
    Account(String),
    Address(IpAddr),
}

/// Sign-in attempts by key.
#[derive(Clone, Default)]
pub struct SignInLimiter {
    attempts: Arc<Mutex<HashMap<LimitKey, VecDeque<DateTime<Utc>>>>>,
}

impl SignInLimiter {
    /// Counts an attempt against every key, if none has used up its
    /// attempts at `now`; else `Err(wait)` and nothing is counted.
    pub fn attempt(&self, keys: &[(LimitKey, Limit)], now: DateTime<Utc>) -> Result<(), Duration> {
        let mut attempts = self.attempts.lock().expect("limiter lock poisoned");
        let mut wait = Duration::zero();
        for (key, limit) in keys {
            if let Some(times) = attempts.get_mut(key) {
                forget_before(times, now - limit.window);
                if times.len() >= limit.attempts {
                    let oldest = times[times.len() - limit.attempts];
                    wait = wait.max(oldest + limit.window - now);
                }
            }
        }
        if wait > Duration::zero() {
            return Err(wait);
        }
        if attempts.len() > TRACKED_KEYS {
            let longest = keys.iter().map(|(_, l)| l.window).max().unwrap_or_default();
            attempts.retain(|_, times| times.back().is_some_and(|t| *t > now - longest));
        }
        for (key, _) in keys {
            attempts.entry(key.clone()).or_default().push_back(now);
        }
        Ok(())
    }

    /// A successful sign-in clears the account's count (not the address's).
    pub fn succeeded(&self, key: &LimitKey) {
        self.attempts
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

    fn jo() -> [(LimitKey, Limit); 1] {
        [(LimitKey::Account("jo".into()), PER_ACCOUNT)]
    }

    #[test]
    fn the_sixth_attempt_waits_until_the_first_leaves_the_window() {
        let limiter = SignInLimiter::default();
        for minute in 0..5 {
            assert!(limiter.attempt(&jo(), at(minute)).is_ok());
        }
        assert_eq!(limiter.attempt(&jo(), at(5)), Err(Duration::minutes(10)));
        assert!(
            limiter.attempt(&jo(), at(15)).is_ok(),
            "the first has expired"
        );
        let other = [(LimitKey::Account("sam".into()), PER_ACCOUNT)];
        assert!(limiter.attempt(&other, at(5)).is_ok(), "per account");
    }

    #[test]
    fn parallel_attempts_are_counted_as_they_are_made() {
        let limiter = SignInLimiter::default();
        let allowed = std::thread::scope(|scope| {
            let tries: Vec<_> = (0..100)
                .map(|_| scope.spawn(|| limiter.attempt(&jo(), at(0)).is_ok()))
                .collect();
            tries
                .into_iter()
                .filter_map(|t| t.join().unwrap().then_some(()))
                .count()
        });
        assert_eq!(allowed, PER_ACCOUNT.attempts);
    }

    #[test]
    fn success_clears_the_account_count() {
        let limiter = SignInLimiter::default();
        for minute in 0..5 {
            limiter.attempt(&jo(), at(minute)).unwrap();
        }
        limiter.succeeded(&jo()[0].0);
        assert!(limiter.attempt(&jo(), at(5)).is_ok());
    }
}
