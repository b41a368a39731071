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
}

/// The whole HTTP interface.
pub fn app(state: AppState) -> Router {
    let staff_screen = web::router(state.web.clone());
    Router::new()
        .merge(health::routes())
        .merge(api_register::routes())
        .merge(staff_screen)
        .with_state(state.clone())
        .merge(state.channel_routes)
}

/// Serves `app` on a bound listener until shutdown is requested, then
/// finishes the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    mut shutdown: crate::shutdown::Shutdown,
) -> std::io::Result<()> {
    // The client address is kept so sign-in attempts can be limited per
    // address as well as per account.
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(async move { shutdown.requested().await })
        .await
}

/// The state handlers see, over a temporary store, for router tests.
#[cfg(test)]
pub(crate) fn test_state(config: Config, clock: SharedClock) -> AppState {
    let store = Store::temporary().expect("temporary store");
    let schools = Schools::from_config(&config, None).expect("schools");
    let templates = Arc::new(crate::templates::Templates::default());
    let web = WebState::new(&store, schools.clone(), templates, clock.clone()).expect("web state");
    AppState {
        web,
        schools,
        config: Arc::new(config),
        inbox: Inbox::open(&store).expect("inbox"),
        store,
        clock,
        scheduler: Default::default(),
        channel_routes: Router::new(),
    }
}
