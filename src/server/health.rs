//! `GET /healthz`: is the daemon up and can it read its store; and is it
//! doing its job. `"status": "degraded"` (still 200: the daemon is alive
//! and taking messages, and a restart would not mend a provider's outage)
//! names each problem: a channel whose every send has failed for 5
//! minutes, or a message waiting in the outbox for 15. 503 only when the
//! store cannot be read.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz))
}

/// Reads only counts: a probe every few seconds must cost next to
/// nothing, however large the inbox grows.
async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    // One key read: can the store still be read at all.
    match state.store.schema_version() {
        Ok(_) => {
            let health = state.metrics.health(state.clock.now());
            (
                StatusCode::OK,
                Json(json!({
                    "status": if health.is_degraded() { "degraded" } else { "ok" },
                    "problems": health.problems,
                    "schools": state.schools.iter().count(),
                    "inbound_waiting": state.inbox.waiting(),
                })),
            )
        }
        Err(error) => {
            tracing::error!(%error, "health check could not read the store");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "store unavailable" })),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    use super::*;
    use crate::clock::{Clock, SimulatedClock, SystemClock};
    use crate::config::Config;

    fn fernhill() -> AppState {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml"),
        )
        .unwrap();
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        crate::server::test_state(config, Arc::new(SystemClock))
    }

    async fn health(state: AppState) -> (StatusCode, Value) {
        let response = crate::server::app(state)
            .oneshot(Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        (status, serde_json::from_slice(&body).unwrap())
    }

    #[tokio::test]
    async fn healthz_answers_without_a_socket() {
        let (status, json) = health(fernhill()).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(json["status"], "ok");
        assert_eq!(json["schools"], 1);
        assert_eq!(json["inbound_waiting"], 0);
    }

    #[tokio::test]
    async fn healthz_says_degraded_while_a_channel_fails_and_is_still_200() {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml"),
        )
        .unwrap();
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        let clock = SimulatedClock::starting_at("2026-11-23T08:00:00Z".parse().unwrap());
        let state = crate::server::test_state(config, Arc::new(clock.clone()));
        state
            .metrics
            .send_failed(crate::outbox::Channel::Sms, clock.now());
        clock.advance(chrono::Duration::minutes(6));
        let (status, json) = health(state.clone()).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(json["status"], "degraded");
        assert_eq!(
            json["problems"][0],
            "sms: every send has failed for 6 minutes"
        );
        state.metrics.send_succeeded(crate::outbox::Channel::Sms);
        let (_, json) = health(state).await;
        assert_eq!(json["status"], "ok");
    }

    #[tokio::test]
    async fn healthz_counts_the_messages_waiting() {
        let state = fernhill();
        let mut ids = Vec::new();
        for sid in ["SM1", "SM2"] {
            let message = crate::inbound::fixtures::sms(
                sid,
                "+447700900123",
                "Millie is ill",
                chrono::Utc::now(),
            );
            ids.push(state.inbox.accept(message).unwrap().id().to_string());
        }
        state
            .inbox
            .mark_processed(&ids[0], chrono::Utc::now(), "reported")
            .unwrap();
        let (_, json) = health(state).await;
        assert_eq!(json["inbound_waiting"], 1);
    }
}
