//! When digests go out, and sending each one once.
//!
//! [`Digests`] is background work in the daemon's usual shape: `tick(now)`
//! does everything due at `now` and `next_wake(now)` says when to call
//! again. At each scheduled time on a school day it raises the new threshold
//! alerts, then sends the DSL and the attendance lead their digests; at the
//! school's office time it sends the office its own. Each message is
//! claimed with its once key, so a restart or a second tick sends nothing
//! twice.

use std::str::FromStr;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use cron::Schedule;

use super::alerts;
use super::compose::{DigestAudience, SchoolWatch, compose};
use super::gather::{DigestFeeds, DigestSources};
use super::office;
use super::rendered::Rendered;
use crate::error::{Error, Result};
use crate::outbox::{Channel, Enqueued, OnceKey, OutboundMessage, Outbox, Role};
use crate::schools::{ConfiguredSchool, Schools};
use crate::staff::{Reach, StaffRecipient, recipients};
use crate::store::Store;
use crate::templates::Templates;

/// How far ahead `next_wake` looks for a scheduled time on a school day.
const LOOK_AHEAD_FIRES: usize = 1000;

/// How many days ahead `next_wake` looks for the office's next school day.
const LOOK_AHEAD_DAYS: u64 = 400;

/// What one tick did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    pub digests: usize,
    pub alerts: usize,
}

/// The once key of the digest scheduled at `time` on `date` for `to`.
pub fn digest_once_key(school: &str, date: NaiveDate, time: NaiveTime, to: &str) -> OnceKey {
    OnceKey::Digest {
        school: school.into(),
        date,
        time,
        to: to.to_string(),
    }
}

/// The once key of the office's digest on `date` for `to`.
pub fn office_digest_once_key(school: &str, date: NaiveDate, to: &str) -> OnceKey {
    OnceKey::OfficeDigest {
        school: school.into(),
        date,
        to: to.to_string(),
    }
}

/// The scheduled digests of every school.
pub struct Digests {
    schools: Schools,
    schedules: Vec<(String, Vec<Schedule>)>,
    sources: DigestSources,
    outbox: Outbox,
    templates: Templates,
    feeds: Arc<dyn DigestFeeds>,
}

impl Digests {
    pub fn new(
        store: &Store,
        schools: Schools,
        outbox: Outbox,
        templates: Templates,
        feeds: Arc<dyn DigestFeeds>,
    ) -> Result<Digests> {
        let schedules = schools
            .iter()
            .map(|entry| {
                let parsed = entry
                    .config
                    .digest
                    .times
                    .iter()
                    .map(|t| {
                        Schedule::from_str(t).map_err(|e| Error::Config {
                            path: "config.toml".into(),
                            line: None,
                            message: format!("school `{}` digest time `{t}`: {e}", entry.id),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok((entry.id.to_string(), parsed))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Digests {
            sources: DigestSources::open(store, schools.clone())?,
            schools,
            schedules,
            outbox,
            templates,
            feeds,
        })
    }

    /// Sends every digest (and threshold alert) due at `now` that has not
    /// been sent: for each school, the latest scheduled time today at or
    /// before `now`, if today is a school day. An earlier time missed while
    /// the daemon was down is not sent late: the later digest supersedes it.
    pub fn tick(&self, now: DateTime<Utc>) -> Result<Sent> {
        let mut sent = Sent::default();
        for (id, schedules) in &self.schedules {
            let Some(entry) = self.schools.get(id) else {
                continue;
            };
            let Some(fire) = latest_fire_today(entry, schedules, now) else {
                continue;
            };
            let local = entry.local(fire);
            let (date, time) = (local.date_naive(), local.time());
            let people = digest_recipients(entry);
            let pending = people
                .iter()
                .map(|(r, _)| {
                    self.outbox
                        .was_enqueued(&digest_once_key(id, date, time, &r.to))
                })
                .collect::<Result<Vec<_>>>()?;
            if pending.iter().all(|done| *done) && !people.is_empty() {
                continue;
            }
            let input = self
                .sources
                .gather(entry, date, time, self.feeds.as_ref())?;
            let watch = SchoolWatch::of(&input);
            sent.alerts +=
                alerts::raise(&self.outbox, &self.templates, entry, &input, &watch, now)?;
            for (recipient, audience) in &people {
                let digest = compose(&input, &watch, *audience);
                let key = digest_once_key(id, date, time, &recipient.to);
                if matches!(
                    self.outbox
                        .enqueue(message(entry, recipient, &digest), Some(&key), now)?,
                    Enqueued::Queued(_)
                ) {
                    sent.digests += 1;
                }
            }
        }
        for entry in self.schools.iter() {
            sent.digests += self.office_digest(entry, now)?;
        }
        Ok(sent)
    }

    /// Sends a school's office its digest, once a school day from the
    /// school's office time on; returns how many were queued.
    fn office_digest(&self, entry: &ConfiguredSchool, now: DateTime<Utc>) -> Result<usize> {
        let date = entry.local_date(now);
        let time = entry.config.digest.office_time;
        if !entry.calendar.is_school_day(date) || now < entry.at(date, time) {
            return Ok(0);
        }
        let id = entry.id.as_str();
        let office = recipients(&entry.config.staff, Role::Office, Reach::Preferred);
        let mut unsent = Vec::new();
        for recipient in office {
            if !self
                .outbox
                .was_enqueued(&office_digest_once_key(id, date, &recipient.to))?
            {
                unsent.push(recipient);
            }
        }
        if unsent.is_empty() {
            return Ok(0);
        }
        let input = self
            .sources
            .gather_office(entry, date, time, self.feeds.as_ref())?;
        let digest = office::compose(&input);
        let mut queued = 0;
        for recipient in &unsent {
            let key = office_digest_once_key(id, date, &recipient.to);
            if matches!(
                self.outbox
                    .enqueue(message(entry, recipient, &digest), Some(&key), now)?,
                Enqueued::Queued(_)
            ) {
                queued += 1;
            }
        }
        Ok(queued)
    }

    /// The next scheduled time on a school day, after `now`, of any school.
    pub fn next_wake(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let office = self.schools.iter().filter_map(|entry| {
            let today = entry.local_date(now);
            (0..LOOK_AHEAD_DAYS)
                .map(|n| today + chrono::Days::new(n))
                .filter(|day| entry.calendar.is_school_day(*day))
                .map(|day| entry.at(day, entry.config.digest.office_time))
                .find(|at| *at > now)
        });
        let lead = self.schedules.iter().filter_map(|(id, schedules)| {
            let entry = self.schools.get(id)?;
            let local = entry.local(now);
            schedules
                .iter()
                .filter_map(|s| {
                    s.after(&local)
                        .take(LOOK_AHEAD_FIRES)
                        .find(|t| entry.calendar.is_school_day(t.date_naive()))
                })
                .map(|t| t.with_timezone(&Utc))
                .min()
        });
        office.chain(lead).min()
    }
}

/// The latest scheduled time today (school-local) at or before `now`, on a
/// school day.
fn latest_fire_today(
    entry: &ConfiguredSchool,
    schedules: &[Schedule],
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let today = entry.local_date(now);
    if !entry.calendar.is_school_day(today) {
        return None;
    }
    let midnight = entry.local(entry.at(today, NaiveTime::MIN) - chrono::Duration::seconds(1));
    schedules
        .iter()
        .filter_map(|s| {
            s.after(&midnight)
                .map(|t| t.with_timezone(&Utc))
                .take_while(|t| *t <= now)
                .last()
        })
        .max()
}

/// Who gets a digest: the DSLs theirs (with safeguarding), then leads who
/// are not also a DSL, each on their preferred channel.
pub fn digest_recipients(entry: &ConfiguredSchool) -> Vec<(StaffRecipient, DigestAudience)> {
    let mut people: Vec<(StaffRecipient, DigestAudience)> =
        recipients(&entry.config.staff, Role::Dsl, Reach::Preferred)
            .into_iter()
            .map(|r| (r, DigestAudience::Dsl))
            .collect();
    for lead in recipients(&entry.config.staff, Role::Lead, Reach::Preferred) {
        if !people.iter().any(|(r, _)| r.to == lead.to) {
            people.push((lead, DigestAudience::Lead));
        }
    }
    people
}

/// A digest as a message: HTML with a plain-text part by email, the
/// short version on Telegram or SMS.
fn message(
    entry: &ConfiguredSchool,
    recipient: &StaffRecipient,
    digest: &dyn Rendered,
) -> OutboundMessage {
    let (text, html) = match recipient.channel {
        Channel::Email => (digest.full(), Some(digest.html())),
        Channel::Telegram | Channel::Sms => (digest.short(), None),
    };
    OutboundMessage {
        school: Some(entry.id.clone()),
        channel: recipient.channel,
        to: recipient.to.clone(),
        role: recipient.role,
        pupils: vec![],
        kind: "digest".into(),
        subject: Some(digest.subject()),
        text,
        html,
        in_reply_to: None,
        choices: vec![],
        not_before: None,
    }
}
