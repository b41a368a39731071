//! A school as the rest of the daemon sees it: its clock, its sessions and
//! its calendar.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{DayTimes, SchoolId, Session, SessionDate};
use crate::calendar::Calendar;

/// Primary and secondary schools keep their registers open for different
/// lengths of time; the phase picks sensible defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    #[default]
    Primary,
    Secondary,
}

#[derive(Debug, Clone)]
pub struct School {
    pub id: SchoolId,
    pub name: String,
    pub phase: Phase,
    pub tz: Tz,
    pub times: DayTimes,
    pub calendar: Calendar,
}

impl School {
    /// An instant in the school's own time.
    pub fn local(&self, at: DateTime<Utc>) -> DateTime<Tz> {
        at.with_timezone(&self.tz)
    }

    /// The school-local date of an instant.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        self.local(at).date_naive()
    }

    /// The instant a local wall-clock time happens on a date. In the spring
    /// gap (01:00–02:00 on the last Sunday of March) the time is moved on to
    /// the first instant that exists; in the autumn overlap the first of the
    /// two instants is taken.
    pub fn at(&self, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        resolve_local(&self.tz, date.and_time(time))
    }

    /// When a session's register closes.
    pub fn register_closes(&self, session: SessionDate) -> DateTime<Utc> {
        self.at(
            session.date,
            self.times.get(session.session).register_closes,
        )
    }

    /// When the school day ends on a date.
    pub fn day_ends(&self, date: NaiveDate) -> DateTime<Utc> {
        self.at(date, self.times.day_ends())
    }

    /// The session a local time falls in, counting the morning until the
    /// afternoon register opens.
    pub fn session_at(&self, time: NaiveTime) -> Session {
        if time < self.times.pm.register_opens {
            Session::Am
        } else {
            Session::Pm
        }
    }
}

/// Turns a local wall-clock time into an instant, across the clock changes.
pub fn resolve_local(tz: &Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Spring forward: walk on a minute at a time to the first real instant.
            let mut probe = local;
            loop {
                probe += chrono::Duration::minutes(1);
                if let Some(t) = tz.from_local_datetime(&probe).earliest() {
                    return t.with_timezone(&Utc);
                }
            }
        }
    }
}

/// The corpus school's day (`../shared/corpus/school.json`), for tests.
#[cfg(test)]
pub fn fernhill_day() -> DayTimes {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    DayTimes {
        am: super::SessionTimes {
            register_opens: t(8, 45),
            register_closes: t(9, 15),
            ends: t(12, 0),
        },
        pm: super::SessionTimes {
            register_opens: t(13, 0),
            register_closes: t(13, 15),
            ends: t(15, 15),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn school() -> School {
        School {
            id: "fernhill".into(),
            name: "Fernhill".into(),
            phase: Phase::Primary,
            tz: chrono_tz::Europe::London,
            times: fernhill_day(),
            calendar: Calendar::default(),
        }
    }

    #[test]
    fn register_close_follows_british_summer_time() {
        let s = school();
        let bst = SessionDate::new("2026-10-23".parse().unwrap(), Session::Am);
        let gmt = SessionDate::new("2026-11-23".parse().unwrap(), Session::Am);
        assert_eq!(
            s.register_closes(bst).to_rfc3339(),
            "2026-10-23T08:15:00+00:00"
        );
        assert_eq!(
            s.register_closes(gmt).to_rfc3339(),
            "2026-11-23T09:15:00+00:00"
        );
    }

    #[test]
    fn times_in_the_spring_gap_move_forward() {
        let s = school();
        let gap = s.at(
            "2027-03-28".parse().unwrap(),
            NaiveTime::from_hms_opt(1, 30, 0).unwrap(),
        );
        assert_eq!(gap.to_rfc3339(), "2027-03-28T01:00:00+00:00");
        let overlap = s.at(
            "2026-10-25".parse().unwrap(),
            NaiveTime::from_hms_opt(1, 30, 0).unwrap(),
        );
        assert_eq!(overlap.to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn session_of_a_time() {
        let s = school();
        assert_eq!(
            s.session_at(NaiveTime::from_hms_opt(12, 30, 0).unwrap()),
            Session::Am
        );
        assert_eq!(
            s.session_at(NaiveTime::from_hms_opt(13, 0, 0).unwrap()),
            Session::Pm
        );
    }
}
