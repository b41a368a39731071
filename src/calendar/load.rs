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
                id: s.id.as_str().into(),
                name: s.name.clone(),
                phase: s.phase,
                tz: s.timezone,
                times: s.sessions,
                calendar: calendar_for(config, s, imports.as_ref())?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::ImportedCalendar;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A config naming a term-dates file and a bank-holidays file, with one
    /// INSET day of its own.
    fn config(dir: &std::path::Path) -> Config {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
            BEGIN:VEVENT\r\nSUMMARY:Summer term\r\nDTSTART:20270411T230000Z\r\nDTEND:20270721T230000Z\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nSUMMARY:Summer half term\r\nDTSTART;VALUE=DATE:20270531\r\nDTEND;VALUE=DATE:20270605\r\nEND:VEVENT\r\n\
            END:VCALENDAR\r\n";
        std::fs::write(dir.join("terms.ics"), ics).unwrap();
        std::fs::write(
            dir.join("bh.json"),
            r#"{"england-and-wales": {"division": "england-and-wales", "events": [
                {"title": "Early May bank holiday", "date": "2027-05-03", "notes": "", "bunting": true}]}}"#,
        )
        .unwrap();
        let text = crate::config::fixtures::MINIMAL.to_string()
            + r#"
[school.calendar]
ics = ["terms.ics"]
bank_holidays = "bh.json"
[[school.calendar.closures]]
from = "2027-06-25"
to = "2027-06-25"
why = "INSET day"
"#;
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path).unwrap()
    }

    #[test]
    fn config_files_and_stored_imports_are_merged() {
        let dir = tempfile::tempdir().unwrap();
        let config = config(dir.path());
        let store = Store::temporary().unwrap();

        let cal = &load_schools(&config, Some(&store)).unwrap()[0].calendar;
        // The term starts on Monday 12 April although the file says 23:00Z
        // on the 11th: that is midnight BST.
        assert!(!cal.is_school_day(d("2027-04-09")));
        assert!(cal.is_school_day(d("2027-04-12")));
        assert!(cal.is_school_day(d("2027-07-21")));
        assert!(!cal.is_school_day(d("2027-07-22")));
        assert!(!cal.is_school_day(d("2027-05-03")), "bank holiday");
        assert!(!cal.is_school_day(d("2027-06-02")), "half term");
        assert!(!cal.is_school_day(d("2027-06-25")), "INSET day");
        assert!(cal.is_school_day(d("2027-06-24")));

        let imports = CalendarImports::open(&store).unwrap();
        let extra = ImportedCalendar {
            school: Some("fernhill".into()),
            source: "closure.ics".into(),
            terms: Vec::new(),
            closures: vec![crate::calendar::Closure {
                from: d("2027-06-24"),
                to: d("2027-06-24"),
                why: "school closed: polling station".into(),
            }],
        };
        assert!(imports.save(&extra).unwrap());
        assert!(
            !imports.save(&extra).unwrap(),
            "the same import again changes nothing"
        );
        let other_school = ImportedCalendar {
            school: Some("elsewhere".into()),
            source: "other.ics".into(),
            ..extra.clone()
        };
        imports.save(&other_school).unwrap();

        let cal = &load_schools(&config, Some(&store)).unwrap()[0].calendar;
        assert!(!cal.is_school_day(d("2027-06-24")), "stored import applies");
        assert_eq!(cal.next_school_day(d("2027-06-23")), Some(d("2027-06-28")));
        assert!(
            load_schools(&config, None).unwrap()[0]
                .calendar
                .is_school_day(d("2027-06-24")),
            "without the store, only the config and its files"
        );
    }

    #[test]
    fn a_bad_named_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let config = config(dir.path());
        std::fs::write(
            dir.path().join("terms.ics"),
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:INSET\nEND:VEVENT\n",
        )
        .unwrap();
        let err = load_schools(&config, None).unwrap_err().to_string();
        assert!(
            err.contains("terms.ics:2: this event has no DTSTART"),
            "{err}"
        );
    }
}
