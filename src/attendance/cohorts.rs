//! Figures by group of pupils: year group, and the cohorts schools report
//! on (SEND, free school meals, looked-after, EAL).

use std::collections::BTreeMap;
use std::fmt;

use super::figures::PupilFigures;
use crate::domain::{Pupil, PupilFlag, Year};

/// A group of pupils figures are reported for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cohort {
    WholeSchool,
    YearGroup(Year),
    /// Special educational needs, with or without an EHC plan.
    Send,
    FreeSchoolMeals,
    LookedAfter,
    /// English as an additional language.
    Eal,
}

impl Cohort {
    /// The groups a pupil belongs to, the whole school first.
    pub fn of(pupil: &Pupil) -> Vec<Cohort> {
        let mut cohorts = vec![Cohort::WholeSchool, Cohort::YearGroup(pupil.year)];
        if pupil.has_flag(PupilFlag::Send) || pupil.has_flag(PupilFlag::Ehcp) {
            cohorts.push(Cohort::Send);
        }
        for (flag, cohort) in [
            (PupilFlag::Fsm, Cohort::FreeSchoolMeals),
            (PupilFlag::LookedAfter, Cohort::LookedAfter),
            (PupilFlag::Eal, Cohort::Eal),
        ] {
            if pupil.has_flag(flag) {
                cohorts.push(cohort);
            }
        }
        cohorts
    }
}

impl fmt::Display for Cohort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cohort::WholeSchool => f.write_str("Whole school"),
            Cohort::YearGroup(year) => write!(f, "Year {year}"),
            Cohort::Send => f.write_str("SEND"),
            Cohort::FreeSchoolMeals => f.write_str("Free school meals"),
            Cohort::LookedAfter => f.write_str("Looked after"),
            Cohort::Eal => f.write_str("EAL"),
        }
    }
}

/// A cohort's pupils' figures added together, with how many pupils are in
/// each band this year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CohortFigures {
    pub pupils: u32,
    pub figures: PupilFigures,
    pub persistent: u32,
    pub severe: u32,
    pub below_target: u32,
}

/// Adds each pupil's figures to every cohort they belong to.
pub fn by_cohort<'a>(
    pupils: impl IntoIterator<Item = (&'a Pupil, &'a PupilFigures)>,
    target_percent: f64,
) -> BTreeMap<Cohort, CohortFigures> {
    let mut cohorts: BTreeMap<Cohort, CohortFigures> = BTreeMap::new();
    for (pupil, figures) in pupils {
        for cohort in Cohort::of(pupil) {
            let entry = cohorts.entry(cohort).or_default();
            entry.pupils += 1;
            entry.figures.merge(figures);
            entry.persistent += u32::from(figures.year.is_persistent_absence());
            entry.severe += u32::from(figures.year.is_severe_absence());
            entry.below_target += u32::from(figures.year.is_below_target(target_percent));
        }
    }
    cohorts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attendance::figures::Tally;
    use crate::domain::Code;

    fn pupil(upn: &str, year: Year, flags: Vec<PupilFlag>) -> Pupil {
        Pupil {
            school: "fernhill".into(),
            upn: upn.into(),
            first_name: upn.into(),
            last_name: "X".into(),
            known_as: None,
            year,
            flags,
            left_on: None,
        }
    }

    fn figures(present: u32, absent: u32) -> PupilFigures {
        let mut year = Tally::default();
        (0..present).for_each(|_| year.add(Code::PresentAm));
        (0..absent).for_each(|_| year.add(Code::Illness));
        PupilFigures {
            year,
            ..PupilFigures::default()
        }
    }

    #[test]
    fn pupils_count_in_every_cohort_they_belong_to() {
        let a = pupil("A", Year::Y(3), vec![PupilFlag::Ehcp, PupilFlag::Fsm]);
        let b = pupil("B", Year::Y(3), vec![PupilFlag::LookedAfter]);
        let c = pupil(
            "C",
            Year::Reception,
            vec![PupilFlag::Eal, PupilFlag::ChildInNeed],
        );
        let (fa, fb, fc) = (figures(18, 2), figures(20, 0), figures(10, 10));
        let cohorts = by_cohort([(&a, &fa), (&b, &fb), (&c, &fc)], 96.0);
        let whole = cohorts[&Cohort::WholeSchool];
        assert_eq!(
            (
                whole.pupils,
                whole.persistent,
                whole.severe,
                whole.below_target
            ),
            (3, 2, 1, 2)
        );
        assert_eq!(whole.figures.year.possible(), 60);
        let y3 = cohorts[&Cohort::YearGroup(Year::Y(3))];
        assert_eq!((y3.pupils, y3.figures.year.absences()), (2, 2));
        assert_eq!(cohorts[&Cohort::Send].pupils, 1);
        assert_eq!(cohorts[&Cohort::Eal].figures.year.percent(), Some(50.0));
        assert!(cohorts.contains_key(&Cohort::LookedAfter));
        assert_eq!(cohorts.len(), 7);
    }
}
