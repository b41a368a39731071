//! The HTTP side of the daemon: one axum router built by [`app`], testable
//! without a socket, with each feature's routes in its own module.

mod health;

use std::sync::Arc;

use axum::Router;

use crate::clock::SharedClock;
use crate::config::Config;
use crate::inbound::Inbox;
use crate::schools::Schools;
use crate::store::Store;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub schools: Schools,
    pub inbox: Inbox,
    pub clock: SharedClock,
}

/// The whole HTTP interface.
pub fn app(state: AppState) -> Router {
    Router::new().merge(health::routes()).with_state(state)
}

/// Serves `app` on a bound listener until shutdown is requested, then
/// finishes the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    mut shutdown: crate::shutdown::Shutdown,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async move { shutdown.requested().await })
        .await
}
