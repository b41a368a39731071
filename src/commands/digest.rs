//! `absence-line digest`: prints or writes a school's digest for a day.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{NaiveDate, NaiveTime};

use absence_line::admin::digest::{DigestFor, DigestFormat};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// The plain-text digest (the email's text part).
    Text,
    /// The HTML email body, charts included.
    Html,
    /// The short version sent on Telegram.
    Short,
}

/// Arguments of `absence-line digest`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub school: String,
    /// The day (default: today, school-local).
    #[arg(long)]
    pub date: Option<NaiveDate>,
    /// The time the digest is for, HH:MM (default 15:30).
    #[arg(long, default_value = "15:30")]
    pub time: String,
    /// The DSL's digest, with safeguarding items.
    #[arg(long, conflicts_with = "office")]
    pub dsl: bool,
    /// The office's digest, at the school's office time.
    #[arg(long)]
    pub office: bool,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(config: &Path, args: Args) -> anyhow::Result<()> {
    let time = NaiveTime::parse_from_str(&args.time, "%H:%M")
        .with_context(|| format!("`{}` is not a time as HH:MM", args.time))?;
    let rendered = super::perform(
        config,
        DigestFor {
            school: args.school,
            date: args.date,
            time,
            dsl: args.dsl,
            office: args.office,
            format: match args.format {
                Format::Text => DigestFormat::Text,
                Format::Html => DigestFormat::Html,
                Format::Short => DigestFormat::Short,
            },
        },
    )?;
    super::write_output(args.out.as_deref(), &rendered)
}
