//! Inbound messages: how every channel hands a message over, the inbox that
//! keeps it durably, and the pipeline that acts on it.

mod acknowledgement;
mod apply;
mod attachments;
mod decide;
#[cfg(test)]
pub(crate) mod fixtures;
mod followup;
mod identify;
mod inbox;
mod message;
mod pipeline;
mod sender_key;
mod unknown_senders;

pub use acknowledgement::names_list;
pub use apply::ReplyListener;
pub use attachments::{Attachments, IncomingFile, KeptFile};
pub use identify::{Identified, identify};
pub(crate) use inbox::index_senders;
pub use inbox::{Accepted, Inbox, InboxEntry};
pub use message::{Attachment, InboundMessage, Sender, Words};
pub use pipeline::Pipeline;
pub use sender_key::SenderKey;
pub use unknown_senders::{SenderDayTally, UnknownSenderDay, UnknownSenders};
