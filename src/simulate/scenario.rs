//! The scenario file `absence-line simulate` runs (`interfaces.md`): a
//! config, a roster, a span of time and the things that happen in it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Deserialize;

use crate::domain::Session;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    config: PathBuf,
    pupils: PathBuf,
    contacts: PathBuf,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    #[serde(rename = "event", default)]
    events: Vec<EventFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    at: DateTime<FixedOffset>,
    sms: Option<SmsEvent>,
    email: Option<EmailEvent>,
    telegram: Option<TelegramEvent>,
    register: Option<RegisterEvent>,
}

/// A parent's text message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsEvent {
    pub from: String,
    pub body: String,
}

/// An email: fields, or a raw `.eml` file (relative to the scenario).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailEvent {
    pub from: Option<String>,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub raw: Option<PathBuf>,
}

/// A message from a linked Telegram user (in a private chat, the chat id
/// is the user id).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelegramEvent {
    pub user_id: i64,
    pub text: String,
}

/// A session's register from the MIS: either the pupils absent (`N`; every
/// other pupil on roll is present) or a marks file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterEvent {
    pub school: String,
    pub date: Option<NaiveDate>,
    pub session: Option<Session>,
    #[serde(default)]
    pub absent: Option<Vec<String>>,
    pub marks: Option<PathBuf>,
}

/// One thing that happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happening {
    Sms(SmsEvent),
    Email(EmailEvent),
    Telegram(TelegramEvent),
    Register(RegisterEvent),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub what: Happening,
}

/// A loaded scenario, its paths resolved against the scenario's folder.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub config: PathBuf,
    pub pupils: PathBuf,
    pub contacts: PathBuf,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// In time order; events at the same instant keep the file's order.
    pub events: Vec<Event>,
}

impl Scenario {
    pub fn load(path: &Path) -> Result<Scenario> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        let base = path.parent().unwrap_or(Path::new("."));
        Scenario::parse(&text, path, base)
    }

    /// Parses scenario text; `path` names it in errors, `base` is the
    /// folder its relative paths are read from.
    pub fn parse(text: &str, path: &Path, base: &Path) -> Result<Scenario> {
        let bad = |line: Option<usize>, message: String| Error::Config {
            path: path.to_path_buf(),
            line,
            message,
        };
        let file: ScenarioFile = toml::from_str(text).map_err(|e| {
            bad(
                e.span().map(|s| text[..s.start].matches('\n').count() + 1),
                e.message().to_string(),
            )
        })?;
        if file.end <= file.start {
            return Err(bad(None, "`end` must be after `start`".into()));
        }
        let mut events = Vec::with_capacity(file.events.len());
        for (i, event) in file.events.into_iter().enumerate() {
            let which = format!("event[{i}]");
            let mut found = Vec::new();
            if let Some(e) = event.sms {
                found.push(Happening::Sms(e));
            }
            if let Some(mut e) = event.email {
                if e.raw.is_none() && (e.from.is_none() || e.body.is_none()) {
                    return Err(bad(
                        None,
                        format!("{which}: an email needs `from` and `body`, or `raw`"),
                    ));
                }
                e.raw = e.raw.map(|r| base.join(r));
                found.push(Happening::Email(e));
            }
            if let Some(e) = event.telegram {
                found.push(Happening::Telegram(e));
            }
            if let Some(mut e) = event.register {
                match (&e.absent, &e.marks, e.date, e.session) {
                    (Some(_), None, Some(_), Some(_)) | (None, Some(_), _, _) => {}
                    _ => {
                        return Err(bad(
                            None,
                            format!(
                                "{which}: a register needs `date`, `session` and `absent`, or `marks`"
                            ),
                        ));
                    }
                }
                e.marks = e.marks.map(|m| base.join(m));
                found.push(Happening::Register(e));
            }
            if found.len() != 1 {
                return Err(bad(
                    None,
                    format!("{which}: give exactly one of sms, email, telegram, register"),
                ));
            }
            let at = event.at.with_timezone(&Utc);
            if at < file.start || at > file.end {
                return Err(bad(None, format!("{which}: `at` is outside start–end")));
            }
            events.push(Event {
                at,
                what: found.remove(0),
            });
        }
        events.sort_by_key(|e| e.at);
        Ok(Scenario {
            config: base.join(file.config),
            pupils: base.join(file.pupils),
            contacts: base.join(file.contacts),
            start: file.start.with_timezone(&Utc),
            end: file.end.with_timezone(&Utc),
            events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"
config = "config.toml"
pupils = "pupils.csv"
contacts = "contacts.csv"
start = "2026-11-23T07:00:00+00:00"
end = "2026-11-25T18:00:00+00:00"
"#;

    fn parse(events: &str) -> Result<Scenario> {
        Scenario::parse(
            &format!("{HEAD}{events}"),
            Path::new("s/scenario.toml"),
            Path::new("s"),
        )
    }

    #[test]
    fn events_are_sorted_and_paths_resolved() {
        let s = parse(
            r#"
[[event]]
at = "2026-11-23T09:16:00+00:00"
register = { school = "fernhill", date = "2026-11-23", session = "am", absent = ["A1"] }
[[event]]
at = "2026-11-23T07:42:00+00:00"
sms = { from = "07700 900123", body = "Millie is poorly today" }
"#,
        )
        .unwrap();
        assert_eq!(s.config, Path::new("s/config.toml"));
        assert!(matches!(s.events[0].what, Happening::Sms(_)));
        assert!(matches!(s.events[1].what, Happening::Register(_)));
    }

    #[test]
    fn an_event_must_be_exactly_one_thing_inside_the_span() {
        let two = r#"
[[event]]
at = "2026-11-23T08:00:00+00:00"
sms = { from = "1", body = "x" }
telegram = { user_id = 1, text = "x" }
"#;
        assert!(parse(two).unwrap_err().to_string().contains("exactly one"));
        let late = r#"
[[event]]
at = "2026-12-01T08:00:00+00:00"
sms = { from = "1", body = "x" }
"#;
        assert!(parse(late).unwrap_err().to_string().contains("outside"));
        let no_session = r#"
[[event]]
at = "2026-11-23T08:00:00+00:00"
register = { school = "fernhill", date = "2026-11-23", absent = [] }
"#;
        assert!(
            parse(no_session)
                .unwrap_err()
                .to_string()
                .contains("`session`")
        );
    }
}
