//! The national penalty framework: sessions of unauthorised absence (`G`,
//! `N`, `O`, `U`, any mix) counted over a rolling window of school weeks,
//! and the notices already issued, which decide the next step.
//!
//! A school week is any week (Monday to Sunday) with at least one school
//! day; weeks with none, the holidays, are skipped, so the window runs
//! across Christmas and across the summer into a new school year. Weeks of
//! last year count only as far as the calendar knows last year's terms.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::figures::week_of;
use super::rules::{PENALTY_NOTICE_YEARS, PENALTY_NOTICES_MAX, Thresholds};
use super::thresholds::{Crossing, ThresholdKind};
use crate::calendar::Calendar;
use crate::domain::{Category, Upn, YearCodes, academic_year_start};

/// A pupil's register for this academic year and, when kept, the last.
#[derive(Debug, Clone, Copy)]
pub struct PupilYears<'a> {
    pub previous: Option<&'a YearCodes>,
    pub current: &'a YearCodes,
}

impl PupilYears<'_> {
    /// Sessions of unauthorised absence on a day.
    fn unauthorised_on(&self, date: NaiveDate) -> u32 {
        let year = if date >= self.current.start() {
            Some(self.current)
        } else {
            self.previous
        };
        year.map_or(0, |codes| {
            codes
                .day(date)
                .iter()
                .filter(|slot| {
                    slot.counted_code()
                        .is_some_and(|code| code.category() == Category::Unauthorised)
                })
                .count() as u32
        })
    }

    /// The first day either year covers.
    fn first_day(&self) -> NaiveDate {
        self.previous.unwrap_or(self.current).start()
    }
}

/// The penalty count on one school day: the sessions in the window of
/// school weeks that ends with that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowCount {
    pub date: NaiveDate,
    /// The Monday of the window's first school week.
    pub opens: NaiveDate,
    pub sessions: u32,
}

/// The school days a penalty window can reach back over on one day: from
/// the start of the academic year before that day's up to the day. Found
/// once per school and day and shared by every pupil's count, since
/// walking the calendar for each pupil cost more than the count itself.
#[derive(Debug, Clone)]
pub struct PenaltyDays {
    days: Vec<NaiveDate>,
    /// The Monday of each school week the days fall in, in order.
    weeks: Vec<NaiveDate>,
    /// Which of `weeks` each day is in.
    week_of_day: Vec<usize>,
}

impl PenaltyDays {
    pub fn new(calendar: &Calendar, today: NaiveDate) -> PenaltyDays {
        let last_year = academic_year_start(academic_year_start(today) - Days::new(1));
        let days = calendar.school_days_between(last_year, today);
        let mut weeks: Vec<NaiveDate> = Vec::new();
        let mut week_of_day = Vec::with_capacity(days.len());
        for &day in &days {
            let monday = week_of(day);
            if weeks.last() != Some(&monday) {
                weeks.push(monday);
            }
            week_of_day.push(weeks.len() - 1);
        }
        PenaltyDays {
            days,
            weeks,
            week_of_day,
        }
    }

    /// Where the days from the first day `years` covers (this year's or
    /// the last's, no earlier) begin.
    fn first_of(&self, years: PupilYears<'_>) -> usize {
        let first = years.first_day();
        self.days.partition_point(|day| *day < first)
    }
}

/// The count at the end of every school day from the start of the
/// previous year (or this one) up to the day `days` end with, oldest
/// first.
pub fn window_counts(
    days: &PenaltyDays,
    rules: &Thresholds,
    years: PupilYears<'_>,
) -> Vec<WindowCount> {
    let start = days.first_of(years);
    let window = rules.penalty_window_school_weeks.max(1) as usize;
    // The window reaches back no further than the first week either year
    // covers.
    let first_week_covered = days.week_of_day.get(start).copied().unwrap_or(0);
    let per_day: Vec<u32> = days.days[start..]
        .iter()
        .map(|d| years.unauthorised_on(*d))
        .collect();
    let mut counts = Vec::with_capacity(per_day.len());
    let mut first = start;
    let mut sessions = 0;
    for (i, &day) in days.days.iter().enumerate().skip(start) {
        let first_week = days.week_of_day[i]
            .saturating_sub(window - 1)
            .max(first_week_covered);
        while days.week_of_day[first] < first_week {
            sessions -= per_day[first - start];
            first += 1;
        }
        sessions += per_day[i - start];
        counts.push(WindowCount {
            date: day,
            opens: days.weeks[first_week],
            sessions,
        });
    }
    counts
}

/// The days this academic year the count reached the early warning and
/// the threshold, each from below: a count that falls back as the window
/// moves on and rises again is a new crossing, named by its window.
pub fn crossings(days: &PenaltyDays, rules: &Thresholds, years: PupilYears<'_>) -> Vec<Crossing> {
    let lines = [
        (
            rules.penalty_approaching_sessions,
            ThresholdKind::PenaltyApproaching,
        ),
        (rules.penalty_sessions, ThresholdKind::PenaltyThreshold),
    ];
    let mut found = Vec::new();
    let mut before = 0;
    for count in window_counts(days, rules, years) {
        for (line, kind) in lines {
            if before < line && count.sessions >= line && count.date >= years.current.start() {
                found.push(Crossing {
                    kind,
                    since: count.opens,
                    crossed_on: count.date,
                    count: count.sessions,
                });
            }
        }
        before = count.sessions;
    }
    found
}

/// A parent as staff name them on a notice: a contact's name as the roster
/// holds it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParentName(String);

impl ParentName {
    /// Refuses an empty name; surrounding spaces are dropped.
    pub fn new(name: &str) -> Result<ParentName, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("a notice names the parent it was issued to".into());
        }
        Ok(ParentName(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same person, whatever the case of the letters.
    pub fn is(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other.trim())
    }
}

impl std::fmt::Display for ParentName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A penalty notice the school issued, as staff record it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PenaltyNotice {
    pub school: String,
    pub upn: Upn,
    pub parent: ParentName,
    pub issued_on: NaiveDate,
    /// The member of staff who recorded it.
    pub recorded_by: String,
}

/// What the framework allows next for one parent of one child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    FirstNotice,
    /// A second notice within three years is at the higher rate.
    SecondNotice,
    /// Two notices in three years: no more; the local authority decides
    /// what else to do (a prosecution, a parenting order…).
    ReferToLa,
}

impl NextStep {
    pub fn describe(self) -> &'static str {
        match self {
            NextStep::FirstNotice => "a first penalty notice may be issued",
            NextStep::SecondNotice => "a second penalty notice, at the higher rate",
            NextStep::ReferToLa => {
                "two notices in 3 years already: refer to the local authority, no further notice"
            }
        }
    }
}

/// Each parent's next step for one pupil from the notices recorded for
/// that pupil; parents with none are a first notice, told once for all.
pub fn next_steps(notices: &[PenaltyNotice], today: NaiveDate) -> Vec<(ParentName, NextStep)> {
    let since = today
        .checked_sub_months(Months::new(12 * PENALTY_NOTICE_YEARS))
        .unwrap_or(NaiveDate::MIN);
    let mut parents: Vec<(ParentName, usize)> = Vec::new();
    for notice in notices {
        if notice.issued_on <= since || notice.issued_on > today {
            continue;
        }
        match parents.iter_mut().find(|(p, _)| *p == notice.parent) {
            Some((_, n)) => *n += 1,
            None => parents.push((notice.parent.clone(), 1)),
        }
    }
    parents
        .into_iter()
        .map(|(parent, n)| {
            let step = if n >= PENALTY_NOTICES_MAX {
                NextStep::ReferToLa
            } else {
                NextStep::SecondNotice
            };
            (parent, step)
        })
        .collect()
}

/// The alert's "what next" for a pupil at the threshold.
pub fn next_step_text(notices: &[PenaltyNotice], today: NaiveDate) -> String {
    let steps = next_steps(notices, today);
    if steps.is_empty() {
        return format!("Next step: {}.", NextStep::FirstNotice.describe());
    }
    let each: Vec<String> = steps
        .iter()
        .map(|(parent, step)| format!("{parent}: {}", step.describe()))
        .collect();
    format!(
        "Next step, by parent — {}; any other parent: {}.",
        each.join("; "),
        NextStep::FirstNotice.describe()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Term;
    use crate::domain::{Code, Session, SessionDate, Slot};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Summer term 2026, autumn 2026 and spring 2027, with their holidays
    /// as the gaps between terms.
    fn calendar() -> Calendar {
        let term = |name: &str, from: &str, to: &str| Term {
            name: name.into(),
            first_day: d(from),
            last_day: d(to),
        };
        Calendar::new(
            vec![
                term("Summer", "2026-04-13", "2026-07-22"),
                term("Autumn", "2026-09-03", "2026-12-18"),
                term("Spring", "2027-01-05", "2027-03-25"),
            ],
            vec![],
        )
    }

    fn year_of(start: NaiveDate, marks: &[(SessionDate, Code)]) -> YearCodes {
        let mut codes = YearCodes::new(start);
        for (session, code) in marks {
            codes.set(*session, Slot::Code(*code));
        }
        codes
    }

    /// `sessions` unauthorised sessions, both sessions of each school day
    /// from `from` (an odd count ends on a morning).
    fn unauthorised(from: &str, sessions: usize, code: Code) -> Vec<(String, Session, Code)> {
        calendar()
            .school_days_between(d(from), d("2027-03-25"))
            .into_iter()
            .flat_map(|day| Session::BOTH.map(|s| (day.to_string(), s, code)))
            .take(sessions)
            .collect()
    }

    fn penalty(
        today: &str,
        previous: &[(String, Session, Code)],
        current: &[(String, Session, Code)],
    ) -> Vec<(ThresholdKind, NaiveDate, NaiveDate, u32)> {
        let start = crate::domain::academic_year_start(d(today));
        let previous_start = crate::domain::academic_year_start(start - chrono::Days::new(1));
        let marks = |marks: &[(String, Session, Code)]| -> Vec<(SessionDate, Code)> {
            marks
                .iter()
                .map(|(date, session, code)| (SessionDate::new(d(date), *session), *code))
                .collect()
        };
        let previous = year_of(previous_start, &marks(previous));
        let current = year_of(start, &marks(current));
        crossings(
            &PenaltyDays::new(&calendar(), d(today)),
            &Thresholds::default(),
            PupilYears {
                previous: Some(&previous),
                current: &current,
            },
        )
        .into_iter()
        .map(|c| (c.kind, c.since, c.crossed_on, c.count))
        .collect()
    }

    use ThresholdKind::{PenaltyApproaching as Approaching, PenaltyThreshold as Threshold};

    #[test]
    fn nine_sessions_warn_ten_and_eleven_cross_once() {
        // Monday 2 November on: days of O, the fifth morning the ninth session.
        let nine = unauthorised("2026-11-02", 9, Code::UnauthorisedOther);
        assert_eq!(
            penalty("2026-11-06", &[], &nine),
            [(Approaching, d("2026-08-31"), d("2026-11-05"), 8)]
        );
        let ten = unauthorised("2026-11-02", 10, Code::UnauthorisedOther);
        assert_eq!(
            penalty("2026-11-06", &[], &ten),
            [
                (Approaching, d("2026-08-31"), d("2026-11-05"), 8),
                (Threshold, d("2026-08-31"), d("2026-11-06"), 10),
            ]
        );
        let eleven = unauthorised("2026-11-02", 11, Code::UnauthorisedOther);
        assert_eq!(
            penalty("2026-11-09", &[], &eleven),
            penalty("2026-11-09", &[], &ten),
            "the eleventh session is no new crossing"
        );
    }

    #[test]
    fn any_mix_of_g_n_o_u_counts_and_nothing_else_does() {
        let mut mixed = unauthorised("2026-11-02", 4, Code::HolidayNotAgreed);
        mixed.extend(unauthorised("2026-11-04", 2, Code::NoReasonYet));
        mixed.extend(unauthorised("2026-11-05", 2, Code::LateAfterClose));
        mixed.extend(unauthorised("2026-11-06", 2, Code::UnauthorisedOther));
        assert_eq!(
            penalty("2026-11-06", &[], &mixed).last(),
            Some(&(Threshold, d("2026-08-31"), d("2026-11-06"), 10))
        );
        let mut with_illness = mixed.clone();
        with_illness.truncate(9);
        with_illness.extend(unauthorised("2026-11-06", 2, Code::Illness));
        assert!(
            penalty("2026-11-06", &[], &with_illness)
                .iter()
                .all(|c| c.0 == Approaching)
        );
    }

    #[test]
    fn the_window_is_ten_school_weeks_across_christmas() {
        // School weeks back from the week of 18 January: 18, 11 and 4
        // January, 14 and 7 December, 30, 23, 16, 9 and 2 November. The
        // Christmas weeks (21 and 28 December) have no school day, so
        // 2 November is the tenth school week and 26 October the eleventh.
        let mut marks = unauthorised("2026-10-26", 5, Code::UnauthorisedOther);
        marks.extend(unauthorised("2027-01-18", 5, Code::UnauthorisedOther));
        assert!(
            penalty("2027-01-22", &[], &marks)
                .iter()
                .all(|c| c.2 < d("2027-01-18")),
            "26 October has left the window by 18 January"
        );
        let mut marks = unauthorised("2026-11-02", 5, Code::UnauthorisedOther);
        marks.extend(unauthorised("2027-01-18", 5, Code::UnauthorisedOther));
        assert_eq!(
            penalty("2027-01-22", &[], &marks),
            [
                (Approaching, d("2026-11-02"), d("2027-01-19"), 9),
                (Threshold, d("2026-11-02"), d("2027-01-20"), 10),
            ]
        );
    }

    #[test]
    fn the_window_runs_across_the_summer_into_a_new_school_year() {
        // Six sessions in July's last school week, four in September's
        // first: the weeks of 20 July and 31 August are school weeks next
        // to each other, and the window reaches back to 25 May.
        let july = unauthorised("2026-07-20", 6, Code::HolidayNotAgreed);
        let september = unauthorised("2026-09-03", 4, Code::UnauthorisedOther);
        assert_eq!(
            penalty("2026-09-04", &july, &september),
            [
                (Approaching, d("2026-05-25"), d("2026-09-03"), 8),
                (Threshold, d("2026-05-25"), d("2026-09-04"), 10),
            ]
        );
        // Without last year's register the count starts afresh.
        let current = year_of(d("2026-08-01"), &[]);
        let counted = window_counts(
            &PenaltyDays::new(&calendar(), d("2026-09-04")),
            &Thresholds::default(),
            PupilYears {
                previous: None,
                current: &current,
            },
        );
        assert_eq!(counted.first().map(|c| c.date), Some(d("2026-09-03")));
    }

    #[test]
    fn the_count_falls_as_the_window_moves_and_crossing_again_is_new() {
        // The window on 11 September reaches back into last summer term;
        // by 23 November, 11 school weeks on, the September sessions have
        // left it.
        let mut marks = unauthorised("2026-09-07", 10, Code::UnauthorisedOther);
        marks.extend(unauthorised("2026-11-23", 10, Code::UnauthorisedOther));
        let found = penalty("2026-11-27", &[], &marks);
        assert_eq!(
            found
                .iter()
                .filter(|c| c.0 == Threshold)
                .map(|c| (c.1, c.2))
                .collect::<Vec<_>>(),
            [
                (d("2026-06-01"), d("2026-09-11")),
                (d("2026-09-21"), d("2026-11-27")),
            ]
        );
    }

    fn notice(parent: &str, issued_on: &str) -> PenaltyNotice {
        PenaltyNotice {
            school: "fernhill".into(),
            upn: "A100".into(),
            parent: ParentName::new(parent).unwrap(),
            issued_on: d(issued_on),
            recorded_by: "office".into(),
        }
    }

    #[test]
    fn notices_one_two_and_three_name_the_next_step() {
        let today = d("2027-01-20");
        assert_eq!(
            next_step_text(&[], today),
            "Next step: a first penalty notice may be issued."
        );
        let one = [notice("Grace Okafor", "2026-02-02")];
        assert_eq!(
            next_steps(&one, today),
            [(
                ParentName::new("Grace Okafor").unwrap(),
                NextStep::SecondNotice
            )]
        );
        let two = [
            notice("Grace Okafor", "2026-02-02"),
            notice("Grace Okafor", "2026-11-09"),
        ];
        assert_eq!(next_steps(&two, today)[0].1, NextStep::ReferToLa);
        assert!(next_step_text(&two, today).contains("Grace Okafor: two notices in 3 years"));
        // A notice more than three years old no longer counts.
        let old = [
            notice("Grace Okafor", "2024-01-20"),
            notice("Grace Okafor", "2026-11-09"),
        ];
        assert_eq!(next_steps(&old, today)[0].1, NextStep::SecondNotice);
        let just_inside = [
            notice("Grace Okafor", "2024-01-21"),
            notice("Grace Okafor", "2026-11-09"),
        ];
        assert_eq!(next_steps(&just_inside, today)[0].1, NextStep::ReferToLa);
        // Each parent is counted on their own.
        let each = [
            notice("Grace Okafor", "2026-02-02"),
            notice("Sam Okafor", "2026-11-09"),
            notice("Sam Okafor", "2026-12-01"),
        ];
        let steps = next_steps(&each, today);
        assert_eq!(
            steps.iter().map(|(_, s)| *s).collect::<Vec<_>>(),
            [NextStep::SecondNotice, NextStep::ReferToLa]
        );
    }

    #[test]
    fn a_parent_name_is_required() {
        assert!(ParentName::new("  ").is_err());
        assert!(ParentName::new(" Grace ").unwrap().is("grace"));
    }
}
