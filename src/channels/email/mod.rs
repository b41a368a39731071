//! Email: the absence mailbox read over IMAP, raw messages posted over
//! HTTP by a mail server, and replies and staff alerts sent over SMTP.

pub mod authentication;
mod direction;
pub mod dkim;
pub mod imap;
pub mod inbound_http;
pub mod mime;
pub mod smtp;

pub use imap::ImapPoller;
pub use inbound_http::EmailInbound;
pub use smtp::SmtpMailer;

use chrono::{DateTime, Utc};
use sha1::{Digest, Sha1};

use crate::error::Result;
use crate::inbound::{Accepted, Attachments, InboundMessage, Inbox, Sender, Words};
use crate::outbox::Channel;
use crate::schools::Schools;
use authentication::{AuthservId, Verdict};
use dkim::DkimFindings;

/// Where a raw email becomes an inbox message: who sent it (believed only
/// when the receiving mail server vouches for it), which school's mailbox
/// received it, and its files, stored with it in one step. Cheap to clone.
#[derive(Clone)]
pub struct EmailIntake {
    inbox: Inbox,
    attachments: Attachments,
    schools: Schools,
    authserv_id: Option<AuthservId>,
}

impl EmailIntake {
    /// `authserv_id` names the receiving server whose
    /// `Authentication-Results` are believed; without it no sender is.
    pub fn new(
        inbox: Inbox,
        attachments: Attachments,
        schools: Schools,
        authserv_id: Option<&str>,
    ) -> EmailIntake {
        EmailIntake {
            inbox,
            attachments,
            schools,
            authserv_id: authserv_id.map(AuthservId::new),
        }
    }

    /// Stores a raw message durably, once; `None` when the bytes are not
    /// an email. `checked_here` is what DKIM verification found on it in
    /// this process (nothing for mail read from the school's mailbox). The inbox knows it by its Message-ID and a digest of who
    /// sent what, so the same message read twice is one, and a different
    /// message reusing a Message-ID (to have a genuine one dropped as a
    /// duplicate) is a message of its own.
    pub fn take(
        &self,
        raw: &[u8],
        received_at: DateTime<Utc>,
        checked_here: &DkimFindings,
    ) -> Result<Option<Accepted>> {
        let Some(email) = mime::decode(raw) else {
            return Ok(None);
        };
        let id = format!(
            "{}/{}/{}",
            Channel::Email,
            email.message_id,
            content_digest(&email)
        );
        let from = match authentication::judge(
            &email.headers,
            &email.from,
            self.authserv_id.as_ref(),
            checked_here,
        ) {
            Verdict::Verified => Sender::Email {
                address: email.from,
            },
            Verdict::Unverified(why) => Sender::UnverifiedEmail {
                address: email.from,
                why,
            },
        };
        let school = self
            .schools
            .by_email_address(email.recipients.iter().map(String::as_str))
            .map(|entry| entry.id.clone());
        let message = InboundMessage {
            channel: Channel::Email,
            provider_id: email.message_id,
            from,
            school,
            subject: email.subject.map(Words::from),
            text: email.text.into(),
            received_at,
            in_reply_to: email.in_reply_to,
            attachments: Vec::new(),
        };
        self.inbox
            .accept_with_files(id, message, &email.files, &self.attachments)
            .map(Some)
    }
}

/// A short digest of who sent what: sender, subject, text and files.
fn content_digest(email: &mime::Email) -> String {
    let mut hash = Sha1::new();
    for part in [
        email.from.as_bytes(),
        email.subject.as_deref().unwrap_or_default().as_bytes(),
        email.text.as_bytes(),
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    for file in &email.files {
        hash.update((file.bytes.len() as u64).to_be_bytes());
        hash.update(&file.bytes);
    }
    format!("{:x}", hash.finalize())[..16].to_string()
}
