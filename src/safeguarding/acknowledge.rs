//! Acknowledging a concern by replying "OK" to its alert, by SMS, Telegram
//! or email: the reply comes from a person on the school's safeguarding
//! ladder, and acknowledges every open concern they were alerted about.

use std::collections::HashSet;

use crate::config::StaffContact;
use crate::domain::Channel;
use crate::error::Result;
use crate::inbound::{InboxEntry, Sender};
use crate::outbox::Choice;
use crate::schools::{ConfiguredSchool, Schools};

use super::escalation::people;
use super::record::{ConcernRecord, Happened, Records, Tier, Via};

const TIERS: [Tier; 4] = [Tier::Dsl, Tier::Deputies, Tier::Head, Tier::OutOfHours];

/// On Telegram an alert carries a button that answers "OK"; SMS and email
/// say to reply OK in their text.
pub fn acknowledge_choice(channel: Channel) -> Vec<Choice> {
    match channel {
        Channel::Telegram => vec![Choice {
            label: "Acknowledge".into(),
            value: "OK".into(),
        }],
        Channel::Sms | Channel::Email => Vec::new(),
    }
}

/// Whether a reply says "I have it": `OK`, `okay`, `ack` or
/// `acknowledged`, in any case, with punctuation around it.
pub fn says_acknowledged(text: &str) -> bool {
    let word = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(word.as_str(), "ok" | "okay" | "ack" | "acknowledged")
}

/// The school and the person on its safeguarding ladder who sent a
/// message, if one did.
pub fn ladder_member<'a>(
    schools: &'a Schools,
    sender: &Sender,
) -> Option<(&'a ConfiguredSchool, &'a StaffContact)> {
    let matches = |person: &StaffContact| match sender {
        Sender::Phone { number } => person.mobile.as_deref() == Some(number.as_str()),
        Sender::Email { address } => person
            .email
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case(address)),
        Sender::Telegram { chat_id, .. } => person.telegram_chat == Some(*chat_id),
        // A sender whose mail server did not vouch for them may be anyone.
        Sender::UnverifiedEmail { .. } => false,
    };
    schools.iter().find_map(|school| {
        TIERS
            .iter()
            .flat_map(|tier| people(school, *tier))
            .find(|person| matches(person))
            .map(|person| (school, person))
    })
}

/// The Telegram chats of everyone on any school's ladder.
pub fn ladder_chats(schools: &Schools) -> HashSet<i64> {
    schools
        .iter()
        .flat_map(|school| TIERS.iter().flat_map(move |tier| people(school, *tier)))
        .filter_map(|person| person.telegram_chat)
        .collect()
}

/// A ladder member's "OK" and the open concerns of their school that
/// alerted them: what their reply acknowledges.
#[derive(Debug, Clone)]
pub struct ReplyAcknowledging {
    /// The ladder member's name, as the record keeps who did what.
    pub who: String,
    pub via: Via,
    pub concerns: Vec<ConcernRecord>,
}

/// What a stored message acknowledges, read and not yet written: `None`
/// unless it says "OK", comes from a person on a school's ladder, and some
/// concern of that school alerted them that is open or that this same
/// message acknowledged (it is being processed again after a crash).
pub fn acknowledged_by_reply(
    records: &Records,
    schools: &Schools,
    entry: &InboxEntry,
) -> Result<Option<ReplyAcknowledging>> {
    let message = &entry.message;
    // An emailed reply carries the alert quoted below it: its first line
    // is what the person wrote.
    let reply = match message.channel {
        Channel::Email => message
            .text
            .for_parser()
            .lines()
            .find(|l| !l.trim().is_empty()),
        Channel::Sms | Channel::Telegram => Some(message.text.for_parser()),
    };
    if !reply.is_some_and(says_acknowledged) {
        return Ok(None);
    }
    let Some((school, person)) = ladder_member(schools, &message.from) else {
        return Ok(None);
    };
    let concerns: Vec<ConcernRecord> = records
        .of_school(&school.id)?
        .into_iter()
        .filter(|record| {
            (record.is_open() || record.acknowledged_by(&entry.id))
                && record
                    .events
                    .iter()
                    .any(|e| matches!(e.what, Happened::Alerted { .. }) && e.who == person.name)
        })
        .collect();
    Ok((!concerns.is_empty()).then(|| ReplyAcknowledging {
        who: person.name.clone(),
        via: message.channel.into(),
        concerns,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_in_its_usual_forms_acknowledges_and_other_words_do_not() {
        for yes in ["OK", "ok.", " Okay! ", "ACK", "acknowledged"] {
            assert!(says_acknowledged(yes), "{yes}");
        }
        for no in ["OK but call me", "not ok", "", "k"] {
            assert!(!says_acknowledged(no), "{no}");
        }
    }
}
