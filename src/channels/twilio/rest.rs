//! Sending SMS through Twilio's REST API, as the outbox's SMS transport.

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde::Deserialize;

use super::opt_out::OptOuts;
use crate::outbox::{Delivery, OutboundMessage, SendError, Transport};

/// How long one request to Twilio may take before it counts as failed
/// (and is retried by the outbox).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);

/// Twilio's copies of an interrupted send are looked for this far before
/// the attempt began, allowing for the two clocks to differ.
const CLOCK_SLACK: chrono::Duration = chrono::Duration::minutes(2);

/// Who the SMS comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmsSender {
    /// A Twilio number, E.164.
    Number(String),
    /// A messaging service, which picks the number.
    MessagingService(String),
}

/// A Twilio account's REST API.
pub struct TwilioRest {
    client: reqwest::Client,
    /// `{api_base}/2010-04-01/Accounts/{AccountSid}/Messages.json`
    messages_url: String,
    account_sid: String,
    auth_token: String,
    sender: SmsSender,
    /// Where Twilio reports delivery (`{public_url}/sms/twilio/status`).
    status_callback: Option<String>,
    opt_outs: OptOuts,
}

impl TwilioRest {
    pub fn new(
        api_base: &str,
        account_sid: String,
        auth_token: String,
        sender: SmsSender,
        status_callback: Option<String>,
        opt_outs: OptOuts,
        timeout: Duration,
    ) -> crate::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .map_err(|e| crate::Error::channel("twilio", e.to_string()))?;
        Ok(TwilioRest {
            client,
            messages_url: format!(
                "{}/2010-04-01/Accounts/{account_sid}/Messages.json",
                api_base.trim_end_matches('/')
            ),
            account_sid,
            auth_token,
            sender,
            status_callback,
            opt_outs,
        })
    }

    async fn create(&self, message: &OutboundMessage) -> Result<Delivery, SendError> {
        if self
            .opt_outs
            .is_opted_out(&message.to)
            .map_err(|e| SendError::Retry(e.to_string()))?
        {
            return Err(SendError::Permanent(
                "the number has opted out of SMS (STOP)".into(),
            ));
        }
        let body = sms_body(message);
        let mut form: Vec<(&str, &str)> = vec![("To", &message.to), ("Body", &body)];
        match &self.sender {
            SmsSender::Number(from) => form.push(("From", from)),
            SmsSender::MessagingService(sid) => form.push(("MessagingServiceSid", sid)),
        }
        if let Some(callback) = &self.status_callback {
            form.push(("StatusCallback", callback));
        }
        let response = self
            .client
            .post(&self.messages_url)
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .form(&form)
            .send()
            .await
            .map_err(|e| SendError::Retry(format!("twilio unreachable: {e}")))?;
        let status = response.status();
        let text = response
            .text()
            .await
            .map_err(|e| SendError::Retry(format!("twilio answer cut off: {e}")))?;
        if status.is_success() {
            let created: Created = serde_json::from_str(&text)
                .map_err(|e| SendError::Retry(format!("twilio answer unreadable: {e}")))?;
            return Ok(Delivery {
                provider_id: Some(created.sid),
            });
        }
        let detail = serde_json::from_str::<ApiError>(&text)
            .map(|e| {
                format!(
                    "twilio {}: {}",
                    e.code
                        .map_or_else(|| status.as_u16().to_string(), |c| c.to_string()),
                    e.message.unwrap_or_default()
                )
            })
            .unwrap_or_else(|_| format!("twilio HTTP {status}"));
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            Err(SendError::Retry(detail))
        } else {
            Err(SendError::Permanent(detail))
        }
    }

    /// Messages Twilio holds to `message.to` with the same body, created
    /// since `since`: found through the message list (`GET Messages.json`,
    /// filtered by recipient, sender and day).
    async fn list_copies(
        &self,
        message: &OutboundMessage,
        since: DateTime<Utc>,
    ) -> Result<Vec<Delivery>, SendError> {
        let since = since - CLOCK_SLACK;
        let day = since.format("%Y-%m-%d").to_string();
        let mut query: Vec<(&str, &str)> = vec![("To", &message.to), ("DateSent>", &day)];
        if let SmsSender::Number(from) = &self.sender {
            query.push(("From", from));
        }
        query.push(("PageSize", "100"));
        let response = self
            .client
            .get(&self.messages_url)
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .query(&query)
            .send()
            .await
            .map_err(|e| SendError::Retry(format!("twilio unreachable: {e}")))?;
        if !response.status().is_success() {
            return Err(SendError::Retry(format!(
                "twilio message list: HTTP {}",
                response.status()
            )));
        }
        let page: MessagePage = response
            .json()
            .await
            .map_err(|e| SendError::Retry(format!("twilio message list unreadable: {e}")))?;
        let body = sms_body(message);
        Ok(page
            .messages
            .into_iter()
            .filter(|m| m.body == body)
            .filter(|m| {
                DateTime::parse_from_rfc2822(&m.date_created)
                    .is_ok_and(|created| created.with_timezone(&Utc) >= since)
            })
            .map(|m| Delivery {
                provider_id: Some(m.sid),
            })
            .collect())
    }
}

/// The SMS text: the message, then any choices as a list to reply with.
pub fn sms_body(message: &OutboundMessage) -> String {
    let mut body = message.text.clone();
    if !message.choices.is_empty() {
        let options: Vec<&str> = message.choices.iter().map(|c| c.label.as_str()).collect();
        body.push_str("\n\n");
        body.push_str(&options.join(" / "));
    }
    body
}

#[derive(Deserialize)]
struct Created {
    sid: String,
}

#[derive(Deserialize)]
struct ApiError {
    code: Option<u32>,
    message: Option<String>,
}

#[derive(Deserialize)]
struct MessagePage {
    messages: Vec<ListedMessage>,
}

#[derive(Deserialize)]
struct ListedMessage {
    sid: String,
    #[serde(default)]
    body: String,
    /// RFC 2822, as Twilio writes dates.
    date_created: String,
}

impl Transport for TwilioRest {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        Box::pin(self.create(message))
    }

    fn find_sent<'a>(
        &'a self,
        message: &'a OutboundMessage,
        since: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<Delivery>, SendError>> {
        Box::pin(self.list_copies(message, since))
    }
}
