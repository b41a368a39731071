//! Which codes go back to the MIS, and remembering what went.
//!
//! Only a code a member of staff set or confirmed is written back, and only
//! where the MIS shows something else: a parent's provisional code on its
//! own never is. What was written is kept, so no code is sent twice.

use std::collections::HashMap;

use serde::Serialize;

use crate::domain::{Code, Session, SessionDate, Upn};
use crate::error::Result;
use crate::register::Entry;
use crate::store::{Store, Table};

/// A staff code the MIS does not have yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    pub session: SessionDate,
    pub upn: Upn,
    pub code: Code,
}

/// The staff codes among `entries` that differ from the MIS's mark and
/// were not written back before (`written` says what was).
pub fn to_write_back(
    entries: &[(SessionDate, Upn, Entry)],
    written: impl Fn(SessionDate, &str) -> Result<Option<Code>>,
) -> Result<Vec<Confirmed>> {
    let mut found = Vec::new();
    for (session, upn, entry) in entries {
        let Some(code) = entry.staff.as_ref().and_then(|m| m.code) else {
            continue;
        };
        if entry.mis.as_ref().and_then(|m| m.code) == Some(code)
            || written(*session, upn)? == Some(code)
        {
            continue;
        }
        found.push(Confirmed {
            session: *session,
            upn: upn.clone(),
            code,
        });
    }
    Ok(found)
}

/// The codes written back to Wonde, by school, session and pupil.
#[derive(Clone)]
pub struct WrittenBack {
    store: Store,
    codes: Table<Code>,
}

impl WrittenBack {
    pub fn open(store: &Store) -> Result<Self> {
        Ok(WrittenBack {
            store: store.clone(),
            codes: store.table("wonde_written_back")?,
        })
    }

    pub fn code(&self, school: &str, session: SessionDate, upn: &str) -> Result<Option<Code>> {
        self.codes.get(&key(school, session, upn))
    }

    /// Records codes Wonde accepted, durably, in one write.
    pub fn record(&self, school: &str, sent: &[Confirmed]) -> Result<()> {
        let mut batch = self.store.batch();
        for confirmed in sent {
            batch.put(
                &self.codes,
                &key(school, confirmed.session, &confirmed.upn),
                &confirmed.code,
            )?;
        }
        batch.commit()?;
        self.store.flush()
    }
}

fn key(school: &str, session: SessionDate, upn: &str) -> String {
    format!("{school}/{}/{}/{upn}", session.date, session.session)
}

/// The body of Wonde's session register write-back.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SessionRegister {
    pub attendance: Vec<AttendanceRecord>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct AttendanceRecord {
    pub student_id: String,
    pub date: String,
    pub session: &'static str,
    pub attendance_code_id: String,
    pub comment: &'static str,
}

/// A confirmed code that cannot be written back, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotWritten {
    pub confirmed: Confirmed,
    pub why: &'static str,
}

/// The register to post: each code with Wonde's ids for the student and
/// the code; those without are returned apart.
pub fn session_register(
    confirmed: Vec<Confirmed>,
    student_ids: &HashMap<Upn, String>,
    code_ids: &HashMap<String, String>,
) -> (SessionRegister, Vec<Confirmed>, Vec<NotWritten>) {
    let mut records = Vec::new();
    let mut sent = Vec::new();
    let mut refused = Vec::new();
    for c in confirmed {
        let (Some(student), Some(code)) = (student_ids.get(&c.upn), code_ids.get(c.code.as_str()))
        else {
            let why = if student_ids.contains_key(&c.upn) {
                "Wonde has no such attendance code"
            } else {
                "the pupil is not in Wonde"
            };
            refused.push(NotWritten { confirmed: c, why });
            continue;
        };
        records.push(AttendanceRecord {
            student_id: student.clone(),
            date: c.session.date.to_string(),
            session: match c.session.session {
                Session::Am => "AM",
                Session::Pm => "PM",
            },
            attendance_code_id: code.clone(),
            comment: "Confirmed by staff in absence-line",
        });
        sent.push(c);
    }
    (
        SessionRegister {
            attendance: records,
        },
        sent,
        refused,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mark, Provenance};

    fn mark(code: &str, provenance: Provenance) -> Mark {
        Mark {
            school: "fernhill".into(),
            upn: "A1".into(),
            session: SessionDate::new("2026-11-30".parse().unwrap(), Session::Am),
            code: Some(code.parse().unwrap()),
            arrival: None,
            provenance,
            recorded_at: "2026-11-30T09:00:00+00:00".parse().unwrap(),
        }
    }

    fn staff(code: &str) -> Mark {
        mark(
            code,
            Provenance::Staff {
                who: "office".into(),
            },
        )
    }

    #[test]
    fn only_staff_codes_the_mis_lacks_and_not_yet_written_go_back() {
        let am = SessionDate::new("2026-11-30".parse().unwrap(), Session::Am);
        let parent_only = Entry {
            mis: Some(mark("N", Provenance::Mis)),
            provisional: Some(mark(
                "I",
                Provenance::ParentReport {
                    message: "m".into(),
                },
            )),
            staff: None,
        };
        let confirmed = Entry {
            staff: Some(staff("I")),
            ..parent_only.clone()
        };
        let mis_agrees = Entry {
            mis: Some(mark("I", Provenance::Mis)),
            staff: Some(staff("I")),
            provisional: None,
        };
        let entries = vec![
            (am, "A1".into(), parent_only),
            (am, "A2".into(), confirmed.clone()),
            (am, "A3".into(), mis_agrees),
            (am, "A4".into(), confirmed),
        ];
        let found = to_write_back(
            &entries,
            |_, upn| Ok((upn == "A4").then_some(Code::Illness)),
        )
        .unwrap();
        assert_eq!(
            found,
            vec![Confirmed {
                session: am,
                upn: "A2".into(),
                code: Code::Illness
            }]
        );
    }

    #[test]
    fn the_register_uses_wondes_ids_and_sets_aside_what_it_cannot_send() {
        let am = SessionDate::new("2026-11-30".parse().unwrap(), Session::Pm);
        let c = |upn: &str, code| Confirmed {
            session: am,
            upn: upn.into(),
            code,
        };
        let students = HashMap::from([
            ("A1".into(), "W1".to_string()),
            ("A2".into(), "W2".to_string()),
        ]);
        let codes = HashMap::from([("I".to_string(), "AC-I".to_string())]);
        let (register, sent, refused) = session_register(
            vec![
                c("A1", Code::Illness),
                c("A2", Code::Medical),
                c("A9", Code::Illness),
            ],
            &students,
            &codes,
        );
        assert_eq!(sent, vec![c("A1", Code::Illness)]);
        assert_eq!(register.attendance[0].session, "PM");
        assert_eq!(register.attendance[0].attendance_code_id, "AC-I");
        assert_eq!(
            refused.iter().map(|r| r.why).collect::<Vec<_>>(),
            [
                "Wonde has no such attendance code",
                "the pupil is not in Wonde"
            ]
        );
    }
}
