//! The daily purge on the simulated clock: what the school set is purged
//! the day its period ends and not a day before; the register, safeguarding
//! records and pupils on roll are kept.

use crate::support;

use absence_line::clock::{Clock, SimulatedClock};
use absence_line::config::Config;
use absence_line::domain::{
    Code, Contact, Mark, Provenance, Pupil, Session, SessionDate, Slot, academic_year_start,
};
use absence_line::inbound::{InboundMessage, Inbox};
use absence_line::outbox::{OnceKey, OutboundMessage, Outbox, PURGED, Role};
use absence_line::register::{Forgotten, RegisterBook, Source};
use absence_line::retention::{Purged, Retention};
use absence_line::roster::Roster;
use absence_line::safeguarding::{ConcernId, ConcernRecord, Records};
use absence_line::scheduler::Ticker;
use absence_line::schools::Schools;
use absence_line::store::Store;
use support::{
    FERNHILL_SESSIONS, at, config, d, millie, millies_mother, raise_concern, sms,
    text_to_millies_mother,
};

/// The once keys of the chase's text to Millie's mother and of the DSL's
/// alert about her.
const CHASE_TEXT: &str = "chase/fernhill/A100/2025-09-15/chase_day1/contact1/sms:+447700900123";
const DSL_ALERT: &str = "chase/fernhill/A100/2025-09-15/dsl_alert/dsl/email:dsl@example.org";

const RETENTION: &str = r#"
[retention]
messages_months = 13
outbox_months = 13
leavers_contacts_months = 12
safeguarding_years = 25
"#;

fn retention_config() -> Config {
    config(&format!("{RETENTION}{FERNHILL_SESSIONS}"))
}

/// Millie's namesake `upn`.
fn pupil(upn: &str) -> Pupil {
    Pupil {
        upn: upn.into(),
        ..millie()
    }
}

fn contact(upn: &str, mobile: &str) -> Contact {
    Contact {
        upn: upn.into(),
        mobile: Some(mobile.into()),
        ..millies_mother()
    }
}

/// A text from Millie's mother to Fernhill's number.
fn message(id: &str, text: &str, received: &str) -> InboundMessage {
    InboundMessage {
        school: Some("fernhill".into()),
        ..sms(id, "+447700900123", text, at(received))
    }
}

fn sent(role: Role, kind: &str) -> OutboundMessage {
    text_to_millies_mother(role, kind, "Millie is not in school today")
}

#[test]
fn each_record_is_purged_the_day_its_period_ends_and_the_rest_is_kept() {
    let store = Store::temporary().unwrap();
    let clock = SimulatedClock::starting_at(at("2025-09-15T12:00:00Z"));
    let roster = Roster::open(&store).unwrap();
    // A101 leaves on 20 July 2026 (the next import no longer lists them).
    roster
        .import(
            &[pupil("A100"), pupil("A101")],
            &[
                contact("A100", "+447700900123"),
                contact("A101", "+447700900999"),
            ],
            d("2025-09-01"),
        )
        .unwrap();
    roster
        .import(
            &[pupil("A100")],
            &[contact("A100", "+447700900123")],
            d("2026-07-20"),
        )
        .unwrap();

    let inbox = Inbox::open(&store).unwrap();
    for (id, text) in [
        ("SM1", "Millie has a cold, back tomorrow"),
        (
            "SM2",
            "Her dad was violent again and we have gone to a refuge",
        ),
    ] {
        let stored = inbox
            .accept(message(id, text, "2025-09-15T07:30:00Z"))
            .unwrap();
        inbox
            .mark_processed(stored.id(), clock.now(), "recorded")
            .unwrap();
        if id == "SM2" {
            raise_concern(&store, stored.id(), &millie(), at("2025-09-15T07:30:00Z"));
        }
    }
    let outbox = Outbox::open(&store).unwrap();
    outbox
        .enqueue(
            sent(Role::Contact(1), "chase_day1"),
            Some(&CHASE_TEXT.parse().unwrap()),
            clock.now(),
        )
        .unwrap();
    outbox
        .enqueue(
            sent(Role::Dsl, "safeguarding"),
            Some(&DSL_ALERT.parse().unwrap()),
            clock.now(),
        )
        .unwrap();
    outbox
        .cancel_pending(
            &OnceKey::chase_steps_of("fernhill/A100/2025-09-15"),
            "answered",
            clock.now(),
        )
        .unwrap();
    let book = RegisterBook::open(&store).unwrap();
    let session = SessionDate::new(d("2025-09-15"), Session::Am);
    book.record(
        Source::Mis,
        Mark {
            school: "fernhill".into(),
            upn: "A100".into(),
            session,
            code: Some(Code::Illness),
            arrival: None,
            provenance: Provenance::Mis,
            recorded_at: "2025-09-15T09:20:00+01:00".parse().unwrap(),
        },
        "register",
        "mis",
    )
    .unwrap();

    let config = retention_config();
    let schools = Schools::from_config(&config, None).unwrap();
    let retention = || Retention::new(&store, schools.clone(), config.retention.clone()).unwrap();

    // A minute before 13 months are up: nothing goes.
    clock.set(at("2026-10-15T07:29:00Z"));
    assert_eq!(retention().purge(clock.now()).unwrap(), Purged::default());

    // 13 months on: the ordinary message and the chase; not the
    // safeguarding message, not the DSL's alert, not the register.
    clock.set(at("2026-10-15T12:00:00Z"));
    assert_eq!(
        retention().purge(clock.now()).unwrap(),
        Purged {
            messages: 1,
            outbox: 1,
            contacts: 0,
            safeguarding_records: 0,
            register: Forgotten::default(),
        }
    );
    let kept: Vec<String> = inbox
        .all()
        .unwrap()
        .into_iter()
        .map(|e| e.message.text.for_parser().to_string())
        .collect();
    assert_eq!(
        kept,
        ["Her dad was violent again and we have gone to a refuge"]
    );
    let chase = outbox.get(&format!("once/{CHASE_TEXT}")).unwrap().unwrap();
    assert_eq!(
        (chase.message.to.as_str(), chase.message.text.as_str()),
        (PURGED, PURGED)
    );
    assert!(
        outbox.was_enqueued(&CHASE_TEXT.parse().unwrap()).unwrap(),
        "the once key still holds"
    );
    let alert = outbox.get(&format!("once/{DSL_ALERT}")).unwrap().unwrap();
    assert_eq!(alert.message.text, "Millie is not in school today");
    assert!(book.entry("fernhill", "A100", session).unwrap().is_some());
    assert_eq!(book.history("fernhill", "A100").unwrap().len(), 1);

    // The leaver's contacts go 12 months after leaving, through the
    // ticker, once a day; those of the pupil on roll stay.
    clock.set(at("2027-07-19T12:00:00Z"));
    let ticker = retention();
    ticker.tick(clock.now()).unwrap();
    assert_eq!(roster.contacts_of("A101").unwrap().len(), 1);
    clock.set(at("2027-07-20T12:00:00Z"));
    ticker.tick(clock.now()).unwrap();
    assert!(roster.contacts_of("A101").unwrap().is_empty());
    assert!(
        roster
            .contacts_by_phone("+447700900999")
            .unwrap()
            .is_empty()
    );
    assert_eq!(roster.contacts_of("A100").unwrap().len(), 1);
    assert_eq!(
        ticker.next_wake(clock.now()).unwrap(),
        Some(at("2027-07-21T01:00:00Z"))
    );
    assert!(
        roster.pupil("fernhill", "A101").unwrap().is_some(),
        "the pupil's record stays"
    );

    // 25 years on, the safeguarding records go too, and the register,
    // past its 6 years.
    clock.set(at("2050-09-15T12:00:00Z"));
    assert_eq!(
        retention().purge(clock.now()).unwrap(),
        Purged {
            messages: 1,
            outbox: 1,
            contacts: 0,
            safeguarding_records: 0,
            register: Forgotten {
                entries: 1,
                amendments: 1
            },
        }
    );
}

/// Register entries and every amendment are kept 6 years from the entry
/// (the 2024 regulations): on the last day of the sixth year they are
/// there; the next day they go, with their compact codes, and a later
/// entry stays.
#[test]
fn the_register_is_kept_six_years_from_the_entry_and_then_purged() {
    let store = Store::temporary().unwrap();
    let book = RegisterBook::open(&store).unwrap();
    let mark = |date: &str, code: Code, recorded: &str| Mark {
        school: "fernhill".into(),
        upn: "A100".into(),
        session: SessionDate::new(d(date), Session::Am),
        code: Some(code),
        arrival: None,
        provenance: Provenance::Mis,
        recorded_at: recorded.parse().unwrap(),
    };
    // Monday 6 January 2020: recorded, then amended; a year later, another.
    book.record(
        Source::Mis,
        mark("2020-01-06", Code::NoReasonYet, "2020-01-06T09:20:00+00:00"),
        "register",
        "mis",
    )
    .unwrap();
    book.record(
        Source::Mis,
        mark("2020-01-06", Code::Illness, "2020-01-07T10:00:00+00:00"),
        "parent rang",
        "mis",
    )
    .unwrap();
    book.record(
        Source::Mis,
        mark("2021-01-06", Code::Illness, "2021-01-06T09:20:00+00:00"),
        "register",
        "mis",
    )
    .unwrap();
    let config = retention_config();
    let schools = Schools::from_config(&config, None).unwrap();
    let retention = Retention::new(&store, schools, config.retention.clone()).unwrap();
    let first = SessionDate::new(d("2020-01-06"), Session::Am);
    let later = SessionDate::new(d("2021-01-06"), Session::Am);
    let year_of = |date: &str| {
        book.ledger()
            .year("fernhill", academic_year_start(d(date)), "A100")
            .unwrap()
    };

    // 5 years and 364 days on: all kept.
    let kept = retention.purge(at("2026-01-05T12:00:00Z")).unwrap();
    assert_eq!(kept.register, Forgotten::default());
    assert!(book.entry("fernhill", "A100", first).unwrap().is_some());
    assert_eq!(book.history("fernhill", "A100").unwrap().len(), 3);
    assert_eq!(
        year_of("2020-01-06").unwrap().get(first),
        Slot::Code(Code::Illness)
    );

    // 6 years on: the entry and both its amendments go; the later one stays.
    let purged = retention.purge(at("2026-01-06T12:00:00Z")).unwrap();
    assert_eq!(
        purged.register,
        Forgotten {
            entries: 1,
            amendments: 2
        }
    );
    assert!(book.entry("fernhill", "A100", first).unwrap().is_none());
    assert!(book.entry("fernhill", "A100", later).unwrap().is_some());
    assert_eq!(book.history("fernhill", "A100").unwrap().len(), 1);
    assert_eq!(
        year_of("2020-01-06")
            .map(|y| y.get(first))
            .unwrap_or(Slot::Empty),
        Slot::Empty
    );
    assert_eq!(
        year_of("2021-01-06").unwrap().get(later),
        Slot::Code(Code::Illness)
    );
    assert_eq!(
        retention
            .purge(at("2026-01-07T12:00:00Z"))
            .unwrap()
            .register,
        Forgotten::default(),
        "nothing twice"
    );
}

/// The safeguarding record itself is kept while its pupil is on roll, and
/// `safeguarding_records_years_after_leaving` (25 by default) after the
/// last of its pupils left: on the day, not before; records about a pupil
/// still on roll, or one the roster does not know, stay.
#[test]
fn a_safeguarding_record_goes_25_years_after_its_pupils_left_and_not_before() {
    let store = Store::temporary().unwrap();
    let roster = Roster::open(&store).unwrap();
    roster
        .import(
            &[pupil("A100"), pupil("A101"), pupil("A102")],
            &[contact("A100", "+447700900123")],
            d("2025-09-01"),
        )
        .unwrap();
    // A101 and A102 leave on 20 July 2026; A100 stays.
    roster
        .import(
            &[pupil("A100")],
            &[contact("A100", "+447700900123")],
            d("2026-07-20"),
        )
        .unwrap();
    let records = Records::open(&store).unwrap();
    for (id, upns) in [
        ("leaver", vec!["A101"]),
        ("siblings", vec!["A101", "A100"]),
        ("on-roll", vec!["A100"]),
        ("unknown", vec!["Z999"]),
        ("both-left", vec!["A101", "A102"]),
        // From a sender the roster does not know: about no pupil on roll.
        ("from-a-stranger", vec![]),
    ] {
        records
            .raise(&ConcernRecord {
                id: ConcernId::of_message(id),
                message: None,
                school: "fernhill".into(),
                upns: upns.into_iter().map(Into::into).collect(),
                pupil_names: vec!["Millie".into()],
                raised_at: at("2025-10-01T07:30:00Z"),
                concerns: Vec::new(),
                events: Vec::new(),
            })
            .unwrap();
    }
    let config = retention_config();
    assert_eq!(
        config.retention.safeguarding_records_years_after_leaving,
        25
    );
    let schools = Schools::from_config(&config, None).unwrap();
    let retention = Retention::new(&store, schools, config.retention.clone()).unwrap();
    let kept = || {
        let mut ids: Vec<String> = records
            .of_school("fernhill")
            .unwrap()
            .into_iter()
            .map(|r| r.id.as_str().to_string())
            .collect();
        ids.sort();
        ids
    };

    // A concern about no pupil runs its 25 years from when it was raised.
    let clock = SimulatedClock::starting_at(at("2050-09-30T12:00:00Z"));
    assert_eq!(
        retention.purge(clock.now()).unwrap().safeguarding_records,
        0
    );
    clock.set(at("2050-10-01T12:00:00Z"));
    assert_eq!(
        retention.purge(clock.now()).unwrap().safeguarding_records,
        1
    );
    assert!(!kept().contains(&"from-a-stranger".to_string()));

    clock.set(at("2051-07-19T12:00:00Z"));
    assert_eq!(
        retention.purge(clock.now()).unwrap().safeguarding_records,
        0
    );
    assert_eq!(kept().len(), 5);
    clock.set(at("2051-07-20T12:00:00Z"));
    assert_eq!(
        retention.purge(clock.now()).unwrap().safeguarding_records,
        2
    );
    assert_eq!(kept(), ["on-roll", "siblings", "unknown"]);
}
