//! DKIM verified in-process for mail posted to `/email/inbound`, against
//! a DNS server on loopback that publishes the signing key in DNS's real
//! wire format (RFC 1035), and a message signed by mail-auth's signer.

use crate::support;

use std::net::{SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use absence_line::channels::email::dkim::{DkimFindings, DkimVerifier};
use base64::Engine;
use mail_auth::common::crypto::Ed25519Key;
use mail_auth::common::headers::HeaderWriter;
use mail_auth::dkim::DkimSigner;
use support::{SchoolDir, http};

/// RFC 8032's first Ed25519 test vector: a published key, not a secret.
const SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const PUBLIC: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const SELECTOR: &str = "s1";

fn bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// `message` with a DKIM-Signature for `domain` made with the test key.
fn signed(message: &str, domain: &str) -> String {
    let key = Ed25519Key::from_seed_and_public_key(&bytes(SEED), &bytes(PUBLIC)).unwrap();
    let signature = DkimSigner::from_key(key)
        .domain(domain)
        .selector(SELECTOR)
        .headers(["From", "To", "Subject", "Message-ID"])
        .sign(message.as_bytes())
        .unwrap();
    format!("{}{message}", signature.to_header())
}

/// Answers TXT queries for `s1._domainkey.<domain>` with the test key's
/// record; every other name does not exist.
struct KeyServer {
    address: SocketAddr,
    queries: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl KeyServer {
    fn start(domain: &str) -> KeyServer {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let address = socket.local_addr().unwrap();
        let queries = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let name = format!("{SELECTOR}._domainkey.{domain}");
        let record = format!(
            "v=DKIM1; k=ed25519; p={}",
            base64::engine::general_purpose::STANDARD.encode(bytes(PUBLIC))
        );
        let (counted, stopped) = (queries.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 512];
            while !stopped.load(Ordering::SeqCst) {
                let Ok((len, from)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                counted.fetch_add(1, Ordering::SeqCst);
                if let Some(reply) = answer(&buf[..len], &name, &record) {
                    let _ = socket.send_to(&reply, from);
                }
            }
        });
        KeyServer {
            address,
            queries,
            stop,
        }
    }

    fn queries(&self) -> usize {
        self.queries.load(Ordering::SeqCst)
    }
}

impl Drop for KeyServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

const TXT: u16 = 16;

/// The reply to one query: the record for `name`'s TXT, else NXDOMAIN.
fn answer(query: &[u8], name: &str, record: &str) -> Option<Vec<u8>> {
    let (asked, type_at) = question_name(query)?;
    let qtype = u16::from_be_bytes([query[type_at], query[type_at + 1]]);
    let found = asked.eq_ignore_ascii_case(name) && qtype == TXT;
    let mut reply = Vec::with_capacity(512);
    reply.extend_from_slice(&query[..2]); // the query's id
    reply.push(0x84 | (query[2] & 0x01)); // a response, authoritative, RD as asked
    reply.push(if found { 0x80 } else { 0x83 }); // RA; no error or NXDOMAIN
    reply.extend_from_slice(&[0, 1, 0, u8::from(found), 0, 0, 0, 0]);
    reply.extend_from_slice(&query[12..type_at + 4]); // the question again
    if found {
        reply.extend_from_slice(&[0xc0, 12]); // its name, by pointer
        reply.extend_from_slice(&TXT.to_be_bytes());
        reply.extend_from_slice(&1u16.to_be_bytes()); // class IN
        reply.extend_from_slice(&300u32.to_be_bytes()); // TTL
        let strings: Vec<&[u8]> = record.as_bytes().chunks(255).collect();
        let length: usize = strings.iter().map(|s| s.len() + 1).sum();
        reply.extend_from_slice(&(length as u16).to_be_bytes());
        for string in strings {
            reply.push(string.len() as u8);
            reply.extend_from_slice(string);
        }
    }
    Some(reply)
}

/// The question's name and where its type field starts.
fn question_name(query: &[u8]) -> Option<(String, usize)> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *query.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).into_owned());
        at += len;
    }
    query.get(at + 3)?;
    Some((labels.join("."), at))
}

const MESSAGE: &str = "From: Grace <grace.okafor@example.org>\r\nTo: absence@fernhill.example.org\r\nSubject: Millie\r\nMessage-ID: <k1@example.org>\r\n\r\nMillie is ill today\r\n";

#[tokio::test]
async fn a_signature_made_with_the_published_key_passes() {
    let dns = KeyServer::start("example.org");
    let verifier = DkimVerifier::new(Some(dns.address));
    let findings = verifier
        .check(signed(MESSAGE, "example.org").as_bytes())
        .await;
    assert_eq!(findings.passed, vec!["example.org".to_string()]);
    assert!(findings.failed.is_empty(), "{findings:?}");
}

#[tokio::test]
async fn a_changed_body_or_an_unpublished_key_fails() {
    let dns = KeyServer::start("example.org");
    let verifier = DkimVerifier::new(Some(dns.address));

    let tampered = signed(MESSAGE, "example.org").replace("ill today", "in today");
    let findings = verifier.check(tampered.as_bytes()).await;
    assert!(findings.passed.is_empty(), "{findings:?}");
    // A body that no longer matches its hash is "neutral" to mail-auth,
    // a bad signature "fail": either way not a pass.
    assert!(
        findings.failed[0].ends_with(" d=example.org"),
        "{findings:?}"
    );

    // Signed for a domain whose key the DNS does not hold.
    let findings = verifier
        .check(signed(MESSAGE, "elsewhere.example").as_bytes())
        .await;
    assert!(findings.passed.is_empty(), "{findings:?}");
    assert_eq!(findings.failed.len(), 1, "{findings:?}");
}

#[tokio::test]
async fn an_unsigned_message_looks_nothing_up() {
    let dns = KeyServer::start("example.org");
    let verifier = DkimVerifier::new(Some(dns.address));
    assert_eq!(
        verifier.check(MESSAGE.as_bytes()).await,
        DkimFindings::none()
    );
    assert_eq!(dns.queries(), 0);
}

/// The demo school taking posted mail, with no receiving server to vouch:
/// only a signature verified by the daemon can.
fn school_checking_dkim_with(dns: &KeyServer) -> SchoolDir {
    let school = SchoolDir::new(&format!(
        "[channels.email]\naddress = \"absence@fernhill.example.org\"\n\
         dkim_name_server = \"{}\"\n",
        dns.address
    ));
    let config = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("# api_token =", "api_token =");
    std::fs::write(school.config(), config).unwrap();
    school
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "{what} did not happen");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_daemon_believes_a_verified_signature_and_not_a_broken_one() {
    let dns = KeyServer::start("example.org");
    let school = school_checking_dkim_with(&dns);
    let daemon = support::Daemon::start(&school.config(), &[("ABSENCE_LINE_API_TOKEN", "t0ken")]);
    let post = |raw: &str| {
        let (status, body) = http(
            daemon.addr,
            "POST",
            "/email/inbound",
            &[("Authorization", "Bearer t0ken")],
            raw.as_bytes(),
        );
        assert_eq!(status, 200, "{body}");
    };
    let outbox = school.path().join("outbox.log");
    let lines = || std::fs::read_to_string(&outbox).unwrap_or_default();

    post(&signed(MESSAGE, "example.org"));
    wait_for("the reply to Millie's mother", || {
        lines().contains("\"to\":\"grace.okafor@example.org\"")
    });

    // Words changed after signing: the office hears, the address does not.
    let altered = signed(&MESSAGE.replace("k1@", "k2@"), "example.org")
        .replace("ill today", "better, ignore the call");
    post(&altered);
    wait_for("the office's notice", || lines().contains("d=example.org"));
    let to_mother = lines()
        .lines()
        .filter(|line| line.contains("\"to\":\"grace.okafor@example.org\""))
        .count();
    assert_eq!(
        to_mother,
        1,
        "one reply, to the verified message only: {}",
        lines()
    );
}
