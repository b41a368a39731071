//! `absence-line import …`: brings the MIS's exports into the store.

use std::path::{Path, PathBuf};

use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::schools::Schools;
use absence_line::store::Store;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum What {
    /// Import pupils.csv and contacts.csv (the MIS export). All or nothing:
    /// a bad row changes nothing and the error names its file, row and
    /// column. Importing the same files again changes nothing; a pupil
    /// missing from a later import is marked as left, never deleted.
    Roster {
        /// The pupils file (school,upn,first_name,last_name,known_as,year,flags).
        pupils: PathBuf,
        /// The contacts file (upn,priority,name,relationship,parental_responsibility,mobile,email,language).
        contacts: PathBuf,
    },
}

pub fn run(config_path: &Path, what: What) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let store = Store::open(&config.resolve(&config.data_dir))?;
    match what {
        What::Roster { pupils, contacts } => {
            let schools = Schools::from_config(&config)?;
            let ids: Vec<&str> = schools.iter().map(|s| s.school.id.as_str()).collect();
            let now = SystemClock.now();
            let today = schools
                .iter()
                .next()
                .map_or(now.date_naive(), |s| s.school.local_date(now));
            let summary =
                absence_line::roster::import_files(&store, &pupils, &contacts, &ids, today)?;
            println!("{summary}");
        }
    }
    store.flush()?;
    Ok(())
}
