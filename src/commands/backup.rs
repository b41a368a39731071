//! `absence-line backup FILE`: a consistent copy of every record, taken
//! by the running daemon (or from the store when none runs), into a new
//! file only its owner can read. `absence-line restore FILE`: a new store
//! from one, into an empty data folder.

use std::path::{Path, PathBuf};

use absence_line::admin::backup::{TakeBackup, restore};
use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use chrono::{DateTime, Utc};

/// Arguments of `absence-line backup`.
#[derive(clap::Args)]
pub struct BackupArgs {
    /// The backup file to create (it must not exist yet).
    pub file: PathBuf,
}

/// Arguments of `absence-line restore`.
#[derive(clap::Args)]
pub struct RestoreArgs {
    /// A file written by `absence-line backup`.
    pub file: PathBuf,
    /// Restore even though the data folder holds records: they are moved
    /// aside to `<folder>.before-restore-<time>`, never deleted.
    #[arg(long)]
    pub replace: bool,
}

pub fn backup(config_path: &Path, args: BackupArgs) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let backup = super::perform(config_path, TakeBackup)?;
    backup.write_new(&args.file)?;
    println!(
        "{}: {} records in {} tables, taken {}",
        args.file.display(),
        backup.rows(),
        backup.snapshot.tables.len(),
        school_time(&config, backup.taken_at)
    );
    Ok(())
}

pub fn restore_run(config: &Path, args: RestoreArgs) -> anyhow::Result<()> {
    let config = Config::load(config)?;
    let restored = restore(&config, &args.file, args.replace, SystemClock.now())?;
    if let Some(aside) = &restored.set_aside {
        println!("moved the records that were there to {}", aside.display());
    }
    println!(
        "restored {} records from the backup taken {} into {}",
        restored.rows,
        school_time(&config, restored.taken_at),
        config.data_path().display()
    );
    Ok(())
}

/// When, as the school's clocks said it.
fn school_time(config: &Config, at: DateTime<Utc>) -> String {
    let zone = config
        .schools
        .first()
        .map_or(chrono_tz::Europe::London, |s| s.timezone);
    at.with_timezone(&zone)
        .format("%a %d %b %Y %H:%M:%S %Z")
        .to_string()
}
