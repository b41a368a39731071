//! The JSON API behind the screen, with the same sign-in: the session
//! cookie, and for writes the session's CSRF token in `X-CSRF-Token`
//! (`GET /api/me` gives it).

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::Serialize;

use super::actions::{self, Amend};
use super::auth::{SignedIn, StaffRole};
use super::csrf::CheckedJson;
use super::pages::pupil::{self, PupilView, SchoolQuery};
use super::pages::today::{self, DayQuery, TodayView};
use super::{ApiError, WebError, WebState};
use crate::register::Recorded;

#[derive(Serialize)]
pub struct Me {
    pub username: String,
    pub name: String,
    pub role: StaffRole,
    pub school: Option<String>,
    /// Send this back as `X-CSRF-Token` on every write.
    pub csrf: String,
}

/// `GET /api/me`
pub async fn me(staff: SignedIn) -> Json<Me> {
    Json(Me {
        username: staff.account.username.clone(),
        name: staff.account.name.clone(),
        role: staff.role(),
        school: staff.account.school.clone(),
        csrf: staff.csrf.clone(),
    })
}

/// `GET /api/today?school=…&date=…`
pub async fn today(
    State(state): State<WebState>,
    staff: SignedIn,
    Query(query): Query<DayQuery>,
) -> Result<Json<TodayView>, ApiError> {
    let school = state.school_for(&staff, query.school.as_deref())?;
    let date = query
        .date
        .unwrap_or_else(|| school.local_date(state.clock.now()));
    Ok(Json(today::build(&state, &staff, school, date)?))
}

/// `GET /api/pupils/{upn}?school=…`
pub async fn pupil(
    State(state): State<WebState>,
    staff: SignedIn,
    Path(upn): Path<String>,
    Query(query): Query<SchoolQuery>,
) -> Result<Json<PupilView>, ApiError> {
    let school = state.school_for(&staff, query.school.as_deref())?;
    let today = school.local_date(state.clock.now());
    let view = pupil::build(&state, &staff, school, &upn, today)?.ok_or(WebError::NotFound)?;
    Ok(Json(view))
}

#[derive(Serialize)]
pub struct Amended {
    /// `new`, `amended` or `unchanged`.
    pub recorded: &'static str,
}

/// `POST /api/amend` with an [`Amend`] body.
pub async fn amend(
    State(state): State<WebState>,
    CheckedJson { staff, body }: CheckedJson<Amend>,
) -> Result<Json<Amended>, ApiError> {
    let recorded = match actions::amend(&state, &staff, &body)? {
        Recorded::New => "new",
        Recorded::Amended => "amended",
        Recorded::Unchanged => "unchanged",
    };
    Ok(Json(Amended { recorded }))
}
