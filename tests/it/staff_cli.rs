//! `absence-line staff`: accounts are made with the password on stdin,
//! never as an argument, and bad input changes nothing.

use crate::support;

use predicates::prelude::*;
use predicates::str::contains;
use support::SchoolDir;

#[test]
fn staff_accounts_are_added_from_stdin_and_listed() {
    let school = SchoolDir::new("");
    let add = |user: &str, password: &str| {
        school
            .command()
            .args(["staff", "add", user, "--role", "dsl", "--name", "Sam Lead"])
            .write_stdin(format!("{password}\n"))
            .assert()
    };
    add("sam", "too short")
        .failure()
        .stderr(contains("at least 12"));
    add("sam", "a properly long password")
        .success()
        .stdout(contains("added sam (dsl)"));
    add("sam", "a properly long password")
        .failure()
        .stderr(contains("already exists"));
    school
        .command()
        .args(["staff", "list"])
        .assert()
        .success()
        .stdout(contains("sam"))
        .stdout(contains("dsl"))
        .stdout(contains("properly").not());
    school
        .command()
        .args(["staff", "add", "jo", "--role", "teacher", "--name", "Jo"])
        .write_stdin("a properly long password\n")
        .assert()
        .failure()
        .stderr(contains("not a staff role"));
}
