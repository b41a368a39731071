//! The default chase flow end to end through `simulate`: the real
//! register intake, inbound pipeline, chaser and outbox on a simulated
//! clock, checked on the timeline they produce.

use crate::support;

use std::path::Path;

use absence_line::simulate::{self, TimelineLine};

const CONFIG: &str = r#"
flows_dir = "FLOWS"
messages_dir = "MESSAGES"

[[school]]
id = "fernhill"
name = "Fernhill Primary School"

[school.sessions.am]
register_opens = "08:45"
register_closes = "09:15"
ends = "12:00"

[school.sessions.pm]
register_opens = "13:00"
register_closes = "13:15"
ends = "15:15"

[school.staff]
office = [{ name = "Office", email = "office@fernhill.example.org" }]
lead = [{ name = "Lead", email = "lead@fernhill.example.org" }]
dsl = [{ name = "DSL", email = "dsl@fernhill.example.org", mobile = "+447700900999" }]

[[school.calendar.terms]]
name = "Autumn 2026"
first_day = "2026-09-03"
last_day = "2026-12-18"

[[school.calendar.closures]]
from = "2026-10-26"
to = "2026-10-30"
why = "half term"

[[school.calendar.closures]]
from = "2026-11-27"
to = "2026-11-27"
why = "INSET day"

[[school.calendar.terms]]
name = "Spring 2027"
first_day = "2027-01-05"
last_day = "2027-03-25"
"#;

const PUPILS: &str = "fernhill,A100,Amelia,Okafor,Millie,Y3,\n\
    fernhill,A200,Harvey,Brown,,Y4,child_protection\n\
    fernhill,A300,Chloe,Patel,,Y5,\n";

const CONTACTS: &str = "A100,1,Grace Okafor,mother,,07700 900123,grace@example.org,en\n\
    A100,2,Tunde Okafor,father,,07700 900124,,en\n\
    A100,3,Ada Okafor,grandmother,,07700 900125,,en\n\
    A100,4,Bisi Adeyemi,aunt,,,bisi@example.org,en\n\
    A200,1,Kim Brown,mother,,07700 900201,,en\n\
    A200,2,Lee Brown,father,,07700 900202,,en\n\
    A200,3,Pat Brown,grandfather,,07700 900203,,en\n\
    A200,4,Sue Grey,neighbour,,07700 900204,,en\n\
    A300,1,Priya Patel,mother,,07700 900301,,en\n";

/// Runs a scenario made of `events` between `start` and `end`; the
/// timeline without the scheduled digests (their content is tested with
/// the digest).
fn simulate(start: &str, end: &str, events: &str) -> Vec<TimelineLine> {
    simulate_with_files(start, end, events, &[])
}

/// As [`simulate`], with `files` (name, content) beside the scenario for
/// its events to name.
fn simulate_with_files(
    start: &str,
    end: &str,
    events: &str,
    files: &[(String, String)],
) -> Vec<TimelineLine> {
    simulate_with_digests(start, end, events, files)
        .into_iter()
        .filter(|l| l.kind != "digest")
        .collect()
}

/// As [`simulate_with_files`], digests included.
fn simulate_with_digests(
    start: &str,
    end: &str,
    events: &str,
    files: &[(String, String)],
) -> Vec<TimelineLine> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let config = CONFIG
        .replace("FLOWS", &root.join("flows").display().to_string())
        .replace("MESSAGES", &root.join("messages").display().to_string());
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    support::write_roster(dir.path(), PUPILS, CONTACTS);
    for (name, content) in files {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    let scenario = format!(
        "config = \"config.toml\"\npupils = \"pupils.csv\"\ncontacts = \"contacts.csv\"\n\
         start = \"{start}\"\nend = \"{end}\"\n{events}"
    );
    let path = dir.path().join("scenario.toml");
    std::fs::write(&path, scenario).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(simulate::run(&path)).unwrap()
}

/// One session's register with the `absent` pupils `N`.
fn register(at: &str, date: &str, session: &str, absent: &str) -> String {
    format!(
        "[[event]]\nat = \"{at}\"\n\
         register = {{ school = \"fernhill\", date = \"{date}\", session = \"{session}\", absent = {absent} }}\n"
    )
}

/// Both registers of each day with the `absent` pupils `N`, taken a
/// minute after each register closes (GMT dates).
fn registers(days: &[&str], absent: &str) -> String {
    days.iter()
        .flat_map(|day| {
            [("am", "09:16"), ("pm", "13:16")].map(|(session, time)| {
                register(&format!("{day}T{time}:00+00:00"), day, session, absent)
            })
        })
        .collect()
}

fn sms(at: &str, from: &str, body: &str) -> String {
    format!("[[event]]\nat = \"{at}\"\nsms = {{ from = \"{from}\", body = \"{body}\" }}\n")
}

/// (at, role, kind) of each line about a pupil, in time order; lines at
/// the same instant by role (their order there is the outbox's, which is
/// deterministic but not the flow's).
fn about(timeline: &[TimelineLine], upn: &str) -> Vec<(String, String, String)> {
    let mut lines: Vec<_> = timeline
        .iter()
        .filter(|l| l.pupils.iter().any(|p| p == upn))
        .map(|l| (l.at.clone(), l.role.to_string(), l.kind.clone()))
        .collect();
    assert!(lines.is_sorted_by(|a, b| a.0 <= b.0), "time order");
    lines.sort();
    lines
}

fn line(at: &str, role: &str, kind: &str) -> (String, String, String) {
    (at.into(), role.into(), kind.into())
}

/// Monday 23 November to Friday 11 December 2026, less the INSET day.
const SCHOOL_DAYS: [&str; 14] = [
    "2026-11-23",
    "2026-11-24",
    "2026-11-25",
    "2026-11-26",
    "2026-11-30",
    "2026-12-01",
    "2026-12-02",
    "2026-12-03",
    "2026-12-04",
    "2026-12-07",
    "2026-12-08",
    "2026-12-09",
    "2026-12-10",
    "2026-12-11",
];

/// School days 15 to 20 after Monday 23 November: the last week of the
/// autumn term, then the first day of the spring term.
const DAYS_15_TO_20: [&str; 6] = [
    "2026-12-14",
    "2026-12-15",
    "2026-12-16",
    "2026-12-17",
    "2026-12-18",
    "2027-01-05",
];

/// Register events (and the marks files they name) with `upn` coded `O`
/// in both sessions of each of `days`.
fn o_registers(days: &[&str], upn: &str) -> (String, Vec<(String, String)>) {
    let mut events = String::new();
    let mut files = Vec::new();
    for day in days {
        for (session, time) in [("am", "09:16"), ("pm", "13:16")] {
            let name = format!("o-{day}-{session}.csv");
            files.push((
                name.clone(),
                format!("upn,date,session,code\n{upn},{day},{session},O\n"),
            ));
            events += &format!(
                "[[event]]\nat = \"{day}T{time}:00+00:00\"\n\
                 register = {{ school = \"fernhill\", marks = \"{name}\" }}\n"
            );
        }
    }
    (events, files)
}

#[test]
fn an_unexplained_absence_gets_the_whole_default_flow_in_order_across_closures_and_christmas() {
    // Days 1–5 come from the MIS as `N`. The day-5 alert tells the lead to
    // make them `O`, so from day 6 the MIS sends `O`: still no reason, and
    // the chase runs on. The local authority's cases at 10 and 20 days are
    // draft returns listed in the digests, not alerts of their own.
    let (o_events, files) = o_registers(&[&SCHOOL_DAYS[5..], &DAYS_15_TO_20[..]].concat(), "A100");
    let with_digests = simulate_with_digests(
        "2026-11-23T07:00:00+00:00",
        "2027-01-05T18:00:00+00:00",
        &(registers(&SCHOOL_DAYS[..5], "[\"A100\"]") + &o_events),
        &files,
    );
    let timeline: Vec<TimelineLine> = with_digests
        .iter()
        .filter(|l| l.kind != "digest")
        .cloned()
        .collect();
    assert_eq!(
        about(&timeline, "A100"),
        [
            line("2026-11-23T09:25:00+00:00", "contact1", "chase_day1"),
            line("2026-11-23T09:25:00+00:00", "contact2", "chase_day1"),
            line(
                "2026-11-23T11:00:00+00:00",
                "office",
                "staff_first_day_call"
            ),
            line("2026-11-24T09:25:00+00:00", "contact1", "chase_day2"),
            line("2026-11-24T09:25:00+00:00", "contact2", "chase_day2"),
            line("2026-11-24T11:00:00+00:00", "office", "staff_unresolved"),
            line("2026-11-24T14:00:00+00:00", "contact3", "chase_contacts34"),
            line("2026-11-24T14:00:00+00:00", "contact4", "chase_contacts34"),
            line("2026-11-25T09:45:00+00:00", "dsl", "dsl_concern"),
            // Eight unauthorised sessions (days 1 to 4) in 10 school weeks:
            // the early warning, with the afternoon digest.
            line("2026-11-26T15:30:00+00:00", "lead", "penalty_approaching"),
            // Day 5: Friday 27th is an INSET day and the weekend does not count.
            line("2026-11-30T13:45:00+00:00", "lead", "n_code_due"),
            // Ten unauthorised sessions: the national penalty threshold, with
            // the afternoon digest. It does not repeat the chase's n_code_due.
            line("2026-11-30T15:30:00+00:00", "lead", "penalty_threshold"),
            line("2026-12-07T15:30:00+00:00", "lead", "persistent_absence"),
            line("2026-12-07T15:30:00+00:00", "lead", "severe_absence"),
        ]
    );
    // Day 10 (7 December, counting the `O` days) and day 20 (5 January, the
    // first day of the spring term): each case is a draft return, listed in
    // the lead's and the DSL's digests from that day until marked sent.
    let digest_on = |at: &str, to: &str| {
        with_digests
            .iter()
            .find(|l| l.kind == "digest" && l.at == at && l.to == to)
            .unwrap_or_else(|| panic!("a digest to {to} at {at}"))
            .text
            .clone()
    };
    let unauthorised = "Millie Okafor (Y3) \u{2014} Absent without authorisation for 10 or more continuous school days (from Mon 23 Nov)";
    let missing = "Absent without authorisation for 20 consecutive school days (child missing education) (from Mon 23 Nov)";
    for to in ["lead@fernhill.example.org", "dsl@fernhill.example.org"] {
        let friday = digest_on("2026-12-04T15:30:00+00:00", to);
        assert!(!friday.contains("Absent without authorisation"), "{friday}");
        let day_ten = digest_on("2026-12-07T15:30:00+00:00", to);
        assert!(day_ten.contains(unauthorised), "{day_ten}");
        assert!(!day_ten.contains(missing), "{day_ten}");
        let day_twenty = digest_on("2027-01-05T15:30:00+00:00", to);
        assert!(
            day_twenty.contains(unauthorised) && day_twenty.contains(missing),
            "{day_twenty}"
        );
    }
    let first = &timeline[0];
    assert_eq!(
        (first.channel.as_str(), first.to.as_str()),
        ("sms", "+447700900123")
    );
    assert!(
        first.text.contains("Millie is not in school today"),
        "{}",
        first.text
    );
    let contacts34 = timeline
        .iter()
        .find(|l| l.kind == "chase_contacts34")
        .unwrap();
    assert!(
        !contacts34.text.contains("Millie") && !contacts34.text.contains("absent"),
        "emergency contacts hear only that the school is trying to reach the parent: {}",
        contacts34.text
    );
}

#[test]
fn a_register_sent_late_for_the_day_before_moves_a_running_chase_back_a_day() {
    // Tuesday's register comes first; Monday's arrives at 10:00 on Tuesday
    // and shows Millie was off then too. From then on the chase counts
    // from Monday: the day-2 texts go at once, the office hears at 11:00
    // that it is day 2, and contacts 3 and 4 at 14:00.
    let events = register(
        "2026-11-24T09:16:00+00:00",
        "2026-11-24",
        "am",
        "[\"A100\"]",
    ) + &register(
        "2026-11-24T10:00:00+00:00",
        "2026-11-23",
        "am",
        "[\"A100\"]",
    ) + &register(
        "2026-11-24T10:00:00+00:00",
        "2026-11-23",
        "pm",
        "[\"A100\"]",
    );
    let timeline = simulate(
        "2026-11-24T07:00:00+00:00",
        "2026-11-24T18:00:00+00:00",
        &events,
    );
    assert_eq!(
        about(&timeline, "A100"),
        [
            line("2026-11-24T09:25:00+00:00", "contact1", "chase_day1"),
            line("2026-11-24T09:25:00+00:00", "contact2", "chase_day1"),
            line("2026-11-24T10:00:00+00:00", "contact1", "chase_day2"),
            line("2026-11-24T10:00:00+00:00", "contact2", "chase_day2"),
            line("2026-11-24T11:00:00+00:00", "office", "staff_unresolved"),
            line("2026-11-24T14:00:00+00:00", "contact3", "chase_contacts34"),
            line("2026-11-24T14:00:00+00:00", "contact4", "chase_contacts34"),
        ]
    );
    let office = timeline
        .iter()
        .find(|l| l.kind == "staff_unresolved")
        .unwrap();
    assert!(
        office
            .text
            .contains("since Monday 23 November (2 school days)"),
        "{}",
        office.text
    );
}

#[test]
fn registers_sent_late_after_days_without_the_mis_start_a_chase_and_tell_the_dsl() {
    // The MIS link was down: Monday's to Wednesday's registers arrive at
    // 07:00 on Thursday, before Thursday's is taken. Millie has been
    // missing three days. The family's day-1 and day-2 messages are not
    // sent days late, but the DSL's day-3 concern, which waits for no day,
    // goes at once.
    let events: String = registers(&SCHOOL_DAYS[..3], "[\"A100\"]")
        .replace("T09:16:00", "T07:00:00")
        .replace("T13:16:00", "T07:00:00")
        .replace("at = \"2026-11-23", "at = \"2026-11-26")
        .replace("at = \"2026-11-24", "at = \"2026-11-26")
        .replace("at = \"2026-11-25", "at = \"2026-11-26");
    let timeline = simulate(
        "2026-11-26T06:00:00+00:00",
        "2026-11-26T08:00:00+00:00",
        &events,
    );
    assert_eq!(
        about(&timeline, "A100"),
        [line("2026-11-26T07:00:00+00:00", "dsl", "dsl_concern")]
    );
    assert!(
        timeline[0]
            .text
            .contains("since Monday 23 November (3 school days)"),
        "{}",
        timeline[0].text
    );
}

#[test]
fn a_reply_on_day_two_stops_everything_after_it() {
    let events = registers(&SCHOOL_DAYS[..4], "[\"A100\"]")
        + &sms(
            "2026-11-24T10:05:00+00:00",
            "07700 900124",
            "Sorry I will ring the office later",
        );
    let timeline = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-26T18:00:00+00:00",
        &events,
    );
    let chase_kinds = [
        "chase_day1",
        "chase_day2",
        "staff_first_day_call",
        "staff_unresolved",
        "chase_contacts34",
        "dsl_concern",
    ];
    let chased: Vec<_> = about(&timeline, "A100")
        .into_iter()
        .filter(|(_, _, kind)| chase_kinds.contains(&kind.as_str()))
        .collect();
    assert_eq!(
        chased,
        [
            line("2026-11-23T09:25:00+00:00", "contact1", "chase_day1"),
            line("2026-11-23T09:25:00+00:00", "contact2", "chase_day1"),
            line(
                "2026-11-23T11:00:00+00:00",
                "office",
                "staff_first_day_call"
            ),
            line("2026-11-24T09:25:00+00:00", "contact1", "chase_day2"),
            line("2026-11-24T09:25:00+00:00", "contact2", "chase_day2"),
        ]
    );
}

#[test]
fn a_vulnerable_pupils_contacts_three_and_four_and_the_dsl_hear_on_day_one() {
    let timeline = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-23T18:00:00+00:00",
        &registers(&SCHOOL_DAYS[..1], "[\"A200\"]"),
    );
    assert_eq!(
        about(&timeline, "A200"),
        [
            line("2026-11-23T09:25:00+00:00", "contact1", "chase_day1"),
            line("2026-11-23T09:25:00+00:00", "contact2", "chase_day1"),
            line("2026-11-23T09:25:00+00:00", "contact3", "chase_contacts34"),
            line("2026-11-23T09:25:00+00:00", "contact4", "chase_contacts34"),
            // On every channel the DSL has.
            line("2026-11-23T09:25:00+00:00", "dsl", "dsl_alert"),
            line("2026-11-23T09:25:00+00:00", "dsl", "dsl_alert"),
            line(
                "2026-11-23T11:00:00+00:00",
                "office",
                "staff_first_day_call"
            ),
        ]
    );
}

#[test]
fn a_report_before_the_register_closes_means_no_chase_at_all() {
    let events = sms(
        "2026-11-23T07:42:00+00:00",
        "07700 900123",
        "Millie has a temperature so won't be in today",
    ) + &registers(&SCHOOL_DAYS[..2], "[\"A100\"]");
    let timeline = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-24T18:00:00+00:00",
        &events,
    );
    let kinds: Vec<_> = about(&timeline, "A100").into_iter().map(|l| l.2).collect();
    // Reported for today only: Tuesday's unexplained absence is chased as a
    // new first day.
    assert_eq!(
        kinds,
        ["ack", "chase_day1", "chase_day1", "staff_first_day_call"]
    );
    assert!(timeline[1].at.starts_with("2026-11-24T09:25"));
}

#[test]
fn steps_fire_at_the_configured_local_time_in_summer_time_and_in_winter() {
    // Thursday 22 October is in BST: 09:15 local is 08:15 UTC.
    let bst = register(
        "2026-10-22T08:16:00+00:00",
        "2026-10-22",
        "am",
        "[\"A300\"]",
    );
    let summer = simulate(
        "2026-10-22T06:00:00+00:00",
        "2026-10-22T18:00:00+00:00",
        &bst,
    );
    assert_eq!(
        about(&summer, "A300"),
        [
            line("2026-10-22T08:25:00+00:00", "contact1", "chase_day1"),
            line(
                "2026-10-22T10:00:00+00:00",
                "office",
                "staff_first_day_call"
            ),
        ]
    );
    // The day-2 step of Friday 23rd's absence falls on Monday 2 November,
    // after half term and the clocks going back: 09:25 local is GMT again.
    let across = register(
        "2026-10-23T08:16:00+00:00",
        "2026-10-23",
        "am",
        "[\"A300\"]",
    ) + &register(
        "2026-11-02T09:16:00+00:00",
        "2026-11-02",
        "am",
        "[\"A300\"]",
    );
    let winter = simulate(
        "2026-10-23T06:00:00+00:00",
        "2026-11-02T12:00:00+00:00",
        &across,
    );
    assert_eq!(
        about(&winter, "A300"),
        [
            line("2026-10-23T08:25:00+00:00", "contact1", "chase_day1"),
            line(
                "2026-10-23T10:00:00+00:00",
                "office",
                "staff_first_day_call"
            ),
            line("2026-11-02T09:25:00+00:00", "contact1", "chase_day2"),
            line("2026-11-02T11:00:00+00:00", "office", "staff_unresolved"),
        ]
    );
}

#[test]
fn family_messages_wait_for_the_end_of_quiet_hours_and_a_reply_meanwhile_withdraws_them() {
    // The MIS sends the morning register late, at 20:30: the office still
    // hears at once, but the day-1 text is held until 07:30 the next
    // morning.
    let late = register(
        "2026-11-23T20:30:00+00:00",
        "2026-11-23",
        "am",
        "[\"A300\"]",
    );
    let held = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-24T08:00:00+00:00",
        &late,
    );
    assert_eq!(
        about(&held, "A300"),
        [
            line(
                "2026-11-23T20:30:00+00:00",
                "office",
                "staff_first_day_call"
            ),
            line("2026-11-24T07:30:00+00:00", "contact1", "chase_day1"),
        ]
    );
    let answered = format!(
        "{late}{}",
        sms(
            "2026-11-24T07:00:00+00:00",
            "07700 900301",
            "Sorry, she was at the dentist"
        )
    );
    let timeline = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-24T08:00:00+00:00",
        &answered,
    );
    assert!(
        about(&timeline, "A300")
            .iter()
            .all(|(_, _, kind)| kind != "chase_day1"),
        "{timeline:?}"
    );
}

#[test]
fn the_same_scenario_gives_the_same_timeline() {
    let events = registers(&SCHOOL_DAYS[..5], "[\"A100\", \"A200\"]");
    let once = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-30T18:00:00+00:00",
        &events,
    );
    let again = simulate(
        "2026-11-23T07:00:00+00:00",
        "2026-11-30T18:00:00+00:00",
        &events,
    );
    assert_eq!(once, again);
    assert!(once.len() > 20);
}

#[test]
fn the_worked_example_runs_as_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let timeline = runtime
        .block_on(simulate::run(&root.join("scenarios/millie/scenario.toml")))
        .unwrap();
    let kinds: Vec<&str> = timeline
        .iter()
        .map(|l| l.kind.as_str())
        .filter(|k| *k != "digest")
        .collect();
    assert_eq!(kinds.first(), Some(&"ack"));
    assert_eq!(kinds.last(), Some(&"penalty_threshold"));
    assert_eq!(kinds.iter().filter(|k| **k == "n_code_due").count(), 1);
    assert!(
        !timeline.iter().skip(1).any(|l| l.pupils == ["A101"]),
        "Ben is never chased"
    );
}
