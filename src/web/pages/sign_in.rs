//! Signing in and out.

use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

use super::layout::bare;
use crate::web::actions::safe_back;
use crate::web::auth::{cleared_cookie, cookie_token, session_cookie};
use crate::web::client::Client;
use crate::web::csrf::{CheckedForm, SignInForm, SignInToken};
use crate::web::known_browser;
use crate::web::password_checks::Checked;
use crate::web::rate_limit::{LimitKey, PER_ACCOUNT, PER_ADDRESS};
use crate::web::{WebError, WebState};

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct Credentials {
    /// Checked by [`SignInForm`]; shown again if the form is.
    #[serde(default)]
    csrf: String,
    username: String,
    password: String,
    next: Option<String>,
}

/// The sign-in form. Nothing is stored: its token is signed (see
/// [`SignInToken`]).
pub async fn form(
    State(state): State<WebState>,
    client: Client,
    headers: HeaderMap,
    Query(next): Query<Next>,
) -> Result<Response, WebError> {
    let token = SignInToken::for_browser(&headers)?;
    let mut response =
        render(&token.form_token(&state.key), next.next.as_deref(), None).into_response();
    if token.new {
        response
            .headers_mut()
            .append(SET_COOKIE, token.cookie(client.https));
    }
    Ok(response)
}

fn render(csrf: &str, next: Option<&str>, problem: Option<&str>) -> maud::Markup {
    bare(
        "Sign in",
        html! {
            div.signin.card {
                h1 { "Sign in" }
                @if let Some(problem) = problem {
                    p.notice role="alert" { (problem) }
                }
                form.act method="post" action="/sign-in" {
                    input type="hidden" name="csrf" value=(csrf);
                    input type="hidden" name="next" value=(safe_back(next));
                    label { "Username" input name="username" autocomplete="username" required autofocus; }
                    label { "Password" input name="password" type="password" autocomplete="current-password" required; }
                    button type="submit" { "Sign in" }
                }
            }
        },
    )
}

/// Checks the password and starts a signed-in session. The attempt is
/// counted first (per account unless this browser is known to it, and per
/// client address), then the password checked in the bounded pool.
pub async fn submit(
    State(state): State<WebState>,
    client: Client,
    headers: HeaderMap,
    SignInForm { form }: SignInForm<Credentials>,
) -> Result<Response, WebError> {
    let now = state.clock.now();
    let username = form.username.trim().to_ascii_lowercase();
    let csrf = form.csrf;
    let next = form.next.as_deref();
    let account_key = LimitKey::Account(username.clone());
    let mut keys = Vec::new();
    if !known_browser::is_known(&state.key, &headers, &username) {
        keys.push((account_key.clone(), PER_ACCOUNT));
    }
    if let Some(address) = client.address {
        keys.push((LimitKey::Address(address), PER_ADDRESS));
    }
    let refuse = |status: StatusCode, problem: &str| {
        let mut response = render(&csrf, next, Some(problem)).into_response();
        *response.status_mut() = status;
        response
    };
    if let Err(wait) = state.limiter.attempt(&keys, now) {
        let minutes = wait.num_minutes() + 1;
        return Ok(refuse(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too many attempts. Please wait {minutes} minutes and try again."),
        ));
    }
    let checked = state
        .password_checks
        .verify(&state.accounts, &username, &form.password)
        .await?;
    tracing::info!(
        checks = state.password_checks.started(),
        "a sign-in password was checked"
    );
    let account = match checked {
        Checked::Busy => return Err(WebError::Busy),
        Checked::Done(Some(account)) => account,
        Checked::Done(None) => {
            state
                .audit
                .append(now.fixed_offset(), "system", "sign_in_failed", &username)?;
            return Ok(refuse(
                StatusCode::UNAUTHORIZED,
                "That username and password do not match.",
            ));
        }
    };
    state.limiter.succeeded(&account_key);
    if let Some(previous) = cookie_token(&headers) {
        state.sessions.end(&previous)?;
    }
    state.sessions.purge_expired(now)?;
    let (token, _) = state.sessions.start(&account.username, now)?;
    state
        .audit
        .append(now.fixed_offset(), &account.who(), "sign_in", "")?;
    let mut response = Redirect::to(safe_back(next)).into_response();
    let cookies = response.headers_mut();
    cookies.append(SET_COOKIE, session_cookie(&token, client.https));
    cookies.append(
        SET_COOKIE,
        known_browser::cookie_for(&state.key, &account.username, client.https),
    );
    cookies.append(SET_COOKIE, SignInToken::cleared_cookie(client.https));
    Ok(response)
}

/// Ends the session.
pub async fn sign_out(
    State(state): State<WebState>,
    client: Client,
    CheckedForm { staff, .. }: CheckedForm<serde::de::IgnoredAny>,
) -> Result<Response, WebError> {
    state.sessions.end(&staff.token)?;
    state.audit(&staff, "sign_out", "")?;
    let mut response = Redirect::to("/sign-in").into_response();
    response
        .headers_mut()
        .append(SET_COOKIE, cleared_cookie(client.https));
    Ok(response)
}
