//! The office's daily digest in a daemon serving two schools: sent once a
//! school day at each school's own office time (in BST and in GMT), each
//! school's own work and unknown senders alone, a sender who writes again
//! and again as one line, and a concern only as "with the DSL".

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::config::Config;
use absence_line::digest::{ChaseProgress, DigestFeeds, Digests, NeedsPerson, SafeguardingItem};
use absence_line::inbound::{InboundMessage, Pipeline};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use absence_line::web::worklist::Worklist;
use chrono::NaiveDate;
use support::{at, queued, sms};

/// Fernhill (office digest at the default 15:45) and Oakfield (16:10),
/// each with its own office (an email and a phone), DSL and number.
fn two_schools() -> Config {
    support::two_schools("", |id| {
        let (office_phone, digest) = match id {
            "fernhill" => ("+447700900501", ""),
            _ => (
                "+447700900502",
                "[school.digest]\noffice_time = \"16:10\"\n",
            ),
        };
        format!(
            "[[school.staff.office]]\nname = \"Office phone\"\nmobile = \"{office_phone}\"\n{digest}"
        )
    })
}

/// A chase that told Fernhill's office about Millie at 11:00.
struct Chases;

impl DigestFeeds for Chases {
    fn chases(&self, school: &str, _: NaiveDate) -> absence_line::Result<Vec<ChaseProgress>> {
        Ok(if school == "fernhill" {
            vec![ChaseProgress {
                upn: "A100".into(),
                step: "office told".into(),
                next_step_at: Some(at("2026-11-24T09:25:00Z")),
                office_told_at: Some(at("2026-11-23T11:00:00Z")),
            }]
        } else {
            Vec::new()
        })
    }
    fn needs_person(&self, _: &str, _: NaiveDate) -> absence_line::Result<Vec<NeedsPerson>> {
        Ok(Vec::new())
    }
    fn safeguarding(&self, _: &str, _: NaiveDate) -> absence_line::Result<Vec<SafeguardingItem>> {
        Ok(Vec::new())
    }
}

struct World {
    store: Store,
    schools: Schools,
    pipeline: Pipeline,
    outbox: Outbox,
    digests: Digests,
}

fn world() -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = two_schools();
    let store = Store::temporary().unwrap();
    let schools = Schools::from_config(&config, None).unwrap();
    let templates = Templates::load(&root.join("messages")).unwrap();
    let outbox = Outbox::open(&store).unwrap();
    World {
        pipeline: Pipeline::new(&store, schools.clone(), Arc::new(templates)).unwrap(),
        digests: digests(&store, &schools),
        outbox,
        schools,
        store,
    }
}

/// The scheduled digests, as a daemon (re)starting on `store` has them.
fn digests(store: &Store, schools: &Schools) -> Digests {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = Templates::load(&root.join("messages")).unwrap();
    Digests::new(
        store,
        schools.clone(),
        Outbox::open(store).unwrap(),
        templates,
        Arc::new(Chases),
    )
    .unwrap()
}

impl World {
    fn receive(&self, message: InboundMessage) {
        let when = message.received_at;
        self.pipeline.inbox().accept(message).unwrap();
        self.pipeline.process_pending(when).unwrap();
    }

    /// Every office digest queued to `school`'s office by email.
    fn office_digests(&self, school: &str) -> Vec<OutboundMessage> {
        let to = format!("office@{school}.example.org");
        queued(&self.outbox)
            .into_iter()
            .filter(|m| m.kind == "digest" && m.role == Role::Office && m.to == to)
            .collect()
    }

    /// The one office digest `school`'s office got by email, as text and
    /// HTML.
    fn office_digest(&self, school: &str) -> (String, String) {
        let [digest] = &self.office_digests(school)[..] else {
            panic!("one office digest for {school}")
        };
        (digest.text.clone(), digest.html.clone().unwrap())
    }

    fn tick(&self, now: &str) {
        self.digests.tick(at(now)).unwrap();
    }
}

fn text(sid: &str, from: &str, to_school: &str, when: &str) -> InboundMessage {
    InboundMessage {
        school: Some(to_school.into()),
        ..sms(sid, from, "Is the school open tomorrow?", at(when))
    }
}

#[test]
fn the_office_digest_goes_once_at_each_schools_local_time_in_bst_and_gmt() {
    let w = world();
    // Monday 5 October 2026, BST: 15:45 in London is 14:45 UTC.
    w.tick("2026-10-05T14:44:59Z");
    assert!(w.office_digests("fernhill").is_empty());
    w.tick("2026-10-05T14:45:00Z");
    assert_eq!(w.office_digests("fernhill").len(), 1);
    let by_text: Vec<OutboundMessage> = queued(&w.outbox)
        .into_iter()
        .filter(|m| m.kind == "digest" && m.role == Role::Office && m.channel == Channel::Sms)
        .collect();
    assert_eq!(by_text.len(), 1, "the office's phone has the short version");
    assert!(
        by_text[0].text.starts_with("Fernhill") && by_text[0].html.is_none(),
        "{}",
        by_text[0].text
    );
    assert!(
        w.office_digests("oakfield").is_empty(),
        "Oakfield's is 16:10"
    );
    w.tick("2026-10-05T15:10:00Z");
    assert_eq!(w.office_digests("oakfield").len(), 1);

    // A second tick, and a restarted daemon, send nothing again.
    w.tick("2026-10-05T15:20:00Z");
    digests(&w.store, &w.schools)
        .tick(at("2026-10-05T16:00:00Z"))
        .unwrap();
    assert_eq!(w.office_digests("fernhill").len(), 1);
    assert_eq!(w.office_digests("oakfield").len(), 1);

    // Monday 23 November, GMT: 15:45 in London is 15:45 UTC.
    assert_eq!(
        w.digests.next_wake(at("2026-11-23T15:31:00Z")),
        Some(at("2026-11-23T15:45:00Z"))
    );
    w.tick("2026-11-23T15:44:59Z");
    assert_eq!(w.office_digests("fernhill").len(), 1);
    w.tick("2026-11-23T15:45:00Z");
    assert_eq!(w.office_digests("fernhill").len(), 2);

    // Not on a closure day (Friday 27 November) nor a Saturday.
    w.tick("2026-11-27T17:00:00Z");
    w.tick("2026-11-28T17:00:00Z");
    assert_eq!(w.office_digests("fernhill").len(), 2);
    assert_eq!(
        w.digests.next_wake(at("2026-11-27T17:00:00Z")),
        Some(at("2026-11-30T10:00:00Z")),
        "the next is Monday's lead digest"
    );

    // A digest is a summary of the office's work, not an item of it.
    let items = Worklist::open(&w.store, w.outbox.clone())
        .unwrap()
        .items("fernhill", true, true, at("2026-10-01T00:00:00Z"))
        .unwrap();
    assert!(items.is_empty(), "{items:?}");
}

#[test]
fn neither_schools_office_digest_shows_the_others_items() {
    let w = world();
    w.receive(text(
        "SM1",
        "+447700900777",
        "fernhill",
        "2026-11-23T08:02:00Z",
    ));
    w.receive(text(
        "SM2",
        "+447700900888",
        "oakfield",
        "2026-11-23T08:30:00Z",
    ));
    w.tick("2026-11-23T16:10:00Z");

    let (fernhill, fernhill_html) = w.office_digest("fernhill");
    let (oakfield, oakfield_html) = w.office_digest("oakfield");
    for (own, other, text, html) in [
        ("777", "888", &fernhill, &fernhill_html),
        ("888", "777", &oakfield, &oakfield_html),
    ] {
        assert!(
            text.contains(&format!("+447700900{own} (not on the roster)")),
            "{text}"
        );
        assert!(
            html.contains(&format!("+447700900{own} (not on the roster)")),
            "{html}"
        );
        assert!(!text.contains(other) && !html.contains(other), "{text}");
        assert!(text.contains("NEEDS A PERSON (1)"), "{text}");
        assert!(text.contains("Message from an unknown sender"), "{text}");
    }
    assert!(
        fernhill.contains(
            "CHASES WAITING ON THE OFFICE (1)\n- 11:00 A100: still unexplained since the office was told; \
             last: office told; next step Tue 24 Nov 09:25"
        ),
        "{fernhill}"
    );
    assert!(
        oakfield.contains("CHASES WAITING ON THE OFFICE (0)"),
        "{oakfield}"
    );
}

#[test]
fn an_unknown_sender_writing_five_times_is_one_line_and_one_office_notice() {
    let w = world();
    for (sid, when) in [
        ("SM1", "2026-11-23T08:02:00Z"),
        ("SM2", "2026-11-23T08:15:00Z"),
        ("SM3", "2026-11-23T08:40:00Z"),
        ("SM4", "2026-11-23T09:05:00Z"),
        ("SM5", "2026-11-23T09:40:00Z"),
    ] {
        w.receive(text(sid, "+447700900777", "fernhill", when));
    }
    let sent = queued(&w.outbox);
    let notices: Vec<&OutboundMessage> = sent
        .iter()
        .filter(|m| m.kind == "unknown_sender" && m.to == "office@fernhill.example.org")
        .collect();
    assert_eq!(notices.len(), 1, "{notices:?}");
    let replies = sent
        .iter()
        .filter(|m| m.to == "+447700900777" && m.role == Role::UnknownSender)
        .count();
    assert_eq!(replies, 1, "one automatic reply a day");

    // Processed again (as after a crash), a message is not counted twice.
    let entry = w.pipeline.inbox().get("sms/SM3").unwrap().unwrap();
    w.pipeline
        .process(&entry, at("2026-11-23T09:50:00Z"))
        .unwrap();

    w.tick("2026-11-23T15:45:00Z");
    let (text, html) = w.office_digest("fernhill");
    // In November London keeps UTC: 08:02 UTC is 08:02 there.
    let line = "08:02 +447700900777 (not on the roster) wrote 5 times today, \
                first 08:02, last 09:40; replied once";
    assert!(text.contains("UNKNOWN SENDERS TODAY (1)"), "{text}");
    assert!(text.contains(line), "{text}");
    assert_eq!(text.matches("+447700900777").count(), 1, "{text}");
    assert!(
        html.contains(&line.replacen("08:02 ", "08:02</strong> ", 1)),
        "{html}"
    );
}
