//! Unknown senders in a daemon serving two schools: each message goes to
//! the office of the school whose number received it (or the trust's),
//! each school's work item is its own, and a sender who writes again and
//! again gets one reply and one office notice a day.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::inbound::{InboundMessage, Pipeline, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::safeguarding::{Audience, Barrier, ConcernId, Escalator, Records};
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use absence_line::web::worklist::{Done, Worklist};
use support::{at, queued, sms};

struct World {
    pipeline: Pipeline,
    outbox: Outbox,
    worklist: Worklist,
    escalator: Escalator,
    barrier: Barrier,
    records: Records,
}

fn world(trust: &str) -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = support::two_schools(trust, |_| String::new());
    let store = Store::temporary().unwrap();
    let schools = Schools::from_config(&config, None).unwrap();
    let templates = Templates::load(&root.join("messages")).unwrap();
    let templates = Arc::new(templates);
    let outbox = Outbox::open(&store).unwrap();
    World {
        pipeline: Pipeline::new(&store, schools.clone(), templates.clone()).unwrap(),
        worklist: Worklist::open(&store, outbox.clone()).unwrap(),
        escalator: Escalator::new(&store, schools.clone(), templates).unwrap(),
        barrier: Barrier::open(&store, schools).unwrap(),
        records: Records::open(&store).unwrap(),
        outbox,
    }
}

fn text(sid: &str, to_school: Option<&str>, when: &str) -> InboundMessage {
    InboundMessage {
        school: to_school.map(Into::into),
        ..sms(
            sid,
            "+447700900777",
            "Is the school open tomorrow?",
            at(when),
        )
    }
}

impl World {
    fn receive(&self, message: InboundMessage) {
        let when = message.received_at;
        self.pipeline.inbox().accept(message).unwrap();
        self.pipeline.process_pending(when).unwrap();
    }

    fn sent(&self) -> Vec<OutboundMessage> {
        queued(&self.outbox)
    }

    fn office_notices(&self) -> Vec<OutboundMessage> {
        self.sent()
            .into_iter()
            .filter(|m| m.role == Role::Office)
            .collect()
    }

    /// Everything sent to `to`.
    fn sent_to(&self, to: &str) -> Vec<OutboundMessage> {
        self.sent().into_iter().filter(|m| m.to == to).collect()
    }

    /// What the staff screen shows `audience` of a stored message.
    fn on_screen(&self, inbox_id: &str, audience: Audience) -> String {
        let entry = self.pipeline.inbox().get(inbox_id).unwrap().unwrap();
        self.barrier
            .guard(&entry)
            .unwrap()
            .open(audience)
            .to_string()
    }
}

/// Words the parser reads as a disclosure of physical abuse.
const CONCERN: &str = "I am worried about a boy in year 5, his stepdad hit him last night and he is frightened to go home";

fn concern(sid: &str, to_school: Option<&str>, when: &str) -> InboundMessage {
    InboundMessage {
        text: CONCERN.into(),
        ..text(sid, to_school, when)
    }
}

fn mentions_the_words(message: &OutboundMessage) -> bool {
    let all = format!("{:?} {} {:?}", message.subject, message.text, message.html);
    all.contains("stepdad") || all.contains("frightened") || all.contains("hit him")
}

#[test]
fn an_unknown_senders_concern_reaches_the_receiving_schools_dsl_alone_and_climbs() {
    let w = world("");
    w.receive(concern("SM1", Some("oakfield"), "2026-11-23T09:00:00Z"));

    let dsl = w.sent_to("dsl@oakfield.example.org");
    assert_eq!(dsl.len(), 1, "{dsl:?}");
    assert!(dsl[0].text.contains(CONCERN), "{}", dsl[0].text);
    assert!(
        dsl[0].text.contains("+447700900777"),
        "the DSL sees who wrote"
    );
    assert!(
        w.sent_to("dsl@fernhill.example.org").is_empty(),
        "another school's DSL hears nothing"
    );

    let office = w.office_notices();
    assert_eq!(office.len(), 1, "{office:?}");
    assert_eq!(office[0].to, "office@oakfield.example.org");
    assert!(!mentions_the_words(&office[0]), "{}", office[0].text);
    assert!(
        office[0]
            .text
            .contains("A message from an unknown sender is with the DSL, 09:00."),
        "{}",
        office[0].text
    );
    for message in w.sent() {
        if message.role != Role::Dsl {
            assert!(!mentions_the_words(&message), "{message:?}");
        }
    }
    assert_eq!(
        w.on_screen("sms/SM1", Audience::Staff),
        "A message from an unknown sender is with the DSL, 09:00."
    );
    assert_eq!(w.on_screen("sms/SM1", Audience::Safeguarding), CONCERN);

    let record = w
        .records
        .get(&ConcernId::of_message("sms/SM1"))
        .unwrap()
        .expect("the concern is recorded");
    assert_eq!(record.school, "oakfield");
    assert!(record.upns.is_empty());

    // Unacknowledged, it climbs to the deputies at +15 minutes, words and all.
    assert_eq!(w.escalator.climb(at("2026-11-23T09:14:00Z")).unwrap(), 0);
    assert_eq!(w.escalator.climb(at("2026-11-23T09:15:00Z")).unwrap(), 1);
    let deputy = w.sent_to("deputy@oakfield.example.org");
    assert_eq!(deputy.len(), 1, "{deputy:?}");
    assert!(deputy[0].text.contains(CONCERN), "{}", deputy[0].text);
    assert!(w.sent_to("deputy@fernhill.example.org").is_empty());
}

#[test]
fn an_unknown_senders_concern_no_school_received_is_each_schools_dsl_own() {
    let w = world(
        "[trust]\nname = \"Oak Trust\"\n\
         office = [{ name = \"Trust office\", email = \"office@oaktrust.example.org\" }]\n",
    );
    w.receive(concern("SM1", None, "2026-11-23T09:00:00Z"));
    for school in ["fernhill", "oakfield"] {
        let dsl = w.sent_to(&format!("dsl@{school}.example.org"));
        assert_eq!(dsl.len(), 1, "{school}: {dsl:?}");
        assert!(dsl[0].text.contains(CONCERN));
    }
    let office = w.office_notices();
    assert_eq!(office.len(), 1, "{office:?}");
    assert_eq!(office[0].to, "office@oaktrust.example.org");
    assert!(!mentions_the_words(&office[0]), "{}", office[0].text);
    assert_eq!(
        w.on_screen("sms/SM1", Audience::Staff),
        "A message from an unknown sender is with the DSL, 09:00."
    );

    // Fernhill's DSL acknowledges; Oakfield's concern still climbs.
    let fernhill = ConcernId::of_message_at("sms/SM1", "fernhill");
    assert!(
        w.records
            .acknowledge(
                &fernhill,
                "DSL",
                None,
                "pressed Acknowledge",
                at("2026-11-23T09:05:00Z")
            )
            .unwrap()
    );
    assert_eq!(w.escalator.climb(at("2026-11-23T09:15:00Z")).unwrap(), 1);
    assert!(w.sent_to("deputy@fernhill.example.org").is_empty());
    assert_eq!(w.sent_to("deputy@oakfield.example.org").len(), 1);

    // Processing the message again after a crash raises and sends nothing new.
    let before = w.sent().len();
    let entry = w.pipeline.inbox().get("sms/SM1").unwrap().unwrap();
    w.pipeline
        .process(&entry, at("2026-11-23T09:20:00Z"))
        .unwrap();
    assert_eq!(w.sent().len(), before);
}

#[test]
fn a_repeat_unknown_senders_concern_still_reaches_the_dsl() {
    let w = world("");
    w.receive(text("SM1", Some("fernhill"), "2026-11-23T08:00:00Z"));
    w.receive(concern("SM2", Some("fernhill"), "2026-11-23T08:10:00Z"));
    assert_eq!(
        w.office_notices().len(),
        1,
        "the office was told once today"
    );
    let dsl = w.sent_to("dsl@fernhill.example.org");
    assert_eq!(dsl.len(), 1, "{dsl:?}");
    assert!(dsl[0].text.contains(CONCERN));
}

#[test]
fn a_text_to_one_schools_number_reaches_that_office_only() {
    let w = world("");
    w.receive(text("SM1", Some("oakfield"), "2026-11-23T07:40:00Z"));
    let notices = w.office_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].to, "office@oakfield.example.org");
    assert_eq!(notices[0].school.as_deref(), Some("oakfield"));
    assert!(
        w.worklist
            .items("fernhill", false, false, at("2026-11-23T00:00:00Z"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        w.worklist
            .items("oakfield", false, false, at("2026-11-23T00:00:00Z"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_message_no_school_received_is_each_schools_own_item() {
    let w = world("");
    w.receive(text("SM2", None, "2026-11-23T07:40:00Z"));
    let fernhill = w
        .worklist
        .items("fernhill", false, false, at("2026-11-23T00:00:00Z"))
        .unwrap();
    let oakfield = w
        .worklist
        .items("oakfield", false, false, at("2026-11-23T00:00:00Z"))
        .unwrap();
    assert_eq!((fernhill.len(), oakfield.len()), (1, 1));
    assert_ne!(fernhill[0].id, oakfield[0].id);
    let done = Done {
        who: "staff:jo".into(),
        at: at("2026-11-23T08:00:00Z"),
        note: "rang back".into(),
    };
    assert!(w.worklist.mark_done(&fernhill[0], done).unwrap());
    assert!(
        w.worklist
            .items("fernhill", false, false, at("2026-11-23T00:00:00Z"))
            .unwrap()[0]
            .done
            .is_some()
    );
    assert_eq!(
        w.worklist
            .items("oakfield", false, false, at("2026-11-23T00:00:00Z"))
            .unwrap()[0]
            .done,
        None,
        "Fernhill closing its item leaves Oakfield's open"
    );
}

#[test]
fn with_a_trust_inbox_a_message_no_school_received_goes_there_alone() {
    let w = world(
        "[trust]\nname = \"Oak Trust\"\n\
         office = [{ name = \"Trust office\", email = \"office@oaktrust.example.org\" }]\n",
    );
    w.receive(text("SM3", None, "2026-11-23T07:40:00Z"));
    let notices = w.office_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].to, "office@oaktrust.example.org");
    assert_eq!(notices[0].school, None);
    // The trust office's item is for staff of every school of the trust,
    // not for either school's office.
    for school in ["fernhill", "oakfield"] {
        assert!(
            w.worklist
                .items(school, false, false, at("2026-11-23T00:00:00Z"))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            w.worklist
                .items(school, false, true, at("2026-11-23T00:00:00Z"))
                .unwrap()
                .len(),
            1
        );
    }
    w.receive(text("SM4", Some("fernhill"), "2026-11-23T07:50:00Z"));
    assert_eq!(
        w.office_notices().last().unwrap().to,
        "office@fernhill.example.org",
        "a school's own number still reaches the school"
    );
}

#[test]
fn a_sender_writing_a_hundred_times_gets_one_reply_and_one_notice_a_day() {
    let w = world("");
    for i in 0..100 {
        let when = format!("2026-11-23T{:02}:{:02}:00Z", 8 + i / 60, i % 60);
        w.receive(text(&format!("SM{i}"), Some("fernhill"), &when));
    }
    let replies = |w: &World| {
        w.sent()
            .iter()
            .filter(|m| m.role == Role::UnknownSender)
            .count()
    };
    assert_eq!(replies(&w), 1);
    assert_eq!(w.office_notices().len(), 1);
    let outcomes: Vec<String> = w
        .pipeline
        .inbox()
        .all()
        .unwrap()
        .into_iter()
        .filter_map(|e| e.outcome)
        .collect();
    assert_eq!(outcomes.len(), 100, "every message is kept and processed");
    w.receive(text(
        "SM-next-day",
        Some("fernhill"),
        "2026-11-24T08:00:00Z",
    ));
    assert_eq!(replies(&w), 2, "a new day, a new reply");
    assert_eq!(w.office_notices().len(), 2);
}

#[test]
fn an_email_whose_sender_is_not_verified_gets_no_reply_and_reaches_the_office() {
    let w = world("");
    let mut forged = text("m1@example.org", Some("fernhill"), "2026-11-23T07:40:00Z");
    forged.channel = Channel::Email;
    forged.from = Sender::UnverifiedEmail {
        address: "grace@example.org".into(),
        why: "dkim=fail".into(),
    };
    w.receive(forged);
    assert!(w.sent().iter().all(|m| m.role != Role::UnknownSender));
    let notices = w.office_notices();
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0]
            .text
            .contains("grace@example.org (not verified: dkim=fail)"),
        "{}",
        notices[0].text
    );
}
