//! The staff screen's router driven without a socket (`oneshot`): sign-in,
//! CSRF, roles and escaping.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{DateTime, Utc};
use tower::ServiceExt;

use super::auth::{NewAccount, StaffRole};
use super::{WebState, router};
use crate::clock::SimulatedClock;
use crate::config::Config;
use crate::domain::{Code, Mark, Provenance, Session, SessionDate};
use crate::inbound::{InboundMessage, Sender};
use crate::outbox::{Channel, OutboundMessage, Role};
use crate::register::Source;
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

/// A parent's message stored and recorded as the pipeline would.
fn report(state: &WebState, upn: &str, id: &str, from: &str, text: &str, code: Code) {
    let message = InboundMessage {
        channel: Channel::Sms,
        provider_id: id.into(),
        from: Sender::Phone {
            number: from.into(),
        },
        school: Some("fernhill".into()),
        subject: None,
        text: text.into(),
        received_at: "2026-11-23T07:40:00Z".parse().unwrap(),
        in_reply_to: None,
        attachments: vec![],
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
                Some(&format!("staff/sms/SM2/{kind}/email:{to}")),
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

/// A signed-in session's cookie header and CSRF token.
fn signed_in(world: &World, username: &str) -> (String, String) {
    let (token, session) = world.state.sessions.start(Some(username), now()).unwrap();
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

fn session_cookie(headers: &header::HeaderMap) -> String {
    let set = headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    set.split(';').next().unwrap().to_string()
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
    let (status, headers, html) = send(&world.app, get("/sign-in", None)).await;
    assert_eq!(status, StatusCode::OK);
    let anonymous = session_cookie(&headers);
    let csrf = csrf_in(&html);

    let form = format!("username=office&password={}", PASSWORD.replace(' ', "+"));
    let (status, _, _) = send(&world.app, post_form("/sign-in", &anonymous, &form)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no token");

    let wrong = format!("csrf={csrf}&username=office&password=wrong+password+here");
    let (status, _, _) = send(&world.app, post_form("/sign-in", &anonymous, &wrong)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let right = format!("csrf={csrf}&{form}&next=%2Fsearch");
    let (status, headers, _) = send(&world.app, post_form("/sign-in", &anonymous, &right)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/search");
    let signed_in = session_cookie(&headers);
    assert_ne!(signed_in, anonymous, "the session is replaced at sign-in");
    let (status, _, _) = send(&world.app, get("/today", Some(&signed_in))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(&world.app, get("/today", Some(&anonymous))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the old session is gone");
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_account() {
    let world = world();
    let (_, headers, html) = send(&world.app, get("/sign-in", None)).await;
    let cookie = session_cookie(&headers);
    let csrf = csrf_in(&html);
    for _ in 0..5 {
        let wrong = format!("csrf={csrf}&username=office&password=not+the+password");
        let (status, _, _) = send(&world.app, post_form("/sign-in", &cookie, &wrong)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let right = format!(
        "csrf={csrf}&username=office&password={}",
        PASSWORD.replace(' ', "+")
    );
    let (status, _, body) = send(&world.app, post_form("/sign-in", &cookie, &right)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(body.contains("Too many attempts"));
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
    assert_eq!(
        world
            .state
            .register
            .history("fernhill", "A100")
            .unwrap()
            .len(),
        1
    );

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

#[tokio::test]
async fn the_parsers_explanation_is_shown_beside_the_code_and_withheld_with_the_text() {
    let world = world();
    let explained = |words: &str| crate::domain::Explanation {
        code: vec![crate::domain::Cue::new(words, "illness")],
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
