//! Pupils on roll and the people the school contacts about them.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{SchoolId, Upn};

/// Year group: nursery, reception, then Year 1 to Year 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Year {
    Nursery,
    Reception,
    Y(u8),
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Year::Nursery => f.write_str("N"),
            Year::Reception => f.write_str("R"),
            Year::Y(n) => write!(f, "Y{n}"),
        }
    }
}

impl FromStr for Year {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.to_ascii_uppercase().as_str() {
            "N" => Ok(Year::Nursery),
            "R" => Ok(Year::Reception),
            other => other
                .strip_prefix('Y')
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=13).contains(n))
                .map(Year::Y)
                .ok_or_else(|| format!("`{s}` is not a year group (N, R, Y1 … Y13)")),
        }
    }
}

impl Serialize for Year {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// What the school records about a pupil's circumstances. Several of these
/// make a pupil *vulnerable*, which changes how hard an absence is chased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PupilFlag {
    LookedAfter,
    ChildProtection,
    ChildInNeed,
    /// Team around the child / family.
    Taf,
    Send,
    Ehcp,
    Fsm,
    Eal,
    YoungCarer,
}

impl PupilFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            PupilFlag::LookedAfter => "looked_after",
            PupilFlag::ChildProtection => "child_protection",
            PupilFlag::ChildInNeed => "child_in_need",
            PupilFlag::Taf => "taf",
            PupilFlag::Send => "send",
            PupilFlag::Ehcp => "ehcp",
            PupilFlag::Fsm => "fsm",
            PupilFlag::Eal => "eal",
            PupilFlag::YoungCarer => "young_carer",
        }
    }

    /// The badge staff see beside a pupil's name, short and spelt out:
    /// child protection, child in need and looked after.
    pub fn badge(self) -> Option<(&'static str, &'static str)> {
        match self {
            PupilFlag::ChildProtection => Some(("CP", "child protection plan")),
            PupilFlag::ChildInNeed => Some(("CIN", "child in need")),
            PupilFlag::LookedAfter => Some(("LAC", "looked after")),
            _ => None,
        }
    }

    /// Looked-after, child protection, child in need and team-around-the-family
    /// pupils are chased harder from the first day (Banks Lane policy).
    pub fn is_vulnerability(self) -> bool {
        matches!(
            self,
            PupilFlag::LookedAfter
                | PupilFlag::ChildProtection
                | PupilFlag::ChildInNeed
                | PupilFlag::Taf
        )
    }
}

impl FromStr for PupilFlag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let all = [
            PupilFlag::LookedAfter,
            PupilFlag::ChildProtection,
            PupilFlag::ChildInNeed,
            PupilFlag::Taf,
            PupilFlag::Send,
            PupilFlag::Ehcp,
            PupilFlag::Fsm,
            PupilFlag::Eal,
            PupilFlag::YoungCarer,
        ];
        let wanted = s.trim().to_ascii_lowercase();
        all.into_iter().find(|f| f.as_str() == wanted).ok_or_else(|| {
            format!(
                "`{s}` is not a pupil flag (looked_after, child_protection, child_in_need, taf, send, ehcp, fsm, eal, young_carer)"
            )
        })
    }
}

/// A pupil, as imported from the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pupil {
    pub school: SchoolId,
    pub upn: Upn,
    pub first_name: String,
    pub last_name: String,
    pub known_as: Option<String>,
    pub year: Year,
    pub flags: Vec<PupilFlag>,
    /// Set when a later roster import no longer lists the pupil. Pupils are
    /// never deleted: their register history must be kept for six years.
    pub left_on: Option<NaiveDate>,
}

impl Pupil {
    /// The name a message to the family should use.
    pub fn preferred_name(&self) -> &str {
        self.known_as.as_deref().unwrap_or(&self.first_name)
    }

    pub fn is_vulnerable(&self) -> bool {
        self.flags.iter().any(|f| f.is_vulnerability())
    }

    pub fn has_flag(&self, flag: PupilFlag) -> bool {
        self.flags.contains(&flag)
    }

    pub fn on_roll(&self) -> bool {
        self.left_on.is_none()
    }
}

/// One contact of one pupil. The same person may be a contact of several
/// pupils; each link is its own `Contact`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub upn: Upn,
    /// 1 and 2 are usually parents; 3 and 4 emergency contacts.
    pub priority: u8,
    pub name: String,
    pub relationship: Option<String>,
    pub parental_responsibility: bool,
    /// E.164, e.g. `+447700900123`.
    pub mobile: Option<String>,
    /// Lower-cased.
    pub email: Option<String>,
    /// BCP 47 language tag, `en` by default.
    pub language: String,
    /// The Telegram chat linked to this contact, once they have shared their
    /// number with the school's bot. Kept across roster imports.
    #[serde(default)]
    pub telegram_chat: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_groups_parse() {
        assert_eq!("r".parse::<Year>(), Ok(Year::Reception));
        assert_eq!("Y13".parse::<Year>(), Ok(Year::Y(13)));
        assert!("Y14".parse::<Year>().is_err());
        assert!("Y0".parse::<Year>().is_err());
        assert!("".parse::<Year>().is_err());
        assert!(Year::Reception < Year::Y(1));
    }

    #[test]
    fn vulnerability_flags() {
        assert!(PupilFlag::LookedAfter.is_vulnerability());
        assert!(!PupilFlag::Fsm.is_vulnerability());
        assert_eq!(
            "Child_Protection".parse::<PupilFlag>(),
            Ok(PupilFlag::ChildProtection)
        );
        assert!("pp".parse::<PupilFlag>().is_err());
    }
}
