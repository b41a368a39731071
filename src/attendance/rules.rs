//! The lines a school's threshold watch draws, set per school in
//! `[school.thresholds]`. The defaults are the national ones since
//! 19 August 2024; a local authority's code of conduct may set its own.

use serde::{Deserialize, Serialize};

/// The School Attendance (Pupil Registration) (England) Regulations 2024.
const REGULATIONS_2024: &str = "School Attendance (Pupil Registration) (England) Regulations 2024";
/// The statutory guidance, in force from 19 August 2024.
const WORKING_TOGETHER: &str = "Working together to improve school attendance (Aug 2024)";
/// The National framework for penalty notices, in force from 19 August 2024.
const PENALTY_FRAMEWORK: &str = "National framework for penalty notices (Aug 2024)";

/// A school's thresholds. Every field has the national default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Thresholds {
    /// Sessions of unauthorised absence (`G`, `N`, `O`, `U`, any mix) in
    /// the rolling window that meet the threshold for a penalty notice.
    pub penalty_sessions: u32,
    /// The rolling window, in school weeks (any week with a session); it
    /// runs across terms and school years.
    pub penalty_window_school_weeks: u32,
    /// The count at which the lead hears a pupil is approaching the
    /// penalty threshold: the school's own early warning.
    pub penalty_approaching_sessions: u32,
    /// School days an `N` may stand before it must become `O`.
    pub n_code_school_days: u32,
    /// Continuous school days of unauthorised absence that the local
    /// authority must be told of.
    pub la_unauthorised_school_days: u32,
    /// School days of illness, consecutive or cumulative, actual or
    /// forecast, that the local authority must be told of.
    pub la_sickness_school_days: u32,
    /// Consecutive school days of unauthorised absence that make a child
    /// missing education.
    pub missing_education_school_days: u32,
    /// School days after an authorised leave of absence ends by which a
    /// pupil not back is reported to the local authority.
    pub leave_not_back_school_days: u32,
    /// Sessions of one holiday without consent that warrant a penalty
    /// notice under the school's own policy.
    pub holiday_sessions: u32,
    /// Late sessions in one week that call for contact with the family.
    pub lates_in_week: u32,
    /// Late sessions in one term that make lateness persistent.
    pub lates_in_term: u32,
}

/// The longest a register may stay open after its session starts, in
/// minutes (the 2024 regulations). A session starts when its register
/// opens.
pub const REGISTER_OPEN_MINUTES_MAX: i64 = 30;

/// The most penalty notices one parent may be issued for one child in
/// [`PENALTY_NOTICE_YEARS`]; after that the local authority uses other
/// tools. Fixed by the national framework, not by the school.
pub const PENALTY_NOTICES_MAX: usize = 2;
/// The period the notice limit and the higher rate look back over.
pub const PENALTY_NOTICE_YEARS: u32 = 3;

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            penalty_sessions: 10,
            penalty_window_school_weeks: 10,
            penalty_approaching_sessions: 8,
            n_code_school_days: 5,
            la_unauthorised_school_days: 10,
            la_sickness_school_days: 15,
            missing_education_school_days: 20,
            leave_not_back_school_days: 10,
            holiday_sessions: 6,
            lates_in_week: 3,
            lates_in_term: 10,
        }
    }
}

/// One effective threshold, as `check-config` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub key: &'static str,
    pub value: u32,
    pub source: &'static str,
}

impl Thresholds {
    /// Each value with its key and where the default comes from.
    pub fn described(&self) -> Vec<Described> {
        let line = |key, value, source| Described { key, value, source };
        vec![
            line("penalty_sessions", self.penalty_sessions, PENALTY_FRAMEWORK),
            line(
                "penalty_window_school_weeks",
                self.penalty_window_school_weeks,
                PENALTY_FRAMEWORK,
            ),
            line(
                "penalty_approaching_sessions",
                self.penalty_approaching_sessions,
                "school policy (early warning before the national threshold)",
            ),
            line(
                "n_code_school_days",
                self.n_code_school_days,
                WORKING_TOGETHER,
            ),
            line(
                "la_unauthorised_school_days",
                self.la_unauthorised_school_days,
                WORKING_TOGETHER,
            ),
            line(
                "la_sickness_school_days",
                self.la_sickness_school_days,
                WORKING_TOGETHER,
            ),
            line(
                "missing_education_school_days",
                self.missing_education_school_days,
                REGULATIONS_2024,
            ),
            line(
                "leave_not_back_school_days",
                self.leave_not_back_school_days,
                REGULATIONS_2024,
            ),
            line(
                "holiday_sessions",
                self.holiday_sessions,
                "school policy (seed: Banks Lane)",
            ),
            line(
                "lates_in_week",
                self.lates_in_week,
                "school policy (seed: Sevenoaks)",
            ),
            line(
                "lates_in_term",
                self.lates_in_term,
                "school policy (seed: Burbage)",
            ),
        ]
    }

    /// Refuses values the watch cannot use: a zero line or window, and an
    /// early warning that is not below the threshold it warns of.
    pub fn validate(&self) -> Result<(), String> {
        if let Some(zero) = self.described().iter().find(|d| d.value == 0) {
            return Err(format!("{} must be at least 1", zero.key));
        }
        if self.penalty_approaching_sessions >= self.penalty_sessions {
            return Err(format!(
                "penalty_approaching_sessions ({}) must be below penalty_sessions ({})",
                self.penalty_approaching_sessions, self.penalty_sessions
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_national_ones_and_valid() {
        let defaults = Thresholds::default();
        defaults.validate().unwrap();
        let penalty = &defaults.described()[..2];
        assert_eq!(
            penalty
                .iter()
                .map(|d| (d.key, d.value, d.source))
                .collect::<Vec<_>>(),
            [
                ("penalty_sessions", 10, PENALTY_FRAMEWORK),
                ("penalty_window_school_weeks", 10, PENALTY_FRAMEWORK),
            ]
        );
    }

    #[test]
    fn a_zero_line_or_a_late_warning_is_refused() {
        let zero = Thresholds {
            penalty_window_school_weeks: 0,
            ..Thresholds::default()
        };
        assert_eq!(
            zero.validate().unwrap_err(),
            "penalty_window_school_weeks must be at least 1"
        );
        let late = Thresholds {
            penalty_approaching_sessions: 10,
            ..Thresholds::default()
        };
        assert!(late.validate().unwrap_err().contains("must be below"));
    }
}
