//! The running daemon keeps what it writes to itself: the store's folder
//! and files, and the outbox log, are readable by its own user alone.

use crate::support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use support::{Daemon, SchoolDir, http};

const EMAIL: &str = "From: Grace <grace@example.org>\r\nTo: absence@fernhill.example.org\r\n\
Message-ID: <perm-1@example.org>\r\nSubject: Millie\r\n\
Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
Millie is ill today\r\n--b\r\nContent-Type: image/jpeg\r\n\
Content-Disposition: attachment; filename=note.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n\
/9j/4AAQ\r\n--b--\r\n";

/// Every path under `dir` (itself included) that others could read.
fn readable_by_others(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        found.push(format!("{} {mode:o}", dir.display()));
    }
    if dir.is_dir() {
        for entry in std::fs::read_dir(dir).unwrap() {
            found.extend(readable_by_others(&entry.unwrap().path()));
        }
    }
    found
}

#[test]
fn the_store_and_the_outbox_log_are_for_the_daemons_user_alone() {
    let school = SchoolDir::new("");
    let config = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("# api_token =", "api_token =");
    std::fs::write(school.config(), config).unwrap();
    let daemon = Daemon::start(&school.config(), &[("ABSENCE_LINE_API_TOKEN", "t0ken")]);
    let (status, body) = http(
        daemon.addr,
        "POST",
        "/email/inbound",
        &[("Authorization", "Bearer t0ken")],
        EMAIL.as_bytes(),
    );
    assert_eq!(status, 200, "{body}");

    let log = school.path().join("outbox.log");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !log.exists() {
        assert!(Instant::now() < deadline, "nothing reached the outbox log");
        std::thread::sleep(Duration::from_millis(100));
    }
    daemon.terminate();
    let data = school.path().join("data");
    assert!(data.is_dir());
    assert_eq!(readable_by_others(&data), Vec::<String>::new());
    assert_eq!(readable_by_others(&log), Vec::<String>::new());
}
