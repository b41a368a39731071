//! `absence-line export codes`: the provisional codes as marks CSV.
//! `absence-line export person`: everything held about one contact.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::admin::export::{Codes, PersonRecords};

#[derive(clap::Subcommand)]
pub enum ExportCommand {
    /// Provisional codes in the register-marks format (`upn,date,session,code`).
    Codes(CodesArgs),
    /// Everything held about one contact (a subject access request), as JSON.
    Person(PersonArgs),
}

#[derive(clap::Args)]
pub struct PersonArgs {
    /// The contact's mobile number.
    #[arg(long, conflicts_with = "email", required_unless_present = "email")]
    pub phone: Option<String>,
    /// The contact's email address.
    #[arg(long)]
    pub email: Option<String>,
    /// Write to this new file (created readable by its owner only) instead
    /// of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
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

pub fn run(config: &Path, what: ExportCommand) -> anyhow::Result<()> {
    match what {
        ExportCommand::Codes(args) => {
            let days = match (args.from, args.to, args.date) {
                (Some(from), Some(to), _) => Some((from, to)),
                (_, _, Some(date)) => Some((date, date)),
                _ => None,
            };
            let csv = super::perform(
                config,
                Codes {
                    school: args.school,
                    days,
                },
            )?;
            super::write_output(args.out.as_deref(), &csv)
        }
        ExportCommand::Person(args) => {
            let who = match (args.phone, args.email) {
                (Some(phone), _) => PersonRecords::Phone(phone),
                (None, Some(email)) => PersonRecords::Email(email),
                (None, None) => anyhow::bail!("give --phone or --email"),
            };
            let json = super::perform(config, who)?;
            match args.out {
                Some(path) => super::write_private(&path, &json),
                None => super::write_output(None, &json),
            }
        }
    }
}
