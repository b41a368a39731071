//! `GET /healthz`: is the daemon up and does its store answer? For a
//! monitoring check or a load balancer; it says nothing about any pupil.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz))
}

#[derive(Debug, Serialize)]
struct Health {
    /// `ok` or `failing`.
    status: &'static str,
    /// `ok`, or why the store did not answer.
    store: String,
    schema_version: Option<u32>,
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    match state.store.schema_version() {
        Ok(version) => (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                store: "ok".into(),
                schema_version: Some(version),
            }),
        ),
        Err(e) => {
            tracing::error!("health check: store failed: {e}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "failing",
                    store: e.to_string(),
                    schema_version: None,
                }),
            )
        }
    }
}
