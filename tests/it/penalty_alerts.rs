//! The penalty threshold alert over a stored register: the window reaches
//! back across the summer into last year's register, and the alert names
//! the next step from the notices recorded.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::digest::{Digests, NoFeeds};
use absence_line::domain::{Code, Session, SessionDate, Slot, Upn, YearCodes};
use absence_line::outbox::Outbox;
use absence_line::penalty_notices::{NoticeIssued, PenaltyNotices};
use absence_line::register::RegisterBook;
use absence_line::roster::Roster;
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use support::{FERNHILL_SESSIONS, at, config, d};

/// Appended to Fernhill's sessions.
const CALENDAR_AND_LEAD: &str = r#"
[[school.calendar.terms]]
name = "Summer"
first_day = "2026-04-13"
last_day = "2026-07-22"
[[school.calendar.terms]]
name = "Autumn"
first_day = "2026-09-03"
last_day = "2026-12-18"
[[school.staff.lead]]
name = "Attendance Lead"
email = "lead@fernhill.example"
"#;

/// Millie: six `G` sessions in the last week of the summer term, then an
/// `O` on each of 3 and 4 September and present otherwise.
fn seeded() -> Store {
    let store = Store::temporary().unwrap();
    let (pupil, contact) = (support::millie(), support::millies_mother());
    Roster::open(&store)
        .unwrap()
        .import(&[pupil], &[contact], d("2026-04-13"))
        .unwrap();
    let year = |start: &str, marks: &[(&str, Session, Code)]| {
        let mut codes = YearCodes::new(d(start));
        for (date, session, code) in marks {
            codes.set(SessionDate::new(d(date), *session), Slot::Code(*code));
        }
        (Upn::from("A100"), codes)
    };
    let g = Code::HolidayNotAgreed;
    let o = Code::UnauthorisedOther;
    let last = year(
        "2025-08-01",
        &[
            ("2026-07-20", Session::Am, g),
            ("2026-07-20", Session::Pm, g),
            ("2026-07-21", Session::Am, g),
            ("2026-07-21", Session::Pm, g),
            ("2026-07-22", Session::Am, g),
            ("2026-07-22", Session::Pm, g),
        ],
    );
    let this = year(
        "2026-08-01",
        &[
            ("2026-09-03", Session::Am, o),
            ("2026-09-03", Session::Pm, o),
            ("2026-09-04", Session::Am, o),
            ("2026-09-04", Session::Pm, o),
        ],
    );
    RegisterBook::open(&store)
        .unwrap()
        .ledger()
        .load_history("fernhill", &[last, this])
        .unwrap();
    store
}

fn alerts_on(store: &Store, now: &str) -> Vec<(String, String)> {
    let config = config(&format!("{FERNHILL_SESSIONS}{CALENDAR_AND_LEAD}"));
    let schools = Schools::from_config(&config, None).unwrap();
    let outbox = Outbox::open(store).unwrap();
    let templates = Templates::load(Path::new("messages")).unwrap();
    let digests =
        Digests::new(store, schools, outbox.clone(), templates, Arc::new(NoFeeds)).unwrap();
    digests.tick(at(now)).unwrap();
    outbox
        .all()
        .unwrap()
        .into_iter()
        .filter(|e| e.message.kind.starts_with("penalty"))
        .map(|e| (e.message.kind, e.message.text))
        .collect()
}

#[test]
fn the_threshold_counts_last_summer_and_names_a_first_notice() {
    let store = seeded();
    let alerts = alerts_on(&store, "2026-09-04T14:35:00Z");
    let kinds: Vec<&str> = alerts.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["penalty_approaching", "penalty_threshold"]);
    let threshold = &alerts[1].1;
    assert!(
        threshold.contains("Next step: a first penalty notice may be issued."),
        "{threshold}"
    );
}

#[test]
fn with_two_notices_in_three_years_the_alert_says_refer_to_the_local_authority() {
    let store = seeded();
    let notices = PenaltyNotices::open(&store).unwrap();
    let roster = Roster::open(&store).unwrap();
    for on in ["2024-10-01", "2026-05-11"] {
        notices
            .record(
                &roster,
                &NoticeIssued {
                    school: "fernhill",
                    upn: "A100",
                    parent: "Grace Okafor",
                    issued_on: d(on),
                    recorded_by: "Attendance Lead",
                },
                d("2026-09-04"),
            )
            .unwrap();
    }
    let alerts = alerts_on(&store, "2026-09-04T14:35:00Z");
    let threshold = &alerts.last().unwrap().1;
    assert!(
        threshold
            .contains("Grace Okafor: two notices in 3 years already: refer to the local authority"),
        "{threshold}"
    );
}
