//! A browser where an account has signed in before is known to it: a
//! signed cookie says so (nothing is stored). Sign-in attempts from a known
//! browser are not held back by the account's limit, so strangers guessing
//! a password cannot lock the rightful user out of their own computer.

use axum::http::{HeaderMap, HeaderValue};

use super::auth::{cookie, cookie_value};
use super::signing_key::{Purpose, SigningKey};

const COOKIE: &str = "absence_line_known";

/// Sent only with sign-in requests.
const PATH: &str = "/sign-in";

/// A term and a half.
const MAX_AGE_SECONDS: i64 = 120 * 24 * 3600;

/// The cookie that marks this browser as known to `username`.
pub fn cookie_for(key: &SigningKey, username: &str, secure: bool) -> HeaderValue {
    let signature = key.sign(Purpose::KnownBrowser, username);
    cookie(COOKIE, &signature, PATH, MAX_AGE_SECONDS, secure)
}

/// Whether the request comes from a browser known to `username`.
pub fn is_known(key: &SigningKey, headers: &HeaderMap, username: &str) -> bool {
    cookie_value(headers, COOKIE)
        .is_some_and(|signature| key.verify(Purpose::KnownBrowser, username, &signature))
}

#[cfg(test)]
mod tests {
    use axum::http::header::COOKIE as COOKIE_HEADER;

    use super::*;
    use crate::store::Store;

    #[test]
    fn a_browser_is_known_to_the_account_that_signed_in_on_it_only() {
        let key = SigningKey::load_or_create(&Store::temporary().unwrap()).unwrap();
        let set = cookie_for(&key, "jo", false);
        let pair = set.to_str().unwrap().split(';').next().unwrap().to_string();
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE_HEADER, HeaderValue::from_str(&pair).unwrap());
        assert!(is_known(&key, &headers, "jo"));
        assert!(!is_known(&key, &headers, "sam"));
        assert!(!is_known(&key, &HeaderMap::new(), "jo"));
    }
}
