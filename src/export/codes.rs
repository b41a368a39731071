//! Provisional codes as `marks.csv` (`upn,date,session,code`, see
//! interfaces.md), ready for import into the MIS.

use std::io::Write;

use crate::domain::{Code, SessionDate, Upn};
use crate::error::{Error, Result};
use crate::register::Entry;

/// The entries whose code the MIS does not hold yet: where the code that
/// counts came from a parent's report or from staff here, not from the MIS.
pub fn codes_to_export(entries: &[(SessionDate, Upn, Entry)]) -> Vec<(SessionDate, Upn, Code)> {
    let mut rows: Vec<(SessionDate, Upn, Code)> = entries
        .iter()
        .filter_map(|(session, upn, entry)| {
            let effective = entry.effective()?;
            let from_mis = entry.mis.as_ref().is_some_and(|m| m == effective);
            let code = effective.code?;
            (!from_mis).then(|| (*session, upn.clone(), code))
        })
        .collect();
    rows.sort();
    rows
}

/// Writes rows in the register-marks format, with its header.
pub fn write_marks(out: impl Write, rows: &[(SessionDate, Upn, Code)]) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| Error::Store(format!("writing marks CSV: {e}"));
    writer
        .write_record(["upn", "date", "session", "code"])
        .map_err(fail)?;
    for (session, upn, code) in rows {
        writer
            .write_record([
                upn.as_str(),
                &session.date.to_string(),
                session.session.as_str(),
                code.as_str(),
            ])
            .map_err(fail)?;
    }
    writer
        .flush()
        .map_err(|e| Error::io("writing marks CSV", e))
}
