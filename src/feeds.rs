//! What one part of the daemon tells the others: where each chase has
//! reached, for the digest and the staff screen, the day's safeguarding
//! concerns for the DSL's digest, and a pupil's attendance figures for the
//! staff screen. The chase module keeps its episodes and the
//! register its compact year of codes; this reads them and answers in each
//! reader's terms.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use crate::attendance::{Periods, PupilFigures, Tally};

use crate::chase::chaser::due_at;
use crate::chase::flow::{Step, StepRecipient};
use crate::chase::{ChaseStore, Episode, StopReason};
use crate::digest::{ChaseProgress, DigestFeeds, NeedsPerson, SafeguardingItem};
use crate::domain::School;
use crate::domain::{YearCodes, academic_year_start};
use crate::error::Result;
use crate::inbound::names_list;
use crate::outbox::Role;
use crate::register::Ledger;
use crate::roster::Roster;
use crate::safeguarding::{ConcernRecord, Happened, Records, Tier};
use crate::schools::Schools;
use crate::store::Store;
use crate::web::feeds::{
    AttendanceFigures, ChaseMoment, ChaseView, ChaseViews, PupilSpanFigures, WeekFigure,
};

/// Chase progress read from the chase store, and safeguarding concerns
/// from the safeguarding record.
pub struct ChaseFeed {
    chases: ChaseStore,
    concerns: Records,
    roster: Roster,
    schools: Schools,
}

impl ChaseFeed {
    pub fn open(store: &Store, schools: Schools) -> Result<ChaseFeed> {
        Ok(ChaseFeed {
            chases: ChaseStore::open(store)?,
            concerns: Records::open(store)?,
            roster: Roster::open(store)?,
            schools,
        })
    }

    /// The next step not yet fired that applies to the pupil, with its
    /// time; `None` when the chase has finished or stopped.
    fn next_step<'e>(&self, episode: &'e Episode) -> Result<Option<(&'e Step, DateTime<Utc>)>> {
        if !episode.is_active() {
            return Ok(None);
        }
        let pupil = self
            .roster
            .pupil(episode.school.as_str(), episode.upn.as_str())?;
        Ok(self.schools.get(&episode.school).and_then(|entry| {
            episode
                .flow
                .steps
                .iter()
                .filter(|step| !episode.has_fired(&step.name))
                .filter(|step| pupil.as_ref().is_none_or(|p| step.applies_to(p)))
                .filter_map(|step| Some((step, due_at(step, episode, entry)?)))
                .min_by_key(|(_, at)| *at)
        }))
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
        self.chases
            .open_episodes(school)?
            .iter()
            .map(|episode| {
                Ok(ChaseProgress {
                    upn: episode.upn.clone(),
                    step: last_step_in_words(episode),
                    next_step_at: self.next_step(episode)?.map(|(_, at)| at),
                    office_told_at: office_told_at(episode),
                })
            })
            .collect()
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
            .filter(|r| entry.local_date(r.raised_at) == date)
            .map(|record| SafeguardingItem {
                summary: concern_summary(&record, entry),
                upns: record.upns,
                at: record.raised_at,
            })
            .collect())
    }
}

impl ChaseViews for ChaseFeed {
    fn chase(&self, school: &str, upn: &str, date: NaiveDate) -> Result<Option<ChaseView>> {
        let Some(episode) = self.episode_on(school, upn, date)? else {
            return Ok(None);
        };
        let next = self.next_step(&episode)?;
        let taken = episode
            .fired
            .iter()
            .map(|fired| {
                let step = episode.flow.steps.iter().find(|s| s.name == fired.step);
                let what = step.map_or_else(|| fired.step.replace('_', " "), step_in_words);
                ChaseMoment {
                    what: if fired.messages == 0 {
                        format!("{what} (nobody could be reached)")
                    } else {
                        what
                    },
                    at: fired.at,
                }
            })
            .collect();
        Ok(Some(ChaseView {
            upn: episode.upn.to_string(),
            taken,
            replied: episode.stopped.is_some_and(|s| s.why == StopReason::Reply),
            next: next.map(|(step, at)| ChaseMoment {
                what: step_in_words(step),
                at,
            }),
        }))
    }
}

/// When a chase still waiting for an explanation first told the office.
fn office_told_at(episode: &Episode) -> Option<DateTime<Utc>> {
    if !episode.is_active() {
        return None;
    }
    episode
        .fired
        .iter()
        .filter(|fired| fired.messages > 0)
        .find(|fired| {
            episode.flow.steps.iter().any(|step| {
                step.name == fired.step && step.to.contains(&StepRecipient::Staff(Role::Office))
            })
        })
        .map(|fired| fired.at)
}

/// The last step a chase took, in plain words ("office told"), or that
/// nobody has been contacted yet.
fn last_step_in_words(episode: &Episode) -> String {
    episode
        .fired
        .last()
        .and_then(|fired| episode.flow.steps.iter().find(|s| s.name == fired.step))
        .map_or_else(|| "nobody contacted yet".into(), step_in_words)
}

/// Who a step reaches, in plain words: "contacts 1 and 2 messaged",
/// "office told", "DSL told".
fn step_in_words(step: &Step) -> String {
    let contacts: Vec<String> = step
        .to
        .iter()
        .filter_map(|r| match r {
            StepRecipient::Contact(n) => Some(n.to_string()),
            StepRecipient::Staff(_) => None,
        })
        .collect();
    let mut who = Vec::new();
    match contacts.as_slice() {
        [] => {}
        [one] => who.push(format!("contact {one} messaged")),
        several => who.push(format!("contacts {} messaged", names_list(several))),
    }
    for recipient in &step.to {
        if let StepRecipient::Staff(role) = recipient {
            who.push(match role {
                Role::Office => "office told".into(),
                Role::Lead => "attendance lead told".into(),
                Role::Dsl => "DSL told".into(),
                other => format!("{other} told"),
            });
        }
    }
    who.join(", ")
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
        let periods = Periods::at(today, &entry.calendar);
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

    /// Millie's chase in the default flow, started Monday 23 November with
    /// the steps `fired` (name, UTC time, messages queued), as the feed
    /// reads it.
    fn millies_chase(
        fired: &[(&str, &str, usize)],
        stopped: Option<StopReason>,
    ) -> (ChaseFeed, Schools) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap();
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        let schools = Schools::from_config(&config, None).unwrap();
        let templates = crate::templates::Templates::load(&root.join("messages")).unwrap();
        let flows = crate::chase::Flows::load(&root.join("flows"), &templates).unwrap();
        let store = Store::temporary().unwrap();
        let monday: NaiveDate = "2026-11-23".parse().unwrap();
        Roster::open(&store)
            .unwrap()
            .import(
                &[crate::domain::fixtures::pupil(
                    "A100",
                    "Amelia",
                    Some("Millie"),
                )],
                &[crate::domain::fixtures::mother("A100")],
                monday,
            )
            .unwrap();
        let at = |t: &str| t.parse::<DateTime<Utc>>().unwrap();
        let episode = Episode {
            school: "fernhill".into(),
            upn: "A100".into(),
            first_session: SessionDate::new(monday, Session::Am),
            stored_under: None,
            started_at: at("2026-11-23T09:16:00Z"),
            flow: std::sync::Arc::new(flows.get("default").unwrap().clone()),
            fired: fired
                .iter()
                .map(|(step, when, messages)| crate::chase::FiredStep {
                    step: step.to_string(),
                    at: at(when),
                    messages: *messages,
                })
                .collect(),
            stopped: stopped.map(|why| crate::chase::Stopped {
                why,
                at: at("2026-11-23T11:30:00Z"),
            }),
            closed_at: None,
        };
        ChaseStore::open(&store).unwrap().start(&episode).unwrap();
        (ChaseFeed::open(&store, schools.clone()).unwrap(), schools)
    }

    fn chase_view(fired: &[(&str, &str, usize)], stopped: Option<StopReason>) -> String {
        let (feed, schools) = millies_chase(fired, stopped);
        let monday: NaiveDate = "2026-11-23".parse().unwrap();
        let view = feed.chase("fernhill", "A100", monday).unwrap().unwrap();
        view.in_words(schools.get("fernhill").unwrap(), monday)
    }

    #[test]
    fn a_chase_waits_on_the_office_from_its_first_office_step_until_it_stops() {
        let office_told = |fired: &[(&str, &str, usize)], stopped| {
            let (feed, _) = millies_chase(fired, stopped);
            let monday: NaiveDate = "2026-11-23".parse().unwrap();
            let [chase] = &feed.chases("fernhill", monday).unwrap()[..] else {
                panic!("Millie's chase")
            };
            chase.office_told_at.map(|at| at.to_rfc3339())
        };
        let last_step = |fired: &[(&str, &str, usize)]| {
            let (feed, _) = millies_chase(fired, None);
            let monday: NaiveDate = "2026-11-23".parse().unwrap();
            feed.chases("fernhill", monday).unwrap()[0].step.clone()
        };
        let day1 = ("chase_day1", "2026-11-23T09:25:00Z", 2);
        let call = ("staff_first_day_call", "2026-11-23T11:00:00Z", 1);
        assert_eq!(office_told(&[day1], None), None, "only the family so far");
        assert_eq!(last_step(&[day1]), "contacts 1 and 2 messaged");
        assert_eq!(last_step(&[day1, call]), "office told");
        assert_eq!(
            office_told(&[day1, call], None).as_deref(),
            Some("2026-11-23T11:00:00+00:00")
        );
        assert_eq!(
            office_told(&[day1, call], Some(StopReason::Reply)),
            None,
            "a reply explained it"
        );
        let unreached = ("staff_first_day_call", "2026-11-23T11:00:00Z", 0);
        assert_eq!(
            office_told(&[day1, unreached], None),
            None,
            "no office to tell"
        );
    }

    #[test]
    fn chase_progress_reads_in_plain_words_at_school_local_times() {
        // Millie is not vulnerable: the vulnerable pupils' day-1 steps are
        // never her next step.
        assert_eq!(
            chase_view(&[("chase_day1", "2026-11-23T09:25:00Z", 2)], None),
            "contacts 1 and 2 messaged 09:25; no reply yet; next: office told 11:00"
        );
        assert_eq!(
            chase_view(
                &[
                    ("chase_day1", "2026-11-23T09:25:00Z", 2),
                    ("staff_first_day_call", "2026-11-23T11:00:00Z", 1),
                ],
                None
            ),
            "contacts 1 and 2 messaged 09:25; office told 11:00; no reply yet; \
             next: contacts 1 and 2 messaged Tue 24 Nov 09:25"
        );
        assert_eq!(
            chase_view(&[], None),
            "nobody contacted yet; next: contacts 1 and 2 messaged 09:25"
        );
        assert_eq!(
            chase_view(
                &[("chase_day1", "2026-11-23T09:25:00Z", 0)],
                Some(StopReason::Reply)
            ),
            "contacts 1 and 2 messaged (nobody could be reached) 09:25; a contact replied"
        );
    }

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
