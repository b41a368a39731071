//! The page a safeguarding alert's acknowledge link opens. Following the
//! link shows which concern it is (pupils, category, when) and changes
//! nothing, since mail scanners fetch every link; the parent's words are
//! shown only to a signed-in DSL role of the pupil's school. The page's
//! button posts the link back, and that acknowledges the concern in the
//! person's name, once.

use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::layout::{bare, local_time, message_page};
use crate::safeguarding::acknowledge_link::{AcknowledgeLink, LINK_PATH, LinkRefused};
use crate::safeguarding::record::LinkUse;
use crate::safeguarding::{Audience, ConcernRecord};
use crate::schools::ConfiguredSchool;
use crate::web::auth::{NotSignedIn, SignedIn};
use crate::web::{WebError, WebState};

/// A link refused, or one that names nothing this daemon holds.
pub enum Refusal {
    Link(LinkRefused),
    /// The concern is no longer held, or the person is no longer on the
    /// school's ladder.
    Gone,
    UsedAlready(String),
    Failed(WebError),
}

impl From<crate::error::Error> for Refusal {
    fn from(e: crate::error::Error) -> Self {
        Refusal::Failed(e.into())
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Refusal::Link(LinkRefused::Forged) => (
                StatusCode::FORBIDDEN,
                "This acknowledge link is not one this absence line sent, or it has been changed. \
                 Acknowledge the concern on the Today page instead."
                    .to_string(),
            ),
            Refusal::Link(LinkRefused::Expired) => (
                StatusCode::GONE,
                "This acknowledge link has expired. Acknowledge the concern on the Today page instead."
                    .to_string(),
            ),
            Refusal::Gone => (
                StatusCode::NOT_FOUND,
                "This link names a concern or a person this absence line no longer holds.".to_string(),
            ),
            Refusal::UsedAlready(when) => (
                StatusCode::CONFLICT,
                format!("This link has been used already: you acknowledged the concern {when}."),
            ),
            Refusal::Failed(e) => return e.into_response(),
        };
        (status, message_page(status, &message)).into_response()
    }
}

/// The concern, its school and the name of the person the link was sent
/// to, for a link that checks out.
fn follow<'a>(
    state: &'a WebState,
    link: &AcknowledgeLink,
) -> Result<(ConcernRecord, &'a ConfiguredSchool, String), Refusal> {
    link.check(&state.key, state.clock.now())
        .map_err(Refusal::Link)?;
    let record = state.concerns.get(&link.concern)?.ok_or(Refusal::Gone)?;
    let school = state.schools.get(&record.school).ok_or(Refusal::Gone)?;
    let person = link.recipient(school, &record).ok_or(Refusal::Gone)?;
    Ok((record, school, person.name.clone()))
}

/// `GET /safeguarding/acknowledge?…`: shows the concern; stores nothing.
pub async fn page(
    State(state): State<WebState>,
    viewer: Result<SignedIn, NotSignedIn>,
    Query(link): Query<AcknowledgeLink>,
) -> Result<Markup, Refusal> {
    let (record, school, person) = follow(&state, &link)?;
    let audience = match &viewer {
        Ok(staff)
            if staff.role().sees_safeguarding() && staff.account.may_see_school(&school.id) =>
        {
            Audience::Safeguarding
        }
        _ => Audience::Staff,
    };
    let words = match state.inbox.get(record.message_id())? {
        Some(entry) if audience == Audience::Safeguarding => {
            Some(state.barrier.guard(&entry)?.open(audience).to_string())
        }
        _ => None,
    };
    let used = record.link_acknowledgement_by(&person);
    let categories: Vec<&str> = record.concerns.iter().map(|c| c.category.label()).collect();
    Ok(bare(
        "Acknowledge a safeguarding concern",
        html! {
            div.signin {
                h1 { "Safeguarding concern" }
                p { "For " (person) ", " (school.name) "." }
                dl {
                    dt { "About" } dd { (record.about()) }
                    dt { "Category" } dd { (categories.join(", ")) }
                    dt { "Received" } dd { (local_time(school, record.raised_at)) }
                    @if let Some(ack) = record.acknowledgement() {
                        dt { "Acknowledged" } dd { (ack.who) ", " (local_time(school, ack.at)) }
                    }
                }
                @match &words {
                    Some(words) => blockquote.words { (words) },
                    None => p.muted { "Sign in as a DSL of the school to read the message here, or read it in the alert." },
                }
                @match used {
                    Some(ack) => p { "You acknowledged this concern with this link, " (local_time(school, ack.at)) "." },
                    None => form method="post" action=(LINK_PATH) {
                        input type="hidden" name="concern" value=(link.concern);
                        input type="hidden" name="to" value=(link.to.as_str());
                        input type="hidden" name="until" value=(link.until);
                        input type="hidden" name="sig" value=(link.sig);
                        button type="submit" { "Acknowledge" }
                    },
                }
            }
        },
    ))
}

/// `POST /safeguarding/acknowledge`: acknowledges the concern in the name
/// of the person the link was sent to; the ladder stops climbing.
pub async fn acknowledge(
    State(state): State<WebState>,
    Form(link): Form<AcknowledgeLink>,
) -> Result<Markup, Refusal> {
    let (record, school, person) = follow(&state, &link)?;
    let now = state.clock.now();
    match state
        .concerns
        .acknowledge_by_link(&record.id, &person, now)?
    {
        None => Err(Refusal::Gone),
        Some(LinkUse::UsedAlready { at }) => Err(Refusal::UsedAlready(local_time(school, at))),
        Some(LinkUse::Acknowledged { .. }) => {
            state.audit.append(
                now.fixed_offset(),
                &format!("email link:{person}"),
                "safeguarding_acknowledged",
                record.id.as_str(),
            )?;
            Ok(bare(
                "Acknowledged",
                html! {
                    div.signin {
                        h1 { "Acknowledged" }
                        p { "Thank you, " (person) ". The concern about "
                            (record.about())
                            " is recorded as acknowledged by you, " (local_time(school, now))
                            ", and it goes no further up the ladder." }
                        p { a href="/today" { "Today" } }
                    }
                },
            ))
        }
    }
}
