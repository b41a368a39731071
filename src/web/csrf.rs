//! Cross-site request forgery protection.
//!
//! Every session has a random token; every form the screen shows carries it
//! in a hidden `csrf` field, and the JSON API expects it in an
//! `X-CSRF-Token` header. A state-changing handler takes its input through
//! [`CheckedForm`], [`CheckedJson`] or [`SignInForm`], which refuse a
//! request whose token is missing or wrong before the handler runs; so a
//! handler cannot forget the check.
//!
//! Before sign-in there is no session: the sign-in form is protected by a
//! signed double submit. A random nonce goes in a cookie, and the form
//! carries the daemon's signature of it; a cross-site page can neither
//! read the cookie nor sign one of its own. Nothing is stored.

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderMap, HeaderValue};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::auth::{SignedIn, cookie, cookie_value, random_token};
use super::signing_key::{Purpose, SigningKey};
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

/// The cookie that carries the sign-in form's nonce.
const SIGN_IN_COOKIE: &str = "absence_line_sign_in";

/// A sign-in form's nonce lasts an hour.
const SIGN_IN_SECONDS: i64 = 3600;

/// The sign-in form's anti-forgery pair: the nonce in the browser's
/// cookie and the token the form carries.
pub struct SignInToken {
    nonce: String,
    /// The browser had no nonce yet: the response must set the cookie.
    pub new: bool,
}

impl SignInToken {
    /// The browser's own nonce, or a fresh one.
    pub fn for_browser(headers: &HeaderMap) -> crate::Result<SignInToken> {
        match cookie_value(headers, SIGN_IN_COOKIE) {
            Some(nonce) => Ok(SignInToken { nonce, new: false }),
            None => Ok(SignInToken {
                nonce: random_token()?,
                new: true,
            }),
        }
    }

    /// What the form's `csrf` field carries.
    pub fn form_token(&self, key: &SigningKey) -> String {
        key.sign(Purpose::SignInForm, &self.nonce)
    }

    /// The cookie to set when the nonce is new.
    pub fn cookie(&self, secure: bool) -> HeaderValue {
        cookie(
            SIGN_IN_COOKIE,
            &self.nonce,
            "/sign-in",
            SIGN_IN_SECONDS,
            secure,
        )
    }

    /// Tells the browser to forget the nonce (after sign-in).
    pub fn cleared_cookie(secure: bool) -> HeaderValue {
        cookie(SIGN_IN_COOKIE, "", "/sign-in", 0, secure)
    }
}

/// A sign-in form whose token is the daemon's signature of the browser's
/// nonce cookie.
pub struct SignInForm<T> {
    pub form: T,
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for SignInForm<T> {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let nonce = cookie_value(req.headers(), SIGN_IN_COOKIE);
        let (token, form) = read_form::<T>(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match (nonce, token) {
            (Some(nonce), Some(token)) if state.key.verify(Purpose::SignInForm, &nonce, &token) => {
                Ok(SignInForm { form })
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
        .map_err(|e| WebError::unread_body(e.status(), e.body_text()))?;
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
        let Json(body) = Json::<T>::from_request(req, state).await.map_err(|e| {
            ApiError(WebError::unread_body(e.status(), e.body_text())).into_response()
        })?;
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
