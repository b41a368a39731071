//! The Wonde sync against a local server speaking Wonde's documented JSON:
//! bearer token, `include`s, pages followed through `meta.pagination.next`,
//! a 429 with `Retry-After`, a 500, and the session register written back.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use absence_line::domain::{Code, Mark, Provenance, PupilFlag, Session, SessionDate};
use absence_line::mis::wonde::client::Pause;
use absence_line::mis::wonde::{WondeConfig, WondeSync};
use absence_line::register::{RegisterBook, Source};
use absence_line::roster::Roster;
use absence_line::store::Store;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde_json::{Value, json};

const TOKEN: &str = "wonde-test-token";
const SCHOOL: &str = "A1930499544";
/// Students per page: three pupils make two pages.
const PAGE: usize = 2;

#[derive(Default)]
struct Fake {
    base: String,
    students: Vec<Value>,
    attendance: Vec<Value>,
    /// Answers to give before the real one, by path: (status, Retry-After).
    failures: HashMap<String, VecDeque<(u16, Option<u64>)>>,
    requests: Vec<String>,
    posted: Vec<Value>,
}

type Shared = Arc<Mutex<Fake>>;

fn failure(fake: &mut Fake, path: &str) -> Option<Response> {
    let (status, retry_after) = fake.failures.get_mut(path)?.pop_front()?;
    let mut headers = HeaderMap::new();
    if let Some(seconds) = retry_after {
        headers.insert("retry-after", seconds.to_string().parse().unwrap());
    }
    let body = Json(json!({"error": "rate_limit", "error_description": "Too many requests"}));
    Some((StatusCode::from_u16(status).unwrap(), headers, body).into_response())
}

fn authorised(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bearer {TOKEN}"))
}

async fn students(
    State(fake): State<Shared>,
    Path(school): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let mut fake = fake.lock().unwrap();
    fake.requests.push(format!("GET students {query:?}"));
    if !authorised(&headers) || school != SCHOOL {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": "invalid_token"})),
        )
            .into_response();
    }
    if let Some(failed) = failure(&mut fake, "students") {
        return failed;
    }
    assert!(
        query["include"].contains("contacts.contact_details"),
        "{query:?}"
    );
    let page: usize = query.get("page").map_or(1, |p| p.parse().unwrap());
    let data: Vec<Value> = fake
        .students
        .iter()
        .skip((page - 1) * PAGE)
        .take(PAGE)
        .cloned()
        .collect();
    let more = page * PAGE < fake.students.len();
    let next = more.then(|| {
        format!(
            "{}/schools/{SCHOOL}/students?include={}&page={}",
            fake.base,
            query["include"],
            page + 1
        )
    });
    Json(json!({"data": data, "meta": {"pagination": {"next": next, "previous": null, "more": more, "per_page": PAGE, "current_page": page}}}))
        .into_response()
}

async fn attendance(
    State(fake): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let mut fake = fake.lock().unwrap();
    fake.requests.push(format!("GET attendance {query:?}"));
    if !authorised(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    if let Some(failed) = failure(&mut fake, "attendance") {
        return failed;
    }
    Json(json!({"data": fake.attendance, "meta": {"pagination": {"next": null, "more": false}}}))
        .into_response()
}

async fn write_back(
    State(fake): State<Shared>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let mut fake = fake.lock().unwrap();
    fake.requests.push("POST attendance".into());
    if !authorised(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    fake.posted.push(body);
    Json(json!({"writeback_id": format!("WB{}", fake.posted.len())})).into_response()
}

async fn codes(headers: HeaderMap) -> Response {
    if !authorised(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    Json(json!({"data": [
        {"id": "AC-SLASH", "code": "/", "description": "Present (AM)"},
        {"id": "AC-I", "code": "I", "description": "Illness"},
        {"id": "AC-N", "code": "N", "description": "No reason yet provided"}
    ], "meta": {"pagination": {"next": null}}}))
    .into_response()
}

async fn start(fake: Shared) -> String {
    let app = Router::new()
        .route("/v1.0/schools/{school}/students", get(students))
        .route(
            "/v1.0/schools/{school}/attendance/session",
            get(attendance).post(write_back),
        )
        .route("/v1.0/attendance-codes", get(codes))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/v1.0", listener.local_addr().unwrap());
    fake.lock().unwrap().base = base.clone();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

/// Records the waits asked for instead of waiting.
#[derive(Default)]
struct Waits(Mutex<Vec<Duration>>);

impl Pause for Waits {
    fn pause(&self, wait: Duration) -> BoxFuture<'_, ()> {
        self.0.lock().unwrap().push(wait);
        Box::pin(async {})
    }
}

fn student(id: &str, upn: &str, forename: &str, looked_after: bool, mobile: Option<&str>) -> Value {
    let mut contact = json!({"id": format!("C{id}"), "forename": "Parent", "surname": forename,
        "relationship": {"relationship": "Mother", "priority": 1, "parental_responsibility": true}});
    if let Some(mobile) = mobile {
        contact["contact_details"] =
            json!({"data": {"phones": {"mobile": mobile}, "emails": {"email": null}}});
    }
    json!({"id": id, "forename": forename, "surname": "Test",
        "education_details": {"data": {"upn": upn}},
        "year": {"data": {"code": "4", "name": "Year 4"}},
        "extended_details": {"data": {"sen_status": "N", "free_school_meals": false, "in_lea_care": looked_after}},
        "contacts": {"data": [contact]}})
}

fn mark(id: &str, date: &str, session: &str, code: &str) -> Value {
    json!({"id": format!("M{id}{session}"), "student": id,
        "date": {"date": format!("{date} 00:00:00.000000"), "timezone_type": 3, "timezone": "Europe/London"},
        "session": session, "attendance_code": {"data": {"id": format!("AC-{code}"), "code": code}}})
}

fn now() -> DateTime<Utc> {
    "2026-11-30T10:00:00Z".parse().unwrap()
}

fn monday_am() -> SessionDate {
    SessionDate::new("2026-11-30".parse().unwrap(), Session::Am)
}

fn sync(base: &str, store: &Store, write_back: bool, waits: Arc<Waits>) -> WondeSync {
    let config: WondeConfig = toml::from_str(&format!(
        "school_id = \"{SCHOOL}\"\ntoken = {{ env = \"UNUSED\" }}\nbase_url = \"{base}\"\nwrite_back = {write_back}\n"
    ))
    .unwrap();
    WondeSync::new(
        "fernhill",
        chrono_tz::Europe::London,
        config,
        TOKEN.into(),
        store,
        waits,
    )
    .unwrap()
}

fn three_pupils(fake: &Shared) {
    let mut fake = fake.lock().unwrap();
    fake.students = vec![
        student("W1", "A100", "Amelia", false, Some("07700 900123")),
        student("W2", "A101", "Ben", false, Some("07700 900124")),
        student("W3", "A102", "Cara", true, None),
    ];
    fake.attendance = vec![
        mark("W1", "2026-11-30", "AM", "N"),
        mark("W2", "2026-11-30", "AM", "/"),
        mark("W3", "2026-11-30", "AM", "N"),
        mark("GONE", "2026-11-30", "AM", "N"),
    ];
}

#[tokio::test]
async fn a_sync_reads_every_page_through_a_rate_limit_and_a_server_error() {
    let fake: Shared = Arc::default();
    three_pupils(&fake);
    fake.lock().unwrap().failures = HashMap::from([
        ("students".to_string(), VecDeque::from([(429, Some(7))])),
        ("attendance".to_string(), VecDeque::from([(500, None)])),
    ]);
    let base = start(fake.clone()).await;
    let store = Store::temporary().unwrap();
    let waits = Arc::new(Waits::default());
    let report = sync(&base, &store, false, waits.clone())
        .run(now(), false)
        .await
        .unwrap();

    assert_eq!(
        *waits.0.lock().unwrap(),
        [Duration::from_secs(7), Duration::from_secs(1)],
        "Retry-After honoured, then a short back-off after the 500"
    );
    let roster = Roster::open(&store).unwrap();
    assert_eq!(
        roster.pupils("fernhill").unwrap().len(),
        3,
        "both pages read"
    );
    let amelia = roster.contacts_of("A100").unwrap();
    assert_eq!(amelia[0].mobile.as_deref(), Some("+447700900123"));
    assert_eq!(
        roster.pupil("fernhill", "A102").unwrap().unwrap().flags,
        [PupilFlag::LookedAfter]
    );
    assert_eq!(
        (report.marks.new, report.unknown_students),
        (3, 1),
        "{report}"
    );
    let book = RegisterBook::open(&store).unwrap();
    let entry = book
        .entry("fernhill", "A100", monday_am())
        .unwrap()
        .unwrap();
    assert!(entry.is_unexplained());
    assert!(fake.lock().unwrap().posted.is_empty(), "write-back is off");
    let requests = fake.lock().unwrap().requests.clone();
    assert!(
        requests
            .iter()
            .any(|r| r.contains("session_date_after") && r.contains("2026-11-24")),
        "{requests:?}"
    );
}

#[tokio::test]
async fn only_codes_staff_confirmed_are_written_back_and_only_once() {
    let fake: Shared = Arc::default();
    three_pupils(&fake);
    let base = start(fake.clone()).await;
    let store = Store::temporary().unwrap();
    let waits = Arc::new(Waits::default());
    let wonde = sync(&base, &store, true, waits);
    wonde.run(now(), false).await.unwrap();
    assert!(
        fake.lock().unwrap().posted.is_empty(),
        "nothing confirmed yet"
    );

    let book = RegisterBook::open(&store).unwrap();
    let recorded = |upn: &str, code: &str, provenance| Mark {
        school: "fernhill".into(),
        upn: upn.into(),
        session: monday_am(),
        code: Some(code.parse().unwrap()),
        arrival: None,
        provenance,
        recorded_at: now().fixed_offset(),
    };
    book.record(
        Source::Provisional,
        recorded(
            "A102",
            "I",
            Provenance::ParentReport {
                message: "m1".into(),
            },
        ),
        "parent",
        "parent",
    )
    .unwrap();
    book.record(
        Source::Staff,
        recorded(
            "A100",
            "I",
            Provenance::Staff {
                who: "office".into(),
            },
        ),
        "confirmed by phone",
        "office",
    )
    .unwrap();

    let report = wonde.run(now(), false).await.unwrap();
    assert_eq!(report.written_back, 1, "{report}");
    let posted = fake.lock().unwrap().posted.clone();
    assert_eq!(
        posted,
        [
            json!({"attendance": [{"student_id": "W1", "date": "2026-11-30", "session": "AM",
            "attendance_code_id": "AC-I", "comment": "Confirmed by staff in absence-line"}]})
        ],
        "the parent's provisional I for A102 is not written back"
    );
    let again = wonde.run(now(), false).await.unwrap();
    assert_eq!(again.written_back, 0);
    assert_eq!(fake.lock().unwrap().posted.len(), 1, "nothing sent twice");
    let entry = book
        .entry("fernhill", "A100", monday_am())
        .unwrap()
        .unwrap();
    assert_eq!(entry.effective_code(), Some(Code::Illness));
}

#[tokio::test]
async fn what_wonde_leaves_out_is_kept_and_a_mass_clearing_is_refused_and_reported() {
    let fake: Shared = Arc::default();
    {
        let mut f = fake.lock().unwrap();
        f.students = (0..6)
            .map(|i| {
                student(
                    &format!("W{i}"),
                    &format!("A{i}"),
                    "Kid",
                    true,
                    Some("07700 900123"),
                )
            })
            .collect();
        f.attendance = vec![mark("W0", "2026-11-30", "AM", "N")];
    }
    let base = start(fake.clone()).await;
    let store = Store::temporary().unwrap();
    let wonde = sync(&base, &store, false, Arc::new(Waits::default()));
    wonde.run(now(), false).await.unwrap();

    {
        let mut f = fake.lock().unwrap();
        for s in &mut f.students {
            s["extended_details"]["data"]["in_lea_care"] = json!(false);
            s["contacts"]["data"][0]
                .as_object_mut()
                .unwrap()
                .remove("contact_details");
        }
        f.attendance = vec![mark("W0", "2026-11-30", "AM", "I")];
    }
    let report = wonde.run(now(), false).await.unwrap();
    let refused = report.roster.as_ref().unwrap().as_ref().unwrap_err();
    assert!(
        refused.contains("clear safeguarding flags") && refused.contains("6 pupils"),
        "{refused}"
    );
    let roster = Roster::open(&store).unwrap();
    assert_eq!(
        roster.pupil("fernhill", "A3").unwrap().unwrap().flags,
        [PupilFlag::LookedAfter]
    );
    assert_eq!(report.marks.amended, 1, "the register is still read");

    let confirmed = wonde.run(now(), true).await.unwrap();
    assert!(confirmed.roster.unwrap().is_ok());
    assert!(
        roster
            .pupil("fernhill", "A3")
            .unwrap()
            .unwrap()
            .flags
            .is_empty()
    );
    assert_eq!(
        roster.contacts_of("A3").unwrap()[0].mobile.as_deref(),
        Some("+447700900123"),
        "contact details left out of the answer never erase the stored mobile"
    );
}

/// Wonde's date filters and extended-details fields are the client's
/// request and reading, not a promise: a record sent beyond the days asked
/// for is not taken as the register's, and a flag whose field is left out
/// (or named differently) keeps what is stored.
#[tokio::test]
async fn what_the_server_sends_beyond_the_request_changes_nothing() {
    let fake: Shared = Arc::default();
    three_pupils(&fake);
    fake.lock()
        .unwrap()
        .attendance
        .push(mark("W1", "2026-10-05", "AM", "N"));
    let base = start(fake.clone()).await;
    let store = Store::temporary().unwrap();
    let wonde = sync(&base, &store, false, Arc::new(Waits::default()));
    let report = wonde.run(now(), false).await.unwrap();
    assert_eq!((report.marks.new, report.outside_dates), (3, 1), "{report}");
    assert!(
        report
            .to_string()
            .contains("1 records outside the days asked for skipped"),
        "{report}"
    );
    let long_ago = SessionDate::new("2026-10-05".parse().unwrap(), Session::Am);
    let book = RegisterBook::open(&store).unwrap();
    assert!(book.entry("fernhill", "A100", long_ago).unwrap().is_none());

    {
        let mut f = fake.lock().unwrap();
        let cara = &mut f.students[2]["extended_details"]["data"];
        cara.as_object_mut().unwrap().remove("in_lea_care");
        cara["free_school_meals"] = json!(true);
    }
    let report = wonde.run(now(), false).await.unwrap();
    assert!(report.roster.unwrap().is_ok());
    let flags = Roster::open(&store)
        .unwrap()
        .pupil("fernhill", "A102")
        .unwrap()
        .unwrap()
        .flags;
    assert!(
        flags.contains(&PupilFlag::LookedAfter) && flags.contains(&PupilFlag::Fsm),
        "{flags:?}"
    );
}

#[tokio::test]
async fn a_server_that_keeps_failing_or_a_bad_token_changes_nothing() {
    let fake: Shared = Arc::default();
    three_pupils(&fake);
    fake.lock().unwrap().failures =
        HashMap::from([("students".to_string(), VecDeque::from([(500, None); 4]))]);
    let base = start(fake.clone()).await;
    let store = Store::temporary().unwrap();
    let waits = Arc::new(Waits::default());
    let err = sync(&base, &store, false, waits.clone())
        .run(now(), false)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("HTTP 500"), "{err}");
    assert_eq!(waits.0.lock().unwrap().len(), 3, "four attempts");
    assert!(
        Roster::open(&store)
            .unwrap()
            .pupils("fernhill")
            .unwrap()
            .is_empty()
    );

    let config: WondeConfig = toml::from_str(&format!(
        "school_id = \"{SCHOOL}\"\ntoken = {{ env = \"UNUSED\" }}\nbase_url = \"{base}\"\n"
    ))
    .unwrap();
    let wrong = WondeSync::new(
        "fernhill",
        chrono_tz::Europe::London,
        config,
        "wrong".into(),
        &store,
        waits,
    )
    .unwrap();
    let err = wrong.run(now(), false).await.unwrap_err().to_string();
    assert!(
        err.contains("refused the token") && err.contains("401"),
        "{err}"
    );
}

#[tokio::test]
async fn syncs_follow_the_schedule_in_the_schools_own_time() {
    let store = Store::temporary().unwrap();
    let wonde = sync(
        "https://api.wonde.com/v1.0",
        &store,
        false,
        Arc::new(Waits::default()),
    );
    let sunday_night: DateTime<Utc> = "2026-07-05T22:00:00Z".parse().unwrap();
    assert_eq!(
        wonde.next_after(sunday_night),
        Some("2026-07-06T06:00:00Z".parse().unwrap()),
        "07:00 on Monday in British Summer Time"
    );
    let monday_morning: DateTime<Utc> = "2026-07-06T06:05:00Z".parse().unwrap();
    assert_eq!(
        wonde.next_after(monday_morning),
        Some("2026-07-06T06:15:00Z".parse().unwrap())
    );
}
