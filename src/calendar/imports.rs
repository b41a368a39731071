//! Calendar files imported with `absence-line import calendar`, kept in the
//! store so they apply every time the schools are loaded.

use std::path::Path;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{Closure, Term, bank_holidays, ics};
use crate::error::Result;
use crate::store::{Store, Table};

/// The terms and closures one file gave, for one school or for all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedCalendar {
    /// `None`: every configured school.
    pub school: Option<String>,
    /// The file's name; importing a file of the same name again replaces it.
    pub source: String,
    pub terms: Vec<Term>,
    pub closures: Vec<Closure>,
}

impl ImportedCalendar {
    pub fn applies_to(&self, school: &str) -> bool {
        self.school.as_deref().is_none_or(|s| s == school)
    }
}

/// Reads a calendar file by its kind: `.json` is gov.uk's bank holidays,
/// anything else iCalendar. Date-times are read in `tz`.
pub fn read_calendar_file(path: &Path, tz: Tz) -> Result<(Vec<Term>, Vec<Closure>)> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        Ok((Vec::new(), bank_holidays::read(path)?))
    } else {
        let dates = ics::read(path, tz)?;
        Ok((dates.terms, dates.closures))
    }
}

/// The stored imports, keyed `school-or-*/file name`.
pub struct CalendarImports {
    store: Store,
    table: Table<ImportedCalendar>,
}

/// The key part for an import that applies to every school.
const ALL_SCHOOLS: &str = "*";

impl CalendarImports {
    pub fn open(store: &Store) -> Result<CalendarImports> {
        Ok(CalendarImports {
            store: store.clone(),
            table: store.table("calendar_imports")?,
        })
    }

    /// Stores an import, replacing an earlier one of the same file for the
    /// same school(s). Returns false when it was already stored as it is.
    pub fn save(&self, import: &ImportedCalendar) -> Result<bool> {
        let key = format!(
            "{}/{}",
            import.school.as_deref().unwrap_or(ALL_SCHOOLS),
            import.source
        );
        let previous = self.table.get(&key)?;
        if previous.as_ref() == Some(import) {
            return Ok(false);
        }
        self.table.insert_durable(&self.store, &key, import)?;
        Ok(true)
    }

    /// Every import that applies to a school.
    pub fn for_school(&self, school: &str) -> Result<Vec<ImportedCalendar>> {
        let mut found = Vec::new();
        for entry in self.table.iter() {
            let (_, import) = entry?;
            if import.applies_to(school) {
                found.push(import);
            }
        }
        Ok(found)
    }
}
