//! Reading the absence mailbox over IMAP.
//!
//! Each poll stores every message in the mailbox with the inbox (durably)
//! and only then moves it to the processed mailbox, so a crash between the
//! two means the message is read again and the inbox, which knows its
//! Message-ID, keeps it once.

use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use async_imap::Session;
use futures::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::broadcast;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{self, pki_types::ServerName};

use super::EmailIntake;
use super::dkim::DkimFindings;
use crate::clock::SharedClock;
use crate::config::Tls;
use crate::error::{Error, Result};
use crate::inbound::Accepted;
use crate::redact::Redacted;

/// Where and how to read mail.
#[derive(Debug, Clone)]
pub struct ImapSettings {
    pub host: String,
    pub port: u16,
    pub tls: Tls,
    pub username: String,
    pub password: String,
    pub mailbox: String,
    pub processed_mailbox: String,
    pub poll_every: Duration,
}

/// Reads the mailbox on a schedule; see the module docs.
pub struct ImapPoller {
    settings: ImapSettings,
    intake: EmailIntake,
    clock: SharedClock,
}

/// What one poll did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PollSummary {
    /// Messages stored for the first time.
    pub stored: usize,
    /// Messages the inbox already had (moved again after a crash).
    pub duplicates: usize,
}

fn imap_err(e: impl std::fmt::Display) -> Error {
    Error::channel("imap", e.to_string())
}

impl ImapPoller {
    /// A poller handing what it reads to `intake`.
    pub fn new(settings: ImapSettings, intake: EmailIntake, clock: SharedClock) -> Self {
        ImapPoller {
            settings,
            intake,
            clock,
        }
    }

    /// Polls until `shutdown`: at once, then every `poll_every`. A failed
    /// poll (server down, bad login) is logged and tried again next time.
    pub async fn run(self, mut shutdown: broadcast::Receiver<()>) -> Result<()> {
        loop {
            match self.poll_once().await {
                Ok(summary) if summary.stored > 0 => {
                    tracing::info!(stored = summary.stored, "read the absence mailbox")
                }
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(error = %Redacted(&error), "reading the absence mailbox failed")
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(self.settings.poll_every) => {}
                _ = shutdown.recv() => return Ok(()),
            }
        }
    }

    /// Connects, stores and moves every message waiting, and logs out.
    pub async fn poll_once(&self) -> Result<PollSummary> {
        let s = &self.settings;
        let tcp = TcpStream::connect((s.host.as_str(), s.port))
            .await
            .map_err(|e| Error::io(format!("connecting to IMAP {}:{}", s.host, s.port), e))?;
        match s.tls {
            Tls::None => self.poll_over(tcp).await,
            Tls::Tls => {
                let tls = tls_connector()
                    .connect(server_name(&s.host)?, tcp)
                    .await
                    .map_err(|e| Error::io(format!("TLS with IMAP {}", s.host), e))?;
                self.poll_over(tls).await
            }
            Tls::StartTls => Err(imap_err(
                "STARTTLS is not supported for IMAP: use tls = \"tls\" (port 993)",
            )),
        }
    }

    async fn poll_over<T>(&self, stream: T) -> Result<PollSummary>
    where
        T: AsyncRead + AsyncWrite + Unpin + Debug + Send,
    {
        let mut client = async_imap::Client::new(stream);
        client
            .read_response()
            .await
            .map_err(imap_err)?
            .ok_or_else(|| imap_err("the server closed the connection before greeting"))?;
        let mut session = client
            .login(&self.settings.username, &self.settings.password)
            .await
            .map_err(|(e, _)| imap_err(format!("login failed: {e}")))?;
        let summary = self.store_and_move(&mut session).await;
        // Logging out is a courtesy; what was stored and moved stays so.
        if let Err(error) = session.logout().await {
            tracing::debug!(%error, "IMAP logout failed");
        }
        summary
    }

    async fn store_and_move<T>(&self, session: &mut Session<T>) -> Result<PollSummary>
    where
        T: AsyncRead + AsyncWrite + Unpin + Debug + Send,
    {
        let processed = &self.settings.processed_mailbox;
        // Already there after the first run: that refusal is expected.
        if let Err(error) = session.create(processed).await {
            tracing::debug!(%error, "processed mailbox not created");
        }
        let can_move = session
            .capabilities()
            .await
            .map_err(imap_err)?
            .has_str("MOVE");
        session
            .select(&self.settings.mailbox)
            .await
            .map_err(imap_err)?;
        let mut uids: Vec<u32> = session
            .uid_search("ALL")
            .await
            .map_err(imap_err)?
            .into_iter()
            .collect();
        uids.sort_unstable();

        let mut summary = PollSummary::default();
        for uid in uids {
            let uid = uid.to_string();
            let fetched: Vec<_> = session
                .uid_fetch(&uid, "BODY.PEEK[]")
                .await
                .map_err(imap_err)?
                .try_collect()
                .await
                .map_err(imap_err)?;
            let Some(raw) = fetched.iter().find_map(|f| f.body()) else {
                continue;
            };
            // The receiving server checked this mailbox's mail and said so in its
            // Authentication-Results: nothing is verified again here.
            match self
                .intake
                .take(raw, self.clock.now(), &DkimFindings::none())?
            {
                Some(Accepted::Stored(_)) => summary.stored += 1,
                Some(Accepted::Duplicate(_)) => summary.duplicates += 1,
                // Nothing to read in it; moved aside so it is not fetched forever.
                None => tracing::warn!(uid, "an empty message in the absence mailbox"),
            }
            if can_move {
                session.uid_mv(&uid, processed).await.map_err(imap_err)?;
            } else {
                session.uid_copy(&uid, processed).await.map_err(imap_err)?;
                session
                    .uid_store(&uid, "+FLAGS.SILENT (\\Deleted)")
                    .await
                    .map_err(imap_err)?
                    .try_collect::<Vec<_>>()
                    .await
                    .map_err(imap_err)?;
                session
                    .expunge()
                    .await
                    .map_err(imap_err)?
                    .try_collect::<Vec<_>>()
                    .await
                    .map_err(imap_err)?;
            }
        }
        Ok(summary)
    }
}

fn tls_connector() -> TlsConnector {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("ring supports the default TLS versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    TlsConnector::from(Arc::new(config))
}

fn server_name(host: &str) -> Result<ServerName<'static>> {
    ServerName::try_from(host.to_string())
        .map_err(|e| imap_err(format!("`{host}` is not a host name: {e}")))
}
