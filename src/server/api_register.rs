//! `POST /api/register`: a session's register marks from the MIS, as JSON
//! (`interfaces.md`). Staff only: the request must carry the configured
//! API token as `Authorization: Bearer …`; without it, 401 and nothing is
//! recorded. A bad mark is a 400 naming the field; a register for a day the
//! school is shut, or naming a pupil not on roll, is a 422 naming it; either
//! way nothing is recorded.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};
use subtle::ConstantTimeEq;

use super::AppState;
use crate::register::{RegisterBook, RegisterPost};
use crate::roster::Roster;

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
    let ids: Vec<&str> = state.schools.iter().map(|s| s.id.as_str()).collect();
    let marks = match post.check(&ids) {
        Ok(marks) => marks,
        Err(error) => return bad_request(error.to_string()),
    };
    match refusal(&state, &post) {
        Ok(None) => {}
        Ok(Some(refused)) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "error": format!("{refused}; nothing was recorded") })),
            );
        }
        Err(error) => {
            tracing::error!(%error, "reading the roster for a register failed");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "error": "the roster could not be read; nothing was recorded" })),
            );
        }
    }
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

/// Why a well-formed register cannot be taken: the school is shut that
/// day, or a mark names a pupil not on roll then.
fn refusal(state: &AppState, post: &RegisterPost) -> crate::Result<Option<String>> {
    let Some(school) = state.schools.get(&post.school) else {
        return Ok(Some(format!(
            "`{}` is not a configured school",
            post.school
        )));
    };
    if !school.calendar.is_school_day(post.date) {
        return Ok(Some(format!(
            "date: {} is not a school day at {} (a weekend, a holiday or a closure)",
            post.date, post.school
        )));
    }
    let roster = Roster::open(&state.store)?;
    for (i, mark) in post.marks.iter().enumerate() {
        let upn = mark.upn.trim();
        let on_roll = roster
            .pupil(&post.school, upn)?
            .is_some_and(|pupil| pupil.left_on.is_none_or(|left| post.date < left));
        if !on_roll {
            return Ok(Some(format!(
                "marks[{i}].upn: `{upn}` is not on roll at {} on {}",
                post.school, post.date
            )));
        }
    }
    Ok(None)
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
        let state = crate::server::test_state(config, Arc::new(clock));
        std::fs::write(dir.join("pupils.csv"), PUPILS).unwrap();
        std::fs::write(dir.join("contacts.csv"), CONTACTS).unwrap();
        crate::roster::import_files(
            &state.store,
            &dir.join("pupils.csv"),
            &dir.join("contacts.csv"),
            &["fernhill"],
            "2026-11-01".parse().unwrap(),
        )
        .unwrap();
        state
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

    const PUPILS: &str = "school,upn,first_name,last_name,known_as,year,flags\n\
        fernhill,A100,Amelia,Okafor,,Y3,\n\
        fernhill,A101,Harvey,Brown,,Y3,\n";
    const CONTACTS: &str = "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n\
        A100,1,Grace Okafor,mother,,07700 900123,,en\n\
        A101,1,Kasia Brown,mother,,07700 900200,,en\n";

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

    #[tokio::test]
    async fn a_pupil_not_on_roll_or_a_closed_day_is_a_422_naming_it_and_nothing_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let stranger = BODY.replace("\"A101\"", "\"Z999\"");
        let (status, json) = post(&state, Some("s3cret-token"), &stranger).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{json}");
        assert_eq!(
            json["error"],
            "marks[1].upn: `Z999` is not on roll at fernhill on 2026-11-23; nothing was recorded"
        );
        assert!(!recorded(&state, "A100"));
        let saturday = BODY.replace("2026-11-23", "2026-11-28");
        let (status, json) = post(&state, Some("s3cret-token"), &saturday).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{json}");
        assert!(
            json["error"]
                .as_str()
                .unwrap()
                .starts_with("date: 2026-11-28 is not a school day"),
            "{json}"
        );
        let saturday_am = SessionDate::new("2026-11-28".parse().unwrap(), Session::Am);
        assert!(
            RegisterBook::open(&state.store)
                .unwrap()
                .entry("fernhill", "A100", saturday_am)
                .unwrap()
                .is_none()
        );
    }
}
