//! Register marks from the MIS, one session at a time: a `marks.csv`
//! export (`upn,date,session,code`) or the JSON posted to
//! `POST /api/register`. Every value is checked before anything is
//! recorded; a bad row or field is named and changes nothing.
//!
//! Codes are any 2024 or pre-2024 DfE code (`H`, `F`, `Y`, `J` are read as
//! they were); an empty code is "no mark yet", which counts as absent with
//! no reason until the MIS says otherwise.

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::{Recorded, RegisterBook, Source};
use crate::domain::{Code, Mark, Provenance, SchoolId, Session, SessionDate, Upn};
use crate::error::{Error, Result};
use crate::roster::Sheet;

/// Marks for one or more sessions of one school, checked and ready to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterMarks {
    pub school: SchoolId,
    pub marks: Vec<(SessionDate, Upn, Option<Code>)>,
}

/// What recording a register did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IntakeSummary {
    pub new: usize,
    pub amended: usize,
    pub unchanged: usize,
}

impl std::fmt::Display for IntakeSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} new, {} amended, {} unchanged",
            self.new, self.amended, self.unchanged
        )
    }
}

impl RegisterMarks {
    /// Records every mark as the MIS's, in one write. `now` is when the
    /// register reached the daemon.
    pub fn record(&self, book: &RegisterBook, now: DateTime<Utc>) -> Result<IntakeSummary> {
        let marks: Vec<Mark> = self
            .marks
            .iter()
            .map(|(session, upn, code)| Mark {
                school: self.school.clone(),
                upn: upn.clone(),
                session: *session,
                code: *code,
                arrival: None,
                provenance: Provenance::Mis,
                recorded_at: now.fixed_offset(),
            })
            .collect();
        let mut summary = IntakeSummary::default();
        for outcome in book.record_many(Source::Mis, marks, "register from the MIS", "mis")? {
            match outcome {
                Recorded::New => summary.new += 1,
                Recorded::Amended => summary.amended += 1,
                Recorded::Unchanged => summary.unchanged += 1,
            }
        }
        Ok(summary)
    }
}

/// Reads a `marks.csv` for `school`. An extra `school` column, if present,
/// must name that school on every row. Codes may be in either case (`n`
/// is read as `N`).
pub fn read_marks_csv(path: &Path, school: &str) -> Result<RegisterMarks> {
    Ok(read_marks(path, school, None)?.marks)
}

/// What a marks file is checked against beyond its own rows.
#[derive(Debug, Clone)]
pub struct MarksCheck {
    /// Every UPN the school has had (leavers included: their old marks
    /// still count).
    pub upns: HashSet<Upn>,
    /// The school's local date: a later mark is refused.
    pub today: NaiveDate,
}

/// A row left out of a marks file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedRow {
    pub row: usize,
    pub column: &'static str,
    pub why: String,
}

/// A marks file as checked: the marks to record and the rows left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedMarks {
    pub marks: RegisterMarks,
    pub skipped: Vec<SkippedRow>,
}

/// Reads a `marks.csv` as [`read_marks_csv`] does and also refuses a mark
/// on a Saturday or Sunday or after today, naming its row; rows for UPNs
/// the roster has never had are left out and listed.
pub fn read_marks_csv_checked(
    path: &Path,
    school: &str,
    check: &MarksCheck,
) -> Result<CheckedMarks> {
    read_marks(path, school, Some(check))
}

fn read_marks(path: &Path, school: &str, check: Option<&MarksCheck>) -> Result<CheckedMarks> {
    let sheet = Sheet::read(path, &["upn", "date", "session", "code"])?;
    let mut seen = HashSet::new();
    let mut marks = Vec::with_capacity(sheet.rows.len());
    let mut skipped = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        let line = i + 2;
        if let Some(other) = sheet.get(row, "school")
            && other != school
        {
            return Err(sheet.error(
                line,
                "school",
                format!("`{other}` is not the school being imported (`{school}`)"),
            ));
        }
        let upn = sheet.require(row, line, "upn")?;
        let date_text = sheet.require(row, line, "date")?;
        let date: NaiveDate = date_text.parse().map_err(|_| {
            sheet.error(
                line,
                "date",
                format!("`{date_text}` is not a date (YYYY-MM-DD)"),
            )
        })?;
        let session: Session = sheet
            .require(row, line, "session")?
            .parse()
            .map_err(|e: String| sheet.error(line, "session", e))?;
        let code = sheet
            .get(row, "code")
            .map(|text| Code::read_for(&text.to_ascii_uppercase(), date))
            .transpose()
            .map_err(|e| sheet.error(line, "code", e.to_string()))?;
        if let Some(check) = check {
            if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                return Err(sheet.error(
                    line,
                    "date",
                    format!(
                        "{date_text} is a {}: registers are kept on school days",
                        date.format("%A")
                    ),
                ));
            }
            if date > check.today {
                return Err(sheet.error(
                    line,
                    "date",
                    format!(
                        "{date_text} is after today ({}): a register cannot be marked ahead",
                        check.today
                    ),
                ));
            }
            if !check.upns.contains(upn) {
                skipped.push(SkippedRow {
                    row: line,
                    column: "upn",
                    why: format!("`{upn}` is not on the roster (import the roster first)"),
                });
                continue;
            }
        }
        let at = SessionDate::new(date, session);
        if !seen.insert((at, upn.to_string())) {
            return Err(sheet.error(line, "upn", format!("`{upn}` has a mark for {at} already")));
        }
        marks.push((at, upn.into(), code));
    }
    Ok(CheckedMarks {
        marks: RegisterMarks {
            school: school.into(),
            marks,
        },
        skipped,
    })
}

/// The body of `POST /api/register`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterPost {
    pub school: String,
    pub date: NaiveDate,
    pub session: Session,
    pub marks: Vec<PostedMark>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostedMark {
    pub upn: String,
    /// Empty or absent is "no mark yet".
    #[serde(default)]
    pub code: Option<String>,
}

impl RegisterPost {
    /// Checks every mark; `schools` are the configured school ids.
    pub fn check(&self, schools: &[&str]) -> Result<RegisterMarks> {
        if !schools.contains(&self.school.as_str()) {
            return Err(Error::Invalid {
                field: "school".into(),
                message: format!("`{}` is not a configured school", self.school),
            });
        }
        let at = SessionDate::new(self.date, self.session);
        let mut seen = HashSet::new();
        let mut marks = Vec::with_capacity(self.marks.len());
        for (i, mark) in self.marks.iter().enumerate() {
            let invalid = |column: &str, message: String| Error::Invalid {
                field: format!("marks[{i}].{column}"),
                message,
            };
            let upn = mark.upn.trim();
            if upn.is_empty() {
                return Err(invalid("upn", "a value is required".into()));
            }
            if !seen.insert(upn) {
                return Err(invalid("upn", format!("`{upn}` is listed twice")));
            }
            let code = mark
                .code
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(|text| Code::read_for(text, self.date))
                .transpose()
                .map_err(|e| invalid("code", e.to_string()))?;
            marks.push((at, upn.into(), code));
        }
        Ok(RegisterMarks {
            school: self.school.as_str().into(),
            marks,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn csv_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("marks.csv");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    fn now() -> DateTime<Utc> {
        "2026-11-23T09:16:00Z".parse().unwrap()
    }

    #[test]
    fn a_marks_file_with_legacy_and_blank_codes_is_recorded_whole() {
        let (_dir, path) = csv_file(
            "upn,date,session,code\n\
             A1,2026-11-23,am,N\n\
             A2,2026-11-23,am,/\n\
             A3,2024-07-15,am,H\n\
             A4,2026-11-23,am,\n",
        );
        let marks = read_marks_csv(&path, "fernhill").unwrap();
        assert_eq!(marks.marks[2].2, Some(Code::LegacyHoliday));
        let (_dir, retired) = csv_file("upn,date,session,code\nA3,2024-08-19,am,H\n");
        let err = read_marks_csv(&retired, "fernhill")
            .unwrap_err()
            .to_string();
        assert!(err.contains("row 2, column `code`"), "{err}");
        assert!(err.contains("before 19 August 2024"), "{err}");
        assert_eq!(marks.marks[3].2, None);
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let summary = marks.record(&book, now()).unwrap();
        assert_eq!(summary.new, 4);
        let am = SessionDate::new("2026-11-23".parse().unwrap(), Session::Am);
        let blank = book.entry("fernhill", "A4", am).unwrap().unwrap();
        assert!(blank.is_unexplained(), "no mark yet is unexplained");
        assert_eq!(
            marks.record(&book, now()).unwrap().unchanged,
            4,
            "the same file twice changes nothing"
        );
    }

    #[test]
    fn a_bad_row_names_file_row_and_column() {
        for (text, row, column) in [
            (
                "upn,date,session,code\nA1,2026-11-23,am,N\nA2,2026-11-23,am,Q9\n",
                3,
                "code",
            ),
            ("upn,date,session,code\nA1,23/11/2026,am,N\n", 2, "date"),
            (
                "upn,date,session,code\nA1,2026-11-23,noon,N\n",
                2,
                "session",
            ),
            ("upn,date,session,code\n,2026-11-23,am,N\n", 2, "upn"),
            (
                "upn,date,session,code\nA1,2026-11-23,am,N\nA1,2026-11-23,am,/\n",
                3,
                "upn",
            ),
            ("upn,date,code\nA1,2026-11-23,N\n", 1, "session"),
            (
                "school,upn,date,session,code\nelsewhere,A1,2026-11-23,am,N\n",
                2,
                "school",
            ),
        ] {
            let (_dir, path) = csv_file(text);
            match read_marks_csv(&path, "fernhill") {
                Err(Error::Csv {
                    file,
                    row: r,
                    column: c,
                    ..
                }) => {
                    assert!(file.ends_with("marks.csv"));
                    assert_eq!((r, c.as_str()), (row, column), "{text}");
                }
                other => panic!("{text}: expected a CSV error, got {other:?}"),
            }
        }
    }

    #[test]
    fn lower_case_codes_read_as_their_upper_case() {
        let (_dir, path) =
            csv_file("upn,date,session,code\nA1,2026-11-23,AM,n\nA2,2026-11-23,am,i\n");
        let marks = read_marks_csv(&path, "fernhill").unwrap();
        assert_eq!(
            marks.marks.iter().map(|m| m.2).collect::<Vec<_>>(),
            [Some(Code::NoReasonYet), Some(Code::Illness)]
        );
    }

    #[test]
    fn weekends_and_future_dates_are_refused_and_upns_not_on_roll_listed() {
        let check = MarksCheck {
            upns: HashSet::from(["A1".into()]),
            today: "2026-11-25".parse().unwrap(),
        };
        for (text, message) in [
            (
                "upn,date,session,code\nA1,2026-11-23,am,N\nA1,2026-11-22,am,N\n",
                "is a Sunday",
            ),
            (
                "upn,date,session,code\nA1,2026-11-26,am,N\n",
                "is after today (2026-11-25)",
            ),
        ] {
            let (_dir, path) = csv_file(text);
            let err = read_marks_csv_checked(&path, "fernhill", &check).unwrap_err();
            let Error::Csv {
                row,
                column,
                message: said,
                ..
            } = &err
            else {
                panic!("{err:?}");
            };
            assert_eq!((*row, column.as_str()), (text.lines().count(), "date"));
            assert!(said.contains(message), "{said}");
        }
        let (_dir, path) =
            csv_file("upn,date,session,code\nA1,2026-11-23,am,N\nZ9,2026-11-23,am,N\n");
        let read = read_marks_csv_checked(&path, "fernhill", &check).unwrap();
        assert_eq!(read.marks.marks.len(), 1);
        assert_eq!(
            read.skipped,
            [SkippedRow {
                row: 3,
                column: "upn",
                why: "`Z9` is not on the roster (import the roster first)".into()
            }]
        );
    }

    #[test]
    fn posted_json_is_checked_field_by_field() {
        let body = r#"{"school": "fernhill", "date": "2026-11-23", "session": "am",
            "marks": [{"upn": "A1", "code": "N"}, {"upn": "A2", "code": "/"}, {"upn": "A3"}]}"#;
        let post: RegisterPost = serde_json::from_str(body).unwrap();
        let marks = post.check(&["fernhill"]).unwrap();
        assert_eq!(marks.marks.len(), 3);
        assert_eq!(marks.marks[2].2, None);

        let bad = body.replace("\"/\"", "\"XX\"");
        let err = serde_json::from_str::<RegisterPost>(&bad)
            .unwrap()
            .check(&["fernhill"])
            .unwrap_err()
            .to_string();
        assert_eq!(err, "marks[1].code: `XX` is not a DfE attendance code");
        let err = post.check(&["other"]).unwrap_err().to_string();
        assert!(err.starts_with("school:"), "{err}");
    }
}
