//! The one path every inbound message takes, whatever its channel:
//! gather what is known (the sender, their children, the register, their
//! last report) and parse → decide ([`super::decide`]: record provisional
//! marks, acknowledge, route to the people who must see it) → apply
//! ([`super::apply`]).
//!
//! A message reaches here only after the [`Inbox`] has stored it durably;
//! [`Pipeline::process_pending`] picks up whatever is stored and not yet
//! processed, so a crash mid-way means the message is processed again on
//! restart. Every outbound message uses a once key derived from the inbox
//! id, so processing twice never sends twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::{Explanation, ParsedMessage, SessionDate};
use crate::error::Result;
use crate::outbox::Outbox;
use crate::parse::{ChaseContext, Child, MessageInput, parse_message};
use crate::redact::Redacted;
use crate::register::{Entry, RegisterBook};
use crate::roster::Roster;
use crate::safeguarding::acknowledge::acknowledged_by_reply;
use crate::safeguarding::{AcknowledgeLinks, Barrier, Records};
use crate::schools::{ConfiguredSchool, Schools};
use crate::store::{AuditLog, Store, Table};
use crate::templates::Templates;

use super::apply::{Applier, ReplyListener};
use super::decide::{self, Decision, Known, RegisterView};
use super::identify::{Identified, identify};
use super::{Inbox, InboxEntry, unknown_senders};

/// After this many failed attempts a message is handed to the office as it
/// is, rather than retried for ever.
const MAX_ATTEMPTS: u32 = 5;

/// The most messages worked between flushes. Their writes are made
/// durable together, and a crash before the flush has them worked again
/// (their replies were not sent: the outbox flushes before it sends).
const MESSAGES_PER_FLUSH: usize = 256;

/// How many school days back a reply may be answering a chase.
const CHASE_LOOKBACK_SCHOOL_DAYS: u32 = 3;

#[derive(Clone)]
pub struct Pipeline {
    schools: Schools,
    roster: Roster,
    inbox: Inbox,
    audit: AuditLog,
    /// Failed processing attempts per inbox id.
    attempts: Table<u32>,
    applier: Applier,
}

/// What was decided about a message, and the parser's explanation of it
/// when it was parsed.
struct Decided {
    decision: Decision,
    explanation: Option<Explanation>,
}

impl From<Decision> for Decided {
    fn from(decision: Decision) -> Decided {
        Decided {
            decision,
            explanation: None,
        }
    }
}

impl Pipeline {
    pub fn new(store: &Store, schools: Schools, templates: Arc<Templates>) -> Result<Pipeline> {
        Ok(Pipeline {
            applier: Applier {
                store: store.clone(),
                inbox: Inbox::open(store)?,
                register: RegisterBook::open(store)?,
                outbox: Outbox::open(store)?,
                templates,
                safeguarding: Records::open(store)?,
                barrier: Barrier::open(store, schools.clone())?,
                acknowledge_links: None,
                latest: store.table("inbound_latest")?,
                unknown_first: store.table(unknown_senders::FIRST_OF_DAY)?,
                unknown_tally: store.table(unknown_senders::TALLY)?,
                listeners: Vec::new(),
            },
            schools,
            roster: Roster::open(store)?,
            inbox: Inbox::open(store)?,
            audit: store.audit()?,
            attempts: store.table("inbound_attempts")?,
        })
    }

    /// Puts a signed acknowledge link in the DSLs' emailed alerts.
    pub fn with_acknowledge_links(mut self, links: AcknowledgeLinks) -> Pipeline {
        self.applier.acknowledge_links = Some(links);
        self
    }

    /// Adds something to tell when a contact writes in (the chaser).
    pub fn on_reply(&mut self, listener: Arc<dyn ReplyListener>) {
        self.applier.listeners.push(listener);
    }

    pub fn inbox(&self) -> &Inbox {
        &self.inbox
    }

    /// Processes every stored message not yet processed, oldest first.
    /// A message that fails is left for the next round and the office is
    /// told, so nothing is dropped.
    pub fn process_pending(&self, now: DateTime<Utc>) -> Result<usize> {
        self.process_pending_unless(now, &AtomicBool::new(false))
    }

    /// As [`Pipeline::process_pending`], but stops between messages once
    /// `stopping` is set: a daemon shutting down with a backlog (a morning
    /// rush on a slow database) stops at once, and what is left stays
    /// stored for its next start, or for the daemon that takes over.
    pub fn process_pending_unless(
        &self,
        now: DateTime<Utc>,
        stopping: &AtomicBool,
    ) -> Result<usize> {
        let mut done = 0;
        for (worked, id) in self.inbox.unprocessed_ids()?.into_iter().enumerate() {
            if stopping.load(Ordering::SeqCst) {
                break;
            }
            if worked > 0 && worked % MESSAGES_PER_FLUSH == 0 {
                self.applier.store.flush()?;
            }
            // Read as it is worked, so only the backlog's ids are held.
            let Some(entry) = self.inbox.get(&id)? else {
                continue;
            };
            match self.work(&entry, now) {
                Ok(outcome) => {
                    self.audit.append(
                        now.fixed_offset(),
                        "system",
                        "inbound",
                        &format!("{}: {outcome}", entry.id),
                    )?;
                    done += 1;
                }
                Err(error) => {
                    let tries = self
                        .attempts
                        .update(&entry.id, |n| Some(n.unwrap_or(0) + 1))?
                        .unwrap_or(1);
                    tracing::error!(id = %Redacted(&entry.id), error = %Redacted(&error), tries, "processing an inbound message failed");
                    if tries >= MAX_ATTEMPTS {
                        let actions =
                            decide::hand_to_office(&self.schools, &entry, &error.to_string());
                        let outcome = format!("handed to the office: {error}");
                        self.applier.apply(&entry, actions, &outcome, None, now)?;
                    }
                }
            }
        }
        self.applier.store.flush()?;
        Ok(done)
    }

    /// Processes one stored message: gathers what the decision reads,
    /// decides, and applies the decision, marking the message processed,
    /// durably. Returns what it concluded.
    pub fn process(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<String> {
        let outcome = self.work(entry, now)?;
        self.applier.store.flush()?;
        Ok(outcome)
    }

    /// As [`Pipeline::process`], without waiting for the disk.
    fn work(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<String> {
        let Decided {
            decision,
            explanation,
        } = self.decide(entry, now)?;
        self.applier
            .apply(entry, decision.actions, &decision.outcome, explanation, now)?;
        Ok(decision.outcome)
    }

    /// Reads what the decision needs and decides; writes nothing.
    fn decide(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<Decided> {
        let message = &entry.message;
        let templates = &self.applier.templates;
        if let Some(acknowledging) =
            acknowledged_by_reply(&self.applier.safeguarding, &self.schools, entry)?
        {
            let notices: Vec<String> = acknowledging
                .concerns
                .iter()
                .map(|r| self.applier.barrier.notice(r))
                .collect();
            return Ok(
                decide::concerns_acknowledged(templates, entry, &acknowledging, &notices)?.into(),
            );
        }
        let Some(sender) = identify(
            &self.roster,
            &self.schools,
            &message.from,
            message.school.as_deref(),
        )?
        else {
            let sender_day = decide::unknown_sender_day(&self.schools, message);
            let first = self.applier.unknown_first.get(&sender_day)?;
            let mut decision =
                decide::unknown_sender(templates, &self.schools, entry, first.as_deref())?;
            let Some(parsed) = self.parse_unknown(entry) else {
                return Ok(decision.into());
            };
            // Raised before the office is told, so the office's notice
            // already finds the words withheld.
            let concern = decide::unknown_sender_concern(&self.schools, entry, &parsed);
            if !concern.is_empty() {
                decision.outcome.push_str(", a concern for the DSL");
            }
            decision.actions.splice(0..0, concern);
            return Ok(Decided {
                decision,
                explanation: Some(parsed.explanation),
            });
        };
        let school = self
            .schools
            .get(&sender.school)
            .expect("identify returns configured schools");
        let known = Known {
            entry,
            sender: &sender,
            school,
            templates,
            now,
        };
        let last_key = decide::last_report_key(&sender, entry);
        if let Some(previous) = self.applier.latest.get(&last_key)? {
            let original = self
                .inbox
                .get(&previous.inbox_id)?
                .unwrap_or_else(|| entry.clone());
            if let Some(decision) = decide::follow_up(&known, &previous, &original)? {
                return Ok(decision.into());
            }
        }
        let input = self.parser_input(entry, &sender, school)?;
        let parsed = parse_message(&input, school);
        crate::metrics::daemon().parsed_message(&parsed);
        Ok(Decided {
            decision: decide::report(&known, &parsed, &self.applier.register)?,
            explanation: Some(parsed.explanation),
        })
    }

    /// An unknown sender's message parsed as the school that received it
    /// (or the first school) reads it, with no children: only its flags
    /// and concerns are used. `None` when no school is configured.
    fn parse_unknown(&self, entry: &InboxEntry) -> Option<ParsedMessage> {
        let message = &entry.message;
        let school = message
            .school
            .as_deref()
            .and_then(|s| self.schools.get(s))
            .or_else(|| self.schools.iter().next())?;
        let input = MessageInput {
            channel: message.channel,
            received_at: school.local(message.received_at).fixed_offset(),
            subject: message.subject.as_ref().map(|s| s.for_parser().to_string()),
            children: Vec::new(),
            context: None,
            text: message.text.for_parser().to_string(),
        };
        let parsed = parse_message(&input, school);
        crate::metrics::daemon().parsed_message(&parsed);
        Some(parsed)
    }

    /// What the parser is given: the text, the sender's children and, when
    /// the school has been chasing one of them, that chase.
    fn parser_input(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &ConfiguredSchool,
    ) -> Result<MessageInput> {
        let message = &entry.message;
        Ok(MessageInput {
            channel: message.channel,
            received_at: school.local(message.received_at).fixed_offset(),
            subject: message.subject.as_ref().map(|s| s.for_parser().to_string()),
            children: sender
                .pupils
                .iter()
                .map(|p| Child {
                    first: p.first_name.clone(),
                    last: p.last_name.clone(),
                    known_as: p.known_as.clone(),
                    year: p.year.to_string(),
                })
                .collect(),
            context: self.chase_context(sender, school, message.received_at)?,
            text: message.text.for_parser().to_string(),
        })
    }

    /// The most recent school day, within a few, on which any of the
    /// sender's children are absent with no explanation.
    fn chase_context(
        &self,
        sender: &Identified,
        school: &ConfiguredSchool,
        at: DateTime<Utc>,
    ) -> Result<Option<ChaseContext>> {
        let calendar = &school.calendar;
        let mut day = Some(school.local_date(at)).filter(|d| calendar.is_school_day(*d));
        day = day.or_else(|| calendar.previous_school_day(school.local_date(at)));
        for _ in 0..CHASE_LOOKBACK_SCHOOL_DAYS {
            let Some(date) = day else { break };
            let mut chasing = Vec::new();
            for pupil in &sender.pupils {
                if self.is_unexplained_on(&school.id, &pupil.upn, date)? {
                    chasing.push(pupil.first_name.clone());
                }
            }
            if !chasing.is_empty() {
                return Ok(Some(ChaseContext { chasing, date }));
            }
            day = calendar.previous_school_day(date);
        }
        Ok(None)
    }

    fn is_unexplained_on(&self, school: &str, upn: &str, date: NaiveDate) -> Result<bool> {
        for session in crate::domain::Session::BOTH {
            if let Some(entry) =
                self.applier
                    .register
                    .entry(school, upn, SessionDate::new(date, session))?
                && entry.is_unexplained()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl RegisterView for RegisterBook {
    fn entry(&self, school: &str, upn: &str, session: SessionDate) -> Result<Option<Entry>> {
        RegisterBook::entry(self, school, upn, session)
    }
}
