//! Gathers a digest's inputs from the store, and from what other parts of
//! the daemon know (chases, items for a person, safeguarding) through
//! [`DigestFeeds`].

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveTime};

use super::compose::{ChaseProgress, DigestInput, NeedsPerson, SafeguardingItem};
use super::office::{OfficeInput, OpenItem};
use crate::domain::{Provenance, School, Upn, academic_year_start};
use crate::error::Result;
use crate::inbound::{Inbox, UnknownSenders};
use crate::la_notices::LaDrafts;
use crate::outbox::Outbox;
use crate::penalty_notices::PenaltyNotices;
use crate::register::RegisterBook;
use crate::roster::Roster;
use crate::safeguarding::Barrier;
use crate::schools::{ConfiguredSchool, Schools};
use crate::store::Store;
use crate::web::worklist::Worklist;

/// What the chase flows and the inbound pipeline know, for the digest.
/// The daemon wires the real sources in; [`NoFeeds`] leaves these sections
/// to what the register alone shows.
pub trait DigestFeeds: Send + Sync {
    /// Where each pupil's chase has reached on `date`.
    fn chases(&self, school: &str, date: NaiveDate) -> Result<Vec<ChaseProgress>>;
    /// Items waiting for a member of staff.
    fn needs_person(&self, school: &str, date: NaiveDate) -> Result<Vec<NeedsPerson>>;
    /// Safeguarding items raised on `date`, for the DSL's digest.
    fn safeguarding(&self, school: &str, date: NaiveDate) -> Result<Vec<SafeguardingItem>>;
}

/// No feeds: the digest shows what the register and inbox hold.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoFeeds;

impl DigestFeeds for NoFeeds {
    fn chases(&self, _school: &str, _date: NaiveDate) -> Result<Vec<ChaseProgress>> {
        Ok(Vec::new())
    }
    fn needs_person(&self, _school: &str, _date: NaiveDate) -> Result<Vec<NeedsPerson>> {
        Ok(Vec::new())
    }
    fn safeguarding(&self, _school: &str, _date: NaiveDate) -> Result<Vec<SafeguardingItem>> {
        Ok(Vec::new())
    }
}

/// The stored things a digest reads; cheap to clone.
#[derive(Clone)]
pub struct DigestSources {
    pub register: RegisterBook,
    pub roster: Roster,
    pub inbox: Inbox,
    pub barrier: Barrier,
    pub penalty_notices: PenaltyNotices,
    pub la_drafts: LaDrafts,
    pub worklist: Worklist,
    pub unknown_senders: UnknownSenders,
    pub schools: Schools,
}

impl DigestSources {
    pub fn open(store: &Store, schools: Schools) -> Result<DigestSources> {
        Ok(DigestSources {
            register: RegisterBook::open(store)?,
            roster: Roster::open(store)?,
            inbox: Inbox::open(store)?,
            barrier: Barrier::open(store, schools.clone())?,
            penalty_notices: PenaltyNotices::open(store)?,
            la_drafts: LaDrafts::open(store)?,
            worklist: Worklist::open(store, Outbox::open(store)?)?,
            unknown_senders: UnknownSenders::open(store)?,
            schools,
        })
    }

    /// A school's office digest inputs for `date`: its own open items (not
    /// the DSL's, not another school's), its chases that have told the
    /// office, the unknown senders its office hears of, and its concerns
    /// as the barrier lets the office know of them.
    pub fn gather_office(
        &self,
        entry: &ConfiguredSchool,
        date: NaiveDate,
        time: NaiveTime,
        feeds: &dyn DigestFeeds,
    ) -> Result<OfficeInput> {
        let school = &entry.id;
        let items = self
            .worklist
            .items(school, false, false, entry.at(date, NaiveTime::MIN))?
            .into_iter()
            .filter(|item| item.done.is_none())
            .map(|item| OpenItem {
                upns: item.pupils.iter().map(|u| Upn::from(u.as_str())).collect(),
                needs: match (item.subject, item.failure) {
                    (Some(subject), Some(failure)) => format!("{subject}: {failure}"),
                    (None, Some(failure)) => failure,
                    (Some(subject), None) => subject,
                    (None, None) => item.kind.replace('_', " "),
                },
                since: item.at,
            })
            .collect();
        let mut unknown_senders = self.unknown_senders.of_day(Some(school), date)?;
        // With no trust office, every school's office hears of the
        // messages no one school received.
        if self.schools.trust().is_none() {
            unknown_senders.extend(self.unknown_senders.of_day(None, date)?);
        }
        Ok(OfficeInput {
            school: School::clone(entry),
            date,
            time,
            pupils: self.roster.pupils(school)?,
            items,
            chases: feeds.chases(school, date)?,
            unknown_senders,
            concerns: self.barrier.notices_on(school, date)?,
        })
    }

    /// A school's digest inputs for one scheduled time.
    pub fn gather(
        &self,
        entry: &ConfiguredSchool,
        date: NaiveDate,
        time: NaiveTime,
        feeds: &dyn DigestFeeds,
    ) -> Result<DigestInput> {
        let school = &entry.id;
        let today = self.register.between(school, date, date)?;
        let mut parent_words = HashMap::new();
        for (_, _, register_entry) in &today {
            if let Some(Provenance::ParentReport { message }) =
                register_entry.provisional.as_ref().map(|m| &m.provenance)
                && !parent_words.contains_key(message)
                && let Some(inbound) = self.inbox.get(message)?
            {
                parent_words.insert(message.clone(), self.barrier.guard(&inbound)?);
            }
        }
        let year_start = academic_year_start(date);
        let last_year_start = academic_year_start(year_start - chrono::Days::new(1));
        let pupils = self.roster.pupils(school)?;
        let mut penalty_notices = self.penalty_notices.of_school(school)?;
        let upns: HashSet<&Upn> = pupils.iter().map(|p| &p.upn).collect();
        penalty_notices.retain(|upn, _| upns.contains(upn));
        let years = self.register.ledger().school_year(school, year_start)?;
        // Each digest keeps the cases found in the register as drafts, so
        // the lead sees every one until it is marked sent.
        self.la_drafts.refresh_from(entry, date, &years)?;
        let la_returns = self.la_drafts.open_drafts(school)?;
        Ok(DigestInput {
            school: School::clone(entry),
            target_percent: entry.config.attendance.target_percent,
            rate_after_sessions: entry.config.attendance.rate_after_sessions,
            date,
            time,
            pupils,
            years,
            last_years: self
                .register
                .ledger()
                .school_year(school, last_year_start)?
                .into_iter()
                .collect(),
            thresholds: entry.config.thresholds.clone(),
            penalty_notices,
            la_returns,
            today,
            parent_words,
            chases: feeds.chases(school, date)?,
            needs_person: feeds.needs_person(school, date)?,
            safeguarding: feeds.safeguarding(school, date)?,
        })
    }
}
