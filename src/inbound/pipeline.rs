//! The one path every inbound message takes, whatever its channel:
//! identify the sender → parse → record provisional marks → acknowledge →
//! route to the people who must see it.
//!
//! A message reaches here only after the [`Inbox`] has stored it durably;
//! [`Pipeline::process_pending`] picks up whatever is stored and not yet
//! processed, so a crash mid-way means the message is processed again on
//! restart. Every outbound message uses a once key derived from the inbox
//! id, so processing twice never sends twice.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use crate::config::StaffConfig;
use crate::domain::{Flag, Mark, ParsedMessage, Provenance, Pupil, Report, SessionDate};
use crate::error::Result;
use crate::outbox::{self, OnceKey, OutboundMessage, Outbox, ReplyPurpose, Role};
use crate::parse::{ChaseContext, Child, MessageInput, parse_message};
use crate::redact::Redacted;
use crate::register::{RegisterBook, Source};
use crate::roster::Roster;
use crate::safeguarding::acknowledge::{acknowledge_by_reply, acknowledge_choice};
use crate::safeguarding::{
    AcknowledgeLinks, Audience, Barrier, ConcernId, ConcernRecord, Happened, RecordEvent, Records,
    Tier,
};
use crate::schools::{SchoolEntry, Schools};
use crate::staff::{Reach, StaffRecipient, recipients};
use crate::store::{AuditLog, Store, Table};
use crate::templates::Templates;

use super::followup::{children_named, is_correction, is_short_answer};
use super::identify::{Identified, identify};
use super::replies::{acknowledgement, clarification, names, to_sender, to_staff};
use super::{Inbox, InboxEntry, Sender};

/// The work-item scope of a notice to the trust's office.
const TRUST_SCOPE: &str = "trust";

/// A report with no end covers this many school days: enough that a family
/// who said "until further notice" is not chased tomorrow, short enough
/// that the office reviews it within a week.
const OPEN_END_SCHOOL_DAYS: u32 = 5;

/// How long a question ("which child?") or a report stays open to a
/// follow-up from the same sender.
const FOLLOW_UP_HOURS: i64 = 12;

/// After this many failed attempts a message is handed to the office as it
/// is, rather than retried for ever.
const MAX_ATTEMPTS: u32 = 5;

/// How many school days back a reply may be answering a chase.
const CHASE_LOOKBACK_SCHOOL_DAYS: u32 = 3;

/// Told whenever a contact of a pupil writes in: a reply from any contact
/// stops that pupil's chase.
pub trait ReplyListener: Send + Sync {
    fn contact_replied(&self, school: &str, upns: &[String], at: DateTime<Utc>) -> Result<()>;
}

/// What one message recorded, kept so a correction or an answer to
/// "which child?" can change it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Recorded {
    inbox_id: String,
    at: DateTime<Utc>,
    school: String,
    /// Reports with their pupils' UPNs (empty while the child is unclear).
    reports: Vec<(Report, Vec<String>)>,
}

#[derive(Clone)]
pub struct Pipeline {
    schools: Schools,
    roster: Roster,
    register: RegisterBook,
    inbox: Inbox,
    outbox: Outbox,
    audit: AuditLog,
    templates: Arc<Templates>,
    safeguarding: Records,
    barrier: Barrier,
    /// Emailed alerts carry a signed acknowledge link when the daemon has
    /// a public URL.
    acknowledge_links: Option<AcknowledgeLinks>,
    /// The latest recorded message per sender, for follow-ups.
    latest: Table<Recorded>,
    /// Failed processing attempts per inbox id.
    attempts: Table<u32>,
    /// An unknown sender's first message of a day to a school (by the
    /// receiving school, school-local day and a digest of the sender),
    /// the one the office is told of.
    unknown_first: Table<String>,
    listeners: Vec<Arc<dyn ReplyListener>>,
}

impl Pipeline {
    pub fn new(store: &Store, schools: Schools, templates: Arc<Templates>) -> Result<Pipeline> {
        Ok(Pipeline {
            barrier: Barrier::open(store, schools.clone())?,
            schools,
            roster: Roster::open(store)?,
            register: RegisterBook::open(store)?,
            inbox: Inbox::open(store)?,
            outbox: Outbox::open(store)?,
            audit: store.audit()?,
            templates,
            safeguarding: Records::open(store)?,
            acknowledge_links: None,
            latest: store.table("inbound_latest")?,
            attempts: store.table("inbound_attempts")?,
            unknown_first: store.table("inbound_unknown_first")?,
            listeners: Vec::new(),
        })
    }

    /// Puts a signed acknowledge link in the DSLs' emailed alerts.
    pub fn with_acknowledge_links(mut self, links: AcknowledgeLinks) -> Pipeline {
        self.acknowledge_links = Some(links);
        self
    }

    /// Adds something to tell when a contact writes in (the chaser).
    pub fn on_reply(&mut self, listener: Arc<dyn ReplyListener>) {
        self.listeners.push(listener);
    }

    pub fn inbox(&self) -> &Inbox {
        &self.inbox
    }

    /// Processes every stored message not yet processed, oldest first.
    /// A message that fails is left for the next round and the office is
    /// told, so nothing is dropped.
    pub fn process_pending(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut done = 0;
        for entry in self.inbox.unprocessed()? {
            match self.process(&entry, now) {
                Ok(outcome) => {
                    self.inbox.mark_processed(&entry.id, now, &outcome)?;
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
                        self.hand_to_office(&entry, &error.to_string(), now)?;
                        self.inbox.mark_processed(
                            &entry.id,
                            now,
                            &format!("handed to the office: {error}"),
                        )?;
                    }
                }
            }
        }
        Ok(done)
    }

    /// Processes one stored message; returns what it concluded.
    pub fn process(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<String> {
        let message = &entry.message;
        if let Some(outcome) = self.acknowledgement(entry, now)? {
            return Ok(outcome);
        }
        let Some(sender) = identify(
            &self.roster,
            &self.schools,
            &message.from,
            message.school.as_deref(),
        )?
        else {
            return self.unknown_sender(entry, now);
        };
        let school = self
            .schools
            .get(&sender.school)
            .expect("identify returns configured schools");
        for listener in &self.listeners {
            listener.contact_replied(&sender.school, &sender.upns(), message.received_at)?;
        }

        if let Some(outcome) = self.follow_up(entry, &sender, school, now)? {
            return Ok(outcome);
        }

        let input = self.parser_input(entry, &sender, school)?;
        let parsed = parse_message(&input, &school.school);
        self.inbox
            .record_explanation(&entry.id, &parsed.explanation)?;
        self.act_on(entry, &sender, school, &parsed, now)
    }

    /// What the parser is given: the text, the sender's children and, when
    /// the school has been chasing one of them, that chase.
    fn parser_input(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &SchoolEntry,
    ) -> Result<MessageInput> {
        let message = &entry.message;
        Ok(MessageInput {
            channel: message.channel,
            received_at: school.school.local(message.received_at).fixed_offset(),
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
        school: &SchoolEntry,
        at: DateTime<Utc>,
    ) -> Result<Option<ChaseContext>> {
        let calendar = &school.school.calendar;
        let mut day = Some(school.school.local_date(at)).filter(|d| calendar.is_school_day(*d));
        day = day.or_else(|| calendar.previous_school_day(school.school.local_date(at)));
        for _ in 0..CHASE_LOOKBACK_SCHOOL_DAYS {
            let Some(date) = day else { break };
            let mut chasing = Vec::new();
            for pupil in &sender.pupils {
                if self.is_unexplained_on(&school.school.id, &pupil.upn, date)? {
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
                self.register
                    .entry(school, upn, SessionDate::new(date, session))?
                && entry.is_unexplained()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Records what the parser found, answers the parent and tells staff.
    fn act_on(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &SchoolEntry,
        parsed: &ParsedMessage,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let message = &entry.message;
        let school_id = school.school.id.as_str();
        let language = sender.language();
        let role = Role::Contact(sender.priority());
        let today = school.school.local_date(message.received_at);

        if parsed.has(Flag::Safeguarding) {
            self.raise_concern(entry, sender, school, parsed, now)?;
        }

        let resolved: Vec<(Report, Vec<&Pupil>)> = parsed
            .reports
            .iter()
            .map(|r| {
                (
                    r.clone(),
                    r.pupils
                        .iter()
                        .filter_map(|name| sender.pupils.iter().find(|p| p.first_name == *name))
                        .collect(),
                )
            })
            .collect();

        if parsed.has(Flag::AmbiguousPupil)
            || (resolved.iter().any(|(_, p)| p.is_empty()) && !resolved.is_empty())
        {
            self.remember(sender, entry, school_id, &resolved, now)?;
            let (subject, text, choices) =
                clarification(&self.templates, language, &sender.pupils)?;
            let mut question = to_sender(
                message,
                Some(school_id),
                role,
                "clarify",
                subject,
                text,
                Vec::new(),
            );
            question.choices = choices;
            self.send(question, &reply_key(entry, ReplyPurpose::Clarify), now)?;
            return Ok("asked which child".into());
        }

        if resolved.is_empty() {
            let rendered = self.templates.render("ack_received", language, &[])?;
            let reply = to_sender(
                message,
                Some(school_id),
                role,
                "ack",
                rendered.subject,
                rendered.text,
                Vec::new(),
            );
            self.send(reply, &reply_key(entry, ReplyPurpose::Ack), now)?;
            // Not an absence only on the parser's positive evidence; a
            // message it could not account for asks a person to decide.
            if parsed.has(Flag::NotAbsence) {
                self.alert_staff(entry, sender, school, &NOT_ABSENCE, &[], now)?;
                return Ok("not an absence".into());
            }
            let nothing = [("recorded", "nothing yet".to_string())];
            self.alert_staff(entry, sender, school, &NEEDS_STAFF, &nothing, now)?;
            return Ok("for a person to read".into());
        }

        let recorded = self.record(entry, school_id, &resolved)?;
        self.remember(sender, entry, school_id, &resolved, now)?;
        let (subject, text) = acknowledgement(&self.templates, language, &resolved, today)?;
        let upns: Vec<String> = resolved
            .iter()
            .flat_map(|(_, p)| p.iter().map(|p| p.upn.clone()))
            .collect();
        let ack = to_sender(message, Some(school_id), role, "ack", subject, text, upns);
        self.send(ack, &reply_key(entry, ReplyPurpose::Ack), now)?;

        let needs_staff =
            parsed.has(Flag::NeedsStaff) || resolved.iter().any(|(r, _)| r.code.needs_staff());
        if needs_staff {
            let summary = summary_of(&resolved);
            self.alert_staff(
                entry,
                sender,
                school,
                &NEEDS_STAFF,
                &[("recorded", summary)],
                now,
            )?;
        }
        if !recorded.contradicted.is_empty() {
            let summary = summary_of(&resolved);
            let recorded = [("recorded", summary)];
            self.alert_staff(entry, sender, school, &REGISTER_CONFLICT, &recorded, now)?;
        }
        Ok(format!("recorded {} session(s)", recorded.sessions))
    }

    /// Writes the provisional marks for each report.
    fn record(
        &self,
        entry: &InboxEntry,
        school_id: &str,
        reports: &[(Report, Vec<&Pupil>)],
    ) -> Result<RecordSummary> {
        let school = self.schools.get(school_id).expect("configured school");
        let mut summary = RecordSummary::default();
        for (report, pupils) in reports {
            for session in report.sessions(&school.school.calendar, OPEN_END_SCHOOL_DAYS) {
                for pupil in pupils {
                    let mark = Mark {
                        school: school_id.to_string(),
                        upn: pupil.upn.clone(),
                        session,
                        code: Some(report.code),
                        arrival: report
                            .arrival
                            .as_deref()
                            .and_then(|a| chrono::NaiveTime::parse_from_str(a, "%H:%M").ok()),
                        provenance: Provenance::ParentReport {
                            message: entry.id.clone(),
                        },
                        recorded_at: entry.message.received_at.fixed_offset(),
                    };
                    self.register.record(
                        Source::Provisional,
                        mark,
                        "parent's report",
                        &format!("parent via {}", entry.message.channel),
                    )?;
                    summary.sessions += 1;
                    if let Some(e) = self.register.entry(school_id, &pupil.upn, session)?
                        && e.report_contradicts_register()
                    {
                        summary.contradicted.push(pupil.upn.clone());
                    }
                }
            }
        }
        Ok(summary)
    }

    /// A correction or an answer to "which child?" applies the sender's
    /// previous report to the children this message names.
    fn follow_up(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &SchoolEntry,
        now: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let message = &entry.message;
        let Some(previous) = self.latest.get(&sender_key(sender, message))? else {
            return Ok(None);
        };
        let recent = message.received_at - previous.at < chrono::Duration::hours(FOLLOW_UP_HOURS);
        let named = children_named(message.text.for_parser(), &sender.pupils);
        let awaiting_child = previous.reports.iter().any(|(_, upns)| upns.is_empty());
        let applies = recent
            && !named.is_empty()
            && previous.inbox_id != entry.id
            && ((awaiting_child && is_short_answer(message.text.for_parser()))
                || is_correction(message.text.for_parser()));
        if !applies {
            return Ok(None);
        }
        let school_id = school.school.id.as_str();
        let when = message.received_at.fixed_offset();
        for (report, upns) in &previous.reports {
            for session in report.sessions(&school.school.calendar, OPEN_END_SCHOOL_DAYS) {
                for upn in upns.iter().filter(|u| !named.iter().any(|p| &&p.upn == u)) {
                    self.register.withdraw_provisional(
                        school_id,
                        upn,
                        session,
                        "parent corrected the report",
                        "parent",
                        when,
                    )?;
                }
            }
        }
        let moved: Vec<(Report, Vec<&Pupil>)> = previous
            .reports
            .iter()
            .map(|(r, _)| {
                (
                    Report {
                        pupils: named.iter().map(|p| p.first_name.clone()).collect(),
                        ..r.clone()
                    },
                    named.clone(),
                )
            })
            .collect();
        let original = self
            .inbox
            .get(&previous.inbox_id)?
            .unwrap_or_else(|| entry.clone());
        self.record(&original, school_id, &moved)?;
        self.remember(sender, &original, school_id, &moved, message.received_at)?;
        let today = school.school.local_date(message.received_at);
        let (subject, details) =
            acknowledgement(&self.templates, sender.language(), &moved, today)?;
        let text = self
            .templates
            .render(
                "ack_correction",
                sender.language(),
                &[("details", &details)],
            )?
            .text;
        let upns = named.iter().map(|p| p.upn.clone()).collect();
        let reply = to_sender(
            message,
            Some(school_id),
            Role::Contact(sender.priority()),
            "ack",
            subject,
            text,
            upns,
        );
        self.send(reply, &reply_key(entry, ReplyPurpose::Ack), now)?;
        Ok(Some("applied to the named children".into()))
    }

    fn remember(
        &self,
        sender: &Identified,
        entry: &InboxEntry,
        school: &str,
        reports: &[(Report, Vec<&Pupil>)],
        at: DateTime<Utc>,
    ) -> Result<()> {
        let record = Recorded {
            inbox_id: entry.id.clone(),
            at,
            school: school.to_string(),
            reports: reports
                .iter()
                .map(|(r, p)| (r.clone(), p.iter().map(|p| p.upn.clone()).collect()))
                .collect(),
        };
        self.latest
            .insert(&sender_key(sender, &entry.message), &record)?;
        Ok(())
    }

    /// The last resort for a message that cannot be processed: the office
    /// gets it as it came, so it is never dropped.
    fn hand_to_office(&self, entry: &InboxEntry, error: &str, now: DateTime<Utc>) -> Result<()> {
        let message = &entry.message;
        let words = self.barrier.guard(entry)?;
        for school in self.schools_for(message) {
            for recipient in recipients(&school.staff, Role::Office, Reach::Preferred) {
                let rendered = self.templates.render(
                    "staff_processing_failed",
                    "en",
                    &[
                        ("sender", &message.from.to_string()),
                        ("message", words.open(Audience::Staff)),
                        ("error", error),
                    ],
                )?;
                let notice = to_staff(
                    &recipient,
                    &school.school.id,
                    "needs_staff",
                    rendered.subject.unwrap_or_default(),
                    rendered.text,
                    Vec::new(),
                );
                self.send(notice, &staff_key(entry, "failed", &recipient), now)?;
            }
        }
        Ok(())
    }

    /// The school a message was sent to, or every school when it is unknown.
    fn schools_for(&self, message: &super::InboundMessage) -> Vec<&SchoolEntry> {
        match message.school.as_deref().and_then(|s| self.schools.get(s)) {
            Some(school) => vec![school],
            None => self.schools.iter().collect(),
        }
    }

    /// An unknown sender (or an email whose sender could not be
    /// verified) gets one automatic reply a day, and the office that
    /// received the message (the school's, else the trust's, else every
    /// school's) hears of their first message that day; later ones are
    /// kept in the inbox without another email.
    fn unknown_sender(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<String> {
        let message = &entry.message;
        let school = message.school.as_deref().and_then(|s| self.schools.get(s));
        let day = school
            .or_else(|| self.schools.iter().next())
            .map(|s| s.school.local_date(message.received_at))
            .unwrap_or_else(|| message.received_at.date_naive());
        // School ids are never empty: "" is "no school received it".
        let receiver = school.map_or("", |s| s.school.id.as_str());
        let sender_day = format!("{receiver}/{day}/{}", sender_digest(&message.from));
        self.unknown_first
            .insert_if_absent(&sender_day, &entry.id)?;
        let first = self.unknown_first.get(&sender_day)?;
        if first.as_deref() != Some(entry.id.as_str()) {
            return Ok(format!(
                "unknown sender, again today: the office was told of {}",
                first.unwrap_or_default()
            ));
        }
        if !matches!(message.from, Sender::UnverifiedEmail { .. }) {
            let rendered = self.templates.render("unknown_sender", "en", &[])?;
            let reply = to_sender(
                message,
                message.school.as_deref(),
                Role::UnknownSender,
                "unknown_sender",
                rendered.subject,
                rendered.text,
                Vec::new(),
            );
            self.send(reply, &reply_key(entry, ReplyPurpose::Unknown), now)?;
        }
        let rendered = self.templates.render(
            "staff_unknown_sender",
            "en",
            &[
                ("sender", &message.from.to_string()),
                (
                    "message",
                    self.barrier
                        .guard(entry)?
                        .open(Audience::of_role(Role::Office)),
                ),
            ],
        )?;
        let subject = rendered.subject.unwrap_or_default();
        for (scope, office) in self.offices_for_unknown(school) {
            for recipient in office {
                let mut notice = to_staff(
                    &recipient,
                    scope.unwrap_or_default(),
                    "unknown_sender",
                    subject.clone(),
                    rendered.text.clone(),
                    Vec::new(),
                );
                notice.school = scope.map(str::to_string);
                // One work item per school that is told, so one school
                // closing its item leaves another's open.
                let item = scope.unwrap_or(TRUST_SCOPE);
                let kind = format!("unknown_sender.{item}");
                self.send(notice, &staff_key(entry, &kind, &recipient), now)?;
            }
        }
        Ok("unknown sender".into())
    }

    /// Who hears of an unknown sender's message, by school (`None` for
    /// the trust's office).
    fn offices_for_unknown<'a>(
        &'a self,
        receiving: Option<&'a SchoolEntry>,
    ) -> Vec<(Option<&'a str>, Vec<StaffRecipient>)> {
        let office_of = |school: &'a SchoolEntry| {
            (
                Some(school.school.id.as_str()),
                recipients(&school.staff, Role::Office, Reach::Preferred),
            )
        };
        if let Some(school) = receiving {
            return vec![office_of(school)];
        }
        if let Some(trust) = self.schools.trust() {
            let staff = StaffConfig {
                office: trust.office.clone(),
                ..StaffConfig::default()
            };
            return vec![(None, recipients(&staff, Role::Office, Reach::Preferred))];
        }
        self.schools.iter().map(office_of).collect()
    }

    /// A ladder member's "OK" acknowledges the concerns they were alerted
    /// about; it is not a parent's message.
    fn acknowledgement(&self, entry: &InboxEntry, now: DateTime<Utc>) -> Result<Option<String>> {
        let message = &entry.message;
        let acknowledged = acknowledge_by_reply(
            &self.safeguarding,
            &self.schools,
            message,
            message.received_at,
        )?;
        let Some(first) = acknowledged.first() else {
            return Ok(None);
        };
        let concerns: Vec<String> = acknowledged
            .iter()
            .map(|r| self.barrier.notice(r))
            .collect();
        let rendered = self.templates.render(
            "staff_safeguarding_acknowledged",
            "en",
            &[("concerns", &concerns.join(" "))],
        )?;
        let reply = to_sender(
            message,
            Some(&first.school),
            Role::Dsl,
            "safeguarding_acknowledged",
            rendered.subject,
            rendered.text,
            Vec::new(),
        );
        self.send(reply, &reply_key(entry, ReplyPurpose::Acknowledged), now)?;
        Ok(Some(format!(
            "acknowledged {} safeguarding concern(s)",
            acknowledged.len()
        )))
    }

    /// Keeps the concern in the pupils' safeguarding record, then alerts
    /// the DSLs on every channel and records who was alerted.
    fn raise_concern(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &SchoolEntry,
        parsed: &ParsedMessage,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let id = ConcernId::of_message(&entry.id);
        self.safeguarding.raise(&ConcernRecord {
            id: id.clone(),
            school: school.school.id.clone(),
            upns: sender.upns(),
            pupil_names: sender
                .pupils
                .iter()
                .map(|p| p.preferred_name().to_string())
                .collect(),
            raised_at: entry.message.received_at,
            concerns: parsed.concerns.clone(),
            events: Vec::new(),
        })?;
        let categories: Vec<&str> = parsed.concerns.iter().map(|c| c.category.label()).collect();
        let triggers: Vec<String> = parsed
            .concerns
            .iter()
            .flat_map(|c| c.triggers.iter().map(|t| format!("\"{t}\"")))
            .collect();
        let extra = [
            ("categories", categories.join(", ")),
            ("triggers", triggers.join(", ")),
            (
                "wait",
                school
                    .config
                    .safeguarding
                    .acknowledge_within_minutes
                    .to_string(),
            ),
        ];
        let (alerted, shown) =
            self.alert_staff(entry, sender, school, &SAFEGUARDING, &extra, now)?;
        for recipient in alerted {
            self.safeguarding.note(
                &id,
                RecordEvent {
                    at: now,
                    what: Happened::Alerted { tier: Tier::Dsl },
                    who: recipient.name,
                    channel: Some(recipient.channel.into()),
                    shown: shown.clone(),
                },
            )?;
        }
        Ok(())
    }

    /// Tells staff in `notice`'s role; a message that raised a concern is
    /// quoted through the barrier, so only the DSL roles read its words.
    /// Returns who was told and the subject they were shown.
    fn alert_staff(
        &self,
        entry: &InboxEntry,
        sender: &Identified,
        school: &SchoolEntry,
        notice: &StaffNotice,
        extra: &[(&str, String)],
        now: DateTime<Utc>,
    ) -> Result<(Vec<StaffRecipient>, String)> {
        let StaffNotice {
            role,
            reach,
            kind,
            template,
        } = *notice;
        let message = &entry.message;
        let pupils: Vec<&Pupil> = sender.pupils.iter().collect();
        let words = self.barrier.guard(entry)?;
        let mut values = vec![
            ("sender", message.from.to_string()),
            ("pupils", names(&pupils)),
            ("message", words.open(Audience::of_role(role)).to_string()),
        ];
        values.extend(extra.iter().cloned());
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let rendered = self.templates.render(template, "en", &values)?;
        let found = recipients(&school.staff, role, reach);
        if found.is_empty() {
            tracing::warn!(school = %school.school.id, %role, kind, "no staff configured for this role");
        }
        let subject = rendered.subject.unwrap_or_default();
        for recipient in &found {
            let mut notice = to_staff(
                recipient,
                &school.school.id,
                kind,
                subject.clone(),
                rendered.text.clone(),
                sender.upns(),
            );
            if notice.role == Role::Dsl {
                notice.choices = acknowledge_choice(recipient.channel);
                if let Some(links) = &self.acknowledge_links {
                    let concern = ConcernId::of_message(&entry.id);
                    links.add_to_alert(&mut notice, &self.templates, &concern, now)?;
                }
            }
            self.send(notice, &staff_key(entry, kind, recipient), now)?;
        }
        Ok((found, subject))
    }

    fn send(&self, message: OutboundMessage, once_key: &OnceKey, now: DateTime<Utc>) -> Result<()> {
        self.outbox.enqueue(message, Some(once_key), now)?;
        Ok(())
    }
}

/// A kind of notice to staff: who gets it, how hard to reach them, and
/// its template.
#[derive(Clone, Copy)]
struct StaffNotice {
    role: Role,
    reach: Reach,
    kind: &'static str,
    template: &'static str,
}

const SAFEGUARDING: StaffNotice = StaffNotice {
    role: Role::Dsl,
    reach: Reach::Everywhere,
    kind: "safeguarding",
    template: "staff_safeguarding",
};
const NEEDS_STAFF: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "needs_staff",
    template: "staff_needs_staff",
};
const NOT_ABSENCE: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "not_absence",
    template: "staff_not_absence",
};
const REGISTER_CONFLICT: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "register_conflict",
    template: "staff_register_conflict",
};

#[derive(Default)]
struct RecordSummary {
    sessions: usize,
    contradicted: Vec<String>,
}

/// The once key of a reply to the message's sender.
fn reply_key(entry: &InboxEntry, purpose: ReplyPurpose) -> OnceKey {
    OnceKey::Reply {
        inbox: entry.id.clone(),
        purpose,
    }
}

/// The once key of a notice about the message to one member of staff.
fn staff_key(entry: &InboxEntry, kind: &str, to: &StaffRecipient) -> OnceKey {
    OnceKey::StaffNotice {
        inbox: entry.id.clone(),
        kind: kind.to_string(),
        recipient: outbox::Recipient::new(to.channel, &to.to),
    }
}

/// A sender as a store key without their number or address in it.
fn sender_digest(sender: &Sender) -> String {
    format!("{:x}", Sha1::digest(sender.to_string()))
}

fn sender_key(sender: &Identified, message: &super::InboundMessage) -> String {
    let who = match &message.from {
        super::Sender::Phone { number } => format!("phone:{number}"),
        super::Sender::Email { address } | super::Sender::UnverifiedEmail { address, .. } => {
            format!("email:{address}")
        }
        super::Sender::Telegram { chat_id, .. } => format!("telegram:{chat_id}"),
    };
    format!("{}/{who}", sender.school)
}

/// "I for Millie from 2026-11-23 am to 2026-11-23 pm": what was recorded,
/// for staff.
fn summary_of(reports: &[(Report, Vec<&Pupil>)]) -> String {
    reports
        .iter()
        .map(|(r, pupils)| {
            let end = r
                .last_session()
                .map_or("until further notice".to_string(), |s| s.to_string());
            format!(
                "{} for {} from {} to {}",
                r.code,
                names(pupils),
                r.first_session(),
                end
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
