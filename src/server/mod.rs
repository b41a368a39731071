//! The HTTP side of the daemon: one axum router built by [`app`], testable
//! without a socket, with each feature's routes in its own module.

mod api_register;
mod health;

use std::sync::Arc;

use axum::Router;
use tokio::sync::Notify;

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
    /// Wakes the scheduler at once when something it watches changes (a
    /// register arrives), rather than at its next poll.
    pub scheduler: Arc<Notify>,
}

/// The whole HTTP interface.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(health::routes())
        .merge(api_register::routes())
        .with_state(state)
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
