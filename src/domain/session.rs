//! The two registers of a school day, and when each opens and closes.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A register session: morning or afternoon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Session {
    Am,
    Pm,
}

impl Session {
    pub const BOTH: [Session; 2] = [Session::Am, Session::Pm];

    pub fn as_str(self) -> &'static str {
        match self {
            Session::Am => "am",
            Session::Pm => "pm",
        }
    }
}

impl fmt::Display for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Session {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "am" => Ok(Session::Am),
            "pm" => Ok(Session::Pm),
            other => Err(format!("`{other}` is not a session (am or pm)")),
        }
    }
}

/// One session on one date: the unit a register mark is kept for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SessionDate {
    #[serde(with = "super::stored_time::date")]
    pub date: NaiveDate,
    pub session: Session,
}

impl SessionDate {
    pub fn new(date: NaiveDate, session: Session) -> Self {
        SessionDate { date, session }
    }
}

impl fmt::Display for SessionDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.date, self.session)
    }
}

/// When a session's register opens and closes, and when the session ends,
/// in school-local time. A pupil who arrives before `register_closes` is
/// late (`L`); after it, `U`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionTimes {
    #[serde(with = "hhmm")]
    pub register_opens: NaiveTime,
    #[serde(with = "hhmm")]
    pub register_closes: NaiveTime,
    #[serde(with = "hhmm")]
    pub ends: NaiveTime,
}

/// The school day's sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayTimes {
    pub am: SessionTimes,
    pub pm: SessionTimes,
}

impl DayTimes {
    pub fn get(&self, session: Session) -> &SessionTimes {
        match session {
            Session::Am => &self.am,
            Session::Pm => &self.pm,
        }
    }

    /// The end of the school day: the afternoon session's end.
    pub fn day_ends(&self) -> NaiveTime {
        self.pm.ends
    }

    /// Checks the times are in order within and across sessions.
    pub fn validate(&self) -> Result<(), String> {
        for (name, s) in [("am", &self.am), ("pm", &self.pm)] {
            if !(s.register_opens < s.register_closes && s.register_closes < s.ends) {
                return Err(format!(
                    "{name}: register_opens < register_closes < ends must hold"
                ));
            }
        }
        if self.am.ends > self.pm.register_opens {
            return Err("am must end before the pm register opens".into());
        }
        Ok(())
    }
}

/// `HH:MM` times in config and JSON.
pub mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        parse(&String::deserialize(d)?)
    }

    /// `text` as a time, or the error that names it.
    pub(super) fn parse<E: serde::de::Error>(text: &str) -> Result<NaiveTime, E> {
        NaiveTime::parse_from_str(text, "%H:%M")
            .map_err(|_| E::custom(format!("`{text}` is not a time as HH:MM")))
    }
}

/// For `#[serde(with = "hhmm_or_null")]` on an `Option<NaiveTime>`: `"09:30"`
/// or `null`.
pub mod hhmm_or_null {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::hhmm::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| super::hhmm::parse(&text))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn day_times_must_be_in_order() {
        let am = SessionTimes {
            register_opens: t(8, 45),
            register_closes: t(9, 15),
            ends: t(12, 0),
        };
        let pm = SessionTimes {
            register_opens: t(13, 0),
            register_closes: t(13, 15),
            ends: t(15, 15),
        };
        assert!(DayTimes { am, pm }.validate().is_ok());
        let bad = SessionTimes {
            register_closes: t(8, 0),
            ..am
        };
        assert!(DayTimes { am: bad, pm }.validate().is_err());
        assert!(DayTimes { am: pm, pm: am }.validate().is_err());
    }

    #[test]
    fn sessions_parse_and_print() {
        assert_eq!("AM".parse::<Session>(), Ok(Session::Am));
        assert!("noon".parse::<Session>().is_err());
        assert_eq!(Session::Pm.to_string(), "pm");
    }
}
