//! The staff screen in a real browser: starts `absence-line serve` on the
//! demo school with parents' messages and a register seeded, then runs
//! `tests/browser/staff_screen.mjs` (playwright-core driving headless
//! Chromium). Skips, saying so, when Chromium, Node or playwright-core is
//! not installed (CI installs them: see `.ci/run`).
//!
//! `ABSENCE_LINE_SCREENSHOT_DIR=docs cargo test --test web_browser` also
//! saves screenshots of Today at desktop and phone widths.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Command;

use absence_line::domain::{Channel, Code, Mark, Provenance, Session, SessionDate};
use absence_line::inbound::{InboundMessage, Inbox, Sender};
use absence_line::register::{RegisterBook, Source};
use absence_line::store::Store;
use support::{SchoolDir, repo};

const DATE: &str = "2026-11-23";
const PASSWORD: &str = "correct horse battery staple";

/// Parents' messages that morning (and one from a stranger).
const MESSAGES: &[(&str, &str, &str)] = &[
    (
        "07:40",
        "+447700900100",
        "Millie has been sick in the night so she won't be in today",
    ),
    (
        "07:50",
        "+447700900109",
        "Harvey won't be in today. His dad hit him last night and he is scared to come home",
    ),
    (
        "08:05",
        "+447700900103",
        "Mo has a dentist appointment at 10, he will be in after",
    ),
    (
        "08:20",
        "+447700900121",
        "Rhys is running late, car wont start, be there by 9.30",
    ),
    (
        "08:31",
        "+447700900999",
        "Hi it's Zac's mum, he's got a temperature so staying home",
    ),
];

/// The morning register from the MIS: `N` for these, present for the rest
/// of those listed.
const ABSENT: &[&str] = &[
    "F000000000100",
    "F000000000105",
    "F000000000111",
    "F000000000131",
];
const PRESENT: &[&str] = &["F000000000101", "F000000000103", "F000000000120"];

fn found(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

fn browser_dir() -> PathBuf {
    repo().join("tests/browser")
}

/// Why the browser test cannot run here, if it cannot.
fn missing() -> Option<String> {
    if !chromium().exists() {
        return Some(format!(
            "no Chromium at {} (apt-get install -y chromium)",
            chromium().display()
        ));
    }
    if !found("node", "--version") {
        return Some("no node on PATH".into());
    }
    if !browser_dir().join("node_modules/playwright-core").exists() {
        return Some("no playwright-core (cd tests/browser && npm install)".into());
    }
    None
}

fn seed(data_dir: &Path) {
    let store = Store::open(data_dir).unwrap();
    let inbox = Inbox::open(&store).unwrap();
    for (n, (time, from, text)) in MESSAGES.iter().enumerate() {
        inbox
            .accept(InboundMessage {
                channel: Channel::Sms,
                provider_id: format!("SMseed{n}"),
                from: Sender::Phone {
                    number: (*from).into(),
                },
                school: Some("fernhill".into()),
                subject: None,
                text: (*text).into(),
                received_at: format!("{DATE}T{time}:00Z").parse().unwrap(),
                in_reply_to: None,
                attachments: vec![],
            })
            .unwrap();
    }
    let register = RegisterBook::open(&store).unwrap();
    let marks = ABSENT
        .iter()
        .map(|u| (u, Code::NoReasonYet))
        .chain(PRESENT.iter().map(|u| (u, Code::PresentAm)));
    for (upn, code) in marks {
        register
            .record(
                Source::Mis,
                Mark {
                    school: "fernhill".into(),
                    upn: (*upn).into(),
                    session: SessionDate::new(DATE.parse().unwrap(), Session::Am),
                    code: Some(code),
                    arrival: None,
                    provenance: Provenance::Mis,
                    recorded_at: format!("{DATE}T09:20:00+00:00").parse().unwrap(),
                },
                "register",
                "mis",
            )
            .unwrap();
    }
    store.flush().unwrap();
}

#[test]
fn office_staff_amend_a_reported_absence_in_a_real_browser() {
    if let Some(why) = missing() {
        println!("SKIPPED web_browser: {why}");
        return;
    }
    let school = SchoolDir::new("");
    // The demo config imports the demo roster when the daemon starts,
    // before any stored message is processed.
    for (user, role) in [("office1", "office"), ("dsl1", "dsl")] {
        school
            .command()
            .args(["staff", "add", user, "--role", role, "--name", user])
            .write_stdin(format!("{PASSWORD}\n"))
            .assert()
            .success();
    }
    seed(&school.path().join("data"));
    let daemon = school.start();

    let mut node = Command::new("node");
    node.arg(browser_dir().join("staff_screen.mjs"))
        .current_dir(browser_dir())
        .env("BASE_URL", format!("http://{}", daemon.addr))
        .env("DATE", DATE)
        .env("OFFICE_USER", "office1")
        .env("DSL_USER", "dsl1")
        .env("PASSWORD", PASSWORD)
        .env("CHROMIUM", chromium());
    if let Some(dir) = std::env::var_os("ABSENCE_LINE_SCREENSHOT_DIR") {
        node.env("SCREENSHOT_DIR", std::path::absolute(dir).unwrap());
    }
    let output = node.output().expect("run node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(
        output.status.success(),
        "the browser checks failed:\n{stdout}\n{stderr}\ndaemon log:\n{}",
        daemon.log.lock().unwrap().join("\n")
    );
    assert!(stdout.contains("ok - the DSL sees the safeguarding message"));
}
