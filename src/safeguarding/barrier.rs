//! The one barrier between a message that raised a safeguarding concern
//! and everyone who is not a DSL. Every path that shows a parent's words
//! to staff (notices by email, SMS and Telegram, digests, the staff screen
//! and its JSON) gets them as [`Guarded`] words, which open only for a
//! named [`Audience`]: the DSL roles read the words; anyone else reads that
//! a concern exists, whom it is about, who holds it and since when.

use std::ops::Deref;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{Explanation, School, Upn};
use crate::error::Result;
use crate::inbound::InboxEntry;
use crate::outbox::Role;
use crate::schools::Schools;
use crate::store::Store;

use super::record::{ConcernRecord, Records};

/// Who is reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The school's DSL roles: the DSLs, their deputies, the head and the
    /// out-of-hours contact, when a concern reaches them.
    Safeguarding,
    /// Every other member of staff.
    Staff,
}

impl Audience {
    /// The audience of a message to someone in `role`.
    pub fn of_role(role: Role) -> Audience {
        if role == Role::Dsl {
            Audience::Safeguarding
        } else {
            Audience::Staff
        }
    }

    /// The audience of a signed-in member of staff.
    pub fn of_viewer(sees_safeguarding: bool) -> Audience {
        if sees_safeguarding {
            Audience::Safeguarding
        } else {
            Audience::Staff
        }
    }
}

/// A parent's words, withheld from anyone but the DSL roles when they
/// raised a concern. The words are reachable only through [`Guarded::open`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guarded {
    words: String,
    /// What everyone else is told instead, when the words raised a concern.
    withheld: Option<String>,
}

impl Guarded {
    /// The words as `audience` may read them.
    pub fn open(&self, audience: Audience) -> &str {
        match (&self.withheld, audience) {
            (Some(notice), Audience::Staff) => notice,
            _ => &self.words,
        }
    }

    /// Whether `audience` is told only that a concern exists.
    pub fn is_withheld_from(&self, audience: Audience) -> bool {
        self.withheld.is_some() && audience == Audience::Staff
    }
}

/// A parent's words as they came in: a message's text or subject, and an
/// attachment's file name. Staff read them only through
/// [`Barrier::guard`], which decides who may; the code that reads them for
/// another purpose says which by name. They cannot be printed:
///
/// ```compile_fail
/// let words = absence_line::safeguarding::Words::new("his stepdad hit him");
/// println!("{words}");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Words(String);

impl Words {
    pub fn new(text: impl Into<String>) -> Words {
        Words(text.into())
    }

    /// For code that decides from the words and shows them to nobody: the
    /// parser, and the matching of replies and follow-ups.
    pub fn for_parser(&self) -> &str {
        &self.0
    }

    /// For the person who wrote them, as a subject-access export gives
    /// them back.
    pub fn for_their_writer(&self) -> &str {
        &self.0
    }
}

/// The parser's explanation as kept beside a message: its cues quote the
/// message's words, so staff read it only through
/// [`Barrier::guard_explanation`], as they read the words:
///
/// ```compile_fail
/// let kept = absence_line::safeguarding::ExplanationWords::default();
/// let _ = kept.0.lines();
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExplanationWords(Explanation);

impl ExplanationWords {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Explanation> for ExplanationWords {
    fn from(explanation: Explanation) -> ExplanationWords {
        ExplanationWords(explanation)
    }
}

impl From<String> for Words {
    fn from(text: String) -> Words {
        Words(text)
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Words {
        Words(text.to_string())
    }
}

/// Guards parents' words with what the safeguarding record knows; cheap
/// to clone.
#[derive(Clone)]
pub struct Barrier {
    records: Records,
    schools: Schools,
}

impl Barrier {
    pub fn open(store: &Store, schools: Schools) -> Result<Barrier> {
        Ok(Barrier {
            records: Records::open(store)?,
            schools,
        })
    }

    /// A stored message's words, guarded.
    pub fn guard(&self, entry: &InboxEntry) -> Result<Guarded> {
        self.guard_raising(entry, None)
    }

    /// As [`Barrier::guard`], counting `raising`: the concern the message
    /// raises in writes not yet committed.
    pub fn guard_raising(
        &self,
        entry: &InboxEntry,
        raising: Option<&ConcernRecord>,
    ) -> Result<Guarded> {
        let withheld = match raising {
            Some(record) => Some(self.notice(record)),
            None => self.withheld(entry)?,
        };
        Ok(Guarded {
            words: entry.message.text.0.clone(),
            withheld,
        })
    }

    /// A stored message's subject, if it has one, guarded as its words are.
    pub fn guard_subject(&self, entry: &InboxEntry) -> Result<Option<Guarded>> {
        entry
            .message
            .subject
            .as_ref()
            .map(|subject| self.guard_words(entry, subject))
            .transpose()
    }

    /// Words that came with a stored message (an attachment's file name),
    /// guarded as the message's own are.
    pub fn guard_words(&self, entry: &InboxEntry, words: &Words) -> Result<Guarded> {
        Ok(Guarded {
            words: words.0.clone(),
            withheld: self.withheld(entry)?,
        })
    }

    /// The parser's explanation of a stored message, as lines, for an
    /// audience that may read its words; `None` when they are withheld.
    pub fn guard_explanation(
        &self,
        entry: &InboxEntry,
        audience: Audience,
    ) -> Result<Option<Vec<String>>> {
        let withheld = self.withheld(entry)?.is_some() && audience == Audience::Staff;
        Ok((!withheld).then(|| entry.explanation.0.lines()))
    }

    /// What everyone but the DSL roles is told instead of the message's
    /// words, when it raised a concern.
    fn withheld(&self, entry: &InboxEntry) -> Result<Option<String>> {
        let record = self.records.of_message(&entry.id)?;
        Ok(record.map(|r| self.notice(&r)))
    }
}

/// A stored message's words, guarded, for a path that reads the
/// safeguarding record without the daemon's schools (a local authority
/// return): `school` is the message's.
pub fn guard_in(records: &Records, school: &School, entry: &InboxEntry) -> Result<Guarded> {
    let record = records.of_message(&entry.id)?;
    Ok(Guarded {
        words: entry.message.text.0.clone(),
        withheld: record.map(|r| notice_in(&r, Some(school))),
    })
}

/// "A message about Harvey is with the DSL, 07:30." ("A message from an
/// unknown sender …" when no child was matched), in the school's local
/// time when the school is known.
fn notice_in(record: &ConcernRecord, school: Option<&School>) -> String {
    let at = school.map_or_else(
        || record.raised_at.format("%H:%M UTC").to_string(),
        |s| s.local(record.raised_at).format("%H:%M").to_string(),
    );
    format!("{}, {at}.", with_the_dsl(record))
}

/// "A message about Harvey is with the DSL": whom a concern is about and
/// that the DSL holds it, without the time.
fn with_the_dsl(record: &ConcernRecord) -> String {
    if record.is_from_unknown_sender() {
        return "A message from an unknown sender is with the DSL".to_string();
    }
    let about = crate::inbound::names_list(&record.pupil_names);
    format!("A message about {about} is with the DSL")
}

/// What anyone but the DSL roles is told of one concern: whom it is about,
/// when, and that the DSL holds it; never its words, categories or
/// trigger words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcernNotice {
    pub upns: Vec<Upn>,
    pub at: DateTime<Utc>,
    /// "A message about Harvey is with the DSL.": without the time, which
    /// is `at`, so a list that shows `at` shows it once.
    pub notice: String,
}

impl Barrier {
    /// "A message about Harvey is with the DSL, 07:30": what anyone but the
    /// DSL roles is told of a concern, in school-local time.
    pub fn notice(&self, record: &ConcernRecord) -> String {
        notice_in(record, self.schools.get(&record.school).map(Deref::deref))
    }

    /// What anyone but the DSL roles is told of each concern raised at
    /// `school` on `date` (school-local), oldest first.
    pub fn notices_on(&self, school: &str, date: NaiveDate) -> Result<Vec<ConcernNotice>> {
        let Some(entry) = self.schools.get(school) else {
            return Ok(Vec::new());
        };
        Ok(self
            .records
            .of_school(school)?
            .into_iter()
            .filter(|record| entry.local_date(record.raised_at) == date)
            .map(|record| ConcernNotice {
                notice: format!("{}.", with_the_dsl(&record)),
                upns: record.upns,
                at: record.raised_at,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_open_only_for_the_safeguarding_audience() {
        let guarded = Guarded {
            words: "his stepdad hit him".into(),
            withheld: Some("A message about Yusuf is with the DSL, 07:30.".into()),
        };
        assert_eq!(guarded.open(Audience::Safeguarding), "his stepdad hit him");
        assert_eq!(
            guarded.open(Audience::Staff),
            "A message about Yusuf is with the DSL, 07:30."
        );
        assert!(guarded.is_withheld_from(Audience::Staff));
        assert!(!guarded.is_withheld_from(Audience::Safeguarding));
        let plain = Guarded {
            words: "Millie has a cold".into(),
            withheld: None,
        };
        assert_eq!(plain.open(Audience::Staff), "Millie has a cold");
        assert!(!plain.is_withheld_from(Audience::Staff));
    }
}
