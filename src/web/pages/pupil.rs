//! A pupil's page: contacts, attendance figures, this term's register,
//! every message in and out, every amendment, and for the DSL roles only
//! the pupil's safeguarding record; and the forms to amend a code, record
//! a call and send a one-off message.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::{Path, Query, State};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use super::layout::{code, csrf_field, local_time, shell};
use super::today::{
    ConcernView, SessionLine, WordsReader, amend_form, call_form, concern_card, display_name,
    vulnerability_badges,
};
use crate::attendance::PenaltyNotice;
use crate::domain::{Amendment, Channel, Code, Contact, Provenance, Pupil, Session, SessionDate};
use crate::error::Result;
use crate::inbound::{Sender, SenderKey};
use crate::outbox::{Role, Status};
use crate::register::Entry;
use crate::safeguarding::{ConcernRecord, Happened};
use crate::schools::ConfiguredSchool;
use crate::web::actions::ONE_OFF_PREFIX;
use crate::web::auth::{SignedIn, random_token};
use crate::web::feeds::PupilSpanFigures;
use crate::web::penalty_notice;
use crate::web::worklist::inbox_id_of;
use crate::web::{WebError, WebState};

#[derive(Debug, Default, Deserialize)]
pub struct SchoolQuery {
    pub school: Option<String>,
}

/// A message to or from the family, or about the pupil to staff.
#[derive(Debug, Clone, Serialize)]
pub struct MessageLine {
    /// `in` or `out`.
    pub direction: &'static str,
    pub at: DateTime<Utc>,
    pub channel: Channel,
    /// The sender (in) or the recipient's role (out).
    pub party: String,
    pub kind: Option<String>,
    pub subject: Option<String>,
    /// `None` when withheld from this viewer (safeguarding).
    pub text: Option<String>,
    /// For messages out: pending, sent or failed.
    pub status: Option<String>,
    /// Files that came with a message in, as (name, link); empty when
    /// its words are withheld.
    pub files: Vec<(String, String)>,
}

/// One change to the register, as the register as a whole saw it: the
/// code that counted before and after.
#[derive(Debug, Clone, Serialize)]
pub struct AmendmentLine {
    pub at: DateTime<FixedOffset>,
    pub session: SessionDate,
    /// `mis`, `parent` or `staff`: whose entry changed.
    pub source: &'static str,
    pub was: Option<Code>,
    pub now: Option<Code>,
    pub reason: String,
    pub who: String,
}

/// Replays a pupil's history in order, session by session, to say what
/// each change did to the code that counts.
fn amendment_lines(history: &[Amendment]) -> Vec<AmendmentLine> {
    let mut entries: HashMap<SessionDate, Entry> = HashMap::new();
    history
        .iter()
        .map(|a| {
            let entry = entries.entry(a.amended.session).or_default();
            let was = entry.effective_code();
            let (slot, source) = match a.amended.provenance {
                Provenance::Mis => (&mut entry.mis, "mis"),
                Provenance::ParentReport { .. } => (&mut entry.provisional, "parent"),
                Provenance::Staff { .. } => (&mut entry.staff, "staff"),
            };
            // A withdrawn report leaves its slot empty.
            *slot = a.amended.code.map(|_| a.amended.clone());
            AmendmentLine {
                at: a.at,
                session: a.amended.session,
                source,
                was,
                now: entry.effective_code(),
                reason: a.reason.clone(),
                who: a.who.clone(),
            }
        })
        .collect()
}

/// Everything on a pupil's page (HTML and `/api/pupils/{upn}`).
#[derive(Debug, Clone, Serialize)]
pub struct PupilView {
    pub school: String,
    pub pupil: Pupil,
    pub name: String,
    pub contacts: Vec<Contact>,
    /// Whether attendance figures are wired in.
    pub figures_available: bool,
    pub figures: Option<PupilSpanFigures>,
    pub term: Option<String>,
    /// This term's sessions so far that have any mark, oldest first.
    pub sessions: Vec<SessionLine>,
    pub messages: Vec<MessageLine>,
    /// Every change, oldest first, as stored.
    pub amendments: Vec<Amendment>,
    /// The same changes as the effective code saw them.
    pub changes: Vec<AmendmentLine>,
    /// The pupil's safeguarding record, oldest first: empty unless the
    /// viewer is a DSL role.
    pub safeguarding: Vec<ConcernRecord>,
    /// Penalty notices issued, oldest first.
    pub penalty_notices: Vec<PenaltyNotice>,
}

fn from_contact(sender: &Sender, contacts: &[Contact]) -> bool {
    contacts.iter().any(|c| sender.is_contact(c))
}

fn status_words(status: &Status) -> String {
    match status {
        Status::Pending { .. } | Status::Sending { .. } => "waiting to send".into(),
        Status::Sent { .. } => "sent".into(),
        Status::Failed { error, .. } => format!("failed: {error}"),
        Status::Cancelled { reason, .. } => format!("withdrawn: {reason}"),
    }
}

/// Builds a pupil's view; `None` when the school has no such pupil.
pub fn build(
    state: &WebState,
    staff: &SignedIn,
    school: &ConfiguredSchool,
    upn: &str,
    today: NaiveDate,
) -> Result<Option<PupilView>> {
    let id = school.id.as_str();
    let Some(pupil) = state.roster.pupil(id, upn)? else {
        return Ok(None);
    };
    let contacts = state.roster.contacts_of(upn)?;
    let reader = WordsReader::new(state, staff);
    let term = school.calendar.term_of(today);
    let mut sessions = Vec::new();
    if let Some(term) = term {
        // The pupil's own entries, day by day, rather than the school's.
        for day in term.first_day.iter_days().take_while(|day| *day <= today) {
            for session in Session::BOTH {
                let at = SessionDate::new(day, session);
                if let Some(entry) = state.register.entry(id, upn, at)? {
                    sessions.push(reader.line(at, &entry)?);
                }
            }
        }
    }

    let reported: HashSet<&str> = sessions
        .iter()
        .filter_map(|l| l.words.as_ref().map(|w| w.message.as_str()))
        .collect();
    let senders: Vec<SenderKey> = contacts.iter().flat_map(SenderKey::of_contact).collect();
    let mut candidates = state.inbox.from_senders(&senders)?;
    let from_contacts: HashSet<String> = candidates.iter().map(|e| e.id.clone()).collect();
    for message_id in reported.iter().filter(|m| !from_contacts.contains(**m)) {
        candidates.extend(state.inbox.get(message_id)?);
    }
    let mut messages: Vec<MessageLine> = candidates
        .into_iter()
        .filter(|e| {
            e.message.school.as_deref().is_none_or(|s| s == id)
                && (reported.contains(e.id.as_str()) || from_contact(&e.message.from, &contacts))
        })
        .map(|e| {
            let readable = reader.may_read(&e.id)?;
            Ok(MessageLine {
                direction: "in",
                at: e.message.received_at,
                channel: e.message.channel,
                party: e.message.from.to_string(),
                kind: e.outcome.clone(),
                subject: reader.read_subject(&e)?,
                text: Some(reader.read(&e)?.0),
                status: None,
                files: if readable {
                    let mut files = Vec::new();
                    for a in &e.message.attachments {
                        let Some(link) = super::attachment::href(a) else {
                            continue;
                        };
                        let name = match &a.filename {
                            Some(name) => reader.read_words(&e, name)?,
                            None => a.content_type.clone(),
                        };
                        files.push((name, link));
                    }
                    files
                } else {
                    Vec::new()
                },
            })
        })
        .collect::<Result<_>>()?;
    let sees_safeguarding = staff.role().sees_safeguarding();
    for e in state.outbox.of_pupil(id, upn)? {
        let shown = e.message.pupils.iter().any(|p| p == upn)
            && e.message.school.as_deref().is_none_or(|s| s == id)
            && (sees_safeguarding || e.message.role != Role::Dsl);
        if !shown {
            continue;
        }
        let readable = match inbox_id_of(&e) {
            Some(inbox_id) => reader.may_read(inbox_id)?,
            None => true,
        };
        messages.push(MessageLine {
            direction: "out",
            at: e.created_at,
            channel: e.message.channel,
            party: e.message.role.to_string(),
            kind: Some(e.message.kind.clone()),
            subject: e.message.subject.clone(),
            text: readable.then(|| e.message.text.clone()),
            status: Some(status_words(&e.status)),
            files: Vec::new(),
        });
    }
    messages.sort_by_key(|m| m.at);

    let amendments = state.register.history(id, upn)?;
    let figures = match &state.figures {
        Some(figures) => figures.pupil(id, upn, today)?,
        None => None,
    };
    Ok(Some(PupilView {
        school: id.to_string(),
        name: display_name(Some(&pupil), upn).0,
        pupil,
        contacts,
        figures_available: state.figures.is_some(),
        figures,
        term: term.map(|t| t.name.clone()),
        sessions,
        messages,
        changes: amendment_lines(&amendments),
        amendments,
        safeguarding: if sees_safeguarding {
            state.concerns.of_pupil(id, upn)?
        } else {
            Vec::new()
        },
        penalty_notices: state.penalty_notices.of_pupil(id, upn)?,
    }))
}

/// `GET /pupils/{upn}`
pub async fn page(
    State(state): State<WebState>,
    staff: SignedIn,
    Path(upn): Path<String>,
    Query(query): Query<SchoolQuery>,
) -> Result<Markup, WebError> {
    let school = state.school_for(&staff, query.school.as_deref())?;
    let today = school.local_date(state.clock.now());
    let view = build(&state, &staff, school, &upn, today)?.ok_or(WebError::NotFound)?;
    let nonce = random_token()?;
    Ok(render(
        &view,
        &staff,
        school,
        &state.one_off_templates(),
        today,
        &nonce,
    ))
}

impl WebState {
    /// The message templates staff may send from a pupil's page.
    pub(crate) fn one_off_templates(&self) -> Vec<(String, String)> {
        self.templates
            .kinds()
            .into_iter()
            .filter(|k| k.starts_with(ONE_OFF_PREFIX))
            .map(|k| {
                let label = k[ONE_OFF_PREFIX.len()..].replace('_', " ");
                (k, label)
            })
            .collect()
    }
}

fn render(
    view: &PupilView,
    staff: &SignedIn,
    school: &ConfiguredSchool,
    templates: &[(String, String)],
    today: NaiveDate,
    nonce: &str,
) -> Markup {
    let back = format!("/pupils/{}?school={}", view.pupil.upn, view.school);
    let pupil = &view.pupil;
    let vulnerable = BTreeMap::from([(pupil.upn.clone(), pupil.flags.clone())]);
    let body = html! {
        h1 { (view.name) " " (vulnerability_badges(&pupil.flags)) span.muted { (pupil.year) " · UPN " (pupil.upn) } }
        @if !pupil.flags.is_empty() {
            p { @for f in &pupil.flags { span.badge { (f.as_str().replace('_', " ")) } " " } }
        }
        div.cards {
            div.card {
                h3 { "Contacts" }
                @for c in &view.contacts {
                    p {
                        strong { (c.priority) ". " (c.name) }
                        @if let Some(r) = &c.relationship { " (" (r) ")" }
                        br;
                        @if let Some(m) = &c.mobile { a href={ "tel:" (m) } { (m) } " " }
                        @if let Some(e) = &c.email { a href={ "mailto:" (e) } { (e) } }
                    }
                }
                @if view.contacts.is_empty() { p.empty { "No contacts on the roster." } }
            }
            div.card {
                h3 { "Attendance" }
                @match (&view.figures, view.figures_available) {
                    (Some(f), _) => (figures(f)),
                    (None, true) => p.empty { "No figures yet." },
                    (None, false) => p.notice { "Attendance figures are not available yet." },
                }
            }
            div.card {
                h3 { "Record a phone call" }
                (call_form(staff, &view.school, &pupil.upn, today, &back))
            }
            div.card {
                h3 { "Penalty notices" }
                (penalty_notice::card(staff, &view.school, &pupil.upn, &view.contacts, &view.penalty_notices, today, &back))
            }
            div.card {
                h3 { "Send a message" }
                @if templates.is_empty() {
                    p.empty { "No message templates for staff." }
                } @else {
                    form.act method="post" action="/actions/message" {
                        (csrf_field(staff))
                        input type="hidden" name="school" value=(view.school);
                        input type="hidden" name="upn" value=(pupil.upn);
                        input type="hidden" name="nonce" value=(nonce);
                        input type="hidden" name="back" value=(back);
                        label { "Message"
                            select name="template" {
                                @for (kind, label) in templates { option value=(kind) { (label) } }
                            }
                        }
                        label { "To"
                            select name="to" {
                                option value="parents" { "Everyone with parental responsibility" }
                                @for c in &view.contacts {
                                    option value=(c.priority) { (c.priority) ". " (c.name) }
                                }
                            }
                        }
                        button type="submit" { "Send" }
                    }
                }
            }
        }
        @if staff.role().sees_safeguarding() {
            h2 { "Safeguarding record" span.count { (view.safeguarding.len()) } }
            @if view.safeguarding.is_empty() { p.empty { "No concerns recorded." } }
            div.cards {
                @for record in view.safeguarding.iter().rev() {
                    (concern_card(&ConcernView::of(record, vec![view.name.clone()]), &vulnerable, staff, school, &view.school, &back))
                    table.record {
                        thead { tr { th { "When" } th { "What" } th { "Who" } th { "How" } th { "Shown" } } }
                        tbody {
                            @for event in &record.events {
                                tr {
                                    td { (local_time(school, event.at)) }
                                    td { (match event.what {
                                        Happened::Alerted { tier } => format!("alerted ({})", tier.label()),
                                        Happened::Acknowledged => "acknowledged".to_string(),
                                    }) }
                                    td { (event.who) }
                                    td { (event.channel.map_or("staff screen".to_string(), |c| c.to_string())) }
                                    td { (event.shown) }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { "This term" @if let Some(t) = &view.term { span.muted { (t) } } }
        @if view.sessions.is_empty() {
            p.empty { "No register entries this term." }
        } @else {
            div.scroll {
                table {
                    thead { tr { th { "Session" } th { "Code" } th { "Parent" } th { "Register" } th { "Staff" } th {} } }
                    tbody {
                        @for line in &view.sessions {
                            tr {
                                td { (line.session.date.format("%a %-d %b")) " " (line.session.session) }
                                td { (code(line.code)) }
                                td { @if line.provisional.is_some() { (code(line.provisional)) } }
                                td { @if line.register_taken { (code(line.register)) } }
                                td { @if line.staff.is_some() { (code(line.staff)) } }
                                td {
                                    details {
                                        summary { "Amend" }
                                        (amend_form(staff, &view.school, &pupil.upn, line.session, line.code, &back))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { "Amendments" span.count { (view.changes.len()) } }
        @if view.changes.is_empty() {
            p.empty { "No amendments." }
        } @else {
            div.scroll {
                table id="amendments" {
                    thead { tr { th { "When" } th { "Session" } th { "Was" } th { "Now" } th { "Reason" } th { "Who" } } }
                    tbody {
                        @for a in view.changes.iter().rev() {
                            tr {
                                td { (local_time(school, a.at.to_utc())) }
                                td { (a.session.date.format("%a %-d %b")) " " (a.session.session) }
                                td { (code(a.was)) }
                                td { (code(a.now)) }
                                td { (a.reason) }
                                td { (a.who) " " span.muted { "(" (a.source) ")" } }
                            }
                        }
                    }
                }
            }
        }
        h2 { "Messages" span.count { (view.messages.len()) } }
        @if view.messages.is_empty() { p.empty { "No messages." } }
        div.cards {
            @for m in view.messages.iter().rev() {
                div.card {
                    p.muted {
                        span.badge { (if m.direction == "in" { "from" } else { "to" }) } " "
                        (m.party) " · " (m.channel) " · " (local_time(school, m.at))
                        @if let Some(k) = &m.kind { " · " (k) }
                        @if let Some(s) = &m.status { " · " (s) }
                    }
                    @if let Some(s) = &m.subject { p { strong { (s) } } }
                    @match &m.text {
                        Some(text) => p.words { (text) },
                        None => p.words { em { "Message withheld: for the DSL only." } },
                    }
                    @for (name, link) in &m.files {
                        p { a href=(link) { "Attachment: " (name) } }
                    }
                }
            }
        }
    };
    shell(&view.name, staff, Some(school), body)
}

/// The figures and a week-by-week bar chart of the term, as inline SVG.
fn figures(f: &PupilSpanFigures) -> Markup {
    const WIDTH: f64 = 300.0;
    const HEIGHT: f64 = 100.0;
    let bar = if f.weeks.is_empty() {
        0.0
    } else {
        WIDTH / f.weeks.len() as f64
    };
    let y = |percent: f64| HEIGHT - percent.clamp(0.0, 100.0) * HEIGHT / 100.0;
    html! {
        p { strong { (format!("{:.1}%", f.attendance_percent)) } " attendance, "
            (f.possible_sessions) " possible sessions" }
        p.muted {
            (f.authorised_absences) " authorised · " (f.unauthorised_absences) " unauthorised · "
            (f.lates) " late"
            @if let Some(band) = &f.band { " · " span.badge.warn { (band) } }
        }
        @if f.short_history {
            p.notice {
                "These figures rest on " (f.possible_sessions) " sessions: too few to judge "
                "persistent or severe absence. Import this year's marks from the MIS ("
                code { "absence-line import marks" } " or the Wonde sync) for the whole picture."
            }
        }
        @if !f.weeks.is_empty() {
            svg viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width="100%" role="img"
                aria-label="Attendance by week this term" {
                @for (i, w) in f.weeks.iter().enumerate() {
                    rect x=(i as f64 * bar + 1.0) y=(y(w.attendance_percent)) width=((bar - 2.0).max(1.0))
                        height=(HEIGHT - y(w.attendance_percent))
                        fill=(if w.attendance_percent >= 96.0 { "#2e7d32" } else { "#c62828" }) {
                        title { "w/c " (w.week_starting) ": " (format!("{:.0}%", w.attendance_percent)) }
                    }
                }
                line x1="0" x2=(WIDTH) y1=(y(96.0)) y2=(y(96.0)) stroke="#17324d" stroke-dasharray="4 3" {}
            }
            p.muted { "Bars: attendance per week; dashed line: 96% target." }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mark, Session};

    fn change(code: Option<&str>, provenance: Provenance, minute: u32) -> Amendment {
        let at: DateTime<FixedOffset> = format!("2026-11-23T09:{minute:02}:00+00:00")
            .parse()
            .unwrap();
        Amendment {
            original: None,
            amended: Mark {
                school: "fernhill".into(),
                upn: "A1".into(),
                session: SessionDate::new("2026-11-23".parse().unwrap(), Session::Am),
                code: code.map(|c| c.parse().unwrap()),
                arrival: None,
                provenance,
                recorded_at: at,
            },
            reason: "r".into(),
            at,
            who: "w".into(),
        }
    }

    #[test]
    fn each_change_says_what_counted_before_and_after() {
        let parent = Provenance::ParentReport {
            message: "m".into(),
        };
        let history = [
            change(Some("I"), parent.clone(), 0),
            change(Some("N"), Provenance::Mis, 1),
            change(Some("M"), Provenance::Staff { who: "jo".into() }, 2),
            change(None, parent, 3),
        ];
        let lines = amendment_lines(&history);
        let codes: Vec<_> = lines
            .iter()
            .map(|l| {
                (
                    l.source,
                    l.was.map(|c| c.as_str()),
                    l.now.map(|c| c.as_str()),
                )
            })
            .collect();
        assert_eq!(
            codes,
            [
                ("parent", None, Some("I")),
                ("mis", Some("I"), Some("I")),
                ("staff", Some("I"), Some("M")),
                ("parent", Some("M"), Some("M")),
            ]
        );
    }
}
