//! The CLI as a school's technician uses it, run as a process:
//! init → check-config → import roster (twice) → a bad row → pupils --json.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn absence_line(config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("absence-line").unwrap();
    cmd.arg("--config").arg(config).env_remove("RUST_LOG");
    cmd
}

/// Everything the roster holds, read through the library once the process
/// has exited, to compare a store before and after a refused import.
fn roster_dump(data_dir: &Path) -> String {
    let store = absence_line::store::Store::open(data_dir).unwrap();
    let roster = absence_line::roster::Roster::open(&store).unwrap();
    let mut dump = Vec::new();
    for pupil in roster.all_pupils("fernhill").unwrap() {
        let contacts = roster.contacts_of(&pupil.upn).unwrap();
        for contact in &contacts {
            if let Some(mobile) = &contact.mobile {
                assert!(roster.contacts_by_phone(mobile).unwrap().contains(contact));
            }
        }
        dump.push(serde_json::json!({"pupil": pupil, "contacts": contacts}));
    }
    serde_json::to_string(&dump).unwrap()
}

#[test]
fn init_check_import_twice_refuse_a_bad_row_and_list() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("school");
    let config = dir.join("config.toml");

    Command::cargo_bin("absence-line")
        .unwrap()
        .arg("init")
        .arg(&dir)
        .assert()
        .success();
    Command::cargo_bin("absence-line")
        .unwrap()
        .arg("init")
        .arg(&dir)
        .assert()
        .failure()
        .stderr(predicate::str::contains("never overwrites"));

    absence_line(&config)
        .arg("check-config")
        .assert()
        .success()
        .stdout(predicate::str::contains("is valid"));

    let pupils = dir.join("pupils.csv");
    let contacts = dir.join("contacts.csv");
    absence_line(&config)
        .args(["import", "roster"])
        .arg(&pupils)
        .arg(&contacts)
        .assert()
        .success()
        .stdout(predicate::str::contains("32 added"));
    absence_line(&config)
        .args(["import", "roster"])
        .arg(&pupils)
        .arg(&contacts)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("no change"));

    // A bad mobile on the third data row (row 4 counting the header).
    let before = roster_dump(&dir.join("data"));
    let text = std::fs::read_to_string(&contacts).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut fields: Vec<&str> = lines[3].split(',').collect();
    fields[5] = "07700-9001";
    lines[3] = fields.join(",");
    let bad = dir.join("bad-contacts.csv");
    std::fs::write(&bad, lines.join("\n")).unwrap();
    absence_line(&config)
        .args(["import", "roster"])
        .arg(&pupils)
        .arg(&bad)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad-contacts.csv: row 4, column `mobile`",
        ));
    assert!(
        before == roster_dump(&dir.join("data")),
        "the store is exactly as before"
    );

    let output = absence_line(&config)
        .args(["pupils", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let pupils: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let pupils = pupils.as_array().unwrap();
    assert_eq!(pupils.len(), 32);
    assert!(
        pupils
            .iter()
            .any(|p| p["known_as"] == "Millie" && p["last_name"] == "Okafor")
    );
}

#[test]
fn check_config_names_the_key_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    Command::cargo_bin("absence-line")
        .unwrap()
        .arg("init")
        .arg(dir)
        .assert()
        .success();
    let config = dir.join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("register_closes = \"09:15\"", "register_close = \"09:15\""),
    )
    .unwrap();
    absence_line(&config)
        .arg("check-config")
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown field `register_close`"))
        .stderr(predicate::str::contains("config.toml:"));

    std::fs::write(&config, &text).unwrap();
    std::fs::remove_file(dir.join("bank-holidays.json")).unwrap();
    absence_line(&config)
        .arg("check-config")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "school[0].calendar.bank_holidays: file",
        ));
}

#[test]
fn an_imported_calendar_is_kept_and_reimporting_it_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    Command::cargo_bin("absence-line")
        .unwrap()
        .arg("init")
        .arg(dir)
        .assert()
        .success();
    let config = dir.join("config.toml");
    let ics = dir.join("term-dates.ics");
    absence_line(&config)
        .args(["import", "calendar"])
        .arg(&ics)
        .args(["--school", "fernhill"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 terms, 4 closures imported"));
    absence_line(&config)
        .args(["import", "calendar"])
        .arg(&ics)
        .args(["--school", "fernhill"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no change"));
    absence_line(&config)
        .args(["import", "calendar"])
        .arg(&ics)
        .args(["--school", "elsewhere"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no such school"));
}
