//! The outbox: every outbound message is stored before it is sent, retried
//! with backoff, and sent at most once for each one-time purpose.
//!
//! A message enqueued with a *once key* (a chase step for one contact, an
//! acknowledgement of one inbound message) is claimed atomically with that
//! key: enqueuing it again, after a restart or a retried webhook, is a
//! no-op. The [`Dispatcher`] then sends what is due through the channel's
//! [`Transport`].

mod delivery;
mod dispatcher;
mod index;
mod message;
mod once_key;
mod transport;

use std::collections::BinaryHeap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

pub use delivery::DeliveryReport;
use delivery::provider_key;
pub use dispatcher::{Dispatcher, NOT_HANDED_OVER};
pub use message::{Channel, Choice, OutboundMessage, Role};
pub use once_key::{BadOnceKey, OnceKey, OncePrefix, Recipient, ReplyPurpose};
pub use transport::{Delivery, LogTransport, RecordingTransport, SendError, Transport, Transports};

use crate::error::Result;
use crate::store::{Batch, Company, Store, Table};

/// A message's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Status {
    Pending {
        next_attempt: DateTime<Utc>,
        last_error: Option<String>,
    },
    /// Handed to the transport; if the daemon dies now, whether it went is
    /// unknown, and it is sent again on start-up: a duplicate is better than
    /// a lost safeguarding alert.
    Sending {
        since: DateTime<Utc>,
    },
    Sent {
        at: DateTime<Utc>,
        provider_id: Option<String>,
    },
    Failed {
        at: DateTime<Utc>,
        error: String,
    },
    /// Withdrawn before it was sent: a chase message held for quiet hours
    /// whose chase stopped meanwhile.
    Cancelled {
        at: DateTime<Utc>,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub key: String,
    /// The one-time purpose the message was claimed for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub once: Option<OnceKey>,
    pub created_at: DateTime<Utc>,
    pub message: OutboundMessage,
    pub status: Status,
    pub attempts: u32,
}

/// What enqueuing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enqueued {
    Queued(String),
    /// A message with the same once key was queued before: nothing new.
    AlreadyQueued,
}

/// After this many failed attempts a message is given up on and left for a
/// person to see.
pub const MAX_ATTEMPTS: u32 = 10;

/// What a message's recipient and words become once cleared.
pub const PURGED: &str = "(purged)";

/// Stored messages; cheap to clone.
#[derive(Clone)]
pub struct Outbox {
    store: Store,
    entries: Table<OutboxEntry>,
    /// Keys of messages not yet sent, with when each is next due.
    pending: Table<DateTime<Utc>>,
    /// Keys of messages whose send was cut off by a restart, with when that
    /// attempt began: before sending again, the provider is asked whether
    /// it already has the message.
    interrupted: Table<DateTime<Utc>>,
    /// `channel/provider id` → key, for status callbacks and replies.
    by_provider: Table<String>,
    /// `channel/provider id` → what the provider reported since sending.
    deliveries: Table<Vec<DeliveryReport>>,
    /// Index → entry key: see [`index`].
    by_pupil: Table<String>,
    for_staff: Table<String>,
    open_for_staff: Table<String>,
    closed_for_staff: Table<String>,
    wake: Arc<Notify>,
}

impl Outbox {
    pub fn open(store: &Store) -> Result<Outbox> {
        Ok(Outbox {
            store: store.clone(),
            entries: store.table("outbox")?,
            pending: store.table("outbox_pending")?,
            interrupted: store.table("outbox_interrupted")?,
            by_provider: store.table("outbox_by_provider")?,
            deliveries: store.table("outbox_deliveries")?,
            by_pupil: store.table(index::BY_PUPIL)?,
            for_staff: store.table(index::FOR_STAFF)?,
            open_for_staff: store.table(index::OPEN_FOR_STAFF)?,
            closed_for_staff: store.table(index::CLOSED_FOR_STAFF)?,
            wake: store.waker("outbox"),
        })
    }

    /// Stores a message durably for sending. With a `once` key, a second
    /// message under the same key is refused, however the first one fared.
    pub fn enqueue(
        &self,
        message: OutboundMessage,
        once: Option<&OnceKey>,
        now: DateTime<Utc>,
    ) -> Result<Enqueued> {
        let key = match once {
            Some(once) => entry_key(once),
            None => format!("msg/{:020}", self.store.next_id()?),
        };
        let mut batch = self.store.batch();
        self.put_entry(&mut batch, key.clone(), once.cloned(), message, now)?;
        if !batch.commit()? {
            return Ok(Enqueued::AlreadyQueued);
        }
        self.wake.notify_one();
        Ok(Enqueued::Queued(key))
    }

    /// As [`Outbox::enqueue`] with a once key, adding the message to
    /// `batch` for the caller to commit; then [`Outbox::wake`]. Returns
    /// false, adding nothing, when the once key is used already; should it
    /// be used by the time the batch commits, nothing in the batch is
    /// written.
    pub fn stage(
        &self,
        batch: &mut Batch,
        message: OutboundMessage,
        once: &OnceKey,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        if self.was_enqueued(once)? {
            return Ok(false);
        }
        self.put_entry(batch, entry_key(once), Some(once.clone()), message, now)?;
        Ok(true)
    }

    /// Tells the dispatcher that messages staged in a batch are committed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// A new entry under `key`, due now or when the message may first go,
    /// its place in the queue and its indexes.
    fn put_entry(
        &self,
        batch: &mut Batch,
        key: String,
        once: Option<OnceKey>,
        message: OutboundMessage,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let due = message.not_before.map_or(now, |t| t.max(now));
        let entry = &OutboxEntry {
            key,
            once,
            created_at: now,
            message,
            status: Status::Pending {
                next_attempt: due,
                last_error: None,
            },
            attempts: 0,
        };
        batch.put_new(&self.entries, &entry.key, entry)?;
        batch.put(&self.pending, &entry.key, &due)?;
        for index_key in index::pupil_keys(entry) {
            batch.put(&self.by_pupil, &index_key, &entry.key)?;
        }
        if let Some(index_key) = index::staff_key(entry) {
            batch.put(&self.for_staff, &index_key, &entry.key)?;
            batch.put(&self.open_for_staff, &index_key, &entry.key)?;
        }
        Ok(())
    }

    /// Whether a once key has been used.
    pub fn was_enqueued(&self, once: &OnceKey) -> Result<bool> {
        self.entries.contains(&entry_key(once))
    }

    pub fn get(&self, key: &str) -> Result<Option<OutboxEntry>> {
        self.entries.get(key)
    }

    /// Every stored message, oldest key first.
    pub fn all(&self) -> Result<Vec<OutboxEntry>> {
        self.entries.iter().map(|r| r.map(|(_, e)| e)).collect()
    }

    /// The messages naming a pupil, for the school or for no school in
    /// particular, reading only those.
    pub fn of_pupil(&self, school: &str, upn: &str) -> Result<Vec<OutboxEntry>> {
        self.read(self.through(
            &self.by_pupil,
            &[
                index::pupil_prefix(Some(school), upn),
                index::pupil_prefix(None, upn),
            ],
        )?)
    }

    /// The notices to staff and the failed deliveries, for the school or
    /// for no school in particular, reading only those.
    pub fn for_staff(&self, school: &str) -> Result<Vec<OutboxEntry>> {
        self.read(self.through(&self.for_staff, &staff_prefixes(school))?)
    }

    /// As [`Outbox::for_staff`], but only those whose work-list item is
    /// open or was closed at or after `closed_since`: what a day's work
    /// list shows, without reading a year of closed notices.
    pub fn for_staff_open(
        &self,
        school: &str,
        closed_since: DateTime<Utc>,
    ) -> Result<Vec<OutboxEntry>> {
        let mut keys = self.through(&self.open_for_staff, &staff_prefixes(school))?;
        for school in [Some(school), None] {
            let from = index::closed_prefix(school, closed_since);
            for row in self
                .closed_for_staff
                .range(&from, &index::staff_prefix_end(school))
            {
                keys.insert(row?.1);
            }
        }
        self.read(keys)
    }

    /// Moves the staff notices `keys` from open to closed at `at`, in
    /// `batch`: their work-list item is closed.
    pub fn stage_closing(
        &self,
        batch: &mut Batch,
        keys: &[String],
        at: DateTime<Utc>,
    ) -> Result<()> {
        for key in keys {
            if let Some(entry) = self.entries.get(key)?
                && let Some(index_key) = index::staff_key(&entry)
            {
                batch.remove(&self.open_for_staff, &index_key);
                batch.put(&self.closed_for_staff, &index::closed_key(&entry, at), key)?;
            }
        }
        Ok(())
    }

    /// The entry keys an index lists under any of `prefixes`.
    fn through(
        &self,
        index: &Table<String>,
        prefixes: &[String],
    ) -> Result<std::collections::BTreeSet<String>> {
        let mut keys = std::collections::BTreeSet::new();
        for prefix in prefixes {
            for row in index.scan_prefix(prefix) {
                keys.insert(row?.1);
            }
        }
        Ok(keys)
    }

    /// The stored entries under `keys`, in key order.
    fn read(&self, keys: std::collections::BTreeSet<String>) -> Result<Vec<OutboxEntry>> {
        let mut found = Vec::with_capacity(keys.len());
        for key in keys {
            found.extend(self.entries.get(&key)?);
        }
        Ok(found)
    }

    /// Clears what a message said and who it went to once its retention
    /// period is over, keeping its key and status so a once key still
    /// stops it being sent again. A message not yet finished with is left
    /// alone. Returns whether anything was cleared.
    pub fn clear_contents(&self, key: &str) -> Result<bool> {
        let Some(mut entry) = self.entries.get(key)? else {
            return Ok(false);
        };
        let finished = !matches!(
            entry.status,
            Status::Pending { .. } | Status::Sending { .. }
        );
        if !finished || entry.message.to == PURGED {
            return Ok(false);
        }
        entry.message.to = PURGED.into();
        entry.message.subject = None;
        entry.message.text = PURGED.into();
        entry.message.html = None;
        entry.message.choices.clear();
        self.entries.insert(key, &entry)?;
        Ok(true)
    }

    /// The first `limit` messages due at `now`, earliest first (ties in
    /// key order). Only the queue's keys and times are read beyond those:
    /// a backlog of any size is sent a page at a time, never held whole.
    pub fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxEntry>> {
        // The `limit` earliest seen so far, the latest of them on top.
        let mut earliest: BinaryHeap<(DateTime<Utc>, String)> = BinaryHeap::new();
        for row in self.pending.iter() {
            let (key, at) = row?;
            if at > now {
                continue;
            }
            if earliest.len() < limit {
                earliest.push((at, key));
            } else if let Some(mut latest) = earliest.peek_mut()
                && (at, &key) < (latest.0, &latest.1)
            {
                *latest = (at, key);
            }
        }
        earliest
            .into_sorted_vec()
            .into_iter()
            .filter_map(|(_, key)| self.entries.get(&key).transpose())
            .collect()
    }

    /// How many messages wait to be sent, and when the oldest of them was
    /// queued: from the index of pending messages, not the whole outbox.
    pub fn waiting(&self) -> Result<(u64, Option<DateTime<Utc>>)> {
        let mut count = 0;
        let mut oldest: Option<DateTime<Utc>> = None;
        for key in self.pending.iter() {
            let (key, _) = key?;
            count += 1;
            if let Some(entry) = self.entries.get(&key)? {
                oldest = Some(oldest.map_or(entry.created_at, |o| o.min(entry.created_at)));
            }
        }
        Ok((count, oldest))
    }

    /// When the next pending message falls due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>> {
        self.pending
            .iter()
            .map(|r| r.map(|(_, at)| at))
            .try_fold(None, |earliest, at| {
                at.map(|at| Some(earliest.map_or(at, |e: DateTime<Utc>| e.min(at))))
            })
    }

    /// Withdraws every message not yet handed to a transport whose once key
    /// starts with `once_prefix`; returns how many. The once keys stay
    /// used, so a withdrawn message is never queued again.
    pub fn cancel_pending(
        &self,
        once_prefix: &OncePrefix,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let prefix = format!("{ONCE}{once_prefix}");
        let mut cancelled = 0;
        for key in self
            .pending
            .scan_prefix(&prefix)
            .map(|r| r.map(|(k, _)| k))
            .collect::<Result<Vec<_>>>()?
        {
            if let Some(mut entry) = self.entries.get(&key)?
                && matches!(entry.status, Status::Pending { .. })
            {
                entry.status = Status::Cancelled {
                    at: now,
                    reason: reason.to_string(),
                };
                self.settle(self.store.batch(), &entry, None)?;
                cancelled += 1;
            }
        }
        Ok(cancelled)
    }

    /// Messages that were being handed over when the daemon stopped go back
    /// to pending. Run once at start-up, before dispatching.
    pub fn recover(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut recovered = 0;
        for key in self
            .pending
            .iter()
            .map(|r| r.map(|(k, _)| k))
            .collect::<Result<Vec<_>>>()?
        {
            if let Some(mut entry) = self.entries.get(&key)?
                && let Status::Sending { since } = entry.status
            {
                // The mark goes first: a crash between the two writes
                // leaves the entry `Sending`, to be recovered again, never
                // pending without the provider being asked. A second
                // restart keeps the first attempt's start: the provider
                // may hold a message from any attempt since.
                self.interrupted.insert_if_absent(&key, &since)?;
                entry.status = Status::Pending {
                    next_attempt: now,
                    last_error: Some("interrupted by a restart".into()),
                };
                self.entries.insert(&key, &entry)?;
                recovered += 1;
            }
        }
        self.store.flush()?;
        Ok(recovered)
    }

    /// As [`Outbox::mark_sending_durably`], for tests that send by hand.
    #[cfg(test)]
    pub(crate) fn mark_sending(&self, entry: &mut OutboxEntry, now: DateTime<Utc>) -> Result<()> {
        self.note_sending(entry, now)?;
        self.store.flush()
    }

    /// Marks `entry` as being handed to its transport, durably, before it
    /// is: a restart then asks the provider before sending it again. The
    /// wait for the disk holds no thread, so the webhooks coming in are
    /// answered meanwhile, and shares its flush with theirs.
    pub(crate) async fn mark_sending_durably(
        &self,
        entry: &mut OutboxEntry,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.note_sending(entry, now)?;
        self.store.flushed(Company::Alone).await
    }

    /// Writes that `entry` is being sent, not yet flushed.
    fn note_sending(&self, entry: &mut OutboxEntry, now: DateTime<Utc>) -> Result<()> {
        entry.status = Status::Sending { since: now };
        entry.attempts += 1;
        self.entries.insert(&entry.key, entry)?;
        Ok(())
    }

    /// Whether a message may be handed to its transport now: not when
    /// this daemon's lease on the work may be about to pass to another
    /// daemon, which would then send it too.
    pub(crate) fn may_hand_over(&self) -> bool {
        self.store.may_act_outside()
    }

    /// Puts a message marked as sending back in the queue, due at
    /// `next_attempt`, as though that attempt never began: its transport
    /// was not called.
    pub(crate) fn mark_not_handed_over(
        &self,
        entry: &mut OutboxEntry,
        why: &str,
        next_attempt: DateTime<Utc>,
    ) -> Result<()> {
        entry.status = Status::Pending {
            next_attempt,
            last_error: Some(why.into()),
        };
        entry.attempts = entry.attempts.saturating_sub(1);
        let mut batch = self.store.batch();
        batch.put(&self.entries, &entry.key, entry)?;
        batch.put(&self.pending, &entry.key, &next_attempt)?;
        batch.commit()?;
        Ok(())
    }

    /// As [`Outbox::mark_sent_durably`], for tests that send by hand.
    #[cfg(test)]
    pub(crate) fn mark_sent(
        &self,
        entry: &mut OutboxEntry,
        delivery: Delivery,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.sent(entry, delivery, now)?.commit()?;
        Ok(())
    }

    /// Marks `entry` sent, durably, waiting as
    /// [`Outbox::mark_sending_durably`] does.
    pub(crate) async fn mark_sent_durably(
        &self,
        entry: &mut OutboxEntry,
        delivery: Delivery,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.sent(entry, delivery, now)?.apply()?;
        self.store.flushed(Company::Alone).await
    }

    /// The writes that mark `entry` sent, in a batch to commit.
    fn sent(
        &self,
        entry: &mut OutboxEntry,
        delivery: Delivery,
        now: DateTime<Utc>,
    ) -> Result<Batch<'_>> {
        entry.status = Status::Sent {
            at: now,
            provider_id: delivery.provider_id.clone(),
        };
        let mut batch = self.store.batch();
        if let Some(id) = &delivery.provider_id {
            batch.put(
                &self.by_provider,
                &provider_key(entry.message.channel, id),
                &entry.key,
            )?;
        }
        self.stage_settled(&mut batch, entry, None)?;
        Ok(batch)
    }

    pub(crate) fn mark_failed(
        &self,
        entry: &mut OutboxEntry,
        error: SendError,
        now: DateTime<Utc>,
    ) -> Result<()> {
        match error {
            SendError::Retry(reason) if entry.attempts < MAX_ATTEMPTS => {
                let next_attempt = now + backoff(entry.attempts);
                entry.status = Status::Pending {
                    next_attempt,
                    last_error: Some(reason),
                };
                self.settle(self.store.batch(), entry, Some(next_attempt))
            }
            SendError::Retry(reason) | SendError::Permanent(reason) => {
                entry.status = Status::Failed {
                    at: now,
                    error: reason,
                };
                self.settle(self.store.batch(), entry, None)
            }
        }
    }

    /// Writes an entry's new status with its place in the pending queue,
    /// together with whatever else `batch` holds.
    fn settle(
        &self,
        mut batch: Batch<'_>,
        entry: &OutboxEntry,
        next_attempt: Option<DateTime<Utc>>,
    ) -> Result<()> {
        self.stage_settled(&mut batch, entry, next_attempt)?;
        batch.commit()?;
        Ok(())
    }

    /// Adds to `batch` the writes of [`Outbox::settle`].
    fn stage_settled(
        &self,
        batch: &mut Batch<'_>,
        entry: &OutboxEntry,
        next_attempt: Option<DateTime<Utc>>,
    ) -> Result<()> {
        batch.put(&self.entries, &entry.key, entry)?;
        batch.remove(&self.interrupted, &entry.key);
        // A failed delivery joins the staff's work list as it fails. A
        // notice to staff is listed already, and listed as open only while
        // its item is: writing it here again could reopen a closed item.
        if let Some(index_key) = index::staff_key(entry) {
            batch.put(&self.for_staff, &index_key, &entry.key)?;
            if index::for_staff_by_failing(entry) {
                batch.put(&self.open_for_staff, &index_key, &entry.key)?;
            }
        }
        match next_attempt {
            Some(at) => batch.put(&self.pending, &entry.key, &at)?,
            None => batch.remove(&self.pending, &entry.key),
        }
        Ok(())
    }

    pub(crate) fn woken(&self) -> Arc<Notify> {
        self.wake.clone()
    }
}

/// Where a school's messages for staff are listed, then those for no
/// school in particular.
fn staff_prefixes(school: &str) -> [String; 2] {
    [index::staff_prefix(Some(school)), index::staff_prefix(None)]
}

/// Schema step: lists every stored message in the outbox's indexes.
pub(crate) fn build_indexes(store: &Store) -> Result<()> {
    let entries: Table<OutboxEntry> = store.table("outbox")?;
    let by_pupil: Table<String> = store.table(index::BY_PUPIL)?;
    let for_staff: Table<String> = store.table(index::FOR_STAFF)?;
    // Plain writes, not one batch: the step is repeated whole if it is cut
    // off, since the version moves on only after it has been flushed.
    for row in entries.iter() {
        let (key, entry) = row?;
        for index_key in index::pupil_keys(&entry) {
            by_pupil.insert(&index_key, &key)?;
        }
        if let Some(index_key) = index::staff_key(&entry) {
            for_staff.insert(&index_key, &key)?;
        }
    }
    Ok(())
}

/// Schema step: lists every message staff must see as open, or as closed
/// when `closed_at` says its item was closed.
pub(crate) fn build_open_index(
    store: &Store,
    closed_at: &dyn Fn(&str) -> Result<Option<DateTime<Utc>>>,
) -> Result<()> {
    let entries: Table<OutboxEntry> = store.table("outbox")?;
    let open: Table<String> = store.table(index::OPEN_FOR_STAFF)?;
    let closed: Table<String> = store.table(index::CLOSED_FOR_STAFF)?;
    // Plain writes, as in `build_indexes`: a step cut off is repeated whole.
    for row in entries.iter() {
        let (key, entry) = row?;
        let Some(index_key) = index::staff_key(&entry) else {
            continue;
        };
        match closed_at(&key)? {
            Some(at) => closed.insert(&index::closed_key(&entry, at), &key)?,
            None => open.insert(&index_key, &key)?,
        };
    }
    Ok(())
}

/// 30 seconds, doubling with each attempt, at most half an hour.
fn backoff(attempts: u32) -> Duration {
    let seconds = 30i64.saturating_mul(1i64 << attempts.saturating_sub(1).min(16));
    Duration::seconds(seconds.min(30 * 60))
}

/// Where claimed messages are stored, ahead of their once key.
const ONCE: &str = "once/";

fn entry_key(once: &OnceKey) -> String {
    format!("{ONCE}{once}")
}

/// Gives every stored claimed message its once key as a field, read from
/// its store key: the schema step for a store written before the field.
/// A key that does not read as a once key is left without one.
pub(crate) fn record_once_keys(store: &Store) -> Result<()> {
    let entries: Table<OutboxEntry> = store.table("outbox")?;
    let mut batch = store.batch();
    for item in entries.scan_prefix(ONCE) {
        let (key, mut entry) = item?;
        if entry.once.is_none()
            && let Ok(once) = key[ONCE.len()..].parse()
        {
            entry.once = Some(once);
            batch.put(&entries, &key, &entry)?;
        }
    }
    batch.commit()?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The once key of the acknowledgement of inbound message `inbox`.
    pub(crate) fn ack_key(inbox: &str) -> OnceKey {
        OnceKey::Reply {
            inbox: inbox.into(),
            purpose: ReplyPurpose::Ack,
        }
    }

    fn chase_key(episode: &str) -> OnceKey {
        OnceKey::ChaseStep {
            episode: episode.into(),
            step: "day2".into(),
            role: Role::Contact(1),
            recipient: Recipient::new(Channel::Sms, "+447700900123"),
        }
    }

    pub(super) fn message(text: &str) -> OutboundMessage {
        OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Sms,
            to: "+447700900123".into(),
            role: Role::Contact(1),
            pupils: vec!["A1".into()],
            kind: "ack".into(),
            subject: None,
            text: text.into(),
            html: None,
            in_reply_to: None,
            choices: vec![],
            not_before: None,
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_once_key_queues_one_message_however_often_it_is_used() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let now = at("2026-11-23T09:30:00Z");
        assert!(matches!(
            outbox
                .enqueue(message("a"), Some(&chase_key("f/A1/2026-11-23")), now)
                .unwrap(),
            Enqueued::Queued(_)
        ));
        assert_eq!(
            outbox
                .enqueue(message("a"), Some(&chase_key("f/A1/2026-11-23")), now)
                .unwrap(),
            Enqueued::AlreadyQueued
        );
        assert!(outbox.was_enqueued(&chase_key("f/A1/2026-11-23")).unwrap());
        assert_eq!(outbox.due(now, 10).unwrap().len(), 1);
    }

    #[test]
    fn queued_messages_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let now = at("2026-11-23T09:30:00Z");
        {
            let store = Store::open(dir.path()).unwrap();
            Outbox::open(&store)
                .unwrap()
                .enqueue(message("kept"), None, now)
                .unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let due = Outbox::open(&store).unwrap().due(now, 10).unwrap();
        assert_eq!(due[0].message.text, "kept");
    }

    #[test]
    fn quiet_hours_hold_a_message_back() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let now = at("2026-11-22T21:30:00Z");
        let morning = at("2026-11-23T08:00:00Z");
        outbox
            .enqueue(
                OutboundMessage {
                    not_before: Some(morning),
                    ..message("later")
                },
                None,
                now,
            )
            .unwrap();
        assert!(outbox.due(now, 10).unwrap().is_empty());
        assert_eq!(outbox.next_due().unwrap(), Some(morning));
        assert_eq!(outbox.due(morning, 10).unwrap().len(), 1);
    }

    #[test]
    fn cancelling_withdraws_pending_messages_under_a_prefix_only() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let now = at("2026-11-22T21:30:00Z");
        let held = OutboundMessage {
            not_before: Some(at("2026-11-23T07:30:00Z")),
            ..message("held")
        };
        outbox
            .enqueue(held.clone(), Some(&chase_key("f/A1/2026-11-20")), now)
            .unwrap();
        outbox
            .enqueue(held, Some(&chase_key("f/B2/2026-11-20")), now)
            .unwrap();
        assert_eq!(
            outbox
                .cancel_pending(&OnceKey::chase_steps_of("f/A1/2026-11-20"), "reply", now)
                .unwrap(),
            1
        );
        let later = at("2026-11-23T08:00:00Z");
        let due = outbox.due(later, 10).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].once, Some(chase_key("f/B2/2026-11-20")));
        assert_eq!(
            outbox
                .enqueue(message("again"), Some(&chase_key("f/A1/2026-11-20")), later)
                .unwrap(),
            Enqueued::AlreadyQueued,
            "a cancelled message is never queued again"
        );
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(4), Duration::seconds(240));
        assert_eq!(backoff(40), Duration::minutes(30));
    }

    #[test]
    fn the_schema_step_gives_stored_claims_their_once_key() {
        let dir = tempfile::tempdir().unwrap();
        let now = at("2026-11-23T09:30:00Z");
        let key = ack_key("sms/SM1");
        {
            let store = Store::open(dir.path()).unwrap();
            Outbox::open(&store)
                .unwrap()
                .enqueue(message("hi"), Some(&key), now)
                .unwrap();
            // As a store from before the field (schema 2) held it.
            let entries = store.table::<OutboxEntry>("outbox").unwrap();
            let mut old = entries.get("once/reply/sms/SM1/ack").unwrap().unwrap();
            old.once = None;
            entries.insert("once/reply/sms/SM1/ack", &old).unwrap();
            store
                .table::<u32>("meta")
                .unwrap()
                .insert("schema_version", &2)
                .unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let due = Outbox::open(&store).unwrap().due(now, 10).unwrap();
        assert_eq!(due[0].once, Some(key));
    }
}
