//! `import roster|calendar|marks`: the MIS's roster or register export, or
//! a calendar file, into the store. Nothing is stored if a file has an
//! error. Files are named by absolute path: the daemon reads them itself.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::calendar::{CalendarImports, ImportedCalendar, read_calendar_file};
use crate::error::{Error, Result};
use crate::register::{RegisterBook, read_marks_csv};
use crate::roster;

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
                let marks = read_marks_csv(&file, &school)?;
                let summary = marks.record(&RegisterBook::open(store)?, now)?;
                Ok(format!("{}: {summary}\n", file.display()))
            }
        }
    }
}
