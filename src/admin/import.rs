//! `import roster|calendar|marks|wonde`: the MIS's roster or register
//! export, a calendar file, or a sync with the MIS through Wonde, into the
//! store. Nothing is stored if a file has an
//! error. Files are named by absolute path: the daemon reads them itself.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::calendar::{CalendarImports, ImportedCalendar, read_calendar_file};
use crate::error::{Error, Result};
use crate::mis::wonde::WondeSync;
use crate::register::{MarksCheck, RegisterBook, read_marks_csv_checked};
use crate::roster::{self, Roster};

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Import {
    Roster {
        pupils: PathBuf,
        contacts: PathBuf,
        /// Import even though it clears safeguarding flags or emails.
        confirm: bool,
    },
    Calendar {
        file: PathBuf,
        /// Only for this school (default: every school).
        school: Option<String>,
    },
    Marks {
        file: PathBuf,
        /// Needed when several schools are configured.
        school: Option<String>,
    },
    /// A sync through Wonde now, for one school or every school with
    /// `[school.wonde]`.
    Wonde {
        school: Option<String>,
        /// Import even though it clears safeguarding flags or emails.
        confirm: bool,
    },
}

impl AdminRequest for Import {
    /// What was imported, as lines for a person.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let Context { store, config, now } = *context;
        match self {
            Import::Roster {
                pupils,
                contacts,
                confirm,
            } => {
                let summary =
                    roster::import_for_config(store, config, &pupils, &contacts, now, confirm)?;
                let mut text = format!("{summary}\n");
                for cleared in &summary.cleared {
                    text += &format!("  {cleared}\n");
                }
                Ok(text)
            }
            Import::Calendar { file, school } => {
                let tz = match &school {
                    Some(id) => match config.school(id) {
                        Some(s) => s.timezone,
                        None => {
                            return Err(Error::Refused(format!(
                                "--school {id}: no such school in the config"
                            )));
                        }
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
                Ok(if CalendarImports::open(store)?.save(&import)? {
                    format!(
                        "{}: {} terms, {} closures imported\n",
                        import.source,
                        import.terms.len(),
                        import.closures.len()
                    )
                } else {
                    format!("{}: no change\n", import.source)
                })
            }
            Import::Marks { file, school } => {
                let school = match (school, config.schools.as_slice()) {
                    (Some(id), _) if config.school(&id).is_some() => id,
                    (Some(id), _) => {
                        return Err(Error::Refused(format!("`{id}` is not a configured school")));
                    }
                    (None, [only]) => only.id.clone(),
                    (None, _) => {
                        return Err(Error::Refused(
                            "several schools are configured: say which with --school".into(),
                        ));
                    }
                };
                let check = MarksCheck {
                    upns: Roster::open(store)?
                        .all_pupils(&school)?
                        .into_iter()
                        .map(|p| p.upn)
                        .collect(),
                    today: roster::local_today(config, now),
                };
                let read = read_marks_csv_checked(&file, &school, &check)?;
                let summary = read.marks.record(&RegisterBook::open(store)?, now)?;
                let mut text = format!("{}: {summary}\n", file.display());
                if !read.skipped.is_empty() {
                    text += &format!("{} rows left out:\n", read.skipped.len());
                    for skipped in &read.skipped {
                        text += &format!(
                            "  {}: row {}, column `{}`: {}\n",
                            file.display(),
                            skipped.row,
                            skipped.column,
                            skipped.why
                        );
                    }
                }
                Ok(text)
            }
            Import::Wonde { school, confirm } => {
                let syncs: Vec<WondeSync> = WondeSync::from_config(config, store)?
                    .into_iter()
                    .filter(|sync| school.as_deref().is_none_or(|id| sync.school() == id))
                    .collect();
                if syncs.is_empty() {
                    return Err(Error::Refused(format!(
                        "no school{} has [school.wonde] in the config",
                        school.map(|id| format!(" `{id}`")).unwrap_or_default()
                    )));
                }
                let mut text = String::new();
                for sync in syncs {
                    let report = block_on(sync.run(now, confirm))??;
                    text += &format!("{}:\n{report}\n", sync.school());
                }
                Ok(text)
            }
        }
    }
}

/// Runs a sync to its end from synchronous code: on the daemon's blocking
/// pool (inside its runtime) or in a command on its own.
fn block_on<F: std::future::Future>(work: F) -> Result<F::Output> {
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => Ok(runtime.block_on(work)),
        Err(_) => Ok(tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Refused(format!("starting the sync: {e}")))?
            .block_on(work)),
    }
}
