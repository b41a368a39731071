//! The DfE attendance and absence codes (2024), with the legacy codes an older
//! MIS export may still hold.
//!
//! A code's *category* decides how it counts: whether the session was a
//! possible one, and whether it was an absence. Attendance percentages,
//! thresholds and the digest all read these two facts from here, so the
//! rules live in one place.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a code counts in the attendance statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// In school (`/`, `\`, `L`).
    Present,
    /// Attending approved education off site: counts as present.
    ApprovedOffSite,
    /// Authorised absence, including leave of absence.
    Authorised,
    /// Unauthorised absence.
    Unauthorised,
    /// Not a possible session: unable to attend through an unavoidable cause,
    /// or leave for a pupil of non-compulsory school age.
    NotPossible,
    /// Administrative: not on roll, or the school planned a closure.
    Administrative,
}

macro_rules! codes {
    ($( $variant:ident => $text:literal, $cat:ident, $meaning:literal; )*) => {
        /// One register code. Parsed from and written as its DfE text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code this crate knows, current and legacy.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The code as written in a register.
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $text, )* }
            }

            /// What the code means, in the DfE's words.
            pub fn meaning(self) -> &'static str {
                match self { $( Code::$variant => $meaning, )* }
            }

            /// How the code counts in attendance statistics.
            pub fn category(self) -> Category {
                match self { $( Code::$variant => Category::$cat, )* }
            }
        }

        impl FromStr for Code {
            type Err = UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $( $text => Ok(Code::$variant), )*
                    other => Err(UnknownCode(other.to_string())),
                }
            }
        }
    };
}

codes! {
    PresentAm => "/", Present, "Present (am)";
    PresentPm => "\\", Present, "Present (pm)";
    Late => "L", Present, "Late before the register closed";
    EducatedOffSite => "K", ApprovedOffSite, "Attending education provision arranged by the local authority";
    SportingActivity => "P", ApprovedOffSite, "Participating in a supervised sporting activity";
    EducationalVisit => "V", ApprovedOffSite, "Attending an educational visit or trip";
    WorkExperience => "W", ApprovedOffSite, "Attending work experience";
    OtherApprovedEducation => "B", ApprovedOffSite, "Attending any other approved educational activity";
    DualRegistered => "D", ApprovedOffSite, "Attending another school at which the pupil is registered";
    RegulatedPerformance => "C1", Authorised, "Leave of absence for a regulated performance or employment abroad";
    Medical => "M", Authorised, "Leave of absence for a medical or dental appointment";
    Interview => "J1", Authorised, "Leave of absence for an interview";
    StudyLeave => "S", Authorised, "Leave of absence for study leave";
    NonCompulsoryAge => "X", NotPossible, "Non-compulsory school age pupil not required to attend";
    PartTimeTimetable => "C2", Authorised, "Leave of absence for a compulsory school age pupil subject to a part-time timetable";
    Exceptional => "C", Authorised, "Leave of absence for exceptional circumstances";
    Traveller => "T", Authorised, "Parent travelling for occupational purposes";
    Religious => "R", Authorised, "Religious observance";
    Illness => "I", Authorised, "Illness (not medical or dental appointment)";
    Excluded => "E", Authorised, "Suspended or permanently excluded and no alternative provision made";
    Quarantine => "Q", NotPossible, "Unable to attend the school because of a lack of access arrangements";
    TransportUnavailable => "Y1", NotPossible, "Unable to attend due to transport normally provided not being available";
    TravelDisruption => "Y2", NotPossible, "Unable to attend due to widespread disruption to travel";
    PartClosure => "Y3", NotPossible, "Unable to attend due to part of the school premises being closed";
    WholeClosure => "Y4", NotPossible, "Unable to attend due to the whole school site being unexpectedly closed";
    CriminalJustice => "Y5", NotPossible, "Unable to attend as pupil is in criminal justice detention";
    PublicHealth => "Y6", NotPossible, "Unable to attend in accordance with public health guidance or law";
    OtherUnavoidable => "Y7", NotPossible, "Unable to attend because of other unavoidable causes";
    HolidayNotAgreed => "G", Unauthorised, "Holiday not granted by the school";
    NoReasonYet => "N", Unauthorised, "Reason for absence not yet established";
    UnauthorisedOther => "O", Unauthorised, "Absent in other or unknown circumstances";
    LateAfterClose => "U", Unauthorised, "Arrived in school after registration closed";
    NotOnRoll => "Z", Administrative, "Prospective pupil not on admission register";
    PlannedClosure => "#", Administrative, "Planned whole or partial school closure";
    LegacyHoliday => "H", Authorised, "Holiday authorised by the school (before 2024)";
    LegacyExtendedHoliday => "F", Authorised, "Agreed extended family holiday (before 2024)";
    LegacyEnforcedClosure => "Y", NotPossible, "Unable to attend due to exceptional circumstances (before 2024)";
    LegacyInterview => "J", Authorised, "Interview (before 2024)";
}

impl Code {
    /// Whether the code may be given for `session`: `/` is the morning's
    /// present mark and `\\` the afternoon's.
    pub fn fits(self, session: crate::domain::Session) -> bool {
        use crate::domain::Session;
        match self {
            Code::PresentAm => session == Session::Am,
            Code::PresentPm => session == Session::Pm,
            _ => true,
        }
    }

    /// Whether the session counts towards possible sessions.
    pub fn is_possible_session(self) -> bool {
        !matches!(
            self.category(),
            Category::NotPossible | Category::Administrative
        )
    }

    /// Whether the session counts as an absence.
    pub fn is_absence(self) -> bool {
        matches!(
            self.category(),
            Category::Authorised | Category::Unauthorised
        )
    }

    /// Whether the session counts as attended.
    pub fn is_attendance(self) -> bool {
        matches!(
            self.category(),
            Category::Present | Category::ApprovedOffSite
        )
    }

    /// Late, before or after the register closed.
    pub fn is_late(self) -> bool {
        matches!(self, Code::Late | Code::LateAfterClose)
    }

    /// Codes that only a person may confirm: leave that needs the head's
    /// decision, reasons the school cannot accept as given, and a
    /// suspension, whose dates are the school's record, not the parent's.
    pub fn needs_staff(self) -> bool {
        matches!(
            self,
            Code::HolidayNotAgreed
                | Code::Exceptional
                | Code::Excluded
                | Code::NoReasonYet
                | Code::UnauthorisedOther
        )
    }

    /// A code as a register for `date` may hold it: a legacy code only for
    /// a session before the 2024 codes came in.
    pub fn read_for(text: &str, date: NaiveDate) -> Result<Code, CodeRefused> {
        let code: Code = text.parse().map_err(CodeRefused::Unknown)?;
        if code.is_legacy() && date >= codes_2024_from() {
            return Err(CodeRefused::Retired { code, date });
        }
        Ok(code)
    }

    /// Codes written before the 2024 guidance; an import reads them for
    /// sessions before [`codes_2024_from`] but the daemon never records
    /// them.
    pub fn is_legacy(self) -> bool {
        matches!(
            self,
            Code::LegacyHoliday
                | Code::LegacyExtendedHoliday
                | Code::LegacyEnforcedClosure
                | Code::LegacyInterview
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The first day the 2024 codes are the only ones: the School Attendance
/// (Pupil Registration) (England) Regulations 2024 came into force on
/// 19 August 2024.
pub fn codes_2024_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 8, 19).expect("a real date")
}

/// Why a register cannot hold a code for a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeRefused {
    #[error(transparent)]
    Unknown(UnknownCode),
    #[error(
        "`{code}` is a code from before 19 August 2024 and cannot be used for {date}: use a 2024 code"
    )]
    Retired { code: Code, date: NaiveDate },
}

/// A register code that is neither a 2024 nor a legacy DfE code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a DfE attendance code")]
pub struct UnknownCode(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_through_its_text() {
        for &code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(code));
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut texts: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), Code::ALL.len());
    }

    #[test]
    fn statistical_rules_follow_the_guidance() {
        for text in ["X", "Y1", "Y7", "Q", "Z", "#", "Y"] {
            let code: Code = text.parse().unwrap();
            assert!(
                !code.is_possible_session(),
                "{text} is not a possible session"
            );
            assert!(!code.is_absence(), "{text} is not an absence");
        }
        for text in ["K", "V", "P", "W", "B", "D", "L", "/", "\\"] {
            let code: Code = text.parse().unwrap();
            assert!(
                code.is_possible_session() && code.is_attendance(),
                "{text} is present"
            );
        }
        for text in [
            "I", "M", "C", "C1", "C2", "J1", "S", "T", "R", "E", "H", "F", "J",
        ] {
            assert_eq!(
                text.parse::<Code>().unwrap().category(),
                Category::Authorised,
                "{text}"
            );
        }
        for text in ["G", "N", "O", "U"] {
            let code: Code = text.parse().unwrap();
            assert_eq!(code.category(), Category::Unauthorised, "{text}");
            assert!(code.is_absence() && code.is_possible_session());
        }
    }

    #[test]
    fn unknown_text_is_refused_with_the_text() {
        assert_eq!("Q9".parse::<Code>(), Err(UnknownCode("Q9".into())));
        assert_eq!(" I ".parse::<Code>(), Ok(Code::Illness));
    }

    #[test]
    fn legacy_codes_are_read_before_19_august_2024_only() {
        let last_old_day = NaiveDate::from_ymd_opt(2024, 8, 18).unwrap();
        for text in ["H", "F", "Y", "J"] {
            let code = Code::read_for(text, last_old_day).unwrap();
            assert!(code.is_legacy(), "{text}");
            assert_eq!(
                Code::read_for(text, codes_2024_from()),
                Err(CodeRefused::Retired {
                    code,
                    date: codes_2024_from()
                })
            );
        }
        assert_eq!(Code::read_for("J1", codes_2024_from()), Ok(Code::Interview));
        assert!(matches!(
            Code::read_for("Q9", last_old_day),
            Err(CodeRefused::Unknown(_))
        ));
    }

    #[test]
    fn serde_uses_the_register_text() {
        assert_eq!(serde_json::to_string(&Code::Interview).unwrap(), "\"J1\"");
        assert_eq!(
            serde_json::from_str::<Code>("\"#\"").unwrap(),
            Code::PlannedClosure
        );
    }
}
