//! A trust-sized store: 20,000 pupils in ten schools with a full year of
//! marks (190 school days, two sessions each: 7.6 million sessions), then
//! the time the digests and the threshold watch take for the whole trust,
//! and the process's peak resident memory.
//!
//! `cargo run --release --example trust_bench`

#[path = "bench_support/mod.rs"]
mod bench_support;

use std::path::Path;
use std::time::Instant;

use chrono::{NaiveDate, NaiveTime};

use absence_line::config::Config;
use absence_line::digest::{DigestAudience, DigestSources, NoFeeds, SchoolWatch, compose, html};
use absence_line::domain::{
    Code, Mark, Provenance, Pupil, PupilFlag, Session, SessionDate, Slot, Upn, Year, YearCodes,
};
use absence_line::register::Source;
use absence_line::roster::Roster;
use absence_line::schools::Schools;
use absence_line::store::Store;

const SCHOOLS: usize = 10;
const PUPILS_PER_SCHOOL: usize = 2_000;

/// A small deterministic generator, so every run builds the same trust.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

/// Mostly present; about 5% absent across the codes, 2% late.
fn code(rng: &mut Lcg, session: Session) -> Code {
    match rng.next() % 1000 {
        0..=19 => Code::Illness,
        20..=24 => Code::Medical,
        25..=32 => Code::NoReasonYet,
        33..=37 => Code::UnauthorisedOther,
        38..=41 => Code::HolidayNotAgreed,
        42..=44 => Code::Exceptional,
        45..=59 => Code::Late,
        60..=64 => Code::LateAfterClose,
        65..=67 => Code::EducationalVisit,
        _ if session == Session::Am => Code::PresentAm,
        _ => Code::PresentPm,
    }
}

fn config() -> Config {
    let mut text = String::new();
    for i in 0..SCHOOLS {
        text.push_str(&bench_support::school_year(
            &format!("school{i}"),
            &format!("School {i}"),
        ));
        text.push_str(
            r#"
[[school.calendar.closures]]
from = "2027-07-19"
to = "2027-07-23"
why = "INSET and closure"
"#,
        );
    }
    Config::parse(&text, Path::new("bench.toml")).expect("bench config")
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() -> absence_line::Result<()> {
    let dir = tempfile::tempdir().map_err(|e| absence_line::Error::io("temp dir", e))?;
    let store = Store::open(dir.path())?;
    let schools = Schools::from_config(&config(), None)?;
    let sources = DigestSources::open(&store, schools.clone())?;
    let year_start: NaiveDate = "2026-08-01".parse().unwrap();
    let mut rng = Lcg(42);

    let build = Instant::now();
    let mut last_day = year_start;
    let mut sessions = 0usize;
    for entry in schools.iter() {
        let id = &entry.id;
        let days = entry
            .calendar
            .school_days_between(year_start, "2027-07-31".parse().unwrap());
        let today = *days.last().expect("a school year");
        last_day = today;
        let pupils: Vec<Pupil> = (0..PUPILS_PER_SCHOOL)
            .map(|n| Pupil {
                school: id.clone(),
                upn: format!("{id}-{n:05}").into(),
                first_name: format!("Pupil{n}"),
                last_name: "Bench".into(),
                known_as: None,
                year: Year::Y((n % 6) as u8 + 1),
                flags: [
                    PupilFlag::Send,
                    PupilFlag::Fsm,
                    PupilFlag::Eal,
                    PupilFlag::LookedAfter,
                ]
                .into_iter()
                .filter(|f| (n + *f as usize).is_multiple_of(7))
                .collect(),
                left_on: None,
            })
            .collect();
        Roster::open(&store)?.import(&pupils, &[], today)?;

        // The year before today as history in the compact layout …
        let history: Vec<(Upn, YearCodes)> = pupils
            .iter()
            .map(|p| {
                let mut codes = YearCodes::new(year_start);
                for day in &days[..days.len() - 1] {
                    for s in Session::BOTH {
                        codes.set(SessionDate::new(*day, s), Slot::Code(code(&mut rng, s)));
                    }
                }
                (p.upn.clone(), codes)
            })
            .collect();
        sessions += history.len() * (days.len() - 1) * 2;
        sources.register.ledger().load_history(id, &history)?;

        // … and today's two registers through the register book.
        for s in Session::BOTH {
            let marks = pupils
                .iter()
                .map(|p| Mark {
                    school: id.clone(),
                    upn: p.upn.clone(),
                    session: SessionDate::new(today, s),
                    code: Some(code(&mut rng, s)),
                    arrival: None,
                    provenance: Provenance::Mis,
                    recorded_at: "2027-07-16T09:20:00+01:00".parse().unwrap(),
                })
                .collect();
            sources
                .register
                .record_many(Source::Mis, marks, "register", "mis")?;
            sessions += PUPILS_PER_SCHOOL;
        }
    }
    println!(
        "built {} pupils, {sessions} sessions up to {last_day} in {:.1} s",
        SCHOOLS * PUPILS_PER_SCHOOL,
        build.elapsed().as_secs_f64()
    );

    let start = Instant::now();
    let (mut crossings, mut bytes) = (0, 0);
    let mut watch_seconds = 0.0;
    for entry in schools.iter() {
        let input = sources.gather(
            entry,
            last_day,
            NaiveTime::from_hms_opt(15, 30, 0).unwrap(),
            &NoFeeds,
        )?;
        let watched = Instant::now();
        let watch = SchoolWatch::of(&input);
        watch_seconds += watched.elapsed().as_secs_f64();
        crossings += watch.crossings.len();
        for audience in [DigestAudience::Lead, DigestAudience::Dsl] {
            bytes += html::render(&compose(&input, &watch, audience)).len();
        }
    }
    println!(
        "digests for the whole trust (gather, figures, threshold watch, compose, HTML for lead and DSL): {:.2} s",
        start.elapsed().as_secs_f64()
    );
    println!(
        "  of which figures and threshold watch: {watch_seconds:.2} s; {crossings} new crossings; {bytes} bytes of HTML"
    );
    println!("peak resident memory (VmHWM): {:.0} MB", peak_rss_mb());
    Ok(())
}
