//! `absence-line la`: returns to the local authority. `list` finds today's
//! cases and lists the drafts not yet sent; `show` writes one as CSV and
//! printable HTML; `sent` marks it sent.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::admin::la::{Draft, LaAnswer, LaRequest};
use absence_line::la_notices::LaCaseKind;

#[derive(clap::Subcommand)]
pub enum LaCommand {
    /// Find today's cases and list the drafts not yet sent.
    List(ListArgs),
    /// Write one draft's return: `<out>.csv` and `<out>.html`.
    Show(ShowArgs),
    /// Mark a draft sent to the local authority.
    Sent(SentArgs),
}

#[derive(clap::Args)]
pub struct ListArgs {
    #[arg(long)]
    pub school: String,
    /// As of this day (default: today, school-local).
    #[arg(long)]
    pub date: Option<NaiveDate>,
}

/// Which draft: as `list` prints it.
#[derive(clap::Args)]
pub struct Which {
    #[arg(long)]
    pub school: String,
    #[arg(long)]
    pub upn: String,
    /// unauthorised_10_days, sickness_15_days, missing_education_20_days
    /// or not_back_after_leave.
    #[arg(long)]
    pub case: LaCaseKind,
    /// The case's first day.
    #[arg(long)]
    pub from: NaiveDate,
}

#[derive(clap::Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub which: Which,
    /// The files to write, without extension.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(clap::Args)]
pub struct SentArgs {
    #[command(flatten)]
    pub which: Which,
    /// Who sent it.
    #[arg(long)]
    pub by: String,
}

impl Which {
    fn draft(self) -> Draft {
        Draft {
            school: self.school,
            upn: self.upn,
            case: self.case,
            from: self.from,
        }
    }
}

pub fn run(config: &Path, what: LaCommand) -> anyhow::Result<()> {
    let (request, out) = match what {
        LaCommand::List(args) => (
            LaRequest::List {
                school: args.school,
                date: args.date,
            },
            None,
        ),
        LaCommand::Show(args) => (LaRequest::Show(args.which.draft()), Some(args.out)),
        LaCommand::Sent(args) => (
            LaRequest::Sent {
                draft: args.which.draft(),
                by: args.by,
            },
            None,
        ),
    };
    match (super::perform(config, request)?, out) {
        (LaAnswer::Return { csv, html }, Some(out)) => {
            let (csv_path, html_path) = (out.with_extension("csv"), out.with_extension("html"));
            super::write_private(&csv_path, &csv)?;
            super::write_private(&html_path, &html)?;
            println!("wrote {} and {}", csv_path.display(), html_path.display());
        }
        (LaAnswer::Text(text), _) => print!("{text}"),
        (LaAnswer::Return { .. }, None) => anyhow::bail!("the daemon answered with a return"),
    }
    Ok(())
}
