//! The daemon's HTTP side: one [`axum::Router`] built from [`AppState`].
//!
//! Each concern keeps its routes in its own module, as a function returning
//! `Router<AppState>`; [`app`] merges them. To add an endpoint, write
//! `server/<concern>.rs` with `pub fn routes() -> Router<AppState>` and merge
//! it in [`app`]. Handlers stay thin: they read the request, call the
//! library, and turn the outcome into a response.

mod health;

use std::sync::Arc;

use axum::Router;

use crate::clock::SharedClock;
use crate::config::Config;
use crate::roster::Roster;
use crate::schools::Schools;
use crate::store::Store;

/// What every handler can reach. Cheap to clone: everything inside is
/// shared.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub schools: Schools,
    pub roster: Roster,
    pub clock: SharedClock,
}

impl AppState {
    /// The state for a config whose store is already open.
    pub fn new(
        config: Config,
        store: Store,
        schools: Schools,
        clock: SharedClock,
    ) -> crate::Result<AppState> {
        Ok(AppState {
            config: Arc::new(config),
            roster: Roster::open(&store)?,
            store,
            schools,
            clock,
        })
    }
}

/// The whole HTTP API. Serve it with `axum::serve`, or call it in tests
/// with `tower::ServiceExt::oneshot` and no socket at all.
pub fn app(state: AppState) -> Router {
    Router::new().merge(health::routes()).with_state(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    const CONFIG: &str = r#"
[[school]]
id = "fernhill"
name = "Fernhill Primary"
[school.sessions.am]
register_opens = "08:45"
register_closes = "09:15"
ends = "12:00"
[school.sessions.pm]
register_opens = "13:00"
register_closes = "13:15"
ends = "15:15"
"#;

    fn state() -> AppState {
        let config = Config::parse(CONFIG, std::path::Path::new("config.toml")).unwrap();
        let store = Store::temporary().unwrap();
        let schools = Schools::from_config(&config, None).unwrap();
        let clock: SharedClock = Arc::new(crate::clock::SimulatedClock::starting_at(
            "2026-11-23T07:00:00Z".parse().unwrap(),
        ));
        AppState::new(config, store, schools, clock).unwrap()
    }

    #[tokio::test]
    async fn healthz_reports_the_store() {
        let response = app(state())
            .oneshot(Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body = to_bytes(response.into_body(), 4096).await.unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["status"], "ok");
        assert_eq!(json["store"], "ok");
        assert_eq!(json["schema_version"], crate::store::SCHEMA_VERSION);
    }

    #[tokio::test]
    async fn unknown_paths_are_not_found() {
        let response = app(state())
            .oneshot(Request::get("/nope").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
}
