//! The inbox: every inbound message is stored durably before the channel is
//! told it was received, so nothing acknowledged is ever lost; processing
//! happens after, and is picked up again after a crash.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::Notify;

use super::InboundMessage;
use super::attachments::{Attachments, IncomingFile};
use super::sender_key::SenderKey;
use crate::error::{Error, Result};
use crate::outbox::Channel;
use crate::safeguarding::ExplanationWords;
use crate::store::{Batch, Store, Table};

/// A stored message and how far it has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxEntry {
    pub id: String,
    pub message: InboundMessage,
    pub processed_at: Option<DateTime<Utc>>,
    /// What processing concluded, for staff and for the audit.
    pub outcome: Option<String>,
    /// Why the parser read the message as it did. As private as the
    /// message text: withheld with it from all but the DSL.
    #[serde(default, skip_serializing_if = "ExplanationWords::is_empty")]
    pub explanation: ExplanationWords,
}

/// What accepting a message did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// Stored now; the id is the inbox key.
    Stored(String),
    /// The same provider id was stored before: nothing new.
    Duplicate(String),
}

impl Accepted {
    pub fn id(&self) -> &str {
        match self {
            Accepted::Stored(id) | Accepted::Duplicate(id) => id,
        }
    }
}

#[derive(Clone)]
pub struct Inbox {
    store: Store,
    entries: Table<InboxEntry>,
    /// Ids of stored messages not yet processed.
    unprocessed: Table<()>,
    /// How many ids `unprocessed` holds, kept beside it so the health
    /// probe does not walk the table (a sled length is a full scan).
    waiting: Arc<AtomicUsize>,
    /// Sender key and inbox id → inbox id, written in the same batch as
    /// the message: which messages a contact wrote, without reading all.
    by_sender: Table<String>,
    wake: Arc<Notify>,
}

const BY_SENDER: &str = "inbox_by_sender";

/// A message staged as processed, to count once its batch commits.
#[must_use]
pub struct Processed {
    was_waiting: bool,
}

impl Inbox {
    pub fn open(store: &Store) -> Result<Inbox> {
        let unprocessed: Table<()> = store.table("inbox_unprocessed")?;
        Ok(Inbox {
            store: store.clone(),
            entries: store.table("inbox")?,
            waiting: store.count("inbox_waiting", || unprocessed.len())?,
            unprocessed,
            by_sender: store.table(BY_SENDER)?,
            wake: store.waker("inbox"),
        })
    }

    /// Stores a message durably, once per provider id. When this returns
    /// `Ok`, the message survives a crash and the channel may be answered.
    pub fn accept(&self, message: InboundMessage) -> Result<Accepted> {
        self.store_new(self.store.batch(), id_of(&message), message)
    }

    /// Stores a message under `id` with its files, all in one step and
    /// once per id. The files are kept under the stored message's own id,
    /// so a message that turns out to be a duplicate writes nothing and
    /// can never replace another's files.
    pub fn accept_with_files(
        &self,
        id: String,
        mut message: InboundMessage,
        files: &[IncomingFile],
        attachments: &Attachments,
    ) -> Result<Accepted> {
        let mut batch = self.store.batch();
        message.attachments = files
            .iter()
            .enumerate()
            .map(|(i, file)| attachments.stage(&mut batch, &format!("{id}/{i}"), file))
            .collect::<Result<_>>()?;
        self.store_new(batch, id, message)
    }

    /// Commits `batch` with the message added, unless `id` is stored.
    fn store_new(&self, mut batch: Batch, id: String, message: InboundMessage) -> Result<Accepted> {
        let channel = self.stage_new(&mut batch, &id, message)?;
        let committed = batch.commit()?;
        Ok(self.accepted(committed, channel, id))
    }

    /// As [`Inbox::accept`], from async code, so the async threads keep
    /// answering and the accepts of a burst of webhooks share their
    /// flushes, and their transactions. Where writes are buffered the
    /// message is applied by the flush that makes it durable, and the wait
    /// holds no thread; where each write is a round trip to the database,
    /// the accept runs on the blocking pool.
    pub async fn accept_durably(&self, message: InboundMessage) -> Result<Accepted> {
        if !self.store.buffers_writes() {
            let inbox = self.clone();
            return tokio::task::spawn_blocking(move || inbox.accept(message))
                .await
                .map_err(|e| Error::Store(format!("storing a message stopped: {e}")))?;
        }
        let id = id_of(&message);
        let mut batch = self.store.batch();
        let channel = self.stage_new(&mut batch, &id, message)?;
        // A duplicate waits too: its first copy may still be on its way
        // to disk.
        let stored = batch.commit_with_others().await?;
        Ok(self.accepted(stored, channel, id))
    }

    /// Adds a new message's writes to `batch`; returns its channel.
    fn stage_new(&self, batch: &mut Batch, id: &str, message: InboundMessage) -> Result<Channel> {
        let channel = message.channel;
        let entry = InboxEntry {
            id: id.to_string(),
            message,
            processed_at: None,
            outcome: None,
            explanation: ExplanationWords::default(),
        };
        batch.put_new(&self.entries, id, &entry)?;
        batch.put(&self.unprocessed, id, &())?;
        if let Some(sender) = SenderKey::of_sender(&entry.message.from) {
            batch.put(&self.by_sender, &sender.entry(id), &id.to_string())?;
        }
        Ok(channel)
    }

    /// What committing a new message's batch did: counted and the daemon
    /// woken when it was stored.
    fn accepted(&self, committed: bool, channel: Channel, id: String) -> Accepted {
        if !committed {
            return Accepted::Duplicate(id);
        }
        crate::metrics::daemon().message_in(channel);
        self.waiting.fetch_add(1, Ordering::SeqCst);
        // Stored is what counts: a daemon not woken finds it on its poll.
        if let Err(error) = self.store.wake("inbox") {
            tracing::warn!(error = %crate::redact::Redacted(&error), "waking the daemon that works messages");
        }
        Accepted::Stored(id)
    }

    pub fn get(&self, id: &str) -> Result<Option<InboxEntry>> {
        self.entries.get(id)
    }

    /// Messages stored but not yet processed, oldest first by arrival.
    pub fn unprocessed(&self) -> Result<Vec<InboxEntry>> {
        let mut waiting = Vec::new();
        for id in self.unprocessed_ids()? {
            waiting.extend(self.get(&id)?);
        }
        Ok(waiting)
    }

    /// The ids of the messages stored but not yet processed, oldest first
    /// by arrival. Each message is read to learn when it came, but only
    /// its id is kept: a morning's backlog is not held in memory whole.
    pub fn unprocessed_ids(&self) -> Result<Vec<String>> {
        let mut waiting = Vec::new();
        for id in self.unprocessed.iter() {
            let (id, ()) = id?;
            if let Some(entry) = self.entries.get(&id)? {
                waiting.push((entry.message.received_at, id));
            }
        }
        waiting.sort();
        Ok(waiting.into_iter().map(|(_, id)| id).collect())
    }

    /// How many messages wait to be processed, without reading them.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::SeqCst)
    }

    /// Records that a message has been dealt with.
    pub fn mark_processed(&self, id: &str, at: DateTime<Utc>, outcome: &str) -> Result<()> {
        let Some(entry) = self.entries.get(id)? else {
            return Ok(());
        };
        let mut batch = self.store.batch();
        let processed = self.stage_processed(&mut batch, entry, at, outcome)?;
        batch.commit()?;
        self.processed_committed(processed);
        Ok(())
    }

    /// As [`Inbox::mark_processed`] for `entry` as it is to be kept (its
    /// explanation, say, set), adding the writes to `batch`; once the
    /// batch commits, hand what this returns to
    /// [`Inbox::processed_committed`].
    pub fn stage_processed(
        &self,
        batch: &mut Batch,
        mut entry: InboxEntry,
        at: DateTime<Utc>,
        outcome: &str,
    ) -> Result<Processed> {
        entry.processed_at = Some(at);
        entry.outcome = Some(outcome.to_string());
        let was_waiting = self.unprocessed.contains(&entry.id)?;
        batch.put(&self.entries, &entry.id, &entry)?;
        batch.remove(&self.unprocessed, &entry.id);
        Ok(Processed { was_waiting })
    }

    /// Counts a message staged as processed once its batch is committed.
    pub fn processed_committed(&self, processed: Processed) {
        if processed.was_waiting {
            // Two handles marking the same message at once must not wrap
            // the count below zero.
            let _ = self
                .waiting
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                    Some(n.saturating_sub(1))
                });
        }
    }

    /// Keeps the parser's explanation of a message beside it, as the
    /// pipeline does when it marks the message processed.
    #[cfg(test)]
    pub(crate) fn record_explanation(
        &self,
        id: &str,
        explanation: &crate::domain::Explanation,
    ) -> Result<()> {
        let Some(mut entry) = self.entries.get(id)? else {
            return Ok(());
        };
        entry.explanation = explanation.clone().into();
        let mut batch = self.store.batch();
        batch.put(&self.entries, id, &entry)?;
        batch.commit()?;
        Ok(())
    }

    /// Every stored message (for the office's view and the audit).
    pub fn all(&self) -> Result<Vec<InboxEntry>> {
        self.entries.iter().map(|r| r.map(|(_, e)| e)).collect()
    }

    /// Every stored message from any of `senders`, by id, reading only
    /// those messages.
    pub fn from_senders(&self, senders: &[SenderKey]) -> Result<Vec<InboxEntry>> {
        let mut ids = BTreeSet::new();
        for sender in senders {
            for row in self.by_sender.scan_prefix(sender.prefix()) {
                ids.insert(row?.1);
            }
        }
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            found.extend(self.entries.get(&id)?);
        }
        Ok(found)
    }

    /// Deletes a message once its retention period is over; one not yet
    /// processed is kept. Returns whether it was deleted.
    pub fn forget(&self, id: &str) -> Result<bool> {
        if self.unprocessed.contains(id)? {
            return Ok(false);
        }
        let Some(entry) = self.entries.get(id)? else {
            return Ok(false);
        };
        let mut batch = self.store.batch();
        batch.remove(&self.entries, id);
        if let Some(sender) = SenderKey::of_sender(&entry.message.from) {
            batch.remove(&self.by_sender, &sender.entry(id));
        }
        batch.commit()?;
        Ok(true)
    }

    /// Woken whenever a new message is stored.
    pub fn woken(&self) -> Arc<Notify> {
        self.wake.clone()
    }
}

/// The inbox key of a message a channel hands over: one per provider id.
fn id_of(message: &InboundMessage) -> String {
    format!("{}/{}", message.channel, message.provider_id)
}

/// Schema step: files every stored message under its sender.
pub(crate) fn index_senders(store: &Store) -> Result<()> {
    let entries: Table<InboxEntry> = store.table("inbox")?;
    let by_sender: Table<String> = store.table(BY_SENDER)?;
    // Plain writes, not one batch: the step is repeated whole if it is cut
    // off, since the version moves on only after it has been flushed.
    for row in entries.iter() {
        let (id, entry) = row?;
        if let Some(sender) = SenderKey::of_sender(&entry.message.from) {
            by_sender.insert(&sender.entry(&id), &id)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sms(sid: &str, at: &str) -> InboundMessage {
        crate::inbound::fixtures::sms(
            sid,
            "+447700900123",
            "Millie is poorly",
            at.parse().unwrap(),
        )
    }

    #[test]
    fn the_same_provider_id_is_stored_once() {
        let store = Store::temporary().unwrap();
        let inbox = Inbox::open(&store).unwrap();
        let first = inbox.accept(sms("SM1", "2026-11-23T07:40:00Z")).unwrap();
        assert!(matches!(first, Accepted::Stored(_)));
        assert_eq!(
            inbox.accept(sms("SM1", "2026-11-23T07:41:00Z")).unwrap(),
            Accepted::Duplicate(first.id().into())
        );
        assert_eq!(inbox.unprocessed().unwrap().len(), 1);
    }

    #[test]
    fn a_duplicate_is_answered_only_once_its_first_copy_is_durable() {
        let store = Store::temporary().unwrap();
        let inbox = Inbox::open(&store).unwrap();
        // The first copy applied and not yet flushed, as while a
        // concurrent accept waits for the disk.
        let first = sms("SM1", "2026-11-23T07:40:00Z");
        let mut batch = store.batch();
        inbox.stage_new(&mut batch, &id_of(&first), first).unwrap();
        assert!(batch.apply().unwrap());
        let before = store.flush_counts();
        let again = inbox.accept(sms("SM1", "2026-11-23T07:41:00Z")).unwrap();
        assert!(matches!(again, Accepted::Duplicate(_)));
        assert_eq!(store.flush_counts().flushes, before.flushes + 1);
    }

    #[test]
    fn the_waiting_count_follows_the_table_across_handles_and_restarts() {
        let dir = tempfile::tempdir().unwrap();
        let at = "2026-11-23T07:46:00Z".parse().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            let accepting = Inbox::open(&store).unwrap();
            let processing = Inbox::open(&store).unwrap();
            let first = accepting
                .accept(sms("SM1", "2026-11-23T07:40:00Z"))
                .unwrap();
            accepting
                .accept(sms("SM1", "2026-11-23T07:40:00Z"))
                .unwrap();
            accepting
                .accept(sms("SM2", "2026-11-23T07:41:00Z"))
                .unwrap();
            accepting
                .accept(sms("SM3", "2026-11-23T07:42:00Z"))
                .unwrap();
            assert_eq!(processing.waiting(), 3, "a duplicate is not counted");
            processing.mark_processed(first.id(), at, "report").unwrap();
            processing.mark_processed(first.id(), at, "report").unwrap();
            assert_eq!(accepting.waiting(), 2, "marking twice counts once");
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(Inbox::open(&store).unwrap().waiting(), 2);
    }

    #[test]
    fn unprocessed_messages_wait_across_a_restart_until_marked() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            let inbox = Inbox::open(&store).unwrap();
            inbox.accept(sms("SM2", "2026-11-23T07:45:00Z")).unwrap();
            inbox.accept(sms("SM1", "2026-11-23T07:40:00Z")).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let inbox = Inbox::open(&store).unwrap();
        let waiting = inbox.unprocessed().unwrap();
        assert_eq!(
            waiting
                .iter()
                .map(|e| e.message.provider_id.as_str())
                .collect::<Vec<_>>(),
            ["SM1", "SM2"]
        );
        inbox
            .mark_processed(
                &waiting[0].id,
                "2026-11-23T07:46:00Z".parse().unwrap(),
                "report",
            )
            .unwrap();
        assert_eq!(inbox.unprocessed().unwrap().len(), 1);
        assert_eq!(
            inbox
                .get(&waiting[0].id)
                .unwrap()
                .unwrap()
                .outcome
                .as_deref(),
            Some("report")
        );
    }
}
