//! The threshold watch: the statutory and policy lines a pupil's register
//! can cross, each found with the day it was crossed and the date that
//! names its episode (the once key's date, so an alert goes once).
//!
//! The lines come from the seed policies and the DfE guidance they quote:
//! an `N` must be resolved within 5 school days (Sevenoaks); 10 consecutive
//! school days of unexplained or unauthorised absence go to the local
//! authority (Banks Lane, Hallmoor 3.2); 15 days of illness, consecutive or
//! cumulative, are a sickness return (Sevenoaks 3.12); 10 unauthorised
//! sessions in three months is the penalty-warning line, and a holiday of
//! five days (6+ sessions) without consent a penalty (Banks Lane); three
//! lates in a week (Sevenoaks) and 10 late sessions (Burbage); persistent
//! (10%) and severe (50%) absence (DfE).

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};

use super::figures::week_of;
use crate::calendar::Calendar;
use crate::domain::{Category, Code, Slot, YearCodes, academic_year_start};

/// School days an `N` may stand before it must become `O`.
pub const N_CODE_SCHOOL_DAYS: usize = 5;
/// Consecutive school days of unexplained or unauthorised absence after
/// which the local authority must be told.
pub const LA_NOTIFY_SCHOOL_DAYS: u32 = 10;
/// Sessions of illness in a year (15 school days) that make a sickness
/// return to the local authority.
pub const SICKNESS_SESSIONS: u32 = 30;
/// Unauthorised sessions in a rolling window that warrant a penalty warning.
pub const PENALTY_SESSIONS: u32 = 10;
/// The penalty warning's rolling window, in months.
pub const PENALTY_WINDOW_MONTHS: u32 = 3;
/// Sessions of holiday without consent, in one holiday, that warrant a
/// penalty notice.
pub const HOLIDAY_SESSIONS: u32 = 6;
/// Late sessions in one week that call for contact with the family.
pub const LATES_IN_WEEK: u32 = 3;
/// Late sessions in one term that make lateness persistent.
pub const LATES_IN_TERM: u32 = 10;

/// A line a pupil's register can cross. The text form is the alert kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThresholdKind {
    NCodeDue,
    LaNotify10Days,
    Sickness15Days,
    PenaltyWarning,
    Holiday6Sessions,
    Late3InWeek,
    Late10Term,
    PersistentAbsence,
    SevereAbsence,
}

impl ThresholdKind {
    pub const ALL: [ThresholdKind; 9] = [
        ThresholdKind::NCodeDue,
        ThresholdKind::LaNotify10Days,
        ThresholdKind::Sickness15Days,
        ThresholdKind::PenaltyWarning,
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
            ThresholdKind::LaNotify10Days => "la_notify_10_days",
            ThresholdKind::Sickness15Days => "sickness_15_days",
            ThresholdKind::PenaltyWarning => "penalty_warning",
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
            ThresholdKind::LaNotify10Days => "10 school days of unexplained absence",
            ThresholdKind::Sickness15Days => "15 days of illness this year",
            ThresholdKind::PenaltyWarning => "10 unauthorised sessions in three months",
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
            ThresholdKind::LaNotify10Days => {
                "Notify the local authority (child missing from school)."
            }
            ThresholdKind::Sickness15Days => "Send the local authority a sickness return.",
            ThresholdKind::PenaltyWarning => {
                "The minimum for a penalty notice warning letter is met."
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
    /// The count that crossed it (sessions, or school days for
    /// `la_notify_10_days`, or days unresolved for `n_code_due`).
    pub count: u32,
}

/// The watch over one school's year up to one day; build it once and ask
/// it about each pupil.
#[derive(Debug, Clone)]
pub struct Watch<'a> {
    calendar: &'a Calendar,
    today: NaiveDate,
    year_start: NaiveDate,
    /// School days of the year up to `today`, in order.
    school_days: Vec<NaiveDate>,
    /// Persistent and severe absence are only judged once this many
    /// sessions were possible, so one day off in September is not "50%".
    rate_after_sessions: u32,
}

impl<'a> Watch<'a> {
    pub fn new(calendar: &'a Calendar, today: NaiveDate, rate_after_sessions: u32) -> Watch<'a> {
        let year_start = academic_year_start(today);
        Watch {
            calendar,
            today,
            year_start,
            school_days: calendar.school_days_between(year_start, today),
            rate_after_sessions,
        }
    }

    /// Every line the pupil has crossed this year up to today, in order of
    /// the day crossed.
    pub fn crossings(&self, codes: &YearCodes) -> Vec<Crossing> {
        let mut found = Vec::new();
        self.n_code_due(codes, &mut found);
        self.la_notify(codes, &mut found);
        self.sickness(codes, &mut found);
        self.penalty_warning(codes, &mut found);
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
            let Some(&due) = self.school_days.get(i + N_CODE_SCHOOL_DAYS) else {
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
            count: N_CODE_SCHOOL_DAYS as u32,
        }));
    }

    fn la_notify(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut run = 0;
        let mut run_start = self.year_start;
        for &day in &self.school_days {
            if is_missing_day(codes, day) {
                if run == 0 {
                    run_start = day;
                }
                run += 1;
                if run == LA_NOTIFY_SCHOOL_DAYS {
                    found.push(Crossing {
                        kind: ThresholdKind::LaNotify10Days,
                        since: self.episode_start(codes, run_start),
                        crossed_on: day,
                        count: run,
                    });
                }
            } else {
                run = 0;
            }
        }
    }

    fn sickness(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let mut sessions = 0;
        for (session, slot) in codes.between(self.year_start, self.today) {
            if slot == Slot::Code(Code::Illness) {
                sessions += 1;
                if sessions == SICKNESS_SESSIONS {
                    found.push(Crossing {
                        kind: ThresholdKind::Sickness15Days,
                        since: self.year_start,
                        crossed_on: session.date,
                        count: sessions,
                    });
                }
            }
        }
    }

    /// Crossed on a day when the window before it held fewer than the line
    /// and the day's sessions take it to the line: counts only rise on days
    /// with unauthorised sessions, so that is exactly when it is crossed
    /// again after falling below.
    fn penalty_warning(&self, codes: &YearCodes, found: &mut Vec<Crossing>) {
        let days = per_day(codes, self.year_start, self.today, |code| {
            code.category() == Category::Unauthorised
        });
        let mut window_start = 0;
        let mut in_window = 0;
        for &(date, count) in &days {
            let opens = date
                .checked_sub_months(Months::new(PENALTY_WINDOW_MONTHS))
                .unwrap_or(date);
            while days[window_start].0 <= opens {
                in_window -= days[window_start].1;
                window_start += 1;
            }
            if in_window < PENALTY_SESSIONS && in_window + count >= PENALTY_SESSIONS {
                found.push(Crossing {
                    kind: ThresholdKind::PenaltyWarning,
                    since: days[window_start].0,
                    crossed_on: date,
                    count: in_window + count,
                });
            }
            in_window += count;
        }
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
            if run < HOLIDAY_SESSIONS && run + g >= HOLIDAY_SESSIONS {
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
            if *in_week == LATES_IN_WEEK {
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
                if *in_term == LATES_IN_TERM {
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

fn has_unexplained(codes: &YearCodes, day: NaiveDate) -> bool {
    codes
        .day(day)
        .iter()
        .any(|s| s.is_unexplained_or_unauthorised())
}

/// A day the pupil was missing: at least one session unexplained or
/// unauthorised, and every other possible session too.
fn is_missing_day(codes: &YearCodes, day: NaiveDate) -> bool {
    let slots = codes.day(day);
    has_unexplained(codes, day)
        && slots.iter().all(|s| {
            s.is_unexplained_or_unauthorised()
                || s.counted_code().is_none_or(|c| !c.is_possible_session())
        })
}

/// Per date, the sessions whose code passes `keep`, for dates with any.
fn per_day(
    codes: &YearCodes,
    from: NaiveDate,
    to: NaiveDate,
    keep: impl Fn(Code) -> bool,
) -> Vec<(NaiveDate, u32)> {
    let mut days: Vec<(NaiveDate, u32)> = Vec::new();
    for (session, slot) in codes.between(from, to) {
        if !slot.counted_code().is_some_and(&keep) {
            continue;
        }
        match days.last_mut() {
            Some((date, n)) if *date == session.date => *n += 1,
            _ => days.push((session.date, 1)),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Closure, Term};
    use crate::domain::{Session, SessionDate};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn calendar() -> Calendar {
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
        Watch::new(&calendar, d(today), 20).crossings(&year(today, &marks))
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
    fn ten_missing_school_days_go_to_the_local_authority() {
        let nine = days_of("2026-11-02", 9, "N");
        assert!(
            kinds(
                &crossings("2026-11-13", &nine),
                ThresholdKind::LaNotify10Days
            )
            .is_empty()
        );
        let mut ten = days_of("2026-11-02", 10, "N");
        assert_eq!(
            kinds(
                &crossings("2026-11-13", &ten),
                ThresholdKind::LaNotify10Days
            ),
            [(d("2026-11-02"), d("2026-11-13"), 10)]
        );
        // One session present on the tenth day breaks the run.
        ten.pop();
        ten.push(one("2026-11-13", Session::Pm, "\\"));
        assert!(
            kinds(
                &crossings("2026-11-13", &ten),
                ThresholdKind::LaNotify10Days
            )
            .is_empty()
        );
        // Unauthorised holiday and unexplained blanks count too; an
        // afternoon N the day before opens the episode.
        let mut mixed = days_of("2026-11-02", 5, "G");
        mixed.extend(days_of("2026-11-09", 5, ""));
        mixed.push(one("2026-10-23", Session::Pm, "N"));
        assert_eq!(
            kinds(
                &crossings("2026-11-13", &mixed),
                ThresholdKind::LaNotify10Days
            ),
            [(d("2026-10-23"), d("2026-11-13"), 10)]
        );
    }

    #[test]
    fn fifteen_days_of_illness_this_year_make_a_sickness_return() {
        let mut ill = days_of("2026-09-07", 14, "I");
        ill.push(one("2026-11-02", Session::Am, "I"));
        assert!(
            kinds(
                &crossings("2026-11-20", &ill),
                ThresholdKind::Sickness15Days
            )
            .is_empty()
        );
        ill.push(one("2026-11-16", Session::Pm, "I"));
        assert_eq!(
            kinds(
                &crossings("2026-11-20", &ill),
                ThresholdKind::Sickness15Days
            ),
            [(d("2026-08-01"), d("2026-11-16"), 30)]
        );
    }

    #[test]
    fn ten_unauthorised_sessions_in_three_months_warrant_a_warning() {
        let mut nine = days_of("2026-11-30", 4, "O");
        nine.push(one("2026-12-04", Session::Am, "U"));
        assert!(
            kinds(
                &crossings("2026-12-04", &nine),
                ThresholdKind::PenaltyWarning
            )
            .is_empty()
        );
        let mut with_early = nine.clone();
        with_early.push(one("2026-09-07", Session::Am, "G"));
        assert_eq!(
            kinds(
                &crossings("2026-12-04", &with_early),
                ThresholdKind::PenaltyWarning
            ),
            [(d("2026-09-07"), d("2026-12-04"), 10)]
        );
        // Three months and a day later the September session has left the window.
        let mut late = days_of("2026-11-30", 4, "O");
        late.push(one("2026-12-07", Session::Am, "U"));
        late.push(one("2026-09-07", Session::Am, "G"));
        assert!(
            kinds(
                &crossings("2026-12-07", &late),
                ThresholdKind::PenaltyWarning
            )
            .is_empty()
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
        let watch = Watch::new(&calendar, d("2026-11-10"), 20);
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
