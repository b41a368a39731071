//! Sending SMS through Twilio's REST API, as the outbox's SMS transport.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde::Deserialize;

use crate::domain::SchoolId;
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
    /// Schools' own numbers (`[school.channels] sms_number`): a message
    /// for such a school comes from its number, so the family's answer
    /// reaches that school.
    school_numbers: HashMap<SchoolId, String>,
    /// Where Twilio reports delivery (`{public_url}/sms/twilio/status`).
    status_callback: Option<String>,
}

impl TwilioRest {
    /// An account's transport. `status_callback` is given to Twilio with
    /// each message; `timeout` bounds each request.
    pub fn new(
        api_base: &str,
        account_sid: String,
        auth_token: String,
        sender: SmsSender,
        status_callback: Option<String>,
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
            school_numbers: HashMap::new(),
            status_callback,
        })
    }

    /// Sends each school's messages from its own number, when it has one.
    pub fn with_school_numbers(mut self, numbers: HashMap<SchoolId, String>) -> Self {
        self.school_numbers = numbers;
        self
    }

    /// Who `message` comes from: its school's number, or the account's
    /// sender.
    fn sender_of(&self, message: &OutboundMessage) -> SmsSender {
        message
            .school
            .as_ref()
            .and_then(|school| self.school_numbers.get(school))
            .map_or_else(|| self.sender.clone(), |n| SmsSender::Number(n.clone()))
    }

    async fn create(&self, message: &OutboundMessage) -> Result<Delivery, SendError> {
        let body = sms_body(message);
        let mut form: Vec<(&str, &str)> = vec![("To", &message.to), ("Body", &body)];
        let sender = self.sender_of(message);
        match &sender {
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
        // Twilio's code only: its message text can quote the number, and
        // this ends up in logs.
        let detail = match serde_json::from_str::<ApiError>(&text)
            .ok()
            .and_then(|e| e.code)
        {
            Some(code) => format!("twilio {code} (HTTP {})", status.as_u16()),
            None => format!("twilio HTTP {}", status.as_u16()),
        };
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
        let sender = self.sender_of(message);
        if let SmsSender::Number(from) = &sender {
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

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};

    use axum::Json;
    use axum::Router;
    use axum::body::Bytes;
    use axum::extract::{Query, State};
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::routing::post;

    use super::*;
    use crate::clock::{Clock, SimulatedClock};
    use crate::outbox::tests::ack_key;
    use crate::outbox::{Channel, Dispatcher, Outbox, Role, Status, Transports};
    use crate::store::Store;

    const SID: &str = "AC0123456789abcdef";
    const TOKEN: &str = "twilio-token";

    /// How the fake answers the next create request.
    enum Next {
        Status(u16),
        /// Takes this long before answering (longer than the client waits).
        Hang(Duration),
    }

    /// A fake of Twilio's Messages resource: creates and lists.
    #[derive(Default)]
    struct FakeTwilio {
        created: Mutex<Vec<Vec<(String, String)>>>,
        authorizations: Mutex<Vec<String>>,
        next: Mutex<VecDeque<Next>>,
        /// The `date_created` written on messages (Twilio's clock).
        now: Mutex<Option<DateTime<Utc>>>,
    }

    impl FakeTwilio {
        fn created(&self) -> Vec<Vec<(String, String)>> {
            self.created.lock().unwrap().clone()
        }
    }

    async fn create(
        State(fake): State<Arc<FakeTwilio>>,
        headers: HeaderMap,
        body: Bytes,
    ) -> Response {
        let next = fake.next.lock().unwrap().pop_front();
        match next {
            Some(Next::Status(code)) => {
                let status = StatusCode::from_u16(code).unwrap();
                let error = serde_json::json!({"code": 21211, "message": "The 'To' number is not valid.", "status": code});
                return (status, Json(error)).into_response();
            }
            Some(Next::Hang(pause)) => tokio::time::sleep(pause).await,
            None => {}
        }
        let form: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
        let auth = headers
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        fake.authorizations.lock().unwrap().push(auth);
        let mut created = fake.created.lock().unwrap();
        created.push(form);
        let sid = format!("SM{:032}", created.len());
        (
            StatusCode::CREATED,
            Json(serde_json::json!({ "sid": sid, "status": "queued" })),
        )
            .into_response()
    }

    async fn list(
        State(fake): State<Arc<FakeTwilio>>,
        Query(query): Query<Vec<(String, String)>>,
    ) -> Json<serde_json::Value> {
        let to = query
            .iter()
            .find(|(k, _)| k == "To")
            .map(|(_, v)| v.clone());
        let date = fake.now.lock().unwrap().unwrap().to_rfc2822();
        let messages: Vec<_> = fake
            .created()
            .iter()
            .enumerate()
            .filter(|(_, form)| form.iter().any(|(k, v)| k == "To" && Some(v) == to.as_ref()))
            .map(|(i, form)| {
                let body = form.iter().find(|(k, _)| k == "Body").map(|(_, v)| v.clone());
                serde_json::json!({"sid": format!("SM{:032}", i + 1), "body": body, "date_created": date})
            })
            .collect();
        Json(serde_json::json!({ "messages": messages }))
    }

    async fn start(fake: Arc<FakeTwilio>) -> String {
        let app = Router::new()
            .route(
                &format!("/2010-04-01/Accounts/{SID}/Messages.json"),
                post(create).get(list),
            )
            .with_state(fake);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{address}")
    }

    fn rest(base: &str, timeout: Duration) -> TwilioRest {
        TwilioRest::new(
            base,
            SID.into(),
            TOKEN.into(),
            SmsSender::Number("+447700900999".into()),
            Some("https://absence.example.org/sms/twilio/status".into()),
            timeout,
        )
        .unwrap()
    }

    fn ack(text: &str) -> OutboundMessage {
        OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Sms,
            to: "+447700900123".into(),
            role: Role::Contact(1),
            pupils: vec!["A100".into()],
            kind: "ack".into(),
            subject: None,
            text: text.into(),
            html: None,
            in_reply_to: None,
            choices: vec![],
            not_before: None,
        }
    }

    struct Setup {
        fake: Arc<FakeTwilio>,
        outbox: Outbox,
        clock: SimulatedClock,
        dispatcher: Dispatcher,
        sms: Arc<TwilioRest>,
    }

    async fn setup(timeout: Duration) -> Setup {
        let fake = Arc::new(FakeTwilio::default());
        let start_at: DateTime<Utc> = "2026-11-23T07:43:00Z".parse().unwrap();
        *fake.now.lock().unwrap() = Some(start_at);
        let base = start(fake.clone()).await;
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let clock = SimulatedClock::starting_at(start_at);
        let mut transports =
            Transports::new(Arc::new(crate::outbox::RecordingTransport::default()));
        let sms = Arc::new(rest(&base, timeout));
        transports.set(Channel::Sms, sms.clone());
        let dispatcher = Dispatcher::new(outbox.clone(), transports, Arc::new(clock.clone()));
        Setup {
            fake,
            outbox,
            clock,
            dispatcher,
            sms,
        }
    }

    fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    #[tokio::test]
    async fn an_ack_reaches_twilio_with_its_fields_and_basic_auth() {
        let s = setup(DEFAULT_TIMEOUT).await;
        s.outbox
            .enqueue(
                ack("Thanks — we've recorded Millie as absent today (illness)."),
                Some(&ack_key("sms/SM1")),
                s.clock.now(),
            )
            .unwrap();
        let done = s.dispatcher.send_due().await.unwrap();
        assert!(
            matches!(&done[0].status, Status::Sent { provider_id: Some(sid), .. } if sid.starts_with("SM")),
            "{:?}",
            done[0].status
        );
        let created = s.fake.created();
        assert_eq!(created.len(), 1);
        let form = &created[0];
        assert_eq!(field(form, "To"), Some("+447700900123"));
        assert_eq!(field(form, "From"), Some("+447700900999"));
        assert_eq!(
            field(form, "Body"),
            Some("Thanks — we've recorded Millie as absent today (illness).")
        );
        assert_eq!(
            field(form, "StatusCallback"),
            Some("https://absence.example.org/sms/twilio/status")
        );
        use base64::Engine;
        let expected = base64::engine::general_purpose::STANDARD.encode(format!("{SID}:{TOKEN}"));
        assert_eq!(
            s.fake.authorizations.lock().unwrap()[0],
            format!("Basic {expected}")
        );
    }

    #[tokio::test]
    async fn a_school_with_its_own_number_sends_from_it_and_another_from_the_accounts() {
        let fake = Arc::new(FakeTwilio::default());
        let base = start(fake.clone()).await;
        let sms = rest(&base, DEFAULT_TIMEOUT).with_school_numbers(HashMap::from([(
            "fernhill".into(),
            "+447700900111".to_string(),
        )]));
        for school in ["fernhill", "oakwood"] {
            let message = OutboundMessage {
                school: Some(school.into()),
                ..ack("Thanks")
            };
            sms.send(&message).await.unwrap();
        }
        let created = fake.created();
        let from: Vec<_> = created.iter().map(|form| field(form, "From")).collect();
        assert_eq!(from, [Some("+447700900111"), Some("+447700900999")]);
    }

    #[tokio::test]
    async fn a_500_or_a_timeout_is_retried_and_the_message_delivered_once() {
        let s = setup(Duration::from_millis(300)).await;
        s.fake
            .next
            .lock()
            .unwrap()
            .extend([Next::Status(500), Next::Hang(Duration::from_secs(2))]);
        s.outbox
            .enqueue(ack("retry me"), Some(&ack_key("sms/SM2")), s.clock.now())
            .unwrap();
        let first = s.dispatcher.send_due().await.unwrap();
        assert!(
            matches!(&first[0].status, Status::Pending { last_error: Some(e), .. } if e.contains("21211"))
        );
        s.clock.advance(chrono::Duration::minutes(1));
        let second = s.dispatcher.send_due().await.unwrap();
        assert!(
            matches!(&second[0].status, Status::Pending { last_error: Some(e), .. } if e.contains("unreachable")),
            "{:?}",
            second[0].status
        );
        s.clock.advance(chrono::Duration::minutes(5));
        let third = s.dispatcher.send_due().await.unwrap();
        assert!(matches!(third[0].status, Status::Sent { .. }));
        s.clock.advance(chrono::Duration::hours(1));
        assert!(s.dispatcher.send_due().await.unwrap().is_empty());
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert_eq!(s.fake.created().len(), 1, "delivered once");
    }

    #[tokio::test]
    async fn a_4xx_is_permanent_with_twilios_code() {
        let s = setup(DEFAULT_TIMEOUT).await;
        s.fake.next.lock().unwrap().push_back(Next::Status(400));
        s.outbox.enqueue(ack("x"), None, s.clock.now()).unwrap();
        let done = s.dispatcher.send_due().await.unwrap();
        assert!(
            matches!(&done[0].status, Status::Failed { error, .. } if error.contains("twilio 21211")),
            "{:?}",
            done[0].status
        );
    }

    #[tokio::test]
    async fn a_send_that_reached_twilio_before_a_crash_is_not_sent_again() {
        let s = setup(DEFAULT_TIMEOUT).await;
        let now = s.clock.now();
        // Already sent and recorded: its copy at Twilio is claimed.
        s.outbox
            .enqueue(ack("Thanks, noted."), Some(&ack_key("sms/a")), now)
            .unwrap();
        s.dispatcher.send_due().await.unwrap();
        // The same words to the same parent, cut off after Twilio took them.
        s.outbox
            .enqueue(ack("Thanks, noted."), Some(&ack_key("sms/b")), now)
            .unwrap();
        let mut reached = s.outbox.due(now, 10).unwrap().remove(0);
        s.outbox.mark_sending(&mut reached, now).unwrap();
        s.sms.send(&reached.message).await.unwrap();
        // And a third, cut off before it reached Twilio.
        s.outbox
            .enqueue(ack("Thanks, noted."), Some(&ack_key("sms/c")), now)
            .unwrap();
        let mut lost = s.outbox.get("once/reply/sms/c/ack").unwrap().unwrap();
        s.outbox.mark_sending(&mut lost, now).unwrap();
        assert_eq!(s.fake.created().len(), 2);

        s.clock.advance(chrono::Duration::minutes(1));
        assert_eq!(s.outbox.recover(s.clock.now()).unwrap(), 2);
        let done = s.dispatcher.send_due().await.unwrap();
        assert_eq!(done.len(), 2);
        assert!(done.iter().all(|e| matches!(e.status, Status::Sent { .. })));
        assert_eq!(
            s.fake.created().len(),
            3,
            "the copy Twilio had is matched, the one it never got is sent"
        );
        let sids: std::collections::BTreeSet<_> = s
            .outbox
            .all()
            .unwrap()
            .into_iter()
            .filter_map(|e| match e.status {
                Status::Sent { provider_id, .. } => provider_id,
                _ => None,
            })
            .collect();
        assert_eq!(sids.len(), 3, "each entry has its own Twilio message");
    }
}
