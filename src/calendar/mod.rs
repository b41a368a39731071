//! Which days are school days.
//!
//! A school day is a Monday to Friday inside a term and outside every
//! closure (half terms, INSET days, bank holidays, planned closures). Terms
//! and closures come from the config, from an iCalendar term-dates file and
//! from the bank-holidays JSON that gov.uk publishes; they are merged here.

pub mod bank_holidays;
pub mod ics;
mod imports;
mod load;
mod windows_zones;

pub use imports::{CalendarImports, ImportedCalendar, read_calendar_file};
pub use load::{calendar_for, load_schools};

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A term: its first and last day, inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// Days inside a term when the school is closed, inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub why: String,
}

/// A school's calendar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    terms: Vec<Term>,
    closed: BTreeSet<NaiveDate>,
    closures: Vec<Closure>,
}

/// How far the school-day walks look before giving up: a calendar with no
/// term ahead has no next school day.
const SEARCH_LIMIT_DAYS: u64 = 400;

impl Calendar {
    pub fn new(terms: Vec<Term>, closures: Vec<Closure>) -> Self {
        let mut calendar = Calendar {
            terms: Vec::new(),
            closed: BTreeSet::new(),
            closures: Vec::new(),
        };
        for term in terms {
            calendar.add_term(term);
        }
        for closure in closures {
            calendar.add_closure(closure);
        }
        calendar
    }

    pub fn add_term(&mut self, term: Term) {
        if !self.terms.contains(&term) {
            self.terms.push(term);
            self.terms.sort_by_key(|t| t.first_day);
        }
    }

    pub fn add_closure(&mut self, closure: Closure) {
        if self.closures.contains(&closure) {
            return;
        }
        let mut day = closure.from;
        while day <= closure.to {
            self.closed.insert(day);
            day = day + Days::new(1);
        }
        self.closures.push(closure);
        self.closures.sort_by_key(|c| c.from);
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    pub fn closures(&self) -> &[Closure] {
        &self.closures
    }

    /// The term a date falls in, if any.
    /// The first term to start after `date`.
    pub fn term_after(&self, date: NaiveDate) -> Option<&Term> {
        self.terms
            .iter()
            .filter(|t| t.first_day > date)
            .min_by_key(|t| t.first_day)
    }

    pub fn term_of(&self, date: NaiveDate) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.first_day <= date && date <= t.last_day)
    }

    /// The closure that shuts the school on a date, if any.
    pub fn closure_on(&self, date: NaiveDate) -> Option<&Closure> {
        self.closures
            .iter()
            .find(|c| c.from <= date && date <= c.to)
    }

    pub fn is_school_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
            && self.term_of(date).is_some()
            && !self.closed.contains(&date)
    }

    /// The first school day strictly after `date`.
    pub fn next_school_day(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.walk(date, 1)
    }

    /// The last school day strictly before `date`.
    pub fn previous_school_day(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.walk(date, -1)
    }

    /// `date` itself if it is a school day, else the next one.
    pub fn school_day_on_or_after(&self, date: NaiveDate) -> Option<NaiveDate> {
        if self.is_school_day(date) {
            Some(date)
        } else {
            self.next_school_day(date)
        }
    }

    /// The `n`-th school day after `date` (`n = 0` is `date` itself when it
    /// is a school day, else the next school day).
    pub fn nth_school_day_after(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut day = self.school_day_on_or_after(date)?;
        for _ in 0..n {
            day = self.next_school_day(day)?;
        }
        Some(day)
    }

    /// The school days from `from` to `to`, both inclusive.
    pub fn school_days_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        from.iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| self.is_school_day(*d))
            .collect()
    }

    /// How many school days lie from `from` to `to`, both inclusive.
    pub fn count_school_days(&self, from: NaiveDate, to: NaiveDate) -> usize {
        self.school_days_between(from, to).len()
    }

    fn walk(&self, date: NaiveDate, step: i8) -> Option<NaiveDate> {
        let mut day = date;
        for _ in 0..SEARCH_LIMIT_DAYS {
            day = if step > 0 {
                day.succ_opt()?
            } else {
                day.pred_opt()?
            };
            if self.is_school_day(day) {
                return Some(day);
            }
        }
        None
    }
}

/// Calendars the unit tests across the crate share.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Calendar, Closure, Term};

    fn d(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    /// Autumn 2026 with its October half term, and spring 2027.
    pub(crate) fn autumn_and_spring_2026_27() -> Calendar {
        Calendar::new(
            vec![
                Term {
                    name: "Autumn".into(),
                    first_day: d("2026-09-03"),
                    last_day: d("2026-12-18"),
                },
                Term {
                    name: "Spring".into(),
                    first_day: d("2027-01-05"),
                    last_day: d("2027-03-25"),
                },
            ],
            vec![Closure {
                from: d("2026-10-26"),
                to: d("2026-10-30"),
                why: "half term".into(),
            }],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Fernhill's calendar from the parsing corpus.
    fn fernhill() -> Calendar {
        Calendar::new(
            vec![
                Term {
                    name: "Autumn".into(),
                    first_day: d("2026-09-03"),
                    last_day: d("2026-12-18"),
                },
                Term {
                    name: "Spring".into(),
                    first_day: d("2027-01-05"),
                    last_day: d("2027-03-25"),
                },
            ],
            vec![
                Closure {
                    from: d("2026-10-26"),
                    to: d("2026-10-30"),
                    why: "half term".into(),
                },
                Closure {
                    from: d("2026-11-27"),
                    to: d("2026-11-27"),
                    why: "INSET day".into(),
                },
            ],
        )
    }

    #[test]
    fn weekends_closures_and_holidays_are_not_school_days() {
        let cal = fernhill();
        assert!(cal.is_school_day(d("2026-11-23")));
        assert!(!cal.is_school_day(d("2026-11-21")), "Saturday");
        assert!(!cal.is_school_day(d("2026-11-27")), "INSET day");
        assert!(!cal.is_school_day(d("2026-10-28")), "half term");
        assert!(!cal.is_school_day(d("2026-12-21")), "Christmas holiday");
        assert!(!cal.is_school_day(d("2026-09-02")), "before term");
        assert_eq!(cal.closure_on(d("2026-11-27")).unwrap().why, "INSET day");
    }

    #[test]
    fn next_and_previous_skip_closures() {
        let cal = fernhill();
        assert_eq!(cal.next_school_day(d("2026-11-26")), Some(d("2026-11-30")));
        assert_eq!(
            cal.previous_school_day(d("2026-11-30")),
            Some(d("2026-11-26"))
        );
        assert_eq!(cal.next_school_day(d("2026-10-23")), Some(d("2026-11-02")));
        assert_eq!(cal.next_school_day(d("2026-12-18")), Some(d("2027-01-05")));
        assert_eq!(cal.previous_school_day(d("2026-09-03")), None);
        assert_eq!(cal.next_school_day(d("2027-03-25")), None);
    }

    #[test]
    fn counting_school_days() {
        let cal = fernhill();
        assert_eq!(
            cal.nth_school_day_after(d("2026-11-25"), 0),
            Some(d("2026-11-25"))
        );
        assert_eq!(
            cal.nth_school_day_after(d("2026-11-25"), 2),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            cal.nth_school_day_after(d("2026-11-27"), 0),
            Some(d("2026-11-30"))
        );
        assert_eq!(cal.count_school_days(d("2026-11-23"), d("2026-11-30")), 5);
        assert_eq!(
            cal.school_days_between(d("2026-10-22"), d("2026-11-03")),
            vec![
                d("2026-10-22"),
                d("2026-10-23"),
                d("2026-11-02"),
                d("2026-11-03")
            ]
        );
        assert!(
            cal.school_days_between(d("2026-11-30"), d("2026-11-23"))
                .is_empty()
        );
    }

    #[test]
    fn merging_the_same_closure_twice_changes_nothing() {
        let mut cal = fernhill();
        let before = cal.clone();
        cal.add_closure(Closure {
            from: d("2026-11-27"),
            to: d("2026-11-27"),
            why: "INSET day".into(),
        });
        assert_eq!(cal, before);
    }
}
