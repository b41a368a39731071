//! The four cases a school must tell the local authority of (Working
//! together to improve school attendance, Aug 2024; the 2024 regulations),
//! found in one pupil's register for the academic year:
//!
//! - absent without authorisation for 10 or more continuous school days;
//! - 15 or more school days of illness, consecutive or cumulative, missed
//!   or forecast: sessions a parent has already reported ahead of today
//!   count as forecast, and so does what a parent says of an illness still
//!   going on ("off for three weeks", "until further notice"), over school
//!   days only;
//! - absent without authorisation for 20 consecutive school days: a child
//!   missing education;
//! - not back within 10 school days after an authorised leave of absence
//!   ended.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::attendance::Thresholds;
use crate::attendance::thresholds::is_missing_day;
use crate::calendar::Calendar;
use crate::domain::{Code, Session, SessionDate, Slot, YearCodes, academic_year_start};
use crate::parse::durations::Forecast;

/// Which of the four cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaCaseKind {
    Unauthorised10Days,
    Sickness15Days,
    MissingEducation20Days,
    NotBackAfterLeave,
}

impl LaCaseKind {
    pub const ALL: [LaCaseKind; 4] = [
        LaCaseKind::Unauthorised10Days,
        LaCaseKind::Sickness15Days,
        LaCaseKind::MissingEducation20Days,
        LaCaseKind::NotBackAfterLeave,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LaCaseKind::Unauthorised10Days => "unauthorised_10_days",
            LaCaseKind::Sickness15Days => "sickness_15_days",
            LaCaseKind::MissingEducation20Days => "missing_education_20_days",
            LaCaseKind::NotBackAfterLeave => "not_back_after_leave",
        }
    }

    /// The case as the return heads it.
    pub fn title(self) -> &'static str {
        match self {
            LaCaseKind::Unauthorised10Days => {
                "Absent without authorisation for 10 or more continuous school days"
            }
            LaCaseKind::Sickness15Days => {
                "Missing 15 or more school days through illness (actual or forecast)"
            }
            LaCaseKind::MissingEducation20Days => {
                "Absent without authorisation for 20 consecutive school days (child missing education)"
            }
            LaCaseKind::NotBackAfterLeave => {
                "Not back within 10 school days after an authorised leave of absence ended"
            }
        }
    }
}

impl std::str::FromStr for LaCaseKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LaCaseKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or_else(|| {
                let known: Vec<&str> = LaCaseKind::ALL.iter().map(|k| k.as_str()).collect();
                format!("`{s}` is not a case; one of {}", known.join(", "))
            })
    }
}

impl std::fmt::Display for LaCaseKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One case found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaCase {
    pub kind: LaCaseKind,
    /// The first school day the case covers: it names the case.
    pub from: NaiveDate,
    /// The last school day it covers so far (later than today for a
    /// forecast).
    pub to: NaiveDate,
    /// School days counted: continuous days, days of illness, or days not
    /// back.
    pub school_days: u32,
    /// Days of illness counted only because a parent forecast them.
    pub forecast_days: u32,
    /// A parent gave the illness no end: it is counted as going on until
    /// it reaches the line.
    #[serde(default)]
    pub open_ended: bool,
}

/// What a parent said of how long an illness that began on `from` will
/// last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IllnessForecast {
    pub from: NaiveDate,
    pub length: Forecast,
}

/// Leave of absence the school granted (2024 codes), after which a pupil
/// is expected back.
fn is_leave(code: Code) -> bool {
    matches!(
        code,
        Code::Exceptional
            | Code::RegulatedPerformance
            | Code::PartTimeTimetable
            | Code::Interview
            | Code::StudyLeave
    )
}

fn is_leave_day(codes: &YearCodes, day: NaiveDate) -> bool {
    codes
        .day(day)
        .iter()
        .any(|s| matches!(s, Slot::Code(code) if is_leave(*code)))
}

/// Finds the cases of a school's pupils in the academic year up to
/// `today`. The year's school days are walked once here and shared by
/// every pupil, whose registers are then read on those days only.
pub struct CaseFinder<'a> {
    calendar: &'a Calendar,
    rules: &'a Thresholds,
    today: NaiveDate,
    /// The school days from the start of `today`'s academic year to
    /// `today`.
    days: Vec<NaiveDate>,
}

impl<'a> CaseFinder<'a> {
    pub fn new(calendar: &'a Calendar, rules: &'a Thresholds, today: NaiveDate) -> CaseFinder<'a> {
        CaseFinder {
            calendar,
            rules,
            today,
            days: calendar.school_days_between(academic_year_start(today), today),
        }
    }

    /// Every case in a pupil's year (`codes`, of `today`'s academic year)
    /// up to `today`; the sickness case reads the sessions reported ahead
    /// to the end of the year, and `forecasts` of the illnesses the pupil
    /// has not yet come back from.
    pub fn cases(&self, codes: &YearCodes, forecasts: &[IllnessForecast]) -> Vec<LaCase> {
        let days = &self.days[self.days.partition_point(|day| *day < codes.start())..];
        // Both the runs and the days not back after leave ask whether a
        // day was missed: each day is read once for both.
        let missing: Vec<bool> = days.iter().map(|d| is_missing_day(codes, *d)).collect();
        let mut found = Vec::new();
        missing_runs(days, &missing, self.rules, &mut found);
        not_back(days, &missing, codes, self.rules, &mut found);
        found.extend(sickness(
            self.calendar,
            self.rules,
            self.today,
            codes,
            forecasts,
        ));
        found.sort_by_key(|c| (c.from, c.kind));
        found
    }
}

/// Runs of missing days (`missing` says which of `days` were): one case
/// per run for each line it reached.
fn missing_runs(days: &[NaiveDate], missing: &[bool], rules: &Thresholds, found: &mut Vec<LaCase>) {
    let lines = [
        (
            rules.la_unauthorised_school_days,
            LaCaseKind::Unauthorised10Days,
        ),
        (
            rules.missing_education_school_days,
            LaCaseKind::MissingEducation20Days,
        ),
    ];
    let mut start = 0;
    for flags in missing.chunk_by(|a, b| a == b) {
        let run = &days[start..start + flags.len()];
        start += flags.len();
        if !flags[0] {
            continue;
        }
        for (line, kind) in lines {
            if run.len() as u32 >= line {
                found.push(LaCase {
                    kind,
                    from: run[0],
                    to: run[run.len() - 1],
                    school_days: run.len() as u32,
                    forecast_days: 0,
                    open_ended: false,
                });
            }
        }
    }
}

/// After each run of leave, the school days until the pupil is back; a
/// case once they reach the line.
fn not_back(
    days: &[NaiveDate],
    missing: &[bool],
    codes: &YearCodes,
    rules: &Thresholds,
    found: &mut Vec<LaCase>,
) {
    let line = rules.leave_not_back_school_days as usize;
    let leave: Vec<bool> = days.iter().map(|d| is_leave_day(codes, *d)).collect();
    for (i, pair) in leave.windows(2).enumerate() {
        let leave_ended = pair[0] && !pair[1];
        if !leave_ended {
            continue;
        }
        let after = &days[i + 1..];
        let away = missing[i + 1..].iter().take_while(|m| **m).count();
        if away >= line {
            found.push(LaCase {
                kind: LaCaseKind::NotBackAfterLeave,
                from: after[0],
                to: after[away - 1],
                school_days: away as u32,
                forecast_days: 0,
                open_ended: false,
            });
        }
    }
}

/// Days of illness this year: those up to today, those reported ahead,
/// and those a parent forecast for an illness still going on, each session
/// counted once. An open-ended illness goes on until it reaches the line
/// or the year ends.
fn sickness(
    calendar: &Calendar,
    rules: &Thresholds,
    today: NaiveDate,
    codes: &YearCodes,
    forecasts: &[IllnessForecast],
) -> Option<LaCase> {
    let year_end = codes.start() + chrono::Months::new(12) - chrono::Days::new(1);
    let line = rules.la_sickness_school_days * 2;
    let mut ill: std::collections::BTreeSet<SessionDate> = codes
        .between(codes.start(), year_end)
        .filter(|(session, slot)| {
            *slot == Slot::Code(Code::Illness) && calendar.is_school_day(session.date)
        })
        .map(|(session, _)| session)
        .collect();
    let mut open_ended = false;
    for forecast in forecasts.iter().filter(|f| still_ill(codes, f, today)) {
        let days = calendar.school_days_between(forecast.from, year_end);
        let forecast_days = match forecast.length {
            Forecast::SchoolDays(n) => &days[..days.len().min(n as usize)],
            Forecast::OpenEnded => {
                open_ended = true;
                &days[..]
            }
        };
        for day in forecast_days.iter().filter(|d| **d > today) {
            if forecast.length == Forecast::OpenEnded && ill.len() as u32 >= line {
                break;
            }
            ill.extend(Session::BOTH.map(|s| SessionDate::new(*day, s)));
        }
    }
    let sessions = ill.len() as u32;
    let forecast = ill.iter().filter(|s| s.date > today).count() as u32;
    (sessions >= line).then(|| LaCase {
        kind: LaCaseKind::Sickness15Days,
        from: ill.first().expect("at least one session").date,
        to: ill.last().expect("at least one session").date,
        school_days: sessions / 2,
        forecast_days: forecast / 2,
        open_ended,
    })
}

/// The pupil has been at school on no day since the illness began: its
/// forecast still stands.
fn still_ill(codes: &YearCodes, forecast: &IllnessForecast, today: NaiveDate) -> bool {
    !codes
        .between(forecast.from, today)
        .any(|(_, slot)| slot.counted_code().is_some_and(Code::is_attendance))
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

    /// Present every school day to `to`, then `runs` of whole days coded
    /// (a blank code is an unexplained day), school days from their start.
    fn year(to: &str, runs: &[(&str, usize, &str)]) -> YearCodes {
        let calendar = calendar();
        let mut codes = YearCodes::new(d("2026-08-01"));
        let mut set = |day: NaiveDate, slot: Slot| {
            for s in Session::BOTH {
                codes.set(SessionDate::new(day, s), slot);
            }
        };
        for day in calendar.school_days_between(d("2026-09-03"), d(to)) {
            set(day, Slot::Code(Code::PresentAm));
        }
        for (from, days, code) in runs {
            let slot = if code.is_empty() {
                Slot::Unexplained
            } else {
                Slot::Code(code.parse().unwrap())
            };
            for day in calendar
                .school_days_between(d(from), d("2027-03-25"))
                .into_iter()
                .take(*days)
            {
                set(day, slot);
            }
        }
        codes
    }

    fn found(today: &str, codes: &YearCodes) -> Vec<(LaCaseKind, NaiveDate, NaiveDate, u32, u32)> {
        forecast(today, codes, &[])
            .into_iter()
            .map(|c| (c.kind, c.from, c.to, c.school_days, c.forecast_days))
            .collect()
    }

    /// The cases with a parent's forecasts: (first day of the illness,
    /// what they said).
    fn forecast(today: &str, codes: &YearCodes, said: &[(&str, Forecast)]) -> Vec<LaCase> {
        let said: Vec<IllnessForecast> = said
            .iter()
            .map(|(from, length)| IllnessForecast {
                from: d(from),
                length: *length,
            })
            .collect();
        let (calendar, rules) = (calendar(), Thresholds::default());
        CaseFinder::new(&calendar, &rules, d(today)).cases(codes, &said)
    }

    fn sickness_of(cases: &[LaCase]) -> Vec<(NaiveDate, NaiveDate, u32, u32, bool)> {
        cases
            .iter()
            .filter(|c| c.kind == Sickness15Days)
            .map(|c| (c.from, c.to, c.school_days, c.forecast_days, c.open_ended))
            .collect()
    }

    #[test]
    fn a_parents_forecast_counts_when_missed_and_forecast_reach_fifteen_days() {
        // Five days ill in September; from Monday 9 November the register
        // shows two days ill so far (9 and 10 November, today the 10th).
        let codes = year(
            "2026-11-10",
            &[("2026-09-07", 5, "I"), ("2026-11-09", 2, "I")],
        );
        assert_eq!(sickness_of(&forecast("2026-11-10", &codes, &[])), []);
        // "Off for a fortnight": 7 + 8 more is 15.
        assert_eq!(
            sickness_of(&forecast(
                "2026-11-10",
                &codes,
                &[("2026-11-09", Forecast::SchoolDays(10))]
            )),
            [(d("2026-09-07"), d("2026-11-20"), 15, 8, false)]
        );
        // Nine days forecast is one short.
        assert_eq!(
            sickness_of(&forecast(
                "2026-11-10",
                &codes,
                &[("2026-11-09", Forecast::SchoolDays(9))]
            )),
            []
        );
        // No end given: counted until it reaches the line.
        assert_eq!(
            sickness_of(&forecast(
                "2026-11-10",
                &codes,
                &[("2026-11-09", Forecast::OpenEnded)]
            )),
            [(d("2026-09-07"), d("2026-11-20"), 15, 8, true)]
        );
    }

    #[test]
    fn forecast_days_over_a_holiday_do_not_count() {
        // Ill from Monday 12 October with "three weeks" said: the half
        // term (26 to 30 October) is not school days, so the forecast ends
        // Friday 6 November; with five days in September that is 20.
        let codes = year(
            "2026-10-13",
            &[("2026-09-07", 5, "I"), ("2026-10-12", 2, "I")],
        );
        assert_eq!(
            sickness_of(&forecast(
                "2026-10-13",
                &codes,
                &[("2026-10-12", Forecast::SchoolDays(15))]
            )),
            [(d("2026-09-07"), d("2026-11-06"), 20, 13, false)]
        );
        // Ill from Monday 14 December, "three weeks": the rest of the
        // autumn term is five days and the Christmas holiday does not
        // count, so the forecast runs to Monday 18 January.
        let codes = year(
            "2026-12-14",
            &[("2026-09-07", 9, "I"), ("2026-12-14", 1, "I")],
        );
        assert_eq!(
            sickness_of(&forecast(
                "2026-12-14",
                &codes,
                &[("2026-12-14", Forecast::SchoolDays(15))]
            )),
            [(d("2026-09-07"), d("2027-01-18"), 24, 14, false)]
        );
    }

    #[test]
    fn a_forecast_no_longer_counts_once_the_pupil_is_back() {
        // Ill on 9 and 10 November, in school on the 11th and 12th.
        let codes = year(
            "2026-11-12",
            &[("2026-09-07", 5, "I"), ("2026-11-09", 2, "I")],
        );
        for length in [Forecast::SchoolDays(15), Forecast::OpenEnded] {
            assert_eq!(
                sickness_of(&forecast("2026-11-12", &codes, &[("2026-11-09", length)])),
                []
            );
        }
    }

    use LaCaseKind::*;

    #[test]
    fn ten_continuous_days_unauthorised_across_half_term_and_not_nine() {
        // 19 October on: five days, half term, then five more.
        let nine = year("2026-11-05", &[("2026-10-19", 9, "O")]);
        assert_eq!(found("2026-11-05", &nine), []);
        let ten = year(
            "2026-11-06",
            &[("2026-10-19", 5, "O"), ("2026-11-02", 5, "")],
        );
        assert_eq!(
            found("2026-11-06", &ten),
            [(Unauthorised10Days, d("2026-10-19"), d("2026-11-06"), 10, 0)]
        );
    }

    #[test]
    fn twenty_consecutive_days_unauthorised_is_a_child_missing_education() {
        let nineteen = year("2027-01-05", &[("2026-12-03", 19, "G")]);
        assert_eq!(
            found("2027-01-05", &nineteen)
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
            [Unauthorised10Days]
        );
        // 3 December to 18 December is 12 days; 5 January on, 8 more.
        let twenty = year("2027-01-14", &[("2026-12-03", 20, "N")]);
        assert_eq!(
            found("2027-01-14", &twenty),
            [
                (Unauthorised10Days, d("2026-12-03"), d("2027-01-14"), 20, 0),
                (
                    MissingEducation20Days,
                    d("2026-12-03"),
                    d("2027-01-14"),
                    20,
                    0
                ),
            ]
        );
    }

    #[test]
    fn fifteen_days_of_illness_actual_or_forecast() {
        let fourteen = year(
            "2026-11-20",
            &[("2026-09-07", 10, "I"), ("2026-11-16", 4, "I")],
        );
        assert_eq!(found("2026-11-20", &fourteen), []);
        let fifteen = year(
            "2026-11-20",
            &[("2026-09-07", 10, "I"), ("2026-11-16", 5, "I")],
        );
        assert_eq!(
            found("2026-11-20", &fifteen),
            [(Sickness15Days, d("2026-09-07"), d("2026-11-20"), 15, 0)]
        );
        // Ten days missed in September, and on Monday 16 November a parent
        // reports "off for the next three weeks": five days so far today,
        // the rest forecast.
        let forecast = year(
            "2026-11-16",
            &[("2026-09-07", 10, "I"), ("2026-11-16", 15, "I")],
        );
        assert_eq!(
            found("2026-11-16", &forecast),
            [(Sickness15Days, d("2026-09-07"), d("2026-12-04"), 25, 14)]
        );
    }

    #[test]
    fn not_back_ten_school_days_after_leave_ended() {
        let nine = year(
            "2026-11-20",
            &[("2026-11-02", 3, "C"), ("2026-11-05", 9, "")],
        );
        assert!(
            found("2026-11-20", &nine)
                .iter()
                .all(|c| c.0 != NotBackAfterLeave)
        );
        let ten = year(
            "2026-11-20",
            &[("2026-11-02", 3, "C"), ("2026-11-05", 10, "O")],
        );
        assert_eq!(
            found("2026-11-20", &ten),
            [
                (Unauthorised10Days, d("2026-11-05"), d("2026-11-18"), 10, 0),
                (NotBackAfterLeave, d("2026-11-05"), d("2026-11-18"), 10, 0),
            ]
        );
        // Back on the day after leave: no case.
        let back = year(
            "2026-11-20",
            &[("2026-11-02", 3, "C"), ("2026-11-06", 10, "O")],
        );
        assert!(
            found("2026-11-20", &back)
                .iter()
                .all(|c| c.0 != NotBackAfterLeave)
        );
    }

    #[test]
    fn case_kinds_read_back_from_their_text() {
        for kind in LaCaseKind::ALL {
            assert_eq!(kind.as_str().parse::<LaCaseKind>(), Ok(kind));
        }
        assert!("holiday".parse::<LaCaseKind>().is_err());
    }
}
