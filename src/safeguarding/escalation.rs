//! The escalation ladder: a concern nobody has acknowledged goes, in school
//! hours, to the deputy DSLs after the school's wait and to the head after
//! twice the wait; raised outside school hours, to the out-of-hours
//! contacts after the wait. An acknowledgement stops the climb.
//!
//! Each step's messages are queued under once keys
//! (`safeguarding/{concern}/{tier}/{channel}:{to}`) before the step is
//! written to the record, so a restart between the two queues nothing
//! twice and the step is still recorded.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::config::StaffContact;
use crate::domain::School;
use crate::error::{Error, Result};
use crate::inbound::Inbox;
use crate::outbox::{self, Enqueued, OnceKey, OutboundMessage, Outbox, Role};
use crate::pause_points::{SAFEGUARDING_STEP_QUEUED, pause_point};
use crate::scheduler::Ticker;
use crate::schools::{ConfiguredSchool, Schools};
use crate::staff::{Reach, recipients_among};
use crate::store::Store;
use crate::templates::Templates;

use super::acknowledge::acknowledge_choice;
use super::acknowledge_link::AcknowledgeLinks;
use super::barrier::{Audience, Barrier};
use super::record::{ConcernRecord, Happened, RecordEvent, Records, Tier};

/// The message each rung of the ladder gets.
const ESCALATED_TEMPLATE: &str = "staff_safeguarding_escalated";

/// The steps after the DSL's alert, each with when it falls due.
pub fn ladder(record: &ConcernRecord, school: &ConfiguredSchool) -> Vec<(Tier, DateTime<Utc>)> {
    let config = &school.config.safeguarding;
    let wait = Duration::minutes(i64::from(config.acknowledge_within_minutes));
    let raised = record.raised_at;
    if in_school_hours(school, raised) || config.out_of_hours.is_empty() {
        vec![
            (Tier::Deputies, raised + wait),
            (Tier::Head, raised + wait * 2),
        ]
    } else {
        vec![(Tier::OutOfHours, raised + wait)]
    }
}

/// From the morning register opening to the end of the afternoon session
/// on a school day, school-local.
pub fn in_school_hours(school: &School, at: DateTime<Utc>) -> bool {
    let local = school.local(at);
    let time = local.time();
    school.calendar.is_school_day(local.date_naive())
        && time >= school.times.am.register_opens
        && time < school.times.day_ends()
}

/// The people on one rung of a school's ladder.
pub fn people(school: &ConfiguredSchool, tier: Tier) -> &[StaffContact] {
    let chain = &school.config.safeguarding;
    match tier {
        Tier::Dsl => &school.config.staff.dsl,
        Tier::Deputies => &chain.deputies,
        Tier::Head => &chain.head,
        Tier::OutOfHours => &chain.out_of_hours,
    }
}

/// Climbs each unacknowledged concern's ladder; a [`Ticker`].
pub struct Escalator {
    records: Records,
    barrier: Barrier,
    inbox: Inbox,
    outbox: Outbox,
    schools: Schools,
    templates: Arc<Templates>,
    /// Emailed steps carry a signed acknowledge link when the daemon has a
    /// public URL.
    acknowledge_links: Option<AcknowledgeLinks>,
}

impl Escalator {
    /// Refuses to start without the escalation's template: a concern must
    /// never fail to climb for want of words to say it in.
    pub fn new(store: &Store, schools: Schools, templates: Arc<Templates>) -> Result<Escalator> {
        if !templates.has(ESCALATED_TEMPLATE) {
            return Err(Error::Config {
                path: "messages/en.toml".into(),
                line: None,
                message: format!("no template for `{ESCALATED_TEMPLATE}`"),
            });
        }
        Ok(Escalator {
            records: Records::open(store)?,
            barrier: Barrier::open(store, schools.clone())?,
            inbox: Inbox::open(store)?,
            outbox: Outbox::open(store)?,
            schools,
            templates,
            acknowledge_links: None,
        })
    }

    /// Puts a signed acknowledge link in the emailed steps.
    pub fn with_acknowledge_links(mut self, links: AcknowledgeLinks) -> Escalator {
        self.acknowledge_links = Some(links);
        self
    }

    /// Takes every step due at `now`; returns how many.
    pub fn climb(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut taken = 0;
        for record in self.records.unacknowledged()? {
            let Some(school) = self.schools.get(&record.school) else {
                continue;
            };
            for (tier, due) in ladder(&record, school) {
                if due <= now && !record.has_reached(tier) {
                    self.escalate(&record, school, tier, now)?;
                    taken += 1;
                }
            }
        }
        Ok(taken)
    }

    /// The earliest step not yet due. A step already due is taken by
    /// [`Escalator::climb`]; one that failed is tried again on the
    /// scheduler's next pass, not in a loop.
    pub fn next_step(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let mut next: Option<DateTime<Utc>> = None;
        for record in self.records.unacknowledged()? {
            let Some(school) = self.schools.get(&record.school) else {
                continue;
            };
            for (tier, due) in ladder(&record, school) {
                if due > now && !record.has_reached(tier) {
                    next = Some(next.map_or(due, |n| n.min(due)));
                }
            }
        }
        Ok(next)
    }

    fn escalate(
        &self,
        record: &ConcernRecord,
        school: &ConfiguredSchool,
        tier: Tier,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let found = recipients_among(people(school, tier), Role::Dsl, Reach::Everywhere);
        let words = match self.inbox.get(record.message_id())? {
            Some(entry) => self
                .barrier
                .guard(&entry)?
                .open(Audience::Safeguarding)
                .to_string(),
            None => String::new(),
        };
        let categories: Vec<&str> = record.concerns.iter().map(|c| c.category.label()).collect();
        let raised = school
            .local(record.raised_at)
            .format("%H:%M on %a %-d %b")
            .to_string();
        let rendered = self.templates.render(
            ESCALATED_TEMPLATE,
            "en",
            &[
                ("pupils", &record.about()),
                ("categories", &categories.join(", ")),
                ("raised", &raised),
                ("message", &words),
            ],
        )?;
        let subject = rendered.subject.clone().unwrap_or_default();
        for recipient in &found {
            let mut message = OutboundMessage {
                school: Some(school.id.clone()),
                channel: recipient.channel,
                to: recipient.to.clone(),
                role: Role::Dsl,
                pupils: record.upns.clone(),
                kind: "safeguarding_escalated".into(),
                subject: Some(subject.clone()),
                text: rendered.text.clone(),
                html: None,
                in_reply_to: None,
                choices: acknowledge_choice(recipient.channel),
                not_before: None,
            };
            if let Some(links) = &self.acknowledge_links {
                links.add_to_alert(&mut message, &self.templates, &record.id, now)?;
            }
            let once = OnceKey::Escalation {
                concern: record.id.to_string(),
                rung: tier.as_str().to_string(),
                recipient: outbox::Recipient::new(recipient.channel, &recipient.to),
            };
            if let Enqueued::AlreadyQueued = self.outbox.enqueue(message, Some(&once), now)? {
                tracing::debug!(concern = %record.id, tier = tier.as_str(), "step already queued");
            }
        }
        pause_point(SAFEGUARDING_STEP_QUEUED);
        if found.is_empty() {
            tracing::warn!(school = %school.id, tier = tier.as_str(), "nobody configured on this rung of the safeguarding ladder");
            self.records.note(
                &record.id,
                RecordEvent {
                    at: now,
                    what: Happened::Alerted { tier },
                    who: format!("no {} configured", tier.label()),
                    channel: None,
                    shown: String::new(),
                    reply: None,
                },
            )?;
        }
        for recipient in found {
            self.records.note(
                &record.id,
                RecordEvent {
                    at: now,
                    what: Happened::Alerted { tier },
                    who: recipient.name,
                    channel: Some(recipient.channel.into()),
                    shown: subject.clone(),
                    reply: None,
                },
            )?;
        }
        Ok(())
    }
}

impl Ticker for Escalator {
    fn name(&self) -> &'static str {
        "safeguarding"
    }

    fn tick(&self, now: DateTime<Utc>) -> Result<()> {
        let taken = self.climb(now)?;
        if taken > 0 {
            tracing::info!(steps = taken, "safeguarding concerns escalated");
        }
        Ok(())
    }

    fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        self.next_step(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_escalator_refuses_to_start_without_its_template() {
        let store = Store::temporary().unwrap();
        let schools = Schools::new(Vec::new());
        let mut templates = Templates::default();
        templates
            .add_language(
                "en",
                "[ack]\ntext = \"hi\"",
                std::path::Path::new("en.toml"),
            )
            .unwrap();
        let refused = Escalator::new(&store, schools, Arc::new(templates));
        assert!(
            refused
                .err()
                .is_some_and(|e| e.to_string().contains(ESCALATED_TEMPLATE))
        );
    }
}
