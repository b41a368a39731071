//! Deciding what to do about one inbound message. Pure: from what was
//! gathered (the message, its parse, the sender and their children, the
//! register, the sender's last report, the clock's now) to a list of
//! [`Action`]s and what they conclude. Nothing here writes or sends;
//! [`super::apply`] carries the actions out.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::config::StaffConfig;
use crate::domain::{
    Flag, Mark, ParsedMessage, Provenance, Pupil, Report, SchoolId, SessionDate, Upn,
};
use crate::error::Result;
use crate::outbox::{ReplyPurpose, Role};
use crate::register::Entry;
use crate::safeguarding::acknowledge::ReplyAcknowledging;
use crate::safeguarding::{ConcernId, ConcernRecord, Via};
use crate::schools::{ConfiguredSchool, Schools};
use crate::staff::{Reach, StaffRecipient, recipients};
use crate::templates::Templates;

use super::acknowledgement::{Acknowledged, Reply, acknowledgement, clarification, names};
use super::followup::{children_named, is_correction, is_short_answer};
use super::identify::Identified;
use super::unknown_senders::sender_day_key;
use super::{InboxEntry, Sender};

/// A report with no end covers this many school days: enough that a family
/// who said "until further notice" is not chased tomorrow, short enough
/// that the office reviews it within a week.
pub const OPEN_END_SCHOOL_DAYS: u32 = 5;

/// How long a question ("which child?") or a report stays open to a
/// follow-up from the same sender.
const FOLLOW_UP_HOURS: i64 = 12;

/// The work-item scope of a notice to the trust's office.
const TRUST_SCOPE: &str = "trust";

/// One thing to write or send, in the order decided.
#[derive(Debug, Clone)]
pub enum Action {
    /// A contact of these pupils wrote in: their chases stop.
    StopChase {
        school: SchoolId,
        upns: Vec<Upn>,
        at: DateTime<Utc>,
    },
    /// Keep a possible safeguarding concern in the pupils' record, alert
    /// the DSLs and note who was alerted.
    RaiseConcern {
        record: ConcernRecord,
        alert: StaffAlert,
    },
    /// An earlier report named the wrong child: its provisional mark for
    /// this pupil and session goes.
    Withdraw {
        school: SchoolId,
        upn: Upn,
        session: SessionDate,
        at: DateTime<Utc>,
    },
    /// The parent's provisional marks, written together.
    Record { marks: Vec<Mark>, by: String },
    /// Keep this message's reports for a follow-up from the same sender.
    Remember { sender: String, report: LastReport },
    /// Answer the sender.
    Reply(Reply),
    /// Tell staff.
    Alert(StaffAlert),
    /// A ladder member's "OK" acknowledges these concerns.
    Acknowledge {
        concerns: Vec<ConcernId>,
        who: String,
        via: Via,
        at: DateTime<Utc>,
    },
    /// An unknown sender's first message of the day to a school: claim
    /// the day for this message (`sender_day`, from
    /// [`unknown_sender_day`]), so later ones that day tell nobody.
    ClaimSenderDay { sender_day: String },
    /// Count an unknown sender's message in their day (`sender_day`, the
    /// key the day is claimed with), for the office's digest; `replied`
    /// when this message is answered.
    CountUnknown {
        sender_day: String,
        at: DateTime<Utc>,
        replied: bool,
    },
}

/// The actions about one message and what they conclude, for the inbox
/// and the audit.
#[derive(Debug, Clone)]
pub struct Decision {
    pub actions: Vec<Action>,
    pub outcome: String,
}

/// What one message recorded, kept so a correction or an answer to
/// "which child?" can change it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LastReport {
    pub inbox_id: String,
    pub at: DateTime<Utc>,
    pub school: SchoolId,
    /// Reports with their pupils' UPNs (empty while the child is unclear).
    pub reports: Vec<(Report, Vec<Upn>)>,
}

/// A notice about a message to the staff in one role. The message's own
/// words are added when it is sent, through the safeguarding barrier.
#[derive(Debug, Clone)]
pub struct StaffAlert {
    pub notice: StaffNotice,
    /// `None` for the trust's office.
    pub school: Option<SchoolId>,
    /// The work item it opens, in its once key: one per school told.
    pub item: String,
    pub recipients: Vec<StaffRecipient>,
    pub pupils: Vec<Upn>,
    /// The template's values other than `message`.
    pub values: Vec<(&'static str, String)>,
}

/// A kind of notice to staff: who gets it, how hard to reach them, and
/// its template.
#[derive(Debug, Clone, Copy)]
pub struct StaffNotice {
    pub role: Role,
    pub reach: Reach,
    pub kind: &'static str,
    pub template: &'static str,
}

pub const SAFEGUARDING: StaffNotice = StaffNotice {
    role: Role::Dsl,
    reach: Reach::Everywhere,
    kind: "safeguarding",
    template: "staff_safeguarding",
};
pub const NEEDS_STAFF: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "needs_staff",
    template: "staff_needs_staff",
};
pub const NOT_ABSENCE: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "not_absence",
    template: "staff_not_absence",
};
pub const REGISTER_CONFLICT: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "register_conflict",
    template: "staff_register_conflict",
};
const PROCESSING_FAILED: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "needs_staff",
    template: "staff_processing_failed",
};
const UNKNOWN_SENDER: StaffNotice = StaffNotice {
    role: Role::Office,
    reach: Reach::Preferred,
    kind: "unknown_sender",
    template: "staff_unknown_sender",
};

/// The register as a decision reads it.
pub trait RegisterView {
    fn entry(&self, school: &str, upn: &str, session: SessionDate) -> Result<Option<Entry>>;
}

/// A message from a sender the roster knows, at the school they were
/// matched to.
pub struct Known<'a> {
    pub entry: &'a InboxEntry,
    pub sender: &'a Identified,
    pub school: &'a ConfiguredSchool,
    pub templates: &'a Templates,
    pub now: DateTime<Utc>,
}

impl Known<'_> {
    fn stop_chases(&self) -> Action {
        Action::StopChase {
            school: self.sender.school.clone(),
            upns: self.sender.upns(),
            at: self.entry.message.received_at,
        }
    }

    fn today(&self) -> chrono::NaiveDate {
        self.school.local_date(self.entry.message.received_at)
    }

    /// A notice about this message to the school's staff in `notice`'s role.
    fn alert(&self, notice: StaffNotice, extra: &[(&'static str, String)]) -> StaffAlert {
        let pupils: Vec<&Pupil> = self.sender.pupils.iter().collect();
        let mut values = vec![
            ("sender", self.entry.message.from.to_string()),
            ("pupils", names(&pupils)),
        ];
        values.extend(extra.iter().cloned());
        StaffAlert {
            notice,
            school: Some(self.school.id.clone()),
            item: notice.kind.to_string(),
            recipients: recipients(&self.school.config.staff, notice.role, notice.reach),
            pupils: self.sender.upns(),
            values,
        }
    }

    fn remember(&self, reports: &[(Report, Vec<&Pupil>)], at: DateTime<Utc>) -> Action {
        self.remember_for(self.entry, reports, at)
    }

    /// Keeps `reports` as recorded from `original`.
    fn remember_for(
        &self,
        original: &InboxEntry,
        reports: &[(Report, Vec<&Pupil>)],
        at: DateTime<Utc>,
    ) -> Action {
        Action::Remember {
            sender: last_report_key(self.sender, self.entry),
            report: LastReport {
                inbox_id: original.id.clone(),
                at,
                school: self.school.id.clone(),
                reports: reports
                    .iter()
                    .map(|(r, p)| (r.clone(), p.iter().map(|p| p.upn.clone()).collect()))
                    .collect(),
            },
        }
    }
}

/// What to do about a parsed message from a known sender: record what it
/// reports, acknowledge it, and tell the people who must see it.
pub fn report(
    known: &Known,
    parsed: &ParsedMessage,
    register: &dyn RegisterView,
) -> Result<Decision> {
    let mut actions = vec![known.stop_chases()];
    if parsed.has(Flag::Safeguarding) {
        actions.push(raise_concern(known, parsed));
    }
    let resolved: Vec<(Report, Vec<&Pupil>)> = parsed
        .reports
        .iter()
        .map(|r| {
            let pupils = r
                .pupils
                .iter()
                .filter_map(|name| known.sender.pupils.iter().find(|p| p.first_name == *name))
                .collect();
            (r.clone(), pupils)
        })
        .collect();

    if parsed.has(Flag::AmbiguousPupil)
        || (resolved.iter().any(|(_, p)| p.is_empty()) && !resolved.is_empty())
    {
        actions.push(known.remember(&resolved, known.now));
        let question = clarification(known.templates, known.entry, known.sender)?;
        actions.push(Action::Reply(question));
        return Ok(Decision {
            actions,
            outcome: "asked which child".into(),
        });
    }

    if resolved.is_empty() {
        let received = acknowledgement(
            known.templates,
            known.entry,
            known.sender,
            known.today(),
            Acknowledged::Received,
        )?;
        actions.push(Action::Reply(received));
        // Not an absence only on the parser's positive evidence; a
        // message it could not account for asks a person to decide.
        let (notice, extra, outcome) = if parsed.has(Flag::NotAbsence) {
            (NOT_ABSENCE, Vec::new(), "not an absence")
        } else {
            let nothing = vec![("recorded", "nothing yet".to_string())];
            (NEEDS_STAFF, nothing, "for a person to read")
        };
        actions.push(Action::Alert(known.alert(notice, &extra)));
        return Ok(Decision {
            actions,
            outcome: outcome.into(),
        });
    }

    let marks = marks_of(known.entry, known.school, &resolved);
    let contradicted = contradicts_register(&marks, register)?;
    let sessions = marks.len();
    actions.push(Action::Record {
        marks,
        by: recorded_by(known.entry),
    });
    actions.push(known.remember(&resolved, known.now));
    let ack = acknowledgement(
        known.templates,
        known.entry,
        known.sender,
        known.today(),
        Acknowledged::Reports(&resolved),
    )?;
    actions.push(Action::Reply(ack));

    let recorded = [("recorded", summary_of(&resolved))];
    if parsed.has(Flag::NeedsStaff) || resolved.iter().any(|(r, _)| r.code.needs_staff()) {
        actions.push(Action::Alert(known.alert(NEEDS_STAFF, &recorded)));
    }
    if contradicted {
        actions.push(Action::Alert(known.alert(REGISTER_CONFLICT, &recorded)));
    }
    Ok(Decision {
        actions,
        outcome: format!("recorded {sessions} session(s)"),
    })
}

/// A correction or an answer to "which child?" moves the sender's last
/// report (`previous`, first recorded from `original`) to the children
/// this message names. `None` when the message is not one.
pub fn follow_up(
    known: &Known,
    previous: &LastReport,
    original: &InboxEntry,
) -> Result<Option<Decision>> {
    let message = &known.entry.message;
    let recent = message.received_at - previous.at < chrono::Duration::hours(FOLLOW_UP_HOURS);
    let named = children_named(message.text.for_parser(), &known.sender.pupils);
    let awaiting_child = previous.reports.iter().any(|(_, upns)| upns.is_empty());
    let applies = recent
        && !named.is_empty()
        && previous.inbox_id != known.entry.id
        && ((awaiting_child && is_short_answer(message.text.for_parser()))
            || is_correction(message.text.for_parser()));
    if !applies {
        return Ok(None);
    }
    let mut actions = vec![known.stop_chases()];
    let calendar = &known.school.calendar;
    for (report, upns) in &previous.reports {
        for session in report.sessions(calendar, OPEN_END_SCHOOL_DAYS) {
            for upn in upns.iter().filter(|u| !named.iter().any(|p| &&p.upn == u)) {
                actions.push(Action::Withdraw {
                    school: known.school.id.clone(),
                    upn: upn.clone(),
                    session,
                    at: message.received_at,
                });
            }
        }
    }
    let moved: Vec<(Report, Vec<&Pupil>)> = previous
        .reports
        .iter()
        .map(|(r, _)| {
            let report = Report {
                pupils: named.iter().map(|p| p.first_name.clone()).collect(),
                ..r.clone()
            };
            (report, named.clone())
        })
        .collect();
    actions.push(Action::Record {
        marks: marks_of(original, known.school, &moved),
        by: recorded_by(original),
    });
    actions.push(known.remember_for(original, &moved, message.received_at));
    let ack = acknowledgement(
        known.templates,
        known.entry,
        known.sender,
        known.today(),
        Acknowledged::Correction(&moved),
    )?;
    actions.push(Action::Reply(ack));
    Ok(Some(Decision {
        actions,
        outcome: "applied to the named children".into(),
    }))
}

/// A ladder member's "OK" acknowledged these concerns (`notices` says
/// what each was, as anyone may read it): they are told so.
pub fn concerns_acknowledged(
    templates: &Templates,
    entry: &InboxEntry,
    acknowledging: &ReplyAcknowledging,
    notices: &[String],
) -> Result<Decision> {
    let acknowledged = &acknowledging.concerns;
    let school = acknowledged.first().map(|c| c.school.as_str());
    let rendered = templates.render(
        "staff_safeguarding_acknowledged",
        "en",
        &[("concerns", &notices.join(" "))],
    )?;
    let reply = Reply::to_sender(
        entry,
        school,
        Role::Dsl,
        ReplyPurpose::Acknowledged,
        rendered,
        Vec::new(),
    );
    let acknowledge = Action::Acknowledge {
        concerns: acknowledged.iter().map(|c| c.id.clone()).collect(),
        who: acknowledging.who.clone(),
        via: acknowledging.via,
        at: entry.message.received_at,
    };
    Ok(Decision {
        actions: vec![acknowledge, Action::Reply(reply)],
        outcome: format!(
            "acknowledged {} safeguarding concern(s)",
            acknowledged.len()
        ),
    })
}

/// An unknown sender (or an email whose sender could not be verified)
/// gets one automatic reply a day, and the office that received the
/// message (the school's, else the trust's, else every school's) hears of
/// their first message that day; later ones are kept in the inbox without
/// another email. Each is counted in the sender's day, for the office's
/// digest. `first_today` is the inbox id of their first message to
/// the receiving school today.
pub fn unknown_sender(
    templates: &Templates,
    schools: &Schools,
    entry: &InboxEntry,
    first_today: Option<&str>,
) -> Result<Decision> {
    let message = &entry.message;
    let sender_day = unknown_sender_day(schools, message);
    let count = |replied| Action::CountUnknown {
        sender_day: sender_day.clone(),
        at: message.received_at,
        replied,
    };
    if let Some(first) = first_today.filter(|first| *first != entry.id) {
        return Ok(Decision {
            actions: vec![count(false)],
            outcome: format!("unknown sender, again today: the office was told of {first}"),
        });
    }
    let replied = !matches!(message.from, Sender::UnverifiedEmail { .. });
    let mut actions = vec![
        Action::ClaimSenderDay {
            sender_day: sender_day.clone(),
        },
        count(replied),
    ];
    let receiving = message.school.as_deref().and_then(|s| schools.get(s));
    if replied {
        let rendered = templates.render("unknown_sender", "en", &[])?;
        actions.push(Action::Reply(Reply::to_sender(
            entry,
            message.school.as_deref(),
            Role::UnknownSender,
            ReplyPurpose::Unknown,
            rendered,
            Vec::new(),
        )));
    }
    for (school, office) in offices_for_unknown(schools, receiving) {
        // One work item per school that is told, so one school closing
        // its item leaves another's open.
        let item = format!("unknown_sender.{}", school.unwrap_or(TRUST_SCOPE));
        actions.push(Action::Alert(StaffAlert {
            notice: UNKNOWN_SENDER,
            school: school.map(SchoolId::from),
            item,
            recipients: office,
            pupils: Vec::new(),
            values: vec![("sender", message.from.to_string())],
        }));
    }
    Ok(Decision {
        actions,
        outcome: "unknown sender".into(),
    })
}

/// The key of an unknown sender's day at the school that received their
/// message, without their number or address in it.
pub fn unknown_sender_day(schools: &Schools, message: &super::InboundMessage) -> String {
    let school = message.school.as_deref().and_then(|s| schools.get(s));
    let day = school
        .or_else(|| schools.iter().next())
        .map(|s| s.local_date(message.received_at))
        .unwrap_or_else(|| message.received_at.date_naive());
    sender_day_key(school.map(|s| s.id.as_str()), day, &message.from)
}

/// The last resort for a message that cannot be processed: the office of
/// the school it was sent to (or of every school) gets it as it came, so
/// it is never dropped.
pub fn hand_to_office(schools: &Schools, entry: &InboxEntry, error: &str) -> Vec<Action> {
    let message = &entry.message;
    let to: Vec<&ConfiguredSchool> = match message.school.as_deref().and_then(|s| schools.get(s)) {
        Some(school) => vec![school],
        None => schools.iter().collect(),
    };
    to.into_iter()
        .map(|school| {
            Action::Alert(StaffAlert {
                notice: PROCESSING_FAILED,
                school: Some(school.id.clone()),
                item: "failed".into(),
                recipients: recipients(&school.config.staff, Role::Office, Reach::Preferred),
                pupils: Vec::new(),
                values: vec![
                    ("sender", message.from.to_string()),
                    ("error", error.to_string()),
                ],
            })
        })
        .collect()
}

/// The concern kept in the pupils' safeguarding record and the DSLs'
/// alert about it.
fn raise_concern(known: &Known, parsed: &ParsedMessage) -> Action {
    let record = ConcernRecord::new(
        ConcernId::of_message(&known.entry.id),
        known.school.id.clone(),
        &known.sender.pupils,
        known.entry.message.received_at,
        parsed.concerns.clone(),
    );
    Action::RaiseConcern {
        record,
        alert: known.alert(SAFEGUARDING, &concern_values(parsed, known.school)),
    }
}

/// An unknown sender's message that raised a concern is kept in a
/// safeguarding record with no pupil and alerted to the DSLs of the school
/// that received it; when no one school did (a trust's inbox or a shared
/// number), to every school's DSLs, each school's concern its own to
/// acknowledge and escalate, since the child may be at any of them. The
/// office hears only that a message from an unknown sender is with the
/// DSL. Empty when the parser found no concern.
pub fn unknown_sender_concern(
    schools: &Schools,
    entry: &InboxEntry,
    parsed: &ParsedMessage,
) -> Vec<Action> {
    if !parsed.has(Flag::Safeguarding) {
        return Vec::new();
    }
    let message = &entry.message;
    let at: Vec<&ConfiguredSchool> = match message.school.as_deref().and_then(|s| schools.get(s)) {
        Some(school) => vec![school],
        None => schools.iter().collect(),
    };
    let shared = at.len() > 1;
    at.into_iter()
        .map(|school| {
            let id = school.id.as_str();
            let concern = if shared {
                ConcernId::of_message_at(&entry.id, id)
            } else {
                ConcernId::of_message(&entry.id)
            };
            let mut record = ConcernRecord::new(
                concern,
                school.id.clone(),
                &[],
                message.received_at,
                parsed.concerns.clone(),
            );
            record.message = shared.then(|| entry.id.clone());
            let mut values = vec![
                ("sender", message.from.to_string()),
                ("pupils", record.about()),
            ];
            values.extend(concern_values(parsed, school));
            let alert = StaffAlert {
                notice: SAFEGUARDING,
                school: Some(school.id.clone()),
                // One item per school: a person who is DSL at two schools
                // gets each school's alert.
                item: format!("{}.{id}", SAFEGUARDING.kind),
                recipients: recipients(&school.config.staff, Role::Dsl, SAFEGUARDING.reach),
                pupils: Vec::new(),
                values,
            };
            Action::RaiseConcern { record, alert }
        })
        .collect()
}

/// The DSLs' alert's values about the concern itself: its categories,
/// trigger words, and how long before it climbs the ladder.
fn concern_values(
    parsed: &ParsedMessage,
    school: &ConfiguredSchool,
) -> Vec<(&'static str, String)> {
    let categories: Vec<&str> = parsed.concerns.iter().map(|c| c.category.label()).collect();
    let triggers: Vec<String> = parsed
        .concerns
        .iter()
        .flat_map(|c| c.triggers.iter().map(|t| format!("\"{t}\"")))
        .collect();
    let wait = school.config.safeguarding.acknowledge_within_minutes;
    vec![
        ("categories", categories.join(", ")),
        ("triggers", triggers.join(", ")),
        ("wait", wait.to_string()),
    ]
}

/// Who hears of an unknown sender's message, by school (`None` for the
/// trust's office).
fn offices_for_unknown<'a>(
    schools: &'a Schools,
    receiving: Option<&'a ConfiguredSchool>,
) -> Vec<(Option<&'a str>, Vec<StaffRecipient>)> {
    let office_of = |school: &'a ConfiguredSchool| {
        (
            Some(school.id.as_str()),
            recipients(&school.config.staff, Role::Office, Reach::Preferred),
        )
    };
    if let Some(school) = receiving {
        return vec![office_of(school)];
    }
    if let Some(trust) = schools.trust() {
        let staff = StaffConfig {
            office: trust.office.clone(),
            ..StaffConfig::default()
        };
        return vec![(None, recipients(&staff, Role::Office, Reach::Preferred))];
    }
    schools.iter().map(office_of).collect()
}

/// The provisional mark for each session of each report, for each of its
/// pupils, as reported in `entry`.
fn marks_of(
    entry: &InboxEntry,
    school: &ConfiguredSchool,
    reports: &[(Report, Vec<&Pupil>)],
) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (report, pupils) in reports {
        for session in report.sessions(&school.calendar, OPEN_END_SCHOOL_DAYS) {
            for pupil in pupils {
                marks.push(Mark {
                    school: school.id.clone(),
                    upn: pupil.upn.clone(),
                    session,
                    code: Some(report.code),
                    arrival: report.arrival,
                    provenance: Provenance::ParentReport {
                        message: entry.id.clone(),
                    },
                    recorded_at: entry.message.received_at.fixed_offset(),
                });
            }
        }
    }
    marks
}

/// Whether any mark, once recorded, reports an absence the register
/// contradicts.
fn contradicts_register(marks: &[Mark], register: &dyn RegisterView) -> Result<bool> {
    for mark in marks {
        if let Some(mut entry) = register.entry(&mark.school, &mark.upn, mark.session)? {
            entry.provisional = Some(mark.clone());
            if entry.report_contradicts_register() {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Who the register's history says recorded a parent's marks.
fn recorded_by(entry: &InboxEntry) -> String {
    format!("parent via {}", entry.message.channel)
}

/// The store key of the last report from the sender of `entry`.
pub fn last_report_key(sender: &Identified, entry: &InboxEntry) -> String {
    let who = match &entry.message.from {
        Sender::Phone { number } => format!("phone:{number}"),
        Sender::Email { address } | Sender::UnverifiedEmail { address, .. } => {
            format!("email:{address}")
        }
        Sender::Telegram { chat_id, .. } => format!("telegram:{chat_id}"),
    };
    format!("{}/{who}", sender.school)
}

/// "I for Millie from 2026-11-23 am to 2026-11-23 pm": what was recorded,
/// for staff.
fn summary_of(reports: &[(Report, Vec<&Pupil>)]) -> String {
    reports
        .iter()
        .map(|(r, pupils)| {
            let end = r
                .last_session()
                .map_or("until further notice".to_string(), |s| s.to_string());
            format!(
                "{} for {} from {} to {}",
                r.code,
                names(pupils),
                r.first_session(),
                end
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config;
    use crate::domain::fixtures::{mother, pupil};
    use crate::domain::{Code, Concern, ConcernCategory, Session};
    use crate::outbox::OnceKey;

    const STAFF: &str = r#"
[school.staff]
office = [{ name = "Office", email = "office@fernhill.example.org" }]
dsl = [{ name = "DSL", email = "dsl@fernhill.example.org", mobile = "+447700900999", telegram_chat = -100500 }]
"#;

    /// Fernhill with an office and a DSL, its templates, and Grace, mother
    /// of Amelia ("Millie", A100) and Ben (A101).
    struct World {
        schools: Schools,
        templates: Templates,
        grace: Identified,
    }

    fn world() -> World {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text =
            std::fs::read_to_string(root.join("tests/fixtures/fernhill.toml")).unwrap() + STAFF;
        let config = Config::parse(&text, Path::new("fernhill.toml")).unwrap();
        World {
            schools: Schools::from_config(&config, None).unwrap(),
            templates: Templates::load(&root.join("messages")).unwrap(),
            grace: Identified {
                school: "fernhill".into(),
                contacts: vec![mother("A100"), mother("A101")],
                pupils: vec![
                    pupil("A100", "Amelia", Some("Millie")),
                    pupil("A101", "Ben", None),
                ],
            },
        }
    }

    /// 07:30 on Monday 23 November 2026 (GMT).
    fn monday_morning() -> DateTime<Utc> {
        "2026-11-23T07:30:00Z".parse().unwrap()
    }

    fn sms(id: &str, text: &str, at: DateTime<Utc>) -> InboxEntry {
        InboxEntry {
            id: id.into(),
            message: crate::inbound::fixtures::sms(&format!("SM{id}"), "+447700900123", text, at),
            processed_at: None,
            outcome: None,
            explanation: Default::default(),
        }
    }

    /// The whole of Monday for `pupils`, with `code`.
    fn monday(pupils: &[&str], code: Code) -> Report {
        let day = "2026-11-23".parse().unwrap();
        Report {
            pupils: pupils.iter().map(|p| p.to_string()).collect(),
            code,
            from: day,
            from_session: Session::Am,
            to: Some(day),
            to_session: Session::Pm,
            arrival: None,
        }
    }

    fn parsed(reports: Vec<Report>, flags: Vec<Flag>) -> ParsedMessage {
        ParsedMessage {
            reports,
            flags,
            concerns: Vec::new(),
            explanation: Default::default(),
        }
    }

    /// A register with no marks yet.
    struct Empty;

    impl RegisterView for Empty {
        fn entry(&self, _: &str, _: &str, _: SessionDate) -> Result<Option<Entry>> {
            Ok(None)
        }
    }

    /// A register whose MIS marks everyone present.
    struct AllPresent;

    impl RegisterView for AllPresent {
        fn entry(&self, school: &str, upn: &str, session: SessionDate) -> Result<Option<Entry>> {
            Ok(Some(Entry {
                mis: Some(Mark {
                    school: school.into(),
                    upn: upn.into(),
                    session,
                    code: Some(Code::PresentAm),
                    arrival: None,
                    provenance: Provenance::Mis,
                    recorded_at: monday_morning().fixed_offset(),
                }),
                ..Entry::default()
            }))
        }
    }

    fn known<'a>(world: &'a World, entry: &'a InboxEntry) -> Known<'a> {
        Known {
            entry,
            sender: &world.grace,
            school: world.schools.get("fernhill").unwrap(),
            templates: &world.templates,
            now: entry.message.received_at,
        }
    }

    fn decide_report(
        world: &World,
        entry: &InboxEntry,
        parsed: &ParsedMessage,
        register: &dyn RegisterView,
    ) -> Decision {
        report(&known(world, entry), parsed, register).unwrap()
    }

    fn marks(decision: &Decision) -> Vec<(Upn, SessionDate, Option<Code>)> {
        decision
            .actions
            .iter()
            .filter_map(|a| match a {
                Action::Record { marks, .. } => Some(marks),
                _ => None,
            })
            .flatten()
            .map(|m| (m.upn.clone(), m.session, m.code))
            .collect()
    }

    fn replies(decision: &Decision) -> Vec<&Reply> {
        decision
            .actions
            .iter()
            .filter_map(|a| match a {
                Action::Reply(reply) => Some(reply),
                _ => None,
            })
            .collect()
    }

    fn alerts(decision: &Decision) -> Vec<&StaffAlert> {
        decision
            .actions
            .iter()
            .filter_map(|a| match a {
                Action::Alert(alert) | Action::RaiseConcern { alert, .. } => Some(alert),
                _ => None,
            })
            .collect()
    }

    fn remembered(decision: &Decision) -> &LastReport {
        decision
            .actions
            .iter()
            .find_map(|a| match a {
                Action::Remember { report, .. } => Some(report),
                _ => None,
            })
            .expect("the report is remembered for a follow-up")
    }

    fn session(date: &str, session: Session) -> SessionDate {
        SessionDate::new(date.parse().unwrap(), session)
    }

    #[test]
    fn one_child_ill_today_is_recorded_acknowledged_and_stops_the_chase() {
        let world = world();
        let entry = sms("1", "Millie is poorly today", monday_morning());
        let parsed = parsed(vec![monday(&["Amelia"], Code::Illness)], vec![]);
        let decision = decide_report(&world, &entry, &parsed, &Empty);

        assert_eq!(decision.outcome, "recorded 2 session(s)");
        assert!(matches!(
            &decision.actions[0],
            Action::StopChase { school, upns, at }
                if school == "fernhill" && upns == &["A100", "A101"] && *at == monday_morning()
        ));
        assert_eq!(
            marks(&decision),
            [
                (
                    "A100".into(),
                    session("2026-11-23", Session::Am),
                    Some(Code::Illness)
                ),
                (
                    "A100".into(),
                    session("2026-11-23", Session::Pm),
                    Some(Code::Illness)
                ),
            ]
        );
        let [ack] = replies(&decision)[..] else {
            panic!("one acknowledgement: {decision:?}")
        };
        assert!(matches!(
            &ack.key,
            OnceKey::Reply { inbox, purpose: ReplyPurpose::Ack } if inbox == "1"
        ));
        assert_eq!(ack.message.to, "+447700900123");
        assert_eq!(ack.message.pupils, ["A100"]);
        assert!(ack.message.text.contains("Millie"), "{}", ack.message.text);
        assert!(alerts(&decision).is_empty(), "no one on staff is needed");
        let last = remembered(&decision);
        assert_eq!(
            (last.inbox_id.as_str(), &last.reports[0].1[..]),
            ("1", &[Upn::from("A100")][..])
        );
    }

    #[test]
    fn siblings_in_one_report_get_marks_each_and_one_acknowledgement() {
        let world = world();
        let entry = sms("2", "Millie and Ben have a stomach bug", monday_morning());
        let parsed = parsed(vec![monday(&["Amelia", "Ben"], Code::Illness)], vec![]);
        let decision = decide_report(&world, &entry, &parsed, &Empty);

        assert_eq!(marks(&decision).len(), 4);
        let [ack] = replies(&decision)[..] else {
            panic!("one acknowledgement: {decision:?}")
        };
        assert_eq!(ack.message.pupils, ["A100", "A101"]);
        assert!(
            ack.message.text.contains("Millie and Ben"),
            "{}",
            ack.message.text
        );
    }

    #[test]
    fn a_report_without_its_child_asks_which_child_and_records_nothing() {
        let world = world();
        let entry = sms("3", "not well today", monday_morning());
        let parsed = parsed(vec![monday(&[], Code::Illness)], vec![Flag::AmbiguousPupil]);
        let decision = decide_report(&world, &entry, &parsed, &Empty);

        assert_eq!(decision.outcome, "asked which child");
        assert!(marks(&decision).is_empty());
        let [question] = replies(&decision)[..] else {
            panic!("one question: {decision:?}")
        };
        assert!(matches!(
            question.key,
            OnceKey::Reply {
                purpose: ReplyPurpose::Clarify,
                ..
            }
        ));
        let choices: Vec<&str> = question
            .message
            .choices
            .iter()
            .map(|c| c.label.as_str())
            .collect();
        assert_eq!(choices, ["Millie", "Ben"]);
    }

    #[test]
    fn an_answer_to_which_child_moves_the_report_to_that_child_within_hours() {
        let world = world();
        let question = sms("3", "not well today", monday_morning());
        let asked = decide_report(
            &world,
            &question,
            &parsed(vec![monday(&[], Code::Illness)], vec![Flag::AmbiguousPupil]),
            &Empty,
        );
        let last = remembered(&asked);
        let answer = sms("4", "Ben", monday_morning() + chrono::Duration::minutes(5));
        let decision = follow_up(&known(&world, &answer), last, &question)
            .unwrap()
            .expect("a follow-up");

        assert_eq!(decision.outcome, "applied to the named children");
        let upns: Vec<Upn> = marks(&decision).into_iter().map(|m| m.0).collect();
        assert_eq!(upns, ["A101", "A101"]);
        let [ack] = replies(&decision)[..] else {
            panic!("one acknowledgement: {decision:?}")
        };
        assert!(
            ack.message
                .text
                .starts_with("Thanks — we've updated our record.")
        );
        assert!(matches!(&ack.key, OnceKey::Reply { inbox, .. } if inbox == "4"));

        let late = sms("5", "Ben", monday_morning() + chrono::Duration::hours(13));
        assert!(
            follow_up(&known(&world, &late), last, &question)
                .unwrap()
                .is_none(),
            "too late to be an answer"
        );
    }

    #[test]
    fn a_correction_withdraws_the_wrong_childs_marks() {
        let world = world();
        let first = sms("6", "Millie is poorly today", monday_morning());
        let reported = decide_report(
            &world,
            &first,
            &parsed(vec![monday(&["Amelia"], Code::Illness)], vec![]),
            &Empty,
        );
        let correction = sms(
            "7",
            "sorry I meant Ben",
            monday_morning() + chrono::Duration::minutes(2),
        );
        let decision = follow_up(&known(&world, &correction), remembered(&reported), &first)
            .unwrap()
            .expect("a correction");
        let withdrawn: Vec<&str> = decision
            .actions
            .iter()
            .filter_map(|a| match a {
                Action::Withdraw { upn, .. } => Some(upn.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(withdrawn, ["A100", "A100"]);
        let Some(Action::Record { marks, .. }) = decision
            .actions
            .iter()
            .find(|a| matches!(a, Action::Record { .. }))
        else {
            panic!("Ben's marks are recorded")
        };
        assert!(marks.iter().all(|m| m.upn == "A101"
            && m.provenance
                == Provenance::ParentReport {
                    message: "6".into()
                }));
    }

    #[test]
    fn a_reply_to_a_chase_stops_the_chase_before_anything_else() {
        let world = world();
        let entry = sms("8", "Sorry, Ben was at the dentist", monday_morning());
        let parsed = parsed(vec![monday(&["Ben"], Code::Medical)], vec![]);
        let decision = decide_report(&world, &entry, &parsed, &Empty);
        assert!(matches!(
            &decision.actions[0],
            Action::StopChase { upns, .. } if upns.iter().any(|u| u == "A101")
        ));
        assert_eq!(marks(&decision)[0].2, Some(Code::Medical));
    }

    #[test]
    fn a_report_the_register_contradicts_goes_to_the_office() {
        let world = world();
        let entry = sms("9", "Millie is poorly today", monday_morning());
        let parsed = parsed(vec![monday(&["Amelia"], Code::Illness)], vec![]);

        let decision = decide_report(&world, &entry, &parsed, &AllPresent);
        let [alert] = alerts(&decision)[..] else {
            panic!("one alert: {decision:?}")
        };
        assert_eq!(alert.notice.kind, "register_conflict");
        assert_eq!(alert.recipients.len(), 1);
        assert!(alert.recipients.iter().all(|r| r.role == Role::Office));
        assert!(
            alerts(&decide_report(&world, &entry, &parsed, &Empty)).is_empty(),
            "no conflict without a register"
        );
    }

    #[test]
    fn a_concern_is_raised_and_alerts_the_dsl_roles_only_on_every_channel() {
        let world = world();
        let entry = sms(
            "10",
            "Millie won't be in, her dad hit her",
            monday_morning(),
        );
        let mut parsed = parsed(
            vec![monday(&["Amelia"], Code::Illness)],
            vec![Flag::Safeguarding],
        );
        parsed.concerns = vec![Concern {
            category: ConcernCategory::PhysicalAbuse,
            triggers: vec!["hit her".into()],
        }];
        let decision = decide_report(&world, &entry, &parsed, &Empty);

        let Action::RaiseConcern { record, alert } = &decision.actions[1] else {
            panic!("the concern is raised straight after the chase stops: {decision:?}")
        };
        assert_eq!(record.id, ConcernId::of_message("10"));
        assert_eq!(record.upns, ["A100", "A101"]);
        assert_eq!(alert.notice.kind, "safeguarding");
        assert_eq!(alert.recipients.len(), 3, "email, SMS and Telegram");
        assert!(alert.recipients.iter().all(|r| r.role == Role::Dsl));
        assert!(
            alert.values.iter().all(|(k, _)| *k != "message"),
            "the words reach staff only through the barrier, when sent"
        );
        assert_eq!(alerts(&decision).len(), 1, "nobody else is told");
    }

    #[test]
    fn a_message_with_nothing_to_record_is_acknowledged_and_read_by_a_person() {
        let world = world();
        let entry = sms("11", "can you call me", monday_morning());
        let decision = decide_report(&world, &entry, &parsed(vec![], vec![]), &Empty);
        assert_eq!(decision.outcome, "for a person to read");
        assert!(marks(&decision).is_empty());
        assert_eq!(replies(&decision).len(), 1);
        assert_eq!(alerts(&decision)[0].notice.kind, "needs_staff");

        let not_absence = parsed(vec![], vec![Flag::NotAbsence]);
        let decision = decide_report(&world, &entry, &not_absence, &Empty);
        assert_eq!(decision.outcome, "not an absence");
        assert_eq!(alerts(&decision)[0].notice.kind, "not_absence");
    }

    #[test]
    fn an_unknown_sender_is_answered_and_the_office_told_once_a_day() {
        let world = world();
        let entry = sms("12", "Is the school open?", monday_morning());
        let decision = unknown_sender(&world.templates, &world.schools, &entry, None).unwrap();
        assert_eq!(decision.outcome, "unknown sender");
        let claim = unknown_sender_day(&world.schools, &entry.message);
        assert!(
            matches!(&decision.actions[0], Action::ClaimSenderDay { sender_day } if *sender_day == claim),
            "the first message claims the day: {decision:?}"
        );
        // Processed again after a crash, it finds its own claim: the same
        // decision.
        let again_after_crash =
            unknown_sender(&world.templates, &world.schools, &entry, Some("12")).unwrap();
        assert_eq!(again_after_crash.actions.len(), decision.actions.len());
        let [reply] = replies(&decision)[..] else {
            panic!("one reply: {decision:?}")
        };
        assert_eq!(reply.message.role, Role::UnknownSender);
        assert!(reply.message.pupils.is_empty(), "never given a child");
        let [alert] = alerts(&decision)[..] else {
            panic!("one office told: {decision:?}")
        };
        assert_eq!(alert.item, "unknown_sender.fernhill");

        let again = sms("13", "Hello?", monday_morning());
        let decision =
            unknown_sender(&world.templates, &world.schools, &again, Some("12")).unwrap();
        assert!(
            matches!(
                &decision.actions[..],
                [Action::CountUnknown { sender_day, replied: false, .. }] if *sender_day == claim
            ),
            "a repeat is only counted: {decision:?}"
        );
        assert!(decision.outcome.ends_with("told of 12"));
    }

    #[test]
    fn a_dsls_ok_is_decided_as_acknowledging_each_open_concern_and_a_reply() {
        let world = world();
        let entry = sms("20", "OK", monday_morning());
        let concern = |id: &str| {
            ConcernRecord::new(
                ConcernId::of_message(id),
                "fernhill".into(),
                &[pupil("A100", "Millie", None)],
                monday_morning(),
                Vec::new(),
            )
        };
        let acknowledging = ReplyAcknowledging {
            who: "DSL".into(),
            via: Via::Sms,
            concerns: vec![concern("sms/SM1"), concern("sms/SM2")],
        };
        let decision = concerns_acknowledged(
            &world.templates,
            &entry,
            &acknowledging,
            &["A message about Millie is with the DSL, 07:40.".into()],
        )
        .unwrap();
        let Action::Acknowledge {
            concerns,
            who,
            via,
            at,
        } = &decision.actions[0]
        else {
            panic!("the acknowledgement first: {decision:?}")
        };
        assert_eq!(
            concerns,
            &[
                ConcernId::of_message("sms/SM1"),
                ConcernId::of_message("sms/SM2")
            ]
        );
        assert_eq!(
            (who.as_str(), *via, *at),
            ("DSL", Via::Sms, monday_morning())
        );
        let [reply] = replies(&decision)[..] else {
            panic!("one reply: {decision:?}")
        };
        assert_eq!(reply.message.role, Role::Dsl);
        assert_eq!(decision.outcome, "acknowledged 2 safeguarding concern(s)");
    }
}
