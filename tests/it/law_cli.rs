//! The 2024 rules as the command shows them: thresholds in effect,
//! registers that close too late, and penalty notices recorded.

use crate::support;

use predicates::prelude::*;
use support::SchoolDir;

#[test]
fn check_config_prints_the_thresholds_in_effect_with_their_sources() {
    let school = SchoolDir::new("");
    let text = std::fs::read_to_string(school.config()).unwrap().replace(
        "penalty_approaching_sessions = 8",
        "penalty_approaching_sessions = 6",
    );
    std::fs::write(school.config(), text).unwrap();
    school
        .command()
        .arg("check-config")
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r"penalty_sessions +10  National framework for penalty notices \(Aug 2024\)",
            )
            .unwrap()
            .and(
                predicate::str::is_match(r"penalty_approaching_sessions +6  school policy")
                    .unwrap(),
            )
            .and(
                predicate::str::is_match(r"la_unauthorised_school_days +10  Working together")
                    .unwrap(),
            ),
        );
}

#[test]
fn check_config_prints_the_retention_periods_with_their_sources() {
    let school = SchoolDir::new("");
    school
        .command()
        .arg("check-config")
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r"safeguarding_records_years_after_leaving +25 years +the school's safeguarding policy \(IRMS/KCSIE",
            )
            .unwrap()
            .and(predicate::str::is_match(r"register +6 years +the 2024 regulations").unwrap())
            .and(
                predicate::str::is_match(r"messages_months +13 months +the school's privacy notice")
                    .unwrap(),
            ),
        );
}

#[test]
fn check_config_refuses_a_register_open_more_than_30_minutes() {
    let school = SchoolDir::new("");
    let text = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("register_closes = \"09:15\"", "register_closes = \"09:16\"");
    std::fs::write(school.config(), text).unwrap();
    school
        .command()
        .arg("check-config")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "school[0].sessions.am: the register closes 31 minutes after the session starts",
        ));
}

#[test]
fn penalty_notices_are_recorded_and_name_the_next_step() {
    let school = SchoolDir::new("");
    school.import_demo_roster();
    let list = || {
        let mut cmd = school.command();
        cmd.args([
            "penalty",
            "list",
            "--school",
            "fernhill",
            "--upn",
            "F000000000100",
        ]);
        cmd
    };
    let record = |parent: &str, on: &str| {
        let mut cmd = school.command();
        cmd.args([
            "penalty",
            "record",
            "--school",
            "fernhill",
            "--upn",
            "F000000000100",
            "--parent",
            parent,
            "--issued-on",
            on,
            "--by",
            "J Smith",
        ]);
        cmd
    };
    list()
        .assert()
        .success()
        .stdout("Next step: a first penalty notice may be issued.\n");
    record("Grace Okafor", "2026-09-14").assert().success();
    list().assert().success().stdout(predicate::str::contains(
        "Grace Okafor: a second penalty notice, at the higher rate",
    ));
    record("grace okafor", "2026-09-14")
        .assert()
        .failure()
        .stderr(predicate::str::contains("already recorded"));
    record("Someone Else", "2026-09-15")
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a contact"));
    record("Grace Okafor", "2026-10-05").assert().success();
    list().assert().success().stdout(predicate::str::contains(
        "Grace Okafor: two notices in 3 years already: refer to the local authority",
    ));
}

#[test]
fn export_person_writes_a_new_private_file_and_refuses_an_unknown_contact() {
    use std::os::unix::fs::PermissionsExt;
    let school = SchoolDir::new("");
    school.import_demo_roster();
    let out = school.path().join("grace.json");
    let export = || {
        let mut cmd = school.command();
        cmd.args(["export", "person", "--phone", "07700 900100", "--out"])
            .arg(&out);
        cmd
    };
    export().assert().success();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["contacts"][0]["name"], "Grace Okafor");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    export()
        .assert()
        .failure()
        .stderr(predicate::str::contains("must not exist yet"));
    school
        .command()
        .args(["export", "person", "--email", "nobody@example.org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no contact on the roster"));
}
