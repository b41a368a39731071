//! An inbound message as every channel hands it over.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::SchoolId;
use crate::outbox::Channel;
pub use crate::safeguarding::Words;

/// Who wrote, as the channel identifies them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Sender {
    /// E.164, as normalised by the roster.
    Phone { number: String },
    /// Lower-cased address, vouched for by the receiving mail server
    /// (SPF, DKIM or DMARC passed for its domain).
    Email { address: String },
    /// An email whose `From:` the receiving server did not vouch for: it
    /// may be forged, so it is never matched to a contact.
    UnverifiedEmail {
        address: String,
        /// What the check found, for the office ("dkim=fail").
        why: String,
    },
    /// A Telegram chat; linked to a contact once they share their number.
    Telegram { chat_id: i64, user_id: i64 },
}

impl Sender {
    /// Whether this sender is the contact: their number, address or
    /// linked chat.
    pub fn is_contact(&self, contact: &crate::domain::Contact) -> bool {
        match self {
            Sender::Phone { number } => contact.mobile.as_deref() == Some(number),
            Sender::Email { address } => contact
                .email
                .as_deref()
                .is_some_and(|e| e.eq_ignore_ascii_case(address)),
            Sender::Telegram { chat_id, .. } => contact.telegram_chat == Some(*chat_id),
            // Not vouched for by its mail server: it may be anyone.
            Sender::UnverifiedEmail { .. } => false,
        }
    }
}

/// How staff see who wrote: the number, the address, or the chat.
impl std::fmt::Display for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sender::Phone { number } => f.write_str(number),
            Sender::Email { address } => f.write_str(address),
            Sender::UnverifiedEmail { address, why } => {
                write!(f, "{address} (not verified: {why})")
            }
            Sender::Telegram { chat_id, .. } => write!(f, "Telegram chat {chat_id}"),
        }
    }
}

/// A file that came with a message (a doctor's note, a photo of a letter):
/// listed for staff, never parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The sender's name for it, made safe; as private as the message's
    /// words.
    pub filename: Option<Words>,
    pub content_type: String,
    pub size: usize,
    /// Where the bytes are kept (a key in the attachments table).
    pub stored_as: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboundMessage {
    pub channel: Channel,
    /// The provider's id (Twilio `MessageSid`, email `Message-ID`, Telegram
    /// chat and message id): the same id twice is the same message, as when
    /// a provider retries a webhook.
    pub provider_id: String,
    pub from: Sender,
    /// The school the message was sent to, when the channel tells (the
    /// number or mailbox it arrived at); otherwise the sender's roster
    /// decides.
    pub school: Option<SchoolId>,
    /// Read through the safeguarding barrier, like `text`.
    pub subject: Option<Words>,
    /// Decoded plain text (an email's body, quotes and all: the parser
    /// strips them). Staff read it only through the safeguarding barrier
    /// ([`crate::safeguarding::Barrier::guard`]).
    pub text: Words,
    pub received_at: DateTime<Utc>,
    /// The provider id of our message this answers, when the channel says.
    pub in_reply_to: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}
