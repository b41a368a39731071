//! Sending Telegram messages (replies to parents, staff alerts to a staff
//! group chat) as the outbox's Telegram transport.

use futures::future::BoxFuture;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::Requester;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ReplyMarkup, ReplyParameters,
};
use teloxide::{Bot, RequestError};

use crate::outbox::{Delivery, OutboundMessage, SendError, Transport};

/// The provider id of a Telegram message: `chat_id:message_id`, unique
/// across chats, as the inbox and the outbox both key them.
pub fn provider_id(chat: ChatId, message: MessageId) -> String {
    format!("{}:{}", chat.0, message.0)
}

/// Sends through the Bot API's sendMessage.
pub struct TelegramTransport {
    bot: Bot,
}

impl TelegramTransport {
    /// Sends with `bot` (see [`super::bot::bot`]).
    pub fn new(bot: Bot) -> Self {
        TelegramTransport { bot }
    }

    async fn deliver(&self, message: &OutboundMessage) -> Result<Delivery, SendError> {
        let chat: i64 = message.to.trim().parse().map_err(|_| {
            SendError::Permanent(format!("`{}` is not a Telegram chat id", message.to))
        })?;
        let mut request = self.bot.send_message(ChatId(chat), &message.text);
        if let Some(parent) = message
            .in_reply_to
            .as_deref()
            .and_then(|id| message_in(chat, id))
        {
            // Shown as a reply to the parent's message; sent anyway if
            // they have deleted it.
            request = request
                .reply_parameters(ReplyParameters::new(parent).allow_sending_without_reply());
        }
        if !message.choices.is_empty() {
            // One button per row: a child's name is easier to hit alone.
            let rows = message
                .choices
                .iter()
                .map(|choice| vec![InlineKeyboardButton::callback(&choice.label, &choice.value)]);
            request =
                request.reply_markup(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(rows)));
        }
        match request.await {
            Ok(sent) => Ok(Delivery {
                provider_id: Some(provider_id(sent.chat.id, sent.id)),
            }),
            Err(error) => Err(classify(error)),
        }
    }
}

/// The message id in a provider id of this chat (`chat_id:message_id`).
fn message_in(chat: i64, provider_id: &str) -> Option<MessageId> {
    let (in_chat, message) = provider_id.split_once(':')?;
    (in_chat.parse::<i64>().ok()? == chat)
        .then(|| message.parse().ok().map(MessageId))
        .flatten()
}

/// An error from the Bot API itself (blocked by the user, chat not found)
/// will not change by trying again; a network failure or flood wait will.
fn classify(error: RequestError) -> SendError {
    match error {
        RequestError::Api(api) => SendError::Permanent(format!("telegram: {api}")),
        RequestError::MigrateToChatId(to) => {
            SendError::Permanent(format!("telegram: the group moved to chat {}", to.0))
        }
        other => SendError::Retry(format!("telegram: {other}")),
    }
}

impl Transport for TelegramTransport {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        Box::pin(self.deliver(message))
    }
}
