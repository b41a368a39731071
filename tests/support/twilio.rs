//! Twilio for the process-level tests: a local fake of its REST API, and
//! SMS webhooks posted and signed as Twilio posts them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use absence_line::channels::twilio::signature;
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use serde_json::json;

use super::SchoolDir;

pub const ACCOUNT: &str = "AC00000000000000000000000000000001";
/// The auth token webhooks are signed with.
pub const TOKEN: &str = "twilio-test-token";
pub const PUBLIC_URL: &str = "https://absence.fernhill.example.org";

/// One message Twilio was asked to send: `(sid, to, body, created)`.
pub type Created = (String, String, String, chrono::DateTime<chrono::Utc>);

/// A fake of Twilio's Messages resource, keeping every message created.
#[derive(Default)]
pub struct FakeTwilio {
    pub created: Mutex<Vec<Created>>,
}

impl FakeTwilio {
    pub fn count(&self) -> usize {
        self.created.lock().unwrap().len()
    }
}

async fn create(State(fake): State<Arc<FakeTwilio>>, body: Bytes) -> impl IntoResponse {
    let form: BTreeMap<String, String> = form_urlencoded::parse(&body).into_owned().collect();
    let mut created = fake.created.lock().unwrap();
    let sid = format!("SM{:032}", created.len() + 1);
    created.push((
        sid.clone(),
        form.get("To").cloned().unwrap_or_default(),
        form.get("Body").cloned().unwrap_or_default(),
        chrono::Utc::now(),
    ));
    (StatusCode::CREATED, Json(json!({ "sid": sid })))
}

async fn list(
    State(fake): State<Arc<FakeTwilio>>,
    Query(query): Query<Vec<(String, String)>>,
) -> Json<serde_json::Value> {
    let to = query
        .iter()
        .find(|(k, _)| k == "To")
        .map(|(_, v)| v.clone());
    let messages: Vec<_> = fake
        .created
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, t, _, _)| Some(t) == to.as_ref())
        .map(|(sid, to, body, at)| json!({"sid": sid, "to": to, "body": body, "date_created": at.to_rfc2822()}))
        .collect();
    Json(json!({ "messages": messages }))
}

/// Starts the fake on loopback, in the calling runtime; it and its base URL.
pub async fn start_fake_twilio() -> (Arc<FakeTwilio>, String) {
    let fake = Arc::new(FakeTwilio::default());
    let app = Router::new()
        .route(
            &format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json"),
            post(create).get(list),
        )
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (fake, format!("http://{address}"))
}

/// The demo school with Twilio pointed at the fake (at `api_base`) and the
/// public URL webhooks are signed for; `extra` is appended to the config.
pub fn school(api_base: &str, extra: &str) -> SchoolDir {
    let school = SchoolDir::new(&format!(
        "\n[channels.twilio]\naccount_sid = \"{ACCOUNT}\"\nauth_token = {{ file = \"twilio_token\" }}\nfrom = \"+447700900000\"\napi_base = \"{api_base}\"\n{extra}"
    ));
    std::fs::write(school.path().join("twilio_token"), TOKEN).unwrap();
    let config = std::fs::read_to_string(school.config()).unwrap().replace(
        "# public_url = \"https://absence.fernhill.example.org\"",
        &format!("public_url = \"{PUBLIC_URL}\""),
    );
    std::fs::write(school.config(), config).unwrap();
    school
}

/// The URL Twilio signs its SMS webhooks for.
pub fn signed_url() -> String {
    format!("{PUBLIC_URL}/sms/twilio")
}

/// An inbound SMS webhook's form, as Twilio posts it.
pub fn sms(sid: &str, from: &str, body: &str) -> Vec<(String, String)> {
    [
        ("ToCountry", "GB"),
        ("MessageSid", sid),
        ("SmsSid", sid),
        ("AccountSid", ACCOUNT),
        ("From", from),
        ("To", "+447700900000"),
        ("Body", body),
        ("NumMedia", "0"),
        ("NumSegments", "1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Posts a webhook as Twilio would, signed for `signed_url`.
pub async fn post_webhook(
    client: &reqwest::Client,
    daemon_url: &str,
    params: &[(String, String)],
    signed_url: Option<&str>,
) -> reqwest::Result<reqwest::StatusCode> {
    let mut request = client.post(format!("{daemon_url}/sms/twilio")).form(params);
    if let Some(url) = signed_url {
        request = request.header(
            "X-Twilio-Signature",
            signature::signature(TOKEN, url, params),
        );
    }
    Ok(request.send().await?.status())
}
