//! SMS opt-outs: a number that texts STOP (or one of Twilio's other
//! opt-out words) gets no more SMS from the school until it texts START.
//! Twilio itself blocks messages to such a number; keeping the list here
//! lets the daemon tell the office instead of sending into a void.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::store::{Store, Table};

/// What an opt-out keyword asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptChange {
    OptOut,
    OptIn,
}

/// The keyword a whole message consists of, if it is one of Twilio's
/// default opt-out or opt-in keywords (case and surrounding space and
/// punctuation ignored, as Twilio does).
pub fn keyword(body: &str) -> Option<OptChange> {
    let word = body
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_ascii_uppercase();
    match word.as_str() {
        "STOP" | "STOPALL" | "UNSUBSCRIBE" | "CANCEL" | "END" | "QUIT" => Some(OptChange::OptOut),
        "START" | "YES" | "UNSTOP" => Some(OptChange::OptIn),
        _ => None,
    }
}

/// The last opt-out keyword a number sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptOutRecord {
    pub change: OptChange,
    pub at: DateTime<Utc>,
}

/// Opt-outs by E.164 number; cheap to clone.
#[derive(Clone)]
pub struct OptOuts {
    store: Store,
    numbers: Table<OptOutRecord>,
}

impl OptOuts {
    pub fn open(store: &Store) -> Result<OptOuts> {
        Ok(OptOuts {
            store: store.clone(),
            numbers: store.table("sms_opt_outs")?,
        })
    }

    /// Records a number's opt-out or opt-in, durably. A keyword older than
    /// the one already recorded (a delayed webhook) changes nothing.
    pub fn record(&self, number: &str, change: OptChange, at: DateTime<Utc>) -> Result<()> {
        self.numbers.update(number, |old| match old {
            Some(old) if old.at > at => Some(old),
            _ => Some(OptOutRecord { change, at }),
        })?;
        self.store.flush()
    }

    /// Whether SMS to this number must not be sent.
    pub fn is_opted_out(&self, number: &str) -> Result<bool> {
        Ok(matches!(
            self.numbers.get(number)?,
            Some(OptOutRecord {
                change: OptChange::OptOut,
                ..
            })
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twilios_keywords_are_recognised_alone_only() {
        for word in [
            "STOP",
            "stop",
            " Stop. ",
            "STOPALL",
            "unsubscribe",
            "CANCEL",
            "end",
            "QUIT",
        ] {
            assert_eq!(keyword(word), Some(OptChange::OptOut), "{word}");
        }
        for word in ["START", "yes", "Unstop"] {
            assert_eq!(keyword(word), Some(OptChange::OptIn), "{word}");
        }
        for body in [
            "Please stop the texts, Millie is back",
            "yes she is ill",
            "",
            "HELP",
        ] {
            assert_eq!(keyword(body), None, "{body}");
        }
    }

    #[test]
    fn the_latest_keyword_wins_and_a_late_one_is_ignored() {
        let store = Store::temporary().unwrap();
        let opt_outs = OptOuts::open(&store).unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let number = "+447700900123";
        assert!(!opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record(number, OptChange::OptOut, at("2026-11-23T08:00:00Z"))
            .unwrap();
        assert!(opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record(number, OptChange::OptIn, at("2026-11-23T09:00:00Z"))
            .unwrap();
        assert!(!opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record(number, OptChange::OptOut, at("2026-11-23T08:30:00Z"))
            .unwrap();
        assert!(
            !opt_outs.is_opted_out(number).unwrap(),
            "an older STOP delivered late does not undo START"
        );
    }
}
