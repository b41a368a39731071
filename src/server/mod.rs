//! The HTTP side of the daemon: one axum router built by [`app`], testable
//! without a socket, with each feature's routes in its own module.

mod api_register;
mod connections;
mod health;
mod metrics;
mod open_files;
mod security_headers;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use tokio::sync::Notify;
use tower_http::timeout::TimeoutLayer;

use crate::clock::SharedClock;
use crate::config::Config;
use crate::inbound::Inbox;
use crate::schools::Schools;
use crate::store::Store;
use crate::web::{self, WebState};

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub schools: Schools,
    pub inbox: Inbox,
    pub clock: SharedClock,
    /// Wakes the scheduler at once when something it watches changes (a
    /// register arrives), rather than at its next poll.
    pub scheduler: Arc<Notify>,
    /// The staff screen and its API.
    pub web: WebState,
    /// The channels' webhooks and endpoints (`/sms/twilio`,
    /// `/email/inbound` …), each with its own state: see
    /// [`crate::channels::Channels`].
    pub channel_routes: Router,
    /// What `/metrics` and `/healthz` read: the daemon's counters.
    pub metrics: &'static crate::metrics::Metrics,
}

/// The whole HTTP interface: every route, each answer within the request
/// timeout (408 after it), with the security headers.
pub fn app(state: AppState) -> Router {
    let http = &state.config.http;
    let timeout = Duration::from_secs(http.request_timeout_seconds);
    let https = http.public_url_is_https();
    let staff_screen = web::router(state.web.clone());
    let routes = Router::new()
        .merge(health::routes())
        .merge(metrics::routes())
        .merge(api_register::routes())
        .merge(staff_screen)
        .with_state(state.clone())
        .merge(
            state
                .channel_routes
                .layer(axum::middleware::from_fn(metrics::time_webhook)),
        )
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
    security_headers::add(routes, https)
}

/// Serves `app` on a bound listener until shutdown is requested, then
/// finishes the requests in flight. Raises the open-file limit first, so
/// the connection cap fits under it.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: crate::shutdown::Shutdown,
) -> std::io::Result<()> {
    let http = &state.config.http;
    let open_files = open_files::raise_to_hard_limit();
    let limits = connections::ConnectionLimits {
        max_connections: open_files::connection_cap(http.max_connections, open_files),
        header_timeout: Duration::from_secs(http.header_timeout_seconds),
        idle_timeout: Duration::from_secs(http.idle_timeout_seconds),
    };
    connections::serve(listener, app(state), limits, shutdown).await
}

/// The state handlers see, over a temporary store, for router tests.
#[cfg(test)]
pub(crate) fn test_state(config: Config, clock: SharedClock) -> AppState {
    let store = Store::temporary().expect("temporary store");
    let schools = Schools::from_config(&config, None).expect("schools");
    let templates = Arc::new(crate::templates::Templates::default());
    let web = WebState::new(&store, schools.clone(), templates, clock.clone())
        .expect("web state")
        .with_http(&config.http);
    AppState {
        web,
        schools,
        config: Arc::new(config),
        inbox: Inbox::open(&store).expect("inbox"),
        store,
        clock,
        scheduler: Default::default(),
        channel_routes: Router::new(),
        metrics: Box::leak(Box::default()),
    }
}
