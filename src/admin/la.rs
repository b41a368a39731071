//! `la list|show|sent`: returns to the local authority.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::error::{Error, Result};
use crate::la_notices::{DraftId, LaCaseKind, LaDrafts};

/// One draft return, as `la list` names it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Draft {
    pub school: String,
    pub upn: String,
    pub case: LaCaseKind,
    /// The case's first day.
    pub from: NaiveDate,
}

impl Draft {
    fn id(&self) -> DraftId<'_> {
        DraftId {
            school: &self.school,
            upn: &self.upn,
            kind: self.case,
            from: self.from,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaRequest {
    /// Find the day's cases and list the drafts not yet sent.
    List {
        school: String,
        date: Option<NaiveDate>,
    },
    /// One draft's return as CSV and printable HTML.
    Show(Draft),
    /// Mark a draft sent.
    Sent { draft: Draft, by: String },
}

/// What an `la` request gives back.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaAnswer {
    /// Lines for a person.
    Text(String),
    /// A return's two files.
    Return { csv: String, html: String },
}

impl AdminRequest for LaRequest {
    type Answer = LaAnswer;

    fn perform(self, context: &Context) -> Result<LaAnswer> {
        let store = context.store;
        let drafts = LaDrafts::open(store)?;
        match self {
            LaRequest::List { school, date } => {
                let entry = context.school(&school)?;
                let today = date.unwrap_or_else(|| entry.local_date(context.now));
                let new = drafts.refresh(&entry, today)?;
                let open = drafts.open_drafts(&entry.id)?;
                let mut text = format!("{} draft return(s) to send, {new} new\n", open.len());
                for draft in open {
                    let case = draft.case;
                    text += &format!(
                        "--upn {} --case {} --from {}  to {}, {} school days{}\n",
                        draft.upn,
                        case.kind,
                        case.from,
                        case.to,
                        case.school_days,
                        if case.forecast_days > 0 {
                            format!(" ({} forecast)", case.forecast_days)
                        } else {
                            String::new()
                        }
                    );
                }
                Ok(LaAnswer::Text(text))
            }
            LaRequest::Show(which) => {
                let entry = context.school(&which.school)?;
                let Some(draft) = drafts.get(&which.id())? else {
                    return Err(Error::Refused(
                        "no such draft return; `absence-line la list` lists them".into(),
                    ));
                };
                let evidence = drafts.evidence(&entry, &draft)?;
                Ok(LaAnswer::Return {
                    csv: evidence.to_csv()?,
                    html: evidence.to_html().into_string(),
                })
            }
            LaRequest::Sent { draft: which, by } => {
                context.school(&which.school)?;
                let now = context.now;
                let draft = drafts.mark_sent(&which.id(), &by, now)?;
                store.audit()?.append(
                    now.fixed_offset(),
                    &by,
                    "la_return_sent",
                    &format!("{} {} {}", draft.upn, draft.case.kind, draft.case.from),
                )?;
                Ok(LaAnswer::Text("marked sent\n".into()))
            }
        }
    }
}
