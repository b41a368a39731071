//! gov.uk's bank-holidays JSON (<https://www.gov.uk/bank-holidays.json>):
//! every England and Wales bank holiday becomes a closure. Those outside
//! term time change nothing, so the whole file can be given as it is.

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use super::Closure;
use crate::error::{Error, Result};

/// The division that applies to schools in England.
const DIVISION: &str = "england-and-wales";

#[derive(Deserialize)]
struct Division {
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Event {
    title: String,
    date: NaiveDate,
}

/// Reads a bank-holidays file.
pub fn read(path: &Path) -> Result<Vec<Closure>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    parse(&text, &path.display().to_string())
}

/// Parses bank-holidays JSON text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Vec<Closure>> {
    let error = |line, message: String| Error::Calendar {
        file: file.to_string(),
        line,
        message,
    };
    let mut divisions: std::collections::HashMap<String, Division> =
        serde_json::from_str(text).map_err(|e| error(Some(e.line()), e.to_string()))?;
    let division = divisions.remove(DIVISION).ok_or_else(|| {
        error(
            None,
            format!("no `{DIVISION}` division: is this gov.uk's bank-holidays.json?"),
        )
    })?;
    Ok(division
        .events
        .into_iter()
        .map(|event| Closure {
            from: event.date,
            to: event.date,
            why: event.title,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
      "england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Good Friday", "date": "2027-03-26", "notes": "", "bunting": false},
        {"title": "Early May bank holiday", "date": "2027-05-03", "notes": "", "bunting": true}
      ]},
      "scotland": {"division": "scotland", "events": [
        {"title": "2nd January", "date": "2027-01-04", "notes": "Substitute day", "bunting": true}
      ]}
    }"#;

    #[test]
    fn england_and_wales_holidays_become_closures() {
        let closures = parse(SAMPLE, "bank-holidays.json").unwrap();
        assert_eq!(closures.len(), 2, "Scotland's are not ours");
        assert_eq!(closures[1].from, "2027-05-03".parse::<NaiveDate>().unwrap());
        assert_eq!(closures[1].why, "Early May bank holiday");
    }

    #[test]
    fn errors_name_the_file() {
        let err = parse("{\"scotland\": {\"events\": []}}", "bh.json")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bh.json: no `england-and-wales`"), "{err}");
        let err = parse("{\n\"england-and-wales\": [}", "bh.json")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bh.json:2:"), "{err}");
    }
}
