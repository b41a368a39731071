//! `absence-line penalty`: the penalty notices the school has issued. The
//! threshold alert reads them to name the next step.

use std::path::Path;

use chrono::NaiveDate;

use absence_line::attendance::penalty::next_step_text;
use absence_line::clock::{Clock, SystemClock};
use absence_line::penalty_notices::{NoticeIssued, PenaltyNotices};
use absence_line::roster::Roster;

use super::open_school;

#[derive(clap::Subcommand)]
pub enum What {
    /// Record a notice issued to one parent for one pupil.
    Record(RecordArgs),
    /// A pupil's notices and the next step the framework allows.
    List(ListArgs),
}

#[derive(clap::Args)]
pub struct RecordArgs {
    #[arg(long)]
    pub school: String,
    #[arg(long)]
    pub upn: String,
    /// The parent, named as in the roster's contacts.
    #[arg(long)]
    pub parent: String,
    /// The day the notice was issued.
    #[arg(long)]
    pub issued_on: NaiveDate,
    /// Who is recording it, for the record and the audit log.
    #[arg(long)]
    pub by: String,
}

#[derive(clap::Args)]
pub struct ListArgs {
    #[arg(long)]
    pub school: String,
    #[arg(long)]
    pub upn: String,
}

pub fn run(config: &Path, what: What) -> anyhow::Result<()> {
    match what {
        What::Record(args) => {
            let (store, entry) = open_school(config, &args.school)?;
            let now = SystemClock.now();
            let notice = PenaltyNotices::open(&store)?.record(
                &Roster::open(&store)?,
                &NoticeIssued {
                    school: &entry.school.id,
                    upn: &args.upn,
                    parent: &args.parent,
                    issued_on: args.issued_on,
                    recorded_by: &args.by,
                },
                entry.school.local_date(now),
            )?;
            store.audit()?.append(
                now.fixed_offset(),
                &args.by,
                "penalty_notice",
                &format!("{} {}", notice.upn, notice.issued_on),
            )?;
            println!(
                "recorded: notice of {} for {} to {}",
                notice.issued_on, notice.upn, notice.parent
            );
        }
        What::List(args) => {
            let (store, entry) = open_school(config, &args.school)?;
            let notices = PenaltyNotices::open(&store)?.of_pupil(&entry.school.id, &args.upn)?;
            for notice in &notices {
                println!(
                    "{}  {}  (recorded by {})",
                    notice.issued_on, notice.parent, notice.recorded_by
                );
            }
            let today = entry.school.local_date(SystemClock.now());
            println!("{}", next_step_text(&notices, today));
        }
    }
    Ok(())
}
