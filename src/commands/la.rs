//! `absence-line la`: returns to the local authority. `list` finds today's
//! cases and lists the drafts not yet sent; `show` writes one as CSV and
//! printable HTML; `sent` marks it sent.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::clock::{Clock, SystemClock};
use absence_line::la_notices::{DraftId, LaCaseKind, LaDrafts};

use super::open_school;

#[derive(clap::Subcommand)]
pub enum What {
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
    fn id(&self) -> DraftId<'_> {
        DraftId {
            school: &self.school,
            upn: &self.upn,
            kind: self.case,
            from: self.from,
        }
    }
}

pub fn run(config: &Path, what: What) -> anyhow::Result<()> {
    match what {
        What::List(args) => {
            let (store, entry) = open_school(config, &args.school)?;
            let drafts = LaDrafts::open(&store)?;
            let today = args
                .date
                .unwrap_or_else(|| entry.school.local_date(SystemClock.now()));
            let new = drafts.refresh(&entry, today)?;
            let open = drafts.open_drafts(&entry.school.id)?;
            println!("{} draft return(s) to send, {new} new", open.len());
            for draft in open {
                let case = draft.case;
                println!(
                    "--upn {} --case {} --from {}  to {}, {} school days{}",
                    draft.upn,
                    case.kind,
                    case.from,
                    case.to,
                    case.school_days,
                    if case.forecast_days > 0 {
                        format!(" ({} forecast)", case.forecast_days)
                    } else {
                        String::new()
                    }
                );
            }
        }
        What::Show(args) => {
            let (store, entry) = open_school(config, &args.which.school)?;
            let drafts = LaDrafts::open(&store)?;
            let Some(draft) = drafts.get(&args.which.id())? else {
                anyhow::bail!("no such draft return; `absence-line la list` lists them");
            };
            let evidence = drafts.evidence(&entry, &draft)?;
            let csv = args.out.with_extension("csv");
            let html = args.out.with_extension("html");
            super::write_private(&csv, &evidence.to_csv()?)?;
            super::write_private(&html, &evidence.to_html().into_string())?;
            println!("wrote {} and {}", csv.display(), html.display());
        }
        What::Sent(args) => {
            let (store, _) = open_school(config, &args.which.school)?;
            let now = SystemClock.now();
            let draft = LaDrafts::open(&store)?.mark_sent(&args.which.id(), &args.by, now)?;
            store.audit()?.append(
                now.fixed_offset(),
                &args.by,
                "la_return_sent",
                &format!("{} {} {}", draft.upn, draft.case.kind, draft.case.from),
            )?;
            println!("marked sent");
        }
    }
    Ok(())
}
