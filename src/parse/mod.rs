//! Turning a parent's free-text message into provisional register entries,
//! as `parsing.md` defines: which children, which code, which school days
//! and sessions, and what a person must look at.
//!
//! The work is split by question: [`email`] drops quoted text, [`clauses`]
//! cuts the message into parts per child, [`children`] finds names,
//! [`signals`] decides whether a part reports an absence at all,
//! [`reason`] picks the code, [`lateness`] and [`times`] read arrival
//! times, [`dates`] and [`sessions`] decide the days and sessions, and
//! [`safeguarding`] looks for a child at risk. Everything here is pure:
//! the time of the message and the school are inputs.

mod children;
mod clauses;
mod dates;
mod email;
mod language;
mod lateness;
mod reason;
mod safeguarding;
mod sessions;
mod signals;
mod text;
mod times;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

use crate::domain::{Channel, Code, Flag, ParsedMessage, Report, School, Session};
use children::Roster;
use dates::{DaySpan, MessageDay};
use lateness::Lateness;
use reason::Reasons;
use sessions::DayPart;

/// One of the sender's children on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub first: String,
    pub last: String,
    #[serde(default)]
    pub known_as: Option<String>,
    /// Year group as written on the roster ("R", "Y3", "N").
    pub year: String,
}

/// Set when the message replies to a chase: the named children were marked
/// absent without a reason on `date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChaseContext {
    /// Roster first names.
    pub chasing: Vec<String>,
    pub date: NaiveDate,
}

/// A parent's message with what the school knows about its sender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageInput {
    pub channel: Channel,
    /// When it arrived, with the school's local offset.
    pub received_at: DateTime<FixedOffset>,
    #[serde(default)]
    pub subject: Option<String>,
    pub children: Vec<Child>,
    #[serde(default)]
    pub context: Option<ChaseContext>,
    pub text: String,
}

/// Longer messages are read only this far (and flagged for a person):
/// nobody reports an absence in a novel, and the rules stay fast.
const MAX_CHARS: usize = 10_000;

/// What one part of a message reports, before parts with the same code and
/// days are merged into one report.
struct Draft {
    pupils: Vec<usize>,
    code: Code,
    span: DaySpan,
    from_session: Session,
    to_session: Session,
    arrival: Option<String>,
}

/// Everything about the message that every part shares.
struct Setting<'a> {
    school: &'a School,
    day: MessageDay,
    sent: chrono::NaiveTime,
    in_reply_to_chase: bool,
}

/// Reads one message. Never fails: what cannot be read is flagged for a
/// person.
pub fn parse_message(input: &MessageInput, school: &School) -> ParsedMessage {
    let new_text = email::new_text(&input.text);
    let (body, truncated) = truncate(&new_text, MAX_CHARS);
    let roster = Roster::new(&input.children);
    let setting = Setting {
        school,
        day: message_day(input, school),
        sent: school.local(input.received_at.to_utc()).time(),
        in_reply_to_chase: input.context.is_some(),
    };
    let cut = clauses::by_child(body, &roster);
    let reports = merge(drafts(input, &roster, &cut, &setting), &roster);
    let whole = text::normalise(body);
    let english = language::reads_as_english(&whole);
    let unsure = cut.names_unknown_child
        || truncated
        || !english
        || (!reports.is_empty() && reason::illness_only_pictured(&whole));
    let concerns = safeguarding::concerns(&whole);
    let at_risk = !concerns.is_empty();
    let accounted_for =
        english && (!reports.is_empty() || says_no_absence(&whole, &setting, at_risk));
    let flags = flags(&reports, &whole, at_risk, unsure, accounted_for);
    ParsedMessage {
        reports,
        flags,
        concerns,
    }
}

/// What each part of the message reports; when no named child is reported
/// absent, what the rest says about the children it does not name.
fn drafts(
    input: &MessageInput,
    roster: &Roster,
    cut: &clauses::Parts,
    setting: &Setting,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut attending: Vec<usize> = Vec::new();
    // What is left once children said to be in are set aside: "the girls
    // are both poorly" without "Cian will be in".
    let mut unnamed = vec![cut.preamble.as_str()];
    for part in &cut.parts {
        match assess_part(&part.text, &cut.preamble, setting) {
            Assessment::Absent(draft) => drafts.push(Draft {
                pupils: part.children.clone(),
                ..draft
            }),
            Assessment::Attending => attending.extend(&part.children),
            Assessment::Nothing => unnamed.push(&part.text),
        }
    }
    if !drafts.is_empty() {
        return drafts;
    }
    let unnamed: Vec<&str> = unnamed.into_iter().filter(|t| !t.is_empty()).collect();
    let unnamed = unnamed.join(". ");
    let reading = Reading::new(&unnamed, setting);
    if let Assessment::Absent(draft) = assess(&reading, &reading, setting) {
        // The only child named is not on the roster: nobody can be told.
        let pupils = if cut.names_unknown_child && cut.parts.is_empty() {
            Vec::new()
        } else {
            unnamed_pupils(input, roster, &unnamed, &attending)
        };
        drafts.push(Draft { pupils, ..draft });
    }
    drafts
}

/// Whether a message with no report in it positively says there is none:
/// the child is in, or it is about something else (a question, a thank-you,
/// new details, a complaint) and holds no reason, lateness or absence words
/// that went unread. `at_risk` says a person reads it anyway.
fn says_no_absence(whole: &str, setting: &Setting, at_risk: bool) -> bool {
    if signals::says_attending(whole) {
        return true;
    }
    let complaint = signals::raises_complaint(whole);
    if !(signals::about_something_else(whole) || complaint) {
        return false;
    }
    let reading = Reading::new(whole, setting);
    let reasons = &reading.reasons;
    // A reason that explains nothing here: "a dentist appointment after
    // school", "a family party" in a question about the last day, the
    // illness a complaint is about, anything a person reads anyway.
    let reason_explained = !reasons.any()
        || signals::after_school(whole)
        || complaint
        || at_risk
        || (whole.contains('?') && !reasons.is_planned() && !reasons.illness);
    reason_explained && reading.lateness.is_none() && !signals::reports_absence(whole)
}

/// The flags for the reports made from lower-case message text. `at_risk`
/// says a safeguarding concern was found; `unsure` says something could not
/// be read as given (a name not on the roster, a message too long to read
/// in full, a language the parser does not read); `accounted_for` says the
/// message either reports something or positively says it reports nothing.
fn flags(
    reports: &[Report],
    whole: &str,
    at_risk: bool,
    unsure: bool,
    accounted_for: bool,
) -> Vec<Flag> {
    let no_text = !whole.chars().any(char::is_alphanumeric);
    let needs_staff = unsure
        || no_text
        || !accounted_for
        || reports.iter().any(|r| r.code.needs_staff())
        // Nothing to record, but a person must act on it.
        || (reports.is_empty() && (at_risk || signals::raises_complaint(whole)));
    let mut flags = Vec::new();
    if at_risk {
        flags.push(Flag::Safeguarding);
    }
    if needs_staff {
        flags.push(Flag::NeedsStaff);
    }
    // "Not an absence" only on positive evidence, in a language read.
    if reports.is_empty() && accounted_for && !no_text {
        flags.push(Flag::NotAbsence);
    }
    if reports.iter().any(|r| r.pupils.is_empty()) {
        flags.push(Flag::AmbiguousPupil);
    }
    flags
}

enum Assessment {
    Absent(Draft),
    /// The part says the child is in school.
    Attending,
    Nothing,
}

/// One piece of lower-case text read once: its reasons, clock times and
/// what it says of lateness.
struct Reading<'t> {
    lower: &'t str,
    reasons: Reasons,
    times: Vec<times::TimeMention>,
    lateness: Option<Lateness>,
}

impl<'t> Reading<'t> {
    fn new(lower: &'t str, setting: &Setting) -> Self {
        let school = setting.school;
        let times = times::clock_times(lower, school.times.am.register_closes.hour());
        let lateness = lateness::read(lower, &times, setting.sent, &school.times);
        Reading {
            lower,
            reasons: Reasons::read(lower),
            times,
            lateness,
        }
    }
}

/// A part is judged on its own words first ("Poppy is coming in" must not
/// borrow the preamble's "neither of them will be in"); the preamble adds
/// the reason and days.
fn assess_part(own: &str, preamble: &str, setting: &Setting) -> Assessment {
    let own = Reading::new(own, setting);
    let own_says = reports_absence(&own, setting);
    if !own_says && signals::says_attending(own.lower) {
        return Assessment::Attending;
    }
    if preamble.is_empty() {
        return assess(&own, &own, setting);
    }
    let text = format!("{preamble}. {}", own.lower);
    let with_preamble = Reading::new(&text, setting);
    assess(
        if own_says { &own } else { &with_preamble },
        &with_preamble,
        setting,
    )
}

/// Whether `evidence` reports an absence, and if so what `full` says of it.
fn assess(evidence: &Reading, full: &Reading, setting: &Setting) -> Assessment {
    if !reports_absence(evidence, setting) {
        return Assessment::Nothing;
    }
    let school = setting.school;
    let span = dates::span(full.lower, &setting.day, &school.calendar);
    let lateness = full.lateness.filter(|_| !full.reasons.outranks_lateness());
    let draft = match lateness {
        Some(late) => late_draft(late, span, setting),
        None => absence_draft(full.lower, &full.reasons, &full.times, span),
    };
    Assessment::Absent(draft)
}

/// Whether text reports an absence or a late arrival at all.
fn reports_absence(reading: &Reading, setting: &Setting) -> bool {
    let lower = reading.lower;
    if signals::reports_absence(lower) || reading.lateness.is_some() {
        return true;
    }
    let reasons = &reading.reasons;
    let names_a_day = dates::names_a_day(lower);
    // "A dentist appointment after school" misses nothing.
    let in_school_hours = !signals::after_school(lower);
    if in_school_hours && reasons.is_planned() && (names_a_day || !reading.times.is_empty()) {
        return true;
    }
    // A missing taxi keeps a child away; so does being collected early for
    // a reason.
    if reasons.transport || (in_school_hours && reasons.any() && signals::collecting_early(lower)) {
        return true;
    }
    // Weak evidence: a reason alone in reply to a chase, an illness now,
    // today or for a while, or a refusal to go in; "she's fine now"
    // outweighs it.
    let ill_now = reasons.illness
        && (names_a_day || dates::names_a_duration(lower) || signals::speaks_of_illness_now(lower));
    // A reason given in reply to a chase explains the chased day, even
    // when the child is back now ("sick yesterday, in school today").
    (setting.in_reply_to_chase && reasons.any())
        || (!signals::says_attending(lower) && (ill_now || reasons.refusal))
}

fn late_draft(late: Lateness, span: DaySpan, setting: &Setting) -> Draft {
    let times = &setting.school.times;
    let session = late.session(times);
    Draft {
        pupils: Vec::new(),
        code: late.code(times),
        span: DaySpan {
            from: span.from,
            to: Some(span.from),
        },
        from_session: session,
        to_session: session,
        arrival: late.arrival_text(),
    }
}

fn absence_draft(
    lower: &str,
    reasons: &Reasons,
    times: &[times::TimeMention],
    span: DaySpan,
) -> Draft {
    let timed_reason = reasons.appointment || reasons.interview || reasons.performance;
    let part = sessions::day_part(lower, times, timed_reason);
    let (span, from_session, to_session) = match part {
        DayPart::Whole => (span, Session::Am, Session::Pm),
        DayPart::MorningOnly => (
            DaySpan {
                from: span.from,
                to: Some(span.from),
            },
            Session::Am,
            Session::Am,
        ),
        DayPart::AfternoonOnly => (span, Session::Pm, Session::Pm),
    };
    Draft {
        pupils: Vec::new(),
        code: reasons.code(part != DayPart::Whole),
        span,
        from_session,
        to_session,
        arrival: None,
    }
}

/// Who an absence naming no child is about: the chased children, the
/// children an email's subject names, the only child not said to be in,
/// "the twins", "both" / "the kids"; else nobody (ambiguous).
fn unnamed_pupils(
    input: &MessageInput,
    roster: &Roster,
    lower: &str,
    attending: &[usize],
) -> Vec<usize> {
    if let Some(context) = &input.context {
        let chased: Vec<usize> = context
            .chasing
            .iter()
            .filter_map(|n| roster.by_first_name(n))
            .collect();
        if !chased.is_empty() {
            return chased;
        }
    }
    if let Some(subject) = &input.subject {
        let named: Vec<usize> = roster
            .names_in(subject)
            .mentions
            .iter()
            .map(|m| m.child)
            .collect();
        if !named.is_empty() {
            return dedup(named);
        }
    }
    let candidates: Vec<usize> = (0..roster.len())
        .filter(|c| !attending.contains(c))
        .collect();
    if candidates.len() == 1 {
        return candidates;
    }
    if children::speaks_of_twins(lower)
        && let Some(twins) = roster.twins(&candidates)
    {
        return twins;
    }
    if children::speaks_of_several(lower) {
        return candidates;
    }
    Vec::new()
}

fn dedup(mut children: Vec<usize>) -> Vec<usize> {
    let mut seen = Vec::new();
    children.retain(|c| {
        let new = !seen.contains(c);
        seen.push(*c);
        new
    });
    children
}

/// One report per distinct code and days, covering every child it applies to.
fn merge(drafts: Vec<Draft>, roster: &Roster) -> Vec<Report> {
    let mut reports: Vec<Report> = Vec::new();
    for draft in drafts {
        let report = Report {
            pupils: Vec::new(),
            code: draft.code,
            from: draft.span.from,
            from_session: draft.from_session,
            to: draft.span.to,
            to_session: draft.to_session,
            arrival: draft.arrival.filter(|_| draft.code.is_late()),
        };
        let names = draft
            .pupils
            .iter()
            .map(|&c| roster.children[c].first.clone());
        let same = reports.iter_mut().find(|r| same_entry(r, &report));
        match same {
            Some(existing) => {
                for name in names {
                    if !existing.pupils.contains(&name) {
                        existing.pupils.push(name);
                    }
                }
            }
            None => reports.push(Report {
                pupils: names.collect(),
                ..report
            }),
        }
    }
    reports
}

/// Whether two reports record the same code for the same sessions.
fn same_entry(a: &Report, b: &Report) -> bool {
    (
        a.code,
        a.from,
        a.from_session,
        a.to,
        a.to_session,
        &a.arrival,
    ) == (
        b.code,
        b.from,
        b.from_session,
        b.to,
        b.to_session,
        &b.arrival,
    )
}

/// The message's local day and the day it is about when it names none.
fn message_day(input: &MessageInput, school: &School) -> MessageDay {
    let local = school.local(input.received_at.to_utc());
    let today = local.date_naive();
    let calendar = &school.calendar;
    let chased_day = input.context.as_ref().map(|c| c.date);
    let default_day = chased_day.unwrap_or_else(|| {
        if calendar.is_school_day(today) && local.time() < school.times.day_ends() {
            today
        } else {
            calendar.next_school_day(today).unwrap_or(today)
        }
    });
    MessageDay {
        today,
        default_day,
        chased_day,
        day_over: local.time() >= school.times.day_ends(),
    }
}

fn truncate(text: &str, max_chars: usize) -> (&str, bool) {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    }
}
