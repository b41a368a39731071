//! The Telegram bot and transport against a local fake of the Bot API
//! (teloxide's `Bot::set_api_url`), in the library and through the daemon.

use crate::support;

use std::sync::Arc;
use std::time::Duration;

use absence_line::channels::telegram::{Handled, TelegramBot, TelegramTransport, bot};
use absence_line::clock::SimulatedClock;
use absence_line::inbound::{Inbox, Sender};
use absence_line::outbox::{Channel, Choice, OutboundMessage, Role, SendError, Transport};
use absence_line::roster::Roster;
use absence_line::store::Store;
use absence_line::templates::Templates;
use fake_bot_api::FakeBotApi;
use serde_json::{Value, json};
use support::import_roster;
use teloxide::types::{Update, UpdateKind};
use tokio::sync::broadcast;

/// A local fake of Telegram's Bot API: records every call and serves
/// queued updates to getUpdates.
mod fake_bot_api {

    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use axum::Json;
    use axum::Router;
    use axum::body::Bytes;
    use axum::extract::{Path, State};
    use axum::routing::post;
    use serde_json::{Value, json};

    #[derive(Default)]
    pub struct FakeBotApi {
        /// `(method, parameters)` in the order called.
        pub calls: Mutex<Vec<(String, Value)>>,
        pub updates: Mutex<VecDeque<Value>>,
    }

    impl FakeBotApi {
        /// Starts the fake on 127.0.0.1; returns it with its base URL.
        pub async fn start() -> (Arc<FakeBotApi>, String) {
            let fake = Arc::new(FakeBotApi::default());
            let app = Router::new()
                .route("/{bot}/{method}", post(call))
                .with_state(fake.clone());
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = listener.local_addr().unwrap();
            tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
            (fake, format!("http://{address}/"))
        }

        /// The parameters of every call to `method`.
        pub fn calls_to(&self, method: &str) -> Vec<Value> {
            self.calls
                .lock()
                .unwrap()
                .iter()
                .filter(|(m, _)| m.eq_ignore_ascii_case(method))
                .map(|(_, p)| p.clone())
                .collect()
        }
    }

    async fn call(
        State(fake): State<Arc<FakeBotApi>>,
        Path((_bot, method)): Path<(String, String)>,
        body: Bytes,
    ) -> Json<Value> {
        let params: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        fake.calls
            .lock()
            .unwrap()
            .push((method.clone(), params.clone()));
        let result = match method.to_ascii_lowercase().as_str() {
            "getupdates" => {
                let offset = params["offset"].as_i64().unwrap_or(0);
                let batch: Vec<Value> = {
                    let mut queued = fake.updates.lock().unwrap();
                    queued.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                    queued.iter().cloned().collect()
                };
                if batch.is_empty() {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Value::Array(batch)
            }
            "sendmessage" => {
                let sent = fake.calls_to("sendMessage").len();
                json!({
                    "message_id": 1000 + sent,
                    "date": 1_795_000_000,
                    "chat": {"id": params["chat_id"], "type": "private", "first_name": "Parent"},
                    "text": params["text"],
                })
            }
            _ => Value::Bool(true),
        };
        Json(json!({ "ok": true, "result": result }))
    }
}

#[tokio::test]
async fn choices_go_out_as_an_inline_keyboard() {
    let (fake, url) = FakeBotApi::start().await;
    let bot = bot::bot("123:abc".into(), Some(&url)).unwrap();
    let transport = TelegramTransport::new(bot);
    let message = OutboundMessage {
        school: Some("fernhill".into()),
        channel: Channel::Telegram,
        to: "5551234".into(),
        role: Role::Contact(1),
        pupils: vec![],
        kind: "clarify".into(),
        subject: None,
        text: "Which child is this about?".into(),
        html: None,
        in_reply_to: None,
        choices: vec![
            Choice {
                label: "Millie".into(),
                value: "Amelia".into(),
            },
            Choice {
                label: "Ben".into(),
                value: "Ben".into(),
            },
        ],
        not_before: None,
    };
    let delivery = transport.send(&message).await.unwrap();
    assert_eq!(delivery.provider_id.as_deref(), Some("5551234:1001"));
    let sent = fake.calls_to("sendMessage");
    assert_eq!(sent[0]["chat_id"], 5551234);
    assert_eq!(sent[0]["text"], "Which child is this about?");
    let keyboard = &sent[0]["reply_markup"]["inline_keyboard"];
    assert_eq!(keyboard[0][0]["text"], "Millie");
    assert_eq!(keyboard[0][0]["callback_data"], "Amelia");
    assert_eq!(keyboard[1][0]["callback_data"], "Ben");

    let bad = OutboundMessage {
        to: "not-a-chat".into(),
        ..message
    };
    assert!(matches!(
        transport.send(&bad).await,
        Err(SendError::Permanent(_))
    ));
}

const GRACE: i64 = 5551234;
const STRANGER: i64 = 7770001;

struct Setup {
    fake: Arc<FakeBotApi>,
    bot: TelegramBot,
    roster: Roster,
    inbox: Inbox,
    store: Store,
}

async fn setup() -> Setup {
    let (fake, url) = FakeBotApi::start().await;
    let store = Store::temporary().unwrap();
    import_roster(
        &store,
        "fernhill,A100,Amelia,Okafor,Millie,Y3,\n",
        "A100,1,Grace Okafor,mother,,07700 900123,,en\n",
        "2026-11-23",
    );
    let roster = Roster::open(&store).unwrap();
    let inbox = Inbox::open(&store).unwrap();
    let clock = SimulatedClock::starting_at("2026-11-23T07:50:00Z".parse().unwrap());
    let bot = TelegramBot::new(
        bot::bot("123:abc".into(), Some(&url)).unwrap(),
        roster.clone(),
        inbox.clone(),
        Arc::new(Templates::load(std::path::Path::new("messages")).unwrap()),
        Arc::new(clock),
    );
    Setup {
        fake,
        bot,
        roster,
        inbox,
        store,
    }
}

fn user(id: i64) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Someone"})
}

fn message(update_id: u32, message_id: i32, chat: i64, from: i64, extra: Value) -> Value {
    let mut message = json!({
        "message_id": message_id,
        "date": 1_795_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "Someone"},
        "from": user(from),
    });
    for (k, v) in extra.as_object().unwrap() {
        message[k] = v.clone();
    }
    json!({"update_id": update_id, "message": message})
}

fn contact(update_id: u32, chat: i64, from: i64, owner: i64, phone: &str) -> Value {
    message(
        update_id,
        10 + update_id as i32,
        chat,
        from,
        json!({"contact": {"phone_number": phone, "first_name": "Grace", "user_id": owner}}),
    )
}

fn update(value: Value) -> Update {
    let update: Update = serde_json::from_str(&value.to_string()).unwrap();
    assert!(
        !matches!(update.kind, UpdateKind::Error(_)),
        "not a Bot API update: {:?}",
        update.kind
    );
    update
}

#[tokio::test]
async fn start_asks_for_the_number_with_a_contact_button() {
    let s = setup().await;
    let start = update(message(1, 1, GRACE, GRACE, json!({"text": "/start"})));
    assert_eq!(s.bot.handle(&start).await.unwrap(), Handled::Welcomed);
    let sent = s.fake.calls_to("sendMessage");
    assert!(
        sent[0]["text"]
            .as_str()
            .unwrap()
            .contains("share your phone number")
    );
    assert_eq!(
        sent[0]["reply_markup"]["keyboard"][0][0]["request_contact"],
        true
    );
    assert!(s.inbox.all().unwrap().is_empty());
}

#[tokio::test]
async fn sharing_ones_own_roster_number_links_the_chat() {
    let s = setup().await;
    let shared = update(contact(1, GRACE, GRACE, GRACE, "447700900123"));
    assert_eq!(s.bot.handle(&shared).await.unwrap(), Handled::Linked(1));
    assert_eq!(s.roster.contacts_by_chat(GRACE).unwrap()[0].upn, "A100");
    let sent = s.fake.calls_to("sendMessage");
    assert!(sent[0]["text"].as_str().unwrap().contains("now linked"));
}

#[tokio::test]
async fn someone_elses_contact_card_or_an_unknown_number_is_refused() {
    let s = setup().await;
    let forwarded = update(contact(1, STRANGER, STRANGER, GRACE, "447700900123"));
    assert_eq!(
        s.bot.handle(&forwarded).await.unwrap(),
        Handled::LinkRefused
    );
    let unknown = update(contact(2, STRANGER, STRANGER, STRANGER, "447700900555"));
    assert_eq!(s.bot.handle(&unknown).await.unwrap(), Handled::LinkRefused);
    assert!(s.roster.contacts_by_chat(STRANGER).unwrap().is_empty());
    let said: Vec<String> = s
        .fake
        .calls_to("sendMessage")
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert!(said[0].contains("your own phone number"), "{said:?}");
    assert!(said[1].contains("couldn't find that number"), "{said:?}");
    assert!(
        said.iter()
            .all(|text| !text.contains("Millie") && !text.contains("Amelia")),
        "no child is named to an unlinked chat"
    );
}

#[tokio::test]
async fn messages_from_a_linked_chat_reach_the_inbox_and_others_do_not() {
    let s = setup().await;
    s.fake.updates.lock().unwrap().extend([
        message(1, 20, STRANGER, STRANGER, json!({"text": "Millie is ill"})),
        contact(2, GRACE, GRACE, GRACE, "+44 7700 900123"),
        message(
            3,
            21,
            GRACE,
            GRACE,
            json!({"text": "Millie is poorly today"}),
        ),
    ]);
    let (stop, _) = broadcast::channel(1);
    let inbox = s.inbox.clone();
    let running = tokio::spawn(s.bot.run(stop.subscribe()));
    for _ in 0..100 {
        if !inbox.all().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();

    let stored = inbox.all().unwrap();
    assert_eq!(stored.len(), 1, "only the linked chat's message");
    let message = &stored[0].message;
    assert_eq!(message.provider_id, format!("{GRACE}:21"));
    assert_eq!(message.text.for_parser(), "Millie is poorly today");
    assert_eq!(
        message.from,
        Sender::Telegram {
            chat_id: GRACE,
            user_id: GRACE
        }
    );
    let offsets: Vec<i64> = s
        .fake
        .calls_to("getUpdates")
        .iter()
        .map(|p| p["offset"].as_i64().unwrap_or(0))
        .collect();
    assert!(offsets.contains(&4), "every update confirmed: {offsets:?}");
}

#[tokio::test]
async fn a_button_answer_is_an_inbound_reply_to_the_question() {
    let s = setup().await;
    s.bot
        .handle(&update(contact(1, GRACE, GRACE, GRACE, "447700900123")))
        .await
        .unwrap();
    let pressed = update(json!({
        "update_id": 2,
        "callback_query": {
            "id": "cbq-1",
            "from": user(GRACE),
            "chat_instance": "ci",
            "data": "Amelia",
            "message": {
                "message_id": 1001,
                "date": 1_795_000_000,
                "chat": {"id": GRACE, "type": "private", "first_name": "Grace"},
                "text": "Which child is this about?"
            }
        }
    }));
    let Handled::Stored(id) = s.bot.handle(&pressed).await.unwrap() else {
        panic!("not stored");
    };
    let stored = s.inbox.get(&id).unwrap().unwrap().message;
    assert_eq!(stored.text.for_parser(), "Amelia");
    assert_eq!(stored.in_reply_to.as_deref(), Some("5551234:1001"));
    assert_eq!(
        s.fake.calls_to("answerCallbackQuery")[0]["callback_query_id"],
        "cbq-1"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn through_the_daemon_a_linked_parent_is_acknowledged_on_telegram() {
    const PARENT: i64 = 6660100;
    let (fake, url) = FakeBotApi::start().await;
    fake.updates.lock().unwrap().extend([
        contact(1, PARENT, PARENT, PARENT, "447700900100"),
        message(
            2,
            30,
            PARENT,
            PARENT,
            json!({"text": "Millie is poorly today"}),
        ),
    ]);
    let school = support::SchoolDir::new(&format!(
        "\n[channels.telegram]\ntoken = {{ file = \"telegram_token\" }}\napi_url = \"{url}\"\n"
    ));
    std::fs::write(school.path().join("telegram_token"), "123:abc").unwrap();
    let config = school.config();
    let daemon = tokio::task::spawn_blocking(move || support::Daemon::start(&config, &[]))
        .await
        .unwrap();

    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let ack = loop {
        let found = fake.calls_to("sendMessage").into_iter().find(|m| {
            m["chat_id"] == PARENT && m["text"].as_str().is_some_and(|t| t.contains("recorded"))
        });
        if let Some(ack) = found {
            break ack;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no acknowledgement: {:?}",
            fake.calls_to("sendMessage")
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(ack["text"].as_str().unwrap().contains("Millie"), "{ack}");
    assert_eq!(
        ack["reply_parameters"]["message_id"], 30,
        "shown as a reply to the parent's message"
    );
    tokio::task::spawn_blocking(move || daemon.terminate())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_safeguarding_staff_chats_ok_reaches_the_inbox_though_not_on_the_roster() {
    const DSL_CHAT: i64 = 777_000;
    let s = setup().await;
    let inbox = s.inbox.clone();
    let stranger_ok = update(message(1, 30, STRANGER, STRANGER, json!({"text": "OK"})));
    s.bot.handle(&stranger_ok).await.unwrap();
    assert!(
        inbox.all().unwrap().is_empty(),
        "a stranger's OK is not kept"
    );

    let bot = s
        .bot
        .with_staff_chats(std::collections::HashSet::from([DSL_CHAT]));
    let dsl_ok = update(message(2, 31, DSL_CHAT, DSL_CHAT, json!({"text": "OK"})));
    bot.handle(&dsl_ok).await.unwrap();
    let stored = inbox.all().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].message.text.for_parser(), "OK");
}

#[tokio::test]
async fn the_bot_answers_in_the_contacts_language_from_the_roster() {
    let s = setup().await;
    import_roster(
        &s.store,
        "fernhill,A100,Amelia,Okafor,Millie,Y3,\n",
        "A100,1,Grace Okafor,mother,,07700 900123,,pl\n",
        "2026-11-24",
    );

    let shared = update(contact(1, GRACE, GRACE, GRACE, "447700900123"));
    assert_eq!(s.bot.handle(&shared).await.unwrap(), Handled::Linked(1));
    let again = update(message(2, 2, GRACE, GRACE, json!({"text": "/start"})));
    s.bot.handle(&again).await.unwrap();
    let sent = s.fake.calls_to("sendMessage");
    for reply in &sent {
        assert!(
            reply["text"].as_str().unwrap().contains("połączony"),
            "{reply}"
        );
    }

    // Someone not yet linked is answered in their Telegram app's language.
    let mut stranger = message(3, 3, 777, 777, json!({"text": "hej"}));
    stranger["message"]["from"]["language_code"] = json!("pl");
    assert_eq!(
        s.bot.handle(&update(stranger)).await.unwrap(),
        Handled::Welcomed
    );
    let welcome = s.fake.calls_to("sendMessage").last().cloned().unwrap();
    assert!(
        welcome["text"].as_str().unwrap().starts_with("Dzień dobry"),
        "{welcome}"
    );
    assert_eq!(
        welcome["reply_markup"]["keyboard"][0][0]["text"],
        "Udostępnij mój numer telefonu"
    );
}
