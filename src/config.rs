//! `config.toml`: the schools, their days and staff, the channels, and
//! where data lives.
//!
//! Every table refuses unknown keys, so a typo is an error that names the
//! key rather than a setting silently ignored. Secrets never live here: the
//! config names an environment variable or a file that holds each one.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::attendance::Thresholds;
use crate::attendance::rules::REGISTER_OPEN_MINUTES_MAX;
use crate::calendar::{Closure, Term};
use crate::domain::{DayTimes, Phase};
use crate::error::{Error, Result};
use crate::retention::RetentionConfig;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The sled database folder (unused when `[store] postgres` is set).
    #[serde(default = "defaults::data_dir")]
    pub data_dir: PathBuf,
    /// Which database holds the records.
    #[serde(default)]
    pub store: StoreConfig,
    /// Chase sequences, one TOML file per flow.
    #[serde(default = "defaults::flows_dir")]
    pub flows_dir: PathBuf,
    /// Message templates.
    #[serde(default = "defaults::messages_dir")]
    pub messages_dir: PathBuf,
    #[serde(default)]
    pub http: HttpConfig,
    #[serde(default)]
    pub outbox: OutboxConfig,
    #[serde(default)]
    pub channels: ChannelsConfig,
    /// Roster files imported when the daemon starts (the demo uses this;
    /// a school usually runs `absence-line import roster` from its MIS
    /// export instead).
    pub roster: Option<RosterFiles>,
    /// What the schools' MIS export holds.
    #[serde(default)]
    pub mis: MisConfig,
    /// How long personal data is kept (see [`crate::retention`]).
    #[serde(default)]
    pub retention: RetentionConfig,
    #[serde(rename = "school", default)]
    pub schools: Vec<SchoolConfig>,
    /// The trust's own office, for messages no one school received.
    pub trust: Option<TrustConfig>,
    /// The folder relative paths are read from: the config file's own.
    #[serde(skip)]
    pub base_dir: PathBuf,
}

/// The two roster CSV files (`interfaces.md`), relative to the config file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RosterFiles {
    pub pupils: PathBuf,
    pub contacts: PathBuf,
}

/// Which engine holds the records: sled in `data_dir` unless `postgres` is
/// given.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    pub postgres: Option<PostgresConfig>,
    /// The most memory, in megabytes, sled keeps of the store's pages
    /// (sled's own default is a gigabyte, which a busy daemon fills).
    #[serde(default = "defaults::sled_cache_mb")]
    pub sled_cache_mb: u64,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            postgres: None,
            sled_cache_mb: defaults::sled_cache_mb(),
        }
    }
}

impl StoreConfig {
    /// How long the work lease lasts unrenewed (on sled, one process per
    /// store, it is held for ever and this only paces its renewal).
    pub fn work_lease(&self) -> std::time::Duration {
        std::time::Duration::from_secs(
            self.postgres
                .as_ref()
                .map_or_else(defaults::lease_seconds, |pg| pg.lease_seconds),
        )
    }
}

/// A PostgreSQL database, which several daemons may share.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresConfig {
    /// The connection URL, `postgres://user:password@host:port/database`:
    /// a secret, so kept in an environment variable or a file.
    pub url: SecretRef,
    /// The schema holding the tables; `public` by default.
    pub schema: Option<String>,
    /// Connections each daemon keeps open.
    #[serde(default = "defaults::postgres_connections")]
    pub connections: usize,
    /// How long the work lease lasts unrenewed: how soon another daemon
    /// takes over the once-only work when its holder dies. The holder
    /// renews it every quarter of this.
    #[serde(default = "defaults::lease_seconds")]
    pub lease_seconds: u64,
}

/// The shortest and longest work lease, in seconds: shorter, a busy
/// database's slow answer loses the lease; longer, a dead daemon's work
/// waits too long for another to take it over.
pub const LEASE_SECONDS: std::ops::RangeInclusive<u64> = 4..=300;

/// The MIS export, as far as the roster import needs to know it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MisConfig {
    /// Optional roster columns (`known_as`, `flags`, `email` …) the MIS
    /// does not export: an import without them keeps what is stored,
    /// where otherwise a column that went missing is refused.
    #[serde(default)]
    pub not_exported: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    #[serde(default = "defaults::listen")]
    pub listen: SocketAddr,
    /// The URL the outside world reaches this daemon at; Twilio signs
    /// requests with it, so it must match exactly what Twilio is given.
    pub public_url: Option<String>,
    /// Bearer token for the staff API (`POST /api/register` …).
    pub api_token: Option<SecretRef>,
    /// The reverse proxy in front of the daemon, if any. Only a request
    /// from this address is believed about the client's address
    /// (`X-Forwarded-For`) and about https (`X-Forwarded-Proto`).
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// Open connections at most; beyond it the oldest idle connection is
    /// closed to make room. Kept below the process's open-file limit.
    #[serde(default = "defaults::max_connections")]
    pub max_connections: usize,
    /// A client has this long to send a request's headers.
    #[serde(default = "defaults::header_timeout_seconds")]
    pub header_timeout_seconds: u64,
    /// A request's body must arrive, and its answer be ready, within this.
    #[serde(default = "defaults::request_timeout_seconds")]
    pub request_timeout_seconds: u64,
    /// A kept-alive connection with no request for this long is closed.
    #[serde(default = "defaults::idle_timeout_seconds")]
    pub idle_timeout_seconds: u64,
}

impl HttpConfig {
    /// Whether the daemon is reached over https at its public URL.
    pub fn public_url_is_https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.trim().to_ascii_lowercase().starts_with("https://"))
    }
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            listen: defaults::listen(),
            public_url: None,
            api_token: None,
            trusted_proxy: None,
            max_connections: defaults::max_connections(),
            header_timeout_seconds: defaults::header_timeout_seconds(),
            request_timeout_seconds: defaults::request_timeout_seconds(),
            idle_timeout_seconds: defaults::idle_timeout_seconds(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OutboxConfig {
    /// Where messages go when a channel has no credentials: one JSON line
    /// per message.
    #[serde(default = "defaults::outbox_log")]
    pub log: PathBuf,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            log: defaults::outbox_log(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelsConfig {
    pub twilio: Option<TwilioConfig>,
    pub email: Option<EmailConfig>,
    pub telegram: Option<TelegramConfig>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TwilioConfig {
    pub account_sid: String,
    pub auth_token: SecretRef,
    /// The sending number, E.164; or use a messaging service.
    pub from: Option<String>,
    pub messaging_service_sid: Option<String>,
    #[serde(default = "defaults::twilio_api")]
    pub api_base: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmailConfig {
    /// The absence mailbox's address, used as `From` on replies.
    pub address: String,
    /// The receiving mail server's name in its `Authentication-Results`
    /// headers (its authserv-id). A sender is only believed when that
    /// server's header says SPF, DKIM or DMARC passed for the `From:`
    /// domain; without it every email is from an unknown sender.
    pub authserv_id: Option<String>,
    /// The DNS server (`address:port`) asked for the DKIM keys of mail
    /// posted to `/email/inbound`; without it, the system's resolver.
    pub dkim_name_server: Option<std::net::SocketAddr>,
    pub smtp: Option<SmtpConfig>,
    pub imap: Option<ImapConfig>,
}

/// How a mail connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tls {
    /// TLS from the first byte (SMTPS 465, IMAPS 993).
    #[default]
    Tls,
    StartTls,
    /// Plain text: only for a server on the same machine.
    None,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    #[serde(default)]
    pub tls: Tls,
    pub username: Option<String>,
    pub password: Option<SecretRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    pub host: String,
    pub port: u16,
    #[serde(default)]
    pub tls: Tls,
    pub username: String,
    pub password: SecretRef,
    #[serde(default = "defaults::inbox")]
    pub mailbox: String,
    /// Processed mail is moved here so it is never read twice.
    #[serde(default = "defaults::processed")]
    pub processed_mailbox: String,
    #[serde(default = "defaults::poll_seconds")]
    pub poll_seconds: u64,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TelegramConfig {
    pub token: SecretRef,
    /// The Bot API's base URL; tests point it at a local server.
    pub api_url: Option<String>,
}

/// Where a secret is kept: an environment variable or a file. Never the
/// secret itself.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SecretRef {
    pub env: Option<String>,
    pub file: Option<PathBuf>,
}

impl SecretRef {
    /// Reads the secret. Surrounding white space (a file's final newline)
    /// is dropped.
    pub fn resolve(&self, base_dir: &Path) -> Result<String> {
        if let Some(var) = &self.env
            && let Ok(value) = std::env::var(var)
            && !value.trim().is_empty()
        {
            return Ok(value.trim().to_string());
        }
        if let Some(file) = &self.file {
            let path = base_dir.join(file);
            let value = std::fs::read_to_string(&path)
                .map_err(|e| Error::io(format!("reading secret {}", path.display()), e))?;
            return Ok(value.trim().to_string());
        }
        Err(Error::MissingSecret(self.describe()))
    }

    fn describe(&self) -> String {
        match (&self.env, &self.file) {
            (Some(var), _) => format!("${var}"),
            (None, Some(file)) => file.display().to_string(),
            (None, None) => "(neither env nor file given)".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolConfig {
    pub id: String,
    pub name: String,
    #[serde(default = "defaults::timezone")]
    pub timezone: Tz,
    #[serde(default)]
    pub phase: Phase,
    pub sessions: DayTimes,
    #[serde(default)]
    pub calendar: CalendarConfig,
    #[serde(default)]
    pub staff: StaffConfig,
    #[serde(default)]
    pub attendance: AttendanceConfig,
    /// The lines the threshold watch draws; the national ones by default.
    #[serde(default)]
    pub thresholds: Thresholds,
    #[serde(default)]
    pub digest: DigestConfig,
    #[serde(default)]
    pub safeguarding: SafeguardingConfig,
    /// The chase flow (a file stem in `flows_dir`).
    #[serde(default = "defaults::flow")]
    pub flow: String,
    /// The school's own number and mailbox, when it has them: a message
    /// that arrives there belongs to this school.
    #[serde(default)]
    pub channels: SchoolChannelsConfig,
    /// The school's MIS reached through Wonde, when it has approved the app.
    pub wonde: Option<crate::mis::wonde::WondeConfig>,
}

/// Where a school's own messages arrive.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolChannelsConfig {
    /// The Twilio number parents text (the webhook's `To`), E.164.
    pub sms_number: Option<String>,
    /// The address parents email (To, Cc or Delivered-To).
    pub email_address: Option<String>,
}

/// A trust's office: it gets unknown senders' messages that arrived at a
/// number or mailbox no school claims, instead of every school's office.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrustConfig {
    pub name: String,
    pub office: Vec<StaffContact>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    #[serde(default)]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub closures: Vec<Closure>,
    /// iCalendar term-dates files, merged with the terms above.
    #[serde(default)]
    pub ics: Vec<PathBuf>,
    /// gov.uk's bank-holidays JSON.
    pub bank_holidays: Option<PathBuf>,
}

/// Who hears about what. Each role is a list: a school may have a deputy.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StaffConfig {
    #[serde(default)]
    pub office: Vec<StaffContact>,
    #[serde(default)]
    pub lead: Vec<StaffContact>,
    #[serde(default)]
    pub dsl: Vec<StaffContact>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StaffContact {
    pub name: String,
    pub email: Option<String>,
    pub mobile: Option<String>,
    pub telegram_chat: Option<i64>,
}

/// Who a safeguarding alert goes to when the DSL has not acknowledged it.
/// The DSLs in `[staff]` are alerted at once; in school hours the deputies
/// follow after `acknowledge_within_minutes`, then the head after as long
/// again; outside school hours the out-of-hours contacts follow instead.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SafeguardingConfig {
    #[serde(default = "defaults::acknowledge_within_minutes")]
    pub acknowledge_within_minutes: u32,
    #[serde(default)]
    pub deputies: Vec<StaffContact>,
    #[serde(default)]
    pub head: Vec<StaffContact>,
    #[serde(default)]
    pub out_of_hours: Vec<StaffContact>,
}

impl Default for SafeguardingConfig {
    fn default() -> Self {
        SafeguardingConfig {
            acknowledge_within_minutes: defaults::acknowledge_within_minutes(),
            deputies: Vec::new(),
            head: Vec::new(),
            out_of_hours: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceConfig {
    /// The school's target attendance, in percent.
    #[serde(default = "defaults::target")]
    pub target_percent: f64,
    /// Persistent and severe absence are judged once a pupil has had this
    /// many possible sessions this year, so one day off in September is
    /// not "50% absence".
    #[serde(default = "defaults::rate_after_sessions")]
    pub rate_after_sessions: u32,
}

impl Default for AttendanceConfig {
    fn default() -> Self {
        AttendanceConfig {
            target_percent: defaults::target(),
            rate_after_sessions: defaults::rate_after_sessions(),
        }
    }
}

/// When the attendance lead and the DSL get the daily digest, and the
/// office its own.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DigestConfig {
    /// Cron expressions (`sec min hour day-of-month month day-of-week`) in
    /// school-local time; a digest is only sent on school days.
    #[serde(default = "defaults::digest_times")]
    pub times: Vec<String>,
    /// The office's digest, once a school day at this school-local time
    /// (`"15:45"`).
    #[serde(default = "defaults::office_digest_time", with = "crate::domain::hhmm")]
    pub office_time: chrono::NaiveTime,
}

impl Default for DigestConfig {
    fn default() -> Self {
        DigestConfig {
            times: defaults::digest_times(),
            office_time: defaults::office_digest_time(),
        }
    }
}

mod defaults {
    use std::path::PathBuf;

    pub fn postgres_connections() -> usize {
        8
    }
    pub fn lease_seconds() -> u64 {
        20
    }
    pub fn sled_cache_mb() -> u64 {
        crate::store::SLED_CACHE_MB
    }

    pub fn data_dir() -> PathBuf {
        "data".into()
    }
    pub fn flows_dir() -> PathBuf {
        "flows".into()
    }
    pub fn messages_dir() -> PathBuf {
        "messages".into()
    }
    pub fn acknowledge_within_minutes() -> u32 {
        15
    }
    pub fn outbox_log() -> PathBuf {
        "outbox.log".into()
    }
    pub fn listen() -> std::net::SocketAddr {
        ([127, 0, 0, 1], 8080).into()
    }
    pub fn max_connections() -> usize {
        512
    }
    pub fn header_timeout_seconds() -> u64 {
        10
    }
    pub fn request_timeout_seconds() -> u64 {
        30
    }
    pub fn idle_timeout_seconds() -> u64 {
        60
    }
    pub fn twilio_api() -> String {
        "https://api.twilio.com".into()
    }
    pub fn inbox() -> String {
        "INBOX".into()
    }
    pub fn processed() -> String {
        "Processed".into()
    }
    pub fn poll_seconds() -> u64 {
        60
    }
    pub fn timezone() -> chrono_tz::Tz {
        chrono_tz::Europe::London
    }
    pub fn flow() -> String {
        "default".into()
    }
    pub fn target() -> f64 {
        96.0
    }
    pub fn rate_after_sessions() -> u32 {
        20
    }
    /// After the morning register has settled, and at the end of the day.
    pub fn digest_times() -> Vec<String> {
        vec!["0 0 10 * * *".into(), "0 30 15 * * *".into()]
    }
    /// Late enough for the afternoon's chases, while the office is in.
    pub fn office_digest_time() -> chrono::NaiveTime {
        chrono::NaiveTime::from_hms_opt(15, 45, 0).expect("a valid time")
    }
}

impl Config {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        let mut config = Config::parse(&text, path)?;
        config.base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        if config.base_dir.as_os_str().is_empty() {
            config.base_dir = PathBuf::from(".");
        }
        Ok(config)
    }

    /// Parses and validates config text; `path` is only for messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            line: e.span().map(|span| line_of(text, span.start)),
            message: e.message().to_string(),
        })?;
        config.validate().map_err(|message| Error::Config {
            path: path.to_path_buf(),
            line: None,
            message,
        })?;
        Ok(config)
    }

    fn validate(&mut self) -> std::result::Result<(), String> {
        if self.schools.is_empty() {
            return Err("no [[school]] is configured".into());
        }
        if let Some(pg) = &self.store.postgres
            && !LEASE_SECONDS.contains(&pg.lease_seconds)
        {
            return Err(format!(
                "store.postgres.lease_seconds must be from {} to {}",
                LEASE_SECONDS.start(),
                LEASE_SECONDS.end()
            ));
        }
        if self.store.sled_cache_mb == 0 {
            return Err("store.sled_cache_mb must be at least 1".into());
        }
        let http = &self.http;
        if http.max_connections < 16 {
            return Err("http.max_connections must be at least 16".into());
        }
        for (key, seconds) in [
            ("header_timeout_seconds", http.header_timeout_seconds),
            ("request_timeout_seconds", http.request_timeout_seconds),
            ("idle_timeout_seconds", http.idle_timeout_seconds),
        ] {
            if seconds == 0 {
                return Err(format!("http.{key} must be at least 1"));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, school) in self.schools.iter().enumerate() {
            let at = format!("school[{i}]");
            if school.id.trim().is_empty() {
                return Err(format!("{at}.id is empty"));
            }
            if !seen.insert(&school.id) {
                return Err(format!("{at}.id `{}` is used twice", school.id));
            }
            school
                .sessions
                .validate()
                .map_err(|e| format!("{at}.sessions.{e}"))?;
            for (name, times) in [("am", &school.sessions.am), ("pm", &school.sessions.pm)] {
                let open = times.register_closes - times.register_opens;
                if open > chrono::TimeDelta::minutes(REGISTER_OPEN_MINUTES_MAX) {
                    return Err(format!(
                        "{at}.sessions.{name}: the register closes {} minutes after the session \
                         starts; the 2024 regulations allow at most {REGISTER_OPEN_MINUTES_MAX}",
                        open.num_minutes()
                    ));
                }
            }
            school
                .thresholds
                .validate()
                .map_err(|e| format!("{at}.thresholds.{e}"))?;
            for (j, term) in school.calendar.terms.iter().enumerate() {
                if term.first_day > term.last_day {
                    return Err(format!(
                        "{at}.calendar.terms[{j}]: first_day is after last_day"
                    ));
                }
            }
            for (j, closure) in school.calendar.closures.iter().enumerate() {
                if closure.from > closure.to {
                    return Err(format!("{at}.calendar.closures[{j}]: from is after to"));
                }
            }
            if !(0.0..=100.0).contains(&school.attendance.target_percent) {
                return Err(format!("{at}.attendance.target_percent must be 0–100"));
            }
            for (j, time) in school.digest.times.iter().enumerate() {
                time.parse::<cron::Schedule>()
                    .map_err(|e| format!("{at}.digest.times[{j}] `{time}`: {e}"))?;
            }
            if let Some(wonde) = &school.wonde {
                wonde.validate().map_err(|e| format!("{at}.wonde.{e}"))?;
            }
        }
        self.validate_school_channels()?;
        for (i, school) in self.schools.iter_mut().enumerate() {
            if school.safeguarding.acknowledge_within_minutes == 0 {
                return Err(format!(
                    "school[{i}].safeguarding.acknowledge_within_minutes must be at least 1"
                ));
            }
            let staff = &mut school.staff;
            let chain = &mut school.safeguarding;
            for (role, people) in [
                ("staff.office", &mut staff.office),
                ("staff.lead", &mut staff.lead),
                ("staff.dsl", &mut staff.dsl),
                ("safeguarding.deputies", &mut chain.deputies),
                ("safeguarding.head", &mut chain.head),
                ("safeguarding.out_of_hours", &mut chain.out_of_hours),
            ] {
                for (j, person) in people.iter_mut().enumerate() {
                    if let Some(mobile) = &person.mobile {
                        person.mobile = Some(
                            crate::roster::phone::normalise(mobile)
                                .map_err(|e| format!("school[{i}].{role}[{j}].mobile: {e}"))?,
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// Normalises each school's own number and address, and refuses one
    /// claimed by two schools: a message must belong to one school.
    fn validate_school_channels(&mut self) -> std::result::Result<(), String> {
        let mut numbers = std::collections::HashSet::new();
        let mut addresses = std::collections::HashSet::new();
        for (i, school) in self.schools.iter_mut().enumerate() {
            let channels = &mut school.channels;
            if let Some(number) = &channels.sms_number {
                let number = crate::roster::phone::normalise(number)
                    .map_err(|e| format!("school[{i}].channels.sms_number: {e}"))?;
                if !numbers.insert(number.clone()) {
                    return Err(format!(
                        "school[{i}].channels.sms_number is another school's too"
                    ));
                }
                channels.sms_number = Some(number);
            }
            if let Some(address) = &channels.email_address {
                let address = address.trim().to_lowercase();
                if !address.contains('@') {
                    return Err(format!(
                        "school[{i}].channels.email_address is not an email address"
                    ));
                }
                if !addresses.insert(address.clone()) {
                    return Err(format!(
                        "school[{i}].channels.email_address is another school's too"
                    ));
                }
                channels.email_address = Some(address);
            }
        }
        if let Some(trust) = &mut self.trust {
            for (j, person) in trust.office.iter_mut().enumerate() {
                if let Some(mobile) = &person.mobile {
                    person.mobile = Some(
                        crate::roster::phone::normalise(mobile)
                            .map_err(|e| format!("trust.office[{j}].mobile: {e}"))?,
                    );
                }
            }
        }
        Ok(())
    }

    /// The store's folder, relative to the config file's.
    pub fn data_path(&self) -> PathBuf {
        self.resolve(&self.data_dir)
    }

    /// Checks that every file the config names exists; the error names the
    /// key and, from the config text, the line it is on.
    pub fn check_files(&self, config_path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(config_path)
            .map_err(|e| Error::io(format!("reading {}", config_path.display()), e))?;
        let mut named: Vec<(String, &Path)> = Vec::new();
        if let Some(roster) = &self.roster {
            named.push(("roster.pupils".into(), &roster.pupils));
            named.push(("roster.contacts".into(), &roster.contacts));
        }
        for (i, school) in self.schools.iter().enumerate() {
            for (j, file) in school.calendar.ics.iter().enumerate() {
                named.push((format!("school[{i}].calendar.ics[{j}]"), file));
            }
            if let Some(file) = &school.calendar.bank_holidays {
                named.push((format!("school[{i}].calendar.bank_holidays"), file));
            }
        }
        for (key, file) in named {
            let path = self.resolve(file);
            if !path.is_file() {
                let quoted = format!("\"{}\"", file.display());
                return Err(Error::Config {
                    path: config_path.to_path_buf(),
                    line: text.find(&quoted).map(|at| line_of(&text, at)),
                    message: format!("{key}: file {} does not exist", path.display()),
                });
            }
        }
        Ok(())
    }

    /// A path from the config, read relative to the config file's folder.
    pub fn resolve(&self, path: &Path) -> PathBuf {
        self.base_dir.join(path)
    }

    pub fn school(&self, id: &str) -> Option<&SchoolConfig> {
        self.schools.iter().find(|s| s.id == id)
    }
}

/// The 1-based line a byte offset falls on.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Configs for the crate's unit tests.
#[cfg(test)]
pub(crate) mod fixtures {
    /// One school with its two sessions and nothing else: every other
    /// setting at its default.
    pub const MINIMAL: &str = include_str!("../tests/fixtures/fernhill_sessions.toml");
}

#[cfg(test)]
mod tests {
    use super::*;

    use fixtures::MINIMAL;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, Path::new("config.toml"))
    }

    #[test]
    fn minimal_config_takes_defaults() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.schools[0].timezone, chrono_tz::Europe::London);
        assert_eq!(config.http.listen.port(), 8080);
        assert_eq!(config.schools[0].attendance.target_percent, 96.0);
        assert_eq!(config.schools[0].digest.times.len(), 2);
    }

    #[test]
    fn http_limits_take_defaults_and_refuse_nonsense() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.http.max_connections, 512);
        assert_eq!(config.http.trusted_proxy, None);
        let proxied =
            format!("[http]\ntrusted_proxy = \"10.0.0.2\"\nmax_connections = 2000\n{MINIMAL}");
        let config = parse(&proxied).unwrap();
        assert_eq!(config.http.trusted_proxy, Some("10.0.0.2".parse().unwrap()));
        assert_eq!(config.http.max_connections, 2000);
        for bad in [
            "max_connections = 3",
            "header_timeout_seconds = 0",
            "trusted_proxy = \"proxy.example\"",
        ] {
            assert!(
                parse(&format!("[http]\n{bad}\n{MINIMAL}")).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_work_lease_defaults_to_twenty_seconds_and_refuses_nonsense() {
        let store = |extra: &str| {
            format!("[store]\npostgres = {{ url = {{ env = \"DB\" }}{extra} }}\n{MINIMAL}")
        };
        let config = parse(&store("")).unwrap();
        assert_eq!(config.store.postgres.unwrap().lease_seconds, 20);
        let config = parse(&store(", lease_seconds = 5")).unwrap();
        assert_eq!(config.store.postgres.unwrap().lease_seconds, 5);
        for bad in [
            ", lease_seconds = 0",
            ", lease_seconds = 3",
            ", lease_seconds = 3600",
        ] {
            let err = parse(&store(bad)).unwrap_err().to_string();
            assert!(err.contains("lease_seconds"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_sled_cache_defaults_to_sixteen_megabytes_and_refuses_none() {
        assert_eq!(parse(MINIMAL).unwrap().store.sled_cache_mb, 16);
        let config = parse(&format!("[store]\nsled_cache_mb = 64\n{MINIMAL}")).unwrap();
        assert_eq!(config.store.sled_cache_mb, 64);
        let err = parse(&format!("[store]\nsled_cache_mb = 0\n{MINIMAL}"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("sled_cache_mb"), "{err}");
    }

    #[test]
    fn unknown_key_is_named_with_its_line() {
        let text = MINIMAL.replace("ends = \"12:00\"", "ends = \"12:00\"\nclose = \"09:00\"");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("unknown field `close`"), "{err}");
        assert!(err.contains("config.toml:9"), "{err}");
    }

    #[test]
    fn bad_time_is_named() {
        let err = parse(&MINIMAL.replace("09:15", "9.15am"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`9.15am` is not a time"), "{err}");
        assert!(err.contains("config.toml:7"), "{err}");
    }

    #[test]
    fn the_offices_digest_time_is_read_as_hh_mm() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.schools[0].digest.office_time.to_string(), "15:45:00");
        let text = format!("{MINIMAL}[school.digest]\noffice_time = \"14:30\"\n");
        assert_eq!(
            parse(&text).unwrap().schools[0]
                .digest
                .office_time
                .to_string(),
            "14:30:00"
        );
        let text = format!("{MINIMAL}[school.digest]\noffice_time = \"half three\"\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("`half three` is not a time as HH:MM"), "{err}");
    }

    #[test]
    fn a_bad_digest_time_is_named() {
        let text = format!("{MINIMAL}[school.digest]\ntimes = [\"10:00\"]\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("school[0].digest.times[0] `10:00`"), "{err}");
    }

    #[test]
    fn a_schools_own_number_is_normalised_and_belongs_to_one_school() {
        let school = |id: &str, number: &str| {
            MINIMAL.replace("id = \"fernhill\"", &format!("id = \"{id}\""))
                + &format!("[school.channels]\nsms_number = \"{number}\"\n")
        };
        let two = school("fernhill", "07700 900001") + &school("oakfield", "07700 900002");
        let config = parse(&two).unwrap();
        assert_eq!(
            config.schools[1].channels.sms_number.as_deref(),
            Some("+447700900002")
        );
        let clash = school("fernhill", "07700 900001") + &school("oakfield", "+447700900001");
        let err = parse(&clash).unwrap_err().to_string();
        assert!(
            err.contains("school[1].channels.sms_number is another school's too"),
            "{err}"
        );
    }

    #[test]
    fn a_register_open_more_than_30_minutes_is_refused() {
        let at_30 = parse(&MINIMAL.replace("\"13:15\"", "\"13:30\"")).unwrap();
        assert_eq!(
            at_30.schools[0].sessions.pm.register_closes.to_string(),
            "13:30:00"
        );
        let err = parse(&MINIMAL.replace("\"13:15\"", "\"13:31\""))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("school[0].sessions.pm: the register closes 31 minutes after"),
            "{err}"
        );
    }

    #[test]
    fn thresholds_default_to_the_national_ones_and_a_school_may_set_its_own() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.schools[0].thresholds, Thresholds::default());
        let text = format!("{MINIMAL}[school.thresholds]\npenalty_approaching_sessions = 6\n");
        let config = parse(&text).unwrap();
        assert_eq!(config.schools[0].thresholds.penalty_approaching_sessions, 6);
        assert_eq!(config.schools[0].thresholds.penalty_sessions, 10);
        let typo = format!("{MINIMAL}[school.thresholds]\npenalty_session = 6\n");
        let err = parse(&typo).unwrap_err().to_string();
        assert!(err.contains("unknown field `penalty_session`"), "{err}");
        let late = format!("{MINIMAL}[school.thresholds]\npenalty_approaching_sessions = 12\n");
        let err = parse(&late).unwrap_err().to_string();
        assert!(
            err.contains("school[0].thresholds.penalty_approaching_sessions (12) must be below"),
            "{err}"
        );
    }

    #[test]
    fn no_school_is_an_error() {
        let err = parse("data_dir = \"x\"").unwrap_err().to_string();
        assert!(err.contains("no [[school]]"), "{err}");
    }

    #[test]
    fn times_out_of_order_are_an_error() {
        let err = parse(&MINIMAL.replace("\"09:15\"", "\"08:00\""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("school[0].sessions.am"), "{err}");
    }

    #[test]
    fn missing_named_files_are_reported_with_key_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let text =
            format!("[roster]\npupils = \"pupils.csv\"\ncontacts = \"contacts.csv\"\n{MINIMAL}");
        std::fs::write(&path, text).unwrap();
        std::fs::write(dir.path().join("pupils.csv"), "").unwrap();
        let config = Config::load(&path).unwrap();
        let err = config.check_files(&path).unwrap_err().to_string();
        assert!(
            err.contains("config.toml:3: roster.contacts: file"),
            "{err}"
        );
        std::fs::write(dir.path().join("contacts.csv"), "").unwrap();
        config.check_files(&path).unwrap();
    }

    #[test]
    fn secrets_come_from_env_or_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("token"), "s3cret\n").unwrap();
        let from_file = SecretRef {
            env: None,
            file: Some("token".into()),
        };
        assert_eq!(from_file.resolve(dir.path()).unwrap(), "s3cret");
        let missing = SecretRef {
            env: Some("ABSENCE_LINE_TEST_UNSET_VAR".into()),
            file: None,
        };
        assert!(matches!(
            missing.resolve(dir.path()),
            Err(Error::MissingSecret(_))
        ));
    }
}
