//! The daemon's one timing loop: every piece of background work (the
//! chaser, the digest, the threshold watch) is a [`Ticker`], driven from
//! the one clock. The loop runs what is due, then sleeps until the
//! earliest next wake, a poke (new register marks, a reply), or shutdown.
//!
//! `simulate` drives the same tickers itself on a simulated clock, jumping
//! from one wake time to the next instead of sleeping.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use tokio::sync::{Notify, broadcast};

use crate::clock::SharedClock;
use crate::error::Result;
use crate::redact::Redacted;

/// The longest the loop sleeps, so a clock change or work that arrived
/// without a poke is picked up.
const IDLE_POLL: StdDuration = StdDuration::from_secs(60);

/// Background work that is due at known times.
pub trait Ticker: Send + Sync {
    /// For logs.
    fn name(&self) -> &'static str;
    /// Does everything due at `now`, idempotently: each action is claimed
    /// once in the store, so ticking twice does nothing the second time.
    fn tick(&self, now: DateTime<Utc>) -> Result<()>;
    /// The next instant after `now` something falls due, if one is known.
    fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>>;
}

impl Ticker for crate::chase::Chaser {
    fn name(&self) -> &'static str {
        "chaser"
    }

    fn tick(&self, now: DateTime<Utc>) -> Result<()> {
        let done = crate::chase::Chaser::tick(self, now)?;
        if done != Default::default() {
            tracing::debug!(
                started = done.started,
                fired = done.steps_fired,
                messages = done.messages,
                stopped = done.stopped,
                "chases"
            );
        }
        Ok(())
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        crate::chase::Chaser::next_wake(self, now)
    }
}

impl Ticker for crate::digest::Digests {
    fn name(&self) -> &'static str {
        "digests"
    }

    fn tick(&self, now: DateTime<Utc>) -> Result<()> {
        let sent = crate::digest::Digests::tick(self, now)?;
        if sent.digests + sent.alerts > 0 {
            tracing::debug!(digests = sent.digests, alerts = sent.alerts, "digests");
        }
        Ok(())
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        Ok(crate::digest::Digests::next_wake(self, now))
    }
}

pub struct Scheduler {
    clock: SharedClock,
    tickers: Vec<Arc<dyn Ticker>>,
    poke: Arc<Notify>,
}

impl Scheduler {
    pub fn new(clock: SharedClock) -> Self {
        Scheduler {
            clock,
            tickers: Vec::new(),
            poke: Arc::new(Notify::new()),
        }
    }

    pub fn add(&mut self, ticker: Arc<dyn Ticker>) {
        self.tickers.push(ticker);
    }

    /// A handle that wakes the loop at once: call it after recording
    /// register marks or anything else a ticker should see now.
    pub fn poker(&self) -> Arc<Notify> {
        self.poke.clone()
    }

    /// Ticks every ticker at `now`; returns the earliest next wake. A
    /// ticker that fails is logged and asked again next time, so one
    /// failure never stops the others.
    pub fn run_due(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let mut earliest: Option<DateTime<Utc>> = None;
        for ticker in &self.tickers {
            if let Err(error) = ticker.tick(now) {
                tracing::error!(ticker = ticker.name(), error = %Redacted(&error), "tick failed");
            }
            match ticker.next_wake(now) {
                Ok(Some(at)) => earliest = Some(earliest.map_or(at, |e| e.min(at))),
                Ok(None) => {}
                Err(error) => {
                    tracing::error!(ticker = ticker.name(), error = %Redacted(&error), "next wake failed")
                }
            }
        }
        earliest
    }

    /// The daemon's loop, until shutdown. Work due while the daemon was
    /// down is done on the first pass, as each ticker's rules allow.
    pub async fn run(self, mut shutdown: broadcast::Receiver<()>) -> Result<()> {
        let scheduler = Arc::new(self);
        loop {
            let ticking = scheduler.clone();
            let now = scheduler.clock.now();
            // The tickers read and write the store synchronously: keep them
            // off the async threads that answer webhooks, as the inbound
            // worker does.
            let next = tokio::task::spawn_blocking(move || ticking.run_due(now))
                .await
                .unwrap_or_else(|error| {
                    tracing::error!(error = %Redacted(&error), "a ticker panicked");
                    None
                });
            let pause = next
                .map(|at| scheduler.clock.real_wait_until(at))
                .unwrap_or(IDLE_POLL)
                .min(IDLE_POLL);
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = scheduler.poke.notified() => {}
                _ = shutdown.recv() => return Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::clock::SimulatedClock;

    /// Records the instants it was ticked at.
    struct Counting {
        ticks: Mutex<Vec<DateTime<Utc>>>,
        wake: Option<DateTime<Utc>>,
        fails: bool,
    }

    impl Ticker for Counting {
        fn name(&self) -> &'static str {
            "counting"
        }
        fn tick(&self, now: DateTime<Utc>) -> Result<()> {
            self.ticks.lock().unwrap().push(now);
            if self.fails {
                return Err(crate::Error::Store("boom".into()));
            }
            Ok(())
        }
        fn next_wake(&self, _: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
            Ok(self.wake)
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn every_ticker_runs_and_the_earliest_wake_wins_even_after_a_failure() {
        let clock = SimulatedClock::starting_at(at("2026-11-23T09:00:00Z"));
        let mut scheduler = Scheduler::new(Arc::new(clock));
        let failing = Arc::new(Counting {
            ticks: Mutex::new(vec![]),
            wake: Some(at("2026-11-23T11:00:00Z")),
            fails: true,
        });
        let other = Arc::new(Counting {
            ticks: Mutex::new(vec![]),
            wake: Some(at("2026-11-23T09:25:00Z")),
            fails: false,
        });
        scheduler.add(failing.clone());
        scheduler.add(other.clone());
        let next = scheduler.run_due(at("2026-11-23T09:00:00Z"));
        assert_eq!(next, Some(at("2026-11-23T09:25:00Z")));
        assert_eq!(failing.ticks.lock().unwrap().len(), 1);
        assert_eq!(other.ticks.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn the_loop_stops_on_shutdown() {
        let clock = SimulatedClock::starting_at(at("2026-11-23T09:00:00Z"));
        let mut scheduler = Scheduler::new(Arc::new(clock));
        let ticker = Arc::new(Counting {
            ticks: Mutex::new(vec![]),
            wake: None,
            fails: false,
        });
        scheduler.add(ticker.clone());
        let poke = scheduler.poker();
        let (stop, rx) = broadcast::channel(1);
        let running = tokio::spawn(scheduler.run(rx));
        tokio::time::sleep(StdDuration::from_millis(20)).await;
        poke.notify_one();
        tokio::time::sleep(StdDuration::from_millis(20)).await;
        stop.send(()).unwrap();
        running.await.unwrap().unwrap();
        assert_eq!(
            ticker.ticks.lock().unwrap().len(),
            2,
            "first pass and the poke"
        );
    }
}
