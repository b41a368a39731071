//! What the daemon says back, and to whom: the parent's acknowledgement on
//! the channel they used, and the notices that put a person in the loop.

use chrono::NaiveDate;

use crate::domain::{Language, Pupil, Report, list_words, reason_words, when_words};
use crate::error::Result;
use crate::outbox::{Channel, Choice, OutboundMessage, Role};
use crate::staff::StaffRecipient;
use crate::templates::Templates;

use super::{InboundMessage, Sender};

/// A reply to whoever sent `message`, on the same channel.
pub fn to_sender(
    message: &InboundMessage,
    school: Option<&str>,
    role: Role,
    kind: &str,
    subject: Option<String>,
    text: String,
    pupils: Vec<String>,
) -> OutboundMessage {
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
        _ => subject,
    };
    OutboundMessage {
        school: school.map(Into::into),
        channel,
        to,
        role,
        pupils,
        kind: kind.into(),
        subject,
        text,
        html: None,
        in_reply_to: Some(message.provider_id.clone()),
        choices: Vec::new(),
        not_before: None,
    }
}

/// A notice to one member of staff.
pub fn to_staff(
    recipient: &StaffRecipient,
    school: &str,
    kind: &str,
    subject: String,
    text: String,
    pupils: Vec<String>,
) -> OutboundMessage {
    OutboundMessage {
        school: Some(school.into()),
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

/// One line of acknowledgement per report, in the sender's language.
pub fn acknowledgement(
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
    language: &str,
    children: &[Pupil],
) -> Result<(Option<String>, String, Vec<Choice>)> {
    let refs: Vec<&Pupil> = children.iter().collect();
    let children_named = names_in(&refs, Language::from_tag(language));
    let rendered = templates.render("clarify", language, &[("children", &children_named)])?;
    let choices = children
        .iter()
        .map(|p| Choice {
            label: p.preferred_name().to_string(),
            value: p.first_name.clone(),
        })
        .collect();
    Ok((rendered.subject, rendered.text, choices))
}
