//! `absence-line export codes`: the provisional codes as marks CSV.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::clock::{Clock, SystemClock};
use absence_line::export::{codes_to_export, write_marks};
use absence_line::register::RegisterBook;

use super::open_school;

#[derive(clap::Subcommand)]
pub enum What {
    /// Provisional codes in the register-marks format (`upn,date,session,code`).
    Codes(CodesArgs),
}

#[derive(clap::Args)]
pub struct CodesArgs {
    #[arg(long)]
    pub school: String,
    /// One day (default: today, school-local).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub date: Option<NaiveDate>,
    /// The first day of a range.
    #[arg(long, requires = "to")]
    pub from: Option<NaiveDate>,
    /// The last day of a range.
    #[arg(long, requires = "from")]
    pub to: Option<NaiveDate>,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(config: &Path, what: What) -> anyhow::Result<()> {
    let What::Codes(args) = what;
    let (store, entry) = open_school(config, &args.school)?;
    let (from, to) = match (args.from, args.to, args.date) {
        (Some(from), Some(to), _) => (from, to),
        (_, _, Some(date)) => (date, date),
        _ => {
            let today = entry.school.local_date(SystemClock.now());
            (today, today)
        }
    };
    anyhow::ensure!(from <= to, "--from {from} is after --to {to}");
    let entries = RegisterBook::open(&store)?.between(&entry.school.id, from, to)?;
    let mut out = Vec::new();
    write_marks(&mut out, &codes_to_export(&entries))?;
    super::write_output(args.out.as_deref(), &String::from_utf8(out)?)
}
