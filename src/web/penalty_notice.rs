//! Penalty notices on a pupil's page: those recorded, the next step the
//! national framework allows, and a form to record a notice issued.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use maud::{Markup, html};
use serde::Deserialize;

use super::actions::safe_back;
use super::auth::SignedIn;
use super::csrf::CheckedForm;
use super::pages::layout::csrf_field;
use super::{WebError, WebState};
use crate::attendance::PenaltyNotice;
use crate::attendance::penalty::next_step_text;
use crate::domain::Contact;
use crate::penalty_notices::NoticeIssued;

/// The card on a pupil's page.
pub(crate) fn card(
    staff: &SignedIn,
    school: &str,
    upn: &str,
    contacts: &[Contact],
    notices: &[PenaltyNotice],
    today: NaiveDate,
    back: &str,
) -> Markup {
    html! {
        @for notice in notices {
            p { (notice.issued_on.format("%-d %b %Y")) " · " (notice.parent)
                span.muted { " (recorded by " (notice.recorded_by) ")" } }
        }
        p.notice { (next_step_text(notices, today)) }
        form.act method="post" action="/actions/penalty-notice" {
            (csrf_field(staff))
            input type="hidden" name="school" value=(school);
            input type="hidden" name="upn" value=(upn);
            input type="hidden" name="back" value=(back);
            label { "Issued to"
                select name="parent" required {
                    @for c in contacts { option value=(c.name) { (c.name) } }
                }
            }
            label { "Issued on" input type="date" name="issued_on" max=(today) required; }
            button type="submit" { "Record notice" }
        }
    }
}

/// The form a notice is recorded with.
#[derive(Debug, Deserialize)]
pub struct NoticeForm {
    pub school: Option<String>,
    pub upn: String,
    pub parent: String,
    pub issued_on: NaiveDate,
    pub back: Option<String>,
}

/// `POST /actions/penalty-notice`
pub async fn record_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<NoticeForm>,
) -> Result<Response, WebError> {
    let school = state.school_for(&staff, form.school.as_deref())?;
    let today = school.local_date(state.clock.now());
    let notice = state.penalty_notices.record(
        &state.roster,
        &NoticeIssued {
            school: &school.id,
            upn: &form.upn,
            parent: &form.parent,
            issued_on: form.issued_on,
            recorded_by: &staff.who(),
        },
        today,
    )?;
    state.audit(
        &staff,
        "penalty_notice",
        &format!("{} {} {}", school.id, notice.upn, notice.issued_on),
    )?;
    Ok(Redirect::to(safe_back(form.back.as_deref())).into_response())
}
