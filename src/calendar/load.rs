//! Builds a school's calendar from everything its config names.

use crate::config::{Config, SchoolConfig};
use crate::domain::School;
use crate::error::Result;

use super::Calendar;

/// The calendar of one configured school: its terms and closures.
pub fn calendar_for(_config: &Config, school: &SchoolConfig) -> Result<Calendar> {
    Ok(Calendar::new(
        school.calendar.terms.clone(),
        school.calendar.closures.clone(),
    ))
}

/// Every configured school, ready for use.
pub fn load_schools(config: &Config) -> Result<Vec<School>> {
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
                calendar: calendar_for(config, s)?,
            })
        })
        .collect()
}
