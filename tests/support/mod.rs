//! Shared by the process-level tests: a throw-away school folder and a
//! running daemon to talk to.
#![allow(dead_code)]

mod fixtures;
pub mod twilio;
#[allow(unused_imports)]
pub use fixtures::*;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The repository's own folder.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A folder with a config for the demo school (listening on a free port),
/// the demo roster, and the shipped templates and flows. `extra` is
/// appended to the config.
pub struct SchoolDir {
    pub dir: tempfile::TempDir,
}

impl SchoolDir {
    pub fn new(extra: &str) -> SchoolDir {
        let dir = tempfile::tempdir().unwrap();
        let config = std::fs::read_to_string(repo().join("config.toml"))
            .unwrap()
            .replace("listen = \"127.0.0.1:8080\"", "listen = \"127.0.0.1:0\"");
        std::fs::write(dir.path().join("config.toml"), format!("{config}\n{extra}")).unwrap();
        for folder in ["demo", "messages", "flows"] {
            copy_dir(&repo().join(folder), &dir.path().join(folder));
        }
        SchoolDir { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// The command, run in the school folder with its config.
    pub fn command(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::cargo_bin("absence-line").unwrap();
        cmd.current_dir(self.path())
            .env("ABSENCE_LINE_CONFIG", self.config())
            .env("RUST_LOG", "info");
        cmd
    }

    /// Starts `absence-line serve` and waits until it is listening.
    pub fn start(&self) -> Daemon {
        Daemon::start(&self.config(), &[])
    }

    /// Imports the demo roster with `import roster`.
    pub fn import_demo_roster(&self) {
        self.command()
            .args(["import", "roster", "demo/pupils.csv", "demo/contacts.csv"])
            .assert()
            .success();
    }

    /// Turns on the config's API token line: the staff API then takes the
    /// token in `ABSENCE_LINE_API_TOKEN`.
    pub fn open_api(&self) {
        let config = std::fs::read_to_string(self.config()).unwrap();
        let with_token = config.replace("# api_token = ", "api_token = ");
        assert_ne!(config, with_token, "the demo config names the API token");
        std::fs::write(self.config(), with_token).unwrap();
    }

    /// Where the rehearsal channel writes each message the daemon sends.
    pub fn outbox_log(&self) -> PathBuf {
        self.path().join("rehearsal/outbox.log")
    }
}

/// The messages in a rehearsal outbox log, oldest first. Every line must
/// be whole: a torn line would be a message half sent.
pub fn logged_messages(log: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(|line| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("a torn line in the outbox log ({e}): {line}"))
        })
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    if !from.exists() {
        return;
    }
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A running daemon process; killed when dropped.
pub struct Daemon {
    pub child: Child,
    pub addr: SocketAddr,
    pub log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Daemon {
    pub fn start(config: &Path, env: &[(&str, &str)]) -> Daemon {
        Daemon::start_with(config, &[], env)
    }

    /// Starts `serve` with extra arguments and waits until it listens.
    pub fn start_with(config: &Path, args: &[&str], env: &[(&str, &str)]) -> Daemon {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("absence-line"))
            .arg("serve")
            .arg("--config")
            .arg(config)
            .args(args)
            .envs(env.iter().copied())
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start absence-line serve");
        let stderr = child.stderr.take().unwrap();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(addr) = line.split("address=").nth(1) {
                    let _ = tx.send(addr.split_whitespace().next().unwrap_or("").to_string());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("the daemon did not start: {:?}", log.lock().unwrap()));
        Daemon {
            child,
            addr: addr.parse().unwrap(),
            log,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        self.signal("TERM");
        self.exit_status(Duration::from_secs(30))
            .expect("the daemon did not stop on SIGTERM")
    }

    /// Sends the signal named `name` (`STOP`, `CONT`, `TERM` …).
    pub fn signal(&self, name: &str) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args([&format!("-{name}"), &pid])
            .status()
            .unwrap();
        assert!(sent.success(), "kill -{name} {pid}");
    }

    /// Waits up to `limit` for the process to exit; its status, if it did.
    pub fn exit_status(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// How many lines of the daemon's log so far contain `text`.
    pub fn logged(&self, text: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains(text))
            .count()
    }

    /// Kills the process at once, as a crash would.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Monday 23 November's morning register from the MIS, posted with the
/// API token `token`: the pupil `upn` absent, no reason.
pub fn post_mis_register(daemon: &Daemon, token: &str, upn: &str) {
    let body = format!(
        r#"{{"school":"fernhill","date":"2026-11-23","session":"am","marks":[{{"upn":"{upn}","code":"N"}}]}}"#
    );
    let (status, reply) = http(
        daemon.addr,
        "POST",
        "/api/register",
        &[
            ("Authorization", &format!("Bearer {token}")),
            ("Content-Type", "application/json"),
        ],
        body.as_bytes(),
    );
    assert_eq!(status, 200, "{reply}");
}

/// A plain HTTP/1.1 request over a TCP stream: status and body.
pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let answer = request(addr, method, path, headers, body);
    (answer.status, answer.body)
}

/// A response: status, headers (names in lower case) and body.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A plain HTTP/1.1 request on its own connection, answered in full. A
/// body the server refuses early may not all be sent.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Millie Okafor (A100), Year 3 at Fernhill, on roll.
pub fn millie() -> absence_line::domain::Pupil {
    absence_line::domain::Pupil {
        school: "fernhill".into(),
        upn: "A100".into(),
        first_name: "Millie".into(),
        last_name: "Okafor".into(),
        known_as: None,
        year: absence_line::domain::Year::Y(3),
        flags: vec![],
        left_on: None,
    }
}

/// Grace Okafor, Millie's mother, on +447700900123, written to in English.
pub fn millies_mother() -> absence_line::domain::Contact {
    absence_line::domain::Contact {
        upn: "A100".into(),
        priority: 1,
        name: "Grace Okafor".into(),
        relationship: Some("mother".into()),
        parental_responsibility: true,
        mobile: Some("+447700900123".into()),
        email: None,
        language: "en".into(),
        telegram_chat: None,
    }
}
