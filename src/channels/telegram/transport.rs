//! Sending Telegram messages (replies to parents, staff alerts to a staff
//! group chat) as the outbox's Telegram transport.

use futures::future::BoxFuture;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, ReplyMarkup};
use teloxide::{Bot, RequestError};

use crate::outbox::{Delivery, OutboundMessage, SendError, Transport};

/// The provider id of a Telegram message: `chat_id:message_id`, unique
/// across chats, as the inbox and the outbox both key them.
pub fn provider_id(chat: ChatId, message: teloxide::types::MessageId) -> String {
    format!("{}:{}", chat.0, message.0)
}

pub struct TelegramTransport {
    bot: Bot,
}

impl TelegramTransport {
    pub fn new(bot: Bot) -> Self {
        TelegramTransport { bot }
    }

    async fn deliver(&self, message: &OutboundMessage) -> Result<Delivery, SendError> {
        let chat: i64 = message.to.trim().parse().map_err(|_| {
            SendError::Permanent(format!("`{}` is not a Telegram chat id", message.to))
        })?;
        let mut request = self.bot.send_message(ChatId(chat), &message.text);
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

#[cfg(test)]
mod tests {
    use super::super::fake_bot_api::FakeBotApi;
    use super::*;
    use crate::outbox::{Channel, Choice, Role};

    #[tokio::test]
    async fn choices_go_out_as_an_inline_keyboard() {
        let (fake, url) = FakeBotApi::start().await;
        let bot = super::super::bot::bot("123:abc".into(), Some(&url)).unwrap();
        let transport = TelegramTransport::new(bot);
        let message = OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Telegram,
            to: "5551234".into(),
            role: Role::Contact(1),
            pupils: vec![],
            kind: "clarify".into(),
            subject: None,
            text: "Which child is this about?".into(),
            html: None,
            in_reply_to: None,
            choices: vec![
                Choice {
                    label: "Millie".into(),
                    value: "Amelia".into(),
                },
                Choice {
                    label: "Ben".into(),
                    value: "Ben".into(),
                },
            ],
            not_before: None,
        };
        let delivery = transport.send(&message).await.unwrap();
        assert_eq!(delivery.provider_id.as_deref(), Some("5551234:1001"));
        let sent = fake.calls_to("sendMessage");
        assert_eq!(sent[0]["chat_id"], 5551234);
        assert_eq!(sent[0]["text"], "Which child is this about?");
        let keyboard = &sent[0]["reply_markup"]["inline_keyboard"];
        assert_eq!(keyboard[0][0]["text"], "Millie");
        assert_eq!(keyboard[0][0]["callback_data"], "Amelia");
        assert_eq!(keyboard[1][0]["callback_data"], "Ben");

        let bad = OutboundMessage {
            to: "not-a-chat".into(),
            ..message
        };
        assert!(matches!(
            transport.send(&bad).await,
            Err(SendError::Permanent(_))
        ));
    }
}
