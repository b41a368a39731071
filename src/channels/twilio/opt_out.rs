//! SMS opt-outs: a number that texts STOP (or one of Twilio's other
//! opt-out words) gets no more SMS from the school until it texts START.
//! Twilio itself blocks messages to such a number; keeping the list here
//! lets the daemon tell the office instead of sending into a void.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use crate::clock::SharedClock;
use crate::error::Result;
use crate::outbox::{Delivery, OnceKey, OutboundMessage, Outbox, Role, SendError, Transport};
use crate::schools::Schools;
use crate::staff::{Reach, recipients};
use crate::store::{Store, Table};
use crate::templates::{FALLBACK_LANGUAGE, Templates};

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
    /// Every keyword message taken, by Twilio's MessageSid, with when it
    /// first arrived: a replayed or retried webhook changes nothing.
    keyword_messages: Table<DateTime<Utc>>,
}

impl OptOuts {
    /// The opt-out list kept in `store`.
    pub fn open(store: &Store) -> Result<OptOuts> {
        Ok(OptOuts {
            store: store.clone(),
            numbers: store.table("sms_opt_outs")?,
            keyword_messages: store.table("sms_opt_out_messages")?,
        })
    }

    /// Records a number's opt-out or opt-in from the keyword message
    /// `message_sid`, durably, dated `at` (when it first arrived: Twilio's
    /// webhook carries no time of its own). The same message again
    /// changes nothing, and neither does a keyword older than the one
    /// already recorded (a delayed webhook). Returns whether it was new.
    pub fn record(
        &self,
        message_sid: &str,
        number: &str,
        change: OptChange,
        at: DateTime<Utc>,
    ) -> Result<bool> {
        let latest = match self.numbers.get(number)? {
            Some(old) if old.at > at => old,
            _ => OptOutRecord { change, at },
        };
        let mut batch = self.store.batch();
        batch.put_new(&self.keyword_messages, message_sid, &at)?;
        batch.put(&self.numbers, number, &latest)?;
        batch.commit()
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

/// The SMS transport's gate: a message to a number that opted out is
/// refused (permanently) without reaching Twilio, and when it was meant
/// for a family the school office is told instead, by its own channels.
pub struct OptOutGuard {
    sms: Arc<dyn Transport>,
    opt_outs: OptOuts,
    outbox: Outbox,
    schools: Schools,
    templates: Arc<Templates>,
    clock: SharedClock,
}

impl OptOutGuard {
    /// Guards `sms` (the Twilio transport); notices go through `outbox`
    /// to the office of the refused message's school.
    pub fn new(
        sms: Arc<dyn Transport>,
        opt_outs: OptOuts,
        outbox: Outbox,
        schools: Schools,
        templates: Arc<Templates>,
        clock: SharedClock,
    ) -> Self {
        OptOutGuard {
            sms,
            opt_outs,
            outbox,
            schools,
            templates,
            clock,
        }
    }

    /// Queues a notice for the office of the message's school. Staff
    /// messages are not forwarded: the office would be told about itself.
    fn tell_office(&self, refused: &OutboundMessage) -> Result<()> {
        if !matches!(refused.role, Role::Contact(_) | Role::UnknownSender) {
            return Ok(());
        }
        let Some(school) = refused.school.as_ref().and_then(|id| self.schools.get(id)) else {
            return Ok(());
        };
        let notice = self.templates.render(
            "staff_sms_opted_out",
            FALLBACK_LANGUAGE,
            &[("number", &refused.to), ("message", &refused.text)],
        )?;
        // The same refused message gives one notice however often it is tried.
        let refused_id = format!(
            "{:x}",
            Sha1::digest(format!(
                "{}\n{}\n{}",
                refused.to, refused.kind, refused.text
            ))
        );
        for office in recipients(&school.config.staff, Role::Office, Reach::Preferred) {
            let once = OnceKey::OptedOutNotice {
                school: school.id.clone(),
                to: office.to.clone(),
                refused: refused_id.clone(),
            };
            self.outbox.enqueue(
                OutboundMessage {
                    school: refused.school.clone(),
                    channel: office.channel,
                    to: office.to,
                    role: Role::Office,
                    pupils: refused.pupils.clone(),
                    kind: "staff_sms_opted_out".into(),
                    subject: notice.subject.clone(),
                    text: notice.text.clone(),
                    html: None,
                    in_reply_to: None,
                    choices: Vec::new(),
                    not_before: None,
                },
                Some(&once),
                self.clock.now(),
            )?;
        }
        Ok(())
    }

    async fn guarded(&self, message: &OutboundMessage) -> std::result::Result<Delivery, SendError> {
        let opted_out = self
            .opt_outs
            .is_opted_out(&message.to)
            .map_err(|e| SendError::Retry(e.to_string()))?;
        if !opted_out {
            return self.sms.send(message).await;
        }
        self.tell_office(message)
            .map_err(|e| SendError::Retry(format!("telling the office: {e}")))?;
        Err(SendError::Permanent(
            "the number has opted out of SMS (STOP); the office was told".into(),
        ))
    }
}

impl Transport for OptOutGuard {
    fn send<'a>(
        &'a self,
        message: &'a OutboundMessage,
    ) -> BoxFuture<'a, std::result::Result<Delivery, SendError>> {
        Box::pin(self.guarded(message))
    }

    fn find_sent<'a>(
        &'a self,
        message: &'a OutboundMessage,
        since: DateTime<Utc>,
    ) -> BoxFuture<'a, std::result::Result<Vec<Delivery>, SendError>> {
        self.sms.find_sent(message, since)
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

    #[tokio::test]
    async fn sms_to_a_number_that_opted_out_is_refused_and_the_office_told_once() {
        use crate::clock::{Clock, SimulatedClock};
        use crate::config::Config;
        use crate::outbox::{Channel, RecordingTransport};

        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap()
            + "[school.staff]\noffice = [{ name = \"Office\", email = \"office@fernhill.example.org\" }]\n";
        let config = Config::parse(&text, std::path::Path::new("fernhill.toml")).unwrap();
        let store = Store::temporary().unwrap();
        let opt_outs = OptOuts::open(&store).unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let clock = SimulatedClock::starting_at("2026-11-23T09:30:00Z".parse().unwrap());
        let twilio = RecordingTransport::default();
        let guard = OptOutGuard::new(
            Arc::new(twilio.clone()),
            opt_outs.clone(),
            outbox.clone(),
            Schools::from_config(&config, None).unwrap(),
            Arc::new(Templates::load(&root.join("messages")).unwrap()),
            Arc::new(clock.clone()),
        );
        let chase = OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Sms,
            to: "+447700900123".into(),
            role: Role::Contact(1),
            pupils: vec!["A100".into()],
            kind: "chase_day1".into(),
            subject: None,
            text: "Millie is not in school today. Please tell us why.".into(),
            html: None,
            in_reply_to: None,
            choices: vec![],
            not_before: None,
        };
        guard.send(&chase).await.unwrap();
        assert_eq!(twilio.sent().len(), 1, "not opted out: sent");

        opt_outs
            .record("SM1", "+447700900123", OptChange::OptOut, clock.now())
            .unwrap();
        for _ in 0..2 {
            assert!(matches!(
                guard.send(&chase).await,
                Err(SendError::Permanent(reason)) if reason.contains("opted out")
            ));
        }
        assert_eq!(twilio.sent().len(), 1, "nothing more reached Twilio");
        let notices = outbox.all().unwrap();
        assert_eq!(notices.len(), 1, "the office is told once");
        let notice = &notices[0].message;
        assert_eq!(
            (notice.role, notice.channel),
            (Role::Office, Channel::Email)
        );
        assert_eq!(notice.to, "office@fernhill.example.org");
        assert!(notice.text.contains("+447700900123"));
        assert!(notice.text.contains("Please tell us why."));

        let to_staff = OutboundMessage {
            role: Role::Dsl,
            ..chase
        };
        assert!(guard.send(&to_staff).await.is_err());
        assert_eq!(
            outbox.all().unwrap().len(),
            1,
            "staff are not reported to the office"
        );
    }

    #[test]
    fn the_latest_keyword_wins_and_a_late_one_is_ignored() {
        let store = Store::temporary().unwrap();
        let opt_outs = OptOuts::open(&store).unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let number = "+447700900123";
        assert!(!opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record("SM1", number, OptChange::OptOut, at("2026-11-23T08:00:00Z"))
            .unwrap();
        assert!(opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record("SM2", number, OptChange::OptIn, at("2026-11-23T09:00:00Z"))
            .unwrap();
        assert!(!opt_outs.is_opted_out(number).unwrap());
        opt_outs
            .record("SM3", number, OptChange::OptOut, at("2026-11-23T08:30:00Z"))
            .unwrap();
        assert!(
            !opt_outs.is_opted_out(number).unwrap(),
            "an older STOP delivered late does not undo START"
        );
    }
}
