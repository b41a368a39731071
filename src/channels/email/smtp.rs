//! Sending email (replies to parents, staff alerts) over SMTP, as the
//! outbox's email transport.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
use lettre::message::{Mailbox, MultiPart, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha1::{Digest, Sha1};

use super::direction;
use crate::config::Tls;
use crate::domain::SchoolId;
use crate::error::{Error, Result};
use crate::outbox::{Delivery, OutboundMessage, SendError, Transport};

/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Where and how to send.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: Tls,
    /// Username and password, when the server wants a login.
    pub login: Option<(String, String)>,
    /// The absence mailbox's address: `From` on everything sent.
    pub from: String,
}

/// The SMTP transport.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Schools' own mailboxes (`[school.channels] email_address`): a
    /// message for such a school comes from its mailbox, so the family's
    /// answer reaches that school.
    school_from: HashMap<SchoolId, Mailbox>,
    /// The part of Message-IDs after `@`: the mailbox's own domain.
    id_domain: String,
    sent: AtomicU64,
}

impl SmtpMailer {
    /// A mailer for `settings`; connects when the first message is sent.
    pub fn new(settings: SmtpSettings) -> Result<Self> {
        let smtp_error = |e: lettre::transport::smtp::Error| Error::channel("smtp", e.to_string());
        let builder = match settings.tls {
            Tls::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host).map_err(smtp_error)?
            }
            Tls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
                .map_err(smtp_error)?,
            Tls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&settings.host),
        };
        let mut builder = builder.port(settings.port).timeout(Some(SMTP_TIMEOUT));
        if let Some((user, password)) = settings.login {
            builder = builder.credentials(Credentials::new(user, password));
        }
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e| Error::channel("smtp", format!("channels.email.address: {e}")))?;
        let id_domain = from.email.domain().to_string();
        Ok(SmtpMailer {
            transport: builder.build(),
            from,
            school_from: HashMap::new(),
            id_domain,
            sent: AtomicU64::new(0),
        })
    }

    /// Sends each school's messages from its own mailbox, when it has one;
    /// refuses an address that is not one.
    pub fn with_school_addresses(mut self, addresses: HashMap<SchoolId, String>) -> Result<Self> {
        for (school, address) in addresses {
            let mailbox: Mailbox = address.parse().map_err(|e| {
                Error::channel("smtp", format!("{school}'s channels.email_address: {e}"))
            })?;
            self.school_from.insert(school, mailbox);
        }
        Ok(self)
    }

    /// A Message-ID no other message has: a hash of this message, the
    /// process, a counter and the wall clock, at the mailbox's domain.
    fn new_message_id(&self, message: &OutboundMessage) -> String {
        let mut hash = Sha1::new();
        hash.update(message.to.as_bytes());
        hash.update(message.text.as_bytes());
        hash.update(std::process::id().to_be_bytes());
        hash.update(self.sent.fetch_add(1, Ordering::Relaxed).to_be_bytes());
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        hash.update(nanos.to_be_bytes());
        format!("{:x}@{}", hash.finalize(), self.id_domain)
    }

    /// The email for an outbound message; its Message-ID (without angle
    /// brackets) is what the outbox keeps as the provider id.
    fn build(&self, message: &OutboundMessage) -> Result<(Message, String), SendError> {
        let to: Mailbox = message
            .to
            .parse()
            .map_err(|e| SendError::Permanent(format!("bad address: {e}")))?;
        let id = self.new_message_id(message);
        let from = message
            .school
            .as_ref()
            .and_then(|school| self.school_from.get(school))
            .unwrap_or(&self.from);
        let mut builder = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(message.subject.clone().unwrap_or_default())
            .message_id(Some(format!("<{id}>")));
        if let Some(parent) = &message.in_reply_to {
            // Threads the reply under the parent's message in their client.
            builder = builder
                .in_reply_to(format!("<{parent}>"))
                .references(format!("<{parent}>"));
        }
        let text = with_choices(message);
        let html = message.html.clone().or_else(|| {
            direction::mostly_right_to_left(&text).then(|| direction::right_to_left_html(&text))
        });
        let email = match html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html)),
            None => builder.header(ContentType::TEXT_PLAIN).body(text),
        }
        .map_err(|e| SendError::Permanent(format!("cannot build the email: {e}")))?;
        Ok((email, id))
    }
}

/// The text, then any choices for the reader to answer with.
fn with_choices(message: &OutboundMessage) -> String {
    if message.choices.is_empty() {
        return message.text.clone();
    }
    let mut text = message.text.clone();
    text.push_str("\n\n");
    for choice in &message.choices {
        text.push_str(&format!("- {}\n", choice.label));
    }
    text
}

impl Transport for SmtpMailer {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        Box::pin(async move {
            let (email, id) = self.build(message)?;
            match self.transport.send(email).await {
                Ok(_) => Ok(Delivery {
                    provider_id: Some(id),
                }),
                Err(e) => {
                    // The server's reply code only: its text can quote the
                    // address, and this ends up in logs.
                    let detail = match e.status() {
                        Some(code) => format!("smtp {code}"),
                        None if e.is_timeout() => "smtp: timed out".to_string(),
                        None => "smtp: connection or protocol failure".to_string(),
                    };
                    if e.is_permanent() {
                        Err(SendError::Permanent(detail))
                    } else {
                        Err(SendError::Retry(detail))
                    }
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::{Channel, Role};

    #[test]
    fn a_school_with_its_own_mailbox_sends_from_it_and_another_from_the_shared_one() {
        let mailer = SmtpMailer::new(SmtpSettings {
            host: "127.0.0.1".into(),
            port: 2525,
            tls: Tls::None,
            login: None,
            from: "absence@trust.example.org".into(),
        })
        .unwrap()
        .with_school_addresses(HashMap::from([(
            "fernhill".into(),
            "absence@fernhill.example.org".to_string(),
        )]))
        .unwrap();
        let from_line = |school: &str| {
            let message = OutboundMessage {
                school: Some(school.into()),
                channel: Channel::Email,
                to: "grace@example.org".into(),
                role: Role::Contact(1),
                pupils: vec!["A1".into()],
                kind: "ack".into(),
                subject: Some("Millie".into()),
                text: "Thank you".into(),
                html: None,
                in_reply_to: None,
                choices: vec![],
                not_before: None,
            };
            let (email, _) = mailer.build(&message).unwrap();
            let text = String::from_utf8(email.formatted()).unwrap();
            text.lines()
                .find(|l| l.starts_with("From:"))
                .unwrap()
                .to_string()
        };
        assert_eq!(from_line("fernhill"), "From: absence@fernhill.example.org");
        assert_eq!(from_line("oakwood"), "From: absence@trust.example.org");
    }
}
