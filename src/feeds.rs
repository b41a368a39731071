//! What one part of the daemon tells the others: where each chase has
//! reached, for the digest and the staff screen. The chase module keeps
//! its episodes; this reads them and answers in each reader's terms.

use chrono::{DateTime, NaiveDate, Utc};

use crate::chase::engine::due_at;
use crate::chase::{ChaseStore, Episode};
use crate::digest::{ChaseProgress, DigestFeeds, NeedsPerson, SafeguardingItem};
use crate::error::Result;
use crate::schools::Schools;
use crate::store::Store;
use crate::web::feeds::{ChaseProgress as ScreenChaseProgress, ChaseView};

/// Chase progress read from the chase store.
pub struct ChaseFeed {
    chases: ChaseStore,
    schools: Schools,
}

impl ChaseFeed {
    pub fn open(store: &Store, schools: Schools) -> Result<ChaseFeed> {
        Ok(ChaseFeed {
            chases: ChaseStore::open(store)?,
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

    /// Safeguarding alerts go to the DSL at once on every channel.
    fn safeguarding(&self, _school: &str, _date: NaiveDate) -> Result<Vec<SafeguardingItem>> {
        Ok(Vec::new())
    }
}

impl ScreenChaseProgress for ChaseFeed {
    fn chase(&self, school: &str, upn: &str, date: NaiveDate) -> Result<Option<ChaseView>> {
        Ok(self.episode_on(school, upn, date)?.map(|episode| {
            let (step, next) = self.progress(&episode);
            ChaseView {
                upn: episode.upn.clone(),
                step,
                next_step: next.as_ref().map(|(name, _)| name.clone()),
                next_step_at: next.map(|(_, at)| at),
            }
        }))
    }
}
