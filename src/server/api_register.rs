//! `POST /api/register`: a session's register marks from the MIS, as JSON
//! (`interfaces.md`). Staff only: the request must carry the configured
//! API token as `Authorization: Bearer …`; without it, 401 and nothing is
//! recorded. A bad mark is a 400 naming the field, and nothing is recorded.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};
use subtle::ConstantTimeEq;

use super::AppState;
use crate::register::{RegisterBook, RegisterPost};

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/register", post(register))
}

async fn register(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, Json<Value>) {
    if !authorised(&state, &headers) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "error": "a staff API token is required" })),
        );
    }
    let post: RegisterPost = match serde_json::from_slice(&body) {
        Ok(post) => post,
        Err(error) => return bad_request(error.to_string()),
    };
    let ids: Vec<&str> = state.schools.iter().map(|s| s.school.id.as_str()).collect();
    let marks = match post.check(&ids) {
        Ok(marks) => marks,
        Err(error) => return bad_request(error.to_string()),
    };
    let store = state.store.clone();
    let now = state.clock.now();
    // The register book writes synchronously; keep it off the async threads.
    let recorded =
        tokio::task::spawn_blocking(move || marks.record(&RegisterBook::open(&store)?, now)).await;
    match recorded {
        Ok(Ok(summary)) => {
            state.scheduler.notify_one();
            (StatusCode::OK, Json(json!({ "recorded": summary })))
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "recording a register failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "error": "the register could not be stored; nothing was recorded" })),
            )
        }
        Err(error) => {
            tracing::error!(%error, "recording a register panicked");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "error": "internal error" })),
            )
        }
    }
}

fn bad_request(message: String) -> (StatusCode, Json<Value>) {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message })))
}

/// The bearer token matches the configured secret. With no token
/// configured, or one that cannot be read, nobody is let in.
fn authorised(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(secret) = &state.config.http.api_token else {
        return false;
    };
    let expected = match secret.resolve(&state.config.base_dir) {
        Ok(token) if !token.is_empty() => token,
        Ok(_) | Err(_) => {
            tracing::warn!("the staff API token is configured but not readable");
            return false;
        }
    };
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    given.trim().as_bytes().ct_eq(expected.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    use super::*;
    use crate::clock::SimulatedClock;
    use crate::config::Config;
    use crate::domain::{Session, SessionDate};

    const TOKEN_VAR: &str = "ABSENCE_LINE_TEST_API_REGISTER_TOKEN";

    fn state(dir: &Path) -> AppState {
        std::fs::write(dir.join("token"), "s3cret-token\n").unwrap();
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml"),
        )
        .unwrap();
        let text =
            format!("{text}\n[http]\napi_token = {{ env = \"{TOKEN_VAR}\", file = \"token\" }}\n");
        let mut config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        config.base_dir = dir.to_path_buf();
        let clock = SimulatedClock::starting_at("2026-11-23T09:16:00Z".parse().unwrap());
        crate::server::test_state(config, Arc::new(clock))
    }

    async fn post(state: &AppState, token: Option<&str>, body: &str) -> (StatusCode, Value) {
        let mut request = Request::post("/api/register").header("content-type", "application/json");
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let response = crate::server::app(state.clone())
            .oneshot(request.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    const BODY: &str = r#"{"school": "fernhill", "date": "2026-11-23", "session": "am",
        "marks": [{"upn": "A100", "code": "N"}, {"upn": "A101", "code": "/"}]}"#;

    fn recorded(state: &AppState, upn: &str) -> bool {
        let am = SessionDate::new("2026-11-23".parse().unwrap(), Session::Am);
        RegisterBook::open(&state.store)
            .unwrap()
            .entry("fernhill", upn, am)
            .unwrap()
            .is_some()
    }

    #[tokio::test]
    async fn without_the_staff_token_nothing_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        for token in [None, Some("wrong"), Some("s3cret-token-and-more")] {
            let (status, _) = post(&state, token, BODY).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        }
        assert!(!recorded(&state, "A100"));
    }

    #[tokio::test]
    async fn a_register_is_recorded_and_the_scheduler_woken() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let woken = state.scheduler.clone();
        let (status, json) = post(&state, Some("s3cret-token"), BODY).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        assert_eq!(json["recorded"]["new"], 2);
        assert!(recorded(&state, "A100") && recorded(&state, "A101"));
        tokio::time::timeout(std::time::Duration::from_secs(1), woken.notified())
            .await
            .expect("the scheduler is poked");
    }

    #[tokio::test]
    async fn a_bad_mark_is_named_and_nothing_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let (status, json) = post(
            &state,
            Some("s3cret-token"),
            &BODY.replace("\"/\"", "\"Q9\""),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            json["error"],
            "marks[1].code: `Q9` is not a DfE attendance code"
        );
        assert!(!recorded(&state, "A100"));
        let (status, _) = post(&state, Some("s3cret-token"), "{\"school\": 1}").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}
