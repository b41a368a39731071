//! Who on the staff hears about what, and on which channels.

use serde::{Deserialize, Serialize};

use crate::config::{StaffConfig, StaffContact};
use crate::outbox::{Channel, Role};

/// A member of staff reachable on one channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecipient {
    pub role: Role,
    pub name: String,
    pub channel: Channel,
    pub to: String,
}

/// How hard to try to reach a person: on their first channel or on every
/// one. A flow's steps name it `first` or `all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Reach {
    /// One message per person, on their first channel (for staff: email,
    /// then Telegram, then SMS).
    #[default]
    #[serde(rename = "first")]
    Preferred,
    /// Every channel each person has: for safeguarding, which must be seen
    /// at once.
    #[serde(rename = "all")]
    Everywhere,
}

/// The recipients for a staff role (`Office`, `Lead` or `Dsl`); empty for a
/// role that is not staff.
pub fn recipients(staff: &StaffConfig, role: Role, reach: Reach) -> Vec<StaffRecipient> {
    let people = match role {
        Role::Office => &staff.office,
        Role::Lead => &staff.lead,
        Role::Dsl => &staff.dsl,
        Role::Contact(_) | Role::UnknownSender => return Vec::new(),
    };
    recipients_among(people, role, reach)
}

/// The recipients among some people, written to as `role`.
pub fn recipients_among(people: &[StaffContact], role: Role, reach: Reach) -> Vec<StaffRecipient> {
    people
        .iter()
        .flat_map(|person| {
            let channels = channels_of(person);
            let take = if reach == Reach::Everywhere {
                channels.len()
            } else {
                1
            };
            channels
                .into_iter()
                .take(take)
                .map(move |(channel, to)| StaffRecipient {
                    role,
                    name: person.name.clone(),
                    channel,
                    to,
                })
        })
        .collect()
}

fn channels_of(person: &StaffContact) -> Vec<(Channel, String)> {
    let mut channels = Vec::new();
    if let Some(email) = &person.email {
        channels.push((Channel::Email, email.clone()));
    }
    if let Some(chat) = person.telegram_chat {
        channels.push((Channel::Telegram, chat.to_string()));
    }
    if let Some(mobile) = &person.mobile {
        channels.push((Channel::Sms, mobile.clone()));
    }
    channels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff() -> StaffConfig {
        let person = |name: &str, email: Option<&str>, chat: Option<i64>, mobile: Option<&str>| {
            StaffContact {
                name: name.into(),
                email: email.map(Into::into),
                mobile: mobile.map(Into::into),
                telegram_chat: chat,
            }
        };
        StaffConfig {
            office: vec![person(
                "Office",
                Some("office@example.org"),
                None,
                Some("+447700900001"),
            )],
            lead: vec![],
            dsl: vec![
                person(
                    "DSL",
                    Some("dsl@example.org"),
                    Some(-100123),
                    Some("+447700900002"),
                ),
                person("Deputy DSL", None, None, Some("+447700900003")),
            ],
        }
    }

    #[test]
    fn preferred_reach_takes_each_persons_first_channel() {
        let office = recipients(&staff(), Role::Office, Reach::Preferred);
        assert_eq!(office.len(), 1);
        assert_eq!(
            (office[0].channel, office[0].to.as_str()),
            (Channel::Email, "office@example.org")
        );
    }

    #[test]
    fn safeguarding_reaches_every_channel_of_every_dsl() {
        let dsl = recipients(&staff(), Role::Dsl, Reach::Everywhere);
        let channels: Vec<_> = dsl.iter().map(|r| (r.name.as_str(), r.channel)).collect();
        assert_eq!(
            channels,
            [
                ("DSL", Channel::Email),
                ("DSL", Channel::Telegram),
                ("DSL", Channel::Sms),
                ("Deputy DSL", Channel::Sms)
            ]
        );
        assert!(recipients(&staff(), Role::Lead, Reach::Everywhere).is_empty());
        assert!(recipients(&staff(), Role::Contact(1), Reach::Everywhere).is_empty());
    }
}
