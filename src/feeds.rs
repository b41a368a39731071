//! What one part of the daemon tells the others: where each chase has
//! reached, for the digest and the staff screen, the day's safeguarding
//! concerns for the DSL's digest, and a pupil's attendance figures for the
//! staff screen. The chase module keeps its episodes and the
//! register its compact year of codes; this reads them and answers in each
//! reader's terms.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use crate::attendance::{Periods, PupilFigures, Tally};

use crate::chase::chaser::due_at;
use crate::chase::{ChaseStore, Episode};
use crate::digest::{ChaseProgress, DigestFeeds, NeedsPerson, SafeguardingItem};
use crate::domain::School;
use crate::domain::{YearCodes, academic_year_start};
use crate::error::Result;
use crate::register::Ledger;
use crate::safeguarding::{ConcernRecord, Happened, Records, Tier};
use crate::schools::Schools;
use crate::store::Store;
use crate::web::feeds::{AttendanceFigures, ChaseView, ChaseViews, PupilSpanFigures, WeekFigure};

/// Chase progress read from the chase store, and safeguarding concerns
/// from the safeguarding record.
pub struct ChaseFeed {
    chases: ChaseStore,
    concerns: Records,
    schools: Schools,
}

impl ChaseFeed {
    pub fn open(store: &Store, schools: Schools) -> Result<ChaseFeed> {
        Ok(ChaseFeed {
            chases: ChaseStore::open(store)?,
            concerns: Records::open(store)?,
            schools,
        })
    }

    /// The last step fired, and the next step not yet fired with its time.
    fn progress(&self, episode: &Episode) -> (Option<String>, Option<(String, DateTime<Utc>)>) {
        let last = episode.fired.last().map(|f| f.step.clone());
        let next = if episode.is_active() {
            self.schools.get(&episode.school).and_then(|entry| {
                episode
                    .flow
                    .steps
                    .iter()
                    .filter(|step| !episode.has_fired(&step.name))
                    .filter_map(|step| {
                        Some((step.name.clone(), due_at(step, episode, &entry.school)?))
                    })
                    .min_by_key(|(_, at)| *at)
            })
        } else {
            None
        };
        (last, next)
    }

    /// The episode covering `date` for a pupil, if any.
    fn episode_on(&self, school: &str, upn: &str, date: NaiveDate) -> Result<Option<Episode>> {
        Ok(self
            .chases
            .episodes_of(school, upn)?
            .into_iter()
            .filter(|e| e.first_day() <= date && e.closed_at.is_none_or(|c| c.date_naive() >= date))
            .max_by_key(|e| e.first_day()))
    }
}

impl DigestFeeds for ChaseFeed {
    fn chases(&self, school: &str, _date: NaiveDate) -> Result<Vec<ChaseProgress>> {
        Ok(self
            .chases
            .open_episodes(school)?
            .iter()
            .map(|episode| {
                let (last, next) = self.progress(episode);
                ChaseProgress {
                    upn: episode.upn.clone(),
                    step: last.unwrap_or_else(|| "started".into()),
                    next_step_at: next.map(|(_, at)| at),
                }
            })
            .collect())
    }

    /// Items for a person reach the office as they happen, and the staff
    /// screen lists them; the digest counts what the register shows.
    fn needs_person(&self, _school: &str, _date: NaiveDate) -> Result<Vec<NeedsPerson>> {
        Ok(Vec::new())
    }

    /// The concerns raised on `date` (school-local), each with its
    /// categories, trigger words and who has acknowledged it.
    fn safeguarding(&self, school: &str, date: NaiveDate) -> Result<Vec<SafeguardingItem>> {
        let Some(entry) = self.schools.get(school) else {
            return Ok(Vec::new());
        };
        Ok(self
            .concerns
            .of_school(school)?
            .into_iter()
            .filter(|r| entry.school.local_date(r.raised_at) == date)
            .map(|record| SafeguardingItem {
                summary: concern_summary(&record, &entry.school),
                upns: record.upns,
                at: record.raised_at,
            })
            .collect())
    }
}

impl ChaseViews for ChaseFeed {
    fn chase(&self, school: &str, upn: &str, date: NaiveDate) -> Result<Option<ChaseView>> {
        Ok(self.episode_on(school, upn, date)?.map(|episode| {
            let (step, next) = self.progress(&episode);
            ChaseView {
                upn: episode.upn.to_string(),
                step,
                next_step: next.as_ref().map(|(name, _)| name.clone()),
                next_step_at: next.map(|(_, at)| at),
            }
        }))
    }
}

/// "physical abuse ("hit me"); acknowledged by Ann Lee at 09:41 by sms",
/// or "…; not acknowledged, deputy DSL alerted 09:45".
fn concern_summary(record: &ConcernRecord, school: &School) -> String {
    let what = if record.concerns.is_empty() {
        "possible concern".to_string()
    } else {
        record
            .concerns
            .iter()
            .map(|c| {
                let words: Vec<String> = c.triggers.iter().map(|t| format!("\"{t}\"")).collect();
                format!("{} ({})", c.category, words.join(", "))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let time = |at| school.local(at).format("%H:%M");
    let status = match record.acknowledgement() {
        Some(ack) => {
            let by = ack
                .channel
                .map_or("on the staff screen".to_string(), |c| format!("by {c}"));
            format!("acknowledged by {} at {} {by}", ack.who, time(ack.at))
        }
        None => match record.events.iter().rev().find_map(|e| match e.what {
            Happened::Alerted { tier } if tier != Tier::Dsl => Some((tier, e.at)),
            _ => None,
        }) {
            Some((tier, at)) => format!("NOT acknowledged; {} alerted {}", tier.label(), time(at)),
            None => "NOT acknowledged".to_string(),
        },
    };
    format!("{what}; {status}")
}

/// A pupil's figures, counted from the register's compact year of codes.
pub struct FiguresFeed {
    ledger: Ledger,
    schools: Schools,
}

impl FiguresFeed {
    pub fn open(store: &Store, schools: Schools) -> Result<FiguresFeed> {
        Ok(FiguresFeed {
            ledger: Ledger::open(store)?,
            schools,
        })
    }
}

impl AttendanceFigures for FiguresFeed {
    fn pupil(&self, school: &str, upn: &str, today: NaiveDate) -> Result<Option<PupilSpanFigures>> {
        let Some(entry) = self.schools.get(school) else {
            return Ok(None);
        };
        let Some(codes) = self.ledger.year(school, academic_year_start(today), upn)? else {
            return Ok(None);
        };
        let periods = Periods::at(today, &entry.school.calendar);
        let year = PupilFigures::of(&codes, &periods).year;
        let short_history = year.possible() < entry.config.attendance.rate_after_sessions;
        let band = if short_history {
            None
        } else if year.is_severe_absence() {
            Some("severe absence (50% or more missed)".to_string())
        } else if year.is_persistent_absence() {
            Some("persistent absence (10% or more missed)".to_string())
        } else {
            None
        };
        Ok(Some(PupilSpanFigures {
            from: periods.year.0,
            to: periods.year.1,
            possible_sessions: year.possible(),
            attendance_percent: year.percent().unwrap_or(100.0),
            authorised_absences: year.authorised(),
            unauthorised_absences: year.unauthorised(),
            lates: year.late_before_close() + year.late_after_close(),
            band,
            short_history,
            weeks: periods
                .term
                .map(|term| weekly(&codes, term))
                .unwrap_or_default(),
        }))
    }
}

/// Attendance week by week (Monday to Sunday) over a span; weeks with no
/// possible session are left out.
fn weekly(codes: &YearCodes, (from, to): (NaiveDate, NaiveDate)) -> Vec<WeekFigure> {
    let mut week_starting = from - Days::new(u64::from(from.weekday().num_days_from_monday()));
    let mut weeks = Vec::new();
    while week_starting <= to {
        let mut tally = Tally::default();
        for (_, slot) in codes.between(week_starting, week_starting + Days::new(6)) {
            if let Some(code) = slot.counted_code() {
                tally.add(code);
            }
        }
        if let Some(attendance_percent) = tally.percent() {
            weeks.push(WeekFigure {
                week_starting,
                attendance_percent,
            });
        }
        week_starting = week_starting + Days::new(7);
    }
    weeks
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config;
    use crate::domain::{Code, Mark, Provenance, Session, SessionDate};
    use crate::register::{RegisterBook, Source};

    #[test]
    fn a_pupils_figures_and_weeks_come_from_the_register() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap();
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        let schools = Schools::from_config(&config, None).unwrap();
        let store = Store::temporary().unwrap();
        let book = RegisterBook::open(&store).unwrap();
        // Mon 16 to Fri 20 Nov present, except Thursday: ill (2 sessions of
        // 10); the week before, Mon 9 to Fri 13, present throughout.
        let mark_days = |days: std::ops::RangeInclusive<u32>| {
            for day in days {
                let date = NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
                for session in Session::BOTH {
                    let code = match (day, session) {
                        (19, _) => Code::Illness,
                        (_, Session::Am) => Code::PresentAm,
                        (_, Session::Pm) => Code::PresentPm,
                    };
                    let mark = Mark {
                        school: "fernhill".into(),
                        upn: "A1".into(),
                        session: SessionDate::new(date, session),
                        code: Some(code),
                        arrival: None,
                        provenance: Provenance::Mis,
                        recorded_at: "2026-11-20T16:00:00+00:00".parse().unwrap(),
                    };
                    book.record(Source::Mis, mark, "register", "mis").unwrap();
                }
            }
        };
        mark_days(16..=20);
        let feed = FiguresFeed::open(&store, schools).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let figures = feed.pupil("fernhill", "A1", today).unwrap().unwrap();
        assert_eq!(
            (figures.possible_sessions, figures.authorised_absences),
            (10, 2)
        );
        assert!((figures.attendance_percent - 80.0).abs() < 1e-9);
        assert!(figures.short_history, "10 sessions are too few to judge");
        assert_eq!(figures.band, None, "no persistent absence on one week");

        mark_days(9..=13);
        let figures = feed.pupil("fernhill", "A1", today).unwrap().unwrap();
        assert_eq!(figures.possible_sessions, 20);
        assert!(!figures.short_history);
        assert_eq!(
            figures.band.as_deref(),
            Some("persistent absence (10% or more missed)")
        );
        assert_eq!(
            figures
                .weeks
                .iter()
                .map(|w| (w.week_starting.to_string(), w.attendance_percent))
                .collect::<Vec<_>>(),
            [
                ("2026-11-09".to_string(), 100.0),
                ("2026-11-16".to_string(), 80.0)
            ]
        );
        assert!(feed.pupil("fernhill", "nobody", today).unwrap().is_none());
    }
}
