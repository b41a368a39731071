//! The digest, the threshold alerts and the codes export over a seeded store.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};

use absence_line::digest::{
    ChaseProgress, DigestAudience, DigestFeeds, DigestSources, Digests, NeedsPerson,
    SafeguardingItem, SchoolWatch, compose, html, text,
};
use absence_line::domain::{
    Code, Mark, Provenance, Pupil, PupilFlag, Session, SessionDate, Slot, Year, YearCodes,
};
use absence_line::export::{codes_to_export, write_marks};
use absence_line::inbound::Inbox;
use absence_line::outbox::{Channel, Outbox};
use absence_line::register::read_marks_csv;
use absence_line::register::{RegisterBook, Source};
use absence_line::roster::Roster;
use absence_line::schools::{ConfiguredSchool, Schools};
use absence_line::store::Store;
use absence_line::templates::Templates;
use support::{FERNHILL_SESSIONS, at, d, fernhill, sms};

/// Appended to Fernhill's sessions.
const CALENDAR_AND_STAFF: &str = r#"
[[school.calendar.terms]]
name = "Autumn"
first_day = "2026-09-03"
last_day = "2026-12-18"
[[school.calendar.closures]]
from = "2026-10-26"
to = "2026-10-30"
why = "half term"
[[school.staff.lead]]
name = "Attendance Lead"
email = "lead@fernhill.example"
[[school.staff.dsl]]
name = "DSL"
email = "dsl@fernhill.example"
[[school.staff.dsl]]
name = "Deputy DSL"
telegram_chat = 5550001
"#;

const DAY: &str = "2026-11-23";

fn school() -> ConfiguredSchool {
    fernhill(&format!("{FERNHILL_SESSIONS}{CALENDAR_AND_STAFF}"))
}

fn pupil(upn: &str, first: &str, year: Year, flags: Vec<PupilFlag>) -> Pupil {
    Pupil {
        school: "fernhill".into(),
        upn: upn.into(),
        first_name: first.into(),
        last_name: "Okafor".into(),
        known_as: None,
        year,
        flags,
        left_on: None,
    }
}

fn mark(upn: &str, session: Session, code: Option<Code>, provenance: Provenance) -> Mark {
    Mark {
        school: "fernhill".into(),
        upn: upn.into(),
        session: SessionDate::new(d(DAY), session),
        code,
        arrival: (code == Some(Code::Late)).then(|| NaiveTime::from_hms_opt(9, 10, 0).unwrap()),
        provenance,
        recorded_at: "2026-11-23T09:20:00+00:00".parse().unwrap(),
    }
}

/// Three pupils on 23 November: Amelia unexplained all day, Ben off ill as
/// his mother wrote, Cara late, and an N of Cara's from the Monday before
/// still unresolved.
fn seeded() -> Store {
    let store = Store::temporary().unwrap();
    Roster::open(&store)
        .unwrap()
        .import(
            &[
                pupil("A100", "Amelia", Year::Y(3), vec![]),
                pupil("A101", "Ben", Year::Reception, vec![PupilFlag::Fsm]),
                pupil("A102", "Cara", Year::Y(3), vec![PupilFlag::LookedAfter]),
            ],
            &[],
            d(DAY),
        )
        .unwrap();
    let inbox = Inbox::open(&store).unwrap();
    let id = inbox
        .accept(sms(
            "SM1",
            "+447700900123",
            "Ben has a temperature, keeping him home today",
            at("2026-11-23T07:40:00Z"),
        ))
        .unwrap()
        .id()
        .to_string();

    let book = RegisterBook::open(&store).unwrap();
    // The year so far: present every school day, with Cara's N on the 16th.
    let calendar = school().calendar.clone();
    let history: Vec<_> = ["A100", "A101", "A102"]
        .iter()
        .map(|upn| {
            let mut codes = YearCodes::new(d("2026-08-01"));
            for day in calendar.school_days_between(d("2026-09-03"), d("2026-11-20")) {
                codes.set(
                    SessionDate::new(day, Session::Am),
                    Slot::Code(Code::PresentAm),
                );
                codes.set(
                    SessionDate::new(day, Session::Pm),
                    Slot::Code(Code::PresentPm),
                );
            }
            if *upn == "A102" {
                codes.set(
                    SessionDate::new(d("2026-11-16"), Session::Am),
                    Slot::Code(Code::NoReasonYet),
                );
            }
            ((*upn).into(), codes)
        })
        .collect();
    book.ledger().load_history("fernhill", &history).unwrap();

    let mis = |upn, s, code| mark(upn, s, code, Provenance::Mis);
    book.record_many(
        Source::Mis,
        vec![
            mis("A100", Session::Am, None),
            mis("A100", Session::Pm, Some(Code::NoReasonYet)),
            mis("A101", Session::Am, Some(Code::NoReasonYet)),
            mis("A101", Session::Pm, Some(Code::NoReasonYet)),
            mis("A102", Session::Am, Some(Code::Late)),
            mis("A102", Session::Pm, Some(Code::PresentPm)),
        ],
        "register",
        "mis",
    )
    .unwrap();
    for s in Session::BOTH {
        book.record(
            Source::Provisional,
            mark(
                "A101",
                s,
                Some(Code::Illness),
                Provenance::ParentReport {
                    message: id.clone(),
                },
            ),
            "parent report",
            "parent",
        )
        .unwrap();
    }
    store
}

struct Feeds;

impl DigestFeeds for Feeds {
    fn chases(&self, _: &str, _: NaiveDate) -> absence_line::Result<Vec<ChaseProgress>> {
        Ok(vec![ChaseProgress {
            upn: "A100".into(),
            step: "contacts 1 and 2 messaged".into(),
            next_step_at: Some(at("2026-11-23T11:00:00Z")),
            office_told_at: None,
        }])
    }
    fn needs_person(&self, _: &str, _: NaiveDate) -> absence_line::Result<Vec<NeedsPerson>> {
        Ok(vec![NeedsPerson {
            upns: vec![],
            summary: "message from an unknown sender".into(),
        }])
    }
    fn safeguarding(&self, _: &str, _: NaiveDate) -> absence_line::Result<Vec<SafeguardingItem>> {
        Ok(vec![SafeguardingItem {
            upns: vec!["A102".into()],
            summary: "mentioned trouble at home".into(),
            at: at("2026-11-23T08:01:00Z"),
        }])
    }
}

#[test]
fn the_digest_says_what_matters_today() {
    let store = seeded();
    let entry = school();
    let input = DigestSources::open(&store, Schools::new(vec![entry.clone()]))
        .unwrap()
        .gather(
            &entry,
            d(DAY),
            NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            &Feeds,
        )
        .unwrap();
    let watch = SchoolWatch::of(&input);
    let lead = compose(&input, &watch, DigestAudience::Lead);

    assert_eq!(lead.absences.len(), 1);
    let ben = &lead.absences[0];
    assert_eq!(ben.pupil.name, "Ben Okafor");
    assert_eq!(
        (ben.code, ben.sessions.len(), ben.provisional),
        (Code::Illness, 2, true)
    );
    assert_eq!(
        ben.words.as_deref(),
        Some("Ben has a temperature, keeping him home today")
    );
    assert_eq!(
        lead.absences_by_code,
        [(Code::Illness, 2), (Code::NoReasonYet, 2)]
    );

    assert_eq!(lead.lates.len(), 1);
    assert_eq!(lead.lates[0].pupil.name, "Cara Okafor");
    assert_eq!(lead.lates[0].arrival, NaiveTime::from_hms_opt(9, 10, 0));

    assert_eq!(lead.unexplained.len(), 1);
    assert_eq!(lead.unexplained[0].pupil.upn, "A100");
    assert_eq!(
        lead.unexplained[0].chase.as_ref().unwrap().step,
        "contacts 1 and 2 messaged"
    );
    assert_eq!(lead.needs_person.len(), 1);
    assert!(
        lead.safeguarding.is_empty(),
        "safeguarding is for the DSL only"
    );

    let watched: Vec<_> = lead
        .watch
        .iter()
        .map(|w| {
            (
                w.pupil.upn.as_str(),
                w.crossing.kind.as_str(),
                w.crossing.since,
            )
        })
        .collect();
    assert_eq!(watched, [("A102", "n_code_due", d("2026-11-16"))]);
    assert_eq!(lead.sparklines.len(), 1);

    let whole = lead.summary.whole_school();
    assert_eq!(whole.pupils, 3);
    // 52 school days before the 23rd (20 in September, 17 in October
    // around the half term, 15 in November), two sessions each, for three pupils,
    // plus the 23rd's six sessions.
    assert_eq!(whole.figures.year.possible(), 3 * 52 * 2 + 6);
    assert_eq!(whole.figures.year.absences(), 1 + 4);

    let dsl = compose(&input, &watch, DigestAudience::Dsl);
    assert_eq!(dsl.safeguarding.len(), 1);
    assert!(text::full(&dsl).contains("mentioned trouble at home"));
    assert!(!text::full(&lead).contains("SAFEGUARDING"));

    let page = html::render(&lead);
    assert!(page.contains("<svg") && page.contains("target 96.0%"));
    assert!(page.contains("Ben has a temperature"));
    let plain = text::full(&lead);
    assert!(
        plain.contains("Amelia Okafor (Y3) — all day; chase: contacts 1 and 2 messaged"),
        "{plain}"
    );
    assert!(text::short(&lead).contains("2 absent (1 unexplained), 1 late"));
    // Times are the school's own, never UTC: a summer digest would be an
    // hour out otherwise.
    assert!(plain.contains("(next step Mon 11:00)"), "{plain}");
    assert!(!plain.contains("UTC") && !page.contains("UTC"), "{plain}");
    let mut july = lead.clone();
    july.unexplained[0].chase.as_mut().unwrap().next_step_at = Some(at("2026-07-06T08:25:00Z"));
    assert!(text::full(&july).contains("(next step Mon 09:25)"));
}

#[test]
fn digests_and_alerts_go_once_at_the_scheduled_time() {
    let store = seeded();
    let outbox = Outbox::open(&store).unwrap();
    let templates = Templates::load(Path::new("messages")).unwrap();
    let schools = Schools::new(vec![school()]);
    let digests =
        Digests::new(&store, schools, outbox.clone(), templates, Arc::new(Feeds)).unwrap();

    let before = at("2026-11-23T09:59:59Z");
    assert_eq!(digests.tick(before).unwrap().digests, 0);
    assert_eq!(digests.next_wake(before), Some(at("2026-11-23T10:00:00Z")));

    let ten = at("2026-11-23T10:05:00Z");
    let sent = digests.tick(ten).unwrap();
    assert_eq!((sent.digests, sent.alerts), (3, 1));
    assert_eq!(digests.tick(ten).unwrap(), Default::default(), "once");
    assert_eq!(digests.next_wake(ten), Some(at("2026-11-23T15:30:00Z")));

    let all = outbox.all().unwrap();
    let alert = all.iter().find(|e| e.message.kind == "n_code_due").unwrap();
    assert_eq!(
        alert.key,
        "once/alert/fernhill/A102/n_code_due/2026-11-16/lead@fernhill.example"
    );
    assert!(
        alert.message.text.contains("Cara Okafor (Y3)"),
        "{}",
        alert.message.text
    );
    let lead = all
        .iter()
        .find(|e| e.message.to == "lead@fernhill.example" && e.message.kind == "digest")
        .unwrap();
    assert_eq!(
        lead.key,
        "once/digest/fernhill/2026-11-23/10:00/lead@fernhill.example"
    );
    assert!(lead.message.html.as_deref().unwrap().contains("<svg"));
    let telegram = all
        .iter()
        .find(|e| e.message.channel == Channel::Telegram)
        .unwrap();
    assert!(telegram.message.html.is_none() && telegram.message.text.contains("SAFEGUARDING"));

    // Saturday: no digest, and the next is Monday's.
    let saturday = at("2026-11-28T10:30:00Z");
    assert_eq!(digests.tick(saturday).unwrap().digests, 0);
    assert_eq!(
        digests.next_wake(saturday),
        Some(at("2026-11-30T10:00:00Z"))
    );
}

#[test]
fn exported_codes_import_back_as_the_same_marks() {
    let store = seeded();
    let book = RegisterBook::open(&store).unwrap();
    let entries = book.between("fernhill", d(DAY), d(DAY)).unwrap();
    let rows = codes_to_export(&entries);
    let mut out = Vec::new();
    write_marks(&mut out, &rows).unwrap();
    let csv = String::from_utf8(out).unwrap();
    assert_eq!(
        csv, "upn,date,session,code\nA101,2026-11-23,am,I\nA101,2026-11-23,pm,I\n",
        "only codes the MIS does not hold"
    );

    // `import marks` into the MIS side of a fresh register: the codes that
    // count match.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("marks.csv");
    std::fs::write(&file, &csv).unwrap();
    let imported = read_marks_csv(&file, "fernhill").unwrap();
    assert_eq!(imported.marks.len(), 2);
    let fresh = Store::temporary().unwrap();
    let mis_book = RegisterBook::open(&fresh).unwrap();
    imported
        .record(&mis_book, at("2026-11-23T16:00:00Z"))
        .unwrap();
    for (session, upn, _) in &imported.marks {
        let effective = |b: &RegisterBook| {
            b.entry("fernhill", upn, *session)
                .unwrap()
                .unwrap()
                .effective_code()
        };
        assert_eq!(effective(&mis_book), effective(&book));
    }
}
