//! Threshold alerts to the attendance lead: each crossing once, under the
//! once key the chase flows use for the same alerts, so only one is sent.

use chrono::{DateTime, NaiveDate, Utc};

use super::compose::{DigestInput, SchoolWatch};
use crate::attendance::penalty::next_step_text;
use crate::attendance::{Crossing, ThresholdKind};
use crate::error::Result;
use crate::outbox::{Enqueued, OnceKey, OutboundMessage, Outbox, Role};
use crate::schools::ConfiguredSchool;
use crate::staff::{Reach, recipients};
use crate::templates::Templates;

/// The once key of an alert about one pupil's absence episode, which began
/// on `since`, to `to`: the address, number or chat the alert goes to.
pub fn alert_once_key(school: &str, upn: &str, kind: &str, since: NaiveDate, to: &str) -> OnceKey {
    OnceKey::Alert {
        school: school.into(),
        upn: upn.into(),
        kind: kind.to_string(),
        since,
        to: to.to_string(),
    }
}

/// Enqueues an alert for each new crossing to each lead; returns how many
/// were queued now (alerts sent before are not queued again).
pub fn raise(
    outbox: &Outbox,
    templates: &Templates,
    entry: &ConfiguredSchool,
    input: &DigestInput,
    watch: &SchoolWatch,
    now: DateTime<Utc>,
) -> Result<usize> {
    let leads = recipients(&entry.config.staff, Role::Lead, Reach::Preferred);
    let mut queued = 0;
    for (upn, crossing) in &watch.crossings {
        let pupil = input.pupils.iter().find(|p| p.upn == *upn);
        let name = pupil.map_or_else(
            || upn.to_string(),
            |p| format!("{} {}", p.preferred_name(), p.last_name),
        );
        let year = pupil.map_or_else(|| "year unknown".into(), |p| p.year.to_string());
        let action = match crossing.kind {
            ThresholdKind::PenaltyThreshold => format!(
                "{} {}",
                crossing.kind.action(),
                next_step_text(
                    input.penalty_notices.get(upn).map_or(&[], Vec::as_slice),
                    input.date
                )
            ),
            kind => kind.action().to_string(),
        };
        let rendered = render(templates, crossing, &name, &year, &action)?;
        for lead in &leads {
            let message = OutboundMessage {
                school: Some(entry.id.clone()),
                channel: lead.channel,
                to: lead.to.clone(),
                role: Role::Lead,
                pupils: vec![upn.clone()],
                kind: crossing.kind.as_str().into(),
                subject: rendered.subject.clone(),
                text: rendered.text.clone(),
                html: None,
                in_reply_to: None,
                choices: vec![],
                not_before: None,
            };
            let key = alert_once_key(
                &entry.id,
                upn,
                crossing.kind.as_str(),
                crossing.since,
                &lead.to,
            );
            if matches!(
                outbox.enqueue(message, Some(&key), now)?,
                Enqueued::Queued(_)
            ) {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

fn render(
    templates: &Templates,
    crossing: &Crossing,
    name: &str,
    year: &str,
    action: &str,
) -> Result<crate::templates::Rendered> {
    templates.render(
        "threshold_alert",
        crate::templates::FALLBACK_LANGUAGE,
        &[
            ("pupil", name),
            ("year", year),
            ("threshold", crossing.kind.title()),
            (
                "crossed_on",
                &crossing.crossed_on.format("%A %-d %B").to_string(),
            ),
            ("action", action),
        ],
    )
}
