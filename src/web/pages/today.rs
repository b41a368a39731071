//! Today, per school: who is absent or late and why, what the register
//! says, what is still unexplained and how far its chase has got, and what
//! is forwarded to a person.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::{Query, State};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use super::layout::{code, code_select, csrf_field, local_time, shell};
use crate::domain::{Channel, Code, Provenance, Pupil, Session, SessionDate};
use crate::error::Result;
use crate::register::Entry;
use crate::schools::SchoolEntry;
use crate::web::auth::SignedIn;
use crate::web::feeds::ChaseView;
use crate::web::worklist::Item;
use crate::web::{WebError, WebState};

/// `?school=…&date=…`
#[derive(Debug, Default, Deserialize)]
pub struct DayQuery {
    pub school: Option<String>,
    pub date: Option<NaiveDate>,
}

/// Whether the MIS register agrees with what the family said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// No register mark from the MIS yet.
    NotTaken,
    /// The register shows the pupil absent (`N` or blank), or gives the
    /// same code.
    Agrees,
    /// The family reported an absence and the register shows the pupil in.
    ShowsPresent,
    /// The register gives a different reason.
    Differs,
}

/// What a parent wrote, as staff may see it.
#[derive(Debug, Clone, Serialize)]
pub struct ParentWords {
    pub message: String,
    pub channel: Channel,
    pub received_at: DateTime<Utc>,
    /// `None` when the message raised a safeguarding concern and the viewer
    /// is not the DSL.
    pub text: Option<String>,
    /// The words that decided the provisional code; withheld with `text`.
    pub explanation: Option<Vec<String>>,
}

/// One session of one pupil's register, with its sources side by side.
#[derive(Debug, Clone, Serialize)]
pub struct SessionLine {
    pub session: SessionDate,
    /// The code that counts.
    pub code: Option<Code>,
    pub provisional: Option<Code>,
    pub staff: Option<Code>,
    pub register: Option<Code>,
    pub register_taken: bool,
    pub agreement: Agreement,
    pub arrival: Option<NaiveTime>,
    pub unexplained: bool,
    pub words: Option<ParentWords>,
}

/// A pupil with today's absent or late sessions.
#[derive(Debug, Clone, Serialize)]
pub struct PupilDay {
    pub upn: String,
    pub name: String,
    pub year: String,
    pub sessions: Vec<SessionLine>,
}

/// A pupil absent with no explanation, and their chase.
#[derive(Debug, Clone, Serialize)]
pub struct Unexplained {
    pub upn: String,
    pub name: String,
    pub year: String,
    pub sessions: Vec<Session>,
    /// `None` when the chase has not started, or chase progress is not
    /// available (see [`TodayView::chase_available`]).
    pub chase: Option<ChaseView>,
}

/// The day, as the office sees it (the HTML page and `/api/today`).
#[derive(Debug, Clone, Serialize)]
pub struct TodayView {
    pub school: String,
    pub school_name: String,
    pub date: NaiveDate,
    /// Absent or late with a reason given (by a family, staff or the MIS).
    pub reported: Vec<PupilDay>,
    pub unexplained: Vec<Unexplained>,
    /// Whether chase progress is wired in.
    pub chase_available: bool,
    /// Forwarded to a person and not yet done, oldest first.
    pub forwarded: Vec<Item>,
    pub forwarded_done: usize,
    /// Names of the pupils the forwarded items are about, by UPN.
    pub names: BTreeMap<String, String>,
}

/// Reads parents' messages for register lines, withholding safeguarding
/// messages from anyone but the DSL.
pub(crate) struct WordsReader<'a> {
    state: &'a WebState,
    withheld: HashSet<String>,
    sees_safeguarding: bool,
}

impl<'a> WordsReader<'a> {
    pub(crate) fn new(state: &'a WebState, staff: &SignedIn) -> Result<Self> {
        Ok(WordsReader {
            state,
            withheld: state.worklist.safeguarding_messages()?,
            sees_safeguarding: staff.role().sees_safeguarding(),
        })
    }

    pub(crate) fn may_read(&self, inbox_id: &str) -> bool {
        self.sees_safeguarding || !self.withheld.contains(inbox_id)
    }

    fn words(&self, entry: &Entry) -> Result<Option<ParentWords>> {
        let Some(Provenance::ParentReport { message }) =
            entry.provisional.as_ref().map(|m| &m.provenance)
        else {
            return Ok(None);
        };
        let Some(stored) = self.state.inbox.get(message)? else {
            return Ok(None);
        };
        Ok(Some(ParentWords {
            message: message.clone(),
            channel: stored.message.channel,
            received_at: stored.message.received_at,
            text: self.may_read(message).then(|| stored.message.text.clone()),
            explanation: self.may_read(message).then(|| stored.explanation.lines()),
        }))
    }

    pub(crate) fn line(&self, session: SessionDate, entry: &Entry) -> Result<SessionLine> {
        let code_of = |m: &Option<crate::domain::Mark>| m.as_ref().and_then(|m| m.code);
        let provisional = code_of(&entry.provisional);
        let register = code_of(&entry.mis);
        let agreement = match (&entry.mis, provisional) {
            (None, _) => Agreement::NotTaken,
            _ if entry.report_contradicts_register() => Agreement::ShowsPresent,
            (Some(_), Some(p)) if register.is_some_and(|r| r != p && r != Code::NoReasonYet) => {
                Agreement::Differs
            }
            _ => Agreement::Agrees,
        };
        Ok(SessionLine {
            session,
            code: entry.effective_code(),
            provisional,
            staff: code_of(&entry.staff),
            register,
            register_taken: entry.mis.is_some(),
            agreement,
            arrival: entry.effective().and_then(|m| m.arrival),
            unexplained: entry.is_unexplained(),
            words: self.words(entry)?,
        })
    }
}

/// Whether a session belongs on Today: absent or late, reported, or
/// unexplained. A plain present mark does not.
fn worth_showing(entry: &Entry) -> bool {
    entry.provisional.is_some()
        || entry.staff.is_some()
        || entry.is_unexplained()
        || entry
            .effective_code()
            .is_some_and(|c| c.is_absence() || c.is_late())
}

pub(crate) fn display_name(pupil: Option<&Pupil>, upn: &str) -> (String, String) {
    match pupil {
        Some(p) => (
            format!("{} {}", p.preferred_name(), p.last_name),
            p.year.to_string(),
        ),
        None => (format!("Unknown pupil {upn}"), String::new()),
    }
}

/// Builds the day's view for one school.
pub fn build(
    state: &WebState,
    staff: &SignedIn,
    school: &SchoolEntry,
    date: NaiveDate,
) -> Result<TodayView> {
    let id = school.school.id.as_str();
    let reader = WordsReader::new(state, staff)?;
    let pupils: HashMap<String, Pupil> = state
        .roster
        .all_pupils(id)?
        .into_iter()
        .map(|p| (p.upn.clone(), p))
        .collect();

    let mut reported: BTreeMap<String, PupilDay> = BTreeMap::new();
    let mut unexplained: BTreeMap<String, Unexplained> = BTreeMap::new();
    for session in Session::BOTH {
        let at = SessionDate::new(date, session);
        for (upn, entry) in state.register.session(id, at)? {
            if !worth_showing(&entry) {
                continue;
            }
            let (name, year) = display_name(pupils.get(&upn), &upn);
            if entry.is_unexplained() {
                unexplained
                    .entry(upn.clone())
                    .or_insert_with(|| Unexplained {
                        upn: upn.clone(),
                        name: name.clone(),
                        year: year.clone(),
                        sessions: Vec::new(),
                        chase: None,
                    })
                    .sessions
                    .push(session);
                continue;
            }
            reported
                .entry(upn.clone())
                .or_insert_with(|| PupilDay {
                    upn: upn.clone(),
                    name,
                    year,
                    sessions: Vec::new(),
                })
                .sessions
                .push(reader.line(at, &entry)?);
        }
    }
    if let Some(chase) = &state.chase {
        for item in unexplained.values_mut() {
            item.chase = chase.chase(id, &item.upn, date)?;
        }
    }
    let items = state.worklist.items(id, staff.role().sees_safeguarding())?;
    let forwarded_done = items.iter().filter(|i| i.done.is_some()).count();
    let forwarded: Vec<Item> = items.into_iter().filter(|i| i.done.is_none()).collect();
    let names = forwarded
        .iter()
        .flat_map(|i| &i.pupils)
        .map(|upn| (upn.clone(), display_name(pupils.get(upn), upn).0))
        .collect();
    let mut reported: Vec<PupilDay> = reported.into_values().collect();
    reported.sort_by(|a, b| a.name.cmp(&b.name));
    let mut unexplained: Vec<Unexplained> = unexplained.into_values().collect();
    unexplained.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(TodayView {
        school: id.to_string(),
        school_name: school.school.name.clone(),
        date,
        reported,
        unexplained,
        chase_available: state.chase.is_some(),
        forwarded,
        forwarded_done,
        names,
    })
}

/// `GET /today`
pub async fn page(
    State(state): State<WebState>,
    staff: SignedIn,
    Query(query): Query<DayQuery>,
) -> Result<Markup, WebError> {
    let school = state.school_for(&staff, query.school.as_deref())?;
    let date = query
        .date
        .unwrap_or_else(|| school.school.local_date(state.clock.now()));
    let view = build(&state, &staff, school, date)?;
    let others = state.schools_for(&staff);
    Ok(page_for(&view, &staff, school, &others))
}

fn page_for(
    view: &TodayView,
    staff: &SignedIn,
    school: &SchoolEntry,
    others: &[&SchoolEntry],
) -> Markup {
    let back = format!("/today?school={}&date={}", view.school, view.date);
    let body = html! {
        h1 { (view.school_name) " — " (view.date.format("%A %-d %B %Y")) }
        @if others.len() > 1 {
            p.muted {
                "Schools: "
                @for s in others {
                    a href={ "/today?school=" (s.school.id) } { (s.school.name) } " "
                }
            }
        }
        h2 { "Absent or late" span.count { (view.reported.len()) } }
        @if view.reported.is_empty() {
            p.empty { "Nobody reported absent or late." }
        }
        div.cards {
            @for pupil in &view.reported {
                div.card data-upn=(pupil.upn) {
                    h3 { a href={ "/pupils/" (pupil.upn) "?school=" (view.school) } { (pupil.name) } " " span.muted { (pupil.year) } }
                    @for line in &pupil.sessions {
                        (session_line(line, staff, &view.school, &pupil.upn, &back))
                    }
                    @for words in distinct_words(&pupil.sessions) {
                        (parent_words(words, school))
                    }
                }
            }
        }
        h2 { "Unexplained" span.count { (view.unexplained.len()) } }
        @if !view.chase_available {
            p.notice { "Chase progress is not available yet." }
        }
        @if view.unexplained.is_empty() {
            p.empty { "No unexplained absences." }
        }
        div.cards {
            @for item in &view.unexplained {
                div.card {
                    h3 { a href={ "/pupils/" (item.upn) "?school=" (view.school) } { (item.name) } " " span.muted { (item.year) } }
                    p { "Absent, no reason: "
                        @for s in &item.sessions { span.badge.warn { (s) } " " } }
                    @if let Some(chase) = &item.chase {
                        p.muted {
                            "Chase: " (chase.step.as_deref().unwrap_or("not started"))
                            @if let (Some(next), Some(at)) = (&chase.next_step, chase.next_step_at) {
                                " · next: " (next) " at " (local_time(school, at))
                            }
                        }
                    } @else if view.chase_available {
                        p.muted { "Chase not started." }
                    }
                    details {
                        summary { "Record a phone call" }
                        (call_form(staff, &view.school, &item.upn, view.date, &back))
                    }
                }
            }
        }
        h2 { "Forwarded to you" span.count { (view.forwarded.len()) } }
        @if view.forwarded.is_empty() {
            p.empty { "Nothing waiting." }
        }
        div.cards {
            @for item in &view.forwarded {
                (forwarded_card(item, view, staff, school, &back))
            }
        }
        @if view.forwarded_done > 0 {
            p.muted { (view.forwarded_done) " item(s) done." }
        }
    };
    shell("Today", staff, Some(school), body)
}

fn agreement_badge(line: &SessionLine) -> Markup {
    match line.agreement {
        Agreement::NotTaken => html! { span.badge { "register not taken" } },
        Agreement::Agrees => html! { span.badge.ok { "register agrees" } },
        Agreement::ShowsPresent => html! { span.badge.warn { "register shows present" } },
        Agreement::Differs => html! { span.badge.warn { "register says " (code(line.register)) } },
    }
}

/// Each message a pupil's sessions came from, once.
fn distinct_words(lines: &[SessionLine]) -> Vec<&ParentWords> {
    let mut seen = HashSet::new();
    lines
        .iter()
        .filter_map(|l| l.words.as_ref())
        .filter(|w| seen.insert(w.message.as_str()))
        .collect()
}

fn parent_words(words: &ParentWords, school: &SchoolEntry) -> Markup {
    html! {
        @match &words.text {
            Some(text) => blockquote.words { (text) },
            None => p.words { em { "Message withheld: for the DSL only." } },
        }
        p.muted { "by " (words.channel) ", " (local_time(school, words.received_at)) }
        @if let Some(lines) = words.explanation.as_ref().filter(|l| !l.is_empty()) {
            details.explanation {
                summary { "Why this provisional code" }
                ul { @for line in lines { li { (line) } } }
            }
        }
    }
}

/// One session with its code, what the register says, and the amend form.
fn session_line(
    line: &SessionLine,
    staff: &SignedIn,
    school_id: &str,
    upn: &str,
    back: &str,
) -> Markup {
    html! {
        div.line {
            span.badge { (line.session.session) } " "
            (code(line.code)) " "
            @if let Some(p) = line.provisional.filter(|p| Some(*p) != line.code) {
                span.muted { "parent said " (code(Some(p))) } " "
            }
            @if line.staff.is_some() { span.badge { "set by staff" } " " }
            @if let Some(at) = line.arrival { span.muted { "arriving " (at.format("%H:%M")) } " " }
            (agreement_badge(line))
            details {
                summary { "Confirm or amend " (line.session.session) }
                (amend_form(staff, school_id, upn, line.session, line.code, back))
            }
        }
    }
}

pub(crate) fn amend_form(
    staff: &SignedIn,
    school: &str,
    upn: &str,
    session: SessionDate,
    current: Option<Code>,
    back: &str,
) -> Markup {
    html! {
        form.act method="post" action="/actions/amend" {
            (csrf_field(staff))
            input type="hidden" name="school" value=(school);
            input type="hidden" name="upn" value=(upn);
            input type="hidden" name="date" value=(session.date);
            input type="hidden" name="session" value=(session.session);
            input type="hidden" name="back" value=(back);
            label { "Code" (code_select(current)) }
            label { "Reason (kept with the amendment)" input name="reason" required; }
            button type="submit" { "Save code" }
        }
    }
}

pub(crate) fn call_form(
    staff: &SignedIn,
    school: &str,
    upn: &str,
    date: NaiveDate,
    back: &str,
) -> Markup {
    html! {
        form.act method="post" action="/actions/call" {
            (csrf_field(staff))
            input type="hidden" name="school" value=(school);
            input type="hidden" name="upn" value=(upn);
            input type="hidden" name="back" value=(back);
            label { "Date" input type="date" name="date" value=(date) required; }
            label { "Sessions"
                select name="sessions" {
                    option value="day" { "All day" }
                    option value="am" { "Morning" }
                    option value="pm" { "Afternoon" }
                }
            }
            label { "Code" (code_select(Some(Code::Illness))) }
            label { "What was said" input name="note" placeholder="first-day call: spoke to mum, illness" required; }
            button type="submit" { "Record call" }
        }
    }
}

fn forwarded_card(
    item: &Item,
    view: &TodayView,
    staff: &SignedIn,
    school: &SchoolEntry,
    back: &str,
) -> Markup {
    let school_id = view.school.as_str();
    let class = if item.safeguarding {
        "card safeguarding"
    } else if item.failure.is_some() {
        "card failed"
    } else {
        "card"
    };
    html! {
        div class=(class) data-kind=(item.kind) {
            h3 { (item.subject.as_deref().unwrap_or(&item.kind)) }
            p.muted {
                span.badge { (item.kind.replace('_', " ")) } " " (local_time(school, item.at))
                @for upn in &item.pupils {
                    " · " a href={ "/pupils/" (upn) "?school=" (school_id) } {
                        (view.names.get(upn).map_or(upn.as_str(), String::as_str))
                    }
                }
            }
            @if let Some(failure) = &item.failure { p.badge.warn { (failure) } }
            @match &item.text {
                Some(text) => p.words { (text) },
                None => p.words { em { "Message withheld: for the DSL only." } },
            }
            details {
                summary { "Mark done" }
                form.act method="post" action="/actions/done" {
                    (csrf_field(staff))
                    input type="hidden" name="school" value=(school_id);
                    input type="hidden" name="id" value=(item.id);
                    input type="hidden" name="back" value=(back);
                    label { "Note" input name="note" required; }
                    button type="submit" { "Done" }
                }
            }
        }
    }
}
