//! The threshold watch: the statutory and policy lines a pupil's register
//! can cross, each found with the day it was crossed and the date that
//! names its episode (the once key's date, so an alert goes once).
//!
//! The lines are the school's [`Thresholds`], whose defaults are the
//! national ones since August 2024: an `N` resolved within 5 school days;
//! 10 sessions of unauthorised absence in 10 school weeks meet the penalty
//! threshold (see [`super::penalty`]), with an early warning the school
//! sets. The local authority's cases are not lines here but draft returns
//! ([`crate::la_notices`]), so each is raised one way only. From the
//! seed policies: a holiday of 6+ sessions without consent (Banks Lane);
//! three lates in a week (Sevenoaks) and 10 late sessions in a term
//! (Burbage); persistent (10%) and severe (50%) absence (DfE).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::figures::week_of;
use super::penalty::{self, PenaltyDays, PupilYears};
use super::rules::Thresholds;
use crate::calendar::Calendar;
use crate::domain::{Code, Slot, YearCodes, academic_year_start};

/// A line a pupil's register can cross. The text form is the alert kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThresholdKind {
    NCodeDue,
    PenaltyApproaching,
    PenaltyThreshold,
    Holiday6Sessions,
    Late3InWeek,
    Late10Term,
    PersistentAbsence,
    SevereAbsence,
}

impl ThresholdKind {
    pub const ALL: [ThresholdKind; 8] = [
        ThresholdKind::NCodeDue,
        ThresholdKind::PenaltyApproaching,
        ThresholdKind::PenaltyThreshold,
        ThresholdKind::Holiday6Sessions,
        ThresholdKind::Late3InWeek,
        ThresholdKind::Late10Term,
        ThresholdKind::PersistentAbsence,
        ThresholdKind::SevereAbsence,
    ];

    /// The alert kind, as the timeline and once keys write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ThresholdKind::NCodeDue => "n_code_due",
            ThresholdKind::PenaltyApproaching => "penalty_approaching",
            ThresholdKind::PenaltyThreshold => "penalty_threshold",
            ThresholdKind::Holiday6Sessions => "holiday_6_sessions",
            ThresholdKind::Late3InWeek => "late_3_in_week",
            ThresholdKind::Late10Term => "late_10_term",
            ThresholdKind::PersistentAbsence => "persistent_absence",
            ThresholdKind::SevereAbsence => "severe_absence",
        }
    }

    /// The line, in a few words.
    pub fn title(self) -> &'static str {
        match self {
            ThresholdKind::NCodeDue => "N code unresolved for 5 school days",
            ThresholdKind::PenaltyApproaching => {
                "approaching the penalty threshold (unauthorised sessions in the rolling school weeks)"
            }
            ThresholdKind::PenaltyThreshold => {
                "the penalty threshold (unauthorised sessions in the rolling school weeks)"
            }
            ThresholdKind::Holiday6Sessions => "holiday without consent, 6+ sessions",
            ThresholdKind::Late3InWeek => "3 lates in a week",
            ThresholdKind::Late10Term => "10 late sessions this term",
            ThresholdKind::PersistentAbsence => "persistent absence (10%+)",
            ThresholdKind::SevereAbsence => "severe absence (50%+)",
        }
    }

    /// What the policies say happens next.
    pub fn action(self) -> &'static str {
        match self {
            ThresholdKind::NCodeDue => "The N must now become O unless a reason is established.",
            ThresholdKind::PenaltyApproaching => {
                "Meet the family and agree support before the penalty threshold is reached."
            }
            ThresholdKind::PenaltyThreshold => {
                "The national threshold for a penalty notice is met: consider a notice to each parent."
            }
            ThresholdKind::Holiday6Sessions => "Consider an education penalty notice.",
            ThresholdKind::Late3InWeek => "Contact the family about punctuality.",
            ThresholdKind::Late10Term => "Persistent lateness: pastoral follow-up.",
            ThresholdKind::PersistentAbsence => "Follow the persistent absence procedure.",
            ThresholdKind::SevereAbsence => {
                "Severe absence: agree support with the local authority."
            }
        }
    }
}

impl std::fmt::Display for ThresholdKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A line crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Crossing {
    pub kind: ThresholdKind,
    /// The first day of the absence episode, week, term or year the
    /// crossing belongs to: the date in its once key.
    pub since: NaiveDate,
    /// The day the line was crossed.
    pub crossed_on: NaiveDate,
    /// The count that crossed it (sessions, or days unresolved for
    /// `n_code_due`).
    pub count: u32,
}

/// The watch over one school's year up to one day; build it once and ask
/// it about each pupil.
#[derive(Debug, Clone)]
pub struct Watch<'a> {
    calendar: &'a Calendar,
    rules: &'a Thresholds,
    today: NaiveDate,
    year_start: NaiveDate,
    /// School days of the year up to `today`, in order.
    school_days: Vec<NaiveDate>,
    /// School days the penalty window can reach, from last year's start.
    penalty_days: PenaltyDays,
    /// Persistent and severe absence are only judged once this many
    /// sessions were possible, so one day off in September is not "50%".
    rate_after_sessions: u32,
}

impl<'a> Watch<'a> {
    pub fn new(
        calendar: &'a Calendar,
        rules: &'a Thresholds,
        today: NaiveDate,
        rate_after_sessions: u32,
    ) -> Watch<'a> {
        let year_start = academic_year_start(today);
        Watch {
            calendar,
            rules,
            today,
            year_start,
            school_days: calendar.school_days_between(year_start, today),
            penalty_days: PenaltyDays::new(calendar, today),
            rate_after_sessions,
        }
    }

    /// Every line the pupil has crossed this year up to today, in order of
    /// the day crossed. Last year's register, when kept, carries the
    /// penalty window back across the summer.
    pub fn crossings(&self, codes: &YearCodes, last_year: Option<&YearCodes>) -> Vec<Crossing> {
        let mut found = penalty::crossings(
            &self.penalty_days,
            self.rules,
            PupilYears {
                previous: last_year,
                current: codes,
            },
        );
        self.n_code_due(codes, &mut found);
        self.holiday(codes, &mut found);
        self.lates(codes, &mut found);
        self.rates(codes, &mut found);
        found.sort_by_key(|c| (c.crossed_on, c.kind));
        found
    }

    /// The first school day of the absence episode that `date` is in: the
    /// unbroken run of school days, ending on `date`, each with at least one
    /// unexplained or unauthorised session. `date` itself when it has none.
    /// The chase flows must name episodes the same way for their alerts'
    /// once keys to meet these.
    pub fn episode_start(&self, codes: &YearCodes, date: NaiveDate) -> NaiveDate {
        let Ok(mut i) = self.school_days.binary_search(&date) else {
            return date;
        };
        while i > 0 && has_unexplained(codes, self.school_days[i - 1]) {
            i -= 1;
        }
        self.school_days[i]
    }

    fn n_code_due(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut by_episode: BTreeMap<NaiveDate, NaiveDate> = BTreeMap::new();
        for (i, &day) in self.school_days.iter().enumerate() {
            let unresolved = codes
                .day(day)
                .iter()
                .any(|s| matches!(s, Slot::Unexplained | Slot::Code(Code::NoReasonYet)));
            let Some(&due) = self
                .school_days
                .get(i + self.rules.n_code_school_days as usize)
            else {
                break;
            };
            if unresolved {
                by_episode
                    .entry(self.episode_start(codes, day))
                    .or_insert(due);
            }
        }
        found.extend(by_episode.into_iter().map(|(since, crossed_on)| Crossing {
            kind: ThresholdKind::NCodeDue,
            since,
            crossed_on,
            count: self.rules.n_code_school_days,
        }));
    }

    fn holiday(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut run = 0;
        let mut run_start = self.year_start;
        for &day in &self.school_days {
            let g = codes
                .day(day)
                .iter()
                .filter(|s| **s == Slot::Code(Code::HolidayNotAgreed))
                .count() as u32;
            if g == 0 {
                run = 0;
                continue;
            }
            if run == 0 {
                run_start = day;
            }
            let line = self.rules.holiday_sessions;
            if run < line && run + g >= line {
                found.push(Crossing {
                    kind: ThresholdKind::Holiday6Sessions,
                    since: run_start,
                    crossed_on: day,
                    count: run + g,
                });
            }
            run += g;
        }
    }

    fn lates(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut by_week: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        let mut by_term: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for (session, slot) in codes.between(self.year_start, self.today) {
            if !slot.counted_code().is_some_and(Code::is_late) {
                continue;
            }
            let week = week_of(session.date);
            let in_week = by_week.entry(week).or_default();
            *in_week += 1;
            if *in_week == self.rules.lates_in_week {
                found.push(Crossing {
                    kind: ThresholdKind::Late3InWeek,
                    since: week,
                    crossed_on: session.date,
                    count: *in_week,
                });
            }
            if let Some(term) = self.calendar.term_of(session.date) {
                let in_term = by_term.entry(term.first_day).or_default();
                *in_term += 1;
                if *in_term == self.rules.lates_in_term {
                    found.push(Crossing {
                        kind: ThresholdKind::Late10Term,
                        since: term.first_day,
                        crossed_on: session.date,
                        count: *in_term,
                    });
                }
            }
        }
    }

    /// Persistent and severe absence: the first day this year the year to
    /// date reaches each band, once enough sessions were possible.
    fn rates(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut possible = 0u32;
        let mut absences = 0u32;
        let mut persistent = false;
        let mut severe = false;
        let mut sessions = codes.between(self.year_start, self.today).peekable();
        while let Some((session, slot)) = sessions.next() {
            if let Some(code) = slot.counted_code() {
                possible += u32::from(code.is_possible_session());
                absences += u32::from(code.is_absence());
            }
            let day_ends = sessions
                .peek()
                .is_none_or(|(next, _)| next.date != session.date);
            if !day_ends || possible < self.rate_after_sessions.max(1) {
                continue;
            }
            for (band, reached, kind) in [
                (
                    &mut persistent,
                    absences * 10 >= possible,
                    ThresholdKind::PersistentAbsence,
                ),
                (
                    &mut severe,
                    absences * 2 >= possible,
                    ThresholdKind::SevereAbsence,
                ),
            ] {
                if reached && !*band {
                    *band = true;
                    found.push(Crossing {
                        kind,
                        since: self.year_start,
                        crossed_on: session.date,
                        count: absences,
                    });
                }
            }
        }
    }
}

/// A day with at least one session unexplained or unauthorised.
pub(crate) fn has_unexplained(codes: &YearCodes, day: NaiveDate) -> bool {
    any_unexplained(&codes.day(day))
}

fn any_unexplained(slots: &[Slot; 2]) -> bool {
    slots.iter().any(|s| s.is_unexplained_or_unauthorised())
}

/// A day the pupil was missing: at least one session unexplained or
/// unauthorised, and every other possible session too.
pub(crate) fn is_missing_day(codes: &YearCodes, day: NaiveDate) -> bool {
    let slots = codes.day(day);
    any_unexplained(&slots)
        && slots.iter().all(|s| {
            s.is_unexplained_or_unauthorised()
                || s.counted_code().is_none_or(|c| !c.is_possible_session())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Session, SessionDate};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn calendar() -> Calendar {
        crate::calendar::fixtures::autumn_and_spring_2026_27()
    }

    /// A pupil present every session up to `to`, with `marks` over it.
    fn year(to: &str, marks: &[(&str, Session, &str)]) -> YearCodes {
        let calendar = calendar();
        let mut codes = YearCodes::new(d("2026-08-01"));
        for day in calendar.school_days_between(d("2026-08-01"), d(to)) {
            codes.set(
                SessionDate::new(day, Session::Am),
                Slot::Code(Code::PresentAm),
            );
            codes.set(
                SessionDate::new(day, Session::Pm),
                Slot::Code(Code::PresentPm),
            );
        }
        for (date, session, code) in marks {
            let slot = if code.is_empty() {
                Slot::Unexplained
            } else {
                Slot::Code(code.parse().unwrap())
            };
            codes.set(SessionDate::new(d(date), *session), slot);
        }
        codes
    }

    /// Both sessions of each school day from `from`, `days` of them.
    fn days_of(
        from: &str,
        days: usize,
        code: &'static str,
    ) -> Vec<(String, Session, &'static str)> {
        calendar()
            .school_days_between(d(from), d("2026-12-18"))
            .into_iter()
            .take(days)
            .flat_map(|day| Session::BOTH.map(|s| (day.to_string(), s, code)))
            .collect()
    }

    fn crossings(today: &str, marks: &[(String, Session, &str)]) -> Vec<Crossing> {
        let marks: Vec<(&str, Session, &str)> =
            marks.iter().map(|(d, s, c)| (d.as_str(), *s, *c)).collect();
        let calendar = calendar();
        let rules = Thresholds::default();
        Watch::new(&calendar, &rules, d(today), 20).crossings(&year(today, &marks), None)
    }

    fn kinds(found: &[Crossing], kind: ThresholdKind) -> Vec<(NaiveDate, NaiveDate, u32)> {
        found
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| (c.since, c.crossed_on, c.count))
            .collect()
    }

    fn one(date: &str, session: Session, code: &'static str) -> (String, Session, &'static str) {
        (date.to_string(), session, code)
    }

    #[test]
    fn an_n_is_due_on_the_fifth_school_day_after() {
        let marks = [one("2026-11-02", Session::Am, "N")];
        assert!(kinds(&crossings("2026-11-06", &marks), ThresholdKind::NCodeDue).is_empty());
        assert_eq!(
            kinds(&crossings("2026-11-09", &marks), ThresholdKind::NCodeDue),
            [(d("2026-11-02"), d("2026-11-09"), 5)]
        );
        let resolved = [one("2026-11-02", Session::Am, "O")];
        assert!(kinds(&crossings("2026-11-09", &resolved), ThresholdKind::NCodeDue).is_empty());
        // A blank mark is as unresolved as an N; the half term is not counted.
        let blank = [one("2026-10-21", Session::Pm, "")];
        assert!(kinds(&crossings("2026-11-03", &blank), ThresholdKind::NCodeDue).is_empty());
        assert_eq!(
            kinds(&crossings("2026-11-04", &blank), ThresholdKind::NCodeDue),
            [(d("2026-10-21"), d("2026-11-04"), 5)]
        );
    }

    #[test]
    fn a_holiday_without_consent_of_six_sessions() {
        let mut five = days_of("2026-11-02", 2, "G");
        five.push(one("2026-11-04", Session::Am, "G"));
        assert!(
            kinds(
                &crossings("2026-11-06", &five),
                ThresholdKind::Holiday6Sessions
            )
            .is_empty()
        );
        five.push(one("2026-11-04", Session::Pm, "G"));
        assert_eq!(
            kinds(
                &crossings("2026-11-06", &five),
                ThresholdKind::Holiday6Sessions
            ),
            [(d("2026-11-02"), d("2026-11-04"), 6)]
        );
    }

    #[test]
    fn three_lates_in_a_week_and_ten_in_a_term() {
        let two = [
            one("2026-11-02", Session::Am, "L"),
            one("2026-11-04", Session::Am, "U"),
        ];
        assert!(kinds(&crossings("2026-11-06", &two), ThresholdKind::Late3InWeek).is_empty());
        let mut three = two.to_vec();
        three.push(one("2026-11-06", Session::Am, "L"));
        assert_eq!(
            kinds(&crossings("2026-11-06", &three), ThresholdKind::Late3InWeek),
            [(d("2026-11-02"), d("2026-11-06"), 3)]
        );
        // Two a week, Monday and Thursday, never three in one week.
        let mondays: Vec<_> = ["09-07", "09-14", "09-21", "09-28", "10-05"]
            .iter()
            .flat_map(|md| {
                let monday = d(&format!("2026-{md}"));
                [monday, monday + chrono::Days::new(3)]
            })
            .map(|day| (day.to_string(), Session::Am, "L"))
            .collect();
        let found = crossings("2026-10-09", &mondays[..9]);
        assert!(kinds(&found, ThresholdKind::Late10Term).is_empty());
        assert!(kinds(&found, ThresholdKind::Late3InWeek).is_empty());
        assert_eq!(
            kinds(
                &crossings("2026-10-09", &mondays),
                ThresholdKind::Late10Term
            ),
            [(d("2026-09-03"), d("2026-10-08"), 10)]
        );
    }

    #[test]
    fn persistent_and_severe_absence_are_crossed_once_judged() {
        // 3 September to 30 September: 20 school days, 40 sessions.
        let mut four = days_of("2026-09-29", 2, "I");
        assert_eq!(
            kinds(
                &crossings("2026-09-30", &four),
                ThresholdKind::PersistentAbsence
            ),
            [(d("2026-08-01"), d("2026-09-30"), 4)]
        );
        four.pop();
        assert!(
            kinds(
                &crossings("2026-09-30", &four),
                ThresholdKind::PersistentAbsence
            )
            .is_empty()
        );

        let mut half = days_of("2026-09-17", 10, "O");
        assert_eq!(
            kinds(
                &crossings("2026-09-30", &half),
                ThresholdKind::SevereAbsence
            ),
            [(d("2026-08-01"), d("2026-09-30"), 20)]
        );
        half.pop();
        assert!(
            kinds(
                &crossings("2026-09-30", &half),
                ThresholdKind::SevereAbsence
            )
            .is_empty()
        );

        // One day off on the first day is not judged: too few sessions.
        let first_day = days_of("2026-09-03", 1, "I");
        assert!(crossings("2026-09-03", &first_day).is_empty());
    }

    #[test]
    fn an_episode_runs_back_over_unexplained_days_only() {
        let calendar = calendar();
        let rules = Thresholds::default();
        let watch = Watch::new(&calendar, &rules, d("2026-11-10"), 20);
        let codes = year(
            "2026-11-10",
            &[
                ("2026-11-05", Session::Am, "I"),
                ("2026-11-06", Session::Pm, "N"),
                ("2026-11-09", Session::Am, "O"),
                ("2026-11-10", Session::Am, "N"),
            ],
        );
        assert_eq!(
            watch.episode_start(&codes, d("2026-11-10")),
            d("2026-11-06")
        );
        assert_eq!(
            watch.episode_start(&codes, d("2026-11-05")),
            d("2026-11-05")
        );
    }
}
