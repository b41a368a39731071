//! Twilio SMS through the daemon as a process: signed webhooks in, acks
//! out through a local fake of Twilio's REST API, and a `kill -9` in the
//! middle of 500 webhooks.

use crate::support;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use absence_line::inbound::Inbox;
use absence_line::outbox::{Channel, Outbox, Status};
use absence_line::store::Store;
use support::twilio::{FakeTwilio, post_webhook, signed_url, sms, start_fake_twilio};
use support::{Daemon, SchoolDir};

async fn start(school: &SchoolDir) -> Daemon {
    let config = school.config();
    tokio::task::spawn_blocking(move || Daemon::start(&config, &[]))
        .await
        .unwrap()
}

async fn stop(daemon: Daemon) {
    tokio::task::spawn_blocking(move || daemon.terminate())
        .await
        .unwrap();
}

/// Waits until the fake's count has not moved for longer than the
/// outbox's idle poll, or `limit` passes.
async fn wait_until_quiet(fake: &FakeTwilio, limit: Duration) {
    let started = Instant::now();
    let mut last = (fake.count(), Instant::now());
    while started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = fake.count();
        if now != last.0 {
            last = (now, Instant::now());
        } else if now > 0 && last.1.elapsed() > Duration::from_secs(35) {
            return;
        }
    }
}

fn pupil_names() -> Vec<String> {
    let pupils = std::fs::read_to_string(support::repo().join("demo/pupils.csv")).unwrap();
    pupils
        .lines()
        .skip(1)
        .flat_map(|line| {
            let cols: Vec<&str> = line.split(',').collect();
            [cols[2].to_string(), cols[4].to_string()]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_sms_is_stored_once_acknowledged_through_twilio_and_strangers_get_a_polite_reply() {
    let (fake, api_base) = start_fake_twilio().await;
    let school = support::twilio::school(&api_base, "");
    let daemon = start(&school).await;
    let url = daemon.url("");
    let client = reqwest::Client::new();
    let signed_url = signed_url();

    let report = sms("SMreport1", "+447700900100", "Millie is poorly today");
    for _ in 0..2 {
        let status = post_webhook(&client, &url, &report, Some(&signed_url))
            .await
            .unwrap();
        assert_eq!(status, 200, "Twilio's retry is answered too");
    }
    let forged = sms("SMforged", "+447700900100", "Ben is off");
    assert_eq!(
        post_webhook(&client, &url, &forged, None).await.unwrap(),
        403
    );
    let replayed = post_webhook(
        &client,
        &url,
        &forged,
        Some("https://another-school.example.org/sms/twilio"),
    )
    .await
    .unwrap();
    assert_eq!(replayed, 403);
    let stranger = sms("SMstranger", "07700 900555", "Is Amelia Okafor in today?");
    assert_eq!(
        post_webhook(&client, &url, &stranger, Some(&signed_url))
            .await
            .unwrap(),
        200
    );

    wait_until_quiet(&fake, Duration::from_secs(120)).await;
    stop(daemon).await;

    let created = fake.created.lock().unwrap().clone();
    let to_parent: Vec<_> = created.iter().filter(|c| c.1 == "+447700900100").collect();
    assert_eq!(to_parent.len(), 1, "one ack for one report: {created:?}");
    assert!(to_parent[0].2.contains("Millie"), "{}", to_parent[0].2);
    let to_stranger: Vec<_> = created.iter().filter(|c| c.1 == "+447700900555").collect();
    assert_eq!(to_stranger.len(), 1, "{created:?}");
    for name in pupil_names() {
        assert!(
            !to_stranger[0].2.contains(&name),
            "the stranger is told nothing about {name}: {}",
            to_stranger[0].2
        );
    }

    let store = Store::open(&school.path().join("data")).unwrap();
    let stored: BTreeSet<String> = Inbox::open(&store)
        .unwrap()
        .all()
        .unwrap()
        .into_iter()
        .map(|e| e.message.provider_id)
        .collect();
    assert_eq!(
        stored,
        BTreeSet::from(["SMreport1".to_string(), "SMstranger".to_string()])
    );
    let office: Vec<_> = Outbox::open(&store)
        .unwrap()
        .all()
        .unwrap()
        .into_iter()
        .filter(|e| e.message.role.to_string() == "office")
        .collect();
    assert!(
        office
            .iter()
            .any(|e| e.message.text.contains("Is Amelia Okafor in today?")),
        "the office gets the stranger's message: {office:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_500_webhooks_loses_nothing_answered_and_sends_each_sms_once() {
    let (fake, api_base) = start_fake_twilio().await;
    let school = support::twilio::school(&api_base, "");
    let daemon = start(&school).await;
    let url = daemon.url("");
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let signed_url = signed_url();
    let parents = [
        "+447700900100",
        "+447700900101",
        "+447700900112",
        "+447700900127",
    ];
    let webhooks: Vec<Vec<(String, String)>> = (0..500)
        .map(|i| {
            sms(
                &format!("SMload{i:04}"),
                parents[i % parents.len()],
                &format!("Sorry, off sick today (message {i})"),
            )
        })
        .collect();

    let answered = Arc::new(Mutex::new(BTreeSet::new()));
    let mut sending = Vec::new();
    for (i, params) in webhooks.iter().cloned().enumerate() {
        let (client, url, signed_url, answered) = (
            client.clone(),
            url.clone(),
            signed_url.clone(),
            answered.clone(),
        );
        sending.push(tokio::spawn(async move {
            // Spread over a few seconds, as real traffic comes, so the kill
            // lands with webhooks arriving and acks going out.
            tokio::time::sleep(Duration::from_millis(10 * i as u64)).await;
            if let Ok(status) = post_webhook(&client, &url, &params, Some(&signed_url)).await
                && status == 200
            {
                answered.lock().unwrap().insert(i);
            }
        }));
    }
    // Kill once some are answered and acks are going out, with the rest in flight.
    let deadline = Instant::now() + Duration::from_secs(60);
    while (answered.lock().unwrap().len() < 200 || fake.count() < 20) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::task::spawn_blocking(move || daemon.kill())
        .await
        .unwrap();
    for task in sending {
        task.await.unwrap();
    }
    let answered_before_kill = answered.lock().unwrap().clone();
    assert!(
        answered_before_kill.len() < 500,
        "the kill came while webhooks were in flight"
    );

    // Twilio retries what was not answered with a 200.
    let daemon = start(&school).await;
    let url = daemon.url("");
    for (i, params) in webhooks.iter().enumerate() {
        if !answered_before_kill.contains(&i) {
            let status = post_webhook(&client, &url, params, Some(&signed_url))
                .await
                .unwrap();
            assert_eq!(status, 200);
        }
    }
    wait_until_quiet(&fake, Duration::from_secs(300)).await;
    // What the restart found: a send cut off by the kill, and whether
    // Twilio already had it (shown with --nocapture).
    for line in daemon.log.lock().unwrap().iter() {
        if line.contains("interrupted") {
            eprintln!("{line}");
        }
    }
    stop(daemon).await;

    let store = Store::open(&school.path().join("data")).unwrap();
    let stored: BTreeSet<String> = Inbox::open(&store)
        .unwrap()
        .all()
        .unwrap()
        .into_iter()
        .map(|e| e.message.provider_id)
        .collect();
    for i in &answered_before_kill {
        assert!(
            stored.contains(&format!("SMload{i:04}")),
            "webhook {i} was answered 200 before the kill but is not stored"
        );
    }
    assert_eq!(stored.len(), 500);

    let sms_entries: Vec<_> = Outbox::open(&store)
        .unwrap()
        .all()
        .unwrap()
        .into_iter()
        .filter(|e| e.message.channel == Channel::Sms)
        .collect();
    let mut sids = BTreeSet::new();
    for entry in &sms_entries {
        match &entry.status {
            Status::Sent {
                provider_id: Some(sid),
                ..
            } => assert!(sids.insert(sid.clone()), "{sid} matched to two entries"),
            other => panic!("{} not sent: {other:?}", entry.key),
        }
    }
    assert!(sms_entries.len() >= 500, "an SMS answer for every message");
    assert_eq!(
        fake.count(),
        sms_entries.len(),
        "Twilio received each outbox SMS exactly once"
    );
}
