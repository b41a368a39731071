//! Attendance figures: sessions counted by each code's statistical
//! category, and the percentages and bands the DfE and the school use.

use chrono::{Days, NaiveDate};

use crate::calendar::Calendar;
use crate::domain::{Category, Code, YearCodes, academic_year_start};

/// Sessions counted by code. Everything else is derived from the codes'
/// categories (`Code::is_possible_session`, `is_absence` …), so the rules
/// live in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    by_code: [u32; Code::ALL.len()],
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            by_code: [0; Code::ALL.len()],
        }
    }
}

impl Tally {
    /// Counts one session.
    pub fn add(&mut self, code: Code) {
        // `Code::ALL` lists the variants in declaration order.
        self.by_code[code as usize] += 1;
    }

    /// Adds another tally's sessions to this one.
    pub fn merge(&mut self, other: &Tally) {
        for (mine, theirs) in self.by_code.iter_mut().zip(other.by_code) {
            *mine += theirs;
        }
    }

    pub fn count(&self, code: Code) -> u32 {
        self.by_code[code as usize]
    }

    /// Codes with at least one session, with their counts, in code order.
    pub fn by_code(&self) -> impl Iterator<Item = (Code, u32)> + '_ {
        Code::ALL
            .iter()
            .map(|&c| (c, self.count(c)))
            .filter(|(_, n)| *n > 0)
    }

    fn sum(&self, keep: impl Fn(Code) -> bool) -> u32 {
        self.by_code()
            .filter(|(c, _)| keep(*c))
            .map(|(_, n)| n)
            .sum()
    }

    /// Sessions the pupil could have attended.
    pub fn possible(&self) -> u32 {
        self.sum(Code::is_possible_session)
    }

    pub fn attended(&self) -> u32 {
        self.sum(Code::is_attendance)
    }

    pub fn absences(&self) -> u32 {
        self.sum(Code::is_absence)
    }

    pub fn authorised(&self) -> u32 {
        self.sum(|c| c.category() == Category::Authorised)
    }

    pub fn unauthorised(&self) -> u32 {
        self.sum(|c| c.category() == Category::Unauthorised)
    }

    /// Late before the register closed (`L`).
    pub fn late_before_close(&self) -> u32 {
        self.count(Code::Late)
    }

    /// Late after the register closed (`U`).
    pub fn late_after_close(&self) -> u32 {
        self.count(Code::LateAfterClose)
    }

    /// Attendance as a percentage of possible sessions; `None` when no
    /// session was possible.
    pub fn percent(&self) -> Option<f64> {
        let possible = self.possible();
        (possible > 0).then(|| f64::from(self.attended()) * 100.0 / f64::from(possible))
    }

    /// Persistent absence: 10% or more of possible sessions missed.
    pub fn is_persistent_absence(&self) -> bool {
        let possible = self.possible();
        possible > 0 && self.absences() * 10 >= possible
    }

    /// Severe absence: 50% or more of possible sessions missed.
    pub fn is_severe_absence(&self) -> bool {
        let possible = self.possible();
        possible > 0 && self.absences() * 2 >= possible
    }

    /// Attendance under the school's target percentage.
    pub fn is_below_target(&self, target_percent: f64) -> bool {
        self.percent().is_some_and(|p| p < target_percent)
    }
}

/// The date ranges figures are given for, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    pub today: NaiveDate,
    pub year: (NaiveDate, NaiveDate),
    /// The term `today` falls in, or the last one before it; `None` before
    /// the first term.
    pub term: Option<(NaiveDate, NaiveDate)>,
    /// The four weeks ending `today`.
    pub four_weeks: (NaiveDate, NaiveDate),
}

impl Periods {
    pub fn at(today: NaiveDate, calendar: &Calendar) -> Periods {
        let year_start = academic_year_start(today);
        let term = calendar
            .terms()
            .iter()
            .filter(|t| t.first_day <= today && t.first_day >= year_start)
            .max_by_key(|t| t.first_day)
            .map(|t| (t.first_day, t.last_day.min(today)));
        Periods {
            today,
            year: (year_start, today),
            term,
            four_weeks: (today - Days::new(27), today),
        }
    }
}

/// One pupil's figures over the three periods.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PupilFigures {
    pub year: Tally,
    pub term: Tally,
    pub four_weeks: Tally,
}

impl PupilFigures {
    /// Counts a pupil's year of codes up to `periods.today`.
    pub fn of(codes: &YearCodes, periods: &Periods) -> PupilFigures {
        let mut figures = PupilFigures::default();
        let within =
            |range: (NaiveDate, NaiveDate), date: NaiveDate| range.0 <= date && date <= range.1;
        for (session, slot) in codes.between(periods.year.0, periods.year.1) {
            let Some(code) = slot.counted_code() else {
                continue;
            };
            figures.year.add(code);
            if periods.term.is_some_and(|t| within(t, session.date)) {
                figures.term.add(code);
            }
            if within(periods.four_weeks, session.date) {
                figures.four_weeks.add(code);
            }
        }
        figures
    }

    pub fn merge(&mut self, other: &PupilFigures) {
        self.year.merge(&other.year);
        self.term.merge(&other.term);
        self.four_weeks.merge(&other.four_weeks);
    }
}

/// Attendance by week (Monday to Sunday) over a range: each week's first
/// day and its tally.
pub fn weekly(codes: &YearCodes, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, Tally)> {
    let mut weeks: Vec<(NaiveDate, Tally)> = week_starts(from, to)
        .into_iter()
        .map(|w| (w, Tally::default()))
        .collect();
    add_weekly(&mut weeks, codes, from, to);
    weeks
}

/// The Mondays of the weeks that touch `from..=to`.
pub fn week_starts(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut monday = week_of(from);
    let mut weeks = Vec::new();
    while monday <= to {
        weeks.push(monday);
        monday = monday + Days::new(7);
    }
    weeks
}

/// Adds a pupil's sessions to weekly tallies made by [`week_starts`].
pub fn add_weekly(
    weeks: &mut [(NaiveDate, Tally)],
    codes: &YearCodes,
    from: NaiveDate,
    to: NaiveDate,
) {
    let Some(first) = weeks.first().map(|w| w.0) else {
        return;
    };
    for (session, slot) in codes.between(from, to) {
        if let Some(code) = slot.counted_code() {
            let week = ((session.date - first).num_days() / 7) as usize;
            if let Some((_, tally)) = weeks.get_mut(week) {
                tally.add(code);
            }
        }
    }
}

/// The Monday of a date's week.
pub fn week_of(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Term;
    use crate::domain::{Session, SessionDate, Slot};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn tally(codes: &[&str]) -> Tally {
        let mut t = Tally::default();
        for c in codes {
            t.add(c.parse().unwrap());
        }
        t
    }

    #[test]
    fn code_order_matches_the_list_so_counting_by_index_is_sound() {
        for (i, code) in Code::ALL.iter().enumerate() {
            assert_eq!(*code as usize, i);
        }
    }

    #[test]
    fn hand_computed_percentages_leave_out_sessions_that_were_not_possible() {
        // 20 sessions: 14 in (/, \, L, K, V), 3 authorised (I, I, M), 2
        // unauthorised (N, U), and X, Y1, # which are not possible sessions.
        let t = tally(&[
            "/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "\\", "L", "L", "K", "V", "I", "I",
            "M", "N", "U", "X", "Y1", "#",
        ]);
        assert_eq!(t.possible(), 19);
        assert_eq!(t.attended(), 14);
        assert_eq!((t.authorised(), t.unauthorised(), t.absences()), (3, 2, 5));
        assert_eq!((t.late_before_close(), t.late_after_close()), (2, 1));
        let percent = t.percent().unwrap();
        assert!((percent - 73.684).abs() < 0.001, "{percent}");
        assert!(t.is_persistent_absence() && !t.is_severe_absence());
        assert!(t.is_below_target(96.0));
        assert_eq!(tally(&["X", "Z", "Q"]).percent(), None);
    }

    #[test]
    fn persistent_and_severe_absence_at_their_edges() {
        let present = |n: usize| vec!["/"; n];
        let mut nine_in_ten = present(18);
        nine_in_ten.extend(["I", "I"]); // 2 of 20 = 10%
        assert!(tally(&nine_in_ten).is_persistent_absence());
        let mut under = present(19);
        under.push("I"); // 1 of 20 = 5%
        assert!(!tally(&under).is_persistent_absence());
        let mut half = present(10);
        half.extend(vec!["O"; 10]);
        assert!(tally(&half).is_severe_absence());
        let mut just_under_half = present(11);
        just_under_half.extend(vec!["O"; 9]);
        assert!(!tally(&just_under_half).is_severe_absence());
        assert!(!tally(&present(20)).is_below_target(100.0));
        assert!(tally(&under).is_below_target(96.0));
        assert!(!tally(&under).is_below_target(95.0));
    }

    #[test]
    fn periods_split_year_term_and_four_weeks() {
        let calendar = Calendar::new(
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
            vec![],
        );
        let periods = Periods::at(d("2027-01-12"), &calendar);
        assert_eq!(periods.year, (d("2026-08-01"), d("2027-01-12")));
        assert_eq!(periods.term, Some((d("2027-01-05"), d("2027-01-12"))));
        assert_eq!(periods.four_weeks.0, d("2026-12-16"));

        let mut codes = YearCodes::new(d("2026-08-01"));
        let set = |codes: &mut YearCodes, date: &str, s: Session, code: &str| {
            codes.set(
                SessionDate::new(d(date), s),
                Slot::Code(code.parse().unwrap()),
            )
        };
        set(&mut codes, "2026-09-03", Session::Am, "I");
        set(&mut codes, "2026-12-17", Session::Am, "/");
        set(&mut codes, "2027-01-11", Session::Am, "L");
        set(&mut codes, "2027-01-11", Session::Pm, "\\");
        codes.set(
            SessionDate::new(d("2027-01-12"), Session::Am),
            Slot::Unexplained,
        );
        set(&mut codes, "2027-01-13", Session::Am, "I");
        let figures = PupilFigures::of(&codes, &periods);
        assert_eq!(figures.year.possible(), 5, "the 13th is after today");
        assert_eq!(
            figures.year.unauthorised(),
            1,
            "an unexplained blank counts as N"
        );
        assert_eq!(figures.term.possible(), 3);
        assert_eq!(figures.four_weeks.possible(), 4);

        let weeks = weekly(&codes, d("2027-01-05"), d("2027-01-12"));
        assert_eq!(weeks.len(), 2);
        assert_eq!((weeks[0].0, weeks[0].1.possible()), (d("2027-01-04"), 0));
        assert_eq!((weeks[1].0, weeks[1].1.attended()), (d("2027-01-11"), 2));
    }
}
