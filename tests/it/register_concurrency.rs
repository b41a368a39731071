//! The register under load from every writer at once, through the daemon
//! as a process: the MIS posting Monday's register again and again, parents
//! texting that their children are off, and office staff amending the same
//! pupils' sessions, all at the same time. Afterwards every mark from every
//! source is there, every change has its amendment record (each one
//! starting from the mark the one before left), and the year codes match a
//! rebuild from the entries.

use crate::support;

use std::collections::BTreeMap;

use absence_line::channels::twilio::signature;
use absence_line::domain::{
    Amendment, Code, Contact, Provenance, Pupil, Session, SessionDate, Upn, academic_year_start,
};
use absence_line::register::{RegisterBook, slot_of};
use absence_line::roster::read_roster;
use absence_line::store::Store;
use reqwest::header::{COOKIE, SET_COOKIE};
use support::{Daemon, SchoolDir};

const API_TOKEN: &str = "register-concurrency-token";
const TWILIO_TOKEN: &str = "twilio-test-token";
const ACCOUNT: &str = "AC00000000000000000000000000000001";
const PUBLIC_URL: &str = "https://absence.fernhill.example.org";
const OFFICE: &str = "office1";
const PASSWORD: &str = "correct horse battery staple";
const DATE: &str = "2026-11-23";
/// The MIS sends the register this many times a session, alternating codes.
const MIS_ROUNDS: usize = 12;
const MIS_CODES: [&str; 2] = ["N", "O"];
/// Staff amend each session this many times, alternating codes.
const STAFF_ROUNDS: usize = 3;
const STAFF_CODES: [&str; 2] = ["M", "I"];
const SESSIONS: [&str; 2] = ["am", "pm"];

/// The demo school on a Monday-morning rehearsal clock, with the staff API
/// token, Twilio's webhook (its REST API pointed at a closed port: the
/// acknowledgements wait in the outbox) and an office account.
fn school() -> SchoolDir {
    let school = SchoolDir::new(&format!(
        "\n[channels.twilio]\naccount_sid = \"{ACCOUNT}\"\nauth_token = {{ file = \"twilio_token\" }}\nfrom = \"+447700900000\"\napi_base = \"http://127.0.0.1:9\"\n"
    ));
    std::fs::write(school.path().join("twilio_token"), TWILIO_TOKEN).unwrap();
    let config = std::fs::read_to_string(school.config())
        .unwrap()
        .replace("# api_token = ", "api_token = ")
        .replace(
            "# public_url = \"https://absence.fernhill.example.org\"",
            &format!("public_url = \"{PUBLIC_URL}\""),
        );
    std::fs::write(school.config(), config).unwrap();
    school
        .command()
        .args(["staff", "add", OFFICE, "--role", "office", "--name", OFFICE])
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    school
}

/// The demo roster, read as the daemon reads it.
fn roster() -> (Vec<Pupil>, Vec<Contact>) {
    let demo = support::repo().join("demo");
    read_roster(
        &demo.join("pupils.csv"),
        &demo.join("contacts.csv"),
        &["fernhill"],
    )
    .unwrap()
}

/// The demo pupils' UPNs.
fn pupils() -> Vec<Upn> {
    roster().0.into_iter().map(|p| p.upn).collect()
}

/// Pupils whose first contact's mobile is theirs alone, with that mobile
/// and the pupil's first name: a text from it is about them.
fn only_children() -> Vec<(Upn, String, String)> {
    let (pupils, contacts) = roster();
    let mut children_of: BTreeMap<&str, usize> = BTreeMap::new();
    for mobile in contacts.iter().filter_map(|c| c.mobile.as_deref()) {
        *children_of.entry(mobile).or_default() += 1;
    }
    pupils
        .iter()
        .filter_map(|pupil| {
            let first = contacts
                .iter()
                .filter(|c| c.upn == pupil.upn)
                .min_by_key(|c| c.priority)?;
            let mobile = first.mobile.as_deref()?;
            (children_of[mobile] == 1).then(|| {
                (
                    pupil.upn.clone(),
                    mobile.to_string(),
                    pupil.first_name.clone(),
                )
            })
        })
        .collect()
}

/// Signs in as the office account: the session cookie and its CSRF token.
async fn sign_in(client: &reqwest::Client, base: &str) -> (String, String) {
    let page = client.get(format!("{base}/sign-in")).send().await.unwrap();
    let visitor = cookie_named(&page, "absence_line_sign_in");
    let html = page.text().await.unwrap();
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the sign-in form carries a CSRF token")
        .to_string();
    let signed_in = client
        .post(format!("{base}/sign-in"))
        .header(COOKIE, &visitor)
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", OFFICE),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert!(
        signed_in.status().is_redirection(),
        "{}",
        signed_in.status()
    );
    let cookie = cookie_named(&signed_in, "absence_line_session");
    let me = get_json(client, &format!("{base}/api/me"), &cookie).await;
    (cookie, me["csrf"].as_str().unwrap().to_string())
}

/// A staff API page, signed in with `cookie`.
async fn get_json(client: &reqwest::Client, url: &str, cookie: &str) -> serde_json::Value {
    client
        .get(url)
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// The `name=value` of a cookie the response sets.
fn cookie_named(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|v| v.starts_with(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .unwrap_or_else(|| panic!("no {name} cookie"))
        .to_string()
}

/// The MIS sends one session's register for every pupil, `rounds` times.
async fn post_registers(client: reqwest::Client, base: String, session: &'static str) {
    let pupils = pupils();
    for round in 0..MIS_ROUNDS {
        let marks: Vec<_> = pupils
            .iter()
            .map(|upn| serde_json::json!({"upn": upn, "code": MIS_CODES[round % 2]}))
            .collect();
        let body = serde_json::json!({
            "school": "fernhill", "date": DATE, "session": session, "marks": marks,
        });
        let response = client
            .post(format!("{base}/api/register"))
            .bearer_auth(API_TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    }
}

/// A parent's text, signed as Twilio signs it.
async fn text(client: reqwest::Client, base: String, sid: String, from: String, body: String) {
    let params: Vec<(String, String)> = [
        ("MessageSid", sid.as_str()),
        ("SmsSid", sid.as_str()),
        ("AccountSid", ACCOUNT),
        ("From", from.as_str()),
        ("To", "+447700900000"),
        ("Body", body.as_str()),
        ("NumMedia", "0"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let signed = signature::signature(TWILIO_TOKEN, &format!("{PUBLIC_URL}/sms/twilio"), &params);
    let response = client
        .post(format!("{base}/sms/twilio"))
        .header("X-Twilio-Signature", signed)
        .form(&params)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// The office amends both of a pupil's sessions, `STAFF_ROUNDS` times each.
async fn amend(client: reqwest::Client, base: String, staff: (String, String), upn: String) {
    for round in 0..STAFF_ROUNDS {
        for session in SESSIONS {
            let response = client
                .post(format!("{base}/api/amend"))
                .header(COOKIE, &staff.0)
                .header("X-CSRF-Token", &staff.1)
                .json(&serde_json::json!({
                    "school": "fernhill", "upn": upn, "date": DATE, "session": session,
                    "code": STAFF_CODES[round % 2], "reason": format!("round {round}"),
                }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
        }
    }
}

/// Waits until the daemon has recorded a parent's report for each pupil.
async fn wait_for_reports(client: &reqwest::Client, base: &str, cookie: &str, upns: &[Upn]) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    for upn in upns {
        loop {
            let url = format!("{base}/api/pupils/{upn}?school=fernhill");
            let view = get_json(client, &url, cookie).await;
            let reported = view["amendments"].as_array().unwrap().iter().any(|a| {
                a["amended"]["provenance"]["kind"] == "parent_report"
                    && a["amended"]["session"]["date"] == DATE
            });
            if reported {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no report was recorded for {upn}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
}

fn code(text: &str) -> Option<Code> {
    Some(text.parse().unwrap())
}

/// Each source's amendments to one session, oldest first, must each start
/// from the mark the one before left: an overwritten write breaks the chain.
fn assert_chain(upn: &str, session: SessionDate, amendments: &[&Amendment]) {
    for pair in amendments.windows(2) {
        assert_eq!(
            pair[1].original.as_ref(),
            Some(&pair[0].amended),
            "{upn} {session:?}: an amendment record starts from a mark that was overwritten"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_mis_parents_and_staff_writing_the_same_sessions_at_once_lose_nothing() {
    let school = school();
    let config = school.config();
    let daemon = tokio::task::spawn_blocking(move || {
        Daemon::start_with(
            &config,
            &[
                "--clock-start",
                "2026-11-23T09:16:00Z",
                "--clock-speed",
                "1",
                // The school's own folder, where its staff accounts are.
                "--rehearsal-dir",
                ".",
            ],
            &[("ABSENCE_LINE_API_TOKEN", API_TOKEN)],
        )
    })
    .await
    .unwrap();
    let base = daemon.url("");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let staff = sign_in(&client, &base).await;
    let texted = only_children();
    assert!(texted.len() >= 5, "{texted:?}");

    let mut writers = tokio::task::JoinSet::new();
    for session in SESSIONS {
        writers.spawn(post_registers(client.clone(), base.clone(), session));
    }
    for upn in pupils() {
        writers.spawn(amend(
            client.clone(),
            base.clone(),
            staff.clone(),
            upn.to_string(),
        ));
    }
    for (n, (_, mobile, name)) in texted.iter().enumerate() {
        writers.spawn(text(
            client.clone(),
            base.clone(),
            format!("SM{n:032}"),
            mobile.clone(),
            format!("{name} is off sick today"),
        ));
    }
    while let Some(done) = writers.join_next().await {
        done.unwrap();
    }
    let reported: Vec<Upn> = texted.iter().map(|(upn, _, _)| upn.clone()).collect();
    wait_for_reports(&client, &base, &staff.0, &reported).await;
    tokio::task::spawn_blocking(move || daemon.terminate())
        .await
        .unwrap();

    let store = Store::open(&school.path().join("data")).unwrap();
    let book = RegisterBook::open(&store).unwrap();
    let date = DATE.parse().unwrap();
    let year = academic_year_start(date);
    for upn in pupils() {
        let history = book.history("fernhill", &upn).unwrap();
        let codes = book.ledger().year("fernhill", year, &upn).unwrap().unwrap();
        for session in [Session::Am, Session::Pm] {
            let at = SessionDate::new(date, session);
            let entry = book.entry("fernhill", &upn, at).unwrap().unwrap();
            assert_eq!(
                entry.mis.as_ref().and_then(|m| m.code),
                code(MIS_CODES[(MIS_ROUNDS - 1) % 2]),
                "{upn} {at:?}: the MIS's last mark"
            );
            assert_eq!(
                entry.staff.as_ref().and_then(|m| m.code),
                code(STAFF_CODES[(STAFF_ROUNDS - 1) % 2]),
                "{upn} {at:?}: the office's last amendment"
            );
            let of = |kind: fn(&Provenance) -> bool| -> Vec<&Amendment> {
                history
                    .iter()
                    .filter(|a| a.amended.session == at && kind(&a.amended.provenance))
                    .collect()
            };
            let mis = of(|p| matches!(p, Provenance::Mis));
            let staff = of(|p| matches!(p, Provenance::Staff { .. }));
            let parents = of(|p| matches!(p, Provenance::ParentReport { .. }));
            assert_eq!(
                mis.len(),
                MIS_ROUNDS,
                "{upn} {at:?}: the MIS's amendment records"
            );
            assert_eq!(
                staff.len(),
                STAFF_ROUNDS,
                "{upn} {at:?}: the office's amendment records"
            );
            assert_chain(&upn, at, &mis);
            assert_chain(&upn, at, &staff);
            assert_chain(&upn, at, &parents);
            if reported.contains(&upn) && session == Session::Am {
                assert!(
                    entry.provisional.is_some() && !parents.is_empty(),
                    "{upn} {at:?}: the parent's report"
                );
            }
            assert_eq!(
                codes.get(at),
                slot_of(&entry),
                "{upn} {at:?}: the year codes against the entry"
            );
        }
    }
}
