//! `POST /email/inbound`: a raw RFC 5322 message piped in by the school's
//! mail server, behind the staff API's bearer token.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use subtle::ConstantTimeEq;

use super::EmailIntake;
use super::dkim::DkimVerifier;
use crate::clock::SharedClock;
use crate::inbound::Accepted;
use crate::redact::Redacted;

/// Where a mail server posts raw messages.
pub const PATH: &str = "/email/inbound";

/// The largest message taken, attachments included.
const MAX_MESSAGE_BYTES: usize = 25 * 1024 * 1024;

/// What the endpoint needs; cheap to clone.
#[derive(Clone)]
pub struct EmailInbound {
    api_token: Arc<str>,
    intake: EmailIntake,
    dkim: DkimVerifier,
    clock: SharedClock,
}

impl EmailInbound {
    /// The endpoint, taking messages that carry `api_token` as a bearer
    /// token and verifying their DKIM signatures with `dkim`.
    pub fn new(
        api_token: String,
        intake: EmailIntake,
        dkim: DkimVerifier,
        clock: SharedClock,
    ) -> Self {
        EmailInbound {
            api_token: api_token.into(),
            intake,
            dkim,
            clock,
        }
    }

    /// The route, ready to merge into the daemon's app.
    pub fn routes(self) -> Router {
        Router::new()
            .route(PATH, post(receive))
            .layer(DefaultBodyLimit::max(MAX_MESSAGE_BYTES))
            .with_state(self)
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| {
                bool::from(given.trim().as_bytes().ct_eq(self.api_token.as_bytes()))
            })
    }
}

async fn receive(
    State(endpoint): State<EmailInbound>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !endpoint.authorised(&headers) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "a valid bearer token is required\n",
        )
            .into_response();
    }
    // Whatever posted this, its signatures are checked here: the token
    // proves who posted it, not who wrote it.
    let checked_here = endpoint.dkim.check(&body).await;
    // Parsing, storing and the wait for the disk run on the blocking pool,
    // so the async threads keep answering and concurrent posts share a
    // flush (group commit) as the Twilio webhook's accepts do.
    let now = endpoint.clock.now();
    let intake = endpoint.intake.clone();
    let taken = tokio::task::spawn_blocking(move || intake.take(&body, now, &checked_here))
        .await
        .unwrap_or_else(|e| {
            Err(crate::Error::Store(format!(
                "storing a posted email stopped: {e}"
            )))
        });
    match taken {
        Ok(None) => (
            StatusCode::BAD_REQUEST,
            "the body is not an RFC 5322 message\n",
        )
            .into_response(),
        Ok(Some(accepted)) => {
            let duplicate = matches!(accepted, Accepted::Duplicate(_));
            axum::Json(serde_json::json!({ "id": accepted.id(), "duplicate": duplicate }))
                .into_response()
        }
        Err(error) => {
            tracing::error!(error = %Redacted(&error), "could not store a posted email");
            (StatusCode::SERVICE_UNAVAILABLE, "try again\n").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    use super::*;
    use crate::clock::SimulatedClock;
    use crate::config::Config;
    use crate::inbound::{Attachments, Inbox, Sender};
    use crate::schools::Schools;
    use crate::store::Store;

    const VOUCHED: &str = "Authentication-Results: mx.fernhill.example.org;\r\n dkim=pass header.d=example.org; spf=pass smtp.mailfrom=grace@example.org\r\n";

    const RAW: &str = "From: Grace <grace@example.org>\r\nTo: absence@fernhill.example.org\r\nMessage-ID: <m1@example.org>\r\nSubject: Millie\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nMillie is ill today\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"../../note.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n";

    fn endpoint() -> (Router, Inbox, Attachments) {
        let store = Store::temporary().unwrap();
        let inbox = Inbox::open(&store).unwrap();
        let attachments = Attachments::open(&store).unwrap();
        let clock = SimulatedClock::starting_at("2026-11-23T07:42:00Z".parse().unwrap());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap()
            + "[school.channels]\nemail_address = \"absence@fernhill.example.org\"\n";
        let config = Config::parse(&text, std::path::Path::new("fernhill.toml")).unwrap();
        let intake = EmailIntake::new(
            inbox.clone(),
            attachments.clone(),
            Schools::from_config(&config, None).unwrap(),
            Some("mx.fernhill.example.org"),
        );
        // Nothing here is signed, so nothing is looked up.
        let dkim = DkimVerifier::new(None);
        let app = EmailInbound::new("staff-token".into(), intake, dkim, Arc::new(clock)).routes();
        (app, inbox, attachments)
    }

    fn post_raw(token: Option<&str>, body: &str) -> Request<Body> {
        let mut builder = Request::post(PATH).header(header::CONTENT_TYPE, "message/rfc822");
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        builder.body(Body::from(body.to_string())).unwrap()
    }

    async fn post(app: &Router, body: &str) {
        let response = app
            .clone()
            .oneshot(post_raw(Some("staff-token"), body))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn a_posted_message_is_stored_once_with_its_attachment() {
        let (app, inbox, attachments) = endpoint();
        for _ in 0..2 {
            post(&app, &format!("{VOUCHED}{RAW}")).await;
        }
        let stored = inbox.all().unwrap();
        assert_eq!(stored.len(), 1);
        let message = &stored[0].message;
        assert_eq!(message.provider_id, "m1@example.org");
        assert_eq!(message.text.for_parser(), "Millie is ill today");
        assert_eq!(
            message.from,
            Sender::Email {
                address: "grace@example.org".into()
            }
        );
        assert_eq!(message.school.as_deref(), Some("fernhill"));
        assert_eq!(message.attachments.len(), 1);
        assert_eq!(
            message.attachments[0].filename,
            Some("note.jpg".into()),
            "no path parts"
        );
        let key = message.attachments[0].stored_as.as_deref().unwrap();
        assert!(key.starts_with(&stored[0].id), "{key}");
        assert_eq!(
            attachments.bytes(key).unwrap().unwrap(),
            [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]
        );
    }

    #[tokio::test]
    async fn a_forged_sender_is_not_believed() {
        let (app, inbox, _) = endpoint();
        let forged = "Authentication-Results: mx.fernhill.example.org; dkim=fail header.d=example.org; dmarc=fail\r\n\
                      Authentication-Results: mx.fernhill.example.org; dkim=pass header.d=example.org\r\n";
        post(&app, &format!("{forged}{RAW}")).await;
        post(
            &app,
            &RAW.replace("m1@example.org", "m2@example.org")
                .replace("ill today", "ill again"),
        )
        .await;
        let mut whys: Vec<String> = inbox
            .all()
            .unwrap()
            .into_iter()
            .map(|e| match e.message.from {
                Sender::UnverifiedEmail { why, .. } => why,
                other => panic!("believed: {other:?}"),
            })
            .collect();
        whys.sort();
        assert_eq!(
            whys,
            [
                "dkim=fail dmarc=fail",
                "no Authentication-Results from mx.fernhill.example.org"
            ]
        );
    }

    #[tokio::test]
    async fn a_message_reusing_a_message_id_neither_replaces_nor_suppresses_another() {
        let (app, inbox, attachments) = endpoint();
        let impostor = RAW
            .replace("Millie is ill today", "Millie is fine")
            .replace("/9j/4AAQ", "AAAA");
        post(&app, &format!("{VOUCHED}{impostor}")).await;
        post(&app, &format!("{VOUCHED}{RAW}")).await;
        let stored = inbox.all().unwrap();
        assert_eq!(stored.len(), 2, "the genuine message is not a duplicate");
        for entry in &stored {
            let key = entry.message.attachments[0].stored_as.as_deref().unwrap();
            let bytes = attachments.bytes(key).unwrap().unwrap();
            let expected: &[u8] = if entry.message.text.for_parser() == "Millie is fine" {
                &[0, 0, 0]
            } else {
                &[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]
            };
            assert_eq!(bytes, expected, "each keeps its own file");
        }
    }

    #[tokio::test]
    async fn without_the_token_nothing_is_stored() {
        let (app, inbox, _) = endpoint();
        for token in [None, Some("wrong"), Some("staff-token-longer")] {
            let response = app.clone().oneshot(post_raw(token, RAW)).await.unwrap();
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{token:?}");
        }
        let response = app
            .clone()
            .oneshot(post_raw(Some("staff-token"), ""))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(inbox.all().unwrap().is_empty());
    }
}
