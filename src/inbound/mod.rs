//! Inbound messages: how every channel hands a message over, the inbox that
//! keeps it durably, and the pipeline that acts on it.

mod attachments;
mod followup;
mod identify;
mod inbox;
mod message;
mod pipeline;
mod replies;

pub use attachments::{Attachments, IncomingFile, KeptFile};
pub use identify::{Identified, identify};
pub use inbox::{Accepted, Inbox, InboxEntry};
pub use message::{Attachment, InboundMessage, Sender, Words};
pub use pipeline::{Pipeline, ReplyListener};
pub use replies::names_list;
