//! `absence-line report attendance`: per-pupil figures as CSV.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::attendance::Periods;
use absence_line::clock::{Clock, SystemClock};
use absence_line::domain::academic_year_start;
use absence_line::export::write_attendance;
use absence_line::register::RegisterBook;
use absence_line::roster::Roster;

use super::open_school;

#[derive(clap::Subcommand)]
pub enum What {
    /// Attendance figures per pupil: year, term and last four weeks.
    Attendance(AttendanceArgs),
}

#[derive(clap::Args)]
pub struct AttendanceArgs {
    #[arg(long)]
    pub school: String,
    /// Figures up to this day (default: today, school-local).
    #[arg(long)]
    pub date: Option<NaiveDate>,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(config: &Path, what: What) -> anyhow::Result<()> {
    let What::Attendance(args) = what;
    let (store, entry) = open_school(config, &args.school)?;
    let date = args
        .date
        .unwrap_or_else(|| entry.school.local_date(SystemClock.now()));
    let years = RegisterBook::open(&store)?
        .ledger()
        .school_year(&entry.school.id, academic_year_start(date))?;
    let pupils = Roster::open(&store)?.pupils(&entry.school.id)?;
    let periods = Periods::at(date, &entry.school.calendar);
    let mut out = Vec::new();
    write_attendance(
        &mut out,
        &pupils,
        &years,
        &periods,
        entry.config.attendance.target_percent,
    )?;
    super::write_output(args.out.as_deref(), &String::from_utf8(out)?)
}
