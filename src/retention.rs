//! How long personal data is kept, and the daemon's daily purge.
//!
//! - Register entries and every amendment: 6 years from the entry (the
//!   2024 regulations), then purged with the register's compact codes.
//! - Parents' messages and what the outbox sent: as long as the school's
//!   privacy notice says (`messages_months`, `outbox_months`).
//! - Leavers' contact details: `leavers_contacts_months` after leaving.
//! - Safeguarding messages (a message kept in the safeguarding record, an
//!   alert to the DSL): as the school's safeguarding policy says
//!   (`safeguarding_years`, from when each was made).
//! - The safeguarding records themselves (each concern, its alerts and
//!   acknowledgements): kept while any of their pupils is on roll, then
//!   `safeguarding_records_years_after_leaving` after the last leaves. The
//!   IRMS toolkit for schools, following KCSIE, keeps a child protection
//!   file until the child's 25th birthday; the roster holds no date of
//!   birth, so the default of 25 years after leaving keeps every record at
//!   least that long whatever the age the pupil left at.
//!
//! A purged outbox message keeps its key and status, so a once key still
//! stops anything being sent twice.

use std::sync::Mutex;

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::inbound::Inbox;
use crate::outbox::{Outbox, Role};
use crate::register::{Forgotten, RegisterBook};
use crate::roster::Roster;
use crate::safeguarding::{ConcernRecord, Records};
use crate::scheduler::Ticker;
use crate::schools::Schools;
use crate::store::Store;

/// The years register entries and amendments are kept from the entry.
pub const REGISTER_YEARS: u32 = 6;

/// `[retention]` in `config.toml`. The defaults suit a school whose
/// privacy notice keeps correspondence for the school year and a term
/// after, and whose safeguarding policy keeps records 25 years.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {
    /// Parents' messages, from when each arrived.
    pub messages_months: u32,
    /// Messages the daemon sent (their recipient and words), from when
    /// each was queued.
    pub outbox_months: u32,
    /// A leaver's contacts, from the day the pupil left.
    pub leavers_contacts_months: u32,
    /// Safeguarding messages and alerts to the DSL, from when each was
    /// made.
    pub safeguarding_years: u32,
    /// Safeguarding records, from the day the last of their pupils left.
    pub safeguarding_records_years_after_leaving: u32,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            messages_months: 13,
            outbox_months: 13,
            leavers_contacts_months: 12,
            safeguarding_years: 25,
            safeguarding_records_years_after_leaving: 25,
        }
    }
}

/// One retention period as `check-config` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub key: &'static str,
    pub value: u32,
    pub unit: &'static str,
    pub source: &'static str,
}

impl RetentionConfig {
    /// Each period in effect with where it comes from.
    pub fn described(&self) -> Vec<Period> {
        let period = |key, value, unit, source| Period {
            key,
            value,
            unit,
            source,
        };
        vec![
            period(
                "register",
                REGISTER_YEARS,
                "years",
                "the 2024 regulations (fixed)",
            ),
            period(
                "messages_months",
                self.messages_months,
                "months",
                "the school's privacy notice",
            ),
            period(
                "outbox_months",
                self.outbox_months,
                "months",
                "the school's privacy notice",
            ),
            period(
                "leavers_contacts_months",
                self.leavers_contacts_months,
                "months",
                "the school's privacy notice",
            ),
            period(
                "safeguarding_years",
                self.safeguarding_years,
                "years",
                "the school's safeguarding policy",
            ),
            period(
                "safeguarding_records_years_after_leaving",
                self.safeguarding_records_years_after_leaving,
                "years",
                "the school's safeguarding policy (IRMS/KCSIE: to the child's 25th birthday)",
            ),
        ]
    }
}

/// What one purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub messages: usize,
    pub outbox: usize,
    pub contacts: usize,
    /// Safeguarding records whose pupils all left long enough ago.
    pub safeguarding_records: usize,
    /// Register entries and amendments more than 6 years old.
    pub register: Forgotten,
}

/// The purge, run once a day by the daemon.
pub struct Retention {
    config: RetentionConfig,
    schools: Schools,
    inbox: Inbox,
    outbox: Outbox,
    roster: Roster,
    register: RegisterBook,
    /// Which messages raised a safeguarding concern.
    concerns: Records,
    /// The day the last purge ran: one a day is enough.
    last_run: Mutex<Option<NaiveDate>>,
}

/// `at` plus `months`, or the far future when that overflows.
fn after(at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    at.checked_add_months(Months::new(months))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl Retention {
    pub fn new(store: &Store, schools: Schools, config: RetentionConfig) -> Result<Retention> {
        Ok(Retention {
            config,
            schools,
            inbox: Inbox::open(store)?,
            outbox: Outbox::open(store)?,
            roster: Roster::open(store)?,
            register: RegisterBook::open(store)?,
            concerns: Records::open(store)?,
            last_run: Mutex::new(None),
        })
    }

    /// Deletes or clears everything whose period ended by `now`.
    pub fn purge(&self, now: DateTime<Utc>) -> Result<Purged> {
        let mut purged = Purged::default();
        let safeguarding_months = self.config.safeguarding_years.saturating_mul(12);
        for entry in self.inbox.all()? {
            let message = &entry.message;
            let flagged = self.concerns.is_concern(&entry.id)?;
            let months = if flagged {
                safeguarding_months
            } else {
                self.config.messages_months
            };
            if after(message.received_at, months) <= now && self.inbox.forget(&entry.id)? {
                purged.messages += 1;
            }
        }
        for entry in self.outbox.all()? {
            let months = if entry.message.role == Role::Dsl {
                safeguarding_months
            } else {
                self.config.outbox_months
            };
            if after(entry.created_at, months) <= now && self.outbox.clear_contents(&entry.key)? {
                purged.outbox += 1;
            }
        }
        for school in self.schools.iter() {
            let last_day = school
                .local_date(now)
                .checked_sub_months(Months::new(REGISTER_YEARS * 12))
                .unwrap_or(NaiveDate::MIN);
            let forgotten = self.register.forget_up_to(&school.id, last_day)?;
            purged.register.entries += forgotten.entries;
            purged.register.amendments += forgotten.amendments;
            for pupil in self.roster.all_pupils(&school.id)? {
                let Some(left_on) = pupil.left_on else {
                    continue;
                };
                let ends = left_on
                    .checked_add_months(Months::new(self.config.leavers_contacts_months))
                    .unwrap_or(NaiveDate::MAX);
                if ends <= school.local_date(now) {
                    purged.contacts += self.roster.forget_contacts_of(&pupil.upn)?;
                }
            }
            let today = school.local_date(now);
            for record in self.concerns.of_school(&school.id)? {
                if self.record_ends(&record, today)? && self.concerns.forget(&record.id)? {
                    purged.safeguarding_records += 1;
                }
            }
        }
        Ok(purged)
    }

    /// Whether a safeguarding record's period has ended by `today`: every
    /// pupil it is about has left, the last long enough ago. A pupil the
    /// roster does not know keeps it. A concern from an unknown sender is
    /// about no pupil on the roll: its period runs from when it was raised.
    fn record_ends(&self, record: &ConcernRecord, today: NaiveDate) -> Result<bool> {
        let mut last_left = record
            .upns
            .is_empty()
            .then(|| record.raised_at.date_naive());
        for upn in &record.upns {
            let left_on = self
                .roster
                .pupil(record.school.as_str(), upn.as_str())?
                .and_then(|p| p.left_on);
            let Some(left_on) = left_on else {
                return Ok(false);
            };
            last_left = last_left.max(Some(left_on));
        }
        Ok(last_left
            .and_then(|left| {
                left.checked_add_months(Months::new(
                    self.config
                        .safeguarding_records_years_after_leaving
                        .saturating_mul(12),
                ))
            })
            .is_some_and(|ends| ends <= today))
    }
}

impl Ticker for Retention {
    fn name(&self) -> &'static str {
        "retention"
    }

    fn tick(&self, now: DateTime<Utc>) -> Result<()> {
        let today = now.date_naive();
        let mut last_run = self.last_run.lock().unwrap_or_else(|e| e.into_inner());
        if *last_run == Some(today) {
            return Ok(());
        }
        let purged = self.purge(now)?;
        *last_run = Some(today);
        tracing::info!(
            messages = purged.messages,
            outbox = purged.outbox,
            contacts = purged.contacts,
            safeguarding_records = purged.safeguarding_records,
            register_entries = purged.register.entries,
            amendments = purged.register.amendments,
            "retention purge"
        );
        Ok(())
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        Ok(now
            .date_naive()
            .succ_opt()
            .and_then(|d| d.and_hms_opt(1, 0, 0))
            .map(|t| t.and_utc()))
    }
}
