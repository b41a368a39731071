//! An outbound message: what is sent, to whom, on which channel, and why.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::domain::Channel;
use crate::domain::{SchoolId, Upn};

/// Who a message is for, as the timeline names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A pupil's contact, by priority (1 and 2 parents, 3 and 4 emergency).
    Contact(u8),
    Office,
    Dsl,
    Lead,
    /// Someone who wrote in and is not on the roster.
    UnknownSender,
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::Contact(n) => write!(f, "contact{n}"),
            Role::Office => f.write_str("office"),
            Role::Dsl => f.write_str("dsl"),
            Role::Lead => f.write_str("lead"),
            Role::UnknownSender => f.write_str("unknown_sender"),
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "office" => Ok(Role::Office),
            "dsl" => Ok(Role::Dsl),
            "lead" => Ok(Role::Lead),
            "unknown_sender" => Ok(Role::UnknownSender),
            other => other
                .strip_prefix("contact")
                .and_then(|n| n.parse().ok())
                .filter(|n| *n >= 1)
                .map(Role::Contact)
                .ok_or_else(|| format!("`{other}` is not a role")),
        }
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// A choice offered with a message (Telegram shows these as buttons; SMS
/// and email list them as text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboundMessage {
    pub school: Option<SchoolId>,
    pub channel: Channel,
    /// E.164 number, email address, or Telegram chat id.
    pub to: String,
    pub role: Role,
    /// UPNs the message is about.
    pub pupils: Vec<Upn>,
    /// What the message is: `ack`, `chase_day1`, `dsl_alert`, `digest` …
    pub kind: String,
    pub subject: Option<String>,
    pub text: String,
    /// An HTML alternative for email.
    #[serde(default)]
    pub html: Option<String>,
    /// The provider's id of the message this answers, so replies thread.
    #[serde(default)]
    pub in_reply_to: Option<String>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Not before this instant (quiet hours); `None` is as soon as possible.
    #[serde(default)]
    pub not_before: Option<DateTime<Utc>>,
}
