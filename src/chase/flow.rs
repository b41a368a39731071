//! Chase flows as data: `flows/<name>.toml` says which messages and alerts
//! go out, when, to whom and on which channels while an absence stays
//! unexplained. A school changes its chase by editing the file, not code.
//!
//! ```toml
//! [quiet_hours]                  # family messages are held, never dropped
//! from = "20:00"
//! to = "07:30"
//!
//! [family]                       # contacts: channels in order of preference
//! channels = ["telegram", "sms", "email"]
//! reach = "first"                # first channel they have; or "all"
//!
//! [[step]]
//! name = "chase_day1"            # unique in the flow
//! kind = "chase_day1"            # the timeline's kind (default: the name)
//! day = 1                        # school day of the absence, 1 = the first
//! at = "am_close + 10m"          # or "11:00", or cron = "0 0 11 * * *"
//! to = ["contact1", "contact2"]  # contactN, office, lead, dsl
//! conditions = ["vulnerable"]    # optional: vulnerable, not_vulnerable
//! template = "chase_day1"        # a kind in messages/en.toml
//! expires = "end_of_day"         # a step missed while down; or "never"
//! ```
//!
//! Every step also requires the absence to be still unexplained when it
//! fires; that is not a condition a flow can leave out.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use chrono::{Duration, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::{Channel, Pupil};
use crate::error::{Error, Result};
use crate::outbox::Role;
use crate::staff::Reach;
use crate::templates::Templates;

/// A validated chase flow. Serialisable, because every chase keeps the
/// flow it started with: editing a flow changes future chases only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// The file stem it was loaded from; filled in on load.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub quiet_hours: Option<QuietHours>,
    #[serde(default = "ChannelRule::family_default")]
    pub family: ChannelRule,
    #[serde(default = "ChannelRule::staff_default")]
    pub staff: ChannelRule,
    #[serde(rename = "step", default)]
    pub steps: Vec<Step>,
}

/// No family messages between `from` and `to`, school-local; `to` may be
/// the next morning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    #[serde(with = "crate::domain::hhmm")]
    pub from: NaiveTime,
    #[serde(with = "crate::domain::hhmm")]
    pub to: NaiveTime,
}

impl QuietHours {
    pub fn contains(&self, time: NaiveTime) -> bool {
        if self.from <= self.to {
            self.from <= time && time < self.to
        } else {
            time >= self.from || time < self.to
        }
    }
}

/// Which of a recipient's channels a message goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelRule {
    /// The channels allowed, in order of preference.
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub reach: Reach,
}

impl ChannelRule {
    /// A linked Telegram chat was the parent's own choice; a text is read
    /// sooner than an email.
    fn family_default() -> Self {
        ChannelRule {
            channels: vec![Channel::Telegram, Channel::Sms, Channel::Email],
            reach: Reach::Preferred,
        }
    }

    /// Staff work from their inbox.
    fn staff_default() -> Self {
        ChannelRule {
            channels: vec![Channel::Email, Channel::Telegram, Channel::Sms],
            reach: Reach::Preferred,
        }
    }

    /// The channels to use, given those a recipient can be reached on.
    pub fn pick<'a, T>(&self, available: &'a [(Channel, T)]) -> Vec<&'a (Channel, T)> {
        let ordered = self
            .channels
            .iter()
            .filter_map(|c| available.iter().find(|(have, _)| have == c));
        match self.reach {
            Reach::Preferred => ordered.take(1).collect(),
            Reach::Everywhere => ordered.collect(),
        }
    }
}

/// One message or alert in a flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub name: String,
    /// What the message is, as the timeline and the outbox name it.
    #[serde(default)]
    pub kind: String,
    /// The school day of the absence this step belongs to (1 = the first).
    /// A cron step with no day fires at the first matching school-day time
    /// after the chase starts.
    pub day: Option<u32>,
    pub at: Option<TimeOfDay>,
    pub cron: Option<CronExpr>,
    pub to: Vec<StepRecipient>,
    #[serde(default)]
    pub conditions: Vec<Condition>,
    pub template: String,
    /// Overrides the flow's channel rule for this step's recipients.
    pub channels: Option<Vec<Channel>>,
    pub reach: Option<Reach>,
    #[serde(default)]
    pub expires: Expiry,
}

impl Step {
    /// The channel rule for a recipient of this step.
    pub fn channel_rule(&self, flow: &Flow, recipient: StepRecipient) -> ChannelRule {
        let base = match recipient {
            StepRecipient::Contact(_) => &flow.family,
            StepRecipient::Staff(_) => &flow.staff,
        };
        ChannelRule {
            channels: self
                .channels
                .clone()
                .unwrap_or_else(|| base.channels.clone()),
            reach: self.reach.unwrap_or(base.reach),
        }
    }

    /// Whether the step's conditions hold for a pupil.
    pub fn applies_to(&self, pupil: &Pupil) -> bool {
        self.conditions.iter().all(|c| match c {
            Condition::Vulnerable => pupil.is_vulnerable(),
            Condition::NotVulnerable => !pupil.is_vulnerable(),
        })
    }
}

/// Who a step is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepRecipient {
    /// A pupil's contact by priority.
    Contact(u8),
    /// A staff role from the school's `staff` config: office, lead or dsl.
    Staff(Role),
}

impl StepRecipient {
    pub fn role(self) -> Role {
        match self {
            StepRecipient::Contact(n) => Role::Contact(n),
            StepRecipient::Staff(role) => role,
        }
    }
}

impl FromStr for StepRecipient {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.parse::<Role>() {
            Ok(Role::Contact(n)) => Ok(StepRecipient::Contact(n)),
            Ok(role @ (Role::Office | Role::Lead | Role::Dsl)) => Ok(StepRecipient::Staff(role)),
            _ => Err(format!(
                "unknown recipient `{s}` (contact1, contact2 …, office, lead, dsl)"
            )),
        }
    }
}

impl fmt::Display for StepRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.role().fmt(f)
    }
}

impl Serialize for StepRecipient {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StepRecipient {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// What must hold of the pupil for a step to fire, beyond the absence
/// being unexplained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Looked-after, child protection, child in need, team around the family.
    Vulnerable,
    NotVulnerable,
}

/// How long a step that fell due while the daemon was down stays worth
/// sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expiry {
    /// Only on the school-local day it fell due: yesterday's first-day
    /// text is never sent today.
    #[default]
    EndOfDay,
    /// Whenever the absence is still unexplained: escalations such as the
    /// local-authority notification must not be lost to a restart.
    Never,
}

/// A time of day: `HH:MM`, or relative to a register's close
/// (`am_close`, `pm_close + 10m`, `am_close + 1h30m`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    Fixed(NaiveTime),
    AfterClose {
        session: crate::domain::Session,
        delay: Duration,
    },
}

impl FromStr for TimeOfDay {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let text = s.trim();
        if let Ok(time) = NaiveTime::parse_from_str(text, "%H:%M") {
            return Ok(TimeOfDay::Fixed(time));
        }
        let bad = || {
            format!("`{s}` is not a time (`HH:MM`, `am_close`, `pm_close + 10m`, `am_close + 1h`)")
        };
        let (anchor, delay) = match text.split_once('+') {
            Some((anchor, delay)) => (anchor.trim(), parse_delay(delay.trim()).ok_or_else(bad)?),
            None => (text, Duration::zero()),
        };
        let session = match anchor {
            "am_close" => crate::domain::Session::Am,
            "pm_close" => crate::domain::Session::Pm,
            _ => return Err(bad()),
        };
        Ok(TimeOfDay::AfterClose { session, delay })
    }
}

/// `10m`, `2h`, `1h30m`.
fn parse_delay(text: &str) -> Option<Duration> {
    let mut total = Duration::zero();
    let mut digits = String::new();
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            'h' | 'm' => {
                let n: i64 = digits.parse().ok()?;
                digits.clear();
                total += if c == 'h' {
                    Duration::hours(n)
                } else {
                    Duration::minutes(n)
                };
            }
            _ => return None,
        }
    }
    (digits.is_empty() && total > Duration::zero()).then_some(total)
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeOfDay::Fixed(t) => write!(f, "{}", t.format("%H:%M")),
            TimeOfDay::AfterClose { session, delay } => {
                write!(f, "{session}_close")?;
                let minutes = delay.num_minutes();
                if minutes > 0 {
                    write!(f, " + {minutes}m")?;
                }
                Ok(())
            }
        }
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// A cron expression (`sec min hour day-of-month month day-of-week`, as
/// the `cron` crate reads it), in the school's local time.
#[derive(Debug, Clone)]
pub struct CronExpr {
    text: String,
    schedule: cron::Schedule,
}

impl CronExpr {
    pub fn schedule(&self) -> &cron::Schedule {
        &self.schedule
    }
}

impl PartialEq for CronExpr {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for CronExpr {}

impl FromStr for CronExpr {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let schedule = cron::Schedule::from_str(s).map_err(|e| format!("bad cron `{s}`: {e}"))?;
        Ok(CronExpr {
            text: s.to_string(),
            schedule,
        })
    }
}

impl Serialize for CronExpr {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for CronExpr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Flow {
    /// Parses and validates a flow; `path` names the file in errors.
    pub fn parse(text: &str, name: &str, path: &Path, templates: &Templates) -> Result<Flow> {
        let mut flow: Flow = toml::from_str(text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
            message: e.message().to_string(),
        })?;
        flow.name = name.to_string();
        for step in &mut flow.steps {
            if step.kind.is_empty() {
                step.kind = step.name.clone();
            }
        }
        flow.validate(templates).map_err(|message| Error::Config {
            path: path.to_path_buf(),
            line: None,
            message,
        })?;
        Ok(flow)
    }

    fn validate(&self, templates: &Templates) -> std::result::Result<(), String> {
        let mut names = HashSet::new();
        let mut staff_kinds = HashSet::new();
        for rule in [&self.family, &self.staff] {
            if rule.channels.is_empty() {
                return Err("a channel rule lists no channels".into());
            }
        }
        for step in &self.steps {
            let at = format!("[[step]] `{}`", step.name);
            if step.name.trim().is_empty() {
                return Err("a [[step]] has no name".into());
            }
            if !names.insert(step.name.as_str()) {
                return Err(format!("{at}: the name is used twice"));
            }
            if !templates.has(&step.template) {
                return Err(format!(
                    "{at}: unknown template `{}` (no [{}] in messages/en.toml)",
                    step.template, step.template
                ));
            }
            match (&step.at, &step.cron, step.day) {
                (Some(_), Some(_), _) => {
                    return Err(format!("{at}: give `at` or `cron`, not both"));
                }
                (None, None, _) => return Err(format!("{at}: give `at` or `cron`")),
                (Some(_), None, None) => return Err(format!("{at}: `at` needs a `day`")),
                _ => {}
            }
            if step.day == Some(0) {
                return Err(format!(
                    "{at}: days count from 1 (the first day of absence)"
                ));
            }
            if step.to.is_empty() {
                return Err(format!("{at}: `to` names nobody"));
            }
            // Staff alerts share once keys by kind with the threshold watch.
            if step.to.iter().any(|r| matches!(r, StepRecipient::Staff(_)))
                && !staff_kinds.insert(step.kind.as_str())
            {
                return Err(format!(
                    "{at}: another step already alerts staff with kind `{}`",
                    step.kind
                ));
            }
            if step.channels.as_ref().is_some_and(Vec::is_empty) {
                return Err(format!("{at}: `channels` is empty"));
            }
        }
        Ok(())
    }
}

/// Every flow in a folder, by file stem.
#[derive(Debug, Clone, Default)]
pub struct Flows {
    by_name: BTreeMap<String, Flow>,
}

impl Flows {
    /// Loads and validates every `*.toml` in `dir` against the templates.
    pub fn load(dir: &Path, templates: &Templates) -> Result<Flows> {
        let mut flows = Flows::default();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| Error::io(format!("reading flows in {}", dir.display()), e))?;
        let mut paths: Vec<_> = entries
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
        paths.sort();
        for path in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
            flows.insert(Flow::parse(&text, &name, &path, templates)?);
        }
        Ok(flows)
    }

    pub fn insert(&mut self, flow: Flow) {
        self.by_name.insert(flow.name.clone(), flow);
    }

    pub fn get(&self, name: &str) -> Option<&Flow> {
        self.by_name.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn templates() -> Templates {
        Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("messages")).unwrap()
    }

    fn parse(text: &str) -> Result<Flow> {
        Flow::parse(text, "test", Path::new("flows/test.toml"), &templates())
    }

    const ONE_STEP: &str = r#"
[[step]]
name = "chase_day1"
day = 1
at = "am_close + 10m"
to = ["contact1", "contact2"]
template = "chase_day1"
"#;

    #[test]
    fn the_shipped_default_flow_is_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("flows");
        let flows = Flows::load(&dir, &templates()).unwrap();
        let default = flows.get("default").unwrap();
        assert!(
            default
                .steps
                .iter()
                .any(|s| s.kind == "staff_first_day_call")
        );
        assert!(default.quiet_hours.is_some());
    }

    #[test]
    fn a_step_takes_its_name_as_kind_and_defaults() {
        let flow = parse(ONE_STEP).unwrap();
        let step = &flow.steps[0];
        assert_eq!(step.kind, "chase_day1");
        assert_eq!(step.expires, Expiry::EndOfDay);
        assert_eq!(
            step.at,
            Some(TimeOfDay::AfterClose {
                session: crate::domain::Session::Am,
                delay: Duration::minutes(10)
            })
        );
        assert_eq!(
            step.to,
            [StepRecipient::Contact(1), StepRecipient::Contact(2)],
        );
    }

    #[test]
    fn an_unknown_template_is_named() {
        let err = parse(&ONE_STEP.replace("template = \"chase_day1\"", "template = \"nope\""))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`chase_day1`: unknown template `nope`"),
            "{err}"
        );
        assert!(err.contains("flows/test.toml"), "{err}");
    }

    #[test]
    fn a_bad_cron_is_named_with_its_line() {
        let text = ONE_STEP.replace("at = \"am_close + 10m\"", "cron = \"every day at 11\"");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("bad cron `every day at 11`"), "{err}");
        assert!(err.contains("flows/test.toml:5"), "{err}");
    }

    #[test]
    fn an_unknown_role_is_named() {
        let err = parse(&ONE_STEP.replace("\"contact2\"", "\"headteacher\""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown recipient `headteacher`"), "{err}");
        let err = parse(&ONE_STEP.replace("\"contact2\"", "\"unknown_sender\""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown recipient"), "{err}");
    }

    #[test]
    fn bad_times_and_missing_schedules_are_refused() {
        for (from, to, wanted) in [
            ("am_close + 10m", "lunchtime", "is not a time"),
            ("am_close + 10m", "am_close + 10x", "is not a time"),
            ("at = \"am_close + 10m\"", "", "give `at` or `cron`"),
            ("day = 1", "day = 0", "days count from 1"),
            ("day = 1", "", "`at` needs a `day`"),
        ] {
            let err = parse(&ONE_STEP.replace(from, to)).unwrap_err().to_string();
            assert!(err.contains(wanted), "{from} → {to}: {err}");
        }
    }

    #[test]
    fn quiet_hours_wrap_past_midnight() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let quiet = QuietHours {
            from: t(20, 0),
            to: t(7, 30),
        };
        assert!(quiet.contains(t(21, 0)) && quiet.contains(t(6, 0)));
        assert!(!quiet.contains(t(7, 30)) && !quiet.contains(t(12, 0)));
    }

    #[test]
    fn channel_rules_pick_first_or_all_in_preference_order() {
        let rule = ChannelRule::family_default();
        let have = [(Channel::Email, "a@b"), (Channel::Sms, "+44")];
        let first: Vec<_> = rule.pick(&have).into_iter().map(|(c, _)| *c).collect();
        assert_eq!(first, [Channel::Sms]);
        let all = ChannelRule {
            reach: Reach::Everywhere,
            ..rule
        };
        let every: Vec<_> = all.pick(&have).into_iter().map(|(c, _)| *c).collect();
        assert_eq!(every, [Channel::Sms, Channel::Email]);
    }

    #[test]
    fn a_flow_round_trips_as_a_snapshot() {
        let flow =
            parse(&ONE_STEP.replace("at = \"am_close + 10m\"", "cron = \"0 0 11 * * *\"")).unwrap();
        let json = serde_json::to_string(&flow).unwrap();
        let back: Flow = serde_json::from_str(&json).unwrap();
        assert_eq!(back, flow);
    }
}
