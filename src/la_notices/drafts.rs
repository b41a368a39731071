//! Draft returns kept until the attendance lead marks them sent: the cases
//! found in the register, and the evidence read afresh from the register,
//! the outbox and the inbox each time a draft is shown.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::cases::{CaseFinder, IllnessForecast, LaCase, LaCaseKind};
use super::evidence::{Attempt, Evidence, LocalTime, Received};
use crate::domain::{
    Code, Provenance, Session, SessionDate, Slot, Upn, YearCodes, academic_year_start,
};
use crate::error::{Error, Result};
use crate::inbound::Inbox;
use crate::outbox::{Outbox, Role, Status};
use crate::parse::durations;
use crate::register::RegisterBook;
use crate::roster::Roster;
use crate::safeguarding::barrier::guard_in;
use crate::safeguarding::{Audience, Records};
use crate::schools::ConfiguredSchool;
use crate::store::{Store, Table};

/// How far back and ahead of today a parent's report of an illness is
/// read for what they said of its length: an illness reported earlier
/// than this has its days in the register by now.
const FORECAST_WINDOW: chrono::Days = chrono::Days::new(42);

/// A case kept for the local authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaDraft {
    pub school: String,
    pub upn: String,
    pub case: LaCase,
    pub found_on: NaiveDate,
    pub sent: Option<SentToLa>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentToLa {
    pub at: DateTime<Utc>,
    pub by: String,
}

/// Which draft: the pupil, the case and its first day.
#[derive(Debug, Clone, Copy)]
pub struct DraftId<'a> {
    pub school: &'a str,
    pub upn: &'a str,
    pub kind: LaCaseKind,
    pub from: NaiveDate,
}

impl DraftId<'_> {
    fn key(&self) -> String {
        format!("{}/{}/{}/{}", self.school, self.upn, self.kind, self.from)
    }
}

/// The drafts and what their evidence is read from. Cheap to clone.
#[derive(Clone)]
pub struct LaDrafts {
    store: Store,
    drafts: Table<LaDraft>,
    register: RegisterBook,
    roster: Roster,
    inbox: Inbox,
    outbox: Outbox,
    concerns: Records,
}

impl LaDrafts {
    pub fn open(store: &Store) -> Result<LaDrafts> {
        Ok(LaDrafts {
            store: store.clone(),
            drafts: store.table("la_drafts")?,
            register: RegisterBook::open(store)?,
            roster: Roster::open(store)?,
            inbox: Inbox::open(store)?,
            outbox: Outbox::open(store)?,
            concerns: Records::open(store)?,
        })
    }

    /// Finds the cases in every pupil's register as of `today` and keeps
    /// each as a draft. A draft not yet sent follows its case as it grows;
    /// one sent is never changed. Returns how many drafts are new. Every
    /// digest refreshes, and most days no case changes: a draft that would
    /// be written as it stands is left alone, and with nothing written there
    /// is nothing to flush.
    pub fn refresh(&self, entry: &ConfiguredSchool, today: NaiveDate) -> Result<usize> {
        let years = self
            .register
            .ledger()
            .school_year(&entry.id, academic_year_start(today))?;
        self.refresh_from(entry, today, &years)
    }

    /// [`LaDrafts::refresh`] from the school's year codes as already read
    /// (`Ledger::school_year` for the academic year of `today`), for a
    /// caller that reads them anyway.
    pub fn refresh_from(
        &self,
        entry: &ConfiguredSchool,
        today: NaiveDate,
        years: &[(Upn, YearCodes)],
    ) -> Result<usize> {
        let school = &entry.id;
        let (mut new, mut written) = (0, false);
        let forecasts = self.illness_forecasts(school, today, years)?;
        let finder = CaseFinder::new(&entry.calendar, &entry.config.thresholds, today);
        for (upn, codes) in years {
            for case in finder.cases(codes, forecasts.get(upn).map_or(&[], Vec::as_slice)) {
                let id = DraftId {
                    school,
                    upn,
                    kind: case.kind,
                    from: case.from,
                };
                let key = id.key();
                if self
                    .drafts
                    .get(&key)?
                    .is_some_and(|kept| kept.sent.is_some() || kept.case == case)
                {
                    continue;
                }
                let mut created = false;
                self.drafts.update(&key, |kept| match kept {
                    Some(kept) if kept.sent.is_some() => Some(kept),
                    Some(kept) => Some(LaDraft { case, ..kept }),
                    None => {
                        created = true;
                        Some(LaDraft {
                            school: school.to_string(),
                            upn: upn.to_string(),
                            case,
                            found_on: today,
                            sent: None,
                        })
                    }
                })?;
                new += usize::from(created);
                written = true;
            }
        }
        if written {
            self.store.flush()?;
        }
        Ok(new)
    }

    /// What parents said of how long each pupil's illness will last, read
    /// from the messages behind the register's `I` entries near today,
    /// each from the first day its message covers. The year codes (`years`,
    /// of today's academic year; another year the window reaches is read
    /// here) say which sessions are `I`, so only those entries are read,
    /// not every pupil's entries for weeks either side of today.
    fn illness_forecasts(
        &self,
        school: &str,
        today: NaiveDate,
        years: &[(Upn, YearCodes)],
    ) -> Result<HashMap<Upn, Vec<IllnessForecast>>> {
        let (from, to) = (today - FORECAST_WINDOW, today + FORECAST_WINDOW);
        let mut other_years = Vec::new();
        for start in [academic_year_start(from), academic_year_start(to)] {
            if start != academic_year_start(today) {
                other_years.push(self.register.ledger().school_year(school, start)?);
            }
        }
        let mut first_days: BTreeMap<(Upn, String), NaiveDate> = BTreeMap::new();
        for (upn, codes) in years.iter().chain(other_years.iter().flatten()) {
            for (session, slot) in codes.between(from, to) {
                if slot != Slot::Code(Code::Illness) {
                    continue;
                }
                let Some(entry) = self.register.entry(school, upn, session)? else {
                    continue;
                };
                let Some(Provenance::ParentReport { message }) =
                    entry.provisional.as_ref().map(|m| &m.provenance)
                else {
                    continue;
                };
                if entry.effective_code() == Some(Code::Illness) {
                    let first = first_days
                        .entry((upn.clone(), message.clone()))
                        .or_insert(session.date);
                    *first = (*first).min(session.date);
                }
            }
        }
        let mut forecasts: HashMap<Upn, Vec<IllnessForecast>> = HashMap::new();
        for ((upn, message), from) in first_days {
            let Some(said) = self.inbox.get(&message)? else {
                continue;
            };
            if let Some(length) = durations::forecast(said.message.text.for_parser()) {
                forecasts
                    .entry(upn)
                    .or_default()
                    .push(IllnessForecast { from, length });
            }
        }
        Ok(forecasts)
    }

    /// Drafts not yet sent, oldest case first.
    pub fn open_drafts(&self, school: &str) -> Result<Vec<LaDraft>> {
        let mut open: Vec<LaDraft> = self
            .drafts
            .scan_prefix(&format!("{school}/"))
            .map(|row| row.map(|(_, draft)| draft))
            .filter(|row| row.as_ref().map_or(true, |d| d.sent.is_none()))
            .collect::<Result<_>>()?;
        open.sort_by_key(|d| (d.case.from, d.case.kind));
        Ok(open)
    }

    pub fn get(&self, id: &DraftId<'_>) -> Result<Option<LaDraft>> {
        self.drafts.get(&id.key())
    }

    /// Marks a draft sent; refused when there is no such draft or it was
    /// marked before.
    pub fn mark_sent(&self, id: &DraftId<'_>, by: &str, at: DateTime<Utc>) -> Result<LaDraft> {
        let mut outcome = Err(Error::Refused(format!(
            "no draft return {} for pupil {} from {}",
            id.kind, id.upn, id.from
        )));
        self.drafts.update(&id.key(), |kept| {
            let kept = kept?;
            if let Some(sent) = &kept.sent {
                outcome = Err(Error::Refused(format!(
                    "that return was marked sent on {} by {}",
                    sent.at.date_naive(),
                    sent.by
                )));
                return Some(kept);
            }
            let marked = LaDraft {
                sent: Some(SentToLa {
                    at,
                    by: by.to_string(),
                }),
                ..kept
            };
            outcome = Ok(marked.clone());
            Some(marked)
        })?;
        self.store.flush()?;
        outcome
    }

    /// The evidence for a draft as the stores hold it now.
    pub fn evidence(&self, school: &ConfiguredSchool, draft: &LaDraft) -> Result<Evidence> {
        let case = &draft.case;
        let pupil = self
            .roster
            .pupil(&school.id, &draft.upn)?
            .ok_or_else(|| Error::Refused(format!("no pupil {}", draft.upn)))?;
        let contacts = self.roster.contacts_of(&draft.upn)?;
        let codes =
            self.register
                .ledger()
                .year(&school.id, academic_year_start(case.from), &draft.upn)?;
        let mut sessions = Vec::new();
        for day in school.calendar.school_days_between(case.from, case.to) {
            for s in Session::BOTH {
                let at = SessionDate::new(day, s);
                match codes.as_ref().map_or(Slot::Empty, |c| c.get(at)) {
                    Slot::Empty => {}
                    Slot::Unexplained => sessions.push((at, None)),
                    Slot::Code(code) => sessions.push((at, Some(code))),
                }
            }
        }
        let since = |at: DateTime<Utc>| school.local_date(at) >= case.from;

        let mut attempts: Vec<(DateTime<Utc>, Attempt)> = self
            .outbox
            .all()?
            .into_iter()
            .filter(|e| {
                matches!(e.message.role, Role::Contact(_))
                    && e.message.pupils.iter().any(|p| *p == draft.upn)
                    && e.message.school.as_deref().is_none_or(|s| s == school.id)
                    && since(e.created_at)
            })
            .map(|e| {
                let outcome = match &e.status {
                    Status::Sent { .. } => "sent".to_string(),
                    Status::Pending { .. } | Status::Sending { .. } => "waiting to send".into(),
                    Status::Failed { error, .. } => format!("failed: {error}"),
                    Status::Cancelled { reason, .. } => format!("withdrawn: {reason}"),
                };
                let attempt = Attempt {
                    at: LocalTime::of(e.created_at, school.tz),
                    how: format!("{} to {}", e.message.channel, e.message.role),
                    what: e.message.kind.clone(),
                    words: e.message.text.clone(),
                    outcome,
                };
                (e.created_at, attempt)
            })
            .collect();
        for amendment in self.register.history(&school.id, &draft.upn)? {
            let at = amendment.at.to_utc();
            if matches!(amendment.amended.provenance, Provenance::Staff { .. }) && since(at) {
                attempts.push((
                    at,
                    Attempt {
                        at: LocalTime::of(at, school.tz),
                        how: format!("recorded by {}", amendment.who),
                        what: "staff record".into(),
                        words: amendment.reason.clone(),
                        outcome: format!(
                            "{} {}",
                            amendment.amended.session,
                            amendment
                                .amended
                                .code
                                .map_or("(withdrawn)".to_string(), |c| c.to_string())
                        ),
                    },
                ));
            }
        }
        attempts.sort_by_key(|(at, _)| *at);

        let mut received = Vec::new();
        for e in self.inbox.all()? {
            let message = &e.message;
            if !(message.school.as_deref().is_none_or(|s| s == school.id)
                && contacts.iter().any(|c| message.from.is_contact(c))
                && since(message.received_at))
            {
                continue;
            }
            received.push((
                message.received_at,
                Received {
                    at: LocalTime::of(message.received_at, school.tz),
                    channel: message.channel.to_string(),
                    from: message.from.to_string(),
                    words: {
                        // The local authority reads a concern's words only
                        // from the DSL.
                        let guarded = guard_in(&self.concerns, school, &e)?;
                        (!guarded.is_withheld_from(Audience::Staff))
                            .then(|| guarded.open(Audience::Staff).to_string())
                    },
                },
            ));
        }
        received.sort_by_key(|(at, _)| *at);

        Ok(Evidence {
            school_name: school.name.clone(),
            upn: draft.upn.clone(),
            pupil: format!("{} {}", pupil.first_name, pupil.last_name),
            year: pupil.year.to_string(),
            case: *case,
            sessions,
            attempts: attempts.into_iter().map(|(_, a)| a).collect(),
            received: received.into_iter().map(|(_, r)| r).collect(),
        })
    }
}
