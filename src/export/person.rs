//! A subject-access export: everything held about one contact, found by
//! their mobile number or email address, as JSON.
//!
//! A message the parser flags for safeguarding is listed with its time
//! but not its words: the DSL decides what of it may be disclosed.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::attendance::PenaltyNotice;
use crate::domain::Contact;
use crate::error::{Error, Result};
use crate::inbound::{Inbox, Sender};
use crate::la_notices::evidence::HELD_BY_DSL;
use crate::outbox::{Channel, Outbox, Status};
use crate::penalty_notices::PenaltyNotices;
use crate::roster::Roster;
use crate::safeguarding::Records;
use crate::schools::Schools;
use crate::store::Store;

/// Who the export is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    /// A mobile number, in any form the roster reads.
    Phone(String),
    Email(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonExport {
    pub generated_at: DateTime<Utc>,
    /// Each pupil this person is a contact of, as the roster holds it.
    pub contacts: Vec<Contact>,
    pub messages_received: Vec<MessageIn>,
    pub messages_sent: Vec<MessageOut>,
    pub penalty_notices: Vec<PenaltyNotice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MessageIn {
    pub received_at: DateTime<Utc>,
    pub channel: Channel,
    pub subject: Option<String>,
    /// `None` with `held` set: a safeguarding message.
    pub text: Option<String>,
    pub held: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MessageOut {
    pub queued_at: DateTime<Utc>,
    pub channel: Channel,
    pub kind: String,
    pub text: String,
    pub sent: bool,
}

/// Gathers the export; refused when nobody on the roster has the number
/// or address.
pub fn export_person(
    store: &Store,
    schools: &Schools,
    person: &Person,
    now: DateTime<Utc>,
) -> Result<PersonExport> {
    let roster = Roster::open(store)?;
    let contacts = match person {
        Person::Phone(number) => roster.contacts_by_phone(number)?,
        Person::Email(address) => roster.contacts_by_email(address)?,
    };
    if contacts.is_empty() {
        return Err(Error::Refused(
            "no contact on the roster has that number or address".into(),
        ));
    }
    let addresses: Vec<String> = contacts
        .iter()
        .flat_map(|c| {
            [
                c.mobile.clone(),
                c.email.clone(),
                c.telegram_chat.map(|chat| chat.to_string()),
            ]
        })
        .flatten()
        .collect();
    let is_them = |sender: &Sender| contacts.iter().any(|c| sender.is_contact(c));
    let concerns = Records::open(store)?;
    let mut messages_received = Vec::new();
    for entry in Inbox::open(store)?.all()? {
        let message = entry.message;
        if !is_them(&message.from) {
            continue;
        }
        let held = concerns.is_concern(&entry.id)?;
        messages_received.push(MessageIn {
            received_at: message.received_at,
            channel: message.channel,
            subject: if held {
                None
            } else {
                message.subject.map(|s| s.for_their_writer().to_string())
            },
            text: (!held).then(|| message.text.for_their_writer().to_string()),
            held: held.then_some(HELD_BY_DSL),
        });
    }
    let messages_sent = Outbox::open(store)?
        .all()?
        .into_iter()
        .filter(|e| {
            addresses
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&e.message.to))
        })
        .map(|e| MessageOut {
            queued_at: e.created_at,
            channel: e.message.channel,
            kind: e.message.kind,
            text: e.message.text,
            sent: matches!(e.status, Status::Sent { .. }),
        })
        .collect();
    let notices = PenaltyNotices::open(store)?;
    let mut penalty_notices = Vec::new();
    for contact in &contacts {
        for school in schools.iter() {
            penalty_notices.extend(
                notices
                    .of_pupil(&school.id, &contact.upn)?
                    .into_iter()
                    .filter(|n| n.parent.is(&contact.name)),
            );
        }
    }
    Ok(PersonExport {
        generated_at: now,
        contacts,
        messages_received,
        messages_sent,
        penalty_notices,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::config::fixtures::MINIMAL;
    use crate::domain::fixtures::{self, mother};
    use crate::outbox::{OutboundMessage, Role};
    use crate::penalty_notices::NoticeIssued;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn one_contact_gets_what_is_held_about_them_and_no_one_else() {
        let store = Store::temporary().unwrap();
        let config = Config::parse(MINIMAL, std::path::Path::new("config.toml")).unwrap();
        let schools = Schools::from_config(&config, None).unwrap();
        let contact = |upn: &str, name: &str, mobile: &str| Contact {
            name: name.into(),
            mobile: Some(mobile.into()),
            email: Some(format!("{}@example.org", upn.to_lowercase())),
            ..mother(upn)
        };
        let pupil = |upn: &str| fixtures::pupil(upn, "Millie", None);
        let roster = Roster::open(&store).unwrap();
        roster
            .import(
                &[pupil("A100"), pupil("A200")],
                &[
                    contact("A100", "Grace Okafor", "+447700900123"),
                    contact("A200", "Kasia Brown", "+447700900200"),
                ],
                "2026-09-01".parse().unwrap(),
            )
            .unwrap();
        let inbox = Inbox::open(&store).unwrap();
        for (id, from, text) in [
            ("SM1", "+447700900123", "Millie has a cold"),
            ("SM2", "+447700900123", "We have fled to a refuge"),
            ("SM3", "+447700900200", "Someone else's message"),
        ] {
            let stored = inbox
                .accept(crate::inbound::fixtures::sms(
                    id,
                    from,
                    text,
                    at("2026-11-23T07:40:00Z"),
                ))
                .unwrap();
            if id == "SM2" {
                // As the pipeline keeps it: the message raised a concern.
                Records::open(&store)
                    .unwrap()
                    .raise(&crate::safeguarding::ConcernRecord::new(
                        crate::safeguarding::ConcernId::of_message(stored.id()),
                        "fernhill".into(),
                        &[pupil("A100")],
                        at("2026-11-23T07:40:00Z"),
                        Vec::new(),
                    ))
                    .unwrap();
            }
        }
        Outbox::open(&store)
            .unwrap()
            .enqueue(
                OutboundMessage {
                    school: Some("fernhill".into()),
                    channel: Channel::Sms,
                    to: "+447700900123".into(),
                    role: Role::Contact(1),
                    pupils: vec!["A100".into()],
                    kind: "ack".into(),
                    subject: None,
                    text: "Thanks, we have recorded Millie as absent".into(),
                    html: None,
                    in_reply_to: None,
                    choices: vec![],
                    not_before: None,
                },
                None,
                at("2026-11-23T07:41:00Z"),
            )
            .unwrap();
        PenaltyNotices::open(&store)
            .unwrap()
            .record(
                &roster,
                &NoticeIssued {
                    school: "fernhill",
                    upn: "A100",
                    parent: "Grace Okafor",
                    issued_on: "2026-11-09".parse().unwrap(),
                    recorded_by: "lead",
                },
                "2026-11-23".parse().unwrap(),
            )
            .unwrap();

        let now = at("2026-12-01T12:00:00Z");
        let export =
            export_person(&store, &schools, &Person::Phone("07700 900123".into()), now).unwrap();
        assert_eq!(export.contacts.len(), 1);
        assert_eq!(export.contacts[0].name, "Grace Okafor");
        let received: Vec<(Option<&str>, Option<&str>)> = export
            .messages_received
            .iter()
            .map(|m| (m.text.as_deref(), m.held))
            .collect();
        assert_eq!(
            received,
            [(Some("Millie has a cold"), None), (None, Some(HELD_BY_DSL))]
        );
        assert_eq!(export.messages_sent.len(), 1);
        assert_eq!(export.penalty_notices.len(), 1);
        let by_email = export_person(
            &store,
            &schools,
            &Person::Email("A100@Example.org".into()),
            now,
        )
        .unwrap();
        assert_eq!(
            by_email.messages_received.len(),
            2,
            "found by address, the same contact's texts are theirs too"
        );
        assert_eq!(by_email.contacts[0].name, "Grace Okafor");

        let err = export_person(
            &store,
            &schools,
            &Person::Phone("+447700900555".into()),
            now,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("no contact"), "{err}");
    }
}
