//! What staff change from the screen: a code confirmed or amended, a phone
//! call that explains an absence, a forwarded item done, a one-off message
//! to a family. Each is checked, written through the store that owns it,
//! and logged with who did it. The form handlers here and the JSON API
//! share these functions.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::domain::{Code, Mark, Provenance, Pupil, Session, SessionDate, academic_year_start};
use crate::outbox::{Channel, Enqueued, OnceKey, OutboundMessage, Role};
use crate::register::{Recorded, Source};
use crate::schools::ConfiguredSchool;
use crate::web::auth::SignedIn;
use crate::web::csrf::CheckedForm;
use crate::web::worklist::Done;
use crate::web::{WebError, WebState};

/// Template kinds staff may send to a family from a pupil's page.
pub const ONE_OFF_PREFIX: &str = "office_";

/// A code for one session, with the reason the regulations require.
#[derive(Debug, Clone, Deserialize)]
pub struct Amend {
    pub school: Option<String>,
    pub upn: String,
    pub date: NaiveDate,
    pub session: Session,
    pub code: String,
    pub reason: String,
}

/// The longest reason or note kept with a change.
pub const MAX_REASON_CHARS: usize = 500;

fn required<'a>(text: &'a str, what: &str) -> Result<&'a str, WebError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(WebError::BadRequest(format!("{what} is required.")));
    }
    if text.chars().count() > MAX_REASON_CHARS {
        return Err(WebError::BadRequest(format!(
            "{what} can be at most {MAX_REASON_CHARS} characters."
        )));
    }
    Ok(text)
}

/// Staff change the register of this academic year and the last one only.
fn in_open_years(
    state: &WebState,
    school: &ConfiguredSchool,
    date: NaiveDate,
) -> Result<(), WebError> {
    let today = school.local(state.clock.now()).date_naive();
    let this_year = academic_year_start(today);
    let first = academic_year_start(this_year - chrono::Days::new(1));
    let last = academic_year_start(this_year + chrono::Days::new(366)) - chrono::Days::new(1);
    if date < first || date > last {
        return Err(WebError::BadRequest(format!(
            "{date} is outside this academic year and the last ({first} to {last})."
        )));
    }
    Ok(())
}

fn parse_code(code: &str) -> Result<Code, WebError> {
    code.parse()
        .map_err(|e: crate::domain::UnknownCode| WebError::BadRequest(e.to_string()))
}

fn pupil_of(state: &WebState, school: &ConfiguredSchool, upn: &str) -> Result<Pupil, WebError> {
    state
        .roster
        .pupil(&school.id, upn)?
        .ok_or(WebError::NotFound)
}

/// Writes a staff mark for each session; returns what each write did.
fn record_staff_marks(
    state: &WebState,
    staff: &SignedIn,
    school: &ConfiguredSchool,
    upn: &str,
    sessions: &[SessionDate],
    code: Code,
    reason: &str,
) -> Result<Vec<Recorded>, WebError> {
    if let Some(session) = sessions.iter().find(|s| !code.fits(s.session)) {
        return Err(WebError::BadRequest(format!(
            "`{code}` is the {} present mark; it cannot be given for the {}",
            if session.session == Session::Am {
                "afternoon's"
            } else {
                "morning's"
            },
            if session.session == Session::Am {
                "morning"
            } else {
                "afternoon"
            },
        )));
    }
    let now = school.local(state.clock.now()).fixed_offset();
    let mut done = Vec::new();
    for &session in sessions {
        let mark = Mark {
            school: school.id.clone(),
            upn: upn.into(),
            session,
            code: Some(code),
            arrival: None,
            provenance: Provenance::Staff {
                who: staff.account.username.clone(),
            },
            recorded_at: now,
        };
        done.push(
            state
                .register
                .record(Source::Staff, mark, reason, &staff.who())?,
        );
    }
    Ok(done)
}

/// Confirms or amends one session's code. Nothing is written unless the
/// pupil, code and reason are all good.
pub fn amend(state: &WebState, staff: &SignedIn, amend: &Amend) -> Result<Recorded, WebError> {
    let school = state.school_for(staff, amend.school.as_deref())?;
    let reason = required(&amend.reason, "A reason")?;
    let code = parse_code(&amend.code)?;
    in_open_years(state, school, amend.date)?;
    pupil_of(state, school, &amend.upn)?;
    let session = SessionDate::new(amend.date, amend.session);
    let recorded =
        record_staff_marks(state, staff, school, &amend.upn, &[session], code, reason)?[0];
    state.audit(
        staff,
        "amend",
        &format!("{} {} {session} → {code}", school.id, amend.upn),
    )?;
    Ok(recorded)
}

/// A phone call that explains an absence: recorded as staff marks, which
/// also stops the chase (it reads the register afresh before each step).
#[derive(Debug, Deserialize)]
pub struct Call {
    pub school: Option<String>,
    pub upn: String,
    pub date: NaiveDate,
    /// `am`, `pm` or `day`.
    pub sessions: String,
    pub code: String,
    pub note: String,
    pub back: Option<String>,
}

pub fn record_call(state: &WebState, staff: &SignedIn, call: &Call) -> Result<(), WebError> {
    let school = state.school_for(staff, call.school.as_deref())?;
    let note = required(&call.note, "A note of the call")?;
    let code = parse_code(&call.code)?;
    in_open_years(state, school, call.date)?;
    pupil_of(state, school, &call.upn)?;
    let sessions: Vec<SessionDate> = match call.sessions.as_str() {
        "day" => Session::BOTH
            .iter()
            .map(|s| SessionDate::new(call.date, *s))
            .collect(),
        one => vec![SessionDate::new(
            call.date,
            one.parse().map_err(WebError::BadRequest)?,
        )],
    };
    record_staff_marks(
        state,
        staff,
        school,
        &call.upn,
        &sessions,
        code,
        &format!("phone call: {note}"),
    )?;
    state.audit(
        staff,
        "phone_call",
        &format!(
            "{} {} {} {} → {code}",
            school.id, call.upn, call.date, call.sessions
        ),
    )?;
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct MarkDone {
    pub school: Option<String>,
    pub id: String,
    pub note: String,
    pub back: Option<String>,
}

/// Closes a forwarded item the member of staff can see and read: an item
/// whose words are withheld from them is for the DSL to close.
pub fn mark_done(state: &WebState, staff: &SignedIn, done: &MarkDone) -> Result<(), WebError> {
    let school = state.school_for(staff, done.school.as_deref())?;
    let now = state.clock.now();
    // An item closed before now is closed already: the first close stands.
    let items = state.worklist.items(
        &school.id,
        staff.role().sees_safeguarding(),
        staff.account.school.is_none(),
        now,
    )?;
    let Some(item) = items.iter().find(|i| i.id == done.id && i.text.is_some()) else {
        return Err(WebError::NotFound);
    };
    let note = required(&done.note, "A note")?;
    state.worklist.mark_done(
        item,
        Done {
            who: staff.who(),
            at: now,
            note: note.to_string(),
        },
    )?;
    state.audit(staff, "forwarded_done", &done.id)?;
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct Message {
    pub school: Option<String>,
    pub upn: String,
    /// A template kind starting `office_`.
    pub template: String,
    /// A contact's priority, or `parents` for every contact with parental
    /// responsibility.
    pub to: String,
    /// Issued with the form, so sending it twice sends once.
    pub nonce: String,
    pub back: Option<String>,
}

/// Queues a one-off message from a template to a pupil's contacts, each
/// on their mobile, else email, else linked Telegram.
pub fn send_message(
    state: &WebState,
    staff: &SignedIn,
    message: &Message,
) -> Result<usize, WebError> {
    let school = state.school_for(staff, message.school.as_deref())?;
    let pupil = pupil_of(state, school, &message.upn)?;
    if !message.template.starts_with(ONE_OFF_PREFIX) || !state.templates.has(&message.template) {
        return Err(WebError::BadRequest(
            "Choose one of the message templates.".into(),
        ));
    }
    let nonce = required(&message.nonce, "The form's id")?;
    let contacts: Vec<_> = state
        .roster
        .contacts_of(&pupil.upn)?
        .into_iter()
        .filter(|c| match message.to.as_str() {
            "parents" => c.parental_responsibility,
            priority => priority.parse() == Ok(c.priority),
        })
        .collect();
    if contacts.is_empty() {
        return Err(WebError::BadRequest("No contact to send to.".into()));
    }
    let now = state.clock.now();
    let mut queued = 0;
    for contact in contacts {
        let Some((channel, to)) = contact
            .mobile
            .clone()
            .map(|m| (Channel::Sms, m))
            .or_else(|| contact.email.clone().map(|e| (Channel::Email, e)))
            .or_else(|| {
                contact
                    .telegram_chat
                    .map(|c| (Channel::Telegram, c.to_string()))
            })
        else {
            continue;
        };
        let rendered = state.templates.render(
            &message.template,
            &contact.language,
            &[("pupil", pupil.preferred_name()), ("school", &school.name)],
        )?;
        let outbound = OutboundMessage {
            school: Some(school.id.clone()),
            channel,
            to,
            role: Role::Contact(contact.priority),
            pupils: vec![pupil.upn.clone()],
            kind: message.template.clone(),
            subject: rendered.subject,
            text: rendered.text,
            html: None,
            in_reply_to: None,
            choices: Vec::new(),
            not_before: None,
        };
        let once = OnceKey::OfficeMessage {
            school: school.id.clone(),
            upn: pupil.upn.clone(),
            nonce: nonce.to_string(),
            contact: contact.priority,
        };
        if let Enqueued::Queued(_) = state.outbox.enqueue(outbound, Some(&once), now)? {
            queued += 1;
        }
    }
    state.audit(
        staff,
        "message",
        &format!(
            "{} {} {} to {}",
            school.id, pupil.upn, message.template, message.to
        ),
    )?;
    Ok(queued)
}

/// Only a path on this site: never an open redirect.
/// Where to go back to after a form: `back` if it is a path on this site,
/// else Today. A path must start with one `/` followed by neither `/` nor
/// `\` (either would make a browser leave the site), with no control
/// character, as given and once percent-decoded: browsers drop tabs and
/// newlines, so `/\t/evil.example` would become `//evil.example`. As given
/// it must also be visible ASCII, as a `Location` header must.
pub(crate) fn safe_back(back: Option<&str>) -> &str {
    back.filter(|b| {
        b.chars().all(|c| c.is_ascii_graphic())
            && is_local_path(b)
            && is_local_path(&percent_decoded(b))
    })
    .unwrap_or("/today")
}

fn is_local_path(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !path.chars().any(char::is_control)
}

fn percent_decoded(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

fn back_to(back: Option<&str>) -> Response {
    Redirect::to(safe_back(back)).into_response()
}

/// The amend form: an [`Amend`] and the page to go back to.
#[derive(Debug, Deserialize)]
pub struct AmendForm {
    pub school: Option<String>,
    pub upn: String,
    pub date: NaiveDate,
    pub session: Session,
    pub code: String,
    pub reason: String,
    pub back: Option<String>,
}

/// `POST /actions/amend`
pub async fn amend_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<AmendForm>,
) -> Result<Response, WebError> {
    let AmendForm {
        school,
        upn,
        date,
        session,
        code,
        reason,
        back,
    } = form;
    let request = Amend {
        school,
        upn,
        date,
        session,
        code,
        reason,
    };
    amend(&state, &staff, &request)?;
    Ok(back_to(back.as_deref()))
}

/// `POST /actions/call`
pub async fn call_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<Call>,
) -> Result<Response, WebError> {
    record_call(&state, &staff, &form)?;
    Ok(back_to(form.back.as_deref()))
}

/// `POST /actions/done`
pub async fn done_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<MarkDone>,
) -> Result<Response, WebError> {
    mark_done(&state, &staff, &form)?;
    Ok(back_to(form.back.as_deref()))
}

/// `POST /actions/message`
pub async fn message_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<Message>,
) -> Result<Response, WebError> {
    send_message(&state, &staff, &form)?;
    Ok(back_to(form.back.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::safe_back;

    #[test]
    fn going_back_stays_on_this_site() {
        for local in [
            "/today",
            "/",
            "/pupils/A100?school=fernhill&x=%2F",
            "/search?q=a%20b",
        ] {
            assert_eq!(safe_back(Some(local)), local);
        }
        for away in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "/today\nSet-Cookie: x=y",
            "/today%0d%0a",
            "https://evil.example",
            "evil.example",
            "/caf\u{e9}",
            "",
        ] {
            assert_eq!(safe_back(Some(away)), "/today", "{away:?}");
        }
        assert_eq!(safe_back(None), "/today");
    }
}
