//! Email both ways through real servers started here: Dovecot (Debian's
//! `dovecot-imapd`) for IMAP and `aiosmtpd` (PyPI) for SMTP, each in a
//! temporary folder on a free port of 127.0.0.1.

use crate::support;

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use absence_line::channels::email::imap::{ImapSettings, PollSummary};
use absence_line::channels::email::smtp::SmtpSettings;
use absence_line::channels::email::{EmailIntake, ImapPoller, SmtpMailer};
use absence_line::clock::SimulatedClock;
use absence_line::config::Config;
use absence_line::config::Tls;
use absence_line::inbound::{Attachments, Inbox, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Role, Transport};
use absence_line::schools::Schools;
use absence_line::store::Store;
use mail_parser::{MessageParser, MimeHeaders};

const USER: &str = "absence";
const PASSWORD: &str = "mailbox-secret";

/// A server process, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16, child: &mut Child, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("{what} exited: {status}");
        }
        assert!(Instant::now() < deadline, "{what} did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn which(program: &str) -> Option<PathBuf> {
    [
        "/usr/sbin",
        "/usr/bin",
        "/sbin",
        "/bin",
        "/usr/local/sbin",
        "/usr/local/bin",
    ]
    .iter()
    .map(|dir| Path::new(dir).join(program))
    .find(|path| path.exists())
}

fn whoami() -> (String, u32) {
    let out = |args: &[&str]| {
        String::from_utf8(Command::new("id").args(args).output().unwrap().stdout)
            .unwrap()
            .trim()
            .to_string()
    };
    (out(&["-un"]), out(&["-u"]).parse().unwrap())
}

/// Dovecot in the foreground with a passwd-file user and maildir storage.
/// As root, mail is kept as the `dovecot` user (Dovecot refuses root);
/// otherwise everything runs as the current user.
fn start_dovecot() -> Server {
    let dovecot =
        which("dovecot").expect("dovecot is not installed: apt-get install dovecot-imapd");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let port = free_port();
    let (me, uid) = whoami();
    let (internal, login, mail_user) = if uid == 0 {
        (
            "dovecot".to_string(),
            "dovenull".to_string(),
            "dovecot".to_string(),
        )
    } else {
        (me.clone(), me.clone(), me)
    };
    std::fs::create_dir_all(dir.path().join("mail")).unwrap();
    if uid == 0 {
        Command::new("chmod").args(["755", &d]).status().unwrap();
        Command::new("chown")
            .args([&format!("{mail_user}:"), &format!("{d}/mail")])
            .status()
            .unwrap();
    }
    std::fs::write(
        dir.path().join("passwd"),
        format!("{USER}:{{PLAIN}}{PASSWORD}\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("dovecot.conf"),
        format!(
            r#"base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{d}/mail/%u
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_user} home={d}/mail/%u
}}
"#
        ),
    )
    .unwrap();
    let mut child = Command::new(dovecot)
        .args(["-F", "-c", &format!("{d}/dovecot.conf")])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(port, &mut child, "dovecot");
    Server {
        child,
        port,
        _dir: dir,
    }
}

/// aiosmtpd keeping every message it receives in a maildir.
fn start_smtp() -> (Server, PathBuf) {
    let installed = || {
        Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if !installed() {
        let _ = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "aiosmtpd"])
            .status();
    }
    assert!(installed(), "aiosmtpd is missing: pip install aiosmtpd");
    let dir = tempfile::tempdir().unwrap();
    let maildir = dir.path().join("received");
    let port = free_port();
    let mut child = Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
            &maildir.display().to_string(),
        ])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(port, &mut child, "aiosmtpd");
    (
        Server {
            child,
            port,
            _dir: dir,
        },
        maildir,
    )
}

/// Puts a message in a mailbox over IMAP, as a mail server's delivery would.
async fn deliver(port: u16, mailbox: &str, raw: &str) {
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    let mut session = client.login(USER, PASSWORD).await.map_err(|e| e.0).unwrap();
    session
        .append(mailbox, None, None, raw.as_bytes())
        .await
        .unwrap();
    session.logout().await.unwrap();
}

/// How many messages a mailbox holds.
async fn count(port: u16, mailbox: &str) -> u32 {
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    let mut session = client.login(USER, PASSWORD).await.map_err(|e| e.0).unwrap();
    let exists = session.examine(mailbox).await.unwrap().exists;
    session.logout().await.unwrap();
    exists
}

const OUTLOOK_REPLY: &str = "From: \"Grace Okafor\" <grace.okafor@example.org>\r
To: absence@fernhill.example.org\r
Subject: RE: Millie not in school\r
Message-ID: <AM0PR01MB5555@eurprd01.prod.outlook.com>\r
In-Reply-To: <chase-day1@fernhill.example.org>\r
References: <chase-day1@fernhill.example.org>\r
MIME-Version: 1.0\r
Content-Type: multipart/mixed; boundary=\"_mixed_\"\r
\r
--_mixed_\r
Content-Type: multipart/alternative; boundary=\"_alt_\"\r
\r
--_alt_\r
Content-Type: text/plain; charset=\"utf-8\"\r
Content-Transfer-Encoding: quoted-printable\r
\r
Sorry, Millie has been sick in the night =E2=80=93 she=E2=80=99ll be off to=\r
day.\r
\r
From: Fernhill Primary <absence@fernhill.example.org>\r
Sent: Monday, November 23, 2026 9:30 AM\r
Subject: Millie not in school\r
\r
> Millie is not in school today. Please let us know why.\r
\r
--_alt_\r
Content-Type: text/html; charset=\"utf-8\"\r
\r
<html><body><p>Sorry, Millie has been sick in the night</p></body></html>\r
--_alt_--\r
\r
--_mixed_\r
Content-Type: image/png\r
Content-Disposition: attachment; filename=\"gp-note.png\"\r
Content-Transfer-Encoding: base64\r
\r
iVBORw0KGgo=\r
--_mixed_--\r
";

const HTML_ONLY: &str = "From: tunde@example.org\r
To: absence@fernhill.example.org\r
Subject: Ben\r
Message-ID: <html-only-1@example.org>\r
MIME-Version: 1.0\r
Content-Type: text/html; charset=\"utf-8\"\r
\r
<html><body><div>Ben has a dentist appointment at <b>10:30</b>,<br>back by lunch.</div></body></html>\r
";

/// What the school's receiving server adds on top of a message whose
/// sender it checked.
const VOUCHED: &str = "Authentication-Results: mx.fernhill.example.org;\r
 dkim=pass (2048-bit key) header.d=example.org header.s=s1;\r
 spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org\r
";

/// A poller reading Dovecot's INBOX into `store`, believing only
/// mx.fernhill.example.org's Authentication-Results.
fn poller(port: u16, store: &Store) -> (ImapPoller, Inbox, Attachments) {
    let inbox = Inbox::open(store).unwrap();
    let attachments = Attachments::open(store).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap();
    let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
    let intake = EmailIntake::new(
        inbox.clone(),
        attachments.clone(),
        Schools::from_config(&config, None).unwrap(),
        Some("mx.fernhill.example.org"),
    );
    let poller = ImapPoller::new(
        ImapSettings {
            host: "127.0.0.1".into(),
            port,
            tls: Tls::None,
            username: USER.into(),
            password: PASSWORD.into(),
            mailbox: "INBOX".into(),
            processed_mailbox: "Processed".into(),
            poll_every: Duration::from_secs(60),
        },
        intake,
        Arc::new(SimulatedClock::starting_at(
            "2026-11-23T07:45:00Z".parse().unwrap(),
        )),
    );
    (poller, inbox, attachments)
}

#[tokio::test]
async fn imap_believes_a_sender_only_on_the_receiving_servers_word() {
    let dovecot = start_dovecot();
    // The sender wrote a passing header of their own; the receiving
    // server's, on top, says DKIM failed.
    let forged_below = format!(
        "Authentication-Results: mx.fernhill.example.org; dkim=fail header.d=example.org; dmarc=fail\r\n\
         {VOUCHED}{}",
        OUTLOOK_REPLY.replace("AM0PR01MB5555", "forged-1")
    );
    let from_elsewhere = VOUCHED.replace("mx.fernhill.example.org", "mx.attacker.example")
        + &OUTLOOK_REPLY.replace("AM0PR01MB5555", "forged-2");
    deliver(dovecot.port, "INBOX", &format!("{VOUCHED}{OUTLOOK_REPLY}")).await;
    deliver(dovecot.port, "INBOX", &forged_below).await;
    deliver(dovecot.port, "INBOX", &from_elsewhere).await;
    deliver(
        dovecot.port,
        "INBOX",
        &OUTLOOK_REPLY.replace("AM0PR01MB5555", "unsigned-1"),
    )
    .await;

    let store = Store::temporary().unwrap();
    let (poller, inbox, _) = poller(dovecot.port, &store);
    assert_eq!(poller.poll_once().await.unwrap().stored, 4);
    let sender_of = |id: &str| {
        inbox
            .all()
            .unwrap()
            .into_iter()
            .find(|e| e.message.provider_id.starts_with(id))
            .unwrap()
            .message
            .from
    };
    assert_eq!(
        sender_of("AM0PR01MB5555"),
        Sender::Email {
            address: "grace.okafor@example.org".into()
        }
    );
    for (id, why) in [
        ("forged-1", "dkim=fail dmarc=fail"),
        (
            "forged-2",
            "no Authentication-Results from mx.fernhill.example.org",
        ),
        (
            "unsigned-1",
            "no Authentication-Results from mx.fernhill.example.org",
        ),
    ] {
        assert_eq!(
            sender_of(id),
            Sender::UnverifiedEmail {
                address: "grace.okafor@example.org".into(),
                why: why.into()
            },
            "{id}"
        );
    }
}

#[tokio::test]
async fn imap_mail_is_stored_once_and_moved_and_smtp_replies_thread() {
    let dovecot = start_dovecot();
    deliver(dovecot.port, "INBOX", &format!("{VOUCHED}{OUTLOOK_REPLY}")).await;
    deliver(dovecot.port, "INBOX", HTML_ONLY).await;

    let store = Store::temporary().unwrap();
    let (poller, inbox, attachments) = poller(dovecot.port, &store);
    let first = poller.poll_once().await.unwrap();
    assert_eq!(
        first,
        PollSummary {
            stored: 2,
            duplicates: 0
        }
    );
    assert_eq!(count(dovecot.port, "INBOX").await, 0);
    assert_eq!(count(dovecot.port, "Processed").await, 2);

    let stored = inbox.all().unwrap();
    let outlook = stored
        .iter()
        .find(|e| e.message.provider_id == "AM0PR01MB5555@eurprd01.prod.outlook.com")
        .expect("the Outlook reply is one inbox message");
    assert!(outlook.message.text.for_parser().starts_with(
        "Sorry, Millie has been sick in the night \u{2013} she\u{2019}ll be off today."
    ));
    assert!(
        outlook
            .message
            .text
            .for_parser()
            .contains("Please let us know why."),
        "quote kept"
    );
    assert_eq!(
        outlook.message.in_reply_to.as_deref(),
        Some("chase-day1@fernhill.example.org")
    );
    assert_eq!(
        outlook.message.from,
        Sender::Email {
            address: "grace.okafor@example.org".into()
        }
    );
    let note = &outlook.message.attachments[0];
    assert_eq!(note.filename, Some("gp-note.png".into()));
    assert_eq!(
        attachments
            .bytes(note.stored_as.as_deref().unwrap())
            .unwrap()
            .unwrap(),
        b"\x89PNG\r\n\x1a\n"
    );
    let html = stored
        .iter()
        .find(|e| e.message.provider_id == "html-only-1@example.org")
        .unwrap();
    assert!(
        matches!(html.message.from, Sender::UnverifiedEmail { .. }),
        "no Authentication-Results: not believed"
    );
    assert!(
        html.message
            .text
            .for_parser()
            .contains("Ben has a dentist appointment at 10:30"),
        "{}",
        html.message.text.for_parser()
    );
    assert!(
        html.message.text.for_parser().contains("back by lunch"),
        "{}",
        html.message.text.for_parser()
    );
    assert!(!html.message.text.for_parser().contains('<'));

    // Nothing is read twice; a message seen again after a crash between
    // storing and moving is recognised.
    assert_eq!(poller.poll_once().await.unwrap(), PollSummary::default());
    deliver(dovecot.port, "INBOX", HTML_ONLY).await;
    assert_eq!(
        poller.poll_once().await.unwrap(),
        PollSummary {
            stored: 0,
            duplicates: 1
        }
    );
    assert_eq!(inbox.all().unwrap().len(), 2);

    // The reply goes out over SMTP, threaded under the parent's message.
    let (smtp, maildir) = start_smtp();
    let mailer = SmtpMailer::new(SmtpSettings {
        host: "127.0.0.1".into(),
        port: smtp.port,
        tls: Tls::None,
        login: None,
        from: "absence@fernhill.example.org".into(),
    })
    .unwrap();
    let reply = OutboundMessage {
        school: Some("fernhill".into()),
        channel: Channel::Email,
        to: "grace.okafor@example.org".into(),
        role: Role::Contact(1),
        pupils: vec!["F000000000100".into()],
        kind: "ack".into(),
        subject: Some("Absence recorded: Millie".into()),
        text: "Thanks — we've recorded Millie as absent today (illness).".into(),
        html: Some(
            "<p>Thanks — we've recorded <b>Millie</b> as absent today (illness).</p>".into(),
        ),
        in_reply_to: Some(outlook.message.provider_id.clone()),
        choices: vec![],
        not_before: None,
    };
    let delivery = mailer.send(&reply).await.unwrap();
    let message_id = delivery.provider_id.unwrap();

    let new = maildir.join("new");
    let deadline = Instant::now() + Duration::from_secs(10);
    let raw = loop {
        if let Some(file) = std::fs::read_dir(&new).ok().and_then(|mut d| d.next()) {
            break std::fs::read(file.unwrap().path()).unwrap();
        }
        assert!(Instant::now() < deadline, "nothing reached the SMTP server");
        std::thread::sleep(Duration::from_millis(100));
    };
    let received = MessageParser::default().parse(&raw).unwrap();
    assert_eq!(received.message_id(), Some(message_id.as_str()));
    assert_eq!(
        received.in_reply_to().as_text(),
        Some("AM0PR01MB5555@eurprd01.prod.outlook.com")
    );
    assert_eq!(
        received.references().as_text(),
        Some("AM0PR01MB5555@eurprd01.prod.outlook.com")
    );
    assert_eq!(received.subject(), Some("Absence recorded: Millie"));
    assert_eq!(
        received.from().unwrap().first().unwrap().address(),
        Some("absence@fernhill.example.org")
    );
    assert_eq!(
        received.content_type().unwrap().subtype(),
        Some("alternative")
    );
    assert!(
        received
            .body_text(0)
            .unwrap()
            .contains("we've recorded Millie")
    );
    assert!(received.body_html(0).unwrap().contains("<b>Millie</b>"));
}

/// A message in a right-to-left language is laid out that way in the
/// family's mail client: the plain text gains an HTML part marked `rtl`.
#[tokio::test]
async fn an_urdu_reply_reaches_the_mail_server_marked_right_to_left() {
    let (smtp, maildir) = start_smtp();
    let mailer = SmtpMailer::new(SmtpSettings {
        host: "127.0.0.1".into(),
        port: smtp.port,
        tls: Tls::None,
        login: None,
        from: "absence@fernhill.example.org".into(),
    })
    .unwrap();
    let text = "Fernhill Primary: شکریہ — ہم نے علی کی غیر حاضری درج کر لی ہے: آج (بیماری)۔";
    let ack = OutboundMessage {
        school: Some("fernhill".into()),
        channel: Channel::Email,
        to: "sadia.hussain@example.org".into(),
        role: Role::Contact(1),
        pupils: vec!["F000000000100".into()],
        kind: "ack_absence".into(),
        subject: Some("غیر حاضری درج کر لی گئی: علی".into()),
        text: text.into(),
        html: None,
        in_reply_to: None,
        choices: vec![],
        not_before: None,
    };
    mailer.send(&ack).await.unwrap();
    let raw = received_by(&maildir, "sadia.hussain@example.org");
    let received = MessageParser::default().parse(&raw).unwrap();
    assert_eq!(received.body_text(0).unwrap().trim_end(), text);
    let html = received.body_html(0).unwrap();
    assert!(html.contains(r#"dir="rtl""#), "{html}");
    assert!(html.contains("شکریہ"), "{html}");
}

/// The first message in a maildir addressed to `to`, waiting up to a minute.
fn received_by(maildir: &Path, to: &str) -> Vec<u8> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        for file in std::fs::read_dir(maildir.join("new")).into_iter().flatten() {
            let raw = std::fs::read(file.unwrap().path()).unwrap();
            let message = MessageParser::default().parse(&raw).unwrap();
            let addressed = message
                .to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .is_some_and(|a| a == to);
            if addressed {
                return raw;
            }
        }
        assert!(Instant::now() < deadline, "no email reached {to}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daemon_reads_the_mailbox_and_answers_by_smtp_in_the_same_thread() {
    let dovecot = start_dovecot();
    let (smtp, maildir) = start_smtp();
    deliver(dovecot.port, "INBOX", &format!("{VOUCHED}{OUTLOOK_REPLY}")).await;
    let school = support::SchoolDir::new(&format!(
        r#"
[channels.email]
address = "absence@fernhill.example.org"
authserv_id = "mx.fernhill.example.org"
smtp = {{ host = "127.0.0.1", port = {smtp}, tls = "none" }}
imap = {{ host = "127.0.0.1", port = {imap}, tls = "none", username = "{USER}", password = {{ file = "imap_password" }}, poll_seconds = 1 }}
"#,
        smtp = smtp.port,
        imap = dovecot.port,
    ));
    std::fs::write(school.path().join("imap_password"), PASSWORD).unwrap();
    let config = school.config();
    let daemon = tokio::task::spawn_blocking(move || support::Daemon::start(&config, &[]))
        .await
        .unwrap();

    let ack_dir = maildir.clone();
    let raw =
        tokio::task::spawn_blocking(move || received_by(&ack_dir, "grace.okafor@example.org"))
            .await
            .unwrap();
    let ack = MessageParser::default().parse(&raw).unwrap();
    assert_eq!(
        ack.in_reply_to().as_text(),
        Some("AM0PR01MB5555@eurprd01.prod.outlook.com"),
        "the acknowledgement threads under the parent's email"
    );
    assert_eq!(ack.subject(), Some("RE: Millie not in school"));
    assert!(ack.body_text(0).unwrap().contains("Millie"));
    assert_eq!(count(dovecot.port, "INBOX").await, 0);
    assert_eq!(count(dovecot.port, "Processed").await, 1);
    tokio::task::spawn_blocking(move || daemon.terminate())
        .await
        .unwrap();
}
