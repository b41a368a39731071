//! Inbound messages: how every channel hands a message over, and the inbox
//! that keeps it durably.

mod attachments;
mod inbox;
mod message;

pub use attachments::Attachments;
pub use inbox::{Accepted, Inbox, InboxEntry};
pub use message::{Attachment, InboundMessage, Sender};
