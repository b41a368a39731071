//! Wonde's documented JSON, read into the roster's and the register's own
//! terms. A field Wonde leaves out is kept as [`Given::Missing`], so the
//! sync keeps what is stored rather than erase it; a value present but
//! unusable is refused, naming the Wonde record and field (never the value,
//! which may be personal data).

use std::collections::{BTreeSet, HashMap};
use std::ops::RangeInclusive;

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

use crate::domain::{Code, PupilFlag, Session, SessionDate, Upn, Year};
use crate::error::{Error, Result};
use crate::roster::{is_plausible_email, phone};

/// An included relation: `{"data": …}`.
#[derive(Debug, Clone, Deserialize)]
pub struct Included<T> {
    #[serde(default = "Option::default")]
    pub data: Option<T>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Student {
    pub id: String,
    pub forename: Option<String>,
    pub surname: Option<String>,
    pub legal_forename: Option<String>,
    pub legal_surname: Option<String>,
    pub education_details: Option<Included<EducationDetails>>,
    pub year: Option<Included<YearGroup>>,
    pub extended_details: Option<Included<ExtendedDetails>>,
    pub contacts: Option<Included<Vec<StudentContact>>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EducationDetails {
    pub upn: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct YearGroup {
    pub code: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExtendedDetails {
    /// `N` none, `K` SEN support, `E` (or `S`) an EHC plan.
    pub sen_status: Option<String>,
    pub free_school_meals: Option<bool>,
    pub in_lea_care: Option<bool>,
    /// The DfE's language code (`ENG`, `POL`, `URD` …).
    pub first_language: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StudentContact {
    pub id: String,
    pub forename: Option<String>,
    pub surname: Option<String>,
    pub relationship: Option<Relationship>,
    pub contact_details: Option<Included<ContactDetails>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Relationship {
    pub relationship: Option<String>,
    /// A number or a numeric string, depending on the MIS.
    pub priority: Option<Value>,
    pub parental_responsibility: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ContactDetails {
    pub phones: Option<Phones>,
    pub emails: Option<Emails>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Phones {
    pub mobile: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Emails {
    pub email: Option<String>,
    pub primary: Option<String>,
}

/// A record of `attendance/session?include=attendance_code`.
#[derive(Debug, Clone, Deserialize)]
pub struct SessionAttendance {
    pub student: StudentRef,
    pub date: WondeDate,
    pub session: String,
    pub attendance_code: Option<Included<AttendanceCode>>,
}

/// A student as an id, or included.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum StudentRef {
    Id(String),
    Included(Included<StudentId>),
}

#[derive(Debug, Clone, Deserialize)]
pub struct StudentId {
    pub id: String,
}

/// Wonde's dates: `{"date": "2026-11-30 00:00:00.000000", "timezone": …}`
/// or a plain `2026-11-30`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum WondeDate {
    Plain(String),
    Object { date: String },
}

/// A record of `attendance-codes`.
#[derive(Debug, Clone, Deserialize)]
pub struct AttendanceCode {
    pub id: String,
    pub code: String,
}

/// A value Wonde may leave out of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given<T> {
    /// Not in the record: what is stored stays.
    Missing,
    /// In the record, possibly empty.
    Value(Option<T>),
}

/// A student as Wonde has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WondePupil {
    pub wonde_id: String,
    pub upn: Upn,
    pub first_name: String,
    pub last_name: String,
    pub known_as: Option<String>,
    pub year: Given<Year>,
    /// Each flag whose field Wonde's extended details gave, with whether
    /// it is set. A flag whose field was left out (or named differently by
    /// a MIS) is not here, so the stored one stays; flags Wonde never holds
    /// (child protection, child in need …) are never here.
    pub flags: Vec<(PupilFlag, bool)>,
    /// The pupil's first language as a language tag (`pl`), when Wonde
    /// gives one this daemon has messages for.
    pub language: Option<String>,
    pub contacts: Vec<WondeContact>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WondeContact {
    pub priority: u8,
    pub name: String,
    pub relationship: Given<String>,
    pub parental_responsibility: bool,
    pub mobile: Given<String>,
    pub email: Given<String>,
}

fn invalid(field: String, message: impl Into<String>) -> Error {
    Error::Invalid {
        field,
        message: message.into(),
    }
}

fn text(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Reads Wonde's students with their contacts; the first unusable value
/// refuses them all.
pub fn read_students(students: &[Student]) -> Result<Vec<WondePupil>> {
    let mut seen = BTreeSet::new();
    let mut pupils = Vec::with_capacity(students.len());
    for student in students {
        let at = |field: &str| format!("Wonde student {}: {field}", student.id);
        let upn = student
            .education_details
            .as_ref()
            .and_then(|e| e.data.as_ref())
            .and_then(|e| text(&e.upn))
            .ok_or_else(|| {
                invalid(
                    at("education_details.upn"),
                    "no UPN: the pupil cannot be matched",
                )
            })?;
        if !seen.insert(upn.clone()) {
            return Err(invalid(
                at("education_details.upn"),
                "another student has the same UPN",
            ));
        }
        let first_name = text(&student.legal_forename)
            .or_else(|| text(&student.forename))
            .ok_or_else(|| invalid(at("forename"), "a value is required"))?;
        let last_name = text(&student.legal_surname)
            .or_else(|| text(&student.surname))
            .ok_or_else(|| invalid(at("surname"), "a value is required"))?;
        let known_as = text(&student.forename).filter(|f| *f != first_name);
        let year = match student.year.as_ref().and_then(|y| y.data.as_ref()) {
            None => Given::Missing,
            Some(group) => {
                Given::Value(Some(read_year(group).ok_or_else(|| {
                    invalid(at("year"), "not a year group (N, R, 1 … 13)")
                })?))
            }
        };
        let details = student
            .extended_details
            .as_ref()
            .and_then(|d| d.data.as_ref());
        let flags = details.map(read_flags).unwrap_or_default();
        let language = details
            .and_then(|d| text(&d.first_language))
            .and_then(|code| language_tag(&code));
        let contacts = match student.contacts.as_ref().and_then(|c| c.data.as_ref()) {
            None => Vec::new(),
            Some(contacts) => read_contacts(&student.id, contacts)?,
        };
        pupils.push(WondePupil {
            wonde_id: student.id.clone(),
            upn: upn.into(),
            first_name,
            last_name,
            known_as,
            year,
            flags,
            language,
            contacts,
        });
    }
    Ok(pupils)
}

fn read_year(group: &YearGroup) -> Option<Year> {
    let raw = text(&group.code).or_else(|| text(&group.name))?;
    let upper = raw.to_ascii_uppercase();
    let bare = upper
        .trim_start_matches("YEAR")
        .trim_start_matches('Y')
        .trim();
    if upper == "RECEPTION" || bare == "R" {
        return Some(Year::Reception);
    }
    if upper.starts_with("NURSERY") || upper.starts_with('N') {
        return Some(Year::Nursery);
    }
    format!("Y{bare}").parse().ok()
}

fn read_flags(details: &ExtendedDetails) -> Vec<(PupilFlag, bool)> {
    let mut flags = Vec::new();
    if let Some(sen) = details.sen_status.as_deref().map(str::trim) {
        flags.push((PupilFlag::Send, matches!(sen, "K" | "E" | "S")));
        flags.push((PupilFlag::Ehcp, matches!(sen, "E" | "S")));
    }
    if let Some(fsm) = details.free_school_meals {
        flags.push((PupilFlag::Fsm, fsm));
    }
    if let Some(in_care) = details.in_lea_care {
        flags.push((PupilFlag::LookedAfter, in_care));
    }
    flags
}

/// The DfE's language codes this daemon has messages for.
fn language_tag(dfe_code: &str) -> Option<String> {
    let tag = match dfe_code.to_ascii_uppercase().as_str() {
        "ENG" | "ENB" => "en",
        "POL" => "pl",
        "RMN" | "RUM" | "ROM" => "ro",
        "URD" => "ur",
        _ => return None,
    };
    Some(tag.to_string())
}

fn read_contacts(student: &str, contacts: &[StudentContact]) -> Result<Vec<WondeContact>> {
    let mut taken = BTreeSet::new();
    let mut read = Vec::with_capacity(contacts.len());
    for (i, contact) in contacts.iter().enumerate() {
        let at = |field: &str| format!("Wonde student {student}, contact {}: {field}", contact.id);
        let relationship = contact.relationship.as_ref();
        let asked = relationship
            .and_then(|r| r.priority.as_ref())
            .and_then(|p| match p {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => s.trim().parse().ok(),
                _ => None,
            })
            .and_then(|p| u8::try_from(p).ok())
            .filter(|p| *p >= 1);
        // Two contacts with one priority (or none given): the later takes
        // the next free place, keeping Wonde's order.
        let mut priority = asked.unwrap_or(u8::try_from(i + 1).unwrap_or(u8::MAX));
        while !taken.insert(priority) {
            priority = priority.saturating_add(1);
        }
        let name = [text(&contact.forename), text(&contact.surname)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            return Err(invalid(at("forename"), "a contact needs a name"));
        }
        let details = contact
            .contact_details
            .as_ref()
            .and_then(|d| d.data.as_ref());
        let mobile = match details.and_then(|d| d.phones.as_ref()) {
            None => Given::Missing,
            Some(phones) => Given::Value(
                text(&phones.mobile)
                    .map(|m| {
                        phone::normalise(&m)
                            .map_err(|_| invalid(at("phones.mobile"), "not a UK mobile number"))
                    })
                    .transpose()?,
            ),
        };
        let email = match details.and_then(|d| d.emails.as_ref()) {
            None => Given::Missing,
            Some(emails) => {
                let address = text(&emails.email).or_else(|| text(&emails.primary));
                if let Some(address) = &address
                    && !is_plausible_email(address)
                {
                    return Err(invalid(at("emails.email"), "not an email address"));
                }
                Given::Value(address.map(|a| a.to_lowercase()))
            }
        };
        read.push(WondeContact {
            priority,
            name,
            relationship: relationship
                .map_or(Given::Missing, |r| Given::Value(text(&r.relationship))),
            parental_responsibility: relationship
                .and_then(|r| r.parental_responsibility)
                .unwrap_or(priority <= 2),
            mobile,
            email,
        });
    }
    read.sort_by_key(|c| c.priority);
    Ok(read)
}

/// Session marks read from Wonde, for pupils it knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WondeMarks {
    pub marks: Vec<(SessionDate, Upn, Option<Code>)>,
    /// Records for students not in this sync (leavers, other schools).
    pub unknown_students: usize,
    /// Records dated outside the days asked for: the date filters are a
    /// request to the server, and a record it sends beyond them is not
    /// taken as the register's word.
    pub outside_dates: usize,
}

/// Reads session attendance on `dates`; `upns` maps Wonde student ids to
/// UPNs.
pub fn read_attendance(
    records: &[SessionAttendance],
    upns: &HashMap<String, Upn>,
    dates: RangeInclusive<NaiveDate>,
) -> Result<WondeMarks> {
    let mut read = WondeMarks::default();
    for (i, record) in records.iter().enumerate() {
        let at = |field: &str| format!("Wonde attendance record {i}: {field}");
        let student = match &record.student {
            StudentRef::Id(id) => Some(id.as_str()),
            StudentRef::Included(included) => included.data.as_ref().map(|s| s.id.as_str()),
        };
        let Some(upn) = student.and_then(|id| upns.get(id)) else {
            read.unknown_students += 1;
            continue;
        };
        let date_text = match &record.date {
            WondeDate::Plain(d) | WondeDate::Object { date: d } => d,
        };
        let date: NaiveDate = date_text
            .get(..10)
            .and_then(|d| d.parse().ok())
            .ok_or_else(|| invalid(at("date"), format!("`{date_text}` is not a date")))?;
        if !dates.contains(&date) {
            read.outside_dates += 1;
            continue;
        }
        let session: Session = record
            .session
            .parse()
            .map_err(|e: String| invalid(at("session"), e))?;
        let code = record
            .attendance_code
            .as_ref()
            .and_then(|c| c.data.as_ref())
            .map(|c| c.code.trim())
            .filter(|c| !c.is_empty() && *c != "-")
            .map(|c| {
                Code::read_for(c, date).map_err(|e| invalid(at("attendance_code"), e.to_string()))
            })
            .transpose()?;
        read.marks
            .push((SessionDate::new(date, session), upn.clone(), code));
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn students(json: &str) -> Vec<Student> {
        serde_json::from_str::<Vec<Student>>(json).unwrap()
    }

    #[test]
    fn a_student_with_contacts_reads_as_a_pupil_with_missing_fields_kept_apart() {
        let read = read_students(&students(
            r#"[{"id": "A1", "forename": "Millie", "legal_forename": "Amelia", "surname": "Okafor",
                "education_details": {"data": {"upn": "A100"}},
                "year": {"data": {"code": "3", "name": "Year 3"}},
                "extended_details": {"data": {"sen_status": "E", "free_school_meals": true, "first_language": "POL"}},
                "contacts": {"data": [
                  {"id": "C2", "forename": "Tunde", "surname": "Okafor", "relationship": {"relationship": "Father", "priority": "2"}},
                  {"id": "C1", "forename": "Grace", "surname": "Okafor",
                   "relationship": {"relationship": "Mother", "priority": 1, "parental_responsibility": true},
                   "contact_details": {"data": {"phones": {"mobile": "07700 900123"}, "emails": {"email": "Grace@Example.org"}}}}]}},
               {"id": "A2", "forename": "Ben", "surname": "Okafor", "education_details": {"data": {"upn": "A101"}}}]"#,
        ))
        .unwrap();
        let millie = &read[0];
        assert_eq!(
            (millie.first_name.as_str(), millie.known_as.as_deref()),
            ("Amelia", Some("Millie"))
        );
        assert_eq!(millie.year, Given::Value(Some(Year::Y(3))));
        assert_eq!(
            millie.flags,
            [
                (PupilFlag::Send, true),
                (PupilFlag::Ehcp, true),
                (PupilFlag::Fsm, true)
            ],
            "in_lea_care was left out, so looked-after is not spoken for"
        );
        assert_eq!(millie.language.as_deref(), Some("pl"));
        let grace = &millie.contacts[0];
        assert_eq!((grace.priority, grace.name.as_str()), (1, "Grace Okafor"));
        assert_eq!(grace.mobile, Given::Value(Some("+447700900123".into())));
        assert_eq!(grace.email, Given::Value(Some("grace@example.org".into())));
        let tunde = &millie.contacts[1];
        assert_eq!(tunde.priority, 2);
        assert_eq!(
            (tunde.mobile.clone(), tunde.email.clone()),
            (Given::Missing, Given::Missing)
        );
        let ben = &read[1];
        assert_eq!(
            (ben.year.clone(), ben.flags.clone()),
            (Given::Missing, vec![])
        );
    }

    #[test]
    fn an_unusable_value_names_the_record_and_field_but_not_the_value() {
        let err = read_students(&students(
            r#"[{"id": "A1", "forename": "A", "surname": "B", "education_details": {"data": {"upn": "A100"}},
                "contacts": {"data": [{"id": "C9", "forename": "X", "contact_details": {"data": {"phones": {"mobile": "0770090012"}}}}]}}]"#,
        ))
        .unwrap_err()
        .to_string();
        assert_eq!(
            err,
            "Wonde student A1, contact C9: phones.mobile: not a UK mobile number"
        );
        let err = read_students(&students(
            r#"[{"id": "A7", "forename": "A", "surname": "B"}]"#,
        ))
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("Wonde student A7: education_details.upn"),
            "{err}"
        );
    }

    #[test]
    fn attendance_reads_codes_for_known_students_and_counts_the_rest() {
        let records: Vec<SessionAttendance> = serde_json::from_str(
            r#"[{"student": "A1", "date": {"date": "2026-11-30 00:00:00.000000", "timezone_type": 3, "timezone": "Europe/London"},
                 "session": "AM", "attendance_code": {"data": {"id": "X1", "code": "N"}}},
                {"student": "A1", "date": "2026-11-30", "session": "PM", "attendance_code": {"data": null}},
                {"student": "A1", "date": "2026-11-23", "session": "AM", "attendance_code": {"data": {"id": "X2", "code": "I"}}},
                {"student": "GONE", "date": "2026-11-30", "session": "AM"}]"#,
        )
        .unwrap();
        let upns = HashMap::from([("A1".to_string(), "A100".into())]);
        let day: NaiveDate = "2026-11-30".parse().unwrap();
        let read = read_attendance(&records, &upns, day - chrono::Days::new(6)..=day).unwrap();
        assert_eq!(
            read.marks,
            vec![
                (
                    SessionDate::new(day, Session::Am),
                    "A100".into(),
                    Some(Code::NoReasonYet)
                ),
                (SessionDate::new(day, Session::Pm), "A100".into(), None),
            ]
        );
        assert_eq!((read.unknown_students, read.outside_dates), (1, 1));
    }

    #[test]
    fn only_the_flag_fields_wonde_gives_are_spoken_for() {
        let read = read_students(&students(
            r#"[{"id": "A1", "forename": "A", "surname": "B", "education_details": {"data": {"upn": "A100"}},
                "extended_details": {"data": {"sen_status": "N", "free_school_meals": false}}}]"#,
        ))
        .unwrap();
        assert_eq!(
            read[0].flags,
            [
                (PupilFlag::Send, false),
                (PupilFlag::Ehcp, false),
                (PupilFlag::Fsm, false)
            ]
        );
    }
}
