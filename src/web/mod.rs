//! The office's screen: server-rendered pages and a JSON API for staff to
//! see the day, work through what is forwarded to them, and confirm or
//! amend codes with a reason.
//!
//! - [`auth`]: staff accounts (argon2), sessions in cookies, who is signed in.
//! - [`csrf`]: the token every form and API write must carry.
//! - [`rate_limit`]: sign-in attempts.
//! - [`password_checks`]: argon2 checks, a few at a time.
//! - [`known_browser`]: browsers an account has signed in on.
//! - [`signing_key`]: the secret for what is signed, not stored.
//! - [`client`]: the client's address and https, through a trusted proxy.
//! - [`worklist`]: what is forwarded to a person, and what is done.
//! - [`feeds`]: what the chaser and the digest tell the screen.
//! - [`actions`]: what staff can change (amend, phone call, done, message).
//! - [`la_return`]: returns to the local authority on Today, marked sent.
//! - [`pages`]: Today, a pupil's page, search, sign-in (HTML).
//! - [`api`]: the same views as JSON.
//!
//! [`router`] is mounted into the daemon's HTTP server in one place.

pub mod actions;
pub mod api;
pub mod auth;
pub mod client;
pub mod csrf;
pub mod feeds;
pub mod known_browser;
pub mod la_return;
pub mod pages;
pub mod password_checks;
pub mod penalty_notice;
pub mod rate_limit;
pub mod signing_key;
pub mod worklist;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::clock::SharedClock;
use crate::error::{Error, Result};
use crate::inbound::{Attachments, Inbox};
use crate::la_notices::LaDrafts;
use crate::outbox::Outbox;
use crate::penalty_notices::PenaltyNotices;
use crate::register::RegisterBook;
use crate::roster::Roster;
use crate::safeguarding::{Barrier, Records};
use crate::schools::{ConfiguredSchool, Schools};
use crate::store::{AuditLog, Store};
use crate::templates::Templates;

use auth::{Accounts, Sessions, SignedIn};
use client::ProxyTrust;
use feeds::{AttendanceFigures, ChaseViews};
use password_checks::PasswordChecks;
use rate_limit::SignInLimiter;
use signing_key::SigningKey;
use worklist::Worklist;

/// Everything the screen reads and writes; cheap to clone.
#[derive(Clone)]
pub struct WebState {
    pub(crate) schools: Schools,
    pub(crate) roster: Roster,
    pub(crate) register: RegisterBook,
    pub(crate) inbox: Inbox,
    pub(crate) attachments: Attachments,
    pub(crate) outbox: Outbox,
    pub(crate) penalty_notices: PenaltyNotices,
    pub(crate) la_drafts: LaDrafts,
    pub(crate) audit: AuditLog,
    pub(crate) templates: Arc<Templates>,
    pub(crate) clock: SharedClock,
    pub(crate) accounts: Accounts,
    pub(crate) sessions: Sessions,
    pub(crate) worklist: Worklist,
    pub(crate) concerns: Records,
    pub(crate) barrier: Barrier,
    pub(crate) limiter: SignInLimiter,
    pub(crate) password_checks: PasswordChecks,
    pub(crate) key: SigningKey,
    pub(crate) proxy: ProxyTrust,
    pub(crate) chase: Option<Arc<dyn ChaseViews>>,
    pub(crate) figures: Option<Arc<dyn AttendanceFigures>>,
}

impl WebState {
    pub fn new(
        store: &Store,
        schools: Schools,
        templates: Arc<Templates>,
        clock: SharedClock,
    ) -> Result<WebState> {
        let outbox = Outbox::open(store)?;
        Ok(WebState {
            concerns: Records::open(store)?,
            barrier: Barrier::open(store, schools.clone())?,
            schools,
            roster: Roster::open(store)?,
            register: RegisterBook::open(store)?,
            inbox: Inbox::open(store)?,
            attachments: Attachments::open(store)?,
            worklist: Worklist::open(store, outbox.clone())?,
            outbox,
            penalty_notices: PenaltyNotices::open(store)?,
            la_drafts: LaDrafts::open(store)?,
            audit: store.audit()?,
            templates,
            clock,
            accounts: Accounts::open(store)?,
            sessions: Sessions::open(store)?,
            limiter: SignInLimiter::default(),
            password_checks: PasswordChecks::default(),
            key: SigningKey::load_or_create(store)?,
            proxy: ProxyTrust::default(),
            chase: None,
            figures: None,
        })
    }

    /// Believes the configured proxy and knows whether the public URL is
    /// https (for the cookies' `Secure`).
    pub fn with_http(mut self, http: &crate::config::HttpConfig) -> WebState {
        self.proxy = ProxyTrust::from_config(http);
        self
    }

    /// Shows each unexplained absence's chase progress.
    pub fn with_chase(mut self, chase: Arc<dyn ChaseViews>) -> WebState {
        self.chase = Some(chase);
        self
    }

    /// Shows attendance figures and the term chart on pupils' pages.
    pub fn with_figures(mut self, figures: Arc<dyn AttendanceFigures>) -> WebState {
        self.figures = Some(figures);
        self
    }

    /// The school a request is about: the one asked for, else the
    /// account's own, else the first configured. An account tied to one
    /// school sees no other.
    pub(crate) fn school_for(
        &self,
        staff: &SignedIn,
        requested: Option<&str>,
    ) -> Result<&ConfiguredSchool, WebError> {
        let id = requested
            .filter(|s| !s.is_empty())
            .or(staff.account.school.as_deref());
        let school = match id {
            Some(id) => self.schools.get(id),
            None => self.schools.iter().next(),
        }
        .ok_or(WebError::NotFound)?;
        if !staff.account.may_see_school(&school.id) {
            return Err(WebError::Forbidden);
        }
        Ok(school)
    }

    /// The schools an account may switch between.
    pub(crate) fn schools_for<'a>(&'a self, staff: &SignedIn) -> Vec<&'a ConfiguredSchool> {
        self.schools
            .iter()
            .filter(|s| staff.account.may_see_school(&s.id))
            .collect()
    }

    /// Appends to the audit log: who did what.
    pub(crate) fn audit(&self, staff: &SignedIn, action: &str, detail: &str) -> Result<()> {
        self.audit.append(
            self.clock.now().fixed_offset(),
            &staff.who(),
            action,
            detail,
        )
    }
}

/// The largest form or JSON body the screen reads: its longest field is a
/// 500-character reason.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The staff screen and its API, ready to merge into the daemon's router.
pub fn router<S: Clone + Send + Sync + 'static>(state: WebState) -> Router<S> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/today") }))
        .route(pages::layout::STYLE_PATH, get(pages::layout::style_sheet))
        .route(
            "/sign-in",
            get(pages::sign_in::form).post(pages::sign_in::submit),
        )
        .route("/sign-out", post(pages::sign_in::sign_out))
        .route("/today", get(pages::today::page))
        .route("/search", get(pages::search::page))
        .route("/pupils/{upn}", get(pages::pupil::page))
        .route("/attachments/{*key}", get(pages::attachment::download))
        .route("/actions/amend", post(actions::amend_form))
        .route("/actions/call", post(actions::call_form))
        .route("/actions/done", post(actions::done_form))
        .route("/actions/message", post(actions::message_form))
        .route("/actions/acknowledge", post(pages::today::acknowledge_form))
        .route("/actions/penalty-notice", post(penalty_notice::record_form))
        .route("/actions/la-sent", post(la_return::sent_form))
        .route(
            crate::safeguarding::acknowledge_link::LINK_PATH,
            get(pages::acknowledge_link::page).post(pages::acknowledge_link::acknowledge),
        )
        .route("/api/me", get(api::me))
        .route("/api/today", get(api::today))
        .route("/api/pupils/{upn}", get(api::pupil))
        .route("/api/amend", post(api::amend))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

/// What can go wrong answering a staff request.
#[derive(Debug)]
pub enum WebError {
    Unauthorised,
    Forbidden,
    NotFound,
    Csrf,
    BadRequest(String),
    /// Too many requests of this kind at once; try again shortly.
    Busy,
    /// A body over [`MAX_BODY_BYTES`].
    TooLarge,
    Internal(Error),
}

impl From<Error> for WebError {
    fn from(e: Error) -> Self {
        match e {
            Error::Refused(message) => WebError::BadRequest(message),
            other => WebError::Internal(other),
        }
    }
}

impl WebError {
    /// A body the extractor would not read: too large, or malformed.
    pub(crate) fn unread_body(status: StatusCode, text: String) -> WebError {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            WebError::TooLarge
        } else {
            WebError::BadRequest(text)
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            WebError::Unauthorised => StatusCode::UNAUTHORIZED,
            WebError::Forbidden | WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            WebError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Words for the person at the screen; never internal detail.
    fn message(&self) -> String {
        match self {
            WebError::Unauthorised => "Please sign in.".into(),
            WebError::Forbidden => "Your account cannot see this.".into(),
            WebError::NotFound => "Not found.".into(),
            WebError::Csrf => {
                "This form has expired or did not come from this site. Go back, reload the page and try again.".into()
            }
            WebError::BadRequest(message) => message.clone(),
            WebError::Busy => "The screen is busy. Please try again in a minute.".into(),
            WebError::TooLarge => "That is more than the screen takes in one go.".into(),
            WebError::Internal(_) => "Something went wrong; it has been logged.".into(),
        }
    }

    fn log(&self) {
        if let WebError::Internal(error) = self {
            tracing::error!(%error, "staff screen request failed");
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        self.log();
        let page = pages::layout::message_page(self.status(), &self.message());
        (self.status(), page).into_response()
    }
}

/// A [`WebError`] answered as JSON, for the API.
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let body = serde_json::json!({ "error": self.0.message() });
        (self.0.status(), axum::Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests;
