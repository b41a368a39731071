//! `absence-line import roster|marks|calendar|wonde`: loads the MIS's
//! roster or register export, or a calendar file, into the store, or syncs
//! with the MIS through Wonde. Nothing is stored if a file has an error.

use std::path::{Path, PathBuf};

use absence_line::admin::import::Import;

#[derive(clap::Subcommand)]
pub enum ImportCommand {
    /// Import pupils.csv and contacts.csv (exported from your MIS). Run it
    /// again after each export: unchanged rows are left alone, and pupils
    /// no longer in the file are marked as left (never deleted).
    Roster {
        /// The pupils file (school,upn,first_name,last_name,known_as,year,flags).
        pupils: PathBuf,
        /// The contacts file (upn,priority,name,relationship,
        /// parental_responsibility,mobile,email,language).
        contacts: PathBuf,
        /// Import even though it clears safeguarding flags
        /// (child_protection, looked_after, child_in_need) or email
        /// addresses for many pupils; without it such an import is refused
        /// and lists what it would clear.
        #[arg(long)]
        confirm: bool,
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
    /// Import a register from the MIS (upn,date,session,code; any 2024 or
    /// legacy DfE code, empty for no mark yet). All or nothing: a bad row
    /// changes nothing and the error names its file, row and column.
    Marks {
        file: PathBuf,
        /// The school the marks are for; needed when several are configured.
        #[arg(long)]
        school: Option<String>,
    },
    /// Sync now with the MIS through Wonde ([school.wonde] in config.toml):
    /// pupils, contacts and the last days' session attendance, and, where
    /// allowed, write back the codes staff confirmed. The daemon does this
    /// on the schedule by itself.
    Wonde {
        /// Only this school (default: every school with [school.wonde]).
        #[arg(long)]
        school: Option<String>,
        /// Import even though it clears safeguarding flags or email
        /// addresses for many pupils (see `import roster --confirm`).
        #[arg(long)]
        confirm: bool,
    },
}

pub fn run(config: &Path, what: ImportCommand) -> anyhow::Result<()> {
    let request = match what {
        ImportCommand::Roster {
            pupils,
            contacts,
            confirm,
        } => Import::Roster {
            pupils: super::absolute(&pupils)?,
            contacts: super::absolute(&contacts)?,
            confirm,
        },
        ImportCommand::Calendar { file, school } => Import::Calendar {
            file: super::absolute(&file)?,
            school,
        },
        ImportCommand::Marks { file, school } => Import::Marks {
            file: super::absolute(&file)?,
            school,
        },
        ImportCommand::Wonde { school, confirm } => Import::Wonde { school, confirm },
    };
    print!("{}", super::perform(config, request)?);
    Ok(())
}
