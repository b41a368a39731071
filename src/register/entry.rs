//! One pupil's register entry for one session, as the three sources see it.
//!
//! The MIS register is the record of attendance; a parent's report gives a
//! provisional reason; staff can confirm or amend. Keeping the three apart
//! (rather than letting the last writer win) is what lets the daemon tell an
//! *unexplained* absence (the MIS says absent, nobody has said why) from an
//! explained one, and lets staff see who said what.

use serde::{Deserialize, Serialize};

use crate::domain::{Code, Mark};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// What the school's MIS register shows.
    pub mis: Option<Mark>,
    /// What a parent reported (the latest report for this session).
    pub provisional: Option<Mark>,
    /// What a member of staff set; it overrides everything else.
    pub staff: Option<Mark>,
}

impl Entry {
    /// The code that counts for this session: staff's, else the MIS's when
    /// it gives a reason, else the parent's provisional code, else the MIS's
    /// `N` or blank.
    pub fn effective(&self) -> Option<&Mark> {
        if let Some(staff) = &self.staff {
            return Some(staff);
        }
        match (&self.mis, &self.provisional) {
            (Some(mis), _) if mis.code.is_some_and(|c| c != Code::NoReasonYet) => Some(mis),
            (_, Some(provisional)) => Some(provisional),
            (mis, None) => mis.as_ref(),
        }
    }

    pub fn effective_code(&self) -> Option<Code> {
        self.effective().and_then(|m| m.code)
    }

    /// The MIS shows the pupil absent with no reason (`N` or no mark).
    pub fn register_shows_unexplained(&self) -> bool {
        self.mis
            .as_ref()
            .is_some_and(|m| matches!(m.code, None | Some(Code::NoReasonYet)))
    }

    /// Absent on the register, and no parent or member of staff has said why.
    pub fn is_unexplained(&self) -> bool {
        self.register_shows_unexplained() && self.provisional.is_none() && self.staff.is_none()
    }

    /// Absent and the school still has no reason from the family:
    /// unexplained, or since marked `O` (absent in unknown circumstances)
    /// by the MIS or staff, as the five-day rule tells the school to do
    /// with an `N` nobody explained. A chase runs on through the `O`s to
    /// its ten- and twenty-day steps: those are for continuous unauthorised
    /// absence, not only for `N`s.
    pub fn is_without_reason(&self) -> bool {
        self.is_unexplained()
            || (self.provisional.is_none()
                && self.effective_code() == Some(Code::UnauthorisedOther))
    }

    /// A parent reported an absence but the register shows the pupil in:
    /// something for the office to look at, not an error.
    pub fn report_contradicts_register(&self) -> bool {
        let reported_absent = self
            .provisional
            .as_ref()
            .and_then(|m| m.code)
            .is_some_and(|c| c.is_absence());
        let register_present = self
            .mis
            .as_ref()
            .and_then(|m| m.code)
            .is_some_and(|c| c.is_attendance());
        reported_absent && register_present
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Provenance, Session, SessionDate};

    fn mark(code: Option<&str>, provenance: Provenance) -> Mark {
        Mark {
            school: "s".into(),
            upn: "A1".into(),
            session: SessionDate::new("2026-11-23".parse().unwrap(), Session::Am),
            code: code.map(|c| c.parse().unwrap()),
            arrival: None,
            provenance,
            recorded_at: "2026-11-23T09:00:00+00:00".parse().unwrap(),
        }
    }

    fn parent(code: &str) -> Mark {
        mark(
            Some(code),
            Provenance::ParentReport {
                message: "m1".into(),
            },
        )
    }

    #[test]
    fn an_n_with_no_report_is_unexplained() {
        let entry = Entry {
            mis: Some(mark(Some("N"), Provenance::Mis)),
            ..Entry::default()
        };
        assert!(entry.is_unexplained());
        assert_eq!(entry.effective_code(), Some(Code::NoReasonYet));
        let blank = Entry {
            mis: Some(mark(None, Provenance::Mis)),
            ..Entry::default()
        };
        assert!(blank.is_unexplained());
    }

    #[test]
    fn a_report_explains_an_n_and_gives_the_code() {
        let entry = Entry {
            mis: Some(mark(Some("N"), Provenance::Mis)),
            provisional: Some(parent("I")),
            staff: None,
        };
        assert!(!entry.is_unexplained());
        assert_eq!(entry.effective_code(), Some(Code::Illness));
    }

    #[test]
    fn a_reason_in_the_mis_beats_the_provisional_code_and_staff_beat_both() {
        let mut entry = Entry {
            mis: Some(mark(Some("M"), Provenance::Mis)),
            provisional: Some(parent("I")),
            staff: None,
        };
        assert_eq!(entry.effective_code(), Some(Code::Medical));
        entry.staff = Some(mark(
            Some("C"),
            Provenance::Staff {
                who: "office".into(),
            },
        ));
        assert_eq!(entry.effective_code(), Some(Code::Exceptional));
    }

    #[test]
    fn an_o_after_an_n_is_still_without_reason_unless_a_parent_gave_one() {
        let mut entry = Entry {
            mis: Some(mark(Some("O"), Provenance::Mis)),
            ..Entry::default()
        };
        assert!(!entry.is_unexplained(), "the school has coded it");
        assert!(entry.is_without_reason());
        entry.provisional = Some(parent("I"));
        assert!(!entry.is_without_reason(), "the family gave a reason");
        let staff_o = Entry {
            mis: Some(mark(Some("N"), Provenance::Mis)),
            staff: Some(mark(
                Some("O"),
                Provenance::Staff {
                    who: "office".into(),
                },
            )),
            provisional: None,
        };
        assert!(staff_o.is_without_reason());
        let holiday = Entry {
            mis: Some(mark(Some("G"), Provenance::Mis)),
            ..Entry::default()
        };
        assert!(
            !holiday.is_without_reason(),
            "an unauthorised holiday has a reason: the school knows where the child is"
        );
    }

    #[test]
    fn a_report_against_a_present_mark_is_noted() {
        let entry = Entry {
            mis: Some(mark(Some("/"), Provenance::Mis)),
            provisional: Some(parent("I")),
            staff: None,
        };
        assert!(entry.report_contradicts_register());
        assert!(!entry.is_unexplained());
    }
}
