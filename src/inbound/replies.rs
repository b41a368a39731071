//! What the daemon says back, and to whom: the parent's acknowledgement on
//! the channel they used, and the notices that put a person in the loop.

use chrono::NaiveDate;

use crate::domain::{Pupil, Report, reason_words, when_words};
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
        Sender::Email { address } => (Channel::Email, address.clone()),
        Sender::Telegram { chat_id, .. } => (Channel::Telegram, chat_id.to_string()),
    };
    let subject = match (&message.subject, channel) {
        (Some(original), Channel::Email) if !original.trim().is_empty() => {
            Some(if original.to_lowercase().starts_with("re:") {
                original.clone()
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

/// "Millie", "Millie and Ben", "Millie, Ben and Ava": the names a family uses.
pub fn names(pupils: &[&Pupil]) -> String {
    let names: Vec<&str> = pupils.iter().map(|p| p.preferred_name()).collect();
    names_list(&names)
}

/// "Millie, Oli and Ana".
pub fn names_list<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// One line of acknowledgement per report, in the sender's language.
pub fn acknowledgement(
    templates: &Templates,
    language: &str,
    reports: &[(Report, Vec<&Pupil>)],
    today: NaiveDate,
) -> Result<(Option<String>, String)> {
    let mut subject = None;
    let mut lines = Vec::new();
    for (report, pupils) in reports {
        let who = names(pupils);
        let when = when_words(report, today);
        let rendered = if report.code.is_late() {
            let when = match &report.arrival {
                Some(at) => format!("{when} (arriving about {at})"),
                None => when,
            };
            templates.render("ack_late", language, &[("pupils", &who), ("when", &when)])?
        } else {
            let reason = reason_words(report.code);
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
    let rendered = templates.render("clarify", language, &[("children", &names(&refs))])?;
    let choices = children
        .iter()
        .map(|p| Choice {
            label: p.preferred_name().to_string(),
            value: p.first_name.clone(),
        })
        .collect();
    Ok((rendered.subject, rendered.text, choices))
}
