//! `export codes`: the provisional codes as marks CSV.
//! `export person`: everything held about one contact, as JSON.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::error::{Error, Result};
use crate::export::{Person, codes_to_export, export_person, write_marks};
use crate::register::RegisterBook;

#[derive(Debug, Serialize, Deserialize)]
pub struct Codes {
    pub school: String,
    /// The first and last day (default: today, school-local).
    pub days: Option<(NaiveDate, NaiveDate)>,
}

impl AdminRequest for Codes {
    /// The marks CSV.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let entry = context.school(&self.school)?;
        let (from, to) = self.days.unwrap_or_else(|| {
            let today = entry.local_date(context.now);
            (today, today)
        });
        if from > to {
            return Err(Error::Refused(format!("--from {from} is after --to {to}")));
        }
        let entries = RegisterBook::open(context.store)?.between(&entry.id, from, to)?;
        let mut out = Vec::new();
        write_marks(&mut out, &codes_to_export(&entries))?;
        String::from_utf8(out).map_err(|e| Error::Store(format!("the marks CSV: {e}")))
    }
}

/// A subject access request: by phone or by email.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRecords {
    Phone(String),
    Email(String),
}

impl AdminRequest for PersonRecords {
    /// The records as pretty JSON.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let who = match self {
            PersonRecords::Phone(phone) => Person::Phone(phone),
            PersonRecords::Email(email) => Person::Email(email),
        };
        let export = export_person(context.store, &context.schools()?, &who, context.now)?;
        serde_json::to_string_pretty(&export)
            .map(|json| json + "\n")
            .map_err(|e| Error::Store(format!("writing the export: {e}")))
    }
}
