//! Staff accounts and sign-in sessions.
//!
//! Passwords are kept only as argon2id hashes (PHC strings). A session is a
//! random token in an `HttpOnly; SameSite=Lax` cookie (`Secure` when the
//! browser is on https); the store keeps a hash of the token, so a copy of
//! the database does not let anyone sign in. A session is stored only at
//! sign-in, and carries its own CSRF token (see [`super::csrf`]); the
//! sign-in form's own token is signed, not stored.

use std::fmt;
use std::str::FromStr;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::header::COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use blake2::{Blake2s256, Digest};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{ApiError, WebError, WebState};
use crate::error::{Error, Result};
use crate::store::{Store, Table};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "absence_line_session";

/// A session lasts one working day from sign-in.
const SESSION_HOURS: i64 = 12;

/// Shortest password accepted for a staff account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// What a member of staff may see and do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// The school office: works through absences and forwarded items.
    Office,
    /// The attendance lead.
    Lead,
    /// The designated safeguarding lead: the only role that sees
    /// safeguarding items.
    Dsl,
    /// Looks after the system.
    Admin,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Office => "office",
            StaffRole::Lead => "lead",
            StaffRole::Dsl => "dsl",
            StaffRole::Admin => "admin",
        }
    }

    /// Safeguarding concerns go to the DSL alone (Keeping Children Safe in
    /// Education: shared on a need-to-know basis).
    pub fn sees_safeguarding(self) -> bool {
        self == StaffRole::Dsl
    }
}

impl fmt::Display for StaffRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for StaffRole {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "office" => Ok(StaffRole::Office),
            "lead" => Ok(StaffRole::Lead),
            "dsl" => Ok(StaffRole::Dsl),
            "admin" => Ok(StaffRole::Admin),
            other => Err(format!(
                "`{other}` is not a staff role (office, lead, dsl, admin)"
            )),
        }
    }
}

/// A member of staff who can sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub username: String,
    /// The name shown on screen and in the audit log.
    pub name: String,
    pub role: StaffRole,
    /// The one school this account may see; `None` for every school of
    /// the trust.
    pub school: Option<String>,
    /// Argon2id PHC string.
    password_hash: String,
    pub created_at: DateTime<Utc>,
}

impl Account {
    /// How the audit log and register amendments name this person.
    pub fn who(&self) -> String {
        format!("staff:{}", self.username)
    }

    pub fn may_see_school(&self, school: &str) -> bool {
        self.school.as_deref().is_none_or(|s| s == school)
    }
}

/// What to create an account with.
pub struct NewAccount<'a> {
    pub username: &'a str,
    pub name: &'a str,
    pub role: StaffRole,
    pub school: Option<&'a str>,
    pub password: &'a str,
}

/// The staff accounts table.
#[derive(Clone)]
pub struct Accounts {
    store: Store,
    accounts: Table<Account>,
}

impl Accounts {
    pub fn open(store: &Store) -> Result<Accounts> {
        Ok(Accounts {
            store: store.clone(),
            accounts: store.table("staff_accounts")?,
        })
    }

    /// Creates an account; refuses a taken username, a bad username or a
    /// short password, changing nothing.
    pub fn add(&self, new: NewAccount<'_>, now: DateTime<Utc>) -> Result<Account> {
        validate_username(new.username)?;
        if new.name.trim().is_empty() {
            return Err(Error::Refused("an account needs a name".into()));
        }
        validate_password(new.password)?;
        let account = Account {
            username: new.username.to_string(),
            name: new.name.trim().to_string(),
            role: new.role,
            school: new.school.map(str::to_string),
            password_hash: hash_password(new.password)?,
            created_at: now,
        };
        if !self.accounts.insert_if_absent(new.username, &account)? {
            return Err(Error::Refused(format!(
                "an account `{}` already exists",
                new.username
            )));
        }
        self.store.flush()?;
        Ok(account)
    }

    /// Sets a new password for an existing account.
    pub fn set_password(&self, username: &str, password: &str) -> Result<()> {
        validate_password(password)?;
        let hash = hash_password(password)?;
        let updated = self.accounts.update(username, |old| {
            old.map(|a| Account {
                password_hash: hash.clone(),
                ..a
            })
        })?;
        if updated.is_none() {
            return Err(Error::Refused(format!("no account `{username}`")));
        }
        self.store.flush()
    }

    pub fn get(&self, username: &str) -> Result<Option<Account>> {
        self.accounts.get(username)
    }

    pub fn all(&self) -> Result<Vec<Account>> {
        self.accounts.iter().map(|r| r.map(|(_, a)| a)).collect()
    }

    /// The account, when the password is right. An unknown username costs
    /// the same hashing time as a wrong password, so timing does not tell
    /// which usernames exist.
    pub fn verify(&self, username: &str, password: &str) -> Result<Option<Account>> {
        let account = self.accounts.get(username)?;
        let hash = match &account {
            Some(a) => a.password_hash.clone(),
            None => unknown_user_hash(),
        };
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok();
        Ok(account.filter(|_| matches))
    }
}

fn unknown_user_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("not a real account's password").expect("hashing a constant"))
        .clone()
}

fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::Refused(format!("hashing the password: {e}")))
}

fn validate_username(username: &str) -> Result<()> {
    let ok = !username.is_empty()
        && username.len() <= 64
        && username
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::Refused(format!(
            "`{username}` is not a username: use 1–64 of a-z, 0-9, `.`, `_`, `-`"
        )))
    }
}

fn validate_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::Refused(format!(
            "the password must be at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    Ok(())
}

/// A signed-in browser session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebSession {
    /// The signed-in account (`None` only in sessions stored before the
    /// sign-in page stopped storing one; they sign nobody in).
    pub username: Option<String>,
    /// The session's CSRF token, put in every form it is shown.
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
}

/// Sessions, keyed by a hash of their cookie token.
#[derive(Clone)]
pub struct Sessions {
    sessions: Table<WebSession>,
}

impl Sessions {
    pub fn open(store: &Store) -> Result<Sessions> {
        Ok(Sessions {
            sessions: store.table("web_sessions")?,
        })
    }

    /// Starts a signed-in session; returns the cookie token and the
    /// session.
    pub fn start(&self, username: &str, now: DateTime<Utc>) -> Result<(String, WebSession)> {
        let token = random_token()?;
        let session = WebSession {
            username: Some(username.to_string()),
            csrf: random_token()?,
            expires_at: now + Duration::hours(SESSION_HOURS),
        };
        self.sessions.insert(&token_key(&token), &session)?;
        Ok((token, session))
    }

    /// Removes every expired session, so sessions never signed out do
    /// not pile up.
    pub fn purge_expired(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut purged = 0;
        for entry in self.sessions.iter() {
            let (key, session) = entry?;
            if session.expires_at <= now {
                self.sessions.remove(&key)?;
                purged += 1;
            }
        }
        Ok(purged)
    }

    /// The live session a cookie token names; an expired one is removed.
    pub fn find(&self, token: &str, now: DateTime<Utc>) -> Result<Option<WebSession>> {
        let key = token_key(token);
        match self.sessions.get(&key)? {
            Some(s) if s.expires_at > now => Ok(Some(s)),
            Some(_) => {
                self.sessions.remove(&key)?;
                Ok(None)
            }
            None => Ok(None),
        }
    }

    /// How many sessions are stored.
    #[cfg(test)]
    pub fn count(&self) -> Result<usize> {
        self.sessions
            .iter()
            .try_fold(0, |n, entry| entry.map(|_| n + 1))
    }

    pub fn end(&self, token: &str) -> Result<()> {
        self.sessions.remove(&token_key(token))?;
        Ok(())
    }
}

/// 256 random bits, URL-safe.
pub(crate) fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Refused(format!("no randomness available: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

fn token_key(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Blake2s256::digest(token.as_bytes()))
}

/// A cookie for `path`, `Secure` when the browser is on https (a school
/// serving plain http on its own network could not sign in otherwise).
pub(crate) fn cookie(
    name: &str,
    value: &str,
    path: &str,
    max_age_seconds: i64,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text = format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    );
    HeaderValue::from_str(&text).expect("cookie values are URL-safe text")
}

/// The session cookie, as the browser must keep it.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    cookie(SESSION_COOKIE, token, "/", SESSION_HOURS * 3600, secure)
}

/// A cookie that tells the browser to forget the session.
pub fn cleared_cookie(secure: bool) -> HeaderValue {
    cookie(SESSION_COOKIE, "", "/", 0, secure)
}

/// The session token from a request's `Cookie` headers.
pub fn cookie_token(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers, SESSION_COOKIE)
}

/// A cookie's value from a request's `Cookie` headers.
pub(crate) fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// A signed-in member of staff: the extractor every staff page and API
/// handler takes. A page request without a session is sent to sign in; an
/// API request gets 401.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub account: Account,
    pub token: String,
    pub csrf: String,
}

impl SignedIn {
    pub fn who(&self) -> String {
        self.account.who()
    }

    pub fn role(&self) -> StaffRole {
        self.account.role
    }
}

/// Why a request is not signed in.
pub enum NotSignedIn {
    Page { next: String },
    Api,
    Failed(WebError),
}

impl IntoResponse for NotSignedIn {
    fn into_response(self) -> Response {
        match self {
            NotSignedIn::Page { next } => {
                let next = url_encode(&next);
                Redirect::to(&format!("/sign-in?next={next}")).into_response()
            }
            NotSignedIn::Api => ApiError(WebError::Unauthorised).into_response(),
            NotSignedIn::Failed(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<WebState> for SignedIn {
    type Rejection = NotSignedIn;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> std::result::Result<Self, Self::Rejection> {
        let path = parts.uri.path();
        let refuse = || {
            if path.starts_with("/api/") {
                NotSignedIn::Api
            } else {
                let next = parts
                    .uri
                    .path_and_query()
                    .map_or("/", |p| p.as_str())
                    .to_string();
                NotSignedIn::Page { next }
            }
        };
        let Some(token) = cookie_token(&parts.headers) else {
            return Err(refuse());
        };
        let found = state
            .sessions
            .find(&token, state.clock.now())
            .map_err(|e| NotSignedIn::Failed(e.into()))?;
        let Some(WebSession {
            username: Some(username),
            csrf,
            ..
        }) = found
        else {
            return Err(refuse());
        };
        let account = state
            .accounts
            .get(&username)
            .map_err(|e| NotSignedIn::Failed(e.into()))?
            .ok_or_else(refuse)?;
        Ok(SignedIn {
            account,
            token,
            csrf,
        })
    }
}

/// Percent-encodes everything but unreserved characters, for a query value.
pub fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-23T08:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_password_is_stored_hashed_and_checked() {
        let store = Store::temporary().unwrap();
        let accounts = Accounts::open(&store).unwrap();
        let account = accounts
            .add(
                NewAccount {
                    username: "jo",
                    name: "Jo Office",
                    role: StaffRole::Office,
                    school: None,
                    password: "correct horse battery",
                },
                now(),
            )
            .unwrap();
        assert!(account.password_hash.starts_with("$argon2id$"));
        assert!(!account.password_hash.contains("correct horse"));
        assert!(
            accounts
                .verify("jo", "correct horse battery")
                .unwrap()
                .is_some()
        );
        assert!(
            accounts
                .verify("jo", "wrong horse battery")
                .unwrap()
                .is_none()
        );
        assert!(
            accounts
                .verify("nobody", "correct horse battery")
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn bad_accounts_are_refused_and_change_nothing() {
        let store = Store::temporary().unwrap();
        let accounts = Accounts::open(&store).unwrap();
        let new = |username, password| NewAccount {
            username,
            name: "Jo",
            role: StaffRole::Office,
            school: None,
            password,
        };
        assert!(
            accounts
                .add(new("Jo Smith", "long enough password"), now())
                .is_err()
        );
        assert!(accounts.add(new("jo", "short"), now()).is_err());
        assert!(accounts.all().unwrap().is_empty());
        accounts
            .add(new("jo", "long enough password"), now())
            .unwrap();
        assert!(
            accounts
                .add(new("jo", "another long password"), now())
                .is_err()
        );
        assert!(
            accounts
                .verify("jo", "long enough password")
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn sessions_expire_and_are_found_by_token_only() {
        let store = Store::temporary().unwrap();
        let sessions = Sessions::open(&store).unwrap();
        let (token, session) = sessions.start("jo", now()).unwrap();
        assert_ne!(token, session.csrf);
        assert_eq!(sessions.find(&token, now()).unwrap(), Some(session));
        assert!(sessions.find("made-up", now()).unwrap().is_none());
        let later = now() + Duration::hours(SESSION_HOURS);
        assert_eq!(sessions.purge_expired(now()).unwrap(), 0);
        assert_eq!(sessions.purge_expired(later).unwrap(), 1);
        assert!(sessions.find(&token, later).unwrap().is_none());
    }

    #[test]
    fn the_session_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_static("theme=dark; absence_line_session=abc123; x=y"),
        );
        assert_eq!(cookie_token(&headers).as_deref(), Some("abc123"));
        let cookie = session_cookie("abc123", true);
        let text = cookie.to_str().unwrap();
        for attribute in ["HttpOnly", "Secure", "SameSite=Lax"] {
            assert!(text.contains(attribute), "{text}");
        }
        let plain = session_cookie("abc123", false);
        let text = plain.to_str().unwrap();
        assert!(
            !text.contains("Secure"),
            "plain http keeps the cookie: {text}"
        );
        assert!(text.contains("HttpOnly"), "{text}");
    }
}
