//! Signing in and out.

use std::net::SocketAddr;

use axum::Extension;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

use super::layout::bare;
use crate::web::actions::safe_back;
use crate::web::auth::{Visitor, cleared_cookie, session_cookie};
use crate::web::csrf::{CheckedForm, VisitorForm};
use crate::web::rate_limit::{PER_ACCOUNT, PER_ADDRESS};
use crate::web::{WebError, WebState};

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct Credentials {
    username: String,
    password: String,
    next: Option<String>,
}

/// The sign-in form, with a session (and CSRF token) for it.
pub async fn form(
    State(state): State<WebState>,
    headers: HeaderMap,
    Query(next): Query<Next>,
) -> Result<Response, WebError> {
    let (visitor, new) = Visitor::find_or_start(&state, &headers)?;
    let mut response = render(&visitor, next.next.as_deref(), None).into_response();
    if new {
        visitor.set_cookie(&mut response);
    }
    Ok(response)
}

fn render(visitor: &Visitor, next: Option<&str>, problem: Option<&str>) -> maud::Markup {
    bare(
        "Sign in",
        html! {
            div.signin.card {
                h1 { "Sign in" }
                @if let Some(problem) = problem {
                    p.notice role="alert" { (problem) }
                }
                form.act method="post" action="/sign-in" {
                    input type="hidden" name="csrf" value=(visitor.session.csrf);
                    input type="hidden" name="next" value=(safe_back(next));
                    label { "Username" input name="username" autocomplete="username" required autofocus; }
                    label { "Password" input name="password" type="password" autocomplete="current-password" required; }
                    button type="submit" { "Sign in" }
                }
            }
        },
    )
}

/// Checks the password (rate-limited per account and per address) and
/// replaces the visitor's session with a signed-in one.
pub async fn submit(
    State(state): State<WebState>,
    address: Option<Extension<ConnectInfo<SocketAddr>>>,
    VisitorForm { visitor, form }: VisitorForm<Credentials>,
) -> Result<Response, WebError> {
    let now = state.clock.now();
    let username = form.username.trim().to_ascii_lowercase();
    let mut keys = vec![(format!("account:{username}"), PER_ACCOUNT)];
    if let Some(Extension(ConnectInfo(address))) = address {
        keys.push((format!("address:{}", address.ip()), PER_ADDRESS));
    }
    let next = form.next.as_deref();
    if let Err(wait) = state.limiter.check(&keys, now) {
        let minutes = wait.num_minutes() + 1;
        let problem = format!("Too many attempts. Please wait {minutes} minutes and try again.");
        let mut response = render(&visitor, next, Some(&problem)).into_response();
        *response.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
        return Ok(response);
    }
    let checked = {
        let accounts = state.accounts.clone();
        let password = form.password.clone();
        let name = username.clone();
        tokio::task::spawn_blocking(move || accounts.verify(&name, &password))
            .await
            .map_err(|e| WebError::Internal(crate::Error::Refused(e.to_string())))??
    };
    let Some(account) = checked else {
        state.limiter.failed(&keys, now);
        state
            .audit
            .append(now.fixed_offset(), "system", "sign_in_failed", &username)?;
        let mut response = render(
            &visitor,
            next,
            Some("That username and password do not match."),
        )
        .into_response();
        *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    state.limiter.succeeded(&keys[0].0);
    state.sessions.end(&visitor.token)?;
    state.sessions.purge_expired(now)?;
    let (token, _) = state.sessions.start(Some(&account.username), now)?;
    state
        .audit
        .append(now.fixed_offset(), &account.who(), "sign_in", "")?;
    let mut response = Redirect::to(safe_back(next)).into_response();
    response
        .headers_mut()
        .append(SET_COOKIE, session_cookie(&token));
    Ok(response)
}

/// Ends the session.
pub async fn sign_out(
    State(state): State<WebState>,
    CheckedForm { staff, .. }: CheckedForm<serde::de::IgnoredAny>,
) -> Result<Response, WebError> {
    state.sessions.end(&staff.token)?;
    state.audit(&staff, "sign_out", "")?;
    let mut response = Redirect::to("/sign-in").into_response();
    response.headers_mut().append(SET_COOKIE, cleared_cookie());
    Ok(response)
}
