//! `digest`: a school's digest for a day, as the lead, the DSL or the
//! office gets it.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::digest::{DigestAudience, DigestSources, Rendered, SchoolWatch, compose, office};
use crate::error::Result;
use crate::feeds::ChaseFeed;
use crate::schools::Schools;

/// How the digest is rendered.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DigestFormat {
    /// The plain-text digest (the email's text part).
    Text,
    /// The HTML email body, charts included.
    Html,
    /// The short version sent on Telegram.
    Short,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DigestFor {
    pub school: String,
    /// The day (default: today, school-local).
    pub date: Option<NaiveDate>,
    /// The time the digest is for.
    pub time: NaiveTime,
    /// The DSL's digest, with safeguarding items.
    pub dsl: bool,
    /// The office's digest, at the school's office time (`time` unused).
    #[serde(default)]
    pub office: bool,
    pub format: DigestFormat,
}

impl AdminRequest for DigestFor {
    /// The rendered digest.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let entry = context.school(&self.school)?;
        let store = context.store;
        let date = self.date.unwrap_or_else(|| entry.local_date(context.now));
        let schools = Schools::new(vec![entry.clone()]);
        let feeds = ChaseFeed::open(store, schools.clone())?;
        let sources = DigestSources::open(store, schools)?;
        let digest: Box<dyn Rendered> = if self.office {
            let time = entry.config.digest.office_time;
            Box::new(office::compose(
                &sources.gather_office(&entry, date, time, &feeds)?,
            ))
        } else {
            let input = sources.gather(&entry, date, self.time, &feeds)?;
            let watch = SchoolWatch::of(&input);
            let audience = if self.dsl {
                DigestAudience::Dsl
            } else {
                DigestAudience::Lead
            };
            Box::new(compose(&input, &watch, audience))
        };
        Ok(match self.format {
            DigestFormat::Text => digest.full(),
            DigestFormat::Html => digest.html(),
            DigestFormat::Short => digest.short() + "\n",
        })
    }
}
