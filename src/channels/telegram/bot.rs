//! The Telegram bot: linking a parent's chat by their shared phone
//! number, and taking messages and button answers from linked chats into
//! the inbox.
//!
//! Updates are long-polled by hand rather than through teloxide's
//! dispatcher so that an update is confirmed to Telegram (by asking for
//! the next offset) only after it has been handled: a message the inbox
//! could not store is fetched again, never dropped.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use teloxide::Bot;
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{
    ButtonRequest, CallbackQuery, ChatId, KeyboardButton, KeyboardMarkup, Message, ReplyMarkup,
    Update, UpdateKind,
};
use tokio::sync::broadcast;

use super::transport::provider_id;
use crate::clock::SharedClock;
use crate::error::{Error, Result};
use crate::inbound::{InboundMessage, Inbox, Sender};
use crate::outbox::Channel;
use crate::redact::Redacted;
use crate::roster::{Roster, phone};
use crate::templates::{FALLBACK_LANGUAGE, Templates};

/// How long one getUpdates call waits for news (Telegram's long poll).
const LONG_POLL_SECONDS: u32 = 25;
/// The pause after a failed poll or update before trying again.
const RETRY_PAUSE: Duration = Duration::from_secs(5);

/// What handling an update did, for tests and logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// The chat is now linked to this many roster contacts.
    Linked(usize),
    /// A contact share was refused (not the sender's own, not on the
    /// roster, or not in a private chat).
    LinkRefused,
    /// The welcome and the share-your-number button were sent.
    Welcomed,
    /// Stored in the inbox under this id.
    Stored(String),
    /// Nothing to do (an unlinked chat's message, a service message).
    Ignored,
}

/// The bot's update loop and handlers; see the module docs.
pub struct TelegramBot {
    bot: Bot,
    roster: Roster,
    inbox: Inbox,
    templates: Arc<Templates>,
    clock: SharedClock,
    /// Chats of staff on a safeguarding ladder, whose "OK" acknowledges
    /// an alert: stored like a linked contact's messages.
    staff_chats: HashSet<i64>,
}

impl TelegramBot {
    /// A bot answering through `bot`, linking chats in `roster` and
    /// storing messages in `inbox`.
    pub fn new(
        bot: Bot,
        roster: Roster,
        inbox: Inbox,
        templates: Arc<Templates>,
        clock: SharedClock,
    ) -> Self {
        TelegramBot {
            bot,
            roster,
            inbox,
            templates,
            clock,
            staff_chats: HashSet::new(),
        }
    }

    /// Also stores messages from these staff chats.
    pub fn with_staff_chats(mut self, chats: HashSet<i64>) -> Self {
        self.staff_chats = chats;
        self
    }

    /// Long-polls and handles updates until `shutdown`.
    pub async fn run(self, mut shutdown: broadcast::Receiver<()>) -> Result<()> {
        let mut offset: i32 = 0;
        loop {
            let poll = self
                .bot
                .get_updates()
                .offset(offset)
                .timeout(LONG_POLL_SECONDS);
            let updates = tokio::select! {
                updates = poll => updates,
                _ = shutdown.recv() => return Ok(()),
            };
            let mut failed = false;
            match updates {
                Ok(updates) => {
                    for update in updates {
                        if let Err(error) = self.handle(&update).await {
                            tracing::warn!(error = %Redacted(&error), "a Telegram update will be fetched again");
                            failed = true;
                            break;
                        }
                        offset = i32::try_from(update.id.0)
                            .unwrap_or(i32::MAX)
                            .saturating_add(1);
                    }
                }
                Err(error) => {
                    tracing::warn!(error = %Redacted(&error), "Telegram getUpdates failed");
                    failed = true;
                }
            }
            if failed {
                tokio::select! {
                    _ = tokio::time::sleep(RETRY_PAUSE) => {}
                    _ = shutdown.recv() => return Ok(()),
                }
            }
        }
    }

    /// Handles one update. An error means it must be handled again.
    pub async fn handle(&self, update: &Update) -> Result<Handled> {
        match &update.kind {
            UpdateKind::Message(message) => self.on_message(message).await,
            UpdateKind::CallbackQuery(query) => self.on_choice(query).await,
            _ => Ok(Handled::Ignored),
        }
    }

    async fn on_message(&self, message: &Message) -> Result<Handled> {
        let chat = message.chat.id;
        // Telegram's app language, for someone the roster does not know yet.
        let app_language = message
            .from
            .as_ref()
            .and_then(|from| from.language_code.as_deref());
        if let Some(contact) = message.contact() {
            let language = self.language(chat, app_language)?;
            let own = message
                .from
                .as_ref()
                .is_some_and(|from| contact.user_id == Some(from.id));
            if !message.chat.is_private() {
                self.say(chat, "telegram_private_only", false, &language)
                    .await;
                return Ok(Handled::LinkRefused);
            }
            if !own {
                self.say(chat, "telegram_not_your_contact", true, &language)
                    .await;
                return Ok(Handled::LinkRefused);
            }
            let linked = match e164(&contact.phone_number) {
                Some(number) => self.roster.link_chat(&number, chat.0)?,
                None => 0,
            };
            if linked == 0 {
                self.say(chat, "telegram_not_recognised", false, &language)
                    .await;
                return Ok(Handled::LinkRefused);
            }
            tracing::info!(contacts = linked, "a Telegram chat was linked");
            let language = self.language(chat, app_language)?;
            self.say(chat, "telegram_linked", false, &language).await;
            return Ok(Handled::Linked(linked));
        }

        let Some(text) = message.text().or(message.caption()) else {
            return Ok(Handled::Ignored);
        };
        let linked =
            self.staff_chats.contains(&chat.0) || !self.roster.contacts_by_chat(chat.0)?.is_empty();
        let language = self.language(chat, app_language)?;
        if !linked {
            // Whatever they wrote, an unlinked chat learns nothing about
            // any child: only how to link.
            self.say(chat, "telegram_welcome", true, &language).await;
            return Ok(Handled::Welcomed);
        }
        if text.trim_start().starts_with("/start") {
            self.say(chat, "telegram_linked", false, &language).await;
            return Ok(Handled::Ignored);
        }
        let user_id = message.from.as_ref().map_or(0, |u| u.id.0 as i64);
        let accepted = self.inbox.accept(InboundMessage {
            channel: Channel::Telegram,
            provider_id: provider_id(chat, message.id),
            from: Sender::Telegram {
                chat_id: chat.0,
                user_id,
            },
            school: None,
            subject: None,
            text: text.into(),
            received_at: self.clock.now(),
            in_reply_to: message
                .reply_to_message()
                .map(|parent| provider_id(chat, parent.id)),
            attachments: Vec::new(),
        })?;
        Ok(Handled::Stored(accepted.id().to_string()))
    }

    /// A button pressed under one of our messages (the choices the
    /// pipeline offers when a child is unclear): stored as the parent's
    /// answer to that message.
    async fn on_choice(&self, query: &CallbackQuery) -> Result<Handled> {
        let outcome = match (&query.data, &query.message) {
            (Some(value), Some(answered)) => {
                let chat = answered.chat().id;
                if !self.staff_chats.contains(&chat.0)
                    && self.roster.contacts_by_chat(chat.0)?.is_empty()
                {
                    Handled::Ignored
                } else {
                    let accepted = self.inbox.accept(InboundMessage {
                        channel: Channel::Telegram,
                        provider_id: format!("callback:{}", query.id.0),
                        from: Sender::Telegram {
                            chat_id: chat.0,
                            user_id: query.from.id.0 as i64,
                        },
                        school: None,
                        subject: None,
                        text: value.as_str().into(),
                        received_at: self.clock.now(),
                        in_reply_to: Some(provider_id(chat, answered.id())),
                        attachments: Vec::new(),
                    })?;
                    Handled::Stored(accepted.id().to_string())
                }
            }
            _ => Handled::Ignored,
        };
        // Stops the button's spinner; only a courtesy, so a failure is not
        // worth handling the update again.
        if let Err(error) = self.bot.answer_callback_query(query.id.clone()).await {
            tracing::debug!(%error, "answerCallbackQuery failed");
        }
        Ok(outcome)
    }

    /// The language to answer a chat in: its linked contacts' from the
    /// roster, else the Telegram app's (a parent not yet linked), else the
    /// fallback. A language without messages is answered in the fallback.
    fn language(&self, chat: ChatId, app_language: Option<&str>) -> Result<String> {
        let contacts = self.roster.contacts_by_chat(chat.0)?;
        Ok(contacts
            .first()
            .map(|c| c.language.clone())
            .or_else(|| app_language.map(str::to_string))
            .unwrap_or_else(|| FALLBACK_LANGUAGE.to_string()))
    }

    /// Sends one of the bot's own texts in `language`, with the
    /// share-your-number button when `with_share_button`. These are
    /// interactive prompts, not reports, so they go straight out rather
    /// than through the outbox.
    async fn say(&self, chat: ChatId, kind: &str, with_share_button: bool, language: &str) {
        let text = match self.templates.render(kind, language, &[]) {
            Ok(rendered) => rendered.text,
            Err(error) => {
                tracing::error!(%error, "missing Telegram template");
                return;
            }
        };
        let mut request = self.bot.send_message(chat, text);
        if with_share_button {
            let label = self
                .templates
                .render("telegram_share_button", language, &[])
                .map(|r| r.text)
                .unwrap_or_else(|_| "Share my phone number".into());
            let button = KeyboardButton::new(label).request(ButtonRequest::Contact);
            request = request.reply_markup(ReplyMarkup::Keyboard(
                KeyboardMarkup::new(vec![vec![button]])
                    .one_time_keyboard()
                    .resize_keyboard(),
            ));
        }
        if let Err(error) = request.await {
            tracing::warn!(error = %Redacted(&error), "a Telegram reply was not sent");
        }
    }
}

/// Telegram gives phone numbers in international form, often without the
/// `+`.
fn e164(shared: &str) -> Option<String> {
    let trimmed = shared.trim();
    if trimmed.starts_with('+') {
        phone::normalise(trimmed).ok()
    } else {
        phone::normalise(&format!("+{trimmed}"))
            .or_else(|_| phone::normalise(trimmed))
            .ok()
    }
}

/// The bot for a token, talking to `api_url` when given (tests point it at
/// a local fake of the Bot API).
pub fn bot(token: String, api_url: Option<&str>) -> Result<Bot> {
    let bot = Bot::new(token);
    match api_url {
        Some(url) => {
            let url = reqwest::Url::parse(url)
                .map_err(|e| Error::channel("telegram", format!("api_url `{url}`: {e}")))?;
            Ok(bot.set_api_url(url))
        }
        None => Ok(bot),
    }
}
