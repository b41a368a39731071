//! Sends what the outbox holds when it falls due.

use std::time::Duration as StdDuration;

use tokio::sync::broadcast;
use tokio::sync::broadcast::error::TryRecvError;

use super::{Delivery, Outbox, OutboxEntry, SendError, Transport, Transports};
use crate::clock::SharedClock;
use crate::error::Result;
use crate::metrics;
use crate::pause_points::{self, pause_point};
use crate::redact::Redacted;

/// The longest a transport may take over one message before the attempt
/// counts as failed and is retried.
const SEND_TIMEOUT: StdDuration = StdDuration::from_secs(30);

/// How long a message waits when this daemon's lease was too near its end
/// to hand it over: by then the lease is renewed, or another daemon has
/// taken over the sending.
const LEASE_DOUBTED_WAIT: chrono::TimeDelta = chrono::TimeDelta::seconds(30);

/// What the log says of a message not handed over for that reason.
pub const NOT_HANDED_OVER: &str = "a message was not handed over: the work lease was near its end";

/// How long the dispatch loop sleeps at most, so a clock jump or a missed
/// wake-up is caught.
const IDLE_POLL: StdDuration = StdDuration::from_secs(30);

/// The most due messages one round reads and sends: a morning's backlog
/// is worked a page at a time, so memory does not grow with it.
const DUE_PAGE: usize = 256;

pub struct Dispatcher {
    outbox: Outbox,
    transports: Transports,
    clock: SharedClock,
    page: usize,
}

/// What one round of sending did.
struct Round {
    /// The messages it read, as they ended.
    done: Vec<OutboxEntry>,
    /// Whether it read a whole page: more may be due at once.
    full: bool,
}

impl Dispatcher {
    pub fn new(outbox: Outbox, transports: Transports, clock: SharedClock) -> Self {
        Dispatcher {
            outbox,
            transports,
            clock,
            page: DUE_PAGE,
        }
    }

    /// As [`Dispatcher::new`], reading at most `page` due messages a round.
    #[cfg(test)]
    fn with_page(self, page: usize) -> Self {
        Dispatcher { page, ..self }
    }

    /// Sends every message due now, once each, a page at a time; returns
    /// them as they ended.
    pub async fn send_due(&self) -> Result<Vec<OutboxEntry>> {
        let mut done = Vec::new();
        loop {
            let round = self.send_page_unless(|| false).await?;
            done.extend(round.done);
            if !round.full {
                return Ok(done);
            }
        }
    }

    /// Sends the first page of the messages due now, earliest first, but
    /// stops between messages once `stopping` says so: a daemon shutting
    /// down with thousands of messages due (a morning's acknowledgements
    /// on a slow database) stops after the one in hand, and the rest wait,
    /// stored, for its next start or the daemon that takes over.
    async fn send_page_unless(&self, mut stopping: impl FnMut() -> bool) -> Result<Round> {
        let page = self.outbox.due(self.clock.now(), self.page)?;
        let full = page.len() == self.page;
        let mut done = Vec::with_capacity(page.len());
        for mut entry in page {
            if stopping() {
                break;
            }
            let transport = self.transports.for_channel(entry.message.channel);
            if let Some(delivery) = self.sent_before_restart(transport.as_ref(), &entry).await? {
                tracing::info!(kind = %entry.message.kind, channel = %entry.message.channel, "an interrupted send had reached the provider");
                self.outbox
                    .mark_sent_durably(&mut entry, delivery, self.clock.now())
                    .await?;
                done.push(entry);
                continue;
            }
            let now = self.clock.now();
            self.outbox.mark_sending_durably(&mut entry, now).await?;
            pause_point(pause_points::OUTBOX_SENDING);
            // Checked last before the provider, which no fence reaches: a
            // daemon frozen since it marked the message must not send it
            // after another daemon has taken over (and sent it).
            if !self.outbox.may_hand_over() {
                tracing::warn!(kind = %entry.message.kind, channel = %entry.message.channel, "{NOT_HANDED_OVER}");
                self.outbox.mark_not_handed_over(
                    &mut entry,
                    "the work lease was near its end",
                    now + LEASE_DOUBTED_WAIT,
                )?;
                continue;
            }
            let outcome = tokio::time::timeout(SEND_TIMEOUT, transport.send(&entry.message))
                .await
                .unwrap_or_else(|_| Err(SendError::Retry("timed out".into())));
            let now = self.clock.now();
            match outcome {
                Ok(delivery) => {
                    pause_point(pause_points::OUTBOX_HANDED_OVER);
                    metrics::daemon().send_succeeded(entry.message.channel);
                    self.outbox
                        .mark_sent_durably(&mut entry, delivery, now)
                        .await?
                }
                Err(error) => {
                    metrics::daemon().send_failed(entry.message.channel, now);
                    tracing::debug!(key = %entry.key, "send failed");
                    tracing::warn!(kind = %entry.message.kind, channel = %entry.message.channel, attempt = entry.attempts, error = %Redacted(&error), "send failed");
                    self.outbox.mark_failed(&mut entry, error, now)?;
                }
            }
            done.push(entry);
        }
        Ok(Round { done, full })
    }

    /// For an entry whose last send a restart cut off: the provider's copy,
    /// if it took the message. A copy already matched to another entry is
    /// not this one's. When the provider cannot be asked, `None`: the
    /// message is sent again rather than risk losing it.
    async fn sent_before_restart(
        &self,
        transport: &dyn Transport,
        entry: &OutboxEntry,
    ) -> Result<Option<Delivery>> {
        let Some(since) = self.outbox.interrupted_since(&entry.key)? else {
            return Ok(None);
        };
        let found = match tokio::time::timeout(
            SEND_TIMEOUT,
            transport.find_sent(&entry.message, since),
        )
        .await
        {
            Ok(Ok(found)) => found,
            Ok(Err(error)) => {
                tracing::warn!(kind = %entry.message.kind, channel = %entry.message.channel, error = %Redacted(&error), "could not ask the provider about an interrupted send");
                return Ok(None);
            }
            Err(_) => return Ok(None),
        };
        for delivery in found {
            let claimed = match &delivery.provider_id {
                Some(id) => self
                    .outbox
                    .by_provider_id(entry.message.channel, id)?
                    .is_some(),
                None => false,
            };
            if !claimed {
                return Ok(Some(delivery));
            }
        }
        Ok(None)
    }

    /// The daemon's dispatch loop: sends what is due, then sleeps until the
    /// next message falls due, a new one is queued, or shutdown.
    pub async fn run(self, mut shutdown: broadcast::Receiver<()>) -> Result<()> {
        let recovered = self.outbox.recover(self.clock.now())?;
        if recovered > 0 {
            tracing::warn!(recovered, "resending messages interrupted by a restart");
        }
        let wake = self.outbox.woken();
        let (mut last_counted, mut worked_since_counted) = (0, 0);
        loop {
            let mut stop_requested = false;
            let round = self
                .send_page_unless(|| {
                    stop_requested =
                        stop_requested || !matches!(shutdown.try_recv(), Err(TryRecvError::Empty));
                    stop_requested
                })
                .await;
            let more_due = match round {
                Ok(round) => {
                    worked_since_counted += round.done.len() as u64;
                    round.full
                }
                Err(error) => {
                    tracing::error!(error = %Redacted(&error), "outbox dispatch failed");
                    false
                }
            };
            if stop_requested {
                return Ok(());
            }
            // Counting the queue reads every waiting message: through a
            // backlog it is counted again only once as many have been
            // worked as it held, so counting costs no more than sending.
            if !more_due || worked_since_counted >= last_counted {
                let (waiting, oldest) = self.outbox.waiting()?;
                metrics::daemon().outbox_seen(waiting, oldest);
                last_counted = waiting;
                worked_since_counted = 0;
            }
            if more_due {
                continue;
            }
            let pause = match self.outbox.next_due()? {
                Some(at) => self.clock.real_wait_until(at).min(IDLE_POLL),
                None => IDLE_POLL,
            };
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = wake.notified() => {}
                _ = shutdown.recv() => return Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::{Arc, OnceLock};

    use futures::future::BoxFuture;

    use super::*;
    use crate::clock::{Clock, SimulatedClock};
    use crate::outbox::tests::{ack_key, message};
    use crate::outbox::{Delivery, OutboundMessage, RecordingTransport, Status, Transport};
    use crate::store::Store;

    /// A dispatcher over `outbox` that sends through `transport`, on a
    /// simulated clock starting on a Monday at 09:30.
    fn dispatching(outbox: &Outbox, transport: Arc<dyn Transport>) -> (Dispatcher, SimulatedClock) {
        let clock = SimulatedClock::starting_at("2026-11-23T09:30:00Z".parse().unwrap());
        let dispatcher = Dispatcher::new(
            outbox.clone(),
            Transports::new(transport),
            Arc::new(clock.clone()),
        );
        (dispatcher, clock)
    }

    /// Fails the first `failures` sends, then delivers.
    struct Flaky {
        failures: u32,
        calls: AtomicU32,
        inner: RecordingTransport,
    }

    impl Transport for Flaky {
        fn send<'a>(
            &'a self,
            message: &'a crate::outbox::OutboundMessage,
        ) -> BoxFuture<'a, std::result::Result<Delivery, SendError>> {
            let call = self.calls.fetch_add(1, Ordering::SeqCst);
            if call < self.failures {
                Box::pin(async { Err(SendError::Retry("503".into())) })
            } else {
                self.inner.send(message)
            }
        }
    }

    #[tokio::test]
    async fn a_failed_send_is_retried_with_backoff_and_delivered_once() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let recording = RecordingTransport::default();
        let flaky = Arc::new(Flaky {
            failures: 2,
            calls: AtomicU32::new(0),
            inner: recording.clone(),
        });
        let (dispatcher, clock) = dispatching(&outbox, flaky);

        outbox
            .enqueue(message("hello"), Some(&ack_key("sms/m1")), clock.now())
            .unwrap();
        let first = dispatcher.send_due().await.unwrap();
        assert!(matches!(first[0].status, Status::Pending { .. }));
        assert!(
            dispatcher.send_due().await.unwrap().is_empty(),
            "not due again until the backoff passes"
        );
        clock.advance(chrono::Duration::seconds(30));
        dispatcher.send_due().await.unwrap();
        clock.advance(chrono::Duration::seconds(60));
        let last = dispatcher.send_due().await.unwrap();
        assert!(matches!(last[0].status, Status::Sent { .. }));
        assert_eq!(last[0].attempts, 3);
        assert_eq!(recording.sent().len(), 1);
        clock.advance(chrono::Duration::hours(1));
        assert!(
            dispatcher.send_due().await.unwrap().is_empty(),
            "sent once, never again"
        );
    }

    /// The outbox of the once-only work, fenced by the work lease, hands
    /// nothing to a provider while the lease is not held: the message
    /// waits, its attempt not counted, and goes once the lease is taken.
    #[tokio::test]
    async fn nothing_is_handed_over_while_the_work_lease_is_not_held() {
        let store = Store::temporary().unwrap();
        let lease = store.lease("once-work", "me", StdDuration::from_secs(20));
        let outbox = Outbox::open(&store.fenced_by(&lease)).unwrap();
        let recording = RecordingTransport::default();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(recording.clone()));
        outbox
            .enqueue(message("hello"), Some(&ack_key("sms/m1")), clock.now())
            .unwrap();

        let held_back = dispatcher.send_due().await.unwrap();
        assert!(held_back.is_empty());
        assert!(recording.sent().is_empty(), "not handed over");
        let entry = &outbox.all().unwrap()[0];
        assert!(
            matches!(&entry.status, Status::Pending { next_attempt, .. } if *next_attempt > clock.now()),
            "{entry:?}"
        );
        assert_eq!(entry.attempts, 0);

        lease.acquire().unwrap().expect("the lease is free");
        clock.advance(LEASE_DOUBTED_WAIT);
        let sent = dispatcher.send_due().await.unwrap();
        assert!(matches!(sent[0].status, Status::Sent { .. }));
        assert_eq!(sent[0].attempts, 1);
        assert_eq!(recording.sent().len(), 1);
    }

    #[tokio::test]
    async fn a_dispatcher_told_to_stop_sends_nothing_more() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let recording = RecordingTransport::default();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(recording.clone()));
        for id in ["sms/m1", "sms/m2"] {
            outbox
                .enqueue(message("hello"), Some(&ack_key(id)), clock.now())
                .unwrap();
        }
        let mut asked = 0;
        let sent = dispatcher
            .send_page_unless(|| {
                asked += 1;
                asked > 1
            })
            .await
            .unwrap()
            .done;
        assert_eq!(sent.len(), 1, "the one in hand, then stopped");
        assert_eq!(recording.sent().len(), 1);
        assert_eq!(
            dispatcher.send_due().await.unwrap().len(),
            1,
            "the rest waited"
        );
    }

    /// Seven messages queued in one order and falling due in another, sent
    /// three at a time: each round reads at most its page, and every
    /// message goes once, in the order it fell due.
    #[tokio::test]
    async fn a_backlog_is_sent_a_page_at_a_time_once_each_in_order_of_due_time() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let recording = RecordingTransport::default();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(recording.clone()));
        let dispatcher = dispatcher.with_page(3);
        let queued_at = clock.now();
        let minutes_late = [5, 1, 6, 3, 0, 4, 2];
        for (n, late) in minutes_late.iter().enumerate() {
            let not_before = queued_at + chrono::Duration::minutes(*late);
            let text = format!("due {late} min late, queued {n}");
            outbox
                .enqueue(
                    OutboundMessage {
                        not_before: Some(not_before),
                        ..message(&text)
                    },
                    None,
                    queued_at,
                )
                .unwrap();
        }
        clock.advance(chrono::Duration::minutes(10));

        let mut rounds = Vec::new();
        loop {
            let round = dispatcher.send_page_unless(|| false).await.unwrap();
            assert!(
                round.done.len() <= 3,
                "{} read in one round",
                round.done.len()
            );
            rounds.push(round.done.len());
            if !round.full {
                break;
            }
        }
        assert_eq!(rounds, [3, 3, 1]);
        let sent: Vec<String> = recording.sent().into_iter().map(|m| m.text).collect();
        let mut by_due_time: Vec<_> = minutes_late.iter().enumerate().collect();
        by_due_time.sort_by_key(|(_, late)| **late);
        let expected: Vec<String> = by_due_time
            .into_iter()
            .map(|(n, late)| format!("due {late} min late, queued {n}"))
            .collect();
        assert_eq!(sent, expected);
        assert!(
            dispatcher.send_due().await.unwrap().is_empty(),
            "none again"
        );
        assert_eq!(recording.sent().len(), minutes_late.len());
    }

    #[tokio::test]
    async fn send_due_works_every_page_of_a_backlog() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let recording = RecordingTransport::default();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(recording.clone()));
        let dispatcher = dispatcher.with_page(2);
        for n in 0..5 {
            outbox
                .enqueue(message(&n.to_string()), None, clock.now())
                .unwrap();
        }
        assert_eq!(dispatcher.send_due().await.unwrap().len(), 5);
        assert_eq!(recording.sent().len(), 5);
    }

    #[tokio::test]
    async fn a_permanent_failure_is_given_up_and_kept() {
        struct Refuses;
        impl Transport for Refuses {
            fn send<'a>(
                &'a self,
                _: &'a crate::outbox::OutboundMessage,
            ) -> BoxFuture<'a, std::result::Result<Delivery, SendError>> {
                Box::pin(async { Err(SendError::Permanent("21211 invalid number".into())) })
            }
        }
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(Refuses));
        outbox.enqueue(message("x"), None, clock.now()).unwrap();
        let done = dispatcher.send_due().await.unwrap();
        assert!(matches!(&done[0].status, Status::Failed { error, .. } if error.contains("21211")));
        assert_eq!(outbox.next_due().unwrap(), None);
    }

    /// A log line buffer.
    #[derive(Clone, Default)]
    struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Everything this test binary logs at INFO and above, as the daemon's
    /// default level would show it. One process-wide subscriber, because
    /// tracing decides once per log statement, for the whole process,
    /// whether anyone wants it: a subscriber set for one test's thread
    /// loses that decision to any other test's thread that reaches the
    /// statement first, and then captures nothing.
    fn logged_at_info() -> String {
        static CAPTURED: OnceLock<Captured> = OnceLock::new();
        let captured = CAPTURED.get_or_init(|| {
            let captured = Captured::default();
            let writer = captured.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::INFO)
                .with_writer(move || writer.clone())
                .finish();
            tracing::subscriber::set_global_default(subscriber).unwrap();
            captured
        });
        String::from_utf8(captured.0.lock().unwrap().clone()).unwrap()
    }

    #[tokio::test]
    async fn a_failed_send_is_logged_without_the_number_or_the_upn() {
        struct Refuses;
        impl Transport for Refuses {
            fn send<'a>(
                &'a self,
                _: &'a crate::outbox::OutboundMessage,
            ) -> BoxFuture<'a, std::result::Result<Delivery, SendError>> {
                Box::pin(async {
                    Err(SendError::Retry(
                        "The 'To' number +447700900123 is unreachable from the log test".into(),
                    ))
                })
            }
        }
        logged_at_info();
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let (dispatcher, clock) = dispatching(&outbox, Arc::new(Refuses));
        outbox
            .enqueue(
                message("x"),
                Some(
                    &"alert/fernhill/F000000000100/day1/2026-11-23/sms:+447700900123"
                        .parse()
                        .unwrap(),
                ),
                clock.now(),
            )
            .unwrap();
        dispatcher.send_due().await.unwrap();
        let logged = logged_at_info();
        assert!(
            logged.lines().any(|line| line.contains("send failed")
                && line.contains("is unreachable from the log test")),
            "{logged}"
        );
        // Checked over every test's lines: no INFO line may carry them.
        for personal in ["447700900123", "F000000000100"] {
            assert!(!logged.contains(personal), "{personal} in {logged}");
        }
    }

    #[tokio::test]
    async fn an_interrupted_send_is_sent_again_after_a_restart() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let now = "2026-11-23T09:30:00Z".parse().unwrap();
        outbox.enqueue(message("x"), None, now).unwrap();
        let mut entry = outbox.due(now, 10).unwrap().remove(0);
        outbox.mark_sending(&mut entry, now).unwrap();
        assert!(
            outbox
                .due(now, 10)
                .unwrap()
                .iter()
                .all(|e| matches!(e.status, Status::Sending { .. }))
        );
        assert_eq!(outbox.recover(now).unwrap(), 1);
        assert!(matches!(
            outbox.due(now, 10).unwrap()[0].status,
            Status::Pending { .. }
        ));
    }
}
