//! What happens to a message after the provider took it: status reports
//! (Twilio's status callbacks) kept against the outbox entry, and the
//! provider ids that tie an entry to the provider's copy.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Channel, Outbox, OutboxEntry};
use crate::error::Result;

/// One report from the provider about a sent message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryReport {
    /// The provider's word for it: `queued`, `sent`, `delivered`,
    /// `undelivered`, `failed` …
    pub status: String,
    /// The provider's error code when delivery failed (Twilio's `30003` …).
    pub error_code: Option<String>,
    pub at: DateTime<Utc>,
}

pub(super) fn provider_key(channel: Channel, provider_id: &str) -> String {
    format!("{channel}/{provider_id}")
}

impl Outbox {
    /// The entry a provider id belongs to, once it has been marked sent.
    pub fn by_provider_id(
        &self,
        channel: Channel,
        provider_id: &str,
    ) -> Result<Option<OutboxEntry>> {
        match self.by_provider.get(&provider_key(channel, provider_id))? {
            Some(key) => self.entries.get(&key),
            None => Ok(None),
        }
    }

    /// Keeps a provider's report about a message. Reports are kept by
    /// provider id, so one that arrives before the send is marked done
    /// (a provider can be that quick) is still found; a report repeated by
    /// a retried callback is kept once.
    pub fn record_delivery(
        &self,
        channel: Channel,
        provider_id: &str,
        report: DeliveryReport,
    ) -> Result<()> {
        self.deliveries
            .update(&provider_key(channel, provider_id), |reports| {
                let mut reports = reports.unwrap_or_default();
                if !reports
                    .iter()
                    .any(|r| r.status == report.status && r.error_code == report.error_code)
                {
                    reports.push(report.clone());
                }
                Some(reports)
            })?;
        self.store.flush()
    }

    /// Every report about a message, in the order they arrived.
    pub fn deliveries(&self, channel: Channel, provider_id: &str) -> Result<Vec<DeliveryReport>> {
        Ok(self
            .deliveries
            .get(&provider_key(channel, provider_id))?
            .unwrap_or_default())
    }

    /// When an attempt to send this entry was cut off by a restart.
    pub(super) fn interrupted_since(&self, key: &str) -> Result<Option<DateTime<Utc>>> {
        self.interrupted.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::tests::{ack_key, message};
    use crate::outbox::{Delivery, Status};
    use crate::store::Store;

    #[test]
    fn reports_are_kept_by_provider_id_and_lead_back_to_the_entry() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let now: DateTime<Utc> = "2026-11-23T09:30:00Z".parse().unwrap();
        outbox
            .enqueue(message("hi"), Some(&ack_key("sms/1")), now)
            .unwrap();
        let mut entry = outbox.due(now, 10).unwrap().remove(0);
        let report = |status: &str| DeliveryReport {
            status: status.into(),
            error_code: None,
            at: now,
        };
        // Twilio can call back before the send is marked done.
        outbox
            .record_delivery(Channel::Sms, "SM1", report("queued"))
            .unwrap();
        outbox.mark_sending(&mut entry, now).unwrap();
        outbox
            .mark_sent(
                &mut entry,
                Delivery {
                    provider_id: Some("SM1".into()),
                },
                now,
            )
            .unwrap();
        outbox
            .record_delivery(Channel::Sms, "SM1", report("delivered"))
            .unwrap();
        outbox
            .record_delivery(Channel::Sms, "SM1", report("delivered"))
            .unwrap();

        let found = outbox.by_provider_id(Channel::Sms, "SM1").unwrap().unwrap();
        assert_eq!(found.once, Some(ack_key("sms/1")));
        assert!(matches!(found.status, Status::Sent { .. }));
        let statuses: Vec<_> = outbox
            .deliveries(Channel::Sms, "SM1")
            .unwrap()
            .into_iter()
            .map(|r| r.status)
            .collect();
        assert_eq!(statuses, ["queued", "delivered"]);
        assert!(
            outbox
                .by_provider_id(Channel::Email, "SM1")
                .unwrap()
                .is_none()
        );
    }
}
