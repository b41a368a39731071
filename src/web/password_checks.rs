//! Password checks, a few at a time. Each argon2 check takes ~19 MiB and
//! a core for a while, so they run on at most [`RUNNING`] blocking threads,
//! with at most [`WAITING`] more queued; beyond that a sign-in is told the
//! screen is busy rather than piling up memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Semaphore;

use super::auth::{Account, Accounts};
use crate::error::{Error, Result};

/// Checks running at once.
pub const RUNNING: usize = 2;
/// Checks waiting for a turn.
pub const WAITING: usize = 8;

/// What became of a password check.
#[derive(Debug)]
pub enum Checked {
    /// The account, when the password is right.
    Done(Option<Account>),
    /// Too many checks already waiting; nothing was checked.
    Busy,
}

/// The bounded pool; cheap to clone.
#[derive(Clone)]
pub struct PasswordChecks {
    turns: Arc<Semaphore>,
    /// Checks running or waiting.
    admitted: Arc<AtomicUsize>,
    /// Checks started, ever: what the security tests count.
    started: Arc<AtomicUsize>,
}

impl Default for PasswordChecks {
    fn default() -> Self {
        PasswordChecks {
            turns: Arc::new(Semaphore::new(RUNNING)),
            admitted: Arc::new(AtomicUsize::new(0)),
            started: Arc::new(AtomicUsize::new(0)),
        }
    }
}

/// Gives back a place in the pool however the check ends.
struct Admitted(Arc<AtomicUsize>);

impl Drop for Admitted {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl PasswordChecks {
    /// Checks `password` for `username`, or answers [`Checked::Busy`].
    pub async fn verify(
        &self,
        accounts: &Accounts,
        username: &str,
        password: &str,
    ) -> Result<Checked> {
        if self.admitted.fetch_add(1, Ordering::SeqCst) >= RUNNING + WAITING {
            self.admitted.fetch_sub(1, Ordering::SeqCst);
            return Ok(Checked::Busy);
        }
        let _place = Admitted(self.admitted.clone());
        let _turn = self
            .turns
            .acquire()
            .await
            .map_err(|e| Error::Refused(format!("password checks stopped: {e}")))?;
        self.started.fetch_add(1, Ordering::SeqCst);
        let accounts = accounts.clone();
        let username = username.to_string();
        let password = password.to_string();
        tokio::task::spawn_blocking(move || accounts.verify(&username, &password))
            .await
            .map_err(|e| Error::Refused(format!("the password check failed: {e}")))?
            .map(Checked::Done)
    }

    /// How many checks have started since the daemon did.
    pub fn started(&self) -> usize {
        self.started.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::store::Store;
    use crate::web::auth::{NewAccount, StaffRole};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn beyond_the_queue_a_check_is_refused_not_queued() {
        let store = Store::temporary().unwrap();
        let accounts = Accounts::open(&store).unwrap();
        accounts
            .add(
                NewAccount {
                    username: "jo",
                    name: "Jo",
                    role: StaffRole::Office,
                    school: None,
                    password: "correct horse battery",
                },
                Utc::now(),
            )
            .unwrap();
        let checks = PasswordChecks::default();
        let attempts = (0..30).map(|_| {
            let checks = checks.clone();
            let accounts = accounts.clone();
            tokio::spawn(async move { checks.verify(&accounts, "jo", "wrong horse battery").await })
        });
        let mut busy = 0;
        for attempt in futures::future::join_all(attempts).await {
            match attempt.unwrap().unwrap() {
                Checked::Busy => busy += 1,
                Checked::Done(account) => assert!(account.is_none()),
            }
        }
        assert!(busy >= 30 - (RUNNING + WAITING), "{busy} refused");
        assert_eq!(checks.started(), 30 - busy);
        match checks
            .verify(&accounts, "jo", "correct horse battery")
            .await
            .unwrap()
        {
            Checked::Done(Some(account)) => assert_eq!(account.username, "jo"),
            other => panic!("the pool is free again: {other:?}"),
        }
    }
}
