//! `absence-line export codes`: the provisional codes as marks CSV.
//! `absence-line export person`: everything held about one contact.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::export::{Person, codes_to_export, export_person, write_marks};
use absence_line::register::RegisterBook;
use absence_line::schools::Schools;
use absence_line::store::Store;

use super::open_school;

#[derive(clap::Subcommand)]
pub enum What {
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

pub fn run(config: &Path, what: What) -> anyhow::Result<()> {
    match what {
        What::Codes(args) => codes(config, args),
        What::Person(args) => person(config, args),
    }
}

fn person(config_path: &Path, args: PersonArgs) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let store = Store::open_configured(&config)?;
    let schools = Schools::from_config(&config, Some(&store))?;
    let who = match (args.phone, args.email) {
        (Some(phone), _) => Person::Phone(phone),
        (None, Some(email)) => Person::Email(email),
        (None, None) => anyhow::bail!("give --phone or --email"),
    };
    let export = export_person(&store, &schools, &who, SystemClock.now())?;
    let json = serde_json::to_string_pretty(&export)? + "\n";
    match args.out {
        Some(path) => super::write_private(&path, &json),
        None => super::write_output(None, &json),
    }
}

fn codes(config: &Path, args: CodesArgs) -> anyhow::Result<()> {
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
