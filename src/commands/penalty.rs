//! `absence-line penalty`: the penalty notices the school has issued. The
//! threshold alert reads them to name the next step.

use std::path::Path;

use chrono::NaiveDate;

use absence_line::admin::penalty::PenaltyRequest;

#[derive(clap::Subcommand)]
pub enum PenaltyCommand {
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

pub fn run(config: &Path, what: PenaltyCommand) -> anyhow::Result<()> {
    let request = match what {
        PenaltyCommand::Record(args) => PenaltyRequest::Record {
            school: args.school,
            upn: args.upn,
            parent: args.parent,
            issued_on: args.issued_on,
            by: args.by,
        },
        PenaltyCommand::List(args) => PenaltyRequest::List {
            school: args.school,
            upn: args.upn,
        },
    };
    print!("{}", super::perform(config, request)?);
    Ok(())
}
