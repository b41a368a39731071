//! The staff screens with a year of a secondary school's messages: 2,000
//! pupils, about 100 absence messages a school day (19,000 in the year),
//! each acknowledged and some chased (40,000 outbound), and the summer
//! term's registers; the office's forwarded items closed the day each came
//! in, but today's. Prints how long the pupil page and the Today page take
//! to build, which should not depend on how much the school has stored.
//!
//! `cargo run --release --example pages_bench`

#[path = "bench_support/mod.rs"]
mod bench_support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use absence_line::clock::SimulatedClock;
use absence_line::config::Config;
use absence_line::domain::{Code, Contact, Mark, Provenance, Pupil, Session, SessionDate, Year};
use absence_line::inbound::{InboundMessage, Inbox, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::register::{RegisterBook, Source};
use absence_line::roster::Roster;
use absence_line::schools::Schools;
use absence_line::store::Store;
use absence_line::templates::Templates;
use absence_line::web::WebState;
use absence_line::web::auth::{Accounts, NewAccount, SignedIn, StaffRole};
use absence_line::web::pages::{pupil, today};
use absence_line::web::worklist::{Done, Item, Worklist};

const PUPILS: usize = 2_000;
const MESSAGES_A_DAY: usize = 100;
const WRITERS: usize = 8;

/// A small deterministic generator, so every run builds the same school.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const SCHOOL: &str = "hillside";

fn upn(n: usize) -> String {
    format!("H{n:05}")
}

fn mobile(n: usize) -> String {
    format!("+44770{n:07}")
}

/// At 07:30 on `day`, UTC (near enough for a bench).
fn morning(day: NaiveDate, minute: usize) -> DateTime<Utc> {
    day.and_hms_opt(7, 30 + (minute % 29) as u32, 0)
        .expect("a time")
        .and_utc()
}

/// Runs `work` for each item on a few threads, so writes share flushes as
/// a morning's webhooks do.
fn in_parallel<T: Send + Sync>(items: &[T], work: impl Fn(&T) + Sync) {
    std::thread::scope(|scope| {
        for chunk in items.chunks(items.len().div_ceil(WRITERS).max(1)) {
            let work = &work;
            scope.spawn(move || chunk.iter().for_each(work));
        }
    });
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> absence_line::Result<()> {
    let dir = tempfile::tempdir().map_err(|e| absence_line::Error::io("temp dir", e))?;
    let store = Store::open(dir.path())?;
    let config = Config::parse(
        &bench_support::school_year(SCHOOL, "Hillside Academy"),
        Path::new("bench.toml"),
    )?;
    let schools = Schools::from_config(&config, None)?;
    let school = schools.get(SCHOOL).expect("the school").clone();
    let days = school
        .calendar
        .school_days_between("2026-09-01".parse().unwrap(), "2027-07-16".parse().unwrap());
    let today = *days.last().expect("a school year");
    let build = Instant::now();

    let pupils: Vec<Pupil> = (0..PUPILS)
        .map(|n| Pupil {
            school: SCHOOL.into(),
            upn: upn(n).into(),
            first_name: format!("Pupil{n}"),
            last_name: "Bench".into(),
            known_as: None,
            year: Year::Y((n % 5) as u8 + 7),
            flags: Vec::new(),
            left_on: None,
        })
        .collect();
    let contacts: Vec<Contact> = (0..PUPILS)
        .map(|n| Contact {
            upn: upn(n).into(),
            priority: 1,
            name: format!("Parent{n}"),
            relationship: Some("Mother".into()),
            parental_responsibility: true,
            mobile: Some(mobile(n)),
            email: None,
            language: "en".into(),
            telegram_chat: None,
        })
        .collect();
    Roster::open(&store)?.import(&pupils, &contacts, days[0])?;

    // A year of absence messages, each acknowledged; one in four chased.
    let mut rng = Lcg(17);
    let reports: Vec<(NaiveDate, usize, usize)> = days
        .iter()
        .flat_map(|day| (0..MESSAGES_A_DAY).map(move |i| (*day, i)))
        .map(|(day, i)| (day, i, rng.next() % PUPILS))
        .collect();
    let inbox = Inbox::open(&store)?;
    let outbox = Outbox::open(&store)?;
    in_parallel(&reports, |&(day, i, n)| {
        let at = morning(day, i);
        let message = InboundMessage {
            channel: Channel::Sms,
            provider_id: format!("SM{day}-{i}"),
            from: Sender::Phone { number: mobile(n) },
            school: Some(SCHOOL.into()),
            subject: None,
            text: format!("Pupil{n} is poorly today and will not be in").into(),
            received_at: at,
            in_reply_to: None,
            attachments: Vec::new(),
        };
        inbox.accept(message).expect("stored");
        let chased = i % 4 == 0;
        let replies = [(Role::Contact(1), "ack")]
            .into_iter()
            .chain(chased.then_some((Role::Contact(1), "chase")))
            .chain((i % 10 == 0).then_some((Role::Office, "needs_staff")));
        for (role, kind) in replies {
            let reply = OutboundMessage {
                school: Some(SCHOOL.into()),
                channel: Channel::Sms,
                to: mobile(n),
                role,
                pupils: vec![upn(n).into()],
                kind: kind.into(),
                subject: None,
                text: format!("Thank you for telling us about Pupil{n}"),
                html: None,
                in_reply_to: None,
                choices: Vec::new(),
                not_before: None,
            };
            outbox.enqueue(reply, None, at).expect("queued");
        }
    });

    // This term's registers, as the MIS sends them.
    let term = school.calendar.term_of(today).expect("a term");
    let register = RegisterBook::open(&store)?;
    let mut marks = 0;
    for day in days.iter().filter(|d| **d >= term.first_day) {
        for session in Session::BOTH {
            let at = SessionDate::new(*day, session);
            let batch: Vec<Mark> = (0..PUPILS)
                .map(|n| Mark {
                    school: SCHOOL.into(),
                    upn: upn(n).into(),
                    session: at,
                    code: Some(match (n + day.ordinal() as usize) % 20 {
                        0 => Code::Illness,
                        _ if session == Session::Am => Code::PresentAm,
                        _ => Code::PresentPm,
                    }),
                    arrival: None,
                    provenance: Provenance::Mis,
                    recorded_at: morning(*day, 0).fixed_offset(),
                })
                .collect();
            marks += batch.len();
            register.record_many(Source::Mis, batch, "register", "mis")?;
        }
    }
    // The office deals with each forwarded item the day it comes in; only
    // today's are open.
    let worklist = Worklist::open(&store, outbox.clone())?;
    let earlier: Vec<Item> = worklist
        .items(SCHOOL, false, false, morning(days[0], 0))?
        .into_iter()
        .filter(|item| item.at < morning(today, 0))
        .collect();
    in_parallel(&earlier, |item| {
        let done = Done {
            who: "staff:office".into(),
            at: item.at + chrono::Duration::hours(2),
            note: "rang the family".into(),
        };
        worklist.mark_done(item, done).expect("closed");
    });
    println!(
        "built {PUPILS} pupils, {} messages in, {} out, {marks} register marks, {} forwarded items closed in {:.1} s",
        reports.len(),
        outbox.all()?.len(),
        earlier.len(),
        build.elapsed().as_secs_f64()
    );

    let templates = Arc::new(Templates::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("messages"),
    )?);
    let clock = Arc::new(SimulatedClock::starting_at(morning(today, 60)));
    let state = WebState::new(&store, schools.clone(), templates, clock)?;
    let account = Accounts::open(&store)?.add(
        NewAccount {
            username: "office",
            name: "Office",
            role: StaffRole::Office,
            school: Some(SCHOOL),
            password: "a long bench password",
        },
        morning(today, 0),
    )?;
    let staff = SignedIn {
        account,
        token: String::new(),
        csrf: String::new(),
    };

    // The most written-about pupils, whose pages hold the most.
    let mut per_pupil = vec![0usize; PUPILS];
    for (_, _, n) in &reports {
        per_pupil[*n] += 1;
    }
    let mut busiest: Vec<usize> = (0..PUPILS).collect();
    busiest.sort_by_key(|n| std::cmp::Reverse(per_pupil[*n]));
    let mut times = Vec::new();
    let mut shown = 0;
    for n in busiest.iter().take(50) {
        let start = Instant::now();
        let view = pupil::build(&state, &staff, &school, &upn(*n), today)?.expect("a pupil");
        times.push(start.elapsed());
        shown += view.messages.len();
    }
    times.sort();
    println!(
        "pupil page: median {:.2} ms, slowest {:.2} ms over {} pupils ({:.0} messages each)",
        millis(times[times.len() / 2]),
        millis(*times.last().expect("timed")),
        times.len(),
        shown as f64 / times.len() as f64
    );

    let mut times = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        today::build(&state, &staff, &school, today)?;
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "today page: median {:.2} ms, slowest {:.2} ms",
        millis(times[times.len() / 2]),
        millis(*times.last().expect("timed"))
    );
    Ok(())
}
