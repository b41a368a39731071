//! What the daemon says back, and to whom: the parent's acknowledgement on
//! the channel they used, and the notices that put a person in the loop.

use chrono::NaiveDate;

use crate::domain::{Language, Pupil, Report, Upn, list_words, reason_words, when_words};
use crate::error::Result;
use crate::outbox::{Channel, Choice, OnceKey, OutboundMessage, ReplyPurpose, Role};
use crate::staff::StaffRecipient;
use crate::templates::{Rendered, Templates};

use super::identify::Identified;
use super::{InboxEntry, Sender};

/// A reply to whoever sent a stored message, on the channel they used,
/// with the once key that keeps it from being sent twice.
#[derive(Debug, Clone)]
pub struct Reply {
    pub key: OnceKey,
    pub message: OutboundMessage,
}

impl Reply {
    /// A reply for `purpose` to the sender of `entry`.
    pub fn to_sender(
        entry: &InboxEntry,
        school: Option<&str>,
        role: Role,
        purpose: ReplyPurpose,
        rendered: Rendered,
        pupils: Vec<Upn>,
    ) -> Reply {
        let message = &entry.message;
        let (channel, to) = match &message.from {
            Sender::Phone { number } => (Channel::Sms, number.clone()),
            Sender::Email { address } | Sender::UnverifiedEmail { address, .. } => {
                (Channel::Email, address.clone())
            }
            Sender::Telegram { chat_id, .. } => (Channel::Telegram, chat_id.to_string()),
        };
        let subject = match (
            message.subject.as_ref().map(|s| s.for_their_writer()),
            channel,
        ) {
            (Some(original), Channel::Email) if !original.trim().is_empty() => {
                Some(if original.to_lowercase().starts_with("re:") {
                    original.to_string()
                } else {
                    format!("Re: {original}")
                })
            }
            _ => rendered.subject,
        };
        Reply {
            key: OnceKey::Reply {
                inbox: entry.id.clone(),
                purpose,
            },
            message: OutboundMessage {
                school: school.map(Into::into),
                channel,
                to,
                role,
                pupils,
                kind: reply_kind(purpose).into(),
                subject,
                text: rendered.text,
                html: None,
                in_reply_to: Some(message.provider_id.clone()),
                choices: Vec::new(),
                not_before: None,
            },
        }
    }
}

/// The outbox kind of a reply: what staff see it filed as.
fn reply_kind(purpose: ReplyPurpose) -> &'static str {
    match purpose {
        ReplyPurpose::Ack => "ack",
        ReplyPurpose::Clarify => "clarify",
        ReplyPurpose::Unknown => "unknown_sender",
        ReplyPurpose::Acknowledged => "safeguarding_acknowledged",
    }
}

/// What a parent's acknowledgement confirms.
pub enum Acknowledged<'a> {
    /// The marks of these reports were recorded.
    Reports(&'a [(Report, Vec<&'a Pupil>)]),
    /// An earlier report now applies to the children named in a correction.
    Correction(&'a [(Report, Vec<&'a Pupil>)]),
    /// The message was received and is with a person.
    Received,
}

/// The acknowledgement a known sender gets, in their language: the one
/// place it is built.
pub fn acknowledgement(
    templates: &Templates,
    entry: &InboxEntry,
    sender: &Identified,
    today: NaiveDate,
    what: Acknowledged,
) -> Result<Reply> {
    let language = sender.language();
    let (rendered, pupils) = match what {
        Acknowledged::Reports(reports) => {
            let (subject, text) = report_lines(templates, language, reports, today)?;
            (Rendered { subject, text }, upns_of(reports))
        }
        Acknowledged::Correction(reports) => {
            let (subject, details) = report_lines(templates, language, reports, today)?;
            let text = templates
                .render("ack_correction", language, &[("details", &details)])?
                .text;
            (Rendered { subject, text }, upns_of(reports))
        }
        Acknowledged::Received => (templates.render("ack_received", language, &[])?, Vec::new()),
    };
    Ok(Reply::to_sender(
        entry,
        Some(&sender.school),
        Role::Contact(sender.priority()),
        ReplyPurpose::Ack,
        rendered,
        pupils,
    ))
}

fn upns_of(reports: &[(Report, Vec<&Pupil>)]) -> Vec<Upn> {
    reports
        .iter()
        .flat_map(|(_, pupils)| pupils.iter().map(|p| p.upn.clone()))
        .collect()
}

/// A notice to one member of staff (`school` is `None` for the trust's
/// office).
pub fn to_staff(
    recipient: &StaffRecipient,
    school: Option<&str>,
    kind: &str,
    subject: String,
    text: String,
    pupils: Vec<Upn>,
) -> OutboundMessage {
    OutboundMessage {
        school: school.map(Into::into),
        channel: recipient.channel,
        to: recipient.to.clone(),
        role: recipient.role,
        pupils,
        kind: kind.into(),
        subject: Some(subject),
        text,
        html: None,
        in_reply_to: None,
        choices: Vec::new(),
        not_before: None,
    }
}

/// "Millie", "Millie and Ben", "Millie, Ben and Ava": the names a family
/// uses, joined in English for staff.
pub fn names(pupils: &[&Pupil]) -> String {
    names_in(pupils, Language::English)
}

/// The names a family uses, joined in their language ("Ola i Jan").
fn names_in(pupils: &[&Pupil], language: Language) -> String {
    let names: Vec<&str> = pupils.iter().map(|p| p.preferred_name()).collect();
    list_words(&names, language)
}

/// "Millie, Oli and Ana", for staff.
pub fn names_list<S: AsRef<str>>(names: &[S]) -> String {
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    list_words(&names, Language::English)
}

/// One line of acknowledgement per report, in the sender's language,
/// and the subject of the first.
fn report_lines(
    templates: &Templates,
    language: &str,
    reports: &[(Report, Vec<&Pupil>)],
    today: NaiveDate,
) -> Result<(Option<String>, String)> {
    let words = Language::from_tag(language);
    let mut subject = None;
    let mut lines = Vec::new();
    for (report, pupils) in reports {
        let who = names_in(pupils, words);
        let when = when_words(report, today, words);
        let rendered = if report.code.is_late() {
            templates.render("ack_late", language, &[("pupils", &who), ("when", &when)])?
        } else {
            let reason = reason_words(report.code, words);
            templates.render(
                "ack_absence",
                language,
                &[("pupils", &who), ("when", &when), ("reason", reason)],
            )?
        };
        subject = subject.or(rendered.subject);
        lines.push(rendered.text);
    }
    Ok((subject, lines.join("\n")))
}

/// The "which child?" question, with a choice per child.
pub fn clarification(
    templates: &Templates,
    entry: &InboxEntry,
    sender: &Identified,
) -> Result<Reply> {
    let language = sender.language();
    let children = &sender.pupils;
    let refs: Vec<&Pupil> = children.iter().collect();
    let children_named = names_in(&refs, Language::from_tag(language));
    let rendered = templates.render("clarify", language, &[("children", &children_named)])?;
    let mut question = Reply::to_sender(
        entry,
        Some(&sender.school),
        Role::Contact(sender.priority()),
        ReplyPurpose::Clarify,
        rendered,
        Vec::new(),
    );
    question.message.choices = children
        .iter()
        .map(|p| Choice {
            label: p.preferred_name().to_string(),
            value: p.first_name.clone(),
        })
        .collect();
    Ok(question)
}
