//! The command as a school's IT technician uses it, run as a process.

use crate::support;

use predicates::prelude::*;
use support::{SchoolDir, http};

#[test]
fn check_config_accepts_the_shipped_config_and_names_a_bad_key() {
    let school = SchoolDir::new("");
    school
        .command()
        .arg("check-config")
        .assert()
        .success()
        .stdout(predicate::str::contains("is valid"));

    let bad = SchoolDir::new("");
    let text = std::fs::read_to_string(bad.config())
        .unwrap()
        .replace("register_closes = \"09:15\"", "register_close = \"09:15\"");
    std::fs::write(bad.config(), text).unwrap();
    bad.command().arg("check-config").assert().failure().stderr(
        predicate::str::contains("unknown field `register_close`")
            .and(predicate::str::contains("config.toml:")),
    );
}

#[test]
fn importing_the_roster_twice_changes_nothing_the_second_time() {
    let school = SchoolDir::new("");
    let import = |s: &SchoolDir| {
        let mut cmd = s.command();
        cmd.args(["import", "roster", "demo/pupils.csv", "demo/contacts.csv"]);
        cmd
    };
    import(&school)
        .assert()
        .success()
        .stdout(predicate::str::contains("32 added"));
    import(&school)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("no change"));

    let listed = school
        .command()
        .args(["pupils", "--json"])
        .output()
        .unwrap();
    let pupils: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(pupils.as_array().unwrap().len(), 32);
    assert_eq!(pupils[0]["known_as"], "Millie");
}

#[test]
fn a_bad_row_names_file_row_and_column_and_leaves_the_store_as_it_was() {
    let school = SchoolDir::new("");
    school.import_demo_roster();
    let before = school
        .command()
        .args(["pupils", "--json", "--all"])
        .output()
        .unwrap()
        .stdout;

    let pupils = std::fs::read_to_string(school.path().join("demo/pupils.csv")).unwrap();
    let mut lines: Vec<&str> = pupils.lines().collect();
    lines.remove(2);
    let broken = lines.join("\n").replace(",Y4,", ",Year 4,");
    std::fs::write(school.path().join("broken.csv"), broken).unwrap();
    school
        .command()
        .args(["import", "roster", "broken.csv", "demo/contacts.csv"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("broken.csv: row ")
                .and(predicate::str::contains("column `year`")),
        );
    let after = school
        .command()
        .args(["pupils", "--json", "--all"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(
        before, after,
        "nothing changed: no pupil was marked as left"
    );
}

#[test]
fn serve_answers_healthz_and_stops_cleanly_on_sigterm() {
    let school = SchoolDir::new("");
    let daemon = school.start();
    let (status, body) = http(daemon.addr, "GET", "/healthz", &[], b"");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"status\":\"ok\""), "{body}");
    let log = daemon.log.clone();
    let exit = daemon.terminate();
    assert!(exit.success(), "exit {exit:?}: {:?}", log.lock().unwrap());
    assert!(
        log.lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("stopped cleanly"))
    );
}

#[test]
fn an_error_is_one_plain_line_for_a_person_whatever_the_environment() {
    let school = SchoolDir::new("");
    let output = school
        .command()
        .env("RUST_BACKTRACE", "full")
        .env("RUST_LIB_BACKTRACE", "1")
        .args([
            "import",
            "roster",
            "no-such-pupils.csv",
            "demo/contacts.csv",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("no-such-pupils.csv"), "{stderr}");
    for noise in ["backtrace", "Caused by", "src/", "rustc"] {
        assert!(!stderr.contains(noise), "{noise} in: {stderr}");
    }
}

#[test]
fn a_busy_port_names_the_setting_to_change() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let school = SchoolDir::new("");
    let config = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("127.0.0.1:0", &format!("127.0.0.1:{port}"));
    std::fs::write(school.config(), config).unwrap();
    school
        .command()
        .arg("serve")
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .failure()
        .stderr(predicate::str::contains("[http] listen"));
}
