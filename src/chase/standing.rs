//! Where a pupil stands in the register since an absence began: still
//! absent with no reason, explained, or back in school. Read from the
//! register on every tick rather than kept, so a report or an MIS change
//! from anywhere is seen without anyone telling the chase.

use std::rc::Rc;

use chrono::NaiveDate;

use super::register_reads::RegisterReads;
use crate::domain::{School, Session, SessionDate};
use crate::error::Result;
use crate::register::Entry;

/// How far back a new absence is traced to find its first day.
const TRACE_BACK_SCHOOL_DAYS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Absent with no reason (`N`, no mark, or an `O` the school has since
    /// entered); `latest` is the last session the MIS has recorded.
    Unexplained { latest: SessionDate },
    /// The last recorded session has a reason.
    Explained,
    /// The register shows the pupil in at a session after the first.
    Present,
}

/// The pupil's standing from `first` up to `today`.
pub fn standing(
    register: &RegisterReads,
    school: &School,
    upn: &str,
    first: SessionDate,
    today: NaiveDate,
) -> Result<Standing> {
    let mut latest: Option<(SessionDate, Rc<Entry>)> = None;
    for date in school.calendar.school_days_between(first.date, today) {
        for session in Session::BOTH {
            let at = SessionDate::new(date, session);
            if at < first {
                continue;
            }
            let Some(entry) = register.entry(upn, at)? else {
                continue;
            };
            let Some(mis) = &entry.mis else { continue };
            if at > first && mis.code.is_some_and(|c| c.is_attendance() || c.is_late()) {
                return Ok(Standing::Present);
            }
            latest = Some((at, entry));
        }
    }
    Ok(match latest {
        Some((at, entry)) if entry.is_without_reason() => Standing::Unexplained { latest: at },
        Some(_) => Standing::Explained,
        // Nothing recorded from the first session on: the MIS mark that
        // started the episode was withdrawn or replaced by a reasoned one.
        None => Standing::Explained,
    })
}

/// A run of unexplained absence, traced back from a session in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    /// Its first session, or the first after the days of an earlier
    /// episode it reaches back into.
    pub first: SessionDate,
    /// The first session of the earlier episode whose days the run reaches
    /// back into: the run may be that episode's absence.
    pub earlier_episode: Option<SessionDate>,
}

/// The run of unexplained absence that includes `seen`: earlier school
/// days count while every session the MIS recorded on them is unexplained.
/// `episode_begun_on` gives the first session of an earlier episode that
/// began on a day, if one did.
pub fn trace_run(
    register: &RegisterReads,
    school: &School,
    upn: &str,
    seen: SessionDate,
    episode_begun_on: impl Fn(NaiveDate) -> Result<Option<SessionDate>>,
) -> Result<Run> {
    let unexplained = |at: SessionDate| -> Result<Option<bool>> {
        Ok(register
            .entry(upn, at)?
            .filter(|e| e.mis.is_some())
            .map(|e| e.is_unexplained()))
    };
    let mut first = seen;
    if seen.session == Session::Pm
        && unexplained(SessionDate::new(seen.date, Session::Am))? == Some(true)
    {
        first = SessionDate::new(seen.date, Session::Am);
    }
    for _ in 0..TRACE_BACK_SCHOOL_DAYS {
        if first.session == Session::Pm {
            break;
        }
        let Some(previous) = school.calendar.previous_school_day(first.date) else {
            break;
        };
        let am = unexplained(SessionDate::new(previous, Session::Am))?;
        let pm = unexplained(SessionDate::new(previous, Session::Pm))?;
        let earlier = match (am, pm) {
            (Some(true), Some(true) | None) => SessionDate::new(previous, Session::Am),
            (Some(false) | None, Some(true)) => SessionDate::new(previous, Session::Pm),
            _ => break,
        };
        // Asked only of a day the run would reach: the register's two
        // entries are cheaper to read than the pupil's episodes.
        if let Some(episode_first) = episode_begun_on(previous)? {
            return Ok(Run {
                first,
                earlier_episode: Some(episode_first),
            });
        }
        first = earlier;
    }
    Ok(Run {
        first,
        earlier_episode: None,
    })
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use crate::calendar::{Calendar, Term};
    use crate::domain::{Mark, Phase, Provenance, fernhill_day};
    use crate::register::{RegisterBook, Source};
    use crate::store::Store;

    fn school() -> School {
        let term = Term {
            name: "Autumn".into(),
            first_day: "2026-09-03".parse().unwrap(),
            last_day: "2026-12-18".parse().unwrap(),
        };
        School {
            id: "fernhill".into(),
            name: "Fernhill".into(),
            phase: Phase::Primary,
            tz: chrono_tz::Europe::London,
            times: fernhill_day(),
            calendar: Calendar::new(vec![term], vec![]),
        }
    }

    fn at(date: &str, session: Session) -> SessionDate {
        SessionDate::new(date.parse().unwrap(), session)
    }

    /// The MIS's register for one pupil: `N` on the days given, in
    /// otherwise.
    fn register(book: &RegisterBook, days: &[(&str, &str)]) {
        for (date, code) in days {
            for session in Session::BOTH {
                let mark = Mark {
                    school: "fernhill".into(),
                    upn: "A1".into(),
                    session: at(date, session),
                    code: Some(code.parse().unwrap()),
                    arrival: None,
                    provenance: Provenance::Mis,
                    recorded_at: "2026-11-23T09:20:00+00:00".parse().unwrap(),
                };
                book.record(Source::Mis, mark, "register", "mis").unwrap();
            }
        }
    }

    #[test]
    fn a_trace_asks_about_earlier_episodes_only_for_days_the_absence_reaches() {
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        let school = school();
        // In on Monday 23rd, absent from Tuesday to Thursday.
        register(
            &book,
            &[
                ("2026-11-23", "/"),
                ("2026-11-24", "N"),
                ("2026-11-25", "N"),
                ("2026-11-26", "N"),
            ],
        );
        let asked = RefCell::new(Vec::new());
        let ask = |episode_day: Option<&'static str>| {
            let asked = &asked;
            move |day: NaiveDate| {
                asked.borrow_mut().push(day.to_string());
                Ok(episode_day
                    .filter(|d| *d == day.to_string())
                    .map(|_| SessionDate::new(day, Session::Am)))
            }
        };
        let seen = at("2026-11-26", Session::Pm);
        let reads = RegisterReads::new(&book, "fernhill");
        let run = trace_run(&reads, &school, "A1", seen, ask(None)).unwrap();
        assert_eq!(
            run,
            Run {
                first: at("2026-11-24", Session::Am),
                earlier_episode: None
            }
        );
        // Monday, when the pupil was in, is never asked about.
        assert_eq!(*asked.borrow(), ["2026-11-25", "2026-11-24"]);

        asked.borrow_mut().clear();
        let run = trace_run(&reads, &school, "A1", seen, ask(Some("2026-11-25"))).unwrap();
        assert_eq!(
            run,
            Run {
                first: at("2026-11-26", Session::Am),
                earlier_episode: Some(at("2026-11-25", Session::Am))
            }
        );
        assert_eq!(*asked.borrow(), ["2026-11-25"]);
    }
}
