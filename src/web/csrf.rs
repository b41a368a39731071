//! Cross-site request forgery protection.
//!
//! Every session has a random token; every form the screen shows carries it
//! in a hidden `csrf` field, and the JSON API expects it in an
//! `X-CSRF-Token` header. A state-changing handler takes its input through
//! [`CheckedForm`], [`CheckedJson`] or [`VisitorForm`], which refuse a
//! request whose token is missing or wrong before the handler runs; so a
//! handler cannot forget the check.

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::auth::{SignedIn, Visitor, cookie_token};
use super::{ApiError, WebError, WebState};

/// The form field that carries the token.
pub const FIELD: &str = "csrf";
/// The header that carries the token on API requests.
pub const HEADER: &str = "x-csrf-token";

#[derive(Deserialize)]
struct TokenField {
    csrf: Option<String>,
}

/// Compares in constant time, so response timing does not leak the token.
pub fn matches(expected: &str, given: Option<&str>) -> bool {
    given.is_some_and(|g| bool::from(expected.as_bytes().ct_eq(g.as_bytes())))
}

/// A form posted by a signed-in member of staff, with a valid token.
pub struct CheckedForm<T> {
    pub staff: SignedIn,
    pub form: T,
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for CheckedForm<T> {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let (mut parts, body) = req.into_parts();
        let staff = SignedIn::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let req = Request::from_parts(parts, body);
        let (token, form) = read_form::<T>(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !matches(&staff.csrf, token.as_deref()) {
            return Err(WebError::Csrf.into_response());
        }
        Ok(CheckedForm { staff, form })
    }
}

/// A form posted by any visitor (the sign-in form), with the token of the
/// visitor's own session.
pub struct VisitorForm<T> {
    pub visitor: Visitor,
    pub form: T,
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for VisitorForm<T> {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let session = cookie_token(req.headers()).and_then(|token| {
            state
                .sessions
                .find(&token, state.clock.now())
                .ok()
                .flatten()
                .map(|session| Visitor { token, session })
        });
        let (token, form) = read_form::<T>(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match session {
            Some(visitor) if matches(&visitor.session.csrf, token.as_deref()) => {
                Ok(VisitorForm { visitor, form })
            }
            _ => Err(WebError::Csrf.into_response()),
        }
    }
}

/// Reads an urlencoded body twice over: once for the token, once for the
/// handler's own fields.
async fn read_form<T: DeserializeOwned>(
    req: Request,
    state: &WebState,
) -> Result<(Option<String>, T), WebError> {
    let bytes = axum::body::Bytes::from_request(req, state)
        .await
        .map_err(|e| WebError::BadRequest(e.body_text()))?;
    let read = |e: serde_urlencoded::de::Error| {
        WebError::BadRequest(format!("the form could not be read: {e}"))
    };
    let token: TokenField = serde_urlencoded::from_bytes(&bytes).map_err(read)?;
    let form: T = serde_urlencoded::from_bytes(&bytes).map_err(read)?;
    Ok((token.csrf, form))
}

/// A JSON body from a signed-in member of staff whose `X-CSRF-Token`
/// header matches the session.
pub struct CheckedJson<T> {
    pub staff: SignedIn,
    pub body: T,
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for CheckedJson<T> {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let (mut parts, body) = req.into_parts();
        let staff = SignedIn::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !matches(&staff.csrf, header_token(&parts.headers)) {
            return Err(ApiError(WebError::Csrf).into_response());
        }
        let req = Request::from_parts(parts, body);
        let Json(body) = Json::<T>::from_request(req, state)
            .await
            .map_err(|e| ApiError(WebError::BadRequest(e.body_text())).into_response())?;
        Ok(CheckedJson { staff, body })
    }
}

fn header_token(headers: &HeaderMap) -> Option<&str> {
    headers.get(HEADER).and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_must_match_exactly() {
        assert!(matches("abc", Some("abc")));
        assert!(!matches("abc", Some("abd")));
        assert!(!matches("abc", Some("ab")));
        assert!(!matches("abc", None));
    }
}
