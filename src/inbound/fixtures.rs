//! Parents' messages the unit tests across the crate share.

use chrono::{DateTime, Utc};

use super::{InboundMessage, Sender};
use crate::outbox::Channel;

/// A text from `from` as the SMS channel hands it over, to no school's
/// number in particular.
pub(crate) fn sms(id: &str, from: &str, text: &str, received_at: DateTime<Utc>) -> InboundMessage {
    InboundMessage {
        channel: Channel::Sms,
        provider_id: id.into(),
        from: Sender::Phone {
            number: from.into(),
        },
        school: None,
        subject: None,
        text: text.into(),
        received_at,
        in_reply_to: None,
        attachments: vec![],
    }
}
