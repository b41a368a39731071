//! Safeguarding stays with the DSL, and no concern waits: a concern's
//! words reach the DSL roles only, on every path, while everyone else is
//! told that a concern exists; an unacknowledged concern climbs to the
//! deputies, then the head, or out of hours to the out-of-hours contact,
//! and an acknowledgement stops it.

use crate::support;

use std::path::Path;
use std::sync::Arc;

use absence_line::digest::{
    DigestAudience, DigestSources, Digests, SchoolWatch, compose, html, text,
};
use absence_line::feeds::ChaseFeed;
use absence_line::inbound::{InboundMessage, Pipeline, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::safeguarding::{ConcernId, Escalator, Happened, Records, Tier, Via};
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use chrono::{Duration, NaiveTime};
use support::{at, fernhill_corpus_config, import_roster, queued, sms};

/// The staff; the safeguarding ladder (deputies, head, out of hours) is
/// the fixture's.
const STAFF: &str = r#"
[school.staff]
office = [
  { name = "Office by email", email = "office@fernhill.example.org" },
  { name = "Office by Telegram", telegram_chat = -100600 },
  { name = "Office by text", mobile = "+447700900601" },
]
lead = [{ name = "Attendance lead", email = "lead@fernhill.example.org" }]
dsl = [{ name = "Dana DSL", email = "dsl@fernhill.example.org", mobile = "+447700900999", telegram_chat = -100500 }]
"#;

const PUPILS: &str = "fernhill,A200,Harvey,Brown,,Y3,child_in_need\n\
    fernhill,A300,Ruby,Stone,,Y4,\n";
const CONTACTS: &str = "A200,1,Kasia Brown,mother,,07700 900200,,en\n\
    A300,1,Tom Stone,father,,07700 900300,,en\n";

/// The words of the concern, and the trigger the parser finds in them.
const WORDS: &str =
    "Harvey won't be in, the police were at the house last night after his dad hit me";
const TRIGGER: &str = "hit me";

struct World {
    _dir: tempfile::TempDir,
    store: Store,
    schools: Schools,
    templates: Arc<Templates>,
    pipeline: Pipeline,
    outbox: Outbox,
}

fn world() -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = fernhill_corpus_config(STAFF);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    import_roster(&store, PUPILS, CONTACTS, "2026-11-01");
    let schools = Schools::from_config(&config, None).unwrap();
    let templates = Arc::new(Templates::load(&root.join("messages")).unwrap());
    let pipeline = Pipeline::new(&store, schools.clone(), templates.clone()).unwrap();
    World {
        outbox: Outbox::open(&store).unwrap(),
        pipeline,
        store,
        schools,
        templates,
        _dir: dir,
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

    fn escalator(&self) -> Escalator {
        Escalator::new(&self.store, self.schools.clone(), self.templates.clone()).unwrap()
    }

    fn concern(&self) -> absence_line::safeguarding::ConcernRecord {
        let records = Records::open(&self.store).unwrap();
        let all = records.of_pupil("fernhill", "A200").unwrap();
        assert_eq!(all.len(), 1, "one concern about Harvey");
        all.into_iter().next().unwrap()
    }
}

fn shows_words(message: &OutboundMessage) -> bool {
    let all = format!("{:?} {} {:?}", message.subject, message.text, message.html);
    all.contains("police were at the house") || all.contains(TRIGGER)
}

/// Monday 23 November 2026, 09:30 in London (GMT): school hours.
const RAISED: &str = "2026-11-23T09:30:00Z";

#[test]
fn office_notices_by_email_telegram_and_sms_say_a_concern_exists_without_its_words() {
    let w = world();
    w.receive(sms("SM1", "+447700900200", WORDS, at(RAISED)));
    let sent = w.sent();
    let office: Vec<&OutboundMessage> = sent.iter().filter(|m| m.role == Role::Office).collect();
    let mut channels: Vec<Channel> = office.iter().map(|m| m.channel).collect();
    channels.sort();
    assert_eq!(channels, [Channel::Sms, Channel::Email, Channel::Telegram]);
    for notice in &office {
        assert!(!shows_words(notice), "{notice:?}");
        assert!(
            notice
                .text
                .contains("A message about Harvey is with the DSL, 09:30."),
            "{}",
            notice.text
        );
    }
    let dsl: Vec<&OutboundMessage> = sent.iter().filter(|m| m.role == Role::Dsl).collect();
    assert_eq!(dsl.len(), 3, "the DSL on every channel");
    for alert in &dsl {
        assert!(alert.text.contains(WORDS), "{}", alert.text);
        assert!(alert.text.contains("physical abuse") && alert.text.contains(TRIGGER));
        assert!(alert.text.contains("reply OK"));
    }
    let telegram = dsl.iter().find(|m| m.channel == Channel::Telegram).unwrap();
    assert_eq!(telegram.choices[0].value, "OK", "one tap to acknowledge");
    let record = w.concern();
    assert_eq!(record.concerns[0].triggers, [TRIGGER]);
    let alerted: Vec<(&str, Option<Via>)> = record
        .events
        .iter()
        .map(|e| (e.who.as_str(), e.channel))
        .collect();
    assert_eq!(alerted.len(), 3);
    assert!(alerted.iter().all(|(who, _)| *who == "Dana DSL"));
}

#[test]
fn the_lead_digest_withholds_the_words_and_the_dsl_digest_lists_the_concern() {
    let w = world();
    w.receive(sms("SM1", "+447700900200", WORDS, at(RAISED)));
    let entry = w.schools.get("fernhill").unwrap().clone();
    let feeds = ChaseFeed::open(&w.store, w.schools.clone()).unwrap();
    let input = DigestSources::open(&w.store, w.schools.clone())
        .unwrap()
        .gather(
            &entry,
            "2026-11-23".parse().unwrap(),
            NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            &feeds,
        )
        .unwrap();
    let watch = SchoolWatch::of(&input);
    let lead = compose(&input, &watch, DigestAudience::Lead);
    for rendered in [text::full(&lead), html::render(&lead), text::short(&lead)] {
        assert!(
            !rendered.contains("police") && !rendered.contains(TRIGGER),
            "{rendered}"
        );
    }
    assert!(text::full(&lead).contains("A message about Harvey is with the DSL, 09:30."));

    let dsl = compose(&input, &watch, DigestAudience::Dsl);
    let full = text::full(&dsl);
    assert!(full.contains("SAFEGUARDING (1)"), "{full}");
    assert!(
        full.contains(
            "09:30 Harvey Brown (Y3) [CIN]: physical abuse (\"hit me\"); police, arrest or social care (\"police\"); NOT acknowledged"
        ),
        "{full}"
    );
    assert!(full.contains(WORDS), "the DSL reads the words");
}

#[test]
fn the_office_digest_says_a_concern_is_with_the_dsl_without_its_words_category_or_triggers() {
    let w = world();
    w.receive(sms("SM1", "+447700900200", WORDS, at(RAISED)));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let digests = Digests::new(
        &w.store,
        w.schools.clone(),
        w.outbox.clone(),
        Templates::load(&root.join("messages")).unwrap(),
        Arc::new(ChaseFeed::open(&w.store, w.schools.clone()).unwrap()),
    )
    .unwrap();
    digests.tick(at("2026-11-23T15:45:00Z")).unwrap();
    let office: Vec<OutboundMessage> = w
        .sent()
        .into_iter()
        .filter(|m| m.kind == "digest" && m.role == Role::Office)
        .collect();
    assert_eq!(office.len(), 3, "by email, Telegram and text");
    for digest in &office {
        assert!(!shows_words(digest), "{digest:?}");
        let all = format!("{:?} {} {:?}", digest.subject, digest.text, digest.html);
        for withheld in ["physical abuse", "social care", "police", "hit"] {
            assert!(!all.contains(withheld), "{withheld}: {all}");
        }
    }
    let email = office.iter().find(|m| m.channel == Channel::Email).unwrap();
    // The line's time is shown once, before the pupil.
    let notice = "A message about Harvey is with the DSL.";
    assert!(
        email.text.contains(&format!(
            "WITH THE DSL (1)\n- 09:30 Harvey Brown (Y3) [CIN]: {notice}\n"
        )),
        "{}",
        email.text
    );
    assert!(email.html.as_ref().unwrap().contains(notice));
}

#[test]
fn no_acknowledgement_climbs_to_the_deputies_at_15_minutes_and_the_head_at_30() {
    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    let escalator = w.escalator();
    assert_eq!(escalator.climb(raised + Duration::minutes(14)).unwrap(), 0);
    assert_eq!(
        escalator.next_step(raised).unwrap(),
        Some(raised + Duration::minutes(15))
    );
    assert_eq!(escalator.climb(raised + Duration::minutes(15)).unwrap(), 1);
    let to_deputies: Vec<OutboundMessage> = w
        .sent()
        .into_iter()
        .filter(|m| m.kind == "safeguarding_escalated")
        .collect();
    let mut to: Vec<&str> = to_deputies.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to, ["+447700900701", "deputy@fernhill.example.org"]);
    assert!(
        to_deputies
            .iter()
            .all(|m| m.role == Role::Dsl && m.text.contains(WORDS))
    );
    assert_eq!(escalator.climb(raised + Duration::minutes(29)).unwrap(), 0);
    assert_eq!(escalator.climb(raised + Duration::minutes(30)).unwrap(), 1);
    assert_eq!(escalator.climb(raised + Duration::minutes(90)).unwrap(), 0);
    let escalated: Vec<String> = w
        .sent()
        .into_iter()
        .filter(|m| m.kind == "safeguarding_escalated")
        .map(|m| m.to)
        .collect();
    assert_eq!(escalated.len(), 3);
    assert!(escalated.contains(&"+447700900801".to_string()));
    assert!(
        !escalated.contains(&"+447700900901".to_string()),
        "out of hours is not called in school hours"
    );
    let record = w.concern();
    assert!(record.has_reached(Tier::Deputies) && record.has_reached(Tier::Head));
    assert_eq!(
        escalator.next_step(raised + Duration::minutes(90)).unwrap(),
        None
    );
}

#[test]
fn the_dsl_replying_ok_by_sms_acknowledges_and_stops_the_climb() {
    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    w.receive(sms(
        "SM2",
        "+447700900999",
        "OK",
        raised + Duration::minutes(7),
    ));
    let escalator = w.escalator();
    assert_eq!(escalator.climb(raised + Duration::minutes(60)).unwrap(), 0);
    assert!(w.sent().iter().all(|m| m.kind != "safeguarding_escalated"));
    let record = w.concern();
    let ack = record.acknowledgement().expect("acknowledged");
    assert_eq!(
        (ack.who.as_str(), ack.channel, ack.at),
        ("Dana DSL", Some(Via::Sms), raised + Duration::minutes(7))
    );
    let reply = w
        .sent()
        .into_iter()
        .find(|m| m.kind == "safeguarding_acknowledged")
        .expect("the DSL is told it is acknowledged");
    assert_eq!(reply.to, "+447700900999");
    assert!(
        w.sent()
            .iter()
            .all(|m| m.kind != "ack" || m.to != "+447700900999"),
        "the DSL's OK is not taken for a parent's message"
    );
}

#[test]
fn an_ok_processed_again_after_a_crash_replies_as_before_and_acknowledges_once() {
    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    let ok_at = raised + Duration::minutes(7);
    // The reply is stored and its acknowledgement written, then the daemon
    // dies before the reply's own batch (its answer, the processed mark)
    // lands: the reply is processed again on restart.
    let reply = w
        .pipeline
        .inbox()
        .accept(sms("SM2", "+447700900999", "OK", ok_at))
        .unwrap();
    let records = Records::open(&w.store).unwrap();
    let id = w.concern().id;
    assert!(
        records
            .acknowledge_by_reply(&id, "Dana DSL", Via::Sms, reply.id(), ok_at)
            .unwrap()
    );
    w.pipeline.process_pending(ok_at).unwrap();

    let acknowledgements = w
        .concern()
        .events
        .into_iter()
        .filter(|e| e.what == Happened::Acknowledged)
        .count();
    assert_eq!(acknowledgements, 1, "the same reply acknowledges once");
    let to_the_dsl: Vec<String> = w
        .sent()
        .into_iter()
        .filter(|m| m.to == "+447700900999")
        .map(|m| m.kind)
        .collect();
    assert!(
        to_the_dsl.contains(&"safeguarding_acknowledged".to_string()),
        "the DSL is told it is acknowledged, as on the first try: {to_the_dsl:?}"
    );
    assert!(
        w.sent()
            .iter()
            .all(|m| m.role != Role::Office || !m.text.contains("unknown")),
        "the DSL's OK is not taken for an unknown sender's message"
    );
}

#[test]
fn an_ok_from_someone_not_on_the_ladder_acknowledges_nothing() {
    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    w.receive(sms(
        "SM2",
        "+447700900300",
        "OK",
        raised + Duration::minutes(2),
    ));
    assert!(w.concern().is_open());
}

#[test]
fn outside_school_hours_the_out_of_hours_contact_is_called_instead() {
    let w = world();
    // Monday 19:10, London.
    let raised = at("2026-11-23T19:10:00Z");
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    let escalator = w.escalator();
    assert_eq!(escalator.climb(raised + Duration::minutes(60)).unwrap(), 1);
    let escalated: Vec<String> = w
        .sent()
        .into_iter()
        .filter(|m| m.kind == "safeguarding_escalated")
        .map(|m| m.to)
        .collect();
    assert_eq!(escalated, ["+447700900901"]);
    assert!(w.concern().has_reached(Tier::OutOfHours));
}

#[test]
fn a_restart_between_queueing_a_step_and_recording_it_neither_drops_nor_repeats_it() {
    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    let due = raised + Duration::minutes(15);
    // The deputies' messages were queued, then the daemon died before the
    // step reached the record: what a restart finds.
    w.escalator().climb(due).unwrap();
    let records = Records::open(&w.store).unwrap();
    let id = ConcernId::of_message(&w.concern().id.to_string());
    let mut record = records.get(&id).unwrap().unwrap();
    record.events.retain(|e| {
        e.what
            != (Happened::Alerted {
                tier: Tier::Deputies,
            })
    });
    let store_tree = w
        .store
        .table::<absence_line::safeguarding::ConcernRecord>("safeguarding_records")
        .unwrap();
    store_tree.insert(id.as_str(), &record).unwrap();
    assert!(!w.concern().has_reached(Tier::Deputies));

    let restarted = w.escalator();
    assert_eq!(restarted.climb(due + Duration::minutes(1)).unwrap(), 1);
    let escalated = w
        .sent()
        .into_iter()
        .filter(|m| m.kind == "safeguarding_escalated")
        .count();
    assert_eq!(escalated, 2, "each deputy once");
    assert!(w.concern().has_reached(Tier::Deputies));
}

/// Collects everything logged, at every level.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_log_at_any_level_holds_a_concerns_words() {
    use absence_line::clock::SimulatedClock;
    use absence_line::outbox::{Dispatcher, RecordingTransport, Transports};
    use absence_line::scheduler::Ticker;

    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _logging = tracing::subscriber::set_default(subscriber);

    let w = world();
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    // The same words from a number not on the roster.
    w.receive(sms("SM3", "+447700900555", WORDS, raised));
    let escalator = w.escalator();
    escalator.tick(raised + Duration::minutes(15)).unwrap();
    escalator.tick(raised + Duration::minutes(30)).unwrap();
    w.receive(sms(
        "SM2",
        "+447700900999",
        "ok",
        raised + Duration::minutes(31),
    ));
    let clock = Arc::new(SimulatedClock::starting_at(raised + Duration::minutes(32)));
    let transport = Arc::new(RecordingTransport::default());
    let dispatcher = Dispatcher::new(w.outbox.clone(), Transports::new(transport.clone()), clock);
    dispatcher.send_due().await.unwrap();
    assert!(
        transport.sent().iter().any(|m| m.text.contains(WORDS)),
        "the DSL's alerts went"
    );
    assert!(
        transport
            .sent()
            .iter()
            .any(|m| m.text.contains(WORDS) && m.text.contains("+447700900555")),
        "the unknown sender's concern reached the DSL"
    );

    let logged = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(!logged.is_empty(), "the run logged");
    assert!(!logged.contains("police"), "{logged}");
    assert!(!logged.contains(TRIGGER), "{logged}");
}

#[test]
fn ok_by_telegram_or_by_email_above_the_quoted_alert_acknowledges_too() {
    for (from, channel, text) in [
        (
            Sender::Telegram {
                chat_id: -100500,
                user_id: 1,
            },
            Channel::Telegram,
            "ok",
        ),
        (
            Sender::Email {
                address: "DSL@fernhill.example.org".into(),
            },
            Channel::Email,
            "OK.\n\nOn Mon, 23 Nov 2026 absence-line wrote:\n> A message from +447700900200 about Harvey",
        ),
    ] {
        let w = world();
        let raised = at(RAISED);
        w.receive(sms("SM1", "+447700900200", WORDS, raised));
        w.receive(InboundMessage {
            channel,
            provider_id: "reply1".into(),
            from,
            school: None,
            subject: None,
            text: text.into(),
            received_at: raised + Duration::minutes(3),
            in_reply_to: None,
            attachments: vec![],
        });
        let record = w.concern();
        let ack = record.acknowledgement().expect("acknowledged");
        assert_eq!(
            (ack.who.as_str(), ack.channel),
            ("Dana DSL", Some(Via::from(channel)))
        );
    }
}

#[test]
fn the_marks_export_for_the_mis_carries_the_code_and_no_words() {
    use absence_line::export::{codes_to_export, write_marks};
    use absence_line::register::RegisterBook;

    let w = world();
    w.receive(sms("SM1", "+447700900200", WORDS, at(RAISED)));
    let day = "2026-11-23".parse().unwrap();
    let entries = RegisterBook::open(&w.store)
        .unwrap()
        .between("fernhill", day, day)
        .unwrap();
    let mut csv = Vec::new();
    write_marks(&mut csv, &codes_to_export(&entries)).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("A200,2026-11-23,am,N"), "{csv}");
    assert!(!csv.contains("police") && !csv.contains(TRIGGER), "{csv}");
}

/// The DSL's emailed alert carries a signed link: following it shows the
/// concern and changes nothing (mail scanners follow every link); its
/// button acknowledges in the DSL's name, once, and stops the climb; a
/// changed or expired link is refused.
#[tokio::test]
async fn the_emailed_alerts_signed_link_acknowledges_only_when_its_button_is_pressed() {
    use absence_line::clock::SimulatedClock;
    use absence_line::safeguarding::AcknowledgeLinks;
    use absence_line::web::signing_key::SigningKey;
    use absence_line::web::{WebState, router};
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    const PUBLIC_URL: &str = "https://absence.example";
    let mut w = world();
    let links = AcknowledgeLinks::new(SigningKey::load_or_create(&w.store).unwrap(), PUBLIC_URL);
    w.pipeline = Pipeline::new(&w.store, w.schools.clone(), w.templates.clone())
        .unwrap()
        .with_acknowledge_links(links);
    let raised = at(RAISED);
    w.receive(sms("SM1", "+447700900200", WORDS, raised));
    let sent = w.sent();
    let alert = sent
        .iter()
        .find(|m| m.kind == "safeguarding" && m.channel == Channel::Email)
        .expect("the DSL is alerted by email");
    let start = alert.text.find(PUBLIC_URL).expect("the alert has the link");
    let path = alert.text[start + PUBLIC_URL.len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert!(
        sent.iter()
            .filter(|m| m.channel != Channel::Email)
            .all(|m| !m.text.contains(PUBLIC_URL)),
        "SMS and Telegram say to reply OK"
    );
    let query = path.split_once('?').unwrap().1.to_string();

    let clock = Arc::new(SimulatedClock::starting_at(raised + Duration::minutes(5)));
    let state = WebState::new(
        &w.store,
        w.schools.clone(),
        w.templates.clone(),
        clock.clone(),
    )
    .unwrap();
    let app = router::<()>(state);
    let call = |request: Request<Body>| {
        let app = app.clone();
        async move {
            let response = app.oneshot(request).await.unwrap();
            let status = response.status();
            let body = axum::body::to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap();
            (status, String::from_utf8(body.to_vec()).unwrap())
        }
    };
    let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
    let post = |form: &str| {
        Request::post("/safeguarding/acknowledge")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form.to_string()))
            .unwrap()
    };

    // Following the link, as a mail scanner does, shows which concern it
    // is, without its words, and acknowledges nothing.
    for _ in 0..2 {
        let (status, page) = call(get(&path)).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains("Harvey") && page.contains("09:30"), "{page}");
        assert!(
            page.contains(w.concern().concerns[0].category.label()),
            "{page}"
        );
        assert!(!page.contains("police were at the house"), "{page}");
        assert!(page.contains("<form method=\"post\""), "{page}");
    }
    assert!(w.concern().is_open(), "GET acknowledges nothing");

    // A changed signature, concern or recipient is refused, and changes
    // nothing.
    let forged_sig = {
        let at = query.find("sig=").unwrap() + 4;
        let flipped = if &query[at..at + 1] == "A" { "B" } else { "A" };
        format!("{}{flipped}{}", &query[..at], &query[at + 1..])
    };
    let other_concern = query.replace("concern=sms", "concern=sms2");
    for forged in [&forged_sig, &other_concern] {
        let (status, page) = call(get(&format!("/safeguarding/acknowledge?{forged}"))).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
        let (status, _) = call(post(forged)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    assert!(w.concern().is_open());

    // The button acknowledges in the DSL's name, by the email's link.
    let (status, page) = call(post(&query)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Acknowledged"), "{page}");
    let record = w.concern();
    let ack = record.acknowledgement().expect("acknowledged");
    assert_eq!(
        (ack.who.as_str(), ack.channel, ack.at),
        (
            "Dana DSL",
            Some(Via::EmailLink),
            raised + Duration::minutes(5)
        )
    );
    assert_eq!(
        w.escalator().climb(raised + Duration::minutes(60)).unwrap(),
        0
    );
    assert!(w.sent().iter().all(|m| m.kind != "safeguarding_escalated"));

    // Used once, the link is refused, and the record keeps one entry.
    let (status, page) = call(post(&query)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{page}");
    assert!(page.contains("used already"), "{page}");
    assert_eq!(
        w.concern()
            .events
            .iter()
            .filter(|e| e.what == Happened::Acknowledged)
            .count(),
        1
    );

    // A week on, the link has expired.
    clock.advance(Duration::days(7));
    let (status, page) = call(get(&path)).await;
    assert_eq!(status, StatusCode::GONE, "{page}");
    assert!(page.contains("expired"), "{page}");
}
