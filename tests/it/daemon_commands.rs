//! The daemon as those who run it use it: the commands work while it runs
//! (it holds the store, so they ask it over its admin socket), and on
//! their own when it does not; a backup taken while webhooks arrive
//! restores to the same records; Prometheus reads what it counted.

use crate::support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use predicates::str::contains;
use support::{Daemon, SchoolDir, http};

/// An email from a parent on the demo roster, as the mail relay posts it.
fn email(id: usize, text: &str) -> String {
    format!(
        "Authentication-Results: mx.fernhill.example.org; dkim=pass header.d=example.org\r\n\
         From: Grace <grace.okafor@example.org>\r\nTo: absence@fernhill.example.org\r\n\
         Message-ID: <cmd-{id}@example.org>\r\nSubject: Millie\r\n\
         Content-Type: text/plain\r\n\r\n{text}\r\n"
    )
}

/// A school whose mail relay posts to `/email/inbound` with the API token,
/// and whose receiving mail server vouches for senders.
fn school_with_api_token() -> SchoolDir {
    let school = SchoolDir::new(
        "[channels.email]\naddress = \"absence@fernhill.example.org\"\n\
         authserv_id = \"mx.fernhill.example.org\"\n",
    );
    let config = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("# api_token =", "api_token =");
    std::fs::write(school.config(), config).unwrap();
    school
}

fn start(school: &SchoolDir) -> Daemon {
    Daemon::start(
        &school.config(),
        &[
            ("ABSENCE_LINE_API_TOKEN", "t0ken"),
            ("ABSENCE_LINE_METRICS_TOKEN", "scrape-me"),
        ],
    )
}

fn post_email(daemon: &Daemon, id: usize, text: &str) {
    let (status, body) = http(
        daemon.addr,
        "POST",
        "/email/inbound",
        &[("Authorization", "Bearer t0ken")],
        email(id, text).as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "{what} did not happen");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The tables of a backup file, as written.
fn tables(backup: &Path) -> serde_json::Value {
    let backup: serde_json::Value =
        serde_json::from_slice(&std::fs::read(backup).unwrap()).unwrap();
    backup["snapshot"]["tables"].clone()
}

#[test]
fn every_command_works_while_the_daemon_runs() {
    let school = school_with_api_token();
    let daemon = start(&school);
    let socket = school.path().join("data/admin.sock");
    assert_eq!(mode(&socket), 0o600, "only the daemon's user may use it");

    let pupils = std::fs::read_to_string(school.path().join("demo/pupils.csv")).unwrap()
        + "fernhill,F000000000999,Zofia,Nowak,,Y2,\n";
    std::fs::write(school.path().join("new-pupils.csv"), pupils).unwrap();
    school
        .command()
        .args(["import", "roster", "new-pupils.csv", "demo/contacts.csv"])
        .assert()
        .success()
        .stdout(contains("1 added"));
    school
        .command()
        .args(["staff", "add", "sam", "--role", "dsl", "--name", "Sam Lead"])
        .write_stdin("a properly long password\n")
        .assert()
        .success()
        .stdout(contains("added sam (dsl)"));
    school
        .command()
        .args(["staff", "list"])
        .assert()
        .success()
        .stdout(contains("Sam Lead"));
    school
        .command()
        .args(["pupils", "--school", "fernhill"])
        .assert()
        .success()
        .stdout(contains("Zofia Nowak"))
        .stdout(contains("33 pupils"));
    school
        .command()
        .args(["pupils", "--school", "nowhere"])
        .assert()
        .failure()
        .stderr(contains("`nowhere` is not a school"));
    school
        .command()
        .args(["digest", "--school", "fernhill", "--date", "2026-11-23"])
        .assert()
        .success()
        .stdout(contains("Fernhill"));
    school
        .command()
        .args([
            "export",
            "codes",
            "--school",
            "fernhill",
            "--date",
            "2026-11-23",
        ])
        .assert()
        .success()
        .stdout(contains("upn,date,session,code"));
    school
        .command()
        .args([
            "report",
            "attendance",
            "--school",
            "fernhill",
            "--date",
            "2026-11-23",
        ])
        .assert()
        .success()
        .stdout(contains("F000000000999"));

    let (status, body) = http(daemon.addr, "GET", "/healthz", &[], b"");
    assert_eq!((status, body.contains("\"ok\"")), (200, true), "{body}");
    let log = daemon.log.lock().unwrap().join("\n");
    assert!(!log.contains("ERROR"), "{log}");
    assert!(!log.contains("Zofia"), "no personal data in the log: {log}");
    daemon.terminate();
    assert!(!socket.exists(), "a clean stop removes the socket");

    // With no daemon the same commands open the store themselves.
    school
        .command()
        .args(["staff", "list"])
        .assert()
        .success()
        .stdout(contains("Sam Lead"));
}

#[test]
fn a_socket_left_by_a_killed_daemon_is_passed_over() {
    let school = SchoolDir::new("");
    let daemon = school.start();
    let socket = school.path().join("data/admin.sock");
    daemon.kill();
    assert!(socket.exists(), "kill -9 leaves the socket file");
    school
        .command()
        .args(["pupils", "--school", "fernhill"])
        .assert()
        .success()
        .stdout(contains("32 pupils"));
    // The next daemon replaces it and answers on it.
    let daemon = school.start();
    school
        .command()
        .args(["pupils", "--school", "fernhill"])
        .assert()
        .success()
        .stdout(contains("32 pupils"));
    daemon.terminate();
}

#[test]
fn a_backup_taken_under_webhooks_restores_to_the_same_records() {
    let school = school_with_api_token();
    let daemon = start(&school);
    post_email(
        &daemon,
        0,
        "Millie won't be in, the police were at the house last night after her dad hit me",
    );
    let outbox_log = school.path().join("outbox.log");
    // The alert itself, not a DSL's digest that a daemon started near
    // 10:00 or 15:30 sends too.
    wait_for("the DSL's alert", || {
        std::fs::read_to_string(&outbox_log).is_ok_and(|log| {
            log.lines().any(|line| {
                line.contains("\"role\":\"dsl\"") && line.contains("\"kind\":\"safeguarding\"")
            })
        })
    });

    let backup = school.path().join("during.backup");
    std::thread::scope(|scope| {
        let traffic = scope.spawn(|| {
            for id in 1..=20 {
                post_email(
                    &daemon,
                    id,
                    "Millie has a temperature and is staying home today",
                );
            }
        });
        school
            .command()
            .arg("backup")
            .arg(&backup)
            .assert()
            .success()
            .stdout(contains("records"));
        traffic.join().unwrap();
    });
    assert_eq!(mode(&backup), 0o600);
    school
        .command()
        .arg("backup")
        .arg(&backup)
        .assert()
        .failure()
        .stderr(contains("exists"));
    school
        .command()
        .arg("restore")
        .arg(&backup)
        .assert()
        .failure()
        .stderr(contains("daemon is running"));
    let (status, _) = http(daemon.addr, "GET", "/healthz", &[], b"");
    assert_eq!(status, 200, "the daemon kept serving");
    daemon.terminate();

    school
        .command()
        .arg("restore")
        .arg(&backup)
        .assert()
        .failure()
        .stderr(contains("--replace"));
    school
        .command()
        .args(["restore", "--replace"])
        .arg(&backup)
        .assert()
        .success()
        .stdout(contains("moved the records that were there"));
    let again = school.path().join("restored.backup");
    school
        .command()
        .arg("backup")
        .arg(&again)
        .assert()
        .success();
    let (before, after) = (tables(&backup), tables(&again));
    assert_eq!(before, after, "the restored store holds what was backed up");
    let names: Vec<String> = before
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["rows"].as_array().unwrap().is_empty())
        .map(|t| {
            use base64::Engine;
            let name = t["name"].as_str().unwrap();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(name)
                .unwrap();
            String::from_utf8(bytes).unwrap()
        })
        .collect();
    for table in [
        "pupils",
        "register",
        "outbox",
        "safeguarding_records",
        "inbox",
    ] {
        assert!(names.iter().any(|n| n == table), "{table} in {names:?}");
    }
    let aside = std::fs::read_dir(school.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("data.before-restore-")
        });
    assert!(aside, "the replaced records are kept");
}

#[test]
fn prometheus_reads_what_the_daemon_counted() {
    let school = school_with_api_token();
    let daemon = start(&school);
    post_email(
        &daemon,
        1,
        "Millie has a temperature and is staying home today",
    );
    post_email(
        &daemon,
        1,
        "Millie has a temperature and is staying home today",
    );
    let scrape = || {
        let (status, body) = http(
            daemon.addr,
            "GET",
            "/metrics",
            &[("Authorization", "Bearer scrape-me")],
            b"",
        );
        assert_eq!(status, 200, "{body}");
        body
    };
    wait_for("the report parsed", || {
        scrape().contains("absence_line_parse_outcomes_total{code=\"I\",flag=\"none\"} 1")
    });
    let body = scrape();
    for line in [
        "absence_line_messages_in_total{channel=\"email\"} 1",
        "absence_line_webhook_seconds_count 2",
        "absence_line_safeguarding_alerts_total 0",
    ] {
        assert!(body.lines().any(|l| l == line), "no `{line}` in\n{body}");
    }
    assert!(
        !body.contains("Millie") && !body.contains("grace"),
        "{body}"
    );
    let (status, _) = http(daemon.addr, "GET", "/metrics", &[], b"");
    assert_eq!(status, 401);
    let (_, health) = http(daemon.addr, "GET", "/healthz", &[], b"");
    assert!(health.contains("\"status\":\"ok\""), "{health}");
    daemon.terminate();
}
