//! What a return to the local authority carries: the pupil, the dates and
//! codes, every attempt the school made to make contact, and the messages
//! received; written as CSV and as a printable HTML page.
//!
//! A message the parser flagged for safeguarding is listed only as held by
//! the DSL: its words never reach a return the attendance lead prepares.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use maud::{DOCTYPE, Markup, html};

use super::cases::LaCase;
use crate::domain::{Code, SessionDate};
use crate::error::{Error, Result};

/// What is said about a message a safeguarding concern was found in.
pub const HELD_BY_DSL: &str = "a message held by the DSL";

/// When something happened, shown in the school's own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime(pub DateTime<Tz>);

impl std::fmt::Display for LocalTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%a %-d %b %Y %H:%M"))
    }
}

impl LocalTime {
    pub fn of(at: DateTime<Utc>, zone: Tz) -> LocalTime {
        LocalTime(at.with_timezone(&zone))
    }
}

/// One attempt to make contact: a message sent, or a call or other
/// contact staff recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub at: LocalTime,
    /// `sms to contact1`, `staff record by J Smith`.
    pub how: String,
    /// The message kind or `call`.
    pub what: String,
    pub words: String,
    /// For messages sent: sent, waiting, failed.
    pub outcome: String,
}

/// A message received from the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub at: LocalTime,
    pub channel: String,
    pub from: String,
    /// `None`: held by the DSL.
    pub words: Option<String>,
}

/// A draft return with its evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub school_name: String,
    pub upn: String,
    pub pupil: String,
    pub year: String,
    pub case: LaCase,
    /// Every session in the case's dates with its code (none yet: `None`).
    pub sessions: Vec<(SessionDate, Option<Code>)>,
    pub attempts: Vec<Attempt>,
    pub received: Vec<Received>,
}

impl Evidence {
    /// One row per fact: `section,when,detail,code_or_channel,words,outcome`.
    pub fn to_csv(&self) -> Result<String> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let csv_err = |e: csv::Error| Error::Store(format!("writing a return: {e}"));
        out.write_record([
            "section",
            "when",
            "detail",
            "code_or_channel",
            "words",
            "outcome",
        ])
        .map_err(csv_err)?;
        let case = &self.case;
        out.write_record([
            "case",
            &format!("{} to {}", case.from, case.to),
            case.kind.title(),
            case.kind.as_str(),
            &format!(
                "{} school days ({} forecast{})",
                case.school_days,
                case.forecast_days,
                if case.open_ended {
                    "; no end date given"
                } else {
                    ""
                }
            ),
            "",
        ])
        .map_err(csv_err)?;
        out.write_record([
            "pupil",
            "",
            &self.pupil,
            &self.upn,
            &self.year,
            &self.school_name,
        ])
        .map_err(csv_err)?;
        for (session, code) in &self.sessions {
            out.write_record([
                "session",
                &session.to_string(),
                code.map_or("", Code::meaning),
                &code.map_or("(no mark)".to_string(), |c| c.to_string()),
                "",
                "",
            ])
            .map_err(csv_err)?;
        }
        for a in &self.attempts {
            out.write_record([
                "contact_attempt",
                &a.at.to_string(),
                &a.how,
                &a.what,
                &a.words,
                &a.outcome,
            ])
            .map_err(csv_err)?;
        }
        for r in &self.received {
            out.write_record([
                "message_received",
                &r.at.to_string(),
                &r.from,
                &r.channel,
                r.words.as_deref().unwrap_or(HELD_BY_DSL),
                "",
            ])
            .map_err(csv_err)?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| Error::io("writing a return", e.into_error()))?;
        String::from_utf8(bytes).map_err(|e| Error::Store(format!("writing a return: {e}")))
    }

    /// A page to print and send.
    pub fn to_html(&self) -> Markup {
        let case = &self.case;
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    title { "Return to the local authority: " (self.pupil) }
                    style { "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.2em .4em;text-align:left;vertical-align:top}" }
                }
                body {
                    h1 { (case.kind.title()) }
                    p { strong { (self.pupil) } " · " (self.year) " · UPN " (self.upn) " · " (self.school_name) }
                    p { "From " (case.from.format("%A %-d %B %Y")) " to " (case.to.format("%A %-d %B %Y"))
                        ": " (case.school_days) " school days"
                        @if case.forecast_days > 0 { ", " (case.forecast_days) " of them forecast by the parent" }
                        "."
                        @if case.open_ended { " The parent gave no end date: the illness is counted as going on." } }
                    h2 { "Sessions and codes" }
                    table {
                        tr { th { "Session" } th { "Code" } th { "Meaning" } }
                        @for (session, code) in &self.sessions {
                            tr {
                                td { (session.date.format("%a %-d %b %Y")) " " (session.session) }
                                td { (code.map_or("(no mark)".to_string(), |c| c.to_string())) }
                                td { (code.map_or("", Code::meaning)) }
                            }
                        }
                    }
                    h2 { "Attempts to make contact" }
                    @if self.attempts.is_empty() { p { "None recorded." } }
                    table {
                        tr { th { "When" } th { "How" } th { "What" } th { "Words" } th { "Outcome" } }
                        @for a in &self.attempts {
                            tr { td { (a.at) } td { (a.how) } td { (a.what) } td { (a.words) } td { (a.outcome) } }
                        }
                    }
                    h2 { "Messages received" }
                    @if self.received.is_empty() { p { "None." } }
                    table {
                        tr { th { "When" } th { "From" } th { "Channel" } th { "Words" } }
                        @for r in &self.received {
                            tr {
                                td { (r.at) } td { (r.from) } td { (r.channel) }
                                td { @match &r.words { Some(w) => (w), None => em { (HELD_BY_DSL) } } }
                            }
                        }
                    }
                }
            }
        }
    }
}
