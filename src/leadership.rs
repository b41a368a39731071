//! Which daemon does the work that must happen once: the chase scheduler
//! (chase steps, digests, escalations), the outbox's sends and the inbound
//! pipeline. Every daemon takes webhooks, email and the staff screen; only
//! the one holding the [`Lease`] does this work. The lease lasts
//! `[store.postgres] lease_seconds` (20 unless set) and is renewed every
//! quarter of that ([`Lease::renew_every`]), so when its holder dies
//! another daemon takes over within the lease and a quarter.
//!
//! A holder that cannot renew in time (the database unreachable, or the
//! process paused) stops: by then another daemon may hold the lease, and
//! the once keys and the outbox's check with the provider make whatever it
//! had claimed safe for the new holder to finish.

use std::time::{Duration, Instant};

use crate::redact::Redacted;
use crate::store::{Lease, Store};

/// The one lease for the once-only work.
pub const WORK_LEASE: &str = "once-work";

/// This daemon's claim on the once-only work, lasting `ttl` unrenewed,
/// with a holder name unique to this process.
pub fn work_lease(store: &Store, ttl: Duration) -> Lease {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "host".into());
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let holder = format!("{host}/{}/{started}", std::process::id());
    store.lease(WORK_LEASE, &holder, ttl)
}

/// Waits until this daemon holds the lease; its fencing token.
pub async fn take(lease: &Lease) -> u64 {
    loop {
        match lease.acquire() {
            Ok(Some(token)) => {
                tracing::info!(token, "this daemon holds the work lease");
                return token;
            }
            Ok(None) => {}
            Err(error) => {
                tracing::warn!(error = %Redacted(&error), "trying to take the work lease")
            }
        }
        tokio::time::sleep(lease.renew_every()).await;
    }
}

/// Renews the lease until it is lost (taken by another holder, or not
/// renewed before it would expire), then returns.
pub async fn keep(lease: &Lease, token: u64) {
    let mut renewed = Instant::now();
    loop {
        tokio::time::sleep(lease.renew_every()).await;
        match lease.acquire() {
            Ok(Some(now)) if now == token => renewed = Instant::now(),
            Ok(_) => {
                tracing::error!(token, "the work lease was taken by another daemon");
                return;
            }
            Err(error) => {
                tracing::warn!(error = %Redacted(&error), "renewing the work lease");
                if renewed.elapsed() + lease.renew_every() >= lease.ttl() {
                    tracing::error!("the work lease could not be renewed before it expires");
                    return;
                }
            }
        }
    }
}
