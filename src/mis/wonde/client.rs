//! Wonde's REST API over HTTP: bearer token, pages followed through
//! `meta.pagination.next`, rate limits (429 with `Retry-After`) and server
//! errors retried a few times, and a session register posted back.
//!
//! The client knows nothing of pupils or registers: [`super::mapping`]
//! reads what it returns.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::redact::Redacted;

const CHANNEL: &str = "wonde";
/// Attempts at one request before the sync gives up until next time.
const ATTEMPTS: u32 = 4;
/// The longest a `Retry-After` is honoured; a longer one fails this sync
/// and the next scheduled one tries again.
const LONGEST_WAIT: Duration = Duration::from_secs(120);
/// Records per page asked for (Wonde's maximum).
pub const PER_PAGE: u32 = 200;
const TIMEOUT: Duration = Duration::from_secs(30);

/// How the client waits before a retry: real sleeping in the daemon, a
/// record of the waits in tests.
pub trait Pause: Send + Sync {
    fn pause(&self, wait: Duration) -> BoxFuture<'_, ()>;
}

/// Waits in real time.
pub struct Sleep;

impl Pause for Sleep {
    fn pause(&self, wait: Duration) -> BoxFuture<'_, ()> {
        Box::pin(tokio::time::sleep(wait))
    }
}

/// One school's API in Wonde.
#[derive(Clone)]
pub struct WondeClient {
    http: reqwest::Client,
    /// Wonde's API root, without a final `/`.
    base_url: String,
    school_id: String,
    token: String,
    pause: Arc<dyn Pause>,
}

/// One page of a list, as Wonde sends it.
#[derive(serde::Deserialize)]
struct Page<T> {
    data: Vec<T>,
    #[serde(default)]
    meta: Option<Meta>,
}

#[derive(serde::Deserialize)]
struct Meta {
    #[serde(default)]
    pagination: Option<Pagination>,
}

#[derive(serde::Deserialize)]
struct Pagination {
    #[serde(default)]
    next: Option<String>,
}

impl WondeClient {
    pub fn new(
        base_url: &str,
        school_id: &str,
        token: String,
        pause: Arc<dyn Pause>,
    ) -> Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| Error::Channel {
                channel: CHANNEL,
                message: format!("building the HTTP client: {e}"),
            })?;
        let base_url = base_url.trim_end_matches('/').to_string();
        Ok(WondeClient {
            http,
            base_url,
            school_id: school_id.to_string(),
            token,
            pause,
        })
    }

    /// The path of one of the school's endpoints (`students`).
    pub fn school_path(&self, endpoint: &str) -> String {
        format!("schools/{}/{endpoint}", self.school_id)
    }

    /// Every record of a list endpoint (`schools/{id}/students`,
    /// `attendance-codes`), following the pages to the end.
    pub async fn list<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<Vec<T>> {
        let mut url = reqwest::Url::parse(&format!("{}/{path}", self.base_url)).map_err(|e| {
            Error::Channel {
                channel: CHANNEL,
                message: format!("the URL for {path}: {e}"),
            }
        })?;
        url.query_pairs_mut()
            .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())))
            .append_pair("per_page", &PER_PAGE.to_string());
        let mut records = Vec::new();
        let mut next = Some(url.to_string());
        while let Some(url) = next.take() {
            // The token goes only to Wonde: a `next` elsewhere is refused.
            if !url.starts_with(&self.base_url) {
                return Err(Error::Channel {
                    channel: CHANNEL,
                    message: format!("{path}: the next page is not on {}", self.base_url),
                });
            }
            let page: Page<T> = self.send(|| self.http.get(&url), path).await?;
            records.extend(page.data);
            next = page
                .meta
                .and_then(|m| m.pagination)
                .and_then(|p| p.next)
                .filter(|n| !n.is_empty());
        }
        Ok(records)
    }

    /// Posts a body to an endpoint and returns Wonde's answer.
    pub async fn post<B: Serialize + Sync>(&self, path: &str, body: &B) -> Result<Value> {
        let url = format!("{}/{path}", self.base_url);
        self.send(|| self.http.post(&url).json(body), path).await
    }

    /// Sends a request, retrying rate limits and server errors.
    async fn send<T: DeserializeOwned>(
        &self,
        request: impl Fn() -> reqwest::RequestBuilder,
        path: &str,
    ) -> Result<T> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = request()
                .bearer_auth(&self.token)
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .await;
            let wait = match outcome {
                Ok(response) if response.status().is_success() => {
                    return response.json::<T>().await.map_err(|e| Error::Channel {
                        channel: CHANNEL,
                        message: format!(
                            "{path}: Wonde's answer is not what its API documents: {e}"
                        ),
                    });
                }
                Ok(response) => {
                    let status = response.status();
                    let retry_after = response
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(Duration::from_secs);
                    let said = wonde_error(response).await;
                    match status.as_u16() {
                        429 => match retry_after.unwrap_or(Duration::from_secs(30)) {
                            wait if wait <= LONGEST_WAIT => {
                                Retry::After(wait, format!("{path}: rate limited{said}"))
                            }
                            wait => Retry::No(format!(
                                "{path}: rate limited for {}s{said}; the next scheduled sync tries again",
                                wait.as_secs()
                            )),
                        },
                        401 | 403 => Retry::No(format!(
                            "{path}: Wonde refused the token (HTTP {status}){said}: check [school.wonde] \
                             token, and that the school has approved the app's access"
                        )),
                        500..=599 => {
                            Retry::After(backoff(attempt), format!("{path}: HTTP {status}{said}"))
                        }
                        _ => Retry::No(format!("{path}: HTTP {status}{said}")),
                    }
                }
                Err(e) => Retry::After(backoff(attempt), format!("{path}: {e}")),
            };
            match wait {
                Retry::After(wait, message) if attempt < ATTEMPTS => {
                    tracing::warn!(attempt, wait_seconds = wait.as_secs(), message = %Redacted(&message), "Wonde: retrying");
                    self.pause.pause(wait).await;
                }
                Retry::After(_, message) | Retry::No(message) => {
                    return Err(Error::Channel {
                        channel: CHANNEL,
                        message,
                    });
                }
            }
        }
    }
}

enum Retry {
    After(Duration, String),
    No(String),
}

/// 1, 2, 4 … seconds after a server error.
fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1 << (attempt - 1).min(5))
}

/// Wonde's own words about an error (`{"error": …, "error_description": …}`
/// or `{"message": …}`), as `: …`, or nothing.
async fn wonde_error(response: reqwest::Response) -> String {
    let Ok(body) = response.json::<Value>().await else {
        return String::new();
    };
    ["error_description", "message", "error"]
        .iter()
        .find_map(|key| body.get(*key).and_then(Value::as_str))
        .map(|said| format!(": {}", said.chars().take(200).collect::<String>()))
        .unwrap_or_default()
}
