//! Draft returns to the local authority over a stored register, outbox and
//! inbox: found, listed until marked sent, with their evidence.

use crate::support;

use chrono::NaiveDate;

use absence_line::domain::{
    Code, Mark, Provenance, Session, SessionDate, Slot, YearCodes, academic_year_start,
};
use absence_line::inbound::Inbox;
use absence_line::la_notices::evidence::HELD_BY_DSL;
use absence_line::la_notices::{DraftId, LaCaseKind, LaDrafts};
use absence_line::outbox::{Outbox, Role};
use absence_line::register::{RegisterBook, Source};
use absence_line::roster::Roster;
use absence_line::schools::{ConfiguredSchool, Schools};
use absence_line::store::Store;
use support::{FERNHILL_SESSIONS, at, d, fernhill, millie, sms, text_to_millies_mother};

const TERMS: &str = r#"
[[school.calendar.terms]]
name = "Autumn"
first_day = "2026-09-03"
last_day = "2026-12-18"
"#;

const WORRY: &str = "Her dad was violent again last night and we have gone to a refuge";
const REPLY: &str = "She is staying with her nan for a bit";

fn school() -> ConfiguredSchool {
    fernhill(&format!("{FERNHILL_SESSIONS}{TERMS}"))
}

/// Millie: present from 3 September, then `O` every session from Monday
/// 21 September; chased, called, and two messages from her mother.
fn seeded(absent_days: usize) -> Store {
    let store = Store::temporary().unwrap();
    let entry = school();
    Roster::open(&store)
        .unwrap()
        .import(
            &[support::millie()],
            &[support::millies_mother()],
            d("2026-09-01"),
        )
        .unwrap();
    let calendar = &entry.calendar;
    let mut codes = YearCodes::new(d("2026-08-01"));
    let absent: Vec<NaiveDate> = calendar
        .school_days_between(d("2026-09-21"), d("2026-12-18"))
        .into_iter()
        .take(absent_days)
        .collect();
    for day in calendar.school_days_between(d("2026-09-03"), d("2026-10-16")) {
        for (s, present) in [
            (Session::Am, Code::PresentAm),
            (Session::Pm, Code::PresentPm),
        ] {
            let code = if absent.contains(&day) {
                Code::UnauthorisedOther
            } else {
                present
            };
            codes.set(SessionDate::new(day, s), Slot::Code(code));
        }
    }
    let book = RegisterBook::open(&store).unwrap();
    book.ledger()
        .load_history("fernhill", &[("A100".into(), codes)])
        .unwrap();
    book.record(
        Source::Staff,
        Mark {
            school: "fernhill".into(),
            upn: "A100".into(),
            session: SessionDate::new(d("2026-09-22"), Session::Am),
            code: Some(Code::UnauthorisedOther),
            arrival: None,
            provenance: Provenance::Staff {
                who: "office".into(),
            },
            recorded_at: "2026-09-22T11:05:00+01:00".parse().unwrap(),
        },
        "first-day call: no answer, voicemail left",
        "School Office",
    )
    .unwrap();
    Outbox::open(&store)
        .unwrap()
        .enqueue(
            text_to_millies_mother(
                Role::Contact(1),
                "chase_day1",
                "Millie is not in school today and we have not heard why.",
            ),
            Some(
                &"chase/fernhill/A100/2026-09-21/chase_day1/contact1/sms:+447700900123"
                    .parse()
                    .unwrap(),
            ),
            at("2026-09-21T08:25:00Z"),
        )
        .unwrap();
    let inbox = Inbox::open(&store).unwrap();
    for (id, text, received) in [
        ("SM1", REPLY, "2026-09-23T18:02:00Z"),
        ("SM2", WORRY, "2026-09-24T07:15:00Z"),
        // Before the case: not part of its evidence.
        (
            "SM0",
            "Millie has a dentist appointment",
            "2026-09-10T07:00:00Z",
        ),
    ] {
        let stored = inbox
            .accept(sms(id, "+447700900123", text, at(received)))
            .unwrap();
        if id == "SM2" {
            raise_concern(&store, stored.id());
        }
    }
    store
}

/// Keeps a concern in Millie's safeguarding record, as the pipeline does
/// for a message that raises one.
fn raise_concern(store: &Store, inbox_id: &str) {
    support::raise_concern(store, inbox_id, &millie(), at("2026-09-24T07:15:00Z"));
}

/// The safeguarding record, not a new reading of the words, says which
/// messages the local authority is not shown: a message kept as a concern
/// stays with the DSL.
#[test]
fn a_message_kept_as_a_concern_is_held_from_the_return_whatever_its_words() {
    let entry = school();
    let store = seeded(10);
    let reply = Inbox::open(&store)
        .unwrap()
        .all()
        .unwrap()
        .into_iter()
        .find(|e| e.message.text.for_parser() == REPLY)
        .unwrap();
    raise_concern(&store, &reply.id);
    let drafts = LaDrafts::open(&store).unwrap();
    drafts.refresh(&entry, d("2026-10-02")).unwrap();
    let draft = &drafts.open_drafts("fernhill").unwrap()[0];
    let evidence = drafts.evidence(&entry, draft).unwrap();
    assert!(
        evidence.received.iter().all(|r| r.words.is_none()),
        "{:?}",
        evidence.received
    );
}

/// The digest reads the school's year codes once and hands them to the
/// drafts: the cases are found in the codes handed over, not read again.
#[test]
fn drafts_are_found_in_the_year_codes_handed_to_them() {
    let entry = school();
    let today = d("2026-10-02");
    let ten = seeded(10);
    let years = RegisterBook::open(&ten)
        .unwrap()
        .ledger()
        .school_year("fernhill", academic_year_start(today))
        .unwrap();
    let read_again = LaDrafts::open(&ten).unwrap();
    assert_eq!(read_again.refresh(&entry, today).unwrap(), 1);

    // The store behind these drafts shows nine days: no case of its own.
    let handed = LaDrafts::open(&seeded(9)).unwrap();
    assert_eq!(handed.refresh_from(&entry, today, &years).unwrap(), 1);
    let cases = |drafts: &LaDrafts| -> Vec<_> {
        drafts
            .open_drafts("fernhill")
            .unwrap()
            .into_iter()
            .map(|draft| draft.case)
            .collect()
    };
    assert_eq!(cases(&handed), cases(&read_again));
}

/// Every digest refreshes the drafts: one whose case has not changed is
/// not written again (nothing to flush), one whose case grew is.
#[test]
fn a_refresh_that_changes_no_case_writes_nothing() {
    let entry = school();
    let store = seeded(12);
    let drafts = LaDrafts::open(&store).unwrap();
    assert_eq!(drafts.refresh(&entry, d("2026-10-05")).unwrap(), 1);
    let flushed = store.flush_counts();
    assert_eq!(drafts.refresh(&entry, d("2026-10-05")).unwrap(), 0);
    assert_eq!(store.flush_counts(), flushed, "the same case written again");

    // A day later the case has grown by a day: the draft follows it.
    assert_eq!(drafts.refresh(&entry, d("2026-10-06")).unwrap(), 0);
    assert_ne!(store.flush_counts(), flushed);
    let open = drafts.open_drafts("fernhill").unwrap();
    assert_eq!(
        (open.len(), open[0].case.to, open[0].case.school_days),
        (1, d("2026-10-06"), 12)
    );
}

#[test]
fn nine_days_make_no_draft_and_ten_make_one_with_its_evidence() {
    let entry = school();
    let nine = LaDrafts::open(&seeded(9)).unwrap();
    assert_eq!(nine.refresh(&entry, d("2026-10-02")).unwrap(), 0);

    let store = seeded(10);
    let drafts = LaDrafts::open(&store).unwrap();
    assert_eq!(drafts.refresh(&entry, d("2026-10-02")).unwrap(), 1);
    let open = drafts.open_drafts("fernhill").unwrap();
    assert_eq!(open.len(), 1);
    let draft = &open[0];
    assert_eq!(
        (
            draft.case.kind,
            draft.case.from,
            draft.case.to,
            draft.case.school_days
        ),
        (
            LaCaseKind::Unauthorised10Days,
            d("2026-09-21"),
            d("2026-10-02"),
            10
        )
    );

    let evidence = drafts.evidence(&entry, draft).unwrap();
    assert_eq!(evidence.sessions.len(), 20);
    assert!(
        evidence
            .sessions
            .iter()
            .all(|(_, code)| *code == Some(Code::UnauthorisedOther))
    );
    // School-local times (BST in September), oldest first.
    let attempts: Vec<(String, &str, &str)> = evidence
        .attempts
        .iter()
        .map(|a| (a.at.to_string(), a.how.as_str(), a.what.as_str()))
        .collect();
    assert_eq!(
        attempts,
        [
            (
                "Mon 21 Sep 2026 09:25".into(),
                "sms to contact1",
                "chase_day1"
            ),
            (
                "Tue 22 Sep 2026 11:05".into(),
                "recorded by School Office",
                "staff record"
            ),
        ]
    );
    assert_eq!(
        evidence.attempts[1].words,
        "first-day call: no answer, voicemail left"
    );
    let received: Vec<(String, Option<&str>)> = evidence
        .received
        .iter()
        .map(|r| (r.at.to_string(), r.words.as_deref()))
        .collect();
    assert_eq!(
        received,
        [
            ("Wed 23 Sep 2026 19:02".into(), Some(REPLY)),
            ("Thu 24 Sep 2026 08:15".into(), None),
        ]
    );
    let csv = evidence.to_csv().unwrap();
    let html = evidence.to_html().into_string();
    for text in [&csv, &html] {
        assert!(text.contains(HELD_BY_DSL), "{text}");
        assert!(!text.contains("refuge"), "the DSL's message leaked");
        assert!(text.contains("She is staying with her nan"));
        assert!(text.contains("Millie Okafor"));
    }
    assert!(csv.contains("session,2026-09-21 am,Absent in other or unknown circumstances,O"));

    // Marked sent: no longer listed, not marked twice, not found again.
    let id = DraftId {
        school: "fernhill",
        upn: "A100",
        kind: LaCaseKind::Unauthorised10Days,
        from: d("2026-09-21"),
    };
    drafts
        .mark_sent(&id, "Attendance Lead", at("2026-10-02T15:00:00Z"))
        .unwrap();
    assert!(drafts.open_drafts("fernhill").unwrap().is_empty());
    let again = drafts
        .mark_sent(&id, "Attendance Lead", at("2026-10-05T09:00:00Z"))
        .unwrap_err()
        .to_string();
    assert!(again.contains("marked sent on 2026-10-02"), "{again}");
    assert_eq!(drafts.refresh(&entry, d("2026-10-05")).unwrap(), 0);
    assert!(drafts.open_drafts("fernhill").unwrap().is_empty());
}

#[test]
fn the_leads_digest_lists_each_return_until_it_is_marked_sent() {
    use absence_line::digest::{
        DigestAudience, DigestSources, NoFeeds, SchoolWatch, compose, html, text,
    };
    let store = seeded(10);
    let entry = school();
    let digest_on = |date: &str| {
        let input = DigestSources::open(&store, Schools::new(vec![entry.clone()]))
            .unwrap()
            .gather(
                &entry,
                d(date),
                chrono::NaiveTime::from_hms_opt(15, 30, 0).unwrap(),
                &NoFeeds,
            )
            .unwrap();
        let watch = SchoolWatch::of(&input);
        compose(&input, &watch, DigestAudience::Lead)
    };
    let digest = digest_on("2026-10-02");
    let plain = text::full(&digest);
    assert!(
        plain.contains("RETURNS TO THE LOCAL AUTHORITY (1 to send")
            && plain.contains(
                "- Millie Okafor (Y3) — Absent without authorisation for 10 or more continuous school days (from Mon 21 Sep)"
            ),
        "{plain}"
    );
    assert!(html::render(&digest).contains("Returns to the local authority (to send)"));
    LaDrafts::open(&store)
        .unwrap()
        .mark_sent(
            &DraftId {
                school: "fernhill",
                upn: "A100",
                kind: LaCaseKind::Unauthorised10Days,
                from: d("2026-09-21"),
            },
            "Attendance Lead",
            at("2026-10-02T15:00:00Z"),
        )
        .unwrap();
    assert!(
        text::full(&digest_on("2026-10-05")).contains("RETURNS TO THE LOCAL AUTHORITY (0 to send")
    );
}

/// Millie ill for `ill_days` school days from 7 September, present
/// otherwise up to Friday 13 November; on Monday 16 November her mother
/// writes `text`, which the register records as today's illness.
fn ill_then_told(ill_days: usize, text: &str) -> Store {
    let store = Store::temporary().unwrap();
    let entry = school();
    Roster::open(&store)
        .unwrap()
        .import(
            &[support::millie()],
            &[support::millies_mother()],
            d("2026-09-01"),
        )
        .unwrap();
    let calendar = &entry.calendar;
    let ill: Vec<NaiveDate> = calendar
        .school_days_between(d("2026-09-07"), d("2026-12-18"))
        .into_iter()
        .take(ill_days)
        .collect();
    let mut codes = YearCodes::new(d("2026-08-01"));
    for day in calendar.school_days_between(d("2026-09-03"), d("2026-11-13")) {
        for (s, present) in [
            (Session::Am, Code::PresentAm),
            (Session::Pm, Code::PresentPm),
        ] {
            let code = if ill.contains(&day) {
                Code::Illness
            } else {
                present
            };
            codes.set(SessionDate::new(day, s), Slot::Code(code));
        }
    }
    let book = RegisterBook::open(&store).unwrap();
    book.ledger()
        .load_history("fernhill", &[("A100".into(), codes)])
        .unwrap();
    let told = Inbox::open(&store)
        .unwrap()
        .accept(sms(
            "SM9",
            "+447700900123",
            text,
            at("2026-11-16T07:40:00Z"),
        ))
        .unwrap();
    for session in Session::BOTH {
        book.record(
            Source::Provisional,
            Mark {
                school: "fernhill".into(),
                upn: "A100".into(),
                session: SessionDate::new(d("2026-11-16"), session),
                code: Some(Code::Illness),
                arrival: None,
                provenance: Provenance::ParentReport {
                    message: told.id().to_string(),
                },
                recorded_at: "2026-11-16T07:40:00+00:00".parse().unwrap(),
            },
            "parent's report",
            "parser",
        )
        .unwrap();
    }
    store
}

/// The 15-day sickness case fires on the parent's own forecast: days
/// already missed plus the school days they say are to come.
#[test]
fn a_parents_forecast_of_illness_makes_the_sickness_return_early() {
    let entry = school();
    let sickness = |store: &Store| {
        let drafts = LaDrafts::open(store).unwrap();
        drafts.refresh(&entry, d("2026-11-16")).unwrap();
        drafts
            .open_drafts("fernhill")
            .unwrap()
            .into_iter()
            .filter(|d| d.case.kind == LaCaseKind::Sickness15Days)
            .map(|d| {
                (
                    d.case.from,
                    d.case.to,
                    d.case.school_days,
                    d.case.forecast_days,
                    d.case.open_ended,
                )
            })
            .collect::<Vec<_>>()
    };
    let three_weeks = "Millie has glandular fever, the GP says she will be off for three weeks";
    // Nine days in September, today, and 14 more forecast: 24.
    assert_eq!(
        sickness(&ill_then_told(9, three_weeks)),
        [(d("2026-09-07"), d("2026-12-04"), 24, 14, false)]
    );
    // Nothing said of how long: ten days are not fifteen.
    assert_eq!(
        sickness(&ill_then_told(9, "Millie is poorly today, sorry")),
        []
    );
    // "Until further notice": counted as going on until it reaches 15.
    assert_eq!(
        sickness(&ill_then_told(
            9,
            "Millie has been signed off by the GP until further notice"
        )),
        [(d("2026-09-07"), d("2026-11-23"), 15, 5, true)]
    );
}
