//! Once keys: what one-time purpose an outbound message serves. The outbox
//! claims each key once, so a message for the same purpose is never queued
//! twice, and keeps the key as a field of the entry, so readers such as the
//! staff work list take its parts from the fields and never from the text.
//!
//! The text form is the store key (`once/{key}`); it reads well in a dump
//! and keeps a chase's messages under one prefix, for cancelling.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Channel, Role};
use crate::domain::{SchoolId, SessionDate, Upn};

/// Who a claimed message goes to: the channel and the number, address or
/// chat on it, shown `channel:to`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Recipient(String);

impl Recipient {
    pub fn new(channel: Channel, to: &str) -> Recipient {
        Recipient(format!("{channel}:{to}"))
    }
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a reply goes back to whoever wrote in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplyPurpose {
    /// The acknowledgement of a report.
    Ack,
    /// A question back: which child, which day.
    Clarify,
    /// The polite answer to someone not on the roster.
    Unknown,
    /// The confirmation that a safeguarding alert was acknowledged.
    Acknowledged,
}

impl ReplyPurpose {
    fn as_str(self) -> &'static str {
        match self {
            ReplyPurpose::Ack => "ack",
            ReplyPurpose::Clarify => "clarify",
            ReplyPurpose::Unknown => "unknown",
            ReplyPurpose::Acknowledged => "acknowledged",
        }
    }
}

/// Every kind of one-time send.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OnceKey {
    /// A reply to an inbound message's sender (`reply/{inbox id}/{purpose}`).
    Reply {
        inbox: String,
        purpose: ReplyPurpose,
    },
    /// A notice to a member of staff about an inbound message
    /// (`staff/{inbox id}/{kind}/{recipient}`).
    StaffNotice {
        inbox: String,
        kind: String,
        recipient: Recipient,
    },
    /// A chase step's message to one of a family's contacts
    /// (`chase/{episode}/{step}/{role}/{recipient}`).
    ChaseStep {
        episode: String,
        step: String,
        role: Role,
        recipient: Recipient,
    },
    /// An alert about one pupil's absence episode to a member of staff, the
    /// same key whether the chase or the threshold watch raises it, so
    /// staff never hear the same alert twice
    /// (`alert/{school}/{upn}/{kind}/{first day}/{to}`).
    Alert {
        school: SchoolId,
        upn: Upn,
        kind: String,
        since: NaiveDate,
        to: String,
    },
    /// The office told that the MIS and a parent disagree about a session
    /// (`alert/{school}/{upn}/register_conflict/{date}/{session}/{recipient}`).
    RegisterConflict {
        school: SchoolId,
        upn: Upn,
        session: SessionDate,
        recipient: Recipient,
    },
    /// A scheduled digest (`digest/{school}/{date}/{HH:MM}/{to}`).
    Digest {
        school: SchoolId,
        date: NaiveDate,
        time: NaiveTime,
        to: String,
    },
    /// The office's daily digest (`office_digest/{school}/{date}/{to}`).
    OfficeDigest {
        school: SchoolId,
        date: NaiveDate,
        to: String,
    },
    /// A message the office wrote to a family from the staff screen
    /// (`office/{school}/{upn}/{nonce}/contact{n}`).
    OfficeMessage {
        school: SchoolId,
        upn: Upn,
        nonce: String,
        contact: u8,
    },
    /// The office told that a text was refused because the number opted out
    /// (`sms_opted_out/{school}/{to}/{refused message}`).
    OptedOutNotice {
        school: SchoolId,
        to: String,
        refused: String,
    },
    /// One rung of an unacknowledged safeguarding concern's escalation, to
    /// one person (`safeguarding/{concern}/{rung}/{recipient}`).
    Escalation {
        concern: String,
        rung: String,
        recipient: Recipient,
    },
}

/// The start shared by a set of once keys, for withdrawing their messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OncePrefix(String);

impl fmt::Display for OncePrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl OnceKey {
    /// The prefix of every message a chase episode's steps send to its
    /// family.
    pub fn chase_steps_of(episode: &str) -> OncePrefix {
        OncePrefix(format!("chase/{episode}/"))
    }

    /// The inbound message a notice to staff is about, if this is one.
    pub fn noticed_message(&self) -> Option<&str> {
        match self {
            OnceKey::StaffNotice { inbox, .. } => Some(inbox),
            _ => None,
        }
    }

    /// The work-list item a notice to staff belongs to: the same purpose
    /// sent to several people, or on several channels, is one item.
    pub fn work_item(&self) -> String {
        match self {
            OnceKey::StaffNotice { inbox, kind, .. } => format!("staff/{inbox}/{kind}"),
            OnceKey::ChaseStep {
                episode,
                step,
                role,
                ..
            } => format!("chase/{episode}/{step}/{role}"),
            OnceKey::Alert {
                school,
                upn,
                kind,
                since,
                ..
            } => format!("alert/{school}/{upn}/{kind}/{since}"),
            OnceKey::RegisterConflict {
                school,
                upn,
                session,
                ..
            } => format!(
                "alert/{school}/{upn}/register_conflict/{}/{}",
                session.date, session.session
            ),
            OnceKey::Digest {
                school, date, time, ..
            } => format!("digest/{school}/{date}/{}", time.format("%H:%M")),
            OnceKey::OfficeDigest { school, date, .. } => format!("office_digest/{school}/{date}"),
            OnceKey::OptedOutNotice {
                school, refused, ..
            } => format!("sms_opted_out/{school}/{refused}"),
            OnceKey::Escalation { concern, rung, .. } => format!("safeguarding/{concern}/{rung}"),
            OnceKey::Reply { .. } | OnceKey::OfficeMessage { .. } => self.to_string(),
        }
    }
}

impl fmt::Display for OnceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OnceKey::Reply { inbox, purpose } => write!(f, "reply/{inbox}/{}", purpose.as_str()),
            OnceKey::StaffNotice {
                inbox,
                kind,
                recipient,
            } => write!(f, "staff/{inbox}/{kind}/{recipient}"),
            OnceKey::ChaseStep {
                episode,
                step,
                role,
                recipient,
            } => write!(f, "chase/{episode}/{step}/{role}/{recipient}"),
            OnceKey::Alert {
                school,
                upn,
                kind,
                since,
                to,
            } => write!(f, "alert/{school}/{upn}/{kind}/{since}/{to}"),
            OnceKey::RegisterConflict {
                school,
                upn,
                session,
                recipient,
            } => write!(
                f,
                "alert/{school}/{upn}/register_conflict/{}/{}/{recipient}",
                session.date, session.session
            ),
            OnceKey::Digest {
                school,
                date,
                time,
                to,
            } => write!(f, "digest/{school}/{date}/{}/{to}", time.format("%H:%M")),
            OnceKey::OfficeDigest { school, date, to } => {
                write!(f, "office_digest/{school}/{date}/{to}")
            }
            OnceKey::OfficeMessage {
                school,
                upn,
                nonce,
                contact,
            } => write!(f, "office/{school}/{upn}/{nonce}/contact{contact}"),
            OnceKey::OptedOutNotice {
                school,
                to,
                refused,
            } => write!(f, "sms_opted_out/{school}/{to}/{refused}"),
            OnceKey::Escalation {
                concern,
                rung,
                recipient,
            } => write!(f, "safeguarding/{concern}/{rung}/{recipient}"),
        }
    }
}

/// Text that is not a once key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadOnceKey(pub String);

impl fmt::Display for BadOnceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a once key", self.0)
    }
}

impl FromStr for OnceKey {
    type Err = BadOnceKey;

    /// Reads the text [`fmt::Display`] writes. Inbox ids and episode keys
    /// hold `/`, so each form is split from the end its fixed parts are at.
    fn from_str(text: &str) -> Result<OnceKey, BadOnceKey> {
        let bad = || BadOnceKey(text.to_string());
        let (head, rest) = text.split_once('/').ok_or_else(bad)?;
        let recipient = |r: &str| Recipient(r.to_string());
        let key = match head {
            "reply" => {
                let (inbox, purpose) = rest.rsplit_once('/').ok_or_else(bad)?;
                let purpose = [
                    ReplyPurpose::Ack,
                    ReplyPurpose::Clarify,
                    ReplyPurpose::Unknown,
                    ReplyPurpose::Acknowledged,
                ]
                .into_iter()
                .find(|p| p.as_str() == purpose)
                .ok_or_else(bad)?;
                OnceKey::Reply {
                    inbox: inbox.to_string(),
                    purpose,
                }
            }
            "staff" => {
                let mut parts = rest.rsplitn(3, '/');
                let (to, kind, inbox) = (parts.next(), parts.next(), parts.next());
                OnceKey::StaffNotice {
                    inbox: inbox.ok_or_else(bad)?.to_string(),
                    kind: kind.ok_or_else(bad)?.to_string(),
                    recipient: recipient(to.ok_or_else(bad)?),
                }
            }
            "chase" => {
                // The episode key is `school/upn/first day`.
                let parts: Vec<&str> = rest.splitn(6, '/').collect();
                let [school, upn, day, step, role, to] = parts[..] else {
                    return Err(bad());
                };
                OnceKey::ChaseStep {
                    episode: format!("{school}/{upn}/{day}"),
                    step: step.to_string(),
                    role: role.parse().map_err(|_| bad())?,
                    recipient: recipient(to),
                }
            }
            "alert" => {
                let parts: Vec<&str> = rest.splitn(4, '/').collect();
                let [school, upn, kind, rest] = parts[..] else {
                    return Err(bad());
                };
                let (school, upn) = (SchoolId::from(school), Upn::from(upn));
                if kind == "register_conflict" {
                    let parts: Vec<&str> = rest.splitn(3, '/').collect();
                    let [date, session, to] = parts[..] else {
                        return Err(bad());
                    };
                    OnceKey::RegisterConflict {
                        school,
                        upn,
                        session: SessionDate::new(
                            date.parse().map_err(|_| bad())?,
                            session.parse().map_err(|_| bad())?,
                        ),
                        recipient: recipient(to),
                    }
                } else {
                    let (since, to) = rest.split_once('/').ok_or_else(bad)?;
                    OnceKey::Alert {
                        school,
                        upn,
                        kind: kind.to_string(),
                        since: since.parse().map_err(|_| bad())?,
                        to: to.to_string(),
                    }
                }
            }
            "digest" => {
                let parts: Vec<&str> = rest.splitn(4, '/').collect();
                let [school, date, time, to] = parts[..] else {
                    return Err(bad());
                };
                OnceKey::Digest {
                    school: school.into(),
                    date: date.parse().map_err(|_| bad())?,
                    time: NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| bad())?,
                    to: to.to_string(),
                }
            }
            "office_digest" => {
                let parts: Vec<&str> = rest.splitn(3, '/').collect();
                let [school, date, to] = parts[..] else {
                    return Err(bad());
                };
                OnceKey::OfficeDigest {
                    school: school.into(),
                    date: date.parse().map_err(|_| bad())?,
                    to: to.to_string(),
                }
            }
            "office" => {
                let parts: Vec<&str> = rest.splitn(4, '/').collect();
                let [school, upn, nonce, contact] = parts[..] else {
                    return Err(bad());
                };
                OnceKey::OfficeMessage {
                    school: school.into(),
                    upn: upn.into(),
                    nonce: nonce.to_string(),
                    contact: contact
                        .strip_prefix("contact")
                        .and_then(|n| n.parse().ok())
                        .ok_or_else(bad)?,
                }
            }
            "safeguarding" => {
                let mut parts = rest.rsplitn(3, '/');
                let (to, rung, concern) = (parts.next(), parts.next(), parts.next());
                OnceKey::Escalation {
                    concern: concern.ok_or_else(bad)?.to_string(),
                    rung: rung.ok_or_else(bad)?.to_string(),
                    recipient: recipient(to.ok_or_else(bad)?),
                }
            }
            "sms_opted_out" => {
                let parts: Vec<&str> = rest.splitn(3, '/').collect();
                let [school, to, refused] = parts[..] else {
                    return Err(bad());
                };
                OnceKey::OptedOutNotice {
                    school: school.into(),
                    to: to.to_string(),
                    refused: refused.to_string(),
                }
            }
            _ => return Err(bad()),
        };
        Ok(key)
    }
}

impl Serialize for OnceKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OnceKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Session;

    fn every_kind() -> Vec<OnceKey> {
        let sms = Recipient::new(Channel::Sms, "+447700900100");
        let email = Recipient::new(Channel::Email, "office@x.org");
        vec![
            OnceKey::Reply {
                inbox: "sms/SM1".into(),
                purpose: ReplyPurpose::Clarify,
            },
            OnceKey::StaffNotice {
                inbox: "email/<a/b@x.org>".into(),
                kind: "needs_staff".into(),
                recipient: email.clone(),
            },
            OnceKey::ChaseStep {
                episode: "fernhill/F1/2026-11-23".into(),
                step: "day1".into(),
                role: Role::Contact(2),
                recipient: sms.clone(),
            },
            OnceKey::Alert {
                school: "fernhill".into(),
                upn: "F1".into(),
                kind: "dsl_day3".into(),
                since: "2026-11-23".parse().unwrap(),
                to: "office@x.org".into(),
            },
            OnceKey::RegisterConflict {
                school: "fernhill".into(),
                upn: "F1".into(),
                session: SessionDate::new("2026-11-23".parse().unwrap(), Session::Pm),
                recipient: email,
            },
            OnceKey::Digest {
                school: "fernhill".into(),
                date: "2026-11-23".parse().unwrap(),
                time: "09:45:00".parse().unwrap(),
                to: "lead@x.org".into(),
            },
            OnceKey::OfficeDigest {
                school: "fernhill".into(),
                date: "2026-11-23".parse().unwrap(),
                to: "office@x.org".into(),
            },
            OnceKey::OfficeMessage {
                school: "fernhill".into(),
                upn: "F1".into(),
                nonce: "n1".into(),
                contact: 3,
            },
            OnceKey::OptedOutNotice {
                school: "fernhill".into(),
                to: "office@x.org".into(),
                refused: "9f3a".into(),
            },
            OnceKey::Escalation {
                concern: "sms/SM7".into(),
                rung: "deputies".into(),
                recipient: sms.clone(),
            },
            OnceKey::Reply {
                inbox: "sms/SM8".into(),
                purpose: ReplyPurpose::Acknowledged,
            },
        ]
    }

    #[test]
    fn every_kind_reads_back_from_its_text() {
        for key in every_kind() {
            let text = key.to_string();
            assert_eq!(text.parse::<OnceKey>(), Ok(key), "{text}");
        }
        assert!("chase/only/two".parse::<OnceKey>().is_err());
        assert!("gossip/x/y".parse::<OnceKey>().is_err());
    }

    #[test]
    fn the_text_keeps_the_forms_already_stored() {
        let texts: Vec<String> = every_kind().iter().map(ToString::to_string).collect();
        assert_eq!(
            texts,
            [
                "reply/sms/SM1/clarify",
                "staff/email/<a/b@x.org>/needs_staff/email:office@x.org",
                "chase/fernhill/F1/2026-11-23/day1/contact2/sms:+447700900100",
                "alert/fernhill/F1/dsl_day3/2026-11-23/office@x.org",
                "alert/fernhill/F1/register_conflict/2026-11-23/pm/email:office@x.org",
                "digest/fernhill/2026-11-23/09:45/lead@x.org",
                "office_digest/fernhill/2026-11-23/office@x.org",
                "office/fernhill/F1/n1/contact3",
                "sms_opted_out/fernhill/office@x.org/9f3a",
                "safeguarding/sms/SM7/deputies/sms:+447700900100",
                "reply/sms/SM8/acknowledged",
            ]
        );
    }

    #[test]
    fn a_chase_prefix_covers_its_episode_only() {
        let prefix = OnceKey::chase_steps_of("fernhill/F1/2026-11-23").to_string();
        let keys = every_kind();
        assert!(keys[2].to_string().starts_with(&prefix));
        let other = OnceKey::chase_steps_of("fernhill/F10/2026-11-23").to_string();
        assert!(!keys[2].to_string().starts_with(&other));
    }
}
