//! `absence-line import roster|calendar`: loads the MIS's roster export or a
//! calendar file into the store. Nothing is stored if a file has an error.

use std::path::{Path, PathBuf};

use absence_line::calendar::{CalendarImports, ImportedCalendar, read_calendar_file};
use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::roster;
use absence_line::store::Store;
use anyhow::bail;

#[derive(clap::Subcommand)]
pub enum What {
    /// Import pupils.csv and contacts.csv (exported from your MIS). Run it
    /// again after each export: unchanged rows are left alone, and pupils
    /// no longer in the file are marked as left (never deleted).
    Roster {
        /// The pupils file (school,upn,first_name,last_name,known_as,year,flags).
        pupils: PathBuf,
        /// The contacts file (upn,priority,name,relationship,
        /// parental_responsibility,mobile,email,language).
        contacts: PathBuf,
    },
    /// Import term dates (.ics) or gov.uk's bank-holidays.json. Importing a
    /// file with the same name again replaces what it gave before.
    Calendar {
        /// An iCalendar file, or a .json bank-holidays file.
        file: PathBuf,
        /// Only for this school (default: every school in config.toml).
        #[arg(long)]
        school: Option<String>,
    },
}

pub fn run(config_path: &Path, what: What) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let store = Store::open(&config.data_path())?;
    match what {
        What::Roster { pupils, contacts } => {
            let now = SystemClock.now();
            let summary = roster::import_for_config(&store, &config, &pupils, &contacts, now)?;
            println!("{summary}");
        }
        What::Calendar { file, school } => {
            let tz = match &school {
                Some(id) => match config.school(id) {
                    Some(s) => s.timezone,
                    None => bail!("--school {id}: no such school in {}", config_path.display()),
                },
                None => config.schools[0].timezone,
            };
            let (terms, closures) = read_calendar_file(&file, tz)?;
            let source = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let import = ImportedCalendar {
                school,
                source,
                terms,
                closures,
            };
            if CalendarImports::open(&store)?.save(&import)? {
                println!(
                    "{}: {} terms, {} closures imported",
                    import.source,
                    import.terms.len(),
                    import.closures.len()
                );
            } else {
                println!("{}: no change", import.source);
            }
        }
    }
    store.flush()?;
    Ok(())
}
