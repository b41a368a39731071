//! How a message leaves: one transport per channel, chosen at start-up.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;

use super::{Channel, OutboundMessage};

/// What the provider said when it took a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Delivery {
    /// The provider's id (Twilio's SID, the email Message-ID, Telegram's
    /// message id), kept so replies and status callbacks can be matched.
    pub provider_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: a timeout, a 5xx, a dropped connection.
    #[error("temporary failure: {0}")]
    Retry(String),
    /// Will never work as it is: a bad number, a blocked recipient, a 4xx.
    #[error("permanent failure: {0}")]
    Permanent(String),
}

pub trait Transport: Send + Sync {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>>;

    /// The provider's copies of `message` made since `since`, for a send
    /// that a restart cut off: if the provider already took it, it is not
    /// sent again. A transport that cannot ask its provider finds nothing,
    /// and the message is sent again (a duplicate beats a lost alert).
    fn find_sent<'a>(
        &'a self,
        message: &'a OutboundMessage,
        since: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<Delivery>, SendError>> {
        let _ = (message, since);
        Box::pin(async { Ok(Vec::new()) })
    }
}

/// The transport for each channel, with a fallback for channels that have
/// no credentials configured.
#[derive(Clone)]
pub struct Transports {
    by_channel: HashMap<Channel, Arc<dyn Transport>>,
    fallback: Arc<dyn Transport>,
}

impl Transports {
    /// Every channel goes to `fallback` until one is set.
    pub fn new(fallback: Arc<dyn Transport>) -> Self {
        Transports {
            by_channel: HashMap::new(),
            fallback,
        }
    }

    pub fn set(&mut self, channel: Channel, transport: Arc<dyn Transport>) {
        self.by_channel.insert(channel, transport);
    }

    pub fn has(&self, channel: Channel) -> bool {
        self.by_channel.contains_key(&channel)
    }

    pub fn for_channel(&self, channel: Channel) -> &Arc<dyn Transport> {
        self.by_channel.get(&channel).unwrap_or(&self.fallback)
    }
}

/// Appends each message as a JSON line to a local file: what the daemon
/// does with no credentials, so a newcomer sees it work at once.
pub struct LogTransport {
    path: PathBuf,
    file: Mutex<Option<std::fs::File>>,
}

impl LogTransport {
    pub fn new(path: PathBuf) -> Self {
        LogTransport {
            path,
            file: Mutex::new(None),
        }
    }

    fn append(&self, message: &OutboundMessage) -> std::io::Result<()> {
        let mut file = self.file.lock().expect("outbox log lock poisoned");
        if file.is_none() {
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            *file = Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&self.path)?,
            );
        }
        let file = file.as_mut().expect("opened above");
        let mut line = serde_json::to_vec(message).map_err(std::io::Error::other)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_data()
    }
}

impl Transport for LogTransport {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        Box::pin(async move {
            self.append(message)
                .map_err(|e| SendError::Retry(e.to_string()))?;
            Ok(Delivery::default())
        })
    }
}

/// Keeps every message it is given, in order: for `simulate` and tests.
#[derive(Clone, Default)]
pub struct RecordingTransport {
    sent: Arc<Mutex<Vec<OutboundMessage>>>,
}

impl RecordingTransport {
    pub fn sent(&self) -> Vec<OutboundMessage> {
        self.sent.lock().expect("recording lock poisoned").clone()
    }
}

impl Transport for RecordingTransport {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        self.sent
            .lock()
            .expect("recording lock poisoned")
            .push(message.clone());
        Box::pin(async { Ok(Delivery::default()) })
    }
}
