//! Returns to the local authority on Today: each draft still to send, and,
//! for the attendance lead and the DSL roles, a button that marks it sent.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use super::actions::safe_back;
use super::auth::{SignedIn, StaffRole};
use super::csrf::CheckedForm;
use super::pages::layout::csrf_field;
use super::{WebError, WebState};
use crate::la_notices::{DraftId, LaCase, LaCaseKind};

/// A draft return still to send, for Today.
#[derive(Debug, Clone, Serialize)]
pub struct LaReturn {
    pub name: String,
    pub upn: String,
    pub case: LaCase,
}

/// Who sends returns to the local authority.
fn sends_returns(staff: &SignedIn) -> bool {
    matches!(staff.role(), StaffRole::Lead | StaffRole::Dsl)
}

/// The list on Today.
pub(crate) fn list(staff: &SignedIn, school: &str, returns: &[LaReturn], back: &str) -> Markup {
    html! {
        ul {
            @for r in returns {
                li {
                    strong { (r.name) } " — " (r.case.kind.title()) ", from " (r.case.from.format("%a %-d %b"))
                    @if sends_returns(staff) {
                        form.act method="post" action="/actions/la-sent" {
                            (csrf_field(staff))
                            input type="hidden" name="school" value=(school);
                            input type="hidden" name="upn" value=(r.upn);
                            input type="hidden" name="kind" value=(r.case.kind.to_string());
                            input type="hidden" name="from" value=(r.case.from);
                            input type="hidden" name="back" value=(back);
                            button type="submit" { "Mark sent" }
                        }
                    }
                }
            }
        }
        p.muted { "Draft each with " code { "absence-line la show" } "." }
    }
}

/// The form a return is marked sent with.
#[derive(Debug, Deserialize)]
pub struct SentForm {
    pub school: Option<String>,
    pub upn: String,
    pub kind: String,
    pub from: NaiveDate,
    pub back: Option<String>,
}

/// `POST /actions/la-sent`: the attendance lead or a DSL role marks a
/// return sent; the first mark stands.
pub async fn sent_form(
    State(state): State<WebState>,
    CheckedForm { staff, form }: CheckedForm<SentForm>,
) -> Result<Response, WebError> {
    if !sends_returns(&staff) {
        return Err(WebError::Forbidden);
    }
    let school = state.school_for(&staff, form.school.as_deref())?;
    let kind: LaCaseKind = form.kind.parse().map_err(WebError::BadRequest)?;
    let id = DraftId {
        school: &school.id,
        upn: &form.upn,
        kind,
        from: form.from,
    };
    state
        .la_drafts
        .mark_sent(&id, &staff.account.name, state.clock.now())?;
    state.audit(
        &staff,
        "la_return_sent",
        &format!("{} {} {kind} {}", school.id, form.upn, form.from),
    )?;
    Ok(Redirect::to(safe_back(form.back.as_deref())).into_response())
}
