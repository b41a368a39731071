//! A local fake of Telegram's Bot API for tests: records every call and
//! serves queued updates to getUpdates.

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
