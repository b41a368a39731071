//! The inbound pipeline end to end in the library: a stored message is
//! identified, parsed, recorded, acknowledged and routed.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::domain::{Code, Session, SessionDate};
use absence_line::inbound::{Accepted, InboundMessage, Pipeline, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::register::RegisterBook;
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use support::{at, fernhill_corpus_config, import_roster, queued};

const STAFF: &str = r#"
[school.staff]
office = [{ name = "Office", email = "office@fernhill.example.org" }]
lead = [{ name = "Attendance lead", email = "lead@fernhill.example.org" }]
dsl = [{ name = "DSL", email = "dsl@fernhill.example.org", mobile = "+447700900999", telegram_chat = -100500 }]
"#;

const PUPILS: &str = "fernhill,A100,Amelia,Okafor,Millie,Y3,\n\
    fernhill,A101,Ben,Okafor,,R,\n\
    fernhill,A200,Harvey,Brown,,Y3,child_in_need\n";
const CONTACTS: &str = "A100,1,Grace Okafor,mother,,07700 900123,grace@example.org,en\n\
    A101,1,Grace Okafor,mother,,07700 900123,grace@example.org,en\n\
    A200,1,Kasia Brown,mother,,07700 900200,,pl\n";

struct World {
    pipeline: Pipeline,
    outbox: Outbox,
    register: RegisterBook,
}

fn world() -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    world_with(Templates::load(&root.join("messages")).unwrap())
}

fn world_with(templates: Templates) -> World {
    let config = fernhill_corpus_config(STAFF);
    let store = Store::temporary().unwrap();
    import_roster(&store, PUPILS, CONTACTS, "2026-11-01");
    let schools = Schools::from_config(&config, None).unwrap();
    let pipeline = Pipeline::new(&store, schools, Arc::new(templates)).unwrap();
    World {
        outbox: Outbox::open(&store).unwrap(),
        register: RegisterBook::open(&store).unwrap(),
        pipeline,
    }
}

/// A text from `from` received at `when`.
fn sms(id: &str, from: &str, text: &str, when: &str) -> InboundMessage {
    support::sms(id, from, text, at(when))
}

impl World {
    fn receive(&self, message: InboundMessage) -> Accepted {
        let when = message.received_at;
        let accepted = self.pipeline.inbox().accept(message).unwrap();
        self.pipeline.process_pending(when).unwrap();
        accepted
    }

    fn sent(&self) -> Vec<OutboundMessage> {
        queued(&self.outbox)
    }

    fn code(&self, upn: &str, date: &str, session: Session) -> Option<Code> {
        let entry = self
            .register
            .entry(
                "fernhill",
                upn,
                SessionDate::new(date.parse().unwrap(), session),
            )
            .unwrap();
        entry.and_then(|e| e.effective_code())
    }
}

#[test]
fn a_report_is_recorded_and_acknowledged_in_plain_words() {
    let w = world();
    w.receive(sms(
        "SM1",
        "+447700900123",
        "Millie won't be in today or tomorrow, she's been sick in the night",
        "2026-11-23T07:42:00Z",
    ));
    for date in ["2026-11-23", "2026-11-24"] {
        for session in Session::BOTH {
            assert_eq!(
                w.code("A100", date, session),
                Some(Code::Illness),
                "{date} {session}"
            );
        }
    }
    assert_eq!(
        w.code("A101", "2026-11-23", Session::Am),
        None,
        "Ben is not reported"
    );
    let sent = w.sent();
    assert_eq!(sent.len(), 1, "{sent:#?}");
    let ack = &sent[0];
    assert_eq!(
        (ack.channel, ack.to.as_str(), ack.role, ack.kind.as_str()),
        (Channel::Sms, "+447700900123", Role::Contact(1), "ack")
    );
    assert_eq!(
        ack.text,
        "Thanks — we've recorded Millie as absent today and tomorrow (illness). Please let us know if that changes."
    );
    assert_eq!(ack.pupils, ["A100"]);
}

#[test]
fn a_family_is_answered_wholly_in_their_own_language() {
    let w = world();
    // Kasia's roster language is Polish; she writes in English.
    w.receive(sms(
        "SM2",
        "+447700900200",
        "Harvey is ill, he will be off today and tomorrow",
        "2026-11-23T07:42:00Z",
    ));
    let sent = w.sent();
    let ack = sent
        .iter()
        .find(|m| m.to == "+447700900200")
        .expect("an acknowledgement");
    assert_eq!(
        ack.text,
        "Dziękujemy — zapisaliśmy nieobecność: Harvey, dzisiaj i jutro (choroba). Prosimy o informację, jeśli coś się zmieni."
    );
}

#[test]
fn a_message_the_parser_cannot_account_for_asks_the_office_to_decide() {
    let w = world();
    w.receive(sms(
        "SM3",
        "+447700900200",
        "Dzień dobry, Harvey jest dziś chory i zostanie w domu. Pozdrawiam",
        "2026-11-23T07:42:00Z",
    ));
    let sent = w.sent();
    let office: Vec<&str> = sent
        .iter()
        .filter(|m| m.role == Role::Office)
        .map(|m| m.kind.as_str())
        .collect();
    assert_eq!(office, ["needs_staff"], "{sent:#?}");
}

#[test]
fn processing_a_message_again_sends_nothing_twice() {
    let w = world();
    let message = sms(
        "SM1",
        "+447700900123",
        "Ben has a temperature, keeping him off today",
        "2026-11-23T07:42:00Z",
    );
    w.receive(message.clone());
    assert!(matches!(w.receive(message), Accepted::Duplicate(_)));
    let entry = w.pipeline.inbox().all().unwrap().remove(0);
    w.pipeline
        .process(&entry, at("2026-11-23T08:00:00Z"))
        .unwrap();
    assert_eq!(w.sent().len(), 1);
}

#[test]
fn an_unknown_sender_gets_a_polite_reply_and_no_child_and_the_office_is_told() {
    let w = world();
    w.receive(sms(
        "SM9",
        "+447700900777",
        "Millie Okafor is off sick today",
        "2026-11-23T07:42:00Z",
    ));
    assert_eq!(w.code("A100", "2026-11-23", Session::Am), None);
    let sent = w.sent();
    let reply = sent
        .iter()
        .find(|m| m.role == Role::UnknownSender)
        .expect("a reply to the sender");
    assert_eq!(reply.to, "+447700900777");
    assert!(!reply.text.contains("Millie") && reply.pupils.is_empty());
    let office = sent
        .iter()
        .find(|m| m.role == Role::Office)
        .expect("the office hears");
    assert_eq!(
        (office.kind.as_str(), office.to.as_str()),
        ("unknown_sender", "office@fernhill.example.org")
    );
    assert!(office.pupils.is_empty());
}

#[test]
fn a_safeguarding_message_reaches_the_dsl_on_every_channel() {
    let w = world();
    w.receive(sms(
        "SM3",
        "+447700900200",
        "Harvey won't be in, the police were at the house last night after his dad hit me",
        "2026-11-23T07:30:00Z",
    ));
    let mut dsl: Vec<Channel> = w
        .sent()
        .iter()
        .filter(|m| m.role == Role::Dsl)
        .map(|m| m.channel)
        .collect();
    dsl.sort();
    assert_eq!(dsl, [Channel::Sms, Channel::Email, Channel::Telegram]);
    assert!(
        w.sent()
            .iter()
            .all(|m| m.role != Role::Dsl || m.kind == "safeguarding")
    );
}

#[test]
fn an_unclear_child_is_asked_about_and_the_answer_records_the_report() {
    let w = world();
    w.receive(sms(
        "SM4",
        "+447700900123",
        "Sorry, one of mine has a temperature so staying home today",
        "2026-11-23T07:30:00Z",
    ));
    let question = w
        .sent()
        .into_iter()
        .find(|m| m.kind == "clarify")
        .expect("asked which child");
    assert_eq!(
        question
            .choices
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["Amelia", "Ben"]
    );
    assert_eq!(w.code("A100", "2026-11-23", Session::Am), None);

    w.receive(sms("SM5", "+447700900123", "Ben", "2026-11-23T07:35:00Z"));
    assert_eq!(
        w.code("A101", "2026-11-23", Session::Am),
        Some(Code::Illness)
    );
    assert_eq!(w.code("A100", "2026-11-23", Session::Am), None);
}

#[test]
fn a_correction_moves_the_report_and_keeps_the_history() {
    let w = world();
    w.receive(sms(
        "SM6",
        "+447700900123",
        "Millie is poorly today",
        "2026-11-23T07:30:00Z",
    ));
    w.receive(sms(
        "SM7",
        "+447700900123",
        "sorry, I meant Ben not Millie",
        "2026-11-23T07:33:00Z",
    ));
    assert_eq!(
        w.code("A101", "2026-11-23", Session::Pm),
        Some(Code::Illness)
    );
    assert_eq!(w.code("A100", "2026-11-23", Session::Pm), None);
    let history = w.register.history("fernhill", "A100").unwrap();
    assert!(
        history
            .iter()
            .any(|a| a.reason == "parent corrected the report"
                && a.original.as_ref().unwrap().code == Some(Code::Illness))
    );
    let last = w.sent().pop().unwrap();
    assert!(last.text.contains("Ben"), "{}", last.text);
}

#[test]
fn a_holiday_is_recorded_provisionally_and_goes_to_the_office() {
    let w = world();
    w.receive(sms(
        "SM8",
        "+447700900123",
        "Just to let you know Ben will be off next Monday as we're going away for a long weekend",
        "2026-11-23T07:30:00Z",
    ));
    assert_eq!(
        w.code("A101", "2026-11-30", Session::Am),
        Some(Code::HolidayNotAgreed)
    );
    let office = w
        .sent()
        .into_iter()
        .find(|m| m.role == Role::Office)
        .expect("office decides");
    assert_eq!(office.kind, "needs_staff");
}

/// The shipped English templates that `keep` keeps.
fn english_templates(keep: impl Fn(&str) -> bool) -> Templates {
    let mut templates = Templates::default();
    let english =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("messages/en.toml"))
            .unwrap();
    // The first piece is the file's opening comment.
    let kept: String = english
        .split("\n[")
        .skip(1)
        .filter(|t| keep(t))
        .map(|t| format!("[{t}\n"))
        .collect();
    templates
        .add_language("en", &kept, Path::new("en.toml"))
        .unwrap();
    templates
}

/// A message whose applying fails after its marks and its reply are
/// decided (the office's notice cannot be written) leaves nothing of it
/// behind: no mark, no reply, and the message waiting to be processed
/// again.
#[test]
fn a_message_that_fails_part_way_through_applying_writes_nothing() {
    let w = world_with(english_templates(|t| !t.starts_with("staff_needs_staff")));
    let when = at("2026-11-23T07:45:00Z");
    w.pipeline
        .inbox()
        .accept(sms(
            "SM8",
            "+447700900123",
            "Just to let you know Ben will be off next Monday as we're going away for a long weekend",
            "2026-11-23T07:45:00Z",
        ))
        .unwrap();
    assert_eq!(w.pipeline.process_pending(when).unwrap(), 0);
    assert_eq!(w.code("A101", "2026-11-30", Session::Am), None);
    assert!(w.sent().is_empty(), "{:#?}", w.sent());
    assert_eq!(w.pipeline.inbox().unprocessed().unwrap().len(), 1);
}

#[test]
fn a_message_that_cannot_be_processed_reaches_the_office_after_five_tries() {
    let w = world_with(english_templates(|t| {
        t.starts_with("staff_processing_failed")
    }));
    let when = at("2026-11-23T07:42:00Z");
    w.pipeline
        .inbox()
        .accept(sms(
            "SM1",
            "+447700900123",
            "Millie is poorly today",
            "2026-11-23T07:42:00Z",
        ))
        .unwrap();
    for _ in 1..5 {
        w.pipeline.process_pending(when).unwrap();
        assert!(w.sent().is_empty(), "retried quietly at first");
    }
    w.pipeline.process_pending(when).unwrap();
    let sent = w.sent();
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(
        (sent[0].role, sent[0].kind.as_str()),
        (Role::Office, "needs_staff")
    );
    assert!(sent[0].text.contains("Millie is poorly today"));
    assert!(
        w.pipeline.inbox().unprocessed().unwrap().is_empty(),
        "not retried for ever"
    );
}

#[test]
fn a_forged_email_from_a_parents_address_records_nothing_and_reaches_the_office() {
    let w = world();
    w.receive(InboundMessage {
        channel: Channel::Email,
        provider_id: "forged@example.org".into(),
        from: Sender::UnverifiedEmail {
            address: "grace@example.org".into(),
            why: "dkim=fail".into(),
        },
        subject: Some("Millie".into()),
        ..sms(
            "unused",
            "unused",
            "Millie is off sick today",
            "2026-11-23T07:42:00Z",
        )
    });
    assert_eq!(w.code("A100", "2026-11-23", Session::Am), None);
    let sent = w.sent();
    assert!(
        sent.iter()
            .all(|m| m.pupils.is_empty() && m.role != Role::UnknownSender),
        "no child attached, and no reply to an address that may be forged: {sent:?}"
    );
    assert_eq!(
        sent.iter()
            .filter(|m| m.role == Role::Office && m.kind == "unknown_sender")
            .count(),
        1
    );
}

/// A daemon shutting down with a backlog stops between messages: what it
/// has not worked stays stored for the next round.
#[test]
fn a_pipeline_told_to_stop_leaves_the_rest_stored() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let w = world();
    let when = at("2026-11-23T07:45:00Z");
    for id in ["SM1", "SM2"] {
        w.pipeline
            .inbox()
            .accept(sms(
                id,
                "+447700900123",
                "Millie is poorly today",
                "2026-11-23T07:45:00Z",
            ))
            .unwrap();
    }
    let stopping = AtomicBool::new(true);
    assert_eq!(
        w.pipeline.process_pending_unless(when, &stopping).unwrap(),
        0
    );
    assert_eq!(w.pipeline.inbox().unprocessed().unwrap().len(), 2);
    stopping.store(false, Ordering::SeqCst);
    assert_eq!(
        w.pipeline.process_pending_unless(when, &stopping).unwrap(),
        2
    );
    assert!(w.pipeline.inbox().unprocessed().unwrap().is_empty());
}
