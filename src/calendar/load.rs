//! Builds a school's calendar from everything that describes it: the
//! config's own terms and closures, the `.ics` and bank-holidays files the
//! config names, and the calendar files imported into the store.

use crate::config::{Config, SchoolConfig};
use crate::domain::School;
use crate::error::Result;
use crate::store::Store;

use super::imports::CalendarImports;
use super::{Calendar, bank_holidays, ics};

/// The calendar of one configured school. `imports` adds what
/// `absence-line import calendar` stored, when a store is at hand.
pub fn calendar_for(
    config: &Config,
    school: &SchoolConfig,
    imports: Option<&CalendarImports>,
) -> Result<Calendar> {
    let mut calendar = Calendar::new(
        school.calendar.terms.clone(),
        school.calendar.closures.clone(),
    );
    for file in &school.calendar.ics {
        let dates = ics::read(&config.resolve(file), school.timezone)?;
        dates.terms.into_iter().for_each(|t| calendar.add_term(t));
        dates
            .closures
            .into_iter()
            .for_each(|c| calendar.add_closure(c));
    }
    if let Some(file) = &school.calendar.bank_holidays {
        for closure in bank_holidays::read(&config.resolve(file))? {
            calendar.add_closure(closure);
        }
    }
    if let Some(imports) = imports {
        for import in imports.for_school(&school.id)? {
            import.terms.into_iter().for_each(|t| calendar.add_term(t));
            import
                .closures
                .into_iter()
                .for_each(|c| calendar.add_closure(c));
        }
    }
    Ok(calendar)
}

/// Every configured school, ready for use. With a store, calendar files
/// imported into it are merged in; `parse` and tests pass `None`.
pub fn load_schools(config: &Config, store: Option<&Store>) -> Result<Vec<School>> {
    let imports = store.map(CalendarImports::open).transpose()?;
    config
        .schools
        .iter()
        .map(|s| {
            Ok(School {
                id: s.id.clone(),
                name: s.name.clone(),
                phase: s.phase,
                tz: s.timezone,
                times: s.sessions,
                calendar: calendar_for(config, s, imports.as_ref())?,
            })
        })
        .collect()
}
