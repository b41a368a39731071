//! The admin socket: a Unix socket in the data folder, `admin.sock`, on
//! which the daemon takes one request per connection (a JSON line) and
//! answers with one JSON reply. It is created readable and writable by the
//! daemon's own user alone (0600, in a 0700 folder): whoever can use it
//! can do anything the commands can.

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixListener;

use super::{AdminRequest, Context, Request};
use crate::clock::SharedClock;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::redact::Redacted;
use crate::shutdown::Shutdown;
use crate::store::Store;

/// The socket's file name in the data folder.
const SOCKET_FILE: &str = "admin.sock";

/// The longest request taken: a request names files, it never carries them.
const MAX_REQUEST_BYTES: u64 = 1 << 20;

/// The socket's path for a data folder.
pub fn socket_path(data: &Path) -> PathBuf {
    data.join(SOCKET_FILE)
}

/// The daemon's reply to one request: the answer, or why not.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Reply<T> {
    Done(T),
    Refused(String),
}

impl<T: Serialize> Reply<T> {
    /// The reply as one line; an answer that cannot be written is refused.
    pub(super) fn to_bytes(&self) -> Vec<u8> {
        match serde_json::to_vec(self) {
            Ok(mut bytes) => {
                bytes.push(b'\n');
                bytes
            }
            Err(error) => Reply::refused(format!("the answer could not be written: {error}")),
        }
    }
}

impl Reply<()> {
    pub(super) fn refused(why: String) -> Vec<u8> {
        Reply::<()>::Refused(why).to_bytes()
    }
}

/// A running daemon, as the commands reach it.
pub struct Daemon {
    stream: UnixStream,
}

impl Daemon {
    /// The daemon serving this data folder, if one is running: its socket
    /// accepts a connection. A stale socket file (the daemon was killed)
    /// refuses it, and counts as no daemon.
    pub fn find(data: &Path) -> Option<Daemon> {
        UnixStream::connect(socket_path(data))
            .ok()
            .map(|stream| Daemon { stream })
    }

    /// Sends one request and waits for the daemon's answer.
    pub fn ask<R: AdminRequest>(mut self, request: R) -> Result<R::Answer> {
        let lost = |e: std::io::Error| Error::io("talking to the running daemon", e);
        let mut line = serde_json::to_vec(&request.into())
            .map_err(|e| Error::Store(format!("writing the request: {e}")))?;
        line.push(b'\n');
        self.stream.write_all(&line).map_err(lost)?;
        self.stream
            .shutdown(std::net::Shutdown::Write)
            .map_err(lost)?;
        let mut reply = Vec::new();
        self.stream.read_to_end(&mut reply).map_err(lost)?;
        let reply: Reply<R::Answer> = serde_json::from_slice(&reply).map_err(|e| {
            Error::Store(format!(
                "the running daemon's answer could not be read ({e}); \
                 is it the same version as this command?"
            ))
        })?;
        match reply {
            Reply::Done(answer) => Ok(answer),
            Reply::Refused(message) => Err(Error::Refused(message)),
        }
    }
}

/// The daemon's side, bound before the daemon starts serving.
pub struct AdminSocket {
    listener: UnixListener,
    path: PathBuf,
}

impl AdminSocket {
    /// Binds the socket in the data folder, private to this user. The
    /// caller holds the store, so no other daemon uses this folder: a
    /// socket file already there was left by one that was killed, and is
    /// replaced.
    pub fn bind(data: &Path) -> Result<AdminSocket> {
        let path = socket_path(data);
        let cannot = |e| Error::io(format!("opening the admin socket {}", path.display()), e);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(cannot(e)),
            _ => {}
        }
        let listener = UnixListener::bind(&path).map_err(cannot)?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).map_err(cannot)?;
        Ok(AdminSocket { listener, path })
    }

    /// Answers requests until shutdown, each on a blocking thread (the
    /// work reads and writes the store), then removes the socket file.
    pub async fn serve(
        self,
        store: Store,
        config: Arc<Config>,
        clock: SharedClock,
        mut shutdown: Shutdown,
    ) {
        // Requests in hand are finished before the daemon flushes and stops.
        let mut in_hand = tokio::task::JoinSet::new();
        loop {
            while in_hand.try_join_next().is_some() {}
            let stream = tokio::select! {
                accepted = self.listener.accept() => accepted,
                _ = shutdown.requested() => break,
            };
            match stream {
                Ok((stream, _)) => {
                    let (store, config, clock) = (store.clone(), config.clone(), clock.clone());
                    in_hand.spawn(answer(stream, store, config, clock));
                }
                Err(error) => tracing::warn!(%error, "the admin socket could not accept"),
            }
        }
        while in_hand.join_next().await.is_some() {}
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Reads one request, does its work and writes the reply.
async fn answer(
    mut stream: tokio::net::UnixStream,
    store: Store,
    config: Arc<Config>,
    clock: SharedClock,
) {
    let (read, mut write) = stream.split();
    let mut line = Vec::new();
    let bytes = match BufReader::new(read)
        .take(MAX_REQUEST_BYTES)
        .read_until(b'\n', &mut line)
        .await
    {
        Err(error) => Reply::refused(format!("reading the request: {error}")),
        Ok(_) => match serde_json::from_slice::<Request>(&line) {
            Err(error) => Reply::refused(format!("not a request this daemon knows: {error}")),
            Ok(request) => {
                let work = tokio::task::spawn_blocking(move || {
                    request.perform_reply(&Context {
                        store: &store,
                        config: &config,
                        now: clock.now(),
                    })
                });
                work.await.unwrap_or_else(|error| {
                    tracing::error!(error = %Redacted(&error), "an admin request panicked");
                    Reply::refused("the daemon failed doing this; see its log".into())
                })
            }
        },
    };
    if let Err(error) = write.write_all(&bytes).await {
        tracing::warn!(%error, "the admin socket's reply was not delivered");
    }
}
