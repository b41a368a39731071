//! How a message leaves: one transport per channel, chosen at start-up.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;

use super::{Channel, OutboundMessage};
use crate::private_files;

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
///
/// A line's byte offset is its provider id. That lets a send cut off by a
/// crash, after the line was written but before the outbox heard, be found
/// in the log on restart instead of being written twice.
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

    /// Writes the message's line and waits until it is on disk; returns
    /// where the line starts.
    fn append(&self, message: &OutboundMessage) -> std::io::Result<u64> {
        let mut file = self.file.lock().expect("outbox log lock poisoned");
        if file.is_none() {
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                private_files::create_folder(dir)?;
            }
            *file = Some(private_files::open_append(&self.path)?);
        }
        let file = file.as_mut().expect("opened above");
        let offset = file.metadata()?.len();
        file.write_all(&log_line(message)?)?;
        file.sync_data()?;
        Ok(offset)
    }

    /// Every line that is exactly this message, as deliveries. The log
    /// keeps no times, so copies from before `since` are found too; the
    /// dispatcher passes over those already matched to another message.
    fn find(&self, message: &OutboundMessage) -> std::io::Result<Vec<Delivery>> {
        let _writing = self.file.lock().expect("outbox log lock poisoned");
        let log = match std::fs::read(&self.path) {
            Ok(log) => log,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let wanted = log_line(message)?;
        let mut found = Vec::new();
        let mut offset = 0;
        for line in log.split_inclusive(|&b| b == b'\n') {
            if line == wanted.as_slice() {
                found.push(log_delivery(offset as u64));
            }
            offset += line.len();
        }
        Ok(found)
    }
}

fn log_line(message: &OutboundMessage) -> std::io::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(message).map_err(std::io::Error::other)?;
    line.push(b'\n');
    Ok(line)
}

fn log_delivery(offset: u64) -> Delivery {
    Delivery {
        provider_id: Some(format!("log:{offset}")),
    }
}

impl Transport for LogTransport {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, Result<Delivery, SendError>> {
        Box::pin(async move {
            let offset = self
                .append(message)
                .map_err(|e| SendError::Retry(e.to_string()))?;
            Ok(log_delivery(offset))
        })
    }

    fn find_sent<'a>(
        &'a self,
        message: &'a OutboundMessage,
        _since: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<Delivery>, SendError>> {
        Box::pin(async move {
            self.find(message)
                .map_err(|e| SendError::Retry(e.to_string()))
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

    /// The messages sent after the first `count`, copying only those.
    pub fn sent_after(&self, count: usize) -> Vec<OutboundMessage> {
        let sent = self.sent.lock().expect("recording lock poisoned");
        sent.get(count..).unwrap_or_default().to_vec()
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
