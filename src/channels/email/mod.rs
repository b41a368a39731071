//! Email: the absence mailbox read over IMAP, raw messages posted over
//! HTTP by a mail server, and replies and staff alerts sent over SMTP.

mod direction;
pub mod imap;
pub mod inbound_http;
pub mod mime;
pub mod smtp;

pub use imap::ImapPoller;
pub use inbound_http::EmailInbound;
pub use smtp::SmtpMailer;

use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::inbound::{Accepted, Attachments, InboundMessage, Inbox, Sender};
use crate::outbox::Channel;

/// Stores a decoded email in the inbox, its files first, so that when
/// this returns `Ok` the whole message survives a crash.
pub fn accept(
    email: mime::Email,
    attachments: &Attachments,
    inbox: &Inbox,
    received_at: DateTime<Utc>,
) -> Result<Accepted> {
    let listed = email
        .files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            attachments.put(
                &format!("email/{}/{i}", email.message_id),
                file.filename.clone(),
                file.content_type.clone(),
                &file.bytes,
            )
        })
        .collect::<Result<Vec<_>>>()?;
    inbox.accept(InboundMessage {
        channel: Channel::Email,
        provider_id: email.message_id,
        from: Sender::Email {
            address: email.from,
        },
        school: None,
        subject: email.subject,
        text: email.text,
        received_at,
        in_reply_to: email.in_reply_to,
        attachments: listed,
    })
}
