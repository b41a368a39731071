//! A pupil's safeguarding record: each concern raised by a parent's
//! message, with every alert, escalation and acknowledgement that followed
//! it — who, when, on which channel and what they were shown. The record
//! is the source of truth for which messages are withheld, for the DSL's
//! digest and Today, and for the escalation ladder.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{Channel, Concern, Pupil, SchoolId, Upn};
use crate::error::Result;
use crate::store::{Batch, Store, Table};

/// A concern's id: the id of the inbound message that raised it, or, for
/// a message raised at several schools' DSLs at once (an unknown sender's
/// that no one school received), that id within the school's.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConcernId(String);

impl ConcernId {
    pub fn of_message(inbox_id: &str) -> ConcernId {
        ConcernId(inbox_id.to_string())
    }

    /// The concern a message raised at one of several schools.
    pub fn of_message_at(inbox_id: &str, school: &str) -> ConcernId {
        ConcernId(format!("{school}:{inbox_id}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ConcernId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who an alert reached, in the order the ladder climbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// The designated safeguarding leads, alerted at once.
    Dsl,
    /// The deputy DSLs, when the DSL has not acknowledged in time.
    Deputies,
    /// The head, when nobody has acknowledged after twice the time.
    Head,
    /// Outside school hours, in place of deputies and head.
    OutOfHours,
}

impl Tier {
    pub fn label(self) -> &'static str {
        match self {
            Tier::Dsl => "DSL",
            Tier::Deputies => "deputy DSL",
            Tier::Head => "head",
            Tier::OutOfHours => "out-of-hours contact",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Dsl => "dsl",
            Tier::Deputies => "deputies",
            Tier::Head => "head",
            Tier::OutOfHours => "out_of_hours",
        }
    }
}

/// How an alert reached someone, or how they acknowledged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Sms,
    Email,
    Telegram,
    /// The signed link in an alert's email.
    EmailLink,
}

impl From<Channel> for Via {
    fn from(channel: Channel) -> Via {
        match channel {
            Channel::Sms => Via::Sms,
            Channel::Email => Via::Email,
            Channel::Telegram => Via::Telegram,
        }
    }
}

impl fmt::Display for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Via::Sms => "sms",
            Via::Email => "email",
            Via::Telegram => "telegram",
            Via::EmailLink => "email link",
        })
    }
}

/// What happened to a concern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Happened {
    /// An alert reached a person on the ladder.
    Alerted { tier: Tier },
    /// Someone on the ladder said they have it.
    Acknowledged,
}

/// One line of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordEvent {
    pub at: DateTime<Utc>,
    pub what: Happened,
    /// The person's name as the config or sign-in gives it.
    pub who: String,
    /// `None` for the staff screen.
    pub channel: Option<Via>,
    /// What they were shown: the alert's subject, or the acknowledgement's
    /// source.
    pub shown: String,
    /// The inbox id of the reply that acknowledged, so that processing
    /// the reply again after a crash finds what it already did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
}

/// One concern and what followed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernRecord {
    pub id: ConcernId,
    /// The inbox id of the message that raised it, when it is not the
    /// concern's id (see [`ConcernId::of_message_at`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub school: SchoolId,
    /// Empty when the sender is not on the roster: no child is matched.
    pub upns: Vec<Upn>,
    /// The pupils' first names, for the notice everyone else is shown.
    pub pupil_names: Vec<String>,
    pub raised_at: DateTime<Utc>,
    pub concerns: Vec<Concern>,
    pub events: Vec<RecordEvent>,
}

impl ConcernRecord {
    /// The inbox id of the message that raised it.
    pub fn message_id(&self) -> &str {
        self.message.as_deref().unwrap_or(self.id.as_str())
    }

    /// Whether it came from a sender the roster does not know.
    pub fn is_from_unknown_sender(&self) -> bool {
        self.upns.is_empty()
    }

    /// Whom it is about, for the ladder's messages and pages: the pupils'
    /// names, or that no child was matched.
    pub fn about(&self) -> String {
        if self.is_from_unknown_sender() {
            "a child (the sender is not on the roster)".to_string()
        } else {
            crate::inbound::names_list(&self.pupil_names)
        }
    }

    /// A new concern about `pupils` at `school`, raised by the message
    /// `id`, with nothing yet done about it.
    pub fn new(
        id: ConcernId,
        school: SchoolId,
        pupils: &[Pupil],
        raised_at: DateTime<Utc>,
        concerns: Vec<Concern>,
    ) -> ConcernRecord {
        ConcernRecord {
            id,
            message: None,
            school,
            upns: pupils.iter().map(|p| p.upn.clone()).collect(),
            pupil_names: pupils
                .iter()
                .map(|p| p.preferred_name().to_string())
                .collect(),
            raised_at,
            concerns,
            events: Vec::new(),
        }
    }

    /// The first acknowledgement, which stops the ladder.
    pub fn acknowledgement(&self) -> Option<&RecordEvent> {
        self.events
            .iter()
            .find(|e| e.what == Happened::Acknowledged)
    }

    pub fn is_open(&self) -> bool {
        self.acknowledgement().is_none()
    }

    /// Whether the reply stored in the inbox as `inbox_id` acknowledged it.
    pub fn acknowledged_by(&self, inbox_id: &str) -> bool {
        self.events
            .iter()
            .any(|e| e.what == Happened::Acknowledged && e.reply.as_deref() == Some(inbox_id))
    }

    /// `who`'s acknowledgement by an email's link, if they gave one.
    pub fn link_acknowledgement_by(&self, who: &str) -> Option<&RecordEvent> {
        self.events.iter().find(|e| {
            e.what == Happened::Acknowledged && e.who == who && e.channel == Some(Via::EmailLink)
        })
    }

    /// Whether the ladder has reached `tier`.
    pub fn has_reached(&self, tier: Tier) -> bool {
        self.events
            .iter()
            .any(|e| e.what == (Happened::Alerted { tier }))
    }
}

/// What following an alert's acknowledge link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkUse {
    /// Recorded; `first` when it is the acknowledgement that stops the
    /// ladder.
    Acknowledged { first: bool },
    /// The person acknowledged this concern by a link before, at `at`: a
    /// link acknowledges once.
    UsedAlready { at: DateTime<Utc> },
}

/// Every concern, keyed by id; cheap to clone.
#[derive(Clone)]
pub struct Records {
    store: Store,
    records: Table<ConcernRecord>,
    /// The concerns a message raised at several schools, by its inbox id.
    by_message: Table<Vec<ConcernId>>,
}

impl Records {
    pub fn open(store: &Store) -> Result<Records> {
        Ok(Records {
            store: store.clone(),
            records: store.table("safeguarding_records")?,
            by_message: store.table("safeguarding_by_message")?,
        })
    }

    /// Keeps a new concern, with its place in the message index, in one
    /// batch; a message processed again after a restart finds its concern
    /// kept and changes nothing.
    pub fn raise(&self, record: &ConcernRecord) -> Result<bool> {
        let mut batch = self.store.batch();
        self.stage_raise(&mut batch, std::slice::from_ref(record))?;
        let new = batch.commit()?;
        if new {
            self.raised_committed(1);
        }
        Ok(new)
    }

    /// As [`Records::raise`], adding one message's new concerns (one per
    /// school it reached) and their place in the message index to `batch`:
    /// should one be kept by the time the batch commits, nothing in the
    /// batch is written. Then [`Records::raised_committed`].
    pub fn stage_raise(&self, batch: &mut Batch, records: &[ConcernRecord]) -> Result<()> {
        let mut indexed: Vec<(&str, Vec<ConcernId>)> = Vec::new();
        for record in records {
            batch.put_new(&self.records, record.id.as_str(), record)?;
            let Some(message) = record.message.as_deref() else {
                continue;
            };
            match indexed.iter_mut().find(|(m, _)| *m == message) {
                Some((_, ids)) => ids.push(record.id.clone()),
                None => indexed.push((message, vec![record.id.clone()])),
            }
        }
        for (message, new_ids) in indexed {
            let mut ids = self.by_message.get(message)?.unwrap_or_default();
            for id in new_ids {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            batch.put(&self.by_message, message, &ids)?;
        }
        Ok(())
    }

    /// Counts the concerns staged in a batch once the batch is committed.
    pub fn raised_committed(&self, count: usize) {
        for _ in 0..count {
            crate::metrics::daemon().safeguarding_alert();
        }
    }

    pub fn get(&self, id: &ConcernId) -> Result<Option<ConcernRecord>> {
        self.records.get(id.as_str())
    }

    /// Removes a concern's record once the school's safeguarding policy
    /// keeps it no longer, with its place in the message index; whether
    /// there was one.
    pub fn forget(&self, id: &ConcernId) -> Result<bool> {
        let Some(record) = self.records.remove(id.as_str())? else {
            return Ok(false);
        };
        if let Some(message) = &record.message {
            self.by_message.update(message, |ids| {
                let mut ids = ids.unwrap_or_default();
                ids.retain(|kept| kept != id);
                (!ids.is_empty()).then_some(ids)
            })?;
        }
        Ok(true)
    }

    /// The concern a message raised, or the first of those it raised at
    /// several schools.
    pub fn of_message(&self, inbox_id: &str) -> Result<Option<ConcernRecord>> {
        if let Some(record) = self.records.get(inbox_id)? {
            return Ok(Some(record));
        }
        for id in self.by_message.get(inbox_id)?.unwrap_or_default() {
            if let Some(record) = self.get(&id)? {
                return Ok(Some(record));
            }
        }
        Ok(None)
    }

    /// Whether a message raised a concern.
    pub fn is_concern(&self, inbox_id: &str) -> Result<bool> {
        Ok(self.of_message(inbox_id)?.is_some())
    }

    /// A school's concerns, oldest first.
    pub fn of_school(&self, school: &str) -> Result<Vec<ConcernRecord>> {
        let mut found = Vec::new();
        for item in self.records.iter() {
            let (_, record) = item?;
            if record.school == school {
                found.push(record);
            }
        }
        found.sort_by(|a, b| (a.raised_at, &a.id).cmp(&(b.raised_at, &b.id)));
        Ok(found)
    }

    /// Every school's concerns not yet acknowledged.
    pub fn unacknowledged(&self) -> Result<Vec<ConcernRecord>> {
        let mut found = Vec::new();
        for item in self.records.iter() {
            let (_, record) = item?;
            if record.is_open() {
                found.push(record);
            }
        }
        Ok(found)
    }

    /// One pupil's safeguarding record, oldest first.
    pub fn of_pupil(&self, school: &str, upn: &str) -> Result<Vec<ConcernRecord>> {
        Ok(self
            .of_school(school)?
            .into_iter()
            .filter(|r| r.upns.iter().any(|u| u == upn))
            .collect())
    }

    /// Adds an alert to the record, once per tier and person and channel:
    /// noting it again after a restart changes nothing.
    pub fn note(&self, id: &ConcernId, event: RecordEvent) -> Result<()> {
        self.records.update(id.as_str(), |record| {
            let mut record = record?;
            let known = record
                .events
                .iter()
                .any(|e| e.what == event.what && e.who == event.who && e.channel == event.channel);
            if !known {
                record.events.push(event.clone());
            }
            Some(record)
        })?;
        Ok(())
    }

    /// Records an acknowledgement; `false` when the concern is unknown or
    /// was acknowledged already (the first acknowledgement stands, and a
    /// later one is kept too, so the record shows who else looked).
    pub fn acknowledge(
        &self,
        id: &ConcernId,
        who: &str,
        channel: Option<Via>,
        source: &str,
        at: DateTime<Utc>,
    ) -> Result<bool> {
        self.record_acknowledgement(
            id,
            RecordEvent {
                at,
                what: Happened::Acknowledged,
                who: who.to_string(),
                channel,
                shown: source.to_string(),
                reply: None,
            },
        )
    }

    /// Records the acknowledgement that `who`'s reply "OK" gave, `reply`
    /// being its inbox id. Once per reply: the same reply processed again
    /// after a crash records nothing more, and so decides as it did.
    pub fn acknowledge_by_reply(
        &self,
        id: &ConcernId,
        who: &str,
        via: Via,
        reply: &str,
        at: DateTime<Utc>,
    ) -> Result<bool> {
        self.record_acknowledgement(
            id,
            RecordEvent {
                at,
                what: Happened::Acknowledged,
                who: who.to_string(),
                channel: Some(via),
                shown: "replied OK".to_string(),
                reply: Some(reply.to_string()),
            },
        )
    }

    /// Adds an acknowledgement to the record; true when it is the first,
    /// which stops the ladder.
    fn record_acknowledgement(&self, id: &ConcernId, event: RecordEvent) -> Result<bool> {
        let at = event.at;
        let mut first = false;
        let mut raised_at = at;
        self.records.update(id.as_str(), |record| {
            let mut record = record?;
            raised_at = record.raised_at;
            let again = event
                .reply
                .as_deref()
                .is_some_and(|reply| record.acknowledged_by(reply));
            first = !again && record.is_open();
            if !again {
                record.events.push(event.clone());
            }
            Some(record)
        })?;
        if first {
            crate::metrics::daemon()
                .safeguarding_acknowledged((at - raised_at).to_std().unwrap_or_default());
        }
        Ok(first)
    }

    /// Records `who`'s acknowledgement through their email's link, once:
    /// the same person's link followed again records nothing. `None` when
    /// the concern is unknown.
    pub fn acknowledge_by_link(
        &self,
        id: &ConcernId,
        who: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<LinkUse>> {
        let mut outcome = None;
        self.records.update(id.as_str(), |record| {
            let mut record = record?;
            if let Some(earlier) = record.link_acknowledgement_by(who) {
                outcome = Some(LinkUse::UsedAlready { at: earlier.at });
                return Some(record);
            }
            outcome = Some(LinkUse::Acknowledged {
                first: record.is_open(),
            });
            record.events.push(RecordEvent {
                at,
                what: Happened::Acknowledged,
                who: who.to_string(),
                channel: Some(Via::EmailLink),
                shown: "followed the acknowledge link in the alert's email".to_string(),
                reply: None,
            });
            Some(record)
        })?;
        Ok(outcome)
    }
}
