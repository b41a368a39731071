//! One sync with Wonde, and the daemon's schedule of them.
//!
//! A sync reads students with their contacts, lays them over the stored
//! roster ([`super::merge`]) and imports them through the roster's guards;
//! reads the last days' session attendance into the register as the MIS's
//! marks; and, when the school allows it, writes back the codes staff
//! confirmed. A roster the guards refuse leaves the roster as it was and
//! is reported; the register is still read.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use tokio::sync::broadcast;

use super::client::{Pause, Sleep, WondeClient};
use super::mapping::{self, AttendanceCode, SessionAttendance, Student};
use super::merge::merge;
use super::settings::WondeConfig;
use super::write_back::{NotWritten, WrittenBack, session_register, to_write_back};
use crate::clock::SharedClock;
use crate::config::Config;
use crate::domain::{SchoolId, Upn};
use crate::error::{Error, Result};
use crate::redact::Redacted;
use crate::register::{IntakeSummary, RegisterBook, RegisterMarks};
use crate::roster::{ImportRules, ImportSummary, ImportedBy, Roster, import_export};
use crate::store::Store;

/// What was included with each student.
const STUDENT_INCLUDES: &str = "education_details,year,extended_details,contacts.contact_details";

/// What a sync did.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// The roster imported, or why the guards refused it.
    pub roster: Option<std::result::Result<ImportSummary, String>>,
    pub marks: IntakeSummary,
    /// Attendance records for students not on this school's list.
    pub unknown_students: usize,
    /// Attendance records dated outside the days asked for.
    pub outside_dates: usize,
    pub written_back: usize,
    pub not_written: Vec<NotWritten>,
}

impl std::fmt::Display for SyncReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.roster {
            Some(Ok(summary)) => writeln!(f, "roster: {summary}")?,
            Some(Err(why)) => writeln!(f, "roster NOT imported: {why}")?,
            None => {}
        }
        write!(f, "register: {}", self.marks)?;
        if self.unknown_students > 0 {
            write!(
                f,
                " ({} records for students not on roll skipped)",
                self.unknown_students
            )?;
        }
        if self.outside_dates > 0 {
            write!(
                f,
                " ({} records outside the days asked for skipped)",
                self.outside_dates
            )?;
        }
        write!(f, "\nwritten back to the MIS: {}", self.written_back)?;
        for not in &self.not_written {
            write!(
                f,
                "\n  not written back: {} {} {}: {}",
                not.confirmed.upn, not.confirmed.session, not.confirmed.code, not.why
            )?;
        }
        Ok(())
    }
}

/// One school's link to Wonde.
#[derive(Clone)]
pub struct WondeSync {
    school: SchoolId,
    timezone: Tz,
    config: WondeConfig,
    client: WondeClient,
    store: Store,
}

impl WondeSync {
    pub fn new(
        school: &str,
        timezone: Tz,
        config: WondeConfig,
        token: String,
        store: &Store,
        pause: Arc<dyn Pause>,
    ) -> Result<Self> {
        Ok(WondeSync {
            school: school.into(),
            timezone,
            client: WondeClient::new(&config.base_url, &config.school_id, token, pause)?,
            config,
            store: store.clone(),
        })
    }

    /// The syncs for every school with `[school.wonde]`, their tokens read.
    pub fn from_config(config: &Config, store: &Store) -> Result<Vec<WondeSync>> {
        config
            .schools
            .iter()
            .filter_map(|school| school.wonde.as_ref().map(|wonde| (school, wonde)))
            .map(|(school, wonde)| {
                let token = wonde.token.resolve(&config.base_dir)?;
                WondeSync::new(
                    &school.id,
                    school.timezone,
                    wonde.clone(),
                    token,
                    store,
                    Arc::new(Sleep),
                )
            })
            .collect()
    }

    pub fn school(&self) -> &str {
        &self.school
    }

    /// Syncs once at `now`. `confirmed` lets the roster clear safeguarding
    /// flags or emails for many pupils (as `import roster --confirm`).
    pub async fn run(&self, now: DateTime<Utc>, confirmed: bool) -> Result<SyncReport> {
        let students: Vec<Student> = self
            .client
            .list(
                &self.client.school_path("students"),
                &[("include", STUDENT_INCLUDES.to_string())],
            )
            .await?;
        let read = mapping::read_students(&students)?;
        let roster = Roster::open(&self.store)?;
        if read.is_empty() && !roster.pupils(&self.school)?.is_empty() {
            return Err(Error::Refused(format!(
                "Wonde listed no students for {}: nothing was changed (has the school withdrawn the app's access?)",
                self.school
            )));
        }
        let today = now.with_timezone(&self.timezone).date_naive();
        let mut report = SyncReport::default();
        let export = merge(&read, &roster, &self.school)?;
        let rules = ImportRules {
            not_exported: Vec::new(),
            confirmed,
        };
        report.roster = Some(
            match import_export(&self.store, export, today, &rules, ImportedBy::Mis) {
                Ok(summary) => Ok(summary),
                Err(Error::Refused(why)) => Err(why),
                Err(other) => return Err(other),
            },
        );

        let upns: HashMap<String, Upn> = read
            .iter()
            .map(|p| (p.wonde_id.clone(), p.upn.clone()))
            .collect();
        let from = today - Duration::days(i64::from(self.config.attendance_days) - 1);
        let records: Vec<SessionAttendance> = self
            .client
            .list(
                &self.client.school_path("attendance/session"),
                &[
                    ("include", "attendance_code".to_string()),
                    ("session_date_after", from.to_string()),
                    ("session_date_before", today.to_string()),
                ],
            )
            .await?;
        let marks = mapping::read_attendance(&records, &upns, from..=today)?;
        report.unknown_students = marks.unknown_students;
        report.outside_dates = marks.outside_dates;
        let book = RegisterBook::open(&self.store)?;
        report.marks = RegisterMarks {
            school: self.school.clone(),
            marks: marks.marks,
        }
        .record(&book, now)?;

        if self.config.write_back {
            let written = WrittenBack::open(&self.store)?;
            let entries = book.between(&self.school, from, today)?;
            let confirmed = to_write_back(&entries, |session, upn| {
                written.code(&self.school, session, upn)
            })?;
            if !confirmed.is_empty() {
                let codes: Vec<AttendanceCode> = self.client.list("attendance-codes", &[]).await?;
                let code_ids: HashMap<String, String> =
                    codes.into_iter().map(|c| (c.code, c.id)).collect();
                let student_ids: HashMap<Upn, String> = read
                    .iter()
                    .map(|p| (p.upn.clone(), p.wonde_id.clone()))
                    .collect();
                let (register, sent, not_written) =
                    session_register(confirmed, &student_ids, &code_ids);
                if !sent.is_empty() {
                    self.client
                        .post(&self.client.school_path("attendance/session"), &register)
                        .await?;
                    written.record(&self.school, &sent)?;
                }
                report.written_back = sent.len();
                report.not_written = not_written;
            }
        }
        Ok(report)
    }

    /// The next scheduled sync after `now`.
    pub fn next_after(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let schedule = self.config.cron().ok()?;
        schedule
            .after(&now.with_timezone(&self.timezone))
            .next()
            .map(|at| at.with_timezone(&Utc))
    }

    /// Syncs on the schedule until shutdown. A failed sync is logged and
    /// the next scheduled one tries again.
    pub async fn run_scheduled(self, clock: SharedClock, mut shutdown: broadcast::Receiver<()>) {
        loop {
            let Some(at) = self.next_after(clock.now()) else {
                return;
            };
            tokio::select! {
                _ = tokio::time::sleep(clock.real_wait_until(at)) => {}
                _ = shutdown.recv() => return,
            }
            match self.run(clock.now(), false).await {
                Ok(report) => {
                    if let Some(Err(_)) = &report.roster {
                        tracing::warn!(
                            school = %self.school,
                            "Wonde sync: the roster was refused by the import guards; run \
                             `absence-line import wonde` to see why"
                        );
                    }
                    tracing::info!(
                        school = %self.school,
                        marks_new = report.marks.new,
                        marks_amended = report.marks.amended,
                        written_back = report.written_back,
                        not_written = report.not_written.len(),
                        "Wonde sync"
                    );
                }
                Err(error) => {
                    tracing::error!(school = %self.school, error = %Redacted(&error), "Wonde sync failed")
                }
            }
        }
    }
}
