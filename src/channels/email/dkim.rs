//! DKIM checked here, for mail a server posts to `/email/inbound`.
//!
//! A message read from the school's own mailbox was checked by the server
//! that received it, which says so in its `Authentication-Results`. A
//! message posted over HTTP may have come through anything, so its DKIM
//! signatures are verified in-process: the signing domain's public key is
//! looked up in DNS and the signed headers and body checked against it.
//! A signature that verifies only vouches for the `From:` when its domain
//! is aligned with the `From:` domain (see `authentication::judge`).

use std::net::SocketAddr;
use std::time::Duration;

use mail_auth::hickory_resolver::config::{
    ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts,
};
use mail_auth::{AuthenticatedMessage, DkimResult, MessageAuthenticator};

/// How long one key lookup may take: a posted message waits for it.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(3);

/// Verifies DKIM signatures; cheap to clone.
#[derive(Clone)]
pub struct DkimVerifier {
    /// `None` when no DNS resolver could be set up: nothing verifies.
    authenticator: Option<MessageAuthenticator>,
}

/// What the signatures on one message showed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DkimFindings {
    /// Signing domains whose signature verified.
    pub passed: Vec<String>,
    /// Signatures that did not, as `d=example.org fail` for the office.
    pub failed: Vec<String>,
}

impl DkimFindings {
    /// For a message nothing was checked on here (read over IMAP).
    pub fn none() -> DkimFindings {
        DkimFindings::default()
    }
}

impl DkimVerifier {
    /// Looks keys up through the system's resolver (`/etc/resolv.conf`),
    /// or through `name_server` when the config names one.
    pub fn new(name_server: Option<SocketAddr>) -> DkimVerifier {
        let (config, mut options) = match name_server {
            Some(address) => {
                let mut udp = ConnectionConfig::udp();
                udp.port = address.port();
                let mut tcp = ConnectionConfig::tcp();
                tcp.port = address.port();
                let server = NameServerConfig::new(address.ip(), true, vec![udp, tcp]);
                (
                    ResolverConfig::from_parts(None, vec![], vec![server]),
                    ResolverOpts::default(),
                )
            }
            None => match mail_auth::hickory_resolver::system_conf::read_system_conf() {
                Ok(found) => found,
                Err(error) => {
                    tracing::warn!(%error, "no DNS resolver: DKIM on posted mail is not checked");
                    return DkimVerifier {
                        authenticator: None,
                    };
                }
            },
        };
        options.timeout = LOOKUP_TIMEOUT;
        options.attempts = 1;
        let authenticator = MessageAuthenticator::new(config, options)
            .inspect_err(|error| {
                tracing::warn!(%error, "no DNS resolver: DKIM on posted mail is not checked");
            })
            .ok();
        DkimVerifier { authenticator }
    }

    /// Verifies every DKIM signature on `raw`. A message with none looks
    /// nothing up.
    pub async fn check(&self, raw: &[u8]) -> DkimFindings {
        let mut findings = DkimFindings::default();
        let Some(message) = AuthenticatedMessage::parse(raw) else {
            return findings;
        };
        if message.dkim_headers.is_empty() {
            return findings;
        }
        let Some(authenticator) = &self.authenticator else {
            findings
                .failed
                .push("dkim=temperror (no DNS resolver here)".into());
            return findings;
        };
        for output in authenticator.verify_dkim(&message).await {
            let domain = output
                .signature()
                .map(|s| s.d.to_ascii_lowercase())
                .unwrap_or_default();
            match output.result() {
                DkimResult::Pass if !domain.is_empty() => findings.passed.push(domain),
                result => findings
                    .failed
                    .push(format!("dkim={} d={domain}", result_name(result))),
            }
        }
        findings
    }
}

/// RFC 8601's names for a DKIM result.
fn result_name(result: &DkimResult) -> &'static str {
    match result {
        DkimResult::Pass => "pass",
        DkimResult::Neutral(_) => "neutral",
        DkimResult::Fail(_) => "fail",
        DkimResult::PermError(_) => "permerror",
        DkimResult::TempError(_) => "temperror",
        DkimResult::None => "none",
    }
}
