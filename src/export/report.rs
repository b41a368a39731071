//! Per-pupil attendance figures as CSV, for the attendance lead's own
//! analysis and for governors' reports.

use std::collections::HashMap;
use std::io::Write;

use crate::attendance::{Periods, PupilFigures};
use crate::digest::text::percent;
use crate::domain::{Pupil, Upn, YearCodes};
use crate::error::{Error, Result};

const HEADER: [&str; 20] = [
    "upn",
    "first_name",
    "last_name",
    "year",
    "flags",
    "possible_year",
    "attended_year",
    "authorised_year",
    "unauthorised_year",
    "percent_year",
    "possible_term",
    "percent_term",
    "possible_4_weeks",
    "percent_4_weeks",
    "late_l_year",
    "late_u_year",
    "late_term",
    "persistent_absence",
    "severe_absence",
    "below_target",
];

/// One row per pupil on roll, in UPN order; a pupil with no register yet
/// has zero sessions and empty percentages.
pub fn write_attendance(
    out: impl Write,
    pupils: &[Pupil],
    years: &[(Upn, YearCodes)],
    periods: &Periods,
    target_percent: f64,
) -> Result<()> {
    let codes: HashMap<&str, &YearCodes> = years.iter().map(|(u, c)| (u.as_str(), c)).collect();
    let mut writer = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| Error::Store(format!("writing attendance CSV: {e}"));
    writer.write_record(HEADER).map_err(fail)?;
    let mut sorted: Vec<&Pupil> = pupils.iter().collect();
    sorted.sort_by(|a, b| a.upn.cmp(&b.upn));
    for pupil in sorted {
        let f = codes
            .get(pupil.upn.as_str())
            .map(|c| PupilFigures::of(c, periods))
            .unwrap_or_default();
        let plain = |v: Option<f64>| {
            v.map(|_| percent(v).trim_end_matches('%').to_string())
                .unwrap_or_default()
        };
        let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
        let flags: Vec<&str> = pupil.flags.iter().map(|f| f.as_str()).collect();
        writer
            .write_record([
                pupil.upn.to_string(),
                pupil.first_name.clone(),
                pupil.last_name.clone(),
                pupil.year.to_string(),
                flags.join(";"),
                f.year.possible().to_string(),
                f.year.attended().to_string(),
                f.year.authorised().to_string(),
                f.year.unauthorised().to_string(),
                plain(f.year.percent()),
                f.term.possible().to_string(),
                plain(f.term.percent()),
                f.four_weeks.possible().to_string(),
                plain(f.four_weeks.percent()),
                f.year.late_before_close().to_string(),
                f.year.late_after_close().to_string(),
                (f.term.late_before_close() + f.term.late_after_close()).to_string(),
                yes(f.year.is_persistent_absence()),
                yes(f.year.is_severe_absence()),
                yes(f.year.is_below_target(target_percent)),
            ])
            .map_err(fail)?;
    }
    writer
        .flush()
        .map_err(|e| Error::io("writing attendance CSV", e))
}
