//! Running a scenario on the simulated clock.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::scenario::{EmailEvent, Event, Happening, RegisterEvent, Scenario};
use crate::chase::Flows;
use crate::clock::{Clock, SimulatedClock};
use crate::config::Config;
use crate::domain::{Code, Session, SessionDate};
use crate::engine::{Engine, acknowledge_links};
use crate::error::{Error, Result};
use crate::inbound::{InboundMessage, Pipeline, Sender, Words};
use crate::outbox::{Channel, Dispatcher, Outbox, RecordingTransport, Role, Transports};
use crate::register::{RegisterBook, RegisterMarks, read_marks_csv};
use crate::roster::{self, Roster};
use crate::scheduler::Ticker;
use crate::schools::Schools;
use crate::store::Store;
use crate::templates::Templates;

/// One line of the timeline: a message sent or an alert raised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineLine {
    /// RFC 3339, UTC.
    pub at: String,
    pub channel: Channel,
    pub to: String,
    pub role: Role,
    pub school: String,
    pub pupils: Vec<String>,
    pub kind: String,
    pub text: String,
}

/// Loads a scenario file and runs it.
pub async fn run(path: &Path) -> Result<Vec<TimelineLine>> {
    let scenario = Scenario::load(path)?;
    Simulation::new(&scenario)?.run(scenario.events).await
}

/// The daemon's parts, wired as `serve` wires them, on a temporary store.
pub struct Simulation {
    clock: SimulatedClock,
    end: DateTime<Utc>,
    schools: Schools,
    roster: Roster,
    register: RegisterBook,
    pipeline: Pipeline,
    tickers: Vec<Arc<dyn Ticker>>,
    outbox: Outbox,
    dispatcher: Dispatcher,
    recording: RecordingTransport,
    timeline: Vec<TimelineLine>,
    /// Provider ids for simulated inbound messages.
    next_inbound: u64,
}

impl Simulation {
    pub fn new(scenario: &Scenario) -> Result<Simulation> {
        let config = Config::load(&scenario.config)?;
        let schools = Schools::from_config(&config, None)?;
        let templates = Arc::new(Templates::load(&config.resolve(&config.messages_dir))?);
        let flows = Flows::load(&config.resolve(&config.flows_dir), &templates)?;
        let store = Store::temporary()?;
        let ids: Vec<&str> = schools.iter().map(|s| s.id.as_str()).collect();
        let first = schools.iter().next();
        let today = first.map_or(scenario.start.date_naive(), |s| {
            s.local_date(scenario.start)
        });
        roster::import_files(&store, &scenario.pupils, &scenario.contacts, &ids, today)?;

        let clock = SimulatedClock::starting_at(scenario.start);
        let Engine {
            pipeline,
            outbox,
            tickers,
            ..
        } = Engine::new(
            &store,
            &schools,
            templates,
            flows,
            acknowledge_links(&store, config.http.public_url.as_deref())?,
        )?;
        let recording = RecordingTransport::default();
        let dispatcher = Dispatcher::new(
            outbox.clone(),
            Transports::new(Arc::new(recording.clone())),
            Arc::new(clock.clone()),
        );
        Ok(Simulation {
            clock,
            end: scenario.end,
            schools,
            roster: Roster::open(&store)?,
            register: RegisterBook::open(&store)?,
            pipeline,
            tickers,
            outbox,
            dispatcher,
            recording,
            timeline: Vec::new(),
            next_inbound: 0,
        })
    }

    /// Runs the events to the scenario's end; returns the timeline.
    pub async fn run(mut self, events: Vec<Event>) -> Result<Vec<TimelineLine>> {
        let mut events = events.into_iter().peekable();
        loop {
            let now = self.clock.now();
            while let Some(event) = events.next_if(|e| e.at <= now) {
                self.happen(event.what, now)?;
            }
            self.pipeline.process_pending(now)?;
            let mut next = events.peek().map(|e| e.at);
            for ticker in &self.tickers {
                ticker.tick(now)?;
                next = earliest(next, ticker.next_wake(now)?);
            }
            self.dispatch(now).await?;
            next = earliest(next, self.outbox.next_due()?.filter(|at| *at > now));
            match next {
                Some(at) if at <= self.end => self.clock.set(at.max(now)),
                _ => break,
            }
        }
        Ok(self.timeline)
    }

    async fn dispatch(&mut self, now: DateTime<Utc>) -> Result<()> {
        self.dispatcher.send_due().await?;
        // Every message sent so far has its line in the timeline.
        for message in self.recording.sent_after(self.timeline.len()) {
            self.timeline.push(TimelineLine {
                at: now.to_rfc3339(),
                channel: message.channel,
                to: message.to,
                role: message.role,
                school: message.school.map(String::from).unwrap_or_default(),
                pupils: message.pupils.into_iter().map(String::from).collect(),
                kind: message.kind,
                text: message.text,
            });
        }
        Ok(())
    }

    fn happen(&mut self, what: Happening, now: DateTime<Utc>) -> Result<()> {
        match what {
            Happening::Register(register) => {
                self.register_taken(&register)?
                    .record(&self.register, now)?;
                Ok(())
            }
            Happening::Sms(sms) => {
                let number = roster::phone::normalise(&sms.from).unwrap_or(sms.from);
                self.inbound(Channel::Sms, Sender::Phone { number }, None, sms.body, now)
            }
            Happening::Telegram(telegram) => self.inbound(
                Channel::Telegram,
                Sender::Telegram {
                    chat_id: telegram.user_id,
                    user_id: telegram.user_id,
                },
                None,
                telegram.text,
                now,
            ),
            Happening::Email(email) => {
                let (address, subject, body) = email_parts(&email)?;
                self.inbound(
                    Channel::Email,
                    Sender::Email {
                        address: address.trim().to_lowercase(),
                    },
                    subject,
                    body,
                    now,
                )
            }
        }
    }

    fn inbound(
        &mut self,
        channel: Channel,
        from: Sender,
        subject: Option<String>,
        text: String,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.next_inbound += 1;
        self.pipeline.inbox().accept(InboundMessage {
            channel,
            provider_id: format!("simulated-{}", self.next_inbound),
            from,
            school: None,
            subject: subject.map(Words::from),
            text: text.into(),
            received_at: now,
            in_reply_to: None,
            attachments: Vec::new(),
        })?;
        Ok(())
    }

    /// The marks a register event stands for.
    fn register_taken(&self, event: &RegisterEvent) -> Result<RegisterMarks> {
        if self.schools.get(&event.school).is_none() {
            return Err(Error::Invalid {
                field: "register.school".into(),
                message: format!("`{}` is not a configured school", event.school),
            });
        }
        if let Some(file) = &event.marks {
            return read_marks_csv(file, &event.school);
        }
        let (Some(date), Some(session), Some(absent)) = (event.date, event.session, &event.absent)
        else {
            return Err(Error::Invalid {
                field: "register".into(),
                message: "needs `date`, `session` and `absent`, or `marks`".into(),
            });
        };
        let present = match session {
            Session::Am => Code::PresentAm,
            Session::Pm => Code::PresentPm,
        };
        let at = SessionDate::new(date, session);
        let marks = self
            .roster
            .pupils(&event.school)?
            .into_iter()
            .map(|pupil| {
                let code = if absent.iter().any(|u| *u == pupil.upn) {
                    Code::NoReasonYet
                } else {
                    present
                };
                (at, pupil.upn, Some(code))
            })
            .collect();
        Ok(RegisterMarks {
            school: event.school.as_str().into(),
            marks,
        })
    }
}

fn earliest(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Sender, subject and text of an email event, from its fields or its raw
/// MIME file.
fn email_parts(email: &EmailEvent) -> Result<(String, Option<String>, String)> {
    let Some(raw) = &email.raw else {
        return Ok((
            email.from.clone().unwrap_or_default(),
            email.subject.clone(),
            email.body.clone().unwrap_or_default(),
        ));
    };
    let bytes =
        std::fs::read(raw).map_err(|e| Error::io(format!("reading {}", raw.display()), e))?;
    let bad = |message: &str| Error::Invalid {
        field: raw.display().to_string(),
        message: message.into(),
    };
    let message = mail_parser::MessageParser::default()
        .parse(&bytes)
        .ok_or_else(|| bad("not an email message"))?;
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .ok_or_else(|| bad("no From address"))?
        .to_string();
    let text = message
        .body_text(0)
        .map(|t| t.into_owned())
        .unwrap_or_default();
    Ok((from, message.subject().map(str::to_string), text))
}
