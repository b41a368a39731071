//! `GET /metrics`: the daemon's counters for Prometheus. Off unless
//! `ABSENCE_LINE_METRICS_TOKEN` is set when the daemon starts; then only a
//! scrape carrying it as `Authorization: Bearer …` is answered (401
//! otherwise), wherever it comes from, a reverse proxy included.
//!
//! Also times every channel webhook for the latency histogram.

use std::time::Instant;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use subtle::ConstantTimeEq;

use super::AppState;
use crate::metrics;

/// The environment variable that holds the scrape token.
pub const TOKEN_VARIABLE: &str = "ABSENCE_LINE_METRICS_TOKEN";

/// The route, with the token read from the environment.
pub fn routes() -> Router<AppState> {
    routes_with(
        std::env::var(TOKEN_VARIABLE)
            .ok()
            .filter(|t| !t.trim().is_empty()),
    )
}

fn routes_with(token: Option<String>) -> Router<AppState> {
    Router::new().route(
        "/metrics",
        get(
            move |state: State<AppState>, headers: HeaderMap| async move {
                scrape(state, &headers, token.as_deref())
            },
        ),
    )
}

fn scrape(State(state): State<AppState>, headers: &HeaderMap, token: Option<&str>) -> Response {
    let Some(token) = token else {
        return (
            StatusCode::NOT_FOUND,
            format!("metrics are off: set {TOKEN_VARIABLE} to turn them on\n"),
        )
            .into_response();
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !bool::from(given.trim().as_bytes().ct_eq(token.trim().as_bytes())) {
        return (StatusCode::UNAUTHORIZED, "the metrics token is required\n").into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        metrics::render(state.metrics, state.clock.now()),
    )
        .into_response()
}

/// Middleware: how long each channel webhook took to answer.
pub async fn time_webhook(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let response = next.run(request).await;
    metrics::daemon().webhook_answered(started.elapsed());
    response
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use axum::body::Body;
    use tower::ServiceExt;

    use super::*;
    use crate::clock::SystemClock;
    use crate::config::Config;

    async fn get_metrics(token: Option<&str>, authorization: Option<&str>) -> (StatusCode, String) {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml"),
        )
        .unwrap();
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        let state = crate::server::test_state(config, Arc::new(SystemClock));
        let app = routes_with(token.map(str::to_string)).with_state(state);
        let mut request = axum::http::Request::get("/metrics");
        if let Some(value) = authorization {
            request = request.header(header::AUTHORIZATION, value);
        }
        let response = app
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, String::from_utf8(body.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn metrics_are_off_without_a_token_and_need_it_when_on() {
        let (status, body) = get_metrics(None, Some("Bearer anything")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains(TOKEN_VARIABLE));
        let (status, _) = get_metrics(Some("s3cret"), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _) = get_metrics(Some("s3cret"), Some("Bearer wrong")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, body) = get_metrics(Some("s3cret"), Some("Bearer s3cret")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains("# TYPE absence_line_outbox_waiting gauge"),
            "{body}"
        );
    }
}
