//! `absence-line import …`: brings the MIS's exports into the store.

use std::path::{Path, PathBuf};

use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::register::{RegisterBook, read_marks_csv};
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
    /// Import a register from the MIS (upn,date,session,code; any 2024 or
    /// legacy DfE code, empty for no mark yet). All or nothing: a bad row
    /// changes nothing and the error names its file, row and column.
    Marks {
        file: PathBuf,
        /// The school the marks are for; needed when several are configured.
        #[arg(long)]
        school: Option<String>,
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
        What::Marks { file, school } => {
            let school = match (school, config.schools.as_slice()) {
                (Some(id), _) => {
                    anyhow::ensure!(
                        config.school(&id).is_some(),
                        "`{id}` is not a configured school"
                    );
                    id
                }
                (None, [only]) => only.id.clone(),
                (None, _) => {
                    anyhow::bail!("several schools are configured: say which with --school")
                }
            };
            let marks = read_marks_csv(&file, &school)?;
            let summary = marks.record(&RegisterBook::open(&store)?, SystemClock.now())?;
            println!("{}: {summary}", file.display());
        }
    }
    store.flush()?;
    Ok(())
}
