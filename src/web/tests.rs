//! The staff screen's router driven without a socket (`oneshot`): sign-in,
//! CSRF, roles and escaping.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{DateTime, Utc};
use tower::ServiceExt;

use super::actions::MAX_REASON_CHARS;
use super::auth::{NewAccount, StaffRole};
use super::{WebState, router};
use crate::clock::SimulatedClock;
use crate::config::Config;
use crate::domain::{Code, Concern, ConcernCategory, Mark, Provenance, Session, SessionDate};
use crate::inbound::{InboundMessage, Sender, fixtures};
use crate::outbox::{Channel, OnceKey, OutboundMessage, Recipient, Role};
use crate::register::Source;
use crate::safeguarding::{ConcernId, ConcernRecord};
use crate::schools::Schools;
use crate::store::Store;
use crate::templates::Templates;

const PUPILS: &str = "school,upn,first_name,last_name,known_as,year,flags\n\
    fernhill,A100,Amelia,Okafor,Millie,Y3,\n\
    fernhill,A200,Harvey,Brown,,Y3,child_in_need\n";
const CONTACTS: &str = "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n\
    A100,1,Grace Okafor,mother,,07700 900123,grace@example.org,en\n\
    A200,1,Kasia Brown,mother,,07700 900200,,en\n";
const PASSWORD: &str = "a long enough password";
const SCRIPT: &str = "<script>alert('x')</script> Millie is poorly";
const SAFEGUARDING: &str = "Harvey has bruises and is scared to go home";

struct World {
    _dir: tempfile::TempDir,
    state: WebState,
    app: Router,
}

fn now() -> DateTime<Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn am() -> SessionDate {
    SessionDate::new("2026-11-23".parse().unwrap(), Session::Am)
}

/// A concern of physical abuse in Harvey's safeguarding record, raised
/// by the inbox's message `inbox_id` with the words `trigger`, as the
/// pipeline keeps it.
fn raise_concern_about_harvey(state: &WebState, inbox_id: &str, raised_at: &str, trigger: &str) {
    let harvey = state.roster.pupil("fernhill", "A200").unwrap().unwrap();
    state
        .concerns
        .raise(&ConcernRecord::new(
            ConcernId::of_message(inbox_id),
            "fernhill".into(),
            &[harvey],
            raised_at.parse().unwrap(),
            vec![Concern {
                category: ConcernCategory::PhysicalAbuse,
                triggers: vec![trigger.into()],
            }],
        ))
        .unwrap();
}

/// A parent's message stored and recorded as the pipeline would.
fn report(state: &WebState, upn: &str, id: &str, from: &str, text: &str, code: Code) {
    let message = InboundMessage {
        school: Some("fernhill".into()),
        ..fixtures::sms(id, from, text, "2026-11-23T07:40:00Z".parse().unwrap())
    };
    let inbox_id = state.inbox.accept(message).unwrap().id().to_string();
    state
        .register
        .record(
            Source::Provisional,
            Mark {
                school: "fernhill".into(),
                upn: upn.into(),
                session: am(),
                code: Some(code),
                arrival: None,
                provenance: Provenance::ParentReport { message: inbox_id },
                recorded_at: "2026-11-23T07:40:00+00:00".parse().unwrap(),
            },
            "parent's report",
            "parent via sms",
        )
        .unwrap();
}

fn world() -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap();
    let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pupils.csv"), PUPILS).unwrap();
    std::fs::write(dir.path().join("contacts.csv"), CONTACTS).unwrap();
    let store = Store::temporary().unwrap();
    crate::roster::import_files(
        &store,
        &dir.path().join("pupils.csv"),
        &dir.path().join("contacts.csv"),
        &["fernhill"],
        "2026-11-01".parse().unwrap(),
    )
    .unwrap();
    let templates = Arc::new(Templates::load(&root.join("messages")).unwrap());
    let clock = Arc::new(SimulatedClock::starting_at(now()));
    let state = WebState::new(
        &store,
        Schools::from_config(&config, None).unwrap(),
        templates,
        clock,
    )
    .unwrap();
    for (username, role) in [("office", StaffRole::Office), ("dsl", StaffRole::Dsl)] {
        state
            .accounts
            .add(
                NewAccount {
                    username,
                    name: username,
                    role,
                    school: None,
                    password: PASSWORD,
                },
                now(),
            )
            .unwrap();
    }
    report(
        &state,
        "A100",
        "SM1",
        "+447700900123",
        SCRIPT,
        Code::Illness,
    );
    report(
        &state,
        "A200",
        "SM2",
        "+447700900200",
        SAFEGUARDING,
        Code::UnauthorisedOther,
    );
    // As the pipeline keeps it: a concern in Harvey's safeguarding record.
    raise_concern_about_harvey(&state, "sms/SM2", "2026-11-23T07:40:00Z", "bruises");
    // As the pipeline routes it: the DSL is alerted, and the office is
    // asked to decide on the code, with the message quoted to both.
    for (role, kind, to) in [
        (Role::Dsl, "safeguarding", "dsl@example.org"),
        (Role::Office, "needs_staff", "office@example.org"),
    ] {
        state
            .outbox
            .enqueue(
                OutboundMessage {
                    school: Some("fernhill".into()),
                    channel: Channel::Email,
                    to: to.into(),
                    role,
                    pupils: vec!["A200".into()],
                    kind: kind.into(),
                    subject: Some(format!("{kind}: Harvey")),
                    text: format!("\"{SAFEGUARDING}\""),
                    html: None,
                    in_reply_to: None,
                    choices: vec![],
                    not_before: None,
                },
                Some(&OnceKey::StaffNotice {
                    inbox: "sms/SM2".into(),
                    kind: kind.into(),
                    recipient: Recipient::new(Channel::Email, to),
                }),
                now(),
            )
            .unwrap();
    }
    let app = router(state.clone());
    World {
        _dir: dir,
        state,
        app,
    }
}

/// How many times Millie's register has been written.
fn changes_of_millie(world: &World) -> usize {
    world
        .state
        .register
        .history("fernhill", "A100")
        .unwrap()
        .len()
}

/// A signed-in session's cookie header and CSRF token.
fn signed_in(world: &World, username: &str) -> (String, String) {
    let (token, session) = world.state.sessions.start(username, now()).unwrap();
    (format!("absence_line_session={token}"), session.csrf)
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, header::HeaderMap, String) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 1 << 22)
        .await
        .unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::empty()).unwrap()
}

fn post_form(path: &str, cookie: &str, form: &str) -> Request<Body> {
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.to_string()))
        .unwrap()
}

fn csrf_in(html: &str) -> String {
    let start = html.find("name=\"csrf\" value=\"").unwrap() + 19;
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

/// The `name=value` pair of the cookie `name` the response sets.
fn set_cookie(headers: &header::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|pair| pair.starts_with(&format!("{name}=")))
}

/// A fresh browser's sign-in form: its cookie and the form's token.
async fn sign_in_form(world: &World) -> (String, String) {
    let (status, headers, html) = send(&world.app, get("/sign-in", None)).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = set_cookie(&headers, "absence_line_sign_in").expect("the form's nonce");
    (cookie, csrf_in(&html))
}

/// A sign-in post from `address`.
fn sign_in_post(cookie: &str, form: &str, address: [u8; 4]) -> Request<Body> {
    let mut request = post_form("/sign-in", cookie, form);
    let peer = std::net::SocketAddr::from((address, 40000));
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    request
}

fn credentials(csrf: &str, password: &str) -> String {
    format!(
        "csrf={csrf}&username=office&password={}",
        password.replace(' ', "+")
    )
}

#[tokio::test]
async fn signed_out_pages_redirect_to_sign_in_and_the_api_answers_401() {
    let world = world();
    let (status, headers, _) = send(&world.app, get("/today?school=fernhill", None)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers[header::LOCATION],
        "/sign-in?next=%2Ftoday%3Fschool%3Dfernhill"
    );
    let (status, _, body) = send(&world.app, get("/api/today", None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body.contains("error"));
    let (status, _, _) = send(
        &world.app,
        get("/today", Some("absence_line_session=made-up")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn signing_in_needs_the_forms_token_and_gives_a_new_session() {
    let world = world();
    let (cookie, csrf) = sign_in_form(&world).await;

    let form = credentials("", PASSWORD).replace("csrf=&", "");
    let (status, _, _) = send(&world.app, post_form("/sign-in", &cookie, &form)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no token");
    let (other_cookie, _) = sign_in_form(&world).await;
    let right = credentials(&csrf, PASSWORD);
    let (status, _, _) = send(&world.app, post_form("/sign-in", &other_cookie, &right)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "another browser's token");

    let wrong = credentials(&csrf, "wrong password here");
    let (status, _, _) = send(&world.app, post_form("/sign-in", &cookie, &wrong)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let old = world.state.sessions.start("office", now()).unwrap().0;
    let old = format!("absence_line_session={old}");
    let right = format!("{right}&next=%2Fsearch");
    let both = format!("{cookie}; {old}");
    let (status, headers, _) = send(&world.app, post_form("/sign-in", &both, &right)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/search");
    let signed_in = set_cookie(&headers, "absence_line_session").unwrap();
    assert_ne!(signed_in, old, "the session is replaced at sign-in");
    let (status, _, _) = send(&world.app, get("/today", Some(&signed_in))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(&world.app, get("/today", Some(&old))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the old session is gone");
}

#[tokio::test]
async fn the_sign_in_page_stores_no_session() {
    let world = world();
    for _ in 0..50 {
        sign_in_form(&world).await;
    }
    assert_eq!(world.state.sessions.count().unwrap(), 0);
    let (cookie, csrf) = sign_in_form(&world).await;
    let wrong = credentials(&csrf, "wrong password here");
    send(&world.app, post_form("/sign-in", &cookie, &wrong)).await;
    assert_eq!(
        world.state.sessions.count().unwrap(),
        0,
        "nor a wrong password"
    );
    let right = credentials(&csrf, PASSWORD);
    send(&world.app, post_form("/sign-in", &cookie, &right)).await;
    assert_eq!(world.state.sessions.count().unwrap(), 1);
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_account() {
    let world = world();
    let (cookie, csrf) = sign_in_form(&world).await;
    for _ in 0..5 {
        let wrong = credentials(&csrf, "not the password");
        let (status, _, _) = send(&world.app, post_form("/sign-in", &cookie, &wrong)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let right = credentials(&csrf, PASSWORD);
    let (status, _, body) = send(&world.app, post_form("/sign-in", &cookie, &right)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(body.contains("Too many attempts"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_guesses_get_five_checks_and_the_known_browser_still_signs_in() {
    let world = world();
    // The office's own browser has signed in before.
    let (own, own_csrf) = sign_in_form(&world).await;
    let (status, headers, _) = send(
        &world.app,
        sign_in_post(&own, &credentials(&own_csrf, PASSWORD), [10, 0, 0, 5]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let known = set_cookie(&headers, "absence_line_known").unwrap();
    let checks_before = world.state.password_checks.started();

    // 100 guesses at once, from 100 addresses.
    let (theirs, their_csrf) = sign_in_form(&world).await;
    let guesses = (0..100u8).map(|i| {
        let app = world.app.clone();
        let request = sign_in_post(
            &theirs,
            &credentials(&their_csrf, "guess guess guess"),
            [198, 51, 100, i],
        );
        tokio::spawn(async move { send(&app, request).await.0 })
    });
    let statuses: Vec<StatusCode> = futures::future::join_all(guesses)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert!(checked <= 5, "{checked} passwords checked");
    assert!(world.state.password_checks.started() - checks_before <= 5);
    assert!(
        statuses.iter().all(|s| [
            StatusCode::UNAUTHORIZED,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE
        ]
        .contains(s)),
        "{statuses:?}"
    );

    // The right password from a stranger's browser waits; from the
    // office's own browser it works.
    let right = credentials(&their_csrf, PASSWORD);
    let (status, _, _) = send(
        &world.app,
        sign_in_post(&theirs, &right, [198, 51, 100, 200]),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let (own, own_csrf) = sign_in_form(&world).await;
    let cookies = format!("{own}; {known}");
    let right = credentials(&own_csrf, PASSWORD);
    let (status, _, _) = send(&world.app, sign_in_post(&cookies, &right, [10, 0, 0, 5])).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_address_is_limited_across_accounts() {
    let world = world();
    let (cookie, csrf) = sign_in_form(&world).await;
    let mut statuses = Vec::new();
    for i in 0..21 {
        let form = format!("csrf={csrf}&username=nobody{i}&password=guess+guess+guess");
        statuses.push(
            send(&world.app, sign_in_post(&cookie, &form, [203, 0, 113, 9]))
                .await
                .0,
        );
    }
    assert!(
        statuses[..20]
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED)
    );
    assert_eq!(statuses[20], StatusCode::TOO_MANY_REQUESTS);
    let right = credentials(&csrf, PASSWORD);
    let (status, _, _) = send(&world.app, sign_in_post(&cookie, &right, [203, 0, 113, 10])).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "another address is not held back"
    );
}

#[tokio::test]
async fn an_amendment_needs_the_token_and_keeps_reason_and_who() {
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    let fields = "school=fernhill&upn=A100&date=2026-11-23&session=am&code=M&reason=dentist+letter+seen&back=%2Ftoday";

    let (status, _, _) = send(&world.app, post_form("/actions/amend", &cookie, fields)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let forged = format!("csrf=not-the-token&{fields}");
    let (status, _, _) = send(&world.app, post_form("/actions/amend", &cookie, &forged)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(changes_of_millie(&world), 1);

    let no_reason = format!("csrf={csrf}&{}", fields.replace("dentist+letter+seen", "+"));
    let (status, _, _) = send(&world.app, post_form("/actions/amend", &cookie, &no_reason)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, headers, _) = send(
        &world.app,
        post_form("/actions/amend", &cookie, &format!("csrf={csrf}&{fields}")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/today");
    let history = world.state.register.history("fernhill", "A100").unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.amended.code, Some(Code::Medical));
    assert_eq!(
        (last.reason.as_str(), last.who.as_str()),
        ("dentist letter seen", "staff:office")
    );
    let (_, _, page) = send(
        &world.app,
        get("/pupils/A100?school=fernhill", Some(&cookie)),
    )
    .await;
    assert!(page.contains("dentist letter seen"));
    let audit: Vec<_> = world
        .state
        .audit
        .entries()
        .map(|e| e.unwrap())
        .filter(|e| e.action == "amend")
        .collect();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].who, "staff:office");
}

#[tokio::test]
async fn the_api_amends_with_the_header_token_only() {
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    let body = r#"{"school":"fernhill","upn":"A100","date":"2026-11-23","session":"am","code":"M","reason":"letter"}"#;
    let request = |token: Option<&str>| {
        let mut r = Request::post("/api/amend")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            r = r.header("x-csrf-token", token);
        }
        r.body(Body::from(body)).unwrap()
    };
    let (status, _, _) = send(&world.app, request(None)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, reply) = send(&world.app, request(Some(&csrf))).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert!(reply.contains("\"new\""), "{reply}");
    let (_, _, me) = send(&world.app, get("/api/me", Some(&cookie))).await;
    assert!(me.contains(&csrf));
    let (status, _, today) = send(
        &world.app,
        get("/api/today?school=fernhill&date=2026-11-23", Some(&cookie)),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let today: serde_json::Value = serde_json::from_str(&today).unwrap();
    let millie = today["reported"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["upn"] == "A100")
        .unwrap();
    assert_eq!(millie["sessions"][0]["code"], "M");
    assert_eq!(millie["sessions"][0]["staff"], "M");
}

#[tokio::test]
async fn safeguarding_is_shown_to_the_dsl_only() {
    let world = world();
    let path = "/today?school=fernhill&date=2026-11-23";
    let (office, _) = signed_in(&world, "office");
    let (status, _, page) = send(&world.app, get(path, Some(&office))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Harvey Brown"),
        "the absence itself is listed"
    );
    assert!(!page.contains("bruises"), "{page}");
    assert!(!page.contains("data-kind=\"safeguarding\""));
    assert!(
        page.contains("data-kind=\"needs_staff\""),
        "the office still decides the code"
    );
    assert!(page.contains("withheld"));
    let (_, _, pupil) = send(
        &world.app,
        get("/api/pupils/A200?school=fernhill", Some(&office)),
    )
    .await;
    assert!(!pupil.contains("bruises"), "{pupil}");

    let (dsl, _) = signed_in(&world, "dsl");
    let (_, _, page) = send(&world.app, get(path, Some(&dsl))).await;
    assert!(page.contains("bruises"));
    assert!(page.contains("data-kind=\"safeguarding\""));
    let (_, _, pupil) = send(
        &world.app,
        get("/api/pupils/A200?school=fernhill", Some(&dsl)),
    )
    .await;
    assert!(pupil.contains("bruises"));

    let (office, csrf) = signed_in(&world, "office");
    let done = format!("csrf={csrf}&school=fernhill&id=staff%2Fsms%2FSM2%2Fsafeguarding&note=seen");
    let (status, _, _) = send(&world.app, post_form("/actions/done", &office, &done)).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "office cannot close it either"
    );
}

#[tokio::test]
async fn the_office_is_told_a_concern_is_with_the_dsl_and_cannot_close_what_quotes_it() {
    let world = world();
    let (office, csrf) = signed_in(&world, "office");
    for path in [
        "/today?school=fernhill&date=2026-11-23",
        "/api/today?school=fernhill&date=2026-11-23",
        "/pupils/A200?school=fernhill",
        "/api/pupils/A200?school=fernhill",
    ] {
        let (status, _, page) = send(&world.app, get(path, Some(&office))).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(!page.contains("bruises"), "{path}: {page}");
        assert!(
            page.contains("A message about Harvey is with the DSL, 07:40."),
            "{path}: {page}"
        );
        assert!(!page.contains("Safeguarding record"), "{path}");
        assert!(!page.contains("data-concern"), "{path}");
    }
    let (_, _, page) = send(
        &world.app,
        get("/today?school=fernhill&date=2026-11-23", Some(&office)),
    )
    .await;
    assert!(
        page.contains("title=\"child in need\""),
        "Harvey's badge on Today"
    );
    let done = format!("csrf={csrf}&school=fernhill&id=staff%2Fsms%2FSM2%2Fneeds_staff&note=done");
    let (status, _, _) = send(&world.app, post_form("/actions/done", &office, &done)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "its words are withheld");
    let ack = format!("csrf={csrf}&school=fernhill&concern=sms%2FSM2");
    let (status, _, _) = send(&world.app, post_form("/actions/acknowledge", &office, &ack)).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "only a DSL role acknowledges"
    );
    assert!(
        world
            .state
            .concerns
            .get(&ConcernId::of_message("sms/SM2"))
            .unwrap()
            .unwrap()
            .is_open()
    );
}

#[tokio::test]
async fn the_dsl_sees_open_concerns_first_and_acknowledges_one_on_the_screen() {
    let world = world();
    let (dsl, csrf) = signed_in(&world, "dsl");
    let path = "/today?school=fernhill&date=2026-11-23";
    let (_, _, page) = send(&world.app, get(path, Some(&dsl))).await;
    let concern = page.find("data-concern=\"sms/SM2\"").expect("the concern");
    assert!(
        concern < page.find("Absent or late").unwrap(),
        "concerns come first"
    );
    assert!(page[concern..].contains("physical abuse"));
    assert!(page[concern..].contains("<q>bruises</q>"));
    let (_, _, today) = send(
        &world.app,
        get("/api/today?school=fernhill&date=2026-11-23", Some(&dsl)),
    )
    .await;
    let today: serde_json::Value = serde_json::from_str(&today).unwrap();
    assert_eq!(today["concerns"][0]["triggers"][0], "bruises");
    assert!(today["concerns"][0]["acknowledged"].is_null());

    let ack = format!("csrf={csrf}&school=fernhill&concern=sms%2FSM2&back=%2Ftoday");
    let (status, _, _) = send(&world.app, post_form("/actions/acknowledge", &dsl, &ack)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let record = world
        .state
        .concerns
        .get(&ConcernId::of_message("sms/SM2"))
        .unwrap()
        .unwrap();
    let first = record.acknowledgement().unwrap();
    assert_eq!((first.who.as_str(), first.channel), ("dsl", None));

    let (_, _, pupil) = send(&world.app, get("/pupils/A200?school=fernhill", Some(&dsl))).await;
    assert!(pupil.contains("Safeguarding record"));
    assert!(pupil.contains("Acknowledged by dsl"), "{pupil}");
    assert!(pupil.contains("pressed Acknowledge on the staff screen"));
}

#[tokio::test]
async fn parents_words_are_escaped() {
    let world = world();
    let (cookie, _) = signed_in(&world, "office");
    let (_, _, page) = send(
        &world.app,
        get("/today?school=fernhill&date=2026-11-23", Some(&cookie)),
    )
    .await;
    assert!(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; Millie is poorly"));
    assert!(!page.contains("<script>"));
    let (_, _, found) = send(
        &world.app,
        get("/search?school=fernhill&q=%3Cb%3Emillie", Some(&cookie)),
    )
    .await;
    assert!(found.contains("&lt;b&gt;millie"));
    assert!(!found.contains("<b>millie"));
}

#[tokio::test]
async fn a_phone_call_explains_the_absence_and_a_message_is_queued_once() {
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    world
        .state
        .register
        .record(
            Source::Mis,
            Mark {
                school: "fernhill".into(),
                upn: "A200".into(),
                session: SessionDate::new("2026-11-24".parse().unwrap(), Session::Am),
                code: Some(Code::NoReasonYet),
                arrival: None,
                provenance: Provenance::Mis,
                recorded_at: "2026-11-24T09:20:00+00:00".parse().unwrap(),
            },
            "register",
            "mis",
        )
        .unwrap();
    let entry = |state: &WebState| {
        state
            .register
            .entry(
                "fernhill",
                "A200",
                SessionDate::new("2026-11-24".parse().unwrap(), Session::Am),
            )
            .unwrap()
            .unwrap()
    };
    assert!(entry(&world.state).is_unexplained());
    let call = format!(
        "csrf={csrf}&school=fernhill&upn=A200&date=2026-11-24&sessions=day&code=I&note=first-day+call%3A+spoke+to+mum%2C+illness"
    );
    let (status, _, _) = send(&world.app, post_form("/actions/call", &cookie, &call)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(!entry(&world.state).is_unexplained());
    assert_eq!(entry(&world.state).effective_code(), Some(Code::Illness));

    let message = format!(
        "csrf={csrf}&school=fernhill&upn=A100&template=office_please_call&to=parents&nonce=n1"
    );
    for _ in 0..2 {
        let (status, _, _) =
            send(&world.app, post_form("/actions/message", &cookie, &message)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let sent: Vec<_> = world
        .state
        .outbox
        .all()
        .unwrap()
        .into_iter()
        .filter(|e| e.message.kind == "office_please_call")
        .collect();
    assert_eq!(sent.len(), 1, "the form's nonce makes it once");
    assert_eq!(sent[0].message.to, "+447700900123");
    assert!(sent[0].message.text.contains("Millie"));
    let bad = message.replace("office_please_call", "staff_safeguarding");
    let (status, _, _) = send(&world.app, post_form("/actions/message", &cookie, &bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// An email with one file, stored as the email intake stores it.
fn email_with_file(state: &WebState, id: &str, from: &str, filename: &str) -> String {
    let message = InboundMessage {
        channel: Channel::Email,
        provider_id: id.into(),
        from: Sender::Email {
            address: from.into(),
        },
        school: Some("fernhill".into()),
        subject: Some("Note".into()),
        text: "The doctor's note is attached".into(),
        received_at: "2026-11-23T07:45:00Z".parse().unwrap(),
        in_reply_to: None,
        attachments: vec![],
    };
    let file = crate::inbound::IncomingFile {
        filename: Some(filename.into()),
        content_type: "image/jpeg".into(),
        bytes: b"JFIF".to_vec(),
    };
    let accepted = state
        .inbox
        .accept_with_files(
            format!("email/{id}/d1"),
            message,
            &[file],
            &state.attachments,
        )
        .unwrap();
    format!("/attachments/{}/0", accepted.id())
}

#[tokio::test]
async fn staff_open_a_messages_attachment_and_a_concerns_only_as_the_dsl() {
    let world = world();
    let note = email_with_file(&world.state, "note-1", "grace@example.org", "GP note.jpg");
    let (office, _) = signed_in(&world, "office");
    let (_, _, page) = send(&world.app, get("/pupils/A100", Some(&office))).await;
    assert!(
        page.contains("href=\"/attachments/email/note-1/d1/0\""),
        "{page}"
    );
    assert!(page.contains("Attachment: GP note.jpg"));
    let (status, headers, body) = send(&world.app, get(&note, Some(&office))).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "JFIF"));
    assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "inline; filename=\"GP note.jpg\""
    );

    let concern = email_with_file(&world.state, "sg-1", "kasia@example.org", "photo.jpg");
    // As the pipeline keeps it: the message raised a concern.
    raise_concern_about_harvey(
        &world.state,
        "email/sg-1/d1",
        "2026-11-23T07:45:00Z",
        "photo",
    );
    let (status, _, _) = send(&world.app, get(&concern, Some(&office))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the office may not open it");
    let (dsl, _) = signed_in(&world, "dsl");
    let (status, _, _) = send(&world.app, get(&concern, Some(&dsl))).await;
    assert_eq!(status, StatusCode::OK, "the DSL may");

    let (status, _, _) = send(&world.app, get(&note, None)).await;
    assert_ne!(status, StatusCode::OK, "not signed in");
    let (status, _, _) = send(
        &world.app,
        get("/attachments/email/note-1/d1/7", Some(&office)),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_penalty_notice_is_recorded_from_the_pupil_page_and_names_the_next_step() {
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    let page = |cookie: String| {
        let app = world.app.clone();
        async move {
            send(&app, get("/pupils/A100?school=fernhill", Some(&cookie)))
                .await
                .2
        }
    };
    assert!(
        page(cookie.clone())
            .await
            .contains("Next step: a first penalty notice may be issued.")
    );
    let notice = format!(
        "csrf={csrf}&school=fernhill&upn=A100&parent=Grace+Okafor&issued_on=2026-11-09&back=%2Fpupils%2FA100"
    );
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/penalty-notice", &cookie, &notice),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        page(cookie.clone())
            .await
            .contains("Grace Okafor: a second penalty notice, at the higher rate")
    );
    // The same notice twice, and one without the form's token, change nothing.
    let (status, _, body) = send(
        &world.app,
        post_form("/actions/penalty-notice", &cookie, &notice),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("already recorded"), "{body}");
    let forged = notice
        .replace(&csrf, "forged")
        .replace("2026-11-09", "2026-11-10");
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/penalty-notice", &cookie, &forged),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        world
            .state
            .penalty_notices
            .of_pupil("fernhill", "A100")
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn today_lists_the_returns_to_the_local_authority_still_to_send() {
    let world = world();
    let (cookie, _) = signed_in(&world, "office");
    let (_, _, before) = send(&world.app, get("/today?school=fernhill", Some(&cookie))).await;
    assert!(!before.contains("Returns to the local authority"));
    let school = world.state.schools.get("fernhill").unwrap().clone();
    let days = school
        .calendar
        .school_days_between("2026-11-09".parse().unwrap(), "2026-11-20".parse().unwrap());
    assert_eq!(days.len(), 10);
    for day in days {
        for session in Session::BOTH {
            world
                .state
                .register
                .record(
                    Source::Mis,
                    Mark {
                        school: "fernhill".into(),
                        upn: "A200".into(),
                        session: SessionDate::new(day, session),
                        code: Some(Code::UnauthorisedOther),
                        arrival: None,
                        provenance: Provenance::Mis,
                        recorded_at: "2026-11-20T09:20:00+00:00".parse().unwrap(),
                    },
                    "register",
                    "mis",
                )
                .unwrap();
        }
    }
    world
        .state
        .la_drafts
        .refresh(&school, "2026-11-23".parse().unwrap())
        .unwrap();
    let (_, _, after) = send(&world.app, get("/today?school=fernhill", Some(&cookie))).await;
    assert!(
        after.contains("Returns to the local authority")
            && after.contains(
                "Absent without authorisation for 10 or more continuous school days, from Mon 9 Nov"
            ),
        "{after}"
    );
    assert!(
        !after.contains("Mark sent"),
        "the office does not send returns"
    );

    // The lead marks it sent from Today; the office may not.
    world
        .state
        .accounts
        .add(
            NewAccount {
                username: "lead",
                name: "Lee Lead",
                role: StaffRole::Lead,
                school: None,
                password: PASSWORD,
            },
            now(),
        )
        .unwrap();
    let form = |csrf: &str| {
        format!(
            "csrf={csrf}&school=fernhill&upn=A200&kind=unauthorised_10_days&from=2026-11-09&back=%2Ftoday"
        )
    };
    let (office, office_csrf) = signed_in(&world, "office");
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/la-sent", &office, &form(&office_csrf)),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (lead, lead_csrf) = signed_in(&world, "lead");
    let (_, _, page) = send(&world.app, get("/today?school=fernhill", Some(&lead))).await;
    assert!(page.contains("Mark sent"), "{page}");
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/la-sent", &lead, &form("not-the-token")),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the form's token is checked");
    assert_eq!(
        world.state.la_drafts.open_drafts("fernhill").unwrap().len(),
        1
    );
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/la-sent", &lead, &form(&lead_csrf)),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        world
            .state
            .la_drafts
            .open_drafts("fernhill")
            .unwrap()
            .is_empty()
    );
    let (_, _, page) = send(&world.app, get("/today?school=fernhill", Some(&lead))).await;
    assert!(!page.contains("Returns to the local authority"), "{page}");
    let (status, _, page) = send(
        &world.app,
        post_form("/actions/la-sent", &lead, &form(&lead_csrf)),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "marked once: {page}");
    assert!(page.contains("marked sent"), "{page}");
}

#[tokio::test]
async fn after_sign_in_or_an_amendment_the_browser_stays_on_this_site() {
    let world = world();
    let (_, headers, html) = send(
        &world.app,
        get("/sign-in?next=/%09/evil.example/phish", None),
    )
    .await;
    assert!(html.contains("name=\"next\" value=\"/today\""), "{html}");
    let cookie = set_cookie(&headers, "absence_line_sign_in").unwrap();
    let form = format!(
        "{}&next=%2F%09%2Fevil.example%2Fphish",
        credentials(&csrf_in(&html), PASSWORD)
    );
    let (status, headers, _) = send(&world.app, post_form("/sign-in", &cookie, &form)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/today");

    let (cookie, csrf) = signed_in(&world, "office");
    let amend = format!(
        "csrf={csrf}&school=fernhill&upn=A100&date=2026-11-23&session=am&code=M&reason=seen&back=%2Ftoday%0A"
    );
    let (status, headers, _) = send(&world.app, post_form("/actions/amend", &cookie, &amend)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "a newline gives no 500");
    assert_eq!(headers[header::LOCATION], "/today");
}

#[tokio::test]
async fn the_api_refuses_far_dates_and_long_reasons_and_changes_nothing() {
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    let amend = |date: &str, reason: &str| {
        let body = serde_json::json!({
            "school": "fernhill", "upn": "A100", "date": date,
            "session": "am", "code": "M", "reason": reason,
        });
        Request::post("/api/amend")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-csrf-token", &csrf)
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    let before = changes_of_millie(&world);
    for (date, reason) in [
        ("9999-11-23", "letter"),
        ("2025-07-31", "letter"),
        ("2027-08-01", "letter"),
        ("2026-11-23", &"x".repeat(MAX_REASON_CHARS + 1)),
    ] {
        let (status, _, reply) = send(&world.app, amend(date, reason)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{date}: {reply}");
        assert!(reply.contains("error"), "{reply}");
    }
    assert_eq!(changes_of_millie(&world), before);
    let (status, _, _) = send(&world.app, amend("2026-11-23", &"x".repeat(1 << 20))).await;
    assert_eq!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "a megabyte is not read"
    );
    assert_eq!(changes_of_millie(&world), before);
    for date in ["2025-08-01", "2027-07-31"] {
        let (status, _, reply) = send(&world.app, amend(date, &"x".repeat(MAX_REASON_CHARS))).await;
        assert_eq!(status, StatusCode::OK, "{date}: {reply}");
    }
}

#[tokio::test]
async fn the_parsers_explanation_is_shown_beside_the_code_and_withheld_with_the_text() {
    let world = world();
    let explained = |words: &str| crate::domain::Explanation {
        code: vec![crate::domain::Evidence::new(words, "illness")],
        ..crate::domain::Explanation::default()
    };
    let inbox = &world.state.inbox;
    inbox
        .record_explanation("sms/SM1", &explained("poorly"))
        .unwrap();
    inbox
        .record_explanation("sms/SM2", &explained("bruises"))
        .unwrap();
    let path = "/today?school=fernhill&date=2026-11-23";
    let (office, _) = signed_in(&world, "office");
    let (_, _, page) = send(&world.app, get(path, Some(&office))).await;
    assert!(page.contains("Why this provisional code"), "{page}");
    assert!(
        page.contains("code: &quot;poorly&quot; → illness"),
        "{page}"
    );
    assert!(!page.contains("&quot;bruises&quot;"), "{page}");
    let (dsl, _) = signed_in(&world, "dsl");
    let (_, _, page) = send(&world.app, get(path, Some(&dsl))).await;
    assert!(
        page.contains("code: &quot;bruises&quot; → illness"),
        "{page}"
    );
}

#[tokio::test]
async fn a_session_is_only_offered_and_only_given_codes_that_fit_it() {
    use crate::web::pages::layout::code_select;
    let world = world();
    let (cookie, csrf) = signed_in(&world, "office");
    let fields = format!(
        "csrf={csrf}&school=fernhill&upn=A100&date=2026-11-23&session=pm&code=%2F&reason=in+after+lunch&back=%2Ftoday"
    );
    let (status, _, reply) = send(&world.app, post_form("/actions/amend", &cookie, &fields)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(reply.contains("morning"), "{reply}");
    assert_eq!(changes_of_millie(&world), 1, "nothing recorded");

    let offered = |session| code_select(None, session).into_string();
    let (am, pm, day) = (
        offered(Some(Session::Am)),
        offered(Some(Session::Pm)),
        offered(None),
    );
    assert!(
        am.contains(r#"value="/""#) && !am.contains(r#"value="\""#),
        "{am}"
    );
    assert!(
        pm.contains(r#"value="\""#) && !pm.contains(r#"value="/""#),
        "{pm}"
    );
    assert!(!day.contains(r#"value="/""#) && !day.contains(r#"value="\""#));
    assert!(day.contains(r#"value="I""#));
}

#[tokio::test]
async fn today_puts_the_unexplained_absences_first() {
    let world = world();
    let (office, _) = signed_in(&world, "office");
    let (_, _, page) = send(
        &world.app,
        get("/today?school=fernhill&date=2026-11-23", Some(&office)),
    )
    .await;
    let unexplained = page.find(">Unexplained<").expect("the unexplained heading");
    let reported = page.find(">Absent or late<").expect("the reported heading");
    assert!(
        unexplained < reported,
        "unexplained absences come before explained ones"
    );
}

#[tokio::test]
async fn an_acknowledge_links_page_shows_the_words_to_a_signed_in_dsl_role_only() {
    use crate::safeguarding::{AcknowledgeLinks, Happened, RecordEvent, Tier, Via};
    let world = world();
    let concern = ConcernId::of_message("sms/SM2");
    world
        .state
        .concerns
        .note(
            &concern,
            RecordEvent {
                at: now(),
                what: Happened::Alerted {
                    tier: Tier::Deputies,
                },
                who: "Dee Deputy".into(),
                channel: Some(Via::Email),
                shown: "SAFEGUARDING".into(),
                reply: None,
            },
        )
        .unwrap();
    let url = AcknowledgeLinks::new(world.state.key.clone(), "https://absence.example").link(
        &concern,
        "deputy@fernhill.example.org",
        now(),
    );
    let path = url.trim_start_matches("https://absence.example");
    let (office, _) = signed_in(&world, "office");
    let (dsl, _) = signed_in(&world, "dsl");
    for (cookie, sees) in [
        (None, false),
        (Some(office.as_str()), false),
        (Some(dsl.as_str()), true),
    ] {
        let (status, _, page) = send(&world.app, get(path, cookie)).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(
            page.contains("Harvey") && page.contains("Dee Deputy"),
            "{page}"
        );
        assert_eq!(
            page.contains("scared to go home"),
            sees,
            "{cookie:?}: {page}"
        );
    }
    assert!(
        world
            .state
            .concerns
            .get(&concern)
            .unwrap()
            .unwrap()
            .is_open()
    );
    // A link to someone the concern never reached by email is refused.
    let stranger = AcknowledgeLinks::new(world.state.key.clone(), "https://absence.example").link(
        &concern,
        "office@example.org",
        now(),
    );
    let (status, _, _) = send(
        &world.app,
        get(stranger.trim_start_matches("https://absence.example"), None),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_trust_offices_item_is_closed_by_trust_wide_staff_only() {
    let world = world();
    world
        .state
        .outbox
        .enqueue(
            OutboundMessage {
                school: None,
                channel: Channel::Email,
                to: "office@trust.example.org".into(),
                role: Role::Office,
                pupils: vec![],
                kind: "unknown_sender".into(),
                subject: Some("Message from an unknown sender".into()),
                text: "Who is this?".into(),
                html: None,
                in_reply_to: None,
                choices: vec![],
                not_before: None,
            },
            Some(&OnceKey::StaffNotice {
                inbox: "sms/SM9".into(),
                kind: "unknown_sender.trust".into(),
                recipient: Recipient::new(Channel::Email, "office@trust.example.org"),
            }),
            now(),
        )
        .unwrap();
    world
        .state
        .accounts
        .add(
            NewAccount {
                username: "fernhill-office",
                name: "Fernhill office",
                role: StaffRole::Office,
                school: Some("fernhill"),
                password: PASSWORD,
            },
            now(),
        )
        .unwrap();
    let id = "staff%2Fsms%2FSM9%2Funknown_sender.trust";
    let (school_office, csrf) = signed_in(&world, "fernhill-office");
    let (_, _, page) = send(
        &world.app,
        get("/today?school=fernhill", Some(&school_office)),
    )
    .await;
    assert!(!page.contains("Who is this?"), "{page}");
    let done = format!("csrf={csrf}&school=fernhill&id={id}&note=called+back");
    let (status, _, _) = send(
        &world.app,
        post_form("/actions/done", &school_office, &done),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a school's office may not");
    let (trust_office, csrf) = signed_in(&world, "office");
    let done = format!("csrf={csrf}&school=fernhill&id={id}&note=called+back");
    let (status, _, _) = send(&world.app, post_form("/actions/done", &trust_office, &done)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "trust-wide staff may");
}
