//! `report attendance`: per-pupil figures as CSV.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::attendance::Periods;
use crate::domain::academic_year_start;
use crate::error::{Error, Result};
use crate::export::write_attendance;
use crate::register::RegisterBook;
use crate::roster::Roster;

#[derive(Debug, Serialize, Deserialize)]
pub struct AttendanceReport {
    pub school: String,
    /// Figures up to this day (default: today, school-local).
    pub date: Option<NaiveDate>,
}

impl AdminRequest for AttendanceReport {
    /// The CSV.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let entry = context.school(&self.school)?;
        let date = self.date.unwrap_or_else(|| entry.local_date(context.now));
        let years = RegisterBook::open(context.store)?
            .ledger()
            .school_year(&entry.id, academic_year_start(date))?;
        let pupils = Roster::open(context.store)?.pupils(&entry.id)?;
        let periods = Periods::at(date, &entry.calendar);
        let mut out = Vec::new();
        write_attendance(
            &mut out,
            &pupils,
            &years,
            &periods,
            entry.config.attendance.target_percent,
        )?;
        String::from_utf8(out).map_err(|e| Error::Store(format!("the attendance CSV: {e}")))
    }
}
