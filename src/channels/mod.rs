//! The channels' edges: everything between the outside world (Twilio,
//! mail servers, Telegram) and the inbox and outbox.
//!
//! Inbound, each channel ends at [`crate::inbound::Inbox::accept`];
//! outbound, each is an [`crate::outbox::Transport`]. [`Channels::from_config`]
//! builds whichever are configured; a channel without credentials falls
//! back to the outbox log, so the daemon runs with none.

pub mod email;
pub mod telegram;
pub mod twilio;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;

use crate::clock::SharedClock;
use crate::config::{Config, EmailConfig};
use crate::error::{Error, Result};
use crate::inbound::{Attachments, Inbox};
use crate::outbox::{Channel, LogTransport, Outbox, Transports};
use crate::roster::Roster;
use crate::schools::Schools;
use crate::store::Store;
use crate::templates::Templates;

/// The configured channels, ready for the daemon to mount and start.
pub struct Channels {
    /// One transport per configured channel; the rest write to the outbox log.
    pub transports: Transports,
    /// `/sms/twilio`, `/sms/twilio/status` and `/email/inbound`, as configured.
    pub routes: Router,
    /// Run with `poller.run(shutdown)` when IMAP is configured.
    pub imap: Option<email::ImapPoller>,
    /// Run with `bot.run(shutdown)` when Telegram is configured.
    pub telegram: Option<telegram::TelegramBot>,
    /// SMS opt-outs, for whoever decides whether to text a number (the SMS
    /// transport already refuses opted-out numbers and tells the office).
    pub opt_outs: twilio::OptOuts,
}

impl Channels {
    /// Builds every configured channel (resolving its secrets); an error
    /// names the setting that is wrong.
    pub fn from_config(
        config: &Config,
        store: &Store,
        schools: &Schools,
        inbox: &Inbox,
        outbox: &Outbox,
        templates: &Arc<Templates>,
        clock: SharedClock,
    ) -> Result<Channels> {
        let base = &config.base_dir;
        let intake = email::EmailIntake::new(
            inbox.clone(),
            Attachments::open(store)?,
            schools.clone(),
            config
                .channels
                .email
                .as_ref()
                .and_then(|e| e.authserv_id.as_deref()),
        );
        let opt_outs = twilio::OptOuts::open(store)?;
        let mut transports = Transports::new(Arc::new(LogTransport::new(
            config.resolve(&config.outbox.log),
        )));
        let mut routes = Router::new();
        let mut imap = None;
        let mut telegram = None;

        if let Some(twilio_config) = &config.channels.twilio {
            let auth_token = twilio_config.auth_token.resolve(base)?;
            let rest = twilio::TwilioRest::new(
                &twilio_config.api_base,
                twilio_config.account_sid.clone(),
                auth_token.clone(),
                twilio::sender(twilio_config)?,
                twilio::status_callback(config),
                twilio::rest::DEFAULT_TIMEOUT,
            )?
            .with_school_numbers(
                schools
                    .iter()
                    .filter_map(|entry| {
                        let number = entry.config.channels.sms_number.clone()?;
                        Some((entry.id.clone(), number))
                    })
                    .collect(),
            );
            transports.set(
                Channel::Sms,
                Arc::new(twilio::OptOutGuard::new(
                    Arc::new(rest),
                    opt_outs.clone(),
                    outbox.clone(),
                    schools.clone(),
                    templates.clone(),
                    clock.clone(),
                )),
            );
            let public_url = config.http.public_url.as_deref().ok_or_else(|| {
                Error::channel(
                    "twilio",
                    "http.public_url is needed to check Twilio's signatures",
                )
            })?;
            routes = routes.merge(
                twilio::TwilioWebhooks::new(
                    auth_token,
                    public_url,
                    inbox.clone(),
                    outbox.clone(),
                    opt_outs.clone(),
                    schools.clone(),
                    clock.clone(),
                )
                .routes(),
            );
        }

        if let Some(email_config) = &config.channels.email {
            if let Some(mailer) = smtp_mailer(email_config, config, schools)? {
                transports.set(Channel::Email, Arc::new(mailer));
            }
            if let Some(imap_config) = &email_config.imap {
                imap = Some(email::ImapPoller::new(
                    email::imap::ImapSettings {
                        host: imap_config.host.clone(),
                        port: imap_config.port,
                        tls: imap_config.tls,
                        username: imap_config.username.clone(),
                        password: imap_config.password.resolve(base)?,
                        mailbox: imap_config.mailbox.clone(),
                        processed_mailbox: imap_config.processed_mailbox.clone(),
                        poll_every: Duration::from_secs(imap_config.poll_seconds.max(1)),
                    },
                    intake.clone(),
                    clock.clone(),
                ));
            }
        }
        if let Some(token) = &config.http.api_token {
            routes = routes.merge(
                email::EmailInbound::new(
                    token.resolve(base)?,
                    intake,
                    email::dkim::DkimVerifier::new(
                        config
                            .channels
                            .email
                            .as_ref()
                            .and_then(|e| e.dkim_name_server),
                    ),
                    clock.clone(),
                )
                .routes(),
            );
        }

        if let Some(telegram_config) = &config.channels.telegram {
            let bot = telegram::bot::bot(
                telegram_config.token.resolve(base)?,
                telegram_config.api_url.as_deref(),
            )?;
            transports.set(
                Channel::Telegram,
                Arc::new(telegram::TelegramTransport::new(bot.clone())),
            );
            telegram = Some(
                telegram::TelegramBot::new(
                    bot,
                    Roster::open(store)?,
                    inbox.clone(),
                    templates.clone(),
                    clock,
                )
                .with_staff_chats(crate::safeguarding::acknowledge::ladder_chats(schools)),
            );
        }

        Ok(Channels {
            transports,
            routes,
            imap,
            telegram,
            opt_outs,
        })
    }
}

fn smtp_mailer(
    email_config: &EmailConfig,
    config: &Config,
    schools: &Schools,
) -> Result<Option<email::SmtpMailer>> {
    let Some(smtp) = &email_config.smtp else {
        return Ok(None);
    };
    let login = match (&smtp.username, &smtp.password) {
        (Some(user), Some(password)) => Some((user.clone(), password.resolve(&config.base_dir)?)),
        (None, None) => None,
        _ => {
            return Err(Error::channel(
                "smtp",
                "set both channels.email.smtp.username and password, or neither",
            ));
        }
    };
    let mailer = email::SmtpMailer::new(email::smtp::SmtpSettings {
        host: smtp.host.clone(),
        port: smtp.port,
        tls: smtp.tls,
        login,
        from: email_config.address.clone(),
    })?;
    mailer
        .with_school_addresses(
            schools
                .iter()
                .filter_map(|entry| {
                    let address = entry.config.channels.email_address.clone()?;
                    Some((entry.id.clone(), address))
                })
                .collect(),
        )
        .map(Some)
}
