//! Carrying out what was decided about a message: the one place the
//! pipeline writes the register and its records and sends. Every message
//! goes out with its once key, so applying the same actions twice (after
//! a crash) never sends twice.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::domain::Upn;
use crate::error::Result;
use crate::outbox::{OnceKey, Outbox, Recipient};
use crate::register::{RegisterBook, Source};
use crate::safeguarding::acknowledge::acknowledge_choice;
use crate::safeguarding::{
    AcknowledgeLinks, Audience, Barrier, ConcernId, Happened, RecordEvent, Records, Tier,
};
use crate::staff::StaffRecipient;
use crate::store::Table;
use crate::templates::Templates;

use super::InboxEntry;
use super::decide::{Action, LastReport, StaffAlert};
use super::replies::{Reply, to_staff};

/// Why a parent's provisional marks are in the register's history.
const PARENT_REPORT: &str = "parent's report";

/// Told whenever a contact of a pupil writes in: a reply from any contact
/// stops that pupil's chase.
pub trait ReplyListener: Send + Sync {
    fn contact_replied(&self, school: &str, upns: &[Upn], at: DateTime<Utc>) -> Result<()>;
}

/// The handles the pipeline writes and sends through.
#[derive(Clone)]
pub(super) struct Applier {
    pub register: RegisterBook,
    pub outbox: Outbox,
    pub templates: Arc<Templates>,
    pub safeguarding: Records,
    pub barrier: Barrier,
    /// Emailed alerts carry a signed acknowledge link when the daemon has
    /// a public URL.
    pub acknowledge_links: Option<AcknowledgeLinks>,
    /// The latest recorded message per sender, for follow-ups.
    pub latest: Table<LastReport>,
    pub listeners: Vec<Arc<dyn ReplyListener>>,
}

impl Applier {
    /// Carries out `actions` about `entry`, in order.
    pub fn apply(
        &self,
        entry: &InboxEntry,
        actions: Vec<Action>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        for action in actions {
            match action {
                Action::StopChase { school, upns, at } => {
                    for listener in &self.listeners {
                        listener.contact_replied(&school, &upns, at)?;
                    }
                }
                Action::RaiseConcern { record, alert } => {
                    let id = record.id.clone();
                    self.safeguarding.raise(&record)?;
                    let shown = self.alert(entry, &alert, Some(&id), now)?;
                    for recipient in alert.recipients {
                        self.safeguarding.note(
                            &id,
                            RecordEvent {
                                at: now,
                                what: Happened::Alerted { tier: Tier::Dsl },
                                who: recipient.name,
                                channel: Some(recipient.channel.into()),
                                shown: shown.clone(),
                            },
                        )?;
                    }
                }
                Action::Withdraw {
                    school,
                    upn,
                    session,
                    at,
                } => {
                    self.register.withdraw_provisional(
                        &school,
                        &upn,
                        session,
                        "parent corrected the report",
                        "parent",
                        at.fixed_offset(),
                    )?;
                }
                Action::Record { marks, by } => {
                    self.register
                        .record_many(Source::Provisional, marks, PARENT_REPORT, &by)?;
                }
                Action::Remember { sender, report } => {
                    self.latest.insert(&sender, &report)?;
                }
                Action::Reply(Reply { key, message }) => {
                    self.outbox.enqueue(message, Some(&key), now)?;
                }
                Action::Alert(alert) => {
                    self.alert(entry, &alert, None, now)?;
                }
            }
        }
        Ok(())
    }

    /// Sends `alert` to each of its recipients, quoting the message
    /// through the barrier so only the DSL roles read the words of one
    /// that raised a concern. An alert about `concern` asks to be
    /// acknowledged. Returns the subject they were shown.
    fn alert(
        &self,
        entry: &InboxEntry,
        alert: &StaffAlert,
        concern: Option<&ConcernId>,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let role = alert.notice.role;
        let words = self.barrier.guard(entry)?;
        let mut values: Vec<(&str, &str)> =
            alert.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        values.push(("message", words.open(Audience::of_role(role))));
        let rendered = self
            .templates
            .render(alert.notice.template, "en", &values)?;
        if alert.recipients.is_empty() {
            let school = alert.school.as_deref().unwrap_or_default();
            tracing::warn!(school, %role, kind = alert.notice.kind, "no staff configured for this role");
        }
        let subject = rendered.subject.unwrap_or_default();
        for recipient in &alert.recipients {
            let mut notice = to_staff(
                recipient,
                alert.school.as_deref(),
                alert.notice.kind,
                subject.clone(),
                rendered.text.clone(),
                alert.pupils.clone(),
            );
            if let Some(concern) = concern {
                notice.choices = acknowledge_choice(recipient.channel);
                if let Some(links) = &self.acknowledge_links {
                    links.add_to_alert(&mut notice, &self.templates, concern, now)?;
                }
            }
            let key = staff_key(entry, &alert.item, recipient);
            self.outbox.enqueue(notice, Some(&key), now)?;
        }
        Ok(subject)
    }
}

/// The once key of a notice about the message to one member of staff.
fn staff_key(entry: &InboxEntry, item: &str, to: &StaffRecipient) -> OnceKey {
    OnceKey::StaffNotice {
        inbox: entry.id.clone(),
        kind: item.to_string(),
        recipient: Recipient::new(to.channel, &to.to),
    }
}
