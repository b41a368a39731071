//! Chase records: one per absence episode of one pupil, with the flow it
//! started with, the steps it has fired and what stopped it.

use std::cell::OnceCell;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Flow;
use crate::domain::{SchoolId, SessionDate, Upn};
use crate::error::Result;
use crate::store::{Decoded, Store, Table};

/// The table of episode records.
const EPISODES: &str = "chase_episodes";

/// A run of school days on which a pupil is absent with no explanation,
/// and the chase that goes with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Episode {
    pub school: SchoolId,
    pub upn: Upn,
    /// The first unexplained session; its date is the episode's first day.
    /// It moves earlier when a register sent late shows the absence began
    /// before the chase did.
    pub first_session: SessionDate,
    /// The first day as the chase began with it, when it has since moved
    /// earlier: the episode stays stored under it, so the once keys of
    /// its messages do not change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_under: Option<NaiveDate>,
    #[serde(with = "crate::domain::stored_time::utc")]
    pub started_at: DateTime<Utc>,
    /// The flow as it was when the chase started; stored in full with
    /// the episode, and shared by the episodes read back with the same one.
    #[serde(with = "super::flow_snapshot")]
    pub flow: Arc<Flow>,
    pub fired: Vec<FiredStep>,
    /// Set when the chase stops sending; the episode may still be open.
    pub stopped: Option<Stopped>,
    /// Set when the episode is over (the pupil is in, or the absence is
    /// explained): a later unexplained absence starts a new episode.
    pub closed_at: Option<DateTime<Utc>>,
}

impl Episode {
    pub fn first_day(&self) -> NaiveDate {
        self.first_session.date
    }

    /// Still sending.
    pub fn is_active(&self) -> bool {
        self.stopped.is_none()
    }

    pub fn has_fired(&self, step: &str) -> bool {
        self.fired.iter().any(|f| f.step == step)
    }

    /// The store key, which is also the root of every once key its
    /// messages use.
    pub fn key(&self) -> String {
        episode_key(&self.school, &self.upn, self.key_day())
    }

    fn key_day(&self) -> NaiveDate {
        self.stored_under.unwrap_or(self.first_day())
    }

    /// Whether the episode's run of absence began on `day`, as it is known
    /// now or as it was first known.
    #[cfg(test)]
    fn began_on(&self, day: NaiveDate) -> bool {
        EpisodeDays {
            first_session: self.first_session,
            stored_under: self.stored_under,
        }
        .began_on(day)
    }
}

/// An episode's first days, read from its record without the rest (the
/// flow and the steps fired): all a question of which days an episode
/// began on needs.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct EpisodeDays {
    first_session: SessionDate,
    #[serde(default)]
    stored_under: Option<NaiveDate>,
}

impl EpisodeDays {
    fn began_on(&self, day: NaiveDate) -> bool {
        let first_day = self.first_session.date;
        (first_day..=self.stored_under.unwrap_or(first_day)).contains(&day)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiredStep {
    pub step: String,
    #[serde(with = "crate::domain::stored_time::utc")]
    pub at: DateTime<Utc>,
    /// How many messages it queued (0 when nobody could be reached).
    pub messages: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stopped {
    pub why: StopReason,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// A contact wrote in. The episode stays open (the family is in touch;
    /// the office has the message), so no new chase starts for the same
    /// run of absence.
    Reply,
    /// A parent's report or a staff or MIS code gives a reason.
    Explained,
    /// The register shows the pupil in.
    Present,
}

/// How many decoded episodes are kept: far more chases than a school has
/// running at once.
const KEPT_EPISODES: usize = 4096;

/// Episodes keyed `school/upn/first_day`, and an index of open ones keyed
/// `school/upn`, so a tick reads only the chases still running.
#[derive(Clone)]
pub struct ChaseStore {
    store: Store,
    episodes: Table<Episode>,
    /// Each episode as last decoded: every tick and every wake-up reads
    /// each open episode, most of them unchanged since the last, and
    /// decoding one (its flow above all) cost far more than reading it.
    decoded: Decoded<Episode>,
    /// The same records as `episodes`, read as their first days only.
    episode_days: Table<EpisodeDays>,
    open: Table<NaiveDate>,
}

impl ChaseStore {
    pub fn open(store: &Store) -> Result<ChaseStore> {
        Ok(ChaseStore {
            store: store.clone(),
            episodes: store.table(EPISODES)?,
            decoded: Decoded::new(KEPT_EPISODES),
            episode_days: store.table(EPISODES)?,
            open: store.table("chase_open")?,
        })
    }

    /// Records a new episode as the pupil's open one. False, with nothing
    /// written, when an episode with the same first day exists.
    pub fn start(&self, episode: &Episode) -> Result<bool> {
        let mut batch = self.store.batch();
        batch.put_new(&self.episodes, &episode.key(), episode)?;
        batch.put(
            &self.open,
            &open_key(&episode.school, &episode.upn),
            &episode.key_day(),
        )?;
        batch.commit()
    }

    pub fn get(&self, school: &str, upn: &str, first_day: NaiveDate) -> Result<Option<Episode>> {
        self.decoded
            .get(&self.episodes, &episode_key(school, upn, first_day))
    }

    /// A pupil's episodes, to ask of several days whether one began then:
    /// read from the store once, at the first question.
    pub fn episodes_read_once<'c>(&'c self, school: &'c str, upn: &'c str) -> EpisodesOf<'c> {
        EpisodesOf {
            chases: self,
            school,
            upn,
            read: OnceCell::new(),
        }
    }

    /// The pupil's open episode, if any.
    pub fn open_episode(&self, school: &str, upn: &str) -> Result<Option<Episode>> {
        match self.open.get(&open_key(school, upn))? {
            Some(first_day) => self.get(school, upn, first_day),
            None => Ok(None),
        }
    }

    /// Whether the pupil has an open episode, without reading it.
    pub fn has_open_episode(&self, school: &str, upn: &str) -> Result<bool> {
        match self.open.get(&open_key(school, upn))? {
            Some(first_day) => self.episodes.contains(&episode_key(school, upn, first_day)),
            None => Ok(false),
        }
    }

    /// Every open episode of a school.
    pub fn open_episodes(&self, school: &str) -> Result<Vec<Episode>> {
        let mut found = Vec::new();
        for entry in self.open.scan_prefix(&format!("{school}/")) {
            let (key, first_day) = entry?;
            let upn = &key[school.len() + 1..];
            if let Some(episode) = self.get(school, upn, first_day)? {
                found.push(episode);
            }
        }
        Ok(found)
    }

    /// Every episode of a pupil, oldest first.
    pub fn episodes_of(&self, school: &str, upn: &str) -> Result<Vec<Episode>> {
        self.episodes
            .scan_prefix(&format!("{school}/{upn}/"))
            .map(|r| r.map(|(_, e)| e))
            .collect()
    }

    /// Notes that a step fired. Durable when it returns.
    pub fn record_fired(&self, episode: &Episode, fired: FiredStep) -> Result<()> {
        self.episodes.update(&episode.key(), |stored| {
            stored.map(|mut e| {
                if !e.has_fired(&fired.step) {
                    e.fired.push(fired.clone());
                }
                e
            })
        })?;
        self.store.flush()
    }

    /// Moves an episode's first session earlier: a register sent late
    /// shows the absence began before the chase did. Durable when it
    /// returns; returns the episode as it now stands.
    pub fn move_first_session(&self, episode: &Episode, first: SessionDate) -> Result<Episode> {
        let updated = self.episodes.update(&episode.key(), |stored| {
            stored.map(|mut e| {
                e.stored_under = Some(e.key_day());
                e.first_session = e.first_session.min(first);
                e
            })
        })?;
        self.store.flush()?;
        Ok(updated.unwrap_or_else(|| episode.clone()))
    }

    /// Stops the chase (if it is still sending) and, for anything but a
    /// reply, closes the episode. Returns the episode as it now stands.
    pub fn stop(&self, episode: &Episode, why: StopReason, at: DateTime<Utc>) -> Result<Episode> {
        let closes = why != StopReason::Reply;
        let updated = self.episodes.update(&episode.key(), |stored| {
            stored.map(|mut e| {
                if e.stopped.is_none() {
                    e.stopped = Some(Stopped { why, at });
                }
                if closes && e.closed_at.is_none() {
                    e.closed_at = Some(at);
                }
                e
            })
        })?;
        if closes {
            self.open.remove(&open_key(&episode.school, &episode.upn))?;
        }
        self.store.flush()?;
        Ok(updated.unwrap_or_else(|| episode.clone()))
    }
}

/// A pupil's episodes as they stood when first asked about (see
/// [`ChaseStore::episodes_read_once`]). Tracing an absence back asks of
/// each earlier school day whether an episode began on it; one read answers
/// them all.
pub struct EpisodesOf<'c> {
    chases: &'c ChaseStore,
    school: &'c str,
    upn: &'c str,
    read: OnceCell<Vec<EpisodeDays>>,
}

impl EpisodesOf<'_> {
    /// Whether an episode whose absence began on `day` was ever recorded,
    /// counting the first days it had before a late register moved it.
    pub fn began_on(&self, day: NaiveDate) -> Result<bool> {
        Ok(self.first_session_of_one_begun_on(day)?.is_some())
    }

    /// The first session of an episode whose absence began on `day`, as
    /// [`began_on`](Self::began_on) counts it.
    pub fn first_session_of_one_begun_on(&self, day: NaiveDate) -> Result<Option<SessionDate>> {
        let episodes = match self.read.get() {
            Some(episodes) => episodes,
            None => {
                let episodes = self
                    .chases
                    .episode_days
                    .scan_prefix(&format!("{}/{}/", self.school, self.upn))
                    .map(|r| r.map(|(_, days)| days))
                    .collect::<Result<Vec<_>>>()?;
                self.read.get_or_init(|| episodes)
            }
        };
        Ok(episodes
            .iter()
            .find(|e| e.began_on(day))
            .map(|e| e.first_session))
    }
}

fn episode_key(school: &str, upn: &str, first_day: NaiveDate) -> String {
    format!("{school}/{upn}/{first_day}")
}

fn open_key(school: &str, upn: &str) -> String {
    format!("{school}/{upn}")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::chase::Flows;
    use crate::domain::Session;
    use crate::templates::Templates;

    fn episode(upn: &str, first_day: &str) -> Episode {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let templates = Templates::load(&root.join("messages")).unwrap();
        let flows = Flows::load(&root.join("flows"), &templates).unwrap();
        Episode {
            school: "fernhill".into(),
            upn: upn.into(),
            first_session: SessionDate::new(first_day.parse().unwrap(), Session::Am),
            stored_under: None,
            started_at: "2026-11-23T10:00:00Z".parse().unwrap(),
            flow: Arc::new(flows.get("default").unwrap().clone()),
            fired: Vec::new(),
            stopped: None,
            closed_at: None,
        }
    }

    #[test]
    fn episodes_read_once_answer_as_a_read_of_every_episode_does() {
        let store = Store::temporary().unwrap();
        let chases = ChaseStore::open(&store).unwrap();
        let first = episode("A1", "2026-11-23");
        assert!(chases.start(&first).unwrap());
        let at: DateTime<Utc> = "2026-11-24T10:00:00Z".parse().unwrap();
        chases.stop(&first, StopReason::Present, at).unwrap();
        // A late register moves the second episode's first day back.
        let second = episode("A1", "2026-12-02");
        assert!(chases.start(&second).unwrap());
        let early = SessionDate::new("2026-11-30".parse().unwrap(), Session::Am);
        chases.move_first_session(&second, early).unwrap();
        assert!(chases.start(&episode("B2", "2026-11-26")).unwrap());

        let days = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .iter_days()
            .take(16);
        let once = chases.episodes_read_once("fernhill", "A1");
        let all = chases.episodes_of("fernhill", "A1").unwrap();
        let mut began = Vec::new();
        for day in days {
            let scanned = all.iter().any(|e| e.began_on(day));
            assert_eq!(once.began_on(day).unwrap(), scanned, "{day}");
            if scanned {
                began.push(day.to_string());
            }
        }
        assert_eq!(
            began,
            ["2026-11-23", "2026-11-30", "2026-12-01", "2026-12-02"]
        );

        // Read once: an episode started after the first question is seen
        // by the next reading, not by this one.
        let later: NaiveDate = "2026-12-07".parse().unwrap();
        assert!(chases.start(&episode("A1", "2026-12-07")).unwrap());
        assert!(!once.began_on(later).unwrap());
        let again = chases.episodes_read_once("fernhill", "A1");
        assert!(again.began_on(later).unwrap());
    }

    /// An episode as stores have held it since chases began: the flow in
    /// full, no `stored_under`.
    const STORED_EPISODE: &str = r#"{"school":"fernhill","upn":"A1",
        "first_session":{"date":"2026-11-23","session":"am"},
        "started_at":"2026-11-23T10:00:00Z",
        "flow":{"name":"default","description":"","quiet_hours":{"from":"20:00","to":"07:30"},
            "family":{"channels":["telegram","sms","email"],"reach":"first"},
            "staff":{"channels":["email"],"reach":"all"},
            "step":[
                {"name":"chase_day1","kind":"chase_day1","day":1,"at":"am_close + 10m","cron":null,
                 "to":["contact1"],"conditions":[],"template":"chase_day1","channels":null,"reach":null,"expires":"end_of_day"},
                {"name":"staff_first_day_call","kind":"staff_first_day_call","day":1,"at":null,"cron":"0 0 11 * * *",
                 "to":["office"],"conditions":["vulnerable"],"template":"staff_first_day_call","channels":["sms"],"reach":null,"expires":"never"}]},
        "fired":[{"step":"chase_day1","at":"2026-11-23T10:10:00Z","messages":1}],
        "stopped":null,"closed_at":null}"#;

    #[test]
    fn an_episode_stored_with_its_flow_in_full_reads_and_writes_back_the_same() {
        let store = Store::temporary().unwrap();
        let day: NaiveDate = "2026-11-23".parse().unwrap();
        let written: serde_json::Value = serde_json::from_str(STORED_EPISODE).unwrap();
        let raw: Table<serde_json::Value> = store.table("chase_episodes").unwrap();
        raw.insert("fernhill/A1/2026-11-23", &written).unwrap();
        store
            .table::<NaiveDate>("chase_open")
            .unwrap()
            .insert("fernhill/A1", &day)
            .unwrap();

        let chases = ChaseStore::open(&store).unwrap();
        let episode = chases.open_episode("fernhill", "A1").unwrap().unwrap();
        assert_eq!(episode.first_day(), day);
        assert_eq!(episode.stored_under, None);
        assert!(episode.has_fired("chase_day1") && episode.is_active());
        let flow = &episode.flow;
        assert_eq!(flow.quiet_hours.unwrap().to.to_string(), "07:30:00");
        assert_eq!(flow.staff.reach, crate::staff::Reach::Everywhere);
        let steps: Vec<_> = flow.steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(steps, ["chase_day1", "staff_first_day_call"]);
        let call = &flow.steps[1];
        let cron = call.cron.as_ref().unwrap();
        assert_eq!(serde_json::to_value(cron).unwrap(), "0 0 11 * * *");
        let eleven = cron.schedule().after(&episode.started_at).next().unwrap();
        assert_eq!(eleven.to_rfc3339(), "2026-11-23T11:00:00+00:00");
        assert_eq!(call.expires, crate::chase::flow::Expiry::Never);
        assert!(call.at.is_none());
        // Another episode with the same flow shares the parsed one.
        let again = chases.get("fernhill", "A1", day).unwrap().unwrap();
        assert!(Arc::ptr_eq(&again.flow, &episode.flow));

        // Written back after a step, the record is what it was, plus the step.
        let at: DateTime<Utc> = "2026-11-24T11:00:00Z".parse().unwrap();
        let fired = FiredStep {
            step: "staff_first_day_call".into(),
            at,
            messages: 1,
        };
        chases.record_fired(&episode, fired).unwrap();
        let mut expected = written;
        expected["fired"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"step":"staff_first_day_call","at":"2026-11-24T11:00:00Z","messages":1}));
        assert_eq!(
            raw.get("fernhill/A1/2026-11-23").unwrap().unwrap(),
            expected
        );
    }

    #[test]
    fn has_open_episode_answers_as_reading_the_open_episode_does() {
        let store = Store::temporary().unwrap();
        let chases = ChaseStore::open(&store).unwrap();
        let at: DateTime<Utc> = "2026-11-24T10:00:00Z".parse().unwrap();
        let closed = episode("A1", "2026-11-23");
        chases.start(&closed).unwrap();
        chases.stop(&closed, StopReason::Explained, at).unwrap();
        let replied = episode("B2", "2026-11-23");
        chases.start(&replied).unwrap();
        chases.stop(&replied, StopReason::Reply, at).unwrap();
        chases.start(&episode("C3", "2026-11-24")).unwrap();
        for (upn, open) in [("A1", false), ("B2", true), ("C3", true), ("D4", false)] {
            let read = chases.open_episode("fernhill", upn).unwrap().is_some();
            assert_eq!(read, open, "{upn}");
            assert_eq!(
                chases.has_open_episode("fernhill", upn).unwrap(),
                open,
                "{upn}"
            );
        }
    }
}
