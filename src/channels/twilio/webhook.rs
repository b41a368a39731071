//! Twilio's webhooks: `POST /sms/twilio` (an SMS arrives) and
//! `POST /sms/twilio/status` (what became of one we sent). Both are
//! signature-checked before anything is read or stored.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::opt_out::{OptOuts, keyword};
use super::signature;
use crate::clock::SharedClock;
use crate::inbound::{InboundMessage, Inbox, Sender};
use crate::outbox::{Channel, DeliveryReport, Outbox};
use crate::redact::Redacted;
use crate::roster::phone;
use crate::schools::Schools;

/// Where Twilio posts an incoming SMS.
pub const INBOUND_PATH: &str = "/sms/twilio";
/// Where Twilio posts status callbacks for messages we sent.
pub const STATUS_PATH: &str = "/sms/twilio/status";

/// The longest SMS body Twilio delivers, in characters (ten segments).
pub const MAX_BODY_CHARS: usize = 1_600;

/// The largest webhook form read: a full body percent-encoded four-byte
/// characters at a time, with room for Twilio's other fields.
const MAX_FORM_BYTES: usize = 32 * 1024;

/// An empty TwiML answer: the acknowledgement goes out through the REST
/// API from the outbox, where it is stored and retried.
const EMPTY_TWIML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

/// What the webhook handlers need, shared by every request behind one
/// `Arc`: axum clones the state for each request, and cloning this (the
/// inbox, the outbox and the opt-outs, each with its store and tables)
/// was a tenth of the async threads' time under `ingest_bench`.
pub struct TwilioWebhooks {
    auth_token: Arc<str>,
    /// `http.public_url` without a trailing slash.
    public_url: Arc<str>,
    inbox: Inbox,
    outbox: Outbox,
    opt_outs: OptOuts,
    /// Which school's own number a text was sent to.
    schools: Schools,
    clock: SharedClock,
}

impl TwilioWebhooks {
    /// `public_url` is the daemon's address as Twilio is given it
    /// (`http.public_url`); the paths above are appended to it.
    pub fn new(
        auth_token: String,
        public_url: &str,
        inbox: Inbox,
        outbox: Outbox,
        opt_outs: OptOuts,
        schools: Schools,
        clock: SharedClock,
    ) -> Self {
        TwilioWebhooks {
            auth_token: auth_token.into(),
            public_url: public_url.trim_end_matches('/').into(),
            inbox,
            outbox,
            opt_outs,
            schools,
            clock,
        }
    }

    /// The routes, ready to merge into the daemon's app.
    pub fn routes(self) -> Router {
        Router::new()
            .route(INBOUND_PATH, post(inbound))
            .route(STATUS_PATH, post(status))
            .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
            .with_state(Arc::new(self))
    }

    /// The request's form parameters, if its signature is Twilio's for the
    /// public URL of `path` (with the query string Twilio called).
    fn verified(
        &self,
        path: &str,
        uri: &Uri,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Option<Vec<(String, String)>> {
        let given = headers.get("x-twilio-signature")?.to_str().ok()?;
        let params: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
        let url = match uri.query() {
            Some(query) => format!("{}{path}?{query}", self.public_url),
            None => format!("{}{path}", self.public_url),
        };
        signature::is_valid(&self.auth_token, &url, &params, given).then_some(params)
    }
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "signature does not match\n").into_response()
}

fn twiml() -> Response {
    ([(header::CONTENT_TYPE, "text/xml")], EMPTY_TWIML).into_response()
}

/// Twilio retries on a 5xx, so a store failure loses nothing.
fn unavailable(error: crate::Error) -> Response {
    tracing::error!(error = %Redacted(&error), "could not store a Twilio webhook");
    (StatusCode::SERVICE_UNAVAILABLE, "try again\n").into_response()
}

async fn inbound(
    State(hooks): State<Arc<TwilioWebhooks>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(params) = hooks.verified(INBOUND_PATH, &uri, &headers, &body) else {
        return forbidden();
    };
    let (Some(sid), Some(from)) = (param(&params, "MessageSid"), param(&params, "From")) else {
        return (
            StatusCode::BAD_REQUEST,
            "MessageSid and From are required\n",
        )
            .into_response();
    };
    let text = param(&params, "Body").unwrap_or_default();
    if text.chars().count() > MAX_BODY_CHARS {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "Body is longer than an SMS can be\n",
        )
            .into_response();
    }
    // A short code or an alphanumeric sender is kept as given: the roster
    // will not know it, and the office sees it as written.
    let number = phone::normalise(from).unwrap_or_else(|_| from.trim().to_string());
    let now = hooks.clock.now();

    if let Some(change) = keyword(text) {
        return match hooks.opt_outs.record(sid, &number, change, now) {
            Ok(true) => {
                tracing::info!(?change, "SMS opt-out keyword recorded");
                twiml()
            }
            Ok(false) => {
                tracing::debug!(sid, "SMS opt-out keyword seen before");
                twiml()
            }
            Err(error) => unavailable(error),
        };
    }

    let school = param(&params, "To")
        .and_then(|to| phone::normalise(to).ok())
        .and_then(|to| hooks.schools.by_sms_number(&to))
        .map(|entry| entry.id.clone());
    let message = InboundMessage {
        channel: Channel::Sms,
        provider_id: sid.to_string(),
        from: Sender::Phone { number },
        school,
        subject: None,
        text: text.into(),
        received_at: now,
        in_reply_to: None,
        attachments: Vec::new(),
    };
    match hooks.inbox.accept_durably(message).await {
        Ok(accepted) => {
            tracing::debug!(id = accepted.id(), "SMS stored");
            twiml()
        }
        Err(error) => unavailable(error),
    }
}

async fn status(
    State(hooks): State<Arc<TwilioWebhooks>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(params) = hooks.verified(STATUS_PATH, &uri, &headers, &body) else {
        return forbidden();
    };
    let (Some(sid), Some(state)) = (
        param(&params, "MessageSid"),
        param(&params, "MessageStatus"),
    ) else {
        return (
            StatusCode::BAD_REQUEST,
            "MessageSid and MessageStatus are required\n",
        )
            .into_response();
    };
    let report = DeliveryReport {
        status: state.to_string(),
        error_code: param(&params, "ErrorCode")
            .filter(|c| !c.is_empty())
            .map(str::to_string),
        at: hooks.clock.now(),
    };
    match hooks.outbox.record_delivery(Channel::Sms, sid, report) {
        Ok(()) => StatusCode::OK.into_response(),
        Err(error) => unavailable(error),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    use super::*;
    use crate::clock::SimulatedClock;
    use crate::store::Store;

    const TOKEN: &str = "test-auth-token";
    const PUBLIC: &str = "https://absence.example.org/";

    struct Fixture {
        app: Router,
        inbox: Inbox,
        outbox: Outbox,
        opt_outs: OptOuts,
    }

    fn fixture() -> Fixture {
        let store = Store::temporary().unwrap();
        let inbox = Inbox::open(&store).unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let opt_outs = OptOuts::open(&store).unwrap();
        let clock = SimulatedClock::starting_at("2026-11-23T07:42:00Z".parse().unwrap());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap()
            + "[school.channels]\nsms_number = \"07700 900999\"\n";
        let config =
            crate::config::Config::parse(&text, std::path::Path::new("fernhill.toml")).unwrap();
        let app = TwilioWebhooks::new(
            TOKEN.into(),
            PUBLIC,
            inbox.clone(),
            outbox.clone(),
            opt_outs.clone(),
            Schools::from_config(&config, None).unwrap(),
            Arc::new(clock),
        )
        .routes();
        Fixture {
            app,
            inbox,
            outbox,
            opt_outs,
        }
    }

    fn sms(sid: &str, body: &str) -> Vec<(String, String)> {
        [
            ("MessageSid", sid),
            ("AccountSid", "AC123"),
            ("From", "+447700900123"),
            ("To", "+447700900999"),
            ("Body", body),
            ("NumMedia", "0"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    fn request(path: &str, params: &[(String, String)], signature: Option<&str>) -> Request<Body> {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params)
            .finish();
        let mut builder =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(signature) = signature {
            builder = builder.header("X-Twilio-Signature", signature);
        }
        builder.body(Body::from(body)).unwrap()
    }

    fn signed(path: &str, params: &[(String, String)]) -> Request<Body> {
        let url = format!("https://absence.example.org{path}");
        request(
            path,
            params,
            Some(&signature::signature(TOKEN, &url, params)),
        )
    }

    async fn send(app: &Router, request: Request<Body>) -> (StatusCode, String) {
        let response = app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn a_signed_sms_is_stored_and_answered_with_empty_twiml() {
        let f = fixture();
        let (status, body) = send(
            &f.app,
            signed(INBOUND_PATH, &sms("SM1", "Millie is poorly")),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("<Response/>"), "{body}");
        let stored = f.inbox.all().unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].message.provider_id, "SM1");
        assert_eq!(stored[0].message.text.for_parser(), "Millie is poorly");
        assert_eq!(
            stored[0].message.school.as_deref(),
            Some("fernhill"),
            "sent to Fernhill's own number"
        );
        assert_eq!(
            stored[0].message.from,
            Sender::Phone {
                number: "+447700900123".into()
            }
        );
    }

    #[tokio::test]
    async fn a_text_to_a_number_no_school_claims_belongs_to_no_school() {
        let f = fixture();
        let mut params = sms("SM10", "Millie is poorly");
        params[3].1 = "+447700900111".into();
        send(&f.app, signed(INBOUND_PATH, &params)).await;
        assert_eq!(f.inbox.all().unwrap()[0].message.school, None);
    }

    #[tokio::test]
    async fn a_body_longer_than_an_sms_is_refused_and_not_stored() {
        let f = fixture();
        let longest = "é".repeat(MAX_BODY_CHARS);
        let (status, _) = send(&f.app, signed(INBOUND_PATH, &sms("SM8", &longest))).await;
        assert_eq!(status, StatusCode::OK, "1,600 characters is an SMS");
        let over = "a".repeat(MAX_BODY_CHARS + 1);
        let (status, _) = send(&f.app, signed(INBOUND_PATH, &sms("SM9", &over))).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        let huge = "a".repeat(1 << 20);
        let (status, _) = send(&f.app, signed(INBOUND_PATH, &sms("SM10", &huge))).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        let stored: Vec<_> = f.inbox.all().unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].message.provider_id, "SM8");
    }

    #[tokio::test]
    async fn a_query_string_is_part_of_the_signed_url() {
        let f = fixture();
        let params = sms("SM2", "x");
        let url = "https://absence.example.org/sms/twilio?school=fernhill";
        let good = request(
            "/sms/twilio?school=fernhill",
            &params,
            Some(&signature::signature(TOKEN, url, &params)),
        );
        assert_eq!(send(&f.app, good).await.0, StatusCode::OK);
        let without_query = request(
            "/sms/twilio?school=fernhill",
            &params,
            Some(&signature::signature(
                TOKEN,
                "https://absence.example.org/sms/twilio",
                &params,
            )),
        );
        assert_eq!(send(&f.app, without_query).await.0, StatusCode::FORBIDDEN);
    }

    #[tokio::test]
    async fn unsigned_wrongly_signed_or_replayed_requests_are_refused_and_store_nothing() {
        let f = fixture();
        let params = sms("SM3", "Millie is poorly");
        let unsigned = request(INBOUND_PATH, &params, None);
        assert_eq!(send(&f.app, unsigned).await.0, StatusCode::FORBIDDEN);
        let wrong = request(INBOUND_PATH, &params, Some("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        assert_eq!(send(&f.app, wrong).await.0, StatusCode::FORBIDDEN);
        let for_another_url =
            signature::signature(TOKEN, "https://elsewhere.example.org/sms/twilio", &params);
        let replayed = request(INBOUND_PATH, &params, Some(&for_another_url));
        assert_eq!(send(&f.app, replayed).await.0, StatusCode::FORBIDDEN);
        let mut tampered = params.clone();
        let url = format!("https://absence.example.org{INBOUND_PATH}");
        let good_signature = signature::signature(TOKEN, &url, &params);
        tampered[4].1 = "Ben is poorly".into();
        let tampered = request(INBOUND_PATH, &tampered, Some(&good_signature));
        assert_eq!(send(&f.app, tampered).await.0, StatusCode::FORBIDDEN);
        assert!(f.inbox.all().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_retried_webhook_is_stored_once() {
        let f = fixture();
        for _ in 0..3 {
            let (status, _) = send(&f.app, signed(INBOUND_PATH, &sms("SM4", "off today"))).await;
            assert_eq!(status, StatusCode::OK);
        }
        assert_eq!(f.inbox.all().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn stop_and_start_change_the_opt_out_and_are_not_reports() {
        let f = fixture();
        send(&f.app, signed(INBOUND_PATH, &sms("SM5", "STOP"))).await;
        assert!(f.opt_outs.is_opted_out("+447700900123").unwrap());
        assert!(f.inbox.all().unwrap().is_empty());
        send(&f.app, signed(INBOUND_PATH, &sms("SM6", "start"))).await;
        assert!(!f.opt_outs.is_opted_out("+447700900123").unwrap());
    }

    #[tokio::test]
    async fn a_replayed_stop_after_a_later_start_changes_nothing() {
        let f = fixture();
        let stop = sms("SM7", "STOP");
        send(&f.app, signed(INBOUND_PATH, &stop)).await;
        send(&f.app, signed(INBOUND_PATH, &sms("SM8", "START"))).await;
        assert!(!f.opt_outs.is_opted_out("+447700900123").unwrap());
        let (status, _) = send(&f.app, signed(INBOUND_PATH, &stop)).await;
        assert_eq!(status, StatusCode::OK, "Twilio is answered as before");
        assert!(
            !f.opt_outs.is_opted_out("+447700900123").unwrap(),
            "the same STOP again does not opt the parent out again"
        );
    }

    #[tokio::test]
    async fn status_callbacks_are_signature_checked_and_recorded() {
        let f = fixture();
        let params: Vec<(String, String)> = [
            ("MessageSid", "SM9"),
            ("MessageStatus", "undelivered"),
            ("ErrorCode", "30003"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let unsigned = request(STATUS_PATH, &params, Some("bogus"));
        assert_eq!(send(&f.app, unsigned).await.0, StatusCode::FORBIDDEN);
        assert!(f.outbox.deliveries(Channel::Sms, "SM9").unwrap().is_empty());
        assert_eq!(
            send(&f.app, signed(STATUS_PATH, &params)).await.0,
            StatusCode::OK
        );
        let reports = f.outbox.deliveries(Channel::Sms, "SM9").unwrap();
        assert_eq!(reports[0].status, "undelivered");
        assert_eq!(reports[0].error_code.as_deref(), Some("30003"));
    }
}
