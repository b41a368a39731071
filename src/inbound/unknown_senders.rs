//! Unknown senders, day by day. The office hears of a sender the roster
//! does not know once a day, at their first message; every message of
//! theirs is counted under the receiving school, the school-local day and
//! the sender (the key the first message claims the day with), in the
//! batch of the message's own writes. The office's digest reads one line
//! per sender and day from these counts, never the inbox.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Inbox, Sender};
use crate::error::Result;
use crate::store::{Store, Table};

/// The inbox id of each sender-day's first message, the one the office is
/// told of.
pub(super) const FIRST_OF_DAY: &str = "inbound_unknown_first";
/// Each sender-day's counts.
pub(super) const TALLY: &str = "inbound_unknown_tally";

/// The start of the keys of one receiving school's day (`None`: the
/// messages no one school received).
fn day_prefix(receiver: Option<&str>, day: NaiveDate) -> String {
    // School ids are never empty: "" is "no school received it".
    format!("{}/{day}/", receiver.unwrap_or(""))
}

/// The key of a sender's day at the school that received their message,
/// without their number or address in it.
pub(super) fn sender_day_key(receiver: Option<&str>, day: NaiveDate, sender: &Sender) -> String {
    use sha1::{Digest, Sha1};
    let sender = format!("{:x}", Sha1::digest(sender.to_string()));
    format!("{}{sender}", day_prefix(receiver, day))
}

/// What one unknown sender did in a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SenderDayTally {
    pub messages: u32,
    pub first_at: DateTime<Utc>,
    pub last_at: DateTime<Utc>,
    /// Automatic replies sent to them.
    pub replies: u32,
    /// Their messages that raised a concern, which only the DSL reads.
    pub with_dsl: u32,
}

/// One message, as a sender's day counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Counted {
    pub at: DateTime<Utc>,
    pub replied: bool,
    pub raised_concern: bool,
}

impl SenderDayTally {
    /// `tally` with one more message.
    pub(super) fn with(tally: Option<SenderDayTally>, message: Counted) -> SenderDayTally {
        let mut tally = tally.unwrap_or(SenderDayTally {
            messages: 0,
            first_at: message.at,
            last_at: message.at,
            replies: 0,
            with_dsl: 0,
        });
        tally.messages += 1;
        tally.first_at = tally.first_at.min(message.at);
        tally.last_at = tally.last_at.max(message.at);
        tally.replies += u32::from(message.replied);
        tally.with_dsl += u32::from(message.raised_concern);
        tally
    }
}

/// One unknown sender's day, as the office reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSenderDay {
    /// Who wrote, to call back; `None` once their first message has gone
    /// from the inbox.
    pub sender: Option<Sender>,
    pub tally: SenderDayTally,
}

/// The day's unknown senders; cheap to clone.
#[derive(Clone)]
pub struct UnknownSenders {
    first: Table<String>,
    tallies: Table<SenderDayTally>,
    inbox: Inbox,
}

impl UnknownSenders {
    pub fn open(store: &Store) -> Result<UnknownSenders> {
        Ok(UnknownSenders {
            first: store.table(FIRST_OF_DAY)?,
            tallies: store.table(TALLY)?,
            inbox: Inbox::open(store)?,
        })
    }

    /// The senders who wrote to `receiver` on `day` (`None`: to no one
    /// school), the earliest first. Reads that day's counts and each
    /// sender's first message.
    pub fn of_day(&self, receiver: Option<&str>, day: NaiveDate) -> Result<Vec<UnknownSenderDay>> {
        let mut days = Vec::new();
        for row in self.tallies.scan_prefix(&day_prefix(receiver, day)) {
            let (key, tally) = row?;
            let sender = match self.first.get(&key)? {
                Some(id) => self.inbox.get(&id)?.map(|entry| entry.message.from),
                None => None,
            };
            days.push(UnknownSenderDay { sender, tally });
        }
        days.sort_by_key(|d| d.tally.first_at);
        Ok(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_counts_each_message_and_keeps_the_first_and_last_times() {
        let at = |t: &str| t.parse::<DateTime<Utc>>().unwrap();
        let mut tally = None;
        for (when, replied, raised_concern) in [
            ("2026-11-23T08:40:00Z", false, false),
            ("2026-11-23T08:02:00Z", true, false),
            ("2026-11-23T09:12:00Z", false, true),
        ] {
            tally = Some(SenderDayTally::with(
                tally,
                Counted {
                    at: at(when),
                    replied,
                    raised_concern,
                },
            ));
        }
        assert_eq!(
            tally,
            Some(SenderDayTally {
                messages: 3,
                first_at: at("2026-11-23T08:02:00Z"),
                last_at: at("2026-11-23T09:12:00Z"),
                replies: 1,
                with_dsl: 1,
            })
        );
    }

    #[test]
    fn a_senders_key_holds_neither_their_number_nor_another_schools_day() {
        let sender = Sender::Phone {
            number: "+447700900777".into(),
        };
        let day: NaiveDate = "2026-11-23".parse().unwrap();
        let key = sender_day_key(Some("fernhill"), day, &sender);
        assert!(!key.contains("7700900777"), "{key}");
        assert!(key.starts_with(&day_prefix(Some("fernhill"), day)));
        assert!(!key.starts_with(&day_prefix(Some("fern"), day)));
        assert!(!key.starts_with(&day_prefix(None, day)));
    }
}
