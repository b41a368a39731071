//! `absence-line report attendance`: per-pupil figures as CSV.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::admin::report::AttendanceReport;

#[derive(clap::Subcommand)]
pub enum ReportCommand {
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

pub fn run(config: &Path, what: ReportCommand) -> anyhow::Result<()> {
    let ReportCommand::Attendance(args) = what;
    let csv = super::perform(
        config,
        AttendanceReport {
            school: args.school,
            date: args.date,
        },
    )?;
    super::write_output(args.out.as_deref(), &csv)
}
