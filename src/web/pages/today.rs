//! Today, per school: for the DSL roles first, the safeguarding concerns
//! still open (the oldest unacknowledged on top) and today's; who is
//! absent or late and why, what the register says, what is still
//! unexplained and how far its chase has got, and what is forwarded to a
//! person.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use super::layout::{code, code_select, csrf_field, local_time, shell};
use crate::domain::{Channel, Code, Provenance, Pupil, PupilFlag, Session, SessionDate, Upn};
use crate::error::Result;
use crate::inbound::InboxEntry;
use crate::register::Entry;
use crate::safeguarding::{Audience, ConcernId, ConcernRecord, Happened, RecordEvent, Tier, Words};
use crate::schools::ConfiguredSchool;
use crate::web::actions::safe_back;
use crate::web::auth::SignedIn;
use crate::web::csrf::CheckedForm;
use crate::web::feeds::ChaseView;
use crate::web::la_return::{self, LaReturn};
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
    /// The words; for a viewer who is not a DSL role, when the message
    /// raised a safeguarding concern, only that it is with the DSL.
    pub text: String,
    /// Whether `text` stands in for words withheld from this viewer.
    pub withheld: bool,
    /// The words that decided the provisional code; withheld with the
    /// text.
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
    pub upn: Upn,
    pub name: String,
    pub year: String,
    pub sessions: Vec<SessionLine>,
}

/// A pupil absent with no explanation, and their chase.
#[derive(Debug, Clone, Serialize)]
pub struct Unexplained {
    pub upn: Upn,
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
    /// For the DSL roles only: concerns not yet acknowledged (oldest
    /// first), then those raised on the day.
    pub concerns: Vec<ConcernView>,
    /// The vulnerabilities (child protection, child in need, looked after)
    /// of the pupils on the page, by UPN, for their badges.
    pub vulnerable: BTreeMap<Upn, Vec<PupilFlag>>,
    /// Returns to the local authority not yet marked sent, with each
    /// pupil's name.
    pub la_returns: Vec<LaReturn>,
}

/// A safeguarding concern as the DSL roles see it on Today.
#[derive(Debug, Clone, Serialize)]
pub struct ConcernView {
    pub id: ConcernId,
    pub upns: Vec<Upn>,
    pub names: Vec<String>,
    pub raised_at: DateTime<Utc>,
    pub categories: Vec<String>,
    pub triggers: Vec<String>,
    /// The first acknowledgement: who, when and how.
    pub acknowledged: Option<RecordEvent>,
    /// The rungs of the ladder reached beyond the DSL.
    pub escalated_to: Vec<Tier>,
}

impl ConcernView {
    pub(crate) fn of(record: &ConcernRecord, names: Vec<String>) -> ConcernView {
        let mut escalated_to: Vec<Tier> = record
            .events
            .iter()
            .filter_map(|e| match e.what {
                Happened::Alerted { tier } if tier != Tier::Dsl => Some(tier),
                _ => None,
            })
            .collect();
        escalated_to.dedup();
        ConcernView {
            id: record.id.clone(),
            upns: record.upns.clone(),
            names,
            raised_at: record.raised_at,
            categories: record
                .concerns
                .iter()
                .map(|c| c.category.label().to_string())
                .collect(),
            triggers: record
                .concerns
                .iter()
                .flat_map(|c| c.triggers.iter().cloned())
                .collect(),
            acknowledged: record.acknowledgement().cloned(),
            escalated_to,
        }
    }
}

/// Reads parents' messages through the safeguarding barrier, for the
/// signed-in viewer.
pub(crate) struct WordsReader<'a> {
    state: &'a WebState,
    audience: Audience,
}

impl<'a> WordsReader<'a> {
    pub(crate) fn new(state: &'a WebState, staff: &SignedIn) -> WordsReader<'a> {
        WordsReader {
            state,
            audience: Audience::of_viewer(staff.role().sees_safeguarding()),
        }
    }

    /// A stored message's words as this viewer may read them, and whether
    /// they are withheld.
    pub(crate) fn read(&self, entry: &InboxEntry) -> Result<(String, bool)> {
        let guarded = self.state.barrier.guard(entry)?;
        Ok((
            guarded.open(self.audience).to_string(),
            guarded.is_withheld_from(self.audience),
        ))
    }

    /// A stored message's subject, if this viewer may read it: a concern's
    /// subject is withheld with its words.
    pub(crate) fn read_subject(&self, entry: &InboxEntry) -> Result<Option<String>> {
        Ok(self
            .state
            .barrier
            .guard_subject(entry)?
            .filter(|guarded| !guarded.is_withheld_from(self.audience))
            .map(|guarded| guarded.open(self.audience).to_string()))
    }

    /// Words that came with a stored message (an attachment's file name)
    /// as this viewer may read them.
    pub(crate) fn read_words(&self, entry: &InboxEntry, words: &Words) -> Result<String> {
        let guarded = self.state.barrier.guard_words(entry, words)?;
        Ok(guarded.open(self.audience).to_string())
    }

    /// Whether this viewer may read what quotes a message (a notice to
    /// staff about it).
    pub(crate) fn may_read(&self, inbox_id: &str) -> Result<bool> {
        Ok(self.audience == Audience::Safeguarding || !self.state.concerns.is_concern(inbox_id)?)
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
        let (text, withheld) = self.read(&stored)?;
        Ok(Some(ParentWords {
            message: message.clone(),
            channel: stored.message.channel,
            received_at: stored.message.received_at,
            text,
            explanation: self
                .state
                .barrier
                .guard_explanation(&stored, self.audience)?,
            withheld,
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

/// "CP", "CIN", "LAC": a vulnerable pupil's badges, wherever staff see
/// the pupil's name.
pub(crate) fn vulnerability_badges(flags: &[PupilFlag]) -> Markup {
    html! {
        @for flag in flags {
            @if let Some((short, title)) = flag.badge() {
                " " span.badge.vulnerable title=(title) { (short) }
            }
        }
    }
}

/// The flags that earn a badge.
fn vulnerabilities(pupil: &Pupil) -> Vec<PupilFlag> {
    pupil
        .flags
        .iter()
        .copied()
        .filter(|f| f.badge().is_some())
        .collect()
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
    school: &ConfiguredSchool,
    date: NaiveDate,
) -> Result<TodayView> {
    let id = school.id.as_str();
    let reader = WordsReader::new(state, staff);
    let pupils: HashMap<Upn, Pupil> = state
        .roster
        .all_pupils(id)?
        .into_iter()
        .map(|p| (p.upn.clone(), p))
        .collect();

    let mut reported: BTreeMap<Upn, PupilDay> = BTreeMap::new();
    let mut unexplained: BTreeMap<Upn, Unexplained> = BTreeMap::new();
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
    // Items closed before the day shown are not read.
    let items = state.worklist.items(
        id,
        staff.role().sees_safeguarding(),
        staff.account.school.is_none(),
        school.at(date, NaiveTime::MIN),
    )?;
    let forwarded_done = items.iter().filter(|i| i.done.is_some()).count();
    let forwarded: Vec<Item> = items.into_iter().filter(|i| i.done.is_none()).collect();
    let names = forwarded
        .iter()
        .flat_map(|i| &i.pupils)
        .map(|upn| (upn.clone(), display_name(pupils.get(upn.as_str()), upn).0))
        .collect();
    let mut reported: Vec<PupilDay> = reported.into_values().collect();
    reported.sort_by(|a, b| a.name.cmp(&b.name));
    let mut unexplained: Vec<Unexplained> = unexplained.into_values().collect();
    unexplained.sort_by(|a, b| a.name.cmp(&b.name));
    let concerns = if staff.role().sees_safeguarding() {
        concerns_on(state, school, date, &pupils)?
    } else {
        Vec::new()
    };
    let shown = reported
        .iter()
        .map(|p| p.upn.as_str())
        .chain(unexplained.iter().map(|u| u.upn.as_str()))
        .chain(
            forwarded
                .iter()
                .flat_map(|i| i.pupils.iter().map(String::as_str)),
        )
        .chain(concerns.iter().flat_map(|c| c.upns.iter().map(Upn::as_str)));
    let vulnerable = shown
        .filter_map(|upn| pupils.get(upn))
        .map(|p| (p.upn.clone(), vulnerabilities(p)))
        .filter(|(_, flags)| !flags.is_empty())
        .collect();
    let la_returns = state
        .la_drafts
        .open_drafts(id)?
        .into_iter()
        .map(|d| LaReturn {
            name: display_name(pupils.get(d.upn.as_str()), &d.upn).0,
            upn: d.upn,
            case: d.case,
        })
        .collect();
    Ok(TodayView {
        la_returns,
        school: id.to_string(),
        school_name: school.name.clone(),
        date,
        reported,
        unexplained,
        chase_available: state.chase.is_some(),
        forwarded,
        forwarded_done,
        names,
        concerns,
        vulnerable,
    })
}

/// The school's concerns not yet acknowledged, oldest first, then those
/// raised on `date` and acknowledged.
fn concerns_on(
    state: &WebState,
    school: &ConfiguredSchool,
    date: NaiveDate,
    pupils: &HashMap<Upn, Pupil>,
) -> Result<Vec<ConcernView>> {
    let records = state.concerns.of_school(&school.id)?;
    let (open, closed): (Vec<_>, Vec<_>) = records.into_iter().partition(|r| r.is_open());
    let today = closed
        .into_iter()
        .filter(|r| school.local_date(r.raised_at) == date);
    Ok(open
        .into_iter()
        .chain(today)
        .map(|record| {
            let names = record
                .upns
                .iter()
                .map(|upn| display_name(pupils.get(upn), upn).0)
                .collect();
            ConcernView::of(&record, names)
        })
        .collect())
}

/// The acknowledge button's form.
#[derive(Debug, Deserialize)]
pub struct Acknowledge {
    pub school: Option<String>,
    pub concern: String,
    pub back: Option<String>,
}

/// `POST /actions/acknowledge`: a DSL role says they have the concern; it
/// stops the escalation and goes into the pupil's safeguarding record.
pub async fn acknowledge_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<Acknowledge>,
) -> std::result::Result<Response, WebError> {
    if !staff.role().sees_safeguarding() {
        return Err(WebError::NotFound);
    }
    let school = state.school_for(&staff, form.school.as_deref())?;
    let id = ConcernId::of_message(&form.concern);
    let known = state
        .concerns
        .get(&id)?
        .is_some_and(|r| r.school == school.id);
    if !known {
        return Err(WebError::NotFound);
    }
    state.concerns.acknowledge(
        &id,
        &staff.account.name,
        None,
        "pressed Acknowledge on the staff screen",
        state.clock.now(),
    )?;
    state.audit(&staff, "safeguarding_acknowledged", id.as_str())?;
    Ok(Redirect::to(safe_back(form.back.as_deref())).into_response())
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
        .unwrap_or_else(|| school.local_date(state.clock.now()));
    let view = build(&state, &staff, school, date)?;
    let others = state.schools_for(&staff);
    Ok(page_for(&view, &staff, school, &others))
}

fn page_for(
    view: &TodayView,
    staff: &SignedIn,
    school: &ConfiguredSchool,
    others: &[&ConfiguredSchool],
) -> Markup {
    let back = format!("/today?school={}&date={}", view.school, view.date);
    let body = html! {
        h1 { (view.school_name) " — " (view.date.format("%A %-d %B %Y")) }
        @if others.len() > 1 {
            p.muted {
                "Schools: "
                @for s in others {
                    a href={ "/today?school=" (s.id) } { (s.name) } " "
                }
            }
        }
        @if staff.role().sees_safeguarding() {
            h2 { "Safeguarding concerns" span.count { (view.concerns.iter().filter(|c| c.acknowledged.is_none()).count()) } }
            @if view.concerns.is_empty() {
                p.empty { "No open concerns." }
            }
            div.cards {
                @for concern in &view.concerns {
                    (concern_card(concern, &view.vulnerable, staff, school, &view.school, &back))
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
                    h3 { a href={ "/pupils/" (item.upn) "?school=" (view.school) } { (item.name) } (badges(view, &item.upn)) " " span.muted { (item.year) } }
                    p { "Absent, no reason: "
                        @for s in &item.sessions { span.badge.warn { (s) } " " } }
                    @if let Some(chase) = &item.chase {
                        p.muted { "Chase: " (chase.in_words(school, view.date)) }
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
        h2 { "Absent or late" span.count { (view.reported.len()) } }
        @if view.reported.is_empty() {
            p.empty { "Nobody reported absent or late." }
        }
        div.cards {
            @for pupil in &view.reported {
                div.card data-upn=(pupil.upn) {
                    h3 { a href={ "/pupils/" (pupil.upn) "?school=" (view.school) } { (pupil.name) } (badges(view, &pupil.upn)) " " span.muted { (pupil.year) } }
                    @for line in &pupil.sessions {
                        (session_line(line, staff, &view.school, &pupil.upn, &back))
                    }
                    @for words in distinct_words(&pupil.sessions) {
                        (parent_words(words, school))
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
        @if !view.la_returns.is_empty() {
            h2 { "Returns to the local authority" span.count { (view.la_returns.len()) } }
            (la_return::list(staff, &view.school, &view.la_returns, &back))
        }
    };
    shell("Today", staff, Some(school), body)
}

fn badges(view: &TodayView, upn: &str) -> Markup {
    vulnerability_badges(view.vulnerable.get(upn).map_or(&[][..], Vec::as_slice))
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

/// A concern on the DSL's Today: whom it is about, its category and
/// trigger words, and who has acknowledged it, or the button to.
pub(crate) fn concern_card(
    concern: &ConcernView,
    vulnerable: &BTreeMap<Upn, Vec<PupilFlag>>,
    staff: &SignedIn,
    school: &ConfiguredSchool,
    school_id: &str,
    back: &str,
) -> Markup {
    let class = if concern.acknowledged.is_none() {
        "card safeguarding open"
    } else {
        "card safeguarding"
    };
    html! {
        div class=(class) data-concern=(concern.id) {
            h3 {
                @if concern.upns.is_empty() { "A sender not on the roster " }
                @for (upn, name) in concern.upns.iter().zip(&concern.names) {
                    a href={ "/pupils/" (upn) "?school=" (school_id) } { (name) }
                    (vulnerability_badges(vulnerable.get(upn).map_or(&[][..], Vec::as_slice))) " "
                }
                span.muted { (local_time(school, concern.raised_at)) }
            }
            p {
                @for category in &concern.categories { span.badge.warn { (category) } " " }
                @for trigger in &concern.triggers { q { (trigger) } " " }
            }
            @if !concern.escalated_to.is_empty() {
                p.muted { "Escalated to: "
                    (concern.escalated_to.iter().map(|t| t.label()).collect::<Vec<_>>().join(", ")) }
            }
            @match &concern.acknowledged {
                Some(ack) => p.muted {
                    "Acknowledged by " (ack.who) ", " (local_time(school, ack.at))
                    (ack.channel.map_or(" on the staff screen".to_string(), |c| format!(" by {c}")))
                },
                None => form.act method="post" action="/actions/acknowledge" {
                    (csrf_field(staff))
                    input type="hidden" name="school" value=(school_id);
                    input type="hidden" name="concern" value=(concern.id);
                    input type="hidden" name="back" value=(back);
                    button type="submit" { "Acknowledge" }
                },
            }
        }
    }
}

fn parent_words(words: &ParentWords, school: &ConfiguredSchool) -> Markup {
    html! {
        @if words.withheld {
            p.words { em { (words.text) } }
        } @else {
            blockquote.words { (words.text) }
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
            label { "Code" (code_select(current, Some(session.session))) }
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
            label { "Code" (code_select(Some(Code::Illness), None)) }
            label { "What was said" input name="note" placeholder="first-day call: spoke to mum, illness" required; }
            button type="submit" { "Record call" }
        }
    }
}

fn forwarded_card(
    item: &Item,
    view: &TodayView,
    staff: &SignedIn,
    school: &ConfiguredSchool,
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
                    (badges(view, upn))
                }
            }
            @if let Some(failure) = &item.failure { p.badge.warn { (failure) } }
            @match &item.text {
                Some(text) => p.words { (text) },
                None => p.words { em { "Message withheld: for the DSL only." } },
            }
            @if item.text.is_some() { details {
                summary { "Mark done" }
                form.act method="post" action="/actions/done" {
                    (csrf_field(staff))
                    input type="hidden" name="school" value=(school_id);
                    input type="hidden" name="id" value=(item.id);
                    input type="hidden" name="back" value=(back);
                    label { "Note" input name="note" required; }
                    button type="submit" { "Done" }
                }
            } }
        }
    }
}
