//! Carrying out what was decided about a message: the one place the
//! pipeline writes the register and its records and sends.
//!
//! A message's own writes (its marks, its replies and notices, the
//! concern it raises, its last report, the day an unknown sender claims
//! and their count for the day, and the inbox's note that it is
//! processed) go to the store in one batch under the records lock: a
//! crash leaves the message wholly applied or not at all, and a message
//! not applied is processed again. The batch is applied without waiting
//! for the disk, so the pipeline flushes once for many messages; a reply
//! it queues is sent only after the outbox's own flush, which covers it.
//! Two kinds of write come first, on their own, because other parts of the
//! daemon change the same records: stopping a chase and acknowledging a
//! concern. Both are safe to repeat: a stopped chase stops nothing more,
//! and a concern acknowledged is no longer open to the next decision.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::domain::{Explanation, Upn};
use crate::error::{Error, Result};
use crate::outbox::{OnceKey, OutboundMessage, Outbox, Recipient};
use crate::register::{RegisterBook, RegisterChanges, Source};
use crate::safeguarding::acknowledge::acknowledge_choice;
use crate::safeguarding::{
    AcknowledgeLinks, Audience, Barrier, ConcernId, ConcernRecord, Happened, RecordEvent, Records,
    Tier,
};
use crate::staff::StaffRecipient;
use crate::store::{Batch, Store, Table};
use crate::templates::Templates;

use super::acknowledgement::{Reply, to_staff};
use super::decide::{Action, LastReport, StaffAlert};
use super::unknown_senders::{Counted, SenderDayTally};
use super::{Inbox, InboxEntry};

/// Why a parent's provisional marks are in the register's history.
const PARENT_REPORT: &str = "parent's report";

/// Told whenever a contact of a pupil writes in: a reply from any contact
/// stops that pupil's chase.
pub trait ReplyListener: Send + Sync {
    fn contact_replied(&self, school: &str, upns: &[Upn], at: DateTime<Utc>) -> Result<()>;
}

/// The handles the pipeline writes and sends through.
#[derive(Clone)]
pub(super) struct Applier {
    pub store: Store,
    pub inbox: Inbox,
    pub register: RegisterBook,
    pub outbox: Outbox,
    pub templates: Arc<Templates>,
    pub safeguarding: Records,
    pub barrier: Barrier,
    /// Emailed alerts carry a signed acknowledge link when the daemon has
    /// a public URL.
    pub acknowledge_links: Option<AcknowledgeLinks>,
    /// The latest recorded message per sender, for follow-ups.
    pub latest: Table<LastReport>,
    /// An unknown sender's first message of a day to a school (by the
    /// receiving school, school-local day and a digest of the sender),
    /// the one the office is told of.
    pub unknown_first: Table<String>,
    /// What each unknown sender did that day, under the same keys.
    pub unknown_tally: Table<SenderDayTally>,
    pub listeners: Vec<Arc<dyn ReplyListener>>,
}

/// One message's writes, gathered for its batch.
struct MessageWrites<'s> {
    batch: Batch<'s>,
    register: RegisterChanges,
    /// Once keys already in the batch: a second message with one is the
    /// same message.
    queued: HashSet<OnceKey>,
    /// The concern the message raises, for the barrier to count before
    /// the batch lands.
    raising: Option<ConcernRecord>,
}

impl Applier {
    /// Carries out `actions` about `entry`, in order, and marks it
    /// processed with `outcome` (and the parser's `explanation`, when it
    /// was parsed). Its own writes are durable at the store's next flush.
    pub fn apply(
        &self,
        entry: &InboxEntry,
        actions: Vec<Action>,
        outcome: &str,
        explanation: Option<Explanation>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut own = Vec::new();
        for action in actions {
            match action {
                Action::StopChase { school, upns, at } => {
                    for listener in &self.listeners {
                        listener.contact_replied(&school, &upns, at)?;
                    }
                }
                Action::Acknowledge {
                    concerns,
                    who,
                    via,
                    at,
                } => {
                    for id in &concerns {
                        self.safeguarding
                            .acknowledge_by_reply(id, &who, via, &entry.id, at)?;
                    }
                }
                action => own.push(action),
            }
        }

        let writing = self.store.write_records()?;
        let mut writes = MessageWrites {
            batch: self.store.batch(),
            register: RegisterChanges::default(),
            queued: HashSet::new(),
            raising: own.iter().find_map(|action| match action {
                Action::RaiseConcern { record, .. } => Some(record.clone()),
                _ => None,
            }),
        };
        // Read under the lock: a message another writer applied since it
        // was read counts once.
        let applied_before = self
            .inbox
            .get(&entry.id)?
            .is_some_and(|kept| kept.processed_at.is_some());
        let mut raised = Vec::new();
        for action in own {
            match action {
                Action::RaiseConcern { mut record, alert } => {
                    // Kept already: it was committed with its alerts, in the
                    // batch of this message's earlier processing.
                    if self.safeguarding.get(&record.id)?.is_some() {
                        continue;
                    }
                    let shown = self.alert(&mut writes, entry, &alert, Some(&record.id), now)?;
                    for recipient in alert.recipients {
                        let event = RecordEvent {
                            at: now,
                            what: Happened::Alerted { tier: Tier::Dsl },
                            who: recipient.name,
                            channel: Some(recipient.channel.into()),
                            shown: shown.clone(),
                            reply: None,
                        };
                        // Once per person and channel.
                        if !record.events.iter().any(|e| {
                            e.what == event.what && e.who == event.who && e.channel == event.channel
                        }) {
                            record.events.push(event);
                        }
                    }
                    raised.push(record);
                }
                Action::Withdraw {
                    school,
                    upn,
                    session,
                    at,
                } => {
                    self.register.stage_withdrawal(
                        &writing,
                        &mut writes.register,
                        (&school, &upn, session),
                        "parent corrected the report",
                        "parent",
                        at.fixed_offset(),
                    )?;
                }
                Action::Record { marks, by } => {
                    self.register.stage_many(
                        &writing,
                        &mut writes.register,
                        Source::Provisional,
                        marks,
                        PARENT_REPORT,
                        &by,
                    )?;
                }
                Action::Remember { sender, report } => {
                    writes.batch.put(&self.latest, &sender, &report)?;
                }
                Action::ClaimSenderDay { sender_day } => {
                    // Claimed already by this message: processed again.
                    if self.unknown_first.get(&sender_day)?.as_ref() != Some(&entry.id) {
                        writes
                            .batch
                            .put_new(&self.unknown_first, &sender_day, &entry.id)?;
                    }
                }
                Action::CountUnknown {
                    sender_day,
                    at,
                    replied,
                } => {
                    if !applied_before {
                        let counted = Counted {
                            at,
                            replied,
                            raised_concern: writes.raising.is_some(),
                        };
                        let tally =
                            SenderDayTally::with(self.unknown_tally.get(&sender_day)?, counted);
                        writes.batch.put(&self.unknown_tally, &sender_day, &tally)?;
                    }
                }
                Action::Reply(Reply { key, message }) => {
                    self.queue(&mut writes, message, key, now)?;
                }
                Action::Alert(alert) => {
                    self.alert(&mut writes, entry, &alert, None, now)?;
                }
                Action::StopChase { .. } | Action::Acknowledge { .. } => {
                    unreachable!("applied before the batch")
                }
            }
        }
        let MessageWrites {
            mut batch,
            register,
            ..
        } = writes;
        self.safeguarding.stage_raise(&mut batch, &raised)?;
        self.register.put_changes(&mut batch, &register)?;
        let mut kept = entry.clone();
        if let Some(explanation) = explanation {
            kept.explanation = explanation.into();
        }
        let processed = self.inbox.stage_processed(&mut batch, kept, now, outcome)?;
        if !batch.apply()? {
            return Err(Error::Store(format!(
                "{}: another writer kept part of this message first; it is processed again",
                entry.id
            )));
        }
        drop(writing);
        self.inbox.processed_committed(processed);
        self.safeguarding.raised_committed(raised.len());
        self.outbox.wake();
        Ok(())
    }

    /// Adds `message` to the batch under its once key, unless the key is
    /// used already.
    fn queue(
        &self,
        writes: &mut MessageWrites,
        message: OutboundMessage,
        key: OnceKey,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if writes.queued.contains(&key) {
            return Ok(());
        }
        if self.outbox.stage(&mut writes.batch, message, &key, now)? {
            writes.queued.insert(key);
        }
        Ok(())
    }

    /// Queues `alert` to each of its recipients, quoting the message
    /// through the barrier so only the DSL roles read the words of one
    /// that raised a concern. An alert about `concern` asks to be
    /// acknowledged. Returns the subject they were shown.
    fn alert(
        &self,
        writes: &mut MessageWrites,
        entry: &InboxEntry,
        alert: &StaffAlert,
        concern: Option<&ConcernId>,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let role = alert.notice.role;
        let words = self.barrier.guard_raising(entry, writes.raising.as_ref())?;
        let mut values: Vec<(&str, &str)> =
            alert.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        values.push(("message", words.open(Audience::of_role(role))));
        let rendered = self
            .templates
            .render(alert.notice.template, "en", &values)?;
        if alert.recipients.is_empty() {
            let school = alert.school.as_deref().unwrap_or_default();
            tracing::warn!(school, %role, kind = alert.notice.kind, "no staff configured for this role");
        }
        let subject = rendered.subject.unwrap_or_default();
        for recipient in &alert.recipients {
            let mut notice = to_staff(
                recipient,
                alert.school.as_deref(),
                alert.notice.kind,
                subject.clone(),
                rendered.text.clone(),
                alert.pupils.clone(),
            );
            if let Some(concern) = concern {
                notice.choices = acknowledge_choice(recipient.channel);
                if let Some(links) = &self.acknowledge_links {
                    links.add_to_alert(&mut notice, &self.templates, concern, now)?;
                }
            }
            let key = staff_key(entry, &alert.item, recipient);
            self.queue(writes, notice, key, now)?;
        }
        Ok(subject)
    }
}

/// The once key of a notice about the message to one member of staff.
fn staff_key(entry: &InboxEntry, item: &str, to: &StaffRecipient) -> OnceKey {
    OnceKey::StaffNotice {
        inbox: entry.id.clone(),
        kind: item.to_string(),
        recipient: Recipient::new(to.channel, &to.to),
    }
}
