//! Reading `pupils.csv` and `contacts.csv` as `interfaces.md` defines them.
//! Every value is checked before anything is stored, and the first bad one
//! is reported with its file, row and column.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use crate::domain::{Contact, Pupil, PupilFlag, Year};
use crate::error::{Error, Result};

use super::phone;
use super::spreadsheet_text::{Encoding, decode};

/// One CSV file's rows, with each column found by its header name. Shared
/// with the register's marks import, which reports bad rows the same way.
pub(crate) struct Sheet {
    pub(crate) file: String,
    headers: HashMap<String, usize>,
    pub(crate) rows: Vec<csv::StringRecord>,
}

impl Sheet {
    pub(crate) fn read(path: &Path, required: &[&str]) -> Result<Sheet> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| csv_error(&file, 1, "", &e.to_string()))?;
        let saved = decode(&bytes);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .trim(csv::Trim::All)
            .delimiter(saved.delimiter)
            .from_reader(saved.text.as_bytes());
        let headers: HashMap<String, usize> = reader
            .headers()
            .map_err(|e| csv_error(&file, 1, "", &e.to_string()))?
            .iter()
            .enumerate()
            .map(|(i, h)| (h.to_ascii_lowercase(), i))
            .collect();
        for column in required {
            if !headers.contains_key(*column) {
                return Err(csv_error(
                    &file,
                    1,
                    column,
                    &missing_column(&headers, saved.delimiter),
                ));
            }
        }
        if saved.encoding == Encoding::Windows1252 {
            tracing::info!(file = %file, "read as Windows-1252 (saved by Excel as plain CSV)");
        }
        let mut rows = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let record = record.map_err(|e| csv_error(&file, i + 2, "", &e.to_string()))?;
            rows.push(record);
        }
        Ok(Sheet {
            file,
            headers,
            rows,
        })
    }

    /// The columns the header names, lower-cased.
    pub(crate) fn columns(&self) -> BTreeSet<String> {
        self.headers.keys().cloned().collect()
    }

    /// The trimmed value of a column in a row, `None` when empty or absent.
    pub(crate) fn get<'r>(&self, row: &'r csv::StringRecord, column: &str) -> Option<&'r str> {
        self.headers
            .get(column)
            .and_then(|&i| row.get(i))
            .filter(|v| !v.is_empty())
    }

    pub(crate) fn require<'r>(
        &self,
        row: &'r csv::StringRecord,
        line: usize,
        column: &str,
    ) -> Result<&'r str> {
        self.get(row, column)
            .ok_or_else(|| csv_error(&self.file, line, column, "a value is required"))
    }

    pub(crate) fn error(&self, line: usize, column: &str, message: impl Into<String>) -> Error {
        csv_error(&self.file, line, column, &message.into())
    }
}

/// Why a required column is not found: missing, or a header that is one
/// cell because the file is separated by something else (tabs, pipes).
fn missing_column(headers: &HashMap<String, usize>, delimiter: u8) -> String {
    match headers.keys().next() {
        Some(only) if headers.len() == 1 && only.contains(['\t', '|']) => format!(
            "the header is one cell: the file is not separated by `{}`; save it from the \
             spreadsheet as CSV (comma or semicolon separated)",
            char::from(delimiter)
        ),
        _ => "this required column is missing from the header".into(),
    }
}

fn csv_error(file: &str, row: usize, column: &str, message: &str) -> Error {
    Error::Csv {
        file: file.to_string(),
        row,
        column: column.to_string(),
        message: message.to_string(),
    }
}

/// Reads and checks both roster files. `schools` are the ids configured.
pub fn read_roster(
    pupils: &Path,
    contacts: &Path,
    schools: &[&str],
) -> Result<(Vec<Pupil>, Vec<Contact>)> {
    let export = read_export(pupils, contacts, schools)?;
    Ok((export.pupils, export.contacts))
}

/// Both roster files as read, with the columns each header named.
pub(crate) struct RosterExport {
    pub(crate) pupils: Vec<Pupil>,
    pub(crate) contacts: Vec<Contact>,
    pub(crate) pupils_file: String,
    pub(crate) pupil_columns: BTreeSet<String>,
    pub(crate) contacts_file: String,
    pub(crate) contact_columns: BTreeSet<String>,
}

pub(crate) fn read_export(
    pupils: &Path,
    contacts: &Path,
    schools: &[&str],
) -> Result<RosterExport> {
    let pupil_sheet = Sheet::read(
        pupils,
        &["school", "upn", "first_name", "last_name", "year"],
    )?;
    let pupils = read_pupils(&pupil_sheet, schools)?;
    let upns: HashSet<&str> = pupils.iter().map(|p| p.upn.as_str()).collect();
    let contact_sheet = Sheet::read(contacts, &["upn", "priority", "name"])?;
    let contacts = read_contacts(&contact_sheet, &upns)?;
    Ok(RosterExport {
        pupils,
        contacts,
        pupils_file: pupil_sheet.file.clone(),
        pupil_columns: pupil_sheet.columns(),
        contacts_file: contact_sheet.file.clone(),
        contact_columns: contact_sheet.columns(),
    })
}

fn read_pupils(sheet: &Sheet, schools: &[&str]) -> Result<Vec<Pupil>> {
    let mut seen = HashSet::new();
    let mut pupils = Vec::with_capacity(sheet.rows.len());
    for (i, row) in sheet.rows.iter().enumerate() {
        let line = i + 2;
        let school = sheet.require(row, line, "school")?;
        if !schools.contains(&school) {
            return Err(sheet.error(
                line,
                "school",
                format!(
                    "`{school}` is not a school in config.toml ({})",
                    schools.join(", ")
                ),
            ));
        }
        let upn = sheet.require(row, line, "upn")?;
        if !seen.insert(upn.to_string()) {
            return Err(sheet.error(line, "upn", format!("`{upn}` appears twice")));
        }
        let year_text = sheet.require(row, line, "year")?;
        let year: Year = year_text
            .parse()
            .map_err(|e: String| sheet.error(line, "year", e))?;
        let mut flags = Vec::new();
        for flag in sheet
            .get(row, "flags")
            .unwrap_or("")
            .split(';')
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            let flag: PupilFlag = flag
                .parse()
                .map_err(|e: String| sheet.error(line, "flags", e))?;
            if !flags.contains(&flag) {
                flags.push(flag);
            }
        }
        flags.sort();
        pupils.push(Pupil {
            school: school.into(),
            upn: upn.into(),
            first_name: sheet.require(row, line, "first_name")?.to_string(),
            last_name: sheet.require(row, line, "last_name")?.to_string(),
            known_as: sheet.get(row, "known_as").map(str::to_string),
            year,
            flags,
            left_on: None,
        });
    }
    Ok(pupils)
}

fn read_contacts(sheet: &Sheet, upns: &HashSet<&str>) -> Result<Vec<Contact>> {
    let mut seen = HashSet::new();
    let mut contacts = Vec::with_capacity(sheet.rows.len());
    for (i, row) in sheet.rows.iter().enumerate() {
        let line = i + 2;
        let upn = sheet.require(row, line, "upn")?;
        if !upns.contains(upn) {
            return Err(sheet.error(
                line,
                "upn",
                format!("`{upn}` is not a pupil in the pupils file"),
            ));
        }
        let priority_text = sheet.require(row, line, "priority")?;
        let priority: u8 = priority_text
            .parse()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| {
                sheet.error(
                    line,
                    "priority",
                    format!("`{priority_text}` is not a priority (1, 2, 3 …)"),
                )
            })?;
        if !seen.insert((upn.to_string(), priority)) {
            return Err(sheet.error(
                line,
                "priority",
                format!("pupil `{upn}` already has a contact with priority {priority}"),
            ));
        }
        let parental_responsibility = match sheet
            .get(row, "parental_responsibility")
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None => priority <= 2,
            Some("yes" | "y" | "true") => true,
            Some("no" | "n" | "false") => false,
            Some(other) => {
                return Err(sheet.error(
                    line,
                    "parental_responsibility",
                    format!("`{other}` is not yes or no"),
                ));
            }
        };
        let mobile = sheet
            .get(row, "mobile")
            .map(|m| phone::normalise(m).map_err(|e| sheet.error(line, "mobile", e.to_string())))
            .transpose()?;
        let email = match sheet.get(row, "email") {
            Some(e) if is_plausible_email(e) => Some(e.to_lowercase()),
            Some(e) => {
                return Err(sheet.error(line, "email", format!("`{e}` is not an email address")));
            }
            None => None,
        };
        let language = sheet.get(row, "language").unwrap_or("en");
        if !is_plausible_language_tag(language) {
            return Err(sheet.error(
                line,
                "language",
                format!("`{language}` is not a language tag (en, pl, ur …)"),
            ));
        }
        contacts.push(Contact {
            upn: upn.into(),
            priority,
            name: sheet.require(row, line, "name")?.to_string(),
            relationship: sheet.get(row, "relationship").map(str::to_string),
            parental_responsibility,
            mobile,
            email,
            language: language.to_string(),
            telegram_chat: None,
        });
    }
    contacts.sort_by(|a, b| (&a.upn, a.priority).cmp(&(&b.upn, b.priority)));
    Ok(contacts)
}

pub(crate) fn is_plausible_email(text: &str) -> bool {
    let mut parts = text.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            && !text.contains(char::is_whitespace))
}

fn is_plausible_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
