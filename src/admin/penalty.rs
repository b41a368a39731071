//! `penalty record|list`: the penalty notices the school has issued.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::attendance::penalty::next_step_text;
use crate::error::Result;
use crate::penalty_notices::{NoticeIssued, PenaltyNotices};
use crate::roster::Roster;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PenaltyRequest {
    /// A notice issued to one parent for one pupil.
    Record {
        school: String,
        upn: String,
        parent: String,
        issued_on: NaiveDate,
        by: String,
    },
    /// A pupil's notices and the next step.
    List { school: String, upn: String },
}

impl AdminRequest for PenaltyRequest {
    /// What was recorded, or the notices and the next step.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let Context { store, now, .. } = *context;
        match self {
            PenaltyRequest::Record {
                school,
                upn,
                parent,
                issued_on,
                by,
            } => {
                let entry = context.school(&school)?;
                let notice = PenaltyNotices::open(store)?.record(
                    &Roster::open(store)?,
                    &NoticeIssued {
                        school: &entry.id,
                        upn: &upn,
                        parent: &parent,
                        issued_on,
                        recorded_by: &by,
                    },
                    entry.local_date(now),
                )?;
                store.audit()?.append(
                    now.fixed_offset(),
                    &by,
                    "penalty_notice",
                    &format!("{} {}", notice.upn, notice.issued_on),
                )?;
                Ok(format!(
                    "recorded: notice of {} for {} to {}\n",
                    notice.issued_on, notice.upn, notice.parent
                ))
            }
            PenaltyRequest::List { school, upn } => {
                let entry = context.school(&school)?;
                let notices = PenaltyNotices::open(store)?.of_pupil(&entry.id, &upn)?;
                let mut text = String::new();
                for notice in &notices {
                    text += &format!(
                        "{}  {}  (recorded by {})\n",
                        notice.issued_on, notice.parent, notice.recorded_by
                    );
                }
                let today = entry.local_date(now);
                Ok(text + &next_step_text(&notices, today) + "\n")
            }
        }
    }
}
