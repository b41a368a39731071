//! `absence-line import roster|marks|calendar|wonde`: loads the MIS's
//! roster or register export, or a calendar file, into the store, or syncs
//! with the MIS through Wonde. Nothing is stored if a file has an error.

use std::path::{Path, PathBuf};

use absence_line::calendar::{CalendarImports, ImportedCalendar, read_calendar_file};
use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::mis::wonde::WondeSync;
use absence_line::register::{MarksCheck, RegisterBook, read_marks_csv_checked};
use absence_line::roster::{self, Roster};
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

pub fn run(config_path: &Path, what: What) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let store = Store::open(&config.data_path())?;
    match what {
        What::Roster {
            pupils,
            contacts,
            confirm,
        } => {
            let now = SystemClock.now();
            let summary =
                roster::import_for_config(&store, &config, &pupils, &contacts, now, confirm)?;
            println!("{summary}");
            for cleared in &summary.cleared {
                println!("  {cleared}");
            }
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
            let now = SystemClock.now();
            let check = MarksCheck {
                upns: Roster::open(&store)?
                    .all_pupils(&school)?
                    .into_iter()
                    .map(|p| p.upn)
                    .collect(),
                today: roster::local_today(&config, now),
            };
            let read = read_marks_csv_checked(&file, &school, &check)?;
            let summary = read.marks.record(&RegisterBook::open(&store)?, now)?;
            println!("{}: {summary}", file.display());
            if !read.skipped.is_empty() {
                println!("{} rows left out:", read.skipped.len());
                for skipped in &read.skipped {
                    println!(
                        "  {}: row {}, column `{}`: {}",
                        file.display(),
                        skipped.row,
                        skipped.column,
                        skipped.why
                    );
                }
            }
        }
        What::Wonde { school, confirm } => {
            let syncs: Vec<WondeSync> = WondeSync::from_config(&config, &store)?
                .into_iter()
                .filter(|sync| school.as_deref().is_none_or(|id| sync.school() == id))
                .collect();
            if syncs.is_empty() {
                bail!(
                    "no school{} has [school.wonde] in {}",
                    school.map(|id| format!(" `{id}`")).unwrap_or_default(),
                    config_path.display()
                );
            }
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            for sync in syncs {
                let report = runtime.block_on(sync.run(SystemClock.now(), confirm))?;
                println!("{}:\n{report}", sync.school());
            }
        }
    }
    store.flush()?;
    Ok(())
}
