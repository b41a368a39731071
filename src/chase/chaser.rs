//! The chaser: finds unexplained absences in the register, starts a chase
//! for each with a snapshot of the school's flow, and fires each step once
//! when it falls due.
//!
//! Exactly once: every message a step sends is queued under an outbox once
//! key derived from the episode, the step and the recipient, so a step
//! re-run after a crash or a restart queues only what it had not queued
//! yet. Whether a step is still due is decided afresh from the register at
//! every tick, never remembered from an earlier one.

use std::collections::{HashMap, hash_map};
use std::rc::Rc;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use super::flow::{Expiry, Flow, Flows, Step, StepRecipient, TimeOfDay};
use super::register_reads::RegisterReads;
use super::standing::{Standing, standing, trace_run};
use super::store::{ChaseStore, Episode, EpisodesOf, FiredStep, StopReason};
use crate::domain::{
    Channel, Contact, Language, Pupil, School, Session, SessionDate, Upn, date_words,
};
use crate::error::{Error, Result};
use crate::inbound::ReplyListener;
use crate::outbox::{self, OnceKey, OutboundMessage, Outbox, Role};
use crate::pause_points::{self, pause_point};
use crate::register::{Entry, RegisterBook};
use crate::roster::Roster;
use crate::schools::{ConfiguredSchool, Schools};
use crate::staff::{Reach, recipients};
use crate::store::Store;
use crate::templates::{FALLBACK_LANGUAGE, Rendered, Templates};

/// How far ahead a cron step with no day is looked for.
const CRON_SEARCH_LIMIT: usize = 1000;

/// How many school days before today a register may arrive late and still
/// start a chase: a school week, as when the MIS link was down for days.
const LATE_REGISTER_SCHOOL_DAYS: usize = 5;

/// What one tick did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TickSummary {
    pub started: usize,
    pub steps_fired: usize,
    pub messages: usize,
    pub stopped: usize,
}

/// Chases every school's unexplained absences. Cheap to clone.
#[derive(Clone)]
pub struct Chaser {
    schools: Schools,
    flows: Arc<Flows>,
    templates: Arc<Templates>,
    roster: Roster,
    register: RegisterBook,
    outbox: Outbox,
    chases: ChaseStore,
}

impl Chaser {
    /// A chaser over the store. Fails if a school's flow is not loaded.
    pub fn new(
        store: &Store,
        schools: Schools,
        flows: Flows,
        templates: Arc<Templates>,
    ) -> Result<Chaser> {
        for school in schools.iter() {
            if flows.get(&school.config.flow).is_none() {
                return Err(Error::Config {
                    path: format!("flows/{}.toml", school.config.flow).into(),
                    line: None,
                    message: format!(
                        "school `{}` uses flow `{}`, which is not loaded",
                        school.id, school.config.flow
                    ),
                });
            }
        }
        Ok(Chaser {
            schools,
            flows: Arc::new(flows),
            templates,
            roster: Roster::open(store)?,
            register: RegisterBook::open(store)?,
            outbox: Outbox::open(store)?,
            chases: ChaseStore::open(store)?,
        })
    }

    /// The chase records, for the digest and for staff.
    pub fn chases(&self) -> &ChaseStore {
        &self.chases
    }

    /// Does everything due at `now`: starts chases for new unexplained
    /// absences, closes those now explained, fires due steps. Idempotent.
    pub fn tick(&self, now: DateTime<Utc>) -> Result<TickSummary> {
        let mut summary = TickSummary::default();
        for school in self.schools.iter() {
            let register = RegisterReads::new(&self.register, &school.id);
            self.start_new_chases(school, &register, now, &mut summary)?;
            for episode in self.chases.open_episodes(&school.id)? {
                let episode = self.move_back_if_began_earlier(school, &register, episode)?;
                self.advance(school, &register, episode, now, &mut summary)?;
            }
        }
        Ok(summary)
    }

    /// The next instant a step falls due, if any chase has one ahead.
    pub fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let mut earliest: Option<DateTime<Utc>> = None;
        for school in self.schools.iter() {
            for episode in self.chases.open_episodes(&school.id)? {
                if !episode.is_active() {
                    continue;
                }
                for step in &episode.flow.steps {
                    if episode.has_fired(&step.name) {
                        continue;
                    }
                    if let Some(due) = due_at(step, &episode, school)
                        && due > now
                    {
                        earliest = Some(earliest.map_or(due, |e| e.min(due)));
                    }
                }
            }
        }
        Ok(earliest)
    }

    /// A contact of the pupil wrote in: the chase stops. Returns whether a
    /// chase was running.
    pub fn stop_on_reply(&self, school: &str, upn: &str, at: DateTime<Utc>) -> Result<bool> {
        match self.chases.open_episode(school, upn)? {
            Some(episode) if episode.is_active() => {
                self.stop(&episode, StopReason::Reply, at)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn stop(&self, episode: &Episode, why: StopReason, at: DateTime<Utc>) -> Result<()> {
        self.chases.stop(episode, why, at)?;
        // A family message held for quiet hours must not go out after the
        // family has answered or the absence is explained.
        let held = self.outbox.cancel_pending(
            &OnceKey::chase_steps_of(&episode.key()),
            "chase stopped",
            at,
        )?;
        tracing::debug!(school = %episode.school, ?why, held_cancelled = held, "chase stopped");
        Ok(())
    }

    fn start_new_chases(
        &self,
        school: &ConfiguredSchool,
        register: &RegisterReads,
        now: DateTime<Utc>,
        summary: &mut TickSummary,
    ) -> Result<()> {
        // Every recent session's entries first, so that each pupil's
        // chases are read once for all the pupil's sessions.
        let today = school.local_date(now);
        let mut to_follow_up = Vec::new();
        for at in recent_sessions(school, today) {
            for (upn, register_entry) in self.register.session_to_follow_up(&school.id, at)? {
                let register_entry = Rc::new(register_entry);
                register.keep(&upn, at, Some(register_entry.clone()));
                to_follow_up.push((at, upn, register_entry));
            }
        }
        let mut pupils: HashMap<&str, PupilChases> = HashMap::new();
        for (at, upn, register_entry) in &to_follow_up {
            let at = *at;
            if register_came_after_report(register_entry) {
                self.note_conflict(school, upn, at, now)?;
            }
            if !register_entry.is_unexplained() {
                continue;
            }
            let chases = match pupils.entry(upn.as_str()) {
                hash_map::Entry::Occupied(known) => known.into_mut(),
                hash_map::Entry::Vacant(first_seen) => first_seen.insert(PupilChases {
                    open: self.chases.has_open_episode(&school.id, upn)?,
                    episodes: self.chases.episodes_read_once(&school.id, upn),
                }),
            };
            if chases.open {
                continue;
            }
            let episodes = &chases.episodes;
            let run = trace_run(register, school, upn, at, |day| {
                episodes.first_session_of_one_begun_on(day)
            })?;
            if let Some(earlier) = run.earlier_episode
                && !matches!(
                    standing(register, school, upn, earlier, today)?,
                    Standing::Unexplained { .. }
                )
            {
                // The absence runs back into an earlier chase's days, and
                // what ended that chase (the pupil back, a reason) still
                // stands: it is that chase's absence, already over. Had the
                // register since been corrected to unexplained, the run
                // would be chased again below.
                continue;
            }
            let first = run.first;
            if episodes.began_on(first.date)? {
                // This day's absence was chased already and that chase
                // ended; one chase per first day.
                continue;
            }
            match self.roster.pupil(&school.id, upn)? {
                Some(pupil) if pupil.on_roll() => {}
                _ => {
                    tracing::warn!(school = %school.id, "an unexplained absence for a pupil not on roll");
                    continue;
                }
            }
            let flow = Arc::new(
                self.flows
                    .get(&school.config.flow)
                    .expect("checked in Chaser::new")
                    .clone(),
            );
            let episode = Episode {
                school: school.id.clone(),
                upn: upn.clone(),
                first_session: first,
                stored_under: None,
                started_at: now,
                flow,
                fired: Vec::new(),
                stopped: None,
                closed_at: None,
            };
            if self.chases.start(&episode)? {
                summary.started += 1;
                chases.open = true;
            }
        }
        Ok(())
    }

    /// A register sent late can show that a running chase's absence began
    /// on earlier school days: the chase then counts its days from there,
    /// so the five-, ten- and twenty-day steps fall when the absence
    /// reaches them. Steps already fired stay fired.
    fn move_back_if_began_earlier(
        &self,
        school: &School,
        register: &RegisterReads,
        episode: Episode,
    ) -> Result<Episode> {
        let episodes = self.chases.episodes_read_once(&school.id, &episode.upn);
        let first = trace_run(
            register,
            school,
            &episode.upn,
            episode.first_session,
            |day| episodes.first_session_of_one_begun_on(day),
        )?
        .first;
        if first >= episode.first_session {
            return Ok(episode);
        }
        tracing::debug!(school = %school.id, upn = %episode.upn, from = %episode.first_session.date, to = %first.date, "a late register moves a chase's first day back");
        self.chases.move_first_session(&episode, first)
    }

    fn advance(
        &self,
        school: &ConfiguredSchool,
        register: &RegisterReads,
        episode: Episode,
        now: DateTime<Utc>,
        summary: &mut TickSummary,
    ) -> Result<()> {
        let today = school.local_date(now);
        let latest = match standing(register, school, &episode.upn, episode.first_session, today)? {
            Standing::Present => {
                self.stop(&episode, StopReason::Present, now)?;
                summary.stopped += 1;
                return Ok(());
            }
            Standing::Explained => {
                self.stop(&episode, StopReason::Explained, now)?;
                summary.stopped += 1;
                return Ok(());
            }
            Standing::Unexplained { latest } => latest,
        };
        if !episode.is_active() {
            return Ok(());
        }
        let Some(pupil) = self
            .roster
            .pupil(&school.id, &episode.upn)?
            .filter(Pupil::on_roll)
        else {
            return Ok(());
        };
        for step in &episode.flow.steps {
            if episode.has_fired(&step.name) || !step.applies_to(&pupil) {
                continue;
            }
            let Some(due) = due_at(step, &episode, school) else {
                continue;
            };
            let due_day = school.local_date(due);
            let stale = step.expires == Expiry::EndOfDay && today != due_day;
            // The register for the step's day must show the pupil still
            // absent: a day-2 message waits for day 2's register.
            if due > now || stale || latest.date < due_day {
                continue;
            }
            let messages = self.fire(school, &episode, step, &pupil, latest.date, now)?;
            pause_point(pause_points::CHASE_STEP_QUEUED);
            self.chases.record_fired(
                &episode,
                FiredStep {
                    step: step.name.clone(),
                    at: now,
                    messages,
                },
            )?;
            crate::metrics::daemon().chase_step(&step.name);
            summary.steps_fired += 1;
            summary.messages += messages;
        }
        Ok(())
    }

    /// Queues a step's messages; returns how many it has (queued now or
    /// before a restart). Their day count runs to `last_absent`, the last
    /// day the register shows the pupil absent: today, unless the step
    /// fires late for days whose registers arrived late.
    fn fire(
        &self,
        school: &ConfiguredSchool,
        episode: &Episode,
        step: &Step,
        pupil: &Pupil,
        last_absent: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let values = Values::new(school, pupil, episode.first_day(), last_absent);
        let contacts = self.roster.contacts_of(&pupil.upn)?;
        let held_until = held_until(&episode.flow, school, now);
        let mut count = 0;
        for &recipient in &step.to {
            let rule = step.channel_rule(&episode.flow, recipient);
            for person in self.people(school, recipient, &contacts) {
                for (channel, to) in rule.pick(&person.channels) {
                    let rendered =
                        values.render(&self.templates, &step.template, &person.language, &[])?;
                    let family = matches!(recipient, StepRecipient::Contact(_));
                    let message = OutboundMessage {
                        school: Some(school.id.clone()),
                        channel: *channel,
                        to: to.clone(),
                        role: recipient.role(),
                        pupils: vec![pupil.upn.clone()],
                        kind: step.kind.clone(),
                        subject: rendered.subject,
                        text: rendered.text,
                        html: None,
                        in_reply_to: None,
                        choices: Vec::new(),
                        not_before: if family { held_until } else { None },
                    };
                    let once_key = if family {
                        OnceKey::ChaseStep {
                            episode: episode.key(),
                            step: step.name.clone(),
                            role: recipient.role(),
                            recipient: outbox::Recipient::new(*channel, to),
                        }
                    } else {
                        // The shared alert key: the threshold watch uses the
                        // same, so staff never hear the same alert twice.
                        crate::digest::alerts::alert_once_key(
                            &school.id,
                            &pupil.upn,
                            &step.kind,
                            episode.first_day(),
                            to,
                        )
                    };
                    // Queued now or before a restart: either way it is this
                    // step's message.
                    self.outbox.enqueue(message, Some(&once_key), now)?;
                    count += 1;
                }
            }
        }
        if count == 0 {
            tracing::warn!(school = %school.id, step = %step.name, "a chase step found nobody to reach");
        }
        Ok(count)
    }

    /// The people a recipient names, each with the channels they have.
    fn people(
        &self,
        school: &ConfiguredSchool,
        recipient: StepRecipient,
        contacts: &[Contact],
    ) -> Vec<Person> {
        match recipient {
            StepRecipient::Contact(priority) => contacts
                .iter()
                .filter(|c| c.priority == priority)
                .map(|c| Person {
                    language: c.language.clone(),
                    channels: contact_channels(c),
                })
                .collect(),
            StepRecipient::Staff(role) => {
                let mut people: Vec<(String, Person)> = Vec::new();
                for r in recipients(&school.config.staff, role, Reach::Everywhere) {
                    match people.last_mut() {
                        Some((name, person)) if *name == r.name => {
                            person.channels.push((r.channel, r.to))
                        }
                        _ => people.push((
                            r.name,
                            Person {
                                language: crate::templates::FALLBACK_LANGUAGE.into(),
                                channels: vec![(r.channel, r.to)],
                            },
                        )),
                    }
                }
                people.into_iter().map(|(_, p)| p).collect()
            }
        }
    }

    /// A parent reported an absence for a session the register shows the
    /// pupil in: the office looks, once per session.
    fn note_conflict(
        &self,
        school: &ConfiguredSchool,
        upn: &str,
        at: SessionDate,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let Some(pupil) = self.roster.pupil(&school.id, upn)? else {
            return Ok(());
        };
        let values = Values::new(school, &pupil, at.date, at.date);
        let session = at.to_string();
        let rendered = values.render(
            &self.templates,
            "register_conflict",
            FALLBACK_LANGUAGE,
            &[("session", &session)],
        )?;
        for r in recipients(&school.config.staff, Role::Office, Reach::Preferred) {
            let message = OutboundMessage {
                school: Some(school.id.clone()),
                channel: r.channel,
                to: r.to.clone(),
                role: Role::Office,
                pupils: vec![upn.into()],
                kind: "register_conflict".into(),
                subject: rendered.subject.clone(),
                text: rendered.text.clone(),
                html: None,
                in_reply_to: None,
                choices: Vec::new(),
                not_before: None,
            };
            let once_key = OnceKey::RegisterConflict {
                school: school.id.clone(),
                upn: upn.into(),
                session: at,
                recipient: outbox::Recipient::new(r.channel, &r.to),
            };
            self.outbox.enqueue(message, Some(&once_key), now)?;
        }
        Ok(())
    }
}

impl ReplyListener for Chaser {
    fn contact_replied(&self, school: &str, upns: &[Upn], at: DateTime<Utc>) -> Result<()> {
        for upn in upns {
            self.stop_on_reply(school, upn, at)?;
        }
        Ok(())
    }
}

/// The sessions of today and of the school days before it that a register
/// may still arrive for late, newest first.
fn recent_sessions(school: &School, today: NaiveDate) -> Vec<SessionDate> {
    std::iter::successors(Some(today), |&day| school.calendar.previous_school_day(day))
        .take(LATE_REGISTER_SCHOOL_DAYS + 1)
        .flat_map(|day| Session::BOTH.map(|session| SessionDate::new(day, session)))
        .collect()
}

/// A parent's report says absent, and the MIS register taken after it says
/// present. (A report that arrives after the register is the inbound
/// pipeline's to note.)
fn register_came_after_report(entry: &Entry) -> bool {
    entry.report_contradicts_register()
        && matches!((&entry.mis, &entry.provisional),
            (Some(mis), Some(report)) if mis.recorded_at >= report.recorded_at)
}

/// What a pass over the recent sessions knows of a pupil's chases, read at
/// the pupil's first unexplained session and kept for the rest: only the
/// pass starts episodes, and an episode it starts is open.
struct PupilChases<'c> {
    open: bool,
    episodes: EpisodesOf<'c>,
}

/// Someone a step speaks to.
struct Person {
    language: String,
    channels: Vec<(Channel, String)>,
}

fn contact_channels(contact: &Contact) -> Vec<(Channel, String)> {
    let mut channels = Vec::new();
    if let Some(chat) = contact.telegram_chat {
        channels.push((Channel::Telegram, chat.to_string()));
    }
    if let Some(mobile) = &contact.mobile {
        channels.push((Channel::Sms, mobile.clone()));
    }
    if let Some(email) = &contact.email {
        channels.push((Channel::Email, email.clone()));
    }
    channels
}

/// What every chase template may use.
struct Values {
    school: String,
    pupil: String,
    pupil_full: String,
    upn: String,
    year: String,
    first_day: NaiveDate,
    days: String,
}

impl Values {
    fn new(school: &School, pupil: &Pupil, first_day: NaiveDate, today: NaiveDate) -> Values {
        Values {
            school: school.name.clone(),
            pupil: pupil.preferred_name().to_string(),
            pupil_full: format!("{} {}", pupil.preferred_name(), pupil.last_name),
            upn: pupil.upn.to_string(),
            year: pupil.year.to_string(),
            first_day,
            days: school
                .calendar
                .count_school_days(first_day, today)
                .max(1)
                .to_string(),
        }
    }

    /// Fills in `kind` for a reader of `language` (only the date is said
    /// differently), with any values the kind adds.
    fn render(
        &self,
        templates: &Templates,
        kind: &str,
        language: &str,
        extra: &[(&str, &str)],
    ) -> Result<Rendered> {
        let first_day = date_words(self.first_day, Language::from_tag(language));
        let mut values = vec![
            ("school", self.school.as_str()),
            ("pupil", &self.pupil),
            ("pupil_full", &self.pupil_full),
            ("upn", &self.upn),
            ("year", &self.year),
            ("first_day", &first_day),
            ("days", &self.days),
        ];
        values.extend_from_slice(extra);
        templates.render(kind, language, &values)
    }
}

/// When a step falls due for an episode, if it ever does.
pub fn due_at(step: &Step, episode: &Episode, school: &School) -> Option<DateTime<Utc>> {
    let day = |n: u32| {
        school
            .calendar
            .nth_school_day_after(episode.first_day(), n - 1)
    };
    match (step.day, step.at, &step.cron) {
        (Some(n), Some(at), _) => Some(time_on(school, day(n)?, at)),
        (Some(n), None, Some(cron)) => {
            let date = day(n)?;
            let midnight = school.local(school.at(date, NaiveTime::MIN) - Duration::seconds(1));
            cron.schedule()
                .after(&midnight)
                .next()
                .filter(|t| t.date_naive() == date)
                .map(|t| t.with_timezone(&Utc))
        }
        (None, _, Some(cron)) => {
            let start = school.local(episode.started_at - Duration::seconds(1));
            cron.schedule()
                .after(&start)
                .take(CRON_SEARCH_LIMIT)
                .find(|t| school.calendar.is_school_day(t.date_naive()))
                .map(|t| t.with_timezone(&Utc))
        }
        (Some(_), None, None) | (None, _, None) => None,
    }
}

fn time_on(school: &School, date: NaiveDate, at: TimeOfDay) -> DateTime<Utc> {
    match at {
        TimeOfDay::Fixed(time) => school.at(date, time),
        TimeOfDay::AfterClose { session, delay } => {
            school.register_closes(SessionDate::new(date, session)) + delay
        }
    }
}

/// When a family message sent at `now` may go out, if quiet hours hold it.
fn held_until(flow: &Flow, school: &School, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let quiet = flow.quiet_hours?;
    let local = school.local(now);
    if !quiet.contains(local.time()) {
        return None;
    }
    let date = if local.time() >= quiet.to {
        local.date_naive().succ_opt()?
    } else {
        local.date_naive()
    };
    Some(school.at(date, quiet.to))
}
