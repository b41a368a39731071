//! The digest as data: composed from its inputs with no I/O, so a seeded
//! input gives a digest a test can read line by line. Rendering (HTML,
//! plain text, the short chat version) is separate.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use crate::attendance::figures::{add_weekly, week_starts};
use crate::attendance::{
    Cohort, CohortFigures, Crossing, PenaltyNotice, Periods, PupilFigures, Tally, Thresholds,
    Watch, by_cohort,
};
use crate::domain::{Code, Provenance, Pupil, School, Session, SessionDate, Upn, Year, YearCodes};
use crate::la_notices::{LaCase, LaDraft};
use crate::register::Entry;
use crate::safeguarding::Guarded;

/// Crossings this many school days old or newer are listed in the digest
/// and alerted; older ones were news before (and a first start does not
/// flood the lead with a year of history).
pub const WATCH_WINDOW_SCHOOL_DAYS: u32 = 5;

/// Pupils drawn as sparklines, worst attendance first.
pub const MAX_SPARKLINES: usize = 30;

/// Who a digest is for: the DSL's also lists safeguarding items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAudience {
    Lead,
    Dsl,
}

impl DigestAudience {
    /// Who reads a parent's words in this digest.
    pub fn reader(self) -> crate::safeguarding::Audience {
        match self {
            DigestAudience::Dsl => crate::safeguarding::Audience::Safeguarding,
            DigestAudience::Lead => crate::safeguarding::Audience::Staff,
        }
    }
}

/// Where one pupil's chase has reached, as the chase flows report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChaseProgress {
    pub upn: Upn,
    /// The last step taken, in plain words ("contacts 1 and 2 messaged",
    /// "office told").
    pub step: String,
    /// When the next step is due, if any.
    pub next_step_at: Option<DateTime<Utc>>,
    /// When the chase told the office, while it still waits for an
    /// explanation.
    pub office_told_at: Option<DateTime<Utc>>,
}

/// Something waiting for a member of staff to decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedsPerson {
    pub upns: Vec<Upn>,
    pub summary: String,
}

/// A safeguarding concern for the DSL: what it is, the words that raised
/// it, and whether anyone has acknowledged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeguardingItem {
    pub upns: Vec<Upn>,
    /// "physical abuse (\"hit me\"); acknowledged by … at 09:41 by sms".
    pub summary: String,
    pub at: DateTime<Utc>,
}

/// A safeguarding item as the DSL's digest lists it, at its school-local
/// time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeguardingLine {
    pub pupils: Vec<PupilLabel>,
    pub time: NaiveTime,
    pub summary: String,
}

/// Everything a digest is made from.
#[derive(Debug, Clone)]
pub struct DigestInput {
    pub school: School,
    pub target_percent: f64,
    pub rate_after_sessions: u32,
    pub date: NaiveDate,
    /// The scheduled time, school-local, for the heading.
    pub time: NaiveTime,
    /// Pupils on roll.
    pub pupils: Vec<Pupil>,
    /// Every pupil's codes for this academic year.
    pub years: Vec<(Upn, YearCodes)>,
    /// Last academic year's codes, where kept: the penalty window runs
    /// back across the summer.
    pub last_years: HashMap<Upn, YearCodes>,
    pub thresholds: Thresholds,
    /// The penalty notices issued, by pupil, which name the next step.
    pub penalty_notices: HashMap<Upn, Vec<PenaltyNotice>>,
    /// Returns to the local authority not yet marked sent.
    pub la_returns: Vec<LaDraft>,
    /// Today's register entries.
    pub today: Vec<(SessionDate, Upn, Entry)>,
    /// The words of each inbound message today's provisional marks came
    /// from, by inbox id, guarded: a concern's words open for the DSL's
    /// digest only.
    pub parent_words: HashMap<String, Guarded>,
    pub chases: Vec<ChaseProgress>,
    pub needs_person: Vec<NeedsPerson>,
    pub safeguarding: Vec<SafeguardingItem>,
}

/// A pupil as a digest names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilLabel {
    pub upn: Upn,
    pub name: String,
    pub year: Option<Year>,
    /// Short badges for a vulnerable pupil (`CP`, `CIN`, `LAC`).
    pub badges: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsenceLine {
    pub pupil: PupilLabel,
    pub sessions: Vec<Session>,
    pub code: Code,
    /// Reported by a parent and not yet confirmed by staff or the MIS.
    pub provisional: bool,
    /// The parent's own words.
    pub words: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LateLine {
    pub pupil: PupilLabel,
    pub session: Session,
    pub code: Code,
    pub arrival: Option<NaiveTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexplainedLine {
    pub pupil: PupilLabel,
    pub sessions: Vec<Session>,
    pub chase: Option<ChaseProgress>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLine {
    pub pupils: Vec<PupilLabel>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchLine {
    pub pupil: PupilLabel,
    pub crossing: Crossing,
}

/// The school's standing: figures for the year, term and four weeks, the
/// bands, and every cohort.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub target_percent: f64,
    pub cohorts: Vec<(Cohort, CohortFigures)>,
}

impl Summary {
    pub fn whole_school(&self) -> CohortFigures {
        self.cohorts
            .iter()
            .find(|(c, _)| *c == Cohort::WholeSchool)
            .map(|(_, f)| *f)
            .unwrap_or_default()
    }
}

/// A pupil's attendance by week this term.
#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    pub pupil: PupilLabel,
    pub weeks: Vec<Option<f64>>,
}

/// One digest, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Digest {
    pub school_name: String,
    /// The school's zone: every time in a digest is read in it.
    pub timezone: chrono_tz::Tz,
    pub date: NaiveDate,
    pub time: NaiveTime,
    pub audience: DigestAudience,
    pub absences: Vec<AbsenceLine>,
    /// Today's absent sessions by code.
    pub absences_by_code: Vec<(Code, u32)>,
    pub lates: Vec<LateLine>,
    pub unexplained: Vec<UnexplainedLine>,
    pub needs_person: Vec<PersonLine>,
    /// Empty in the lead's digest.
    pub safeguarding: Vec<SafeguardingLine>,
    pub watch: Vec<WatchLine>,
    /// Returns to the local authority still to send.
    pub la_returns: Vec<(PupilLabel, LaCase)>,
    pub summary: Summary,
    /// The school's attendance by week this term: each Monday and the
    /// percentage (`None` for a week with no possible session).
    pub weekly: Vec<(NaiveDate, Option<f64>)>,
    pub sparklines: Vec<Sparkline>,
}

/// Figures and crossings for every pupil: the part of the digest that reads
/// the whole year, also used to raise alerts.
#[derive(Debug, Clone)]
pub struct SchoolWatch {
    pub figures: HashMap<Upn, PupilFigures>,
    /// New crossings (see [`WATCH_WINDOW_SCHOOL_DAYS`]), by pupil.
    pub crossings: Vec<(Upn, Crossing)>,
    pub weekly: Vec<(NaiveDate, Tally)>,
    /// Each pupil's weekly tallies, for those with crossings.
    pub pupil_weekly: HashMap<Upn, Vec<(NaiveDate, Tally)>>,
    /// The pupils' figures added up by cohort, the same for every
    /// audience's digest.
    pub cohorts: Vec<(Cohort, CohortFigures)>,
}

impl SchoolWatch {
    /// Reads every pupil's year once.
    pub fn of(input: &DigestInput) -> SchoolWatch {
        let calendar = &input.school.calendar;
        let periods = Periods::at(input.date, calendar);
        let watch = Watch::new(
            calendar,
            &input.thresholds,
            input.date,
            input.rate_after_sessions,
        );
        let window_opens = window_opens(calendar, input.date);
        let (term_from, term_to) = periods.term.unwrap_or((input.date, input.date));
        let weeks = week_starts(term_from, term_to);
        let mut weekly: Vec<(NaiveDate, Tally)> =
            weeks.iter().map(|w| (*w, Tally::default())).collect();
        let on_roll: HashMap<&str, ()> =
            input.pupils.iter().map(|p| (p.upn.as_str(), ())).collect();
        let mut result = SchoolWatch {
            figures: HashMap::with_capacity(input.years.len()),
            crossings: Vec::new(),
            weekly: Vec::new(),
            pupil_weekly: HashMap::new(),
            cohorts: Vec::new(),
        };
        for (upn, codes) in &input.years {
            if !on_roll.contains_key(upn.as_str()) {
                continue;
            }
            result
                .figures
                .insert(upn.clone(), PupilFigures::of(codes, &periods));
            add_weekly(&mut weekly, codes, term_from, term_to);
            let new: Vec<Crossing> = watch
                .crossings(codes, input.last_years.get(upn))
                .into_iter()
                .filter(|c| c.crossed_on >= window_opens)
                .collect();
            if !new.is_empty() {
                let mut own: Vec<(NaiveDate, Tally)> =
                    weeks.iter().map(|w| (*w, Tally::default())).collect();
                add_weekly(&mut own, codes, term_from, term_to);
                result.pupil_weekly.insert(upn.clone(), own);
                result
                    .crossings
                    .extend(new.into_iter().map(|c| (upn.clone(), c)));
            }
        }
        result.weekly = weekly;
        let figures = input
            .pupils
            .iter()
            .filter_map(|p| result.figures.get(&p.upn).map(|f| (p, f)));
        result.cohorts = by_cohort(figures, input.target_percent)
            .into_iter()
            .collect();
        result
    }
}

/// The first day a crossing counts as new on `today`.
fn window_opens(calendar: &crate::calendar::Calendar, today: NaiveDate) -> NaiveDate {
    let mut day = today;
    for _ in 1..WATCH_WINDOW_SCHOOL_DAYS {
        match calendar.previous_school_day(day) {
            Some(previous) => day = previous,
            None => break,
        }
    }
    day
}

/// Composes the digest for one audience.
pub fn compose(input: &DigestInput, watch: &SchoolWatch, audience: DigestAudience) -> Digest {
    let pupils: HashMap<&str, &Pupil> = input.pupils.iter().map(|p| (p.upn.as_str(), p)).collect();
    let label = |upn: &str| label(&pupils, upn);
    let chases: HashMap<&str, &ChaseProgress> =
        input.chases.iter().map(|c| (c.upn.as_str(), c)).collect();

    // Today's entries, pupil by pupil, in session order.
    let mut by_pupil: BTreeMap<&str, Vec<(Session, &Entry)>> = BTreeMap::new();
    for (session, upn, entry) in &input.today {
        if session.date == input.date {
            by_pupil
                .entry(upn.as_str())
                .or_default()
                .push((session.session, entry));
        }
    }

    let mut absences = Vec::new();
    let mut lates = Vec::new();
    let mut unexplained = Vec::new();
    let mut needs_person = Vec::new();
    let mut by_code: BTreeMap<Code, u32> = BTreeMap::new();
    for (upn, sessions) in &by_pupil {
        let mut missing = Vec::new();
        for (session, entry) in sessions {
            let code = entry.effective_code();
            if entry.is_unexplained() {
                missing.push(*session);
                *by_code
                    .entry(code.unwrap_or(Code::NoReasonYet))
                    .or_default() += 1;
                continue;
            }
            let Some(code) = code else { continue };
            if code.is_late() {
                lates.push(LateLine {
                    pupil: label(upn),
                    session: *session,
                    code,
                    arrival: entry.effective().and_then(|m| m.arrival),
                });
            }
            if code.is_absence() && !code.is_late() {
                *by_code.entry(code).or_default() += 1;
                let effective = entry.effective();
                let words = entry
                    .provisional
                    .as_ref()
                    .and_then(|m| match &m.provenance {
                        Provenance::ParentReport { message } => input
                            .parent_words
                            .get(message)
                            .map(|words| words.open(audience.reader()).to_string()),
                        _ => None,
                    });
                let provisional = effective.is_some_and(|m| m.is_provisional());
                match absences.last_mut() {
                    Some(AbsenceLine {
                        pupil,
                        sessions,
                        code: same,
                        words: w,
                        ..
                    }) if pupil.upn == *upn && *same == code && *w == words => {
                        sessions.push(*session)
                    }
                    _ => absences.push(AbsenceLine {
                        pupil: label(upn),
                        sessions: vec![*session],
                        code,
                        provisional,
                        words,
                    }),
                }
                if provisional && code.needs_staff() {
                    needs_person.push(PersonLine {
                        pupils: vec![label(upn)],
                        summary: format!(
                            "{} reported for the {session} session ({}): only staff can record this",
                            code,
                            code.meaning()
                        ),
                    });
                }
            }
            if entry.report_contradicts_register() {
                needs_person.push(PersonLine {
                    pupils: vec![label(upn)],
                    summary: format!(
                        "reported absent for the {session} session but the register shows present"
                    ),
                });
            }
        }
        if !missing.is_empty() {
            unexplained.push(UnexplainedLine {
                pupil: label(upn),
                sessions: missing,
                chase: chases.get(upn).map(|c| (*c).clone()),
            });
        }
    }
    needs_person.extend(input.needs_person.iter().map(|n| PersonLine {
        pupils: n.upns.iter().map(|u| label(u)).collect(),
        summary: n.summary.clone(),
    }));

    let safeguarding = match audience {
        DigestAudience::Dsl => input
            .safeguarding
            .iter()
            .map(|s| SafeguardingLine {
                pupils: s.upns.iter().map(|u| label(u)).collect(),
                time: input.school.local(s.at).time(),
                summary: s.summary.clone(),
            })
            .collect(),
        DigestAudience::Lead => Vec::new(),
    };

    let mut watch_lines: Vec<WatchLine> = watch
        .crossings
        .iter()
        .map(|(upn, crossing)| WatchLine {
            pupil: label(upn),
            crossing: *crossing,
        })
        .collect();
    watch_lines.sort_by(|a, b| {
        (a.crossing.kind, &a.pupil.name, a.crossing.since).cmp(&(
            b.crossing.kind,
            &b.pupil.name,
            b.crossing.since,
        ))
    });

    let summary = Summary {
        target_percent: input.target_percent,
        cohorts: watch.cohorts.clone(),
    };

    let mut sparklines: Vec<Sparkline> = watch
        .pupil_weekly
        .iter()
        .map(|(upn, weeks)| Sparkline {
            pupil: label(upn),
            weeks: weeks.iter().map(|(_, t)| t.percent()).collect(),
        })
        .collect();
    let year_percent = |s: &Sparkline| {
        watch
            .figures
            .get(&s.pupil.upn)
            .and_then(|f| f.year.percent())
            .unwrap_or(100.0)
    };
    sparklines.sort_by(|a, b| {
        year_percent(a)
            .total_cmp(&year_percent(b))
            .then(a.pupil.name.cmp(&b.pupil.name))
    });
    sparklines.truncate(MAX_SPARKLINES);

    Digest {
        school_name: input.school.name.clone(),
        timezone: input.school.tz,
        date: input.date,
        time: input.time,
        audience,
        absences,
        absences_by_code: by_code.into_iter().collect(),
        lates,
        unexplained,
        needs_person,
        safeguarding,
        watch: watch_lines,
        la_returns: input
            .la_returns
            .iter()
            .map(|draft| (label(&draft.upn), draft.case))
            .collect(),
        summary,
        weekly: watch
            .weekly
            .iter()
            .map(|(w, t)| (*w, t.percent()))
            .collect(),
        sparklines,
    }
}

pub(super) fn label(pupils: &HashMap<&str, &Pupil>, upn: &str) -> PupilLabel {
    match pupils.get(upn) {
        Some(p) => PupilLabel {
            upn: upn.into(),
            name: format!("{} {}", p.preferred_name(), p.last_name),
            year: Some(p.year),
            badges: p
                .flags
                .iter()
                .filter_map(|f| f.badge().map(|(short, _)| short))
                .collect(),
        },
        None => PupilLabel {
            upn: upn.into(),
            name: upn.to_string(),
            year: None,
            badges: Vec::new(),
        },
    }
}
