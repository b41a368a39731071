//! What the library-level tests set up again and again: dates, Fernhill's
//! config, a roster from CSV text, a parent's text, a concern kept as the
//! pipeline keeps it.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use absence_line::calendar::load_schools;
use absence_line::config::Config;
use absence_line::domain::{Pupil, School};
use absence_line::inbound::{InboundMessage, Sender};
use absence_line::outbox::{Channel, OutboundMessage, Outbox, Role};
use absence_line::safeguarding::{ConcernId, ConcernRecord, Records};
use absence_line::schools::{ConfiguredSchool, Schools};
use absence_line::store::Store;

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A report's stated arrival, written `HH:MM`.
pub fn arrival(hh_mm: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(hh_mm, "%H:%M").unwrap())
}

/// Fernhill with its two sessions and nothing else; a test appends the
/// terms, staff or other tables it needs.
pub const FERNHILL_SESSIONS: &str = include_str!("../fixtures/fernhill_sessions.toml");

/// The config `text` read as `config.toml` would be.
pub fn config(text: &str) -> Config {
    Config::parse(text, Path::new("config.toml")).unwrap()
}

/// Fernhill as configured by `text`.
pub fn fernhill(text: &str) -> ConfiguredSchool {
    Schools::from_config(&config(text), None)
        .unwrap()
        .get("fernhill")
        .unwrap()
        .clone()
}

/// The corpus's Fernhill (tests/fixtures/fernhill.toml) as the parser
/// reads it, loaded once for every parser test.
pub static FERNHILL: LazyLock<School> = LazyLock::new(|| {
    let path = super::repo().join("tests/fixtures/fernhill.toml");
    load_schools(&Config::load(&path).unwrap(), None)
        .unwrap()
        .remove(0)
});

/// The corpus's Fernhill (tests/fixtures/fernhill.toml), its whole
/// calendar, with `extra` (its staff, most often) appended.
pub fn fernhill_corpus_config(extra: &str) -> Config {
    let path = super::repo().join("tests/fixtures/fernhill.toml");
    let text = std::fs::read_to_string(&path).unwrap() + extra;
    Config::parse(&text, &path).unwrap()
}

/// Two schools in one config: the corpus's Fernhill
/// (tests/fixtures/fernhill.toml) once as `fernhill` and once as
/// `oakfield`, each with its own number (`+447700900001`,
/// `+447700900002`), office, DSL and deputy. `trust` comes first; `each(id)`
/// is appended to each school's tables, straight after its office's
/// (another `[[school.staff.office]]`, its `[school.digest]`).
pub fn two_schools(trust: &str, each: impl Fn(&str) -> String) -> Config {
    let fernhill =
        std::fs::read_to_string(super::repo().join("tests/fixtures/fernhill.toml")).unwrap();
    let school = |id: &str, number: &str| {
        let own = fernhill
            .replace("data_dir = \"data\"", "")
            .replace("id = \"fernhill\"", &format!("id = \"{id}\""))
            .replace("deputy@fernhill", &format!("deputy@{id}"));
        format!(
            "{own}\n[school.channels]\nsms_number = \"{number}\"\n\
             [school.staff]\ndsl = [{{ name = \"DSL\", email = \"dsl@{id}.example.org\" }}]\n\
             [[school.staff.office]]\nname = \"Office\"\nemail = \"office@{id}.example.org\"\n{}",
            each(id)
        )
    };
    let text = format!(
        "{trust}\n{}{}",
        school("fernhill", "+447700900001"),
        school("oakfield", "+447700900002")
    );
    Config::parse(&text, Path::new("two_schools.toml")).unwrap()
}

/// The header of a roster's pupils CSV.
pub const PUPILS_HEADER: &str = "school,upn,first_name,last_name,known_as,year,flags\n";
/// The header of a roster's contacts CSV.
pub const CONTACTS_HEADER: &str =
    "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n";

/// Writes a roster's two CSV files, `pupils.csv` and `contacts.csv`, into
/// `dir` from their rows (the headers added); their paths.
pub fn write_roster(dir: &Path, pupils: &str, contacts: &str) -> (PathBuf, PathBuf) {
    let (pupils_csv, contacts_csv) = (dir.join("pupils.csv"), dir.join("contacts.csv"));
    std::fs::write(&pupils_csv, format!("{PUPILS_HEADER}{pupils}")).unwrap();
    std::fs::write(&contacts_csv, format!("{CONTACTS_HEADER}{contacts}")).unwrap();
    (pupils_csv, contacts_csv)
}

/// Imports Fernhill's roster from the rows of its two CSV files, as
/// `import roster` does on `today`.
pub fn import_roster(store: &Store, pupils: &str, contacts: &str, today: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (pupils_csv, contacts_csv) = write_roster(dir.path(), pupils, contacts);
    absence_line::roster::import_files(store, &pupils_csv, &contacts_csv, &["fernhill"], d(today))
        .unwrap();
}

/// A text from `from` as the SMS channel hands it over, to no school's
/// number in particular.
pub fn sms(id: &str, from: &str, text: &str, received_at: DateTime<Utc>) -> InboundMessage {
    InboundMessage {
        channel: Channel::Sms,
        provider_id: id.into(),
        from: Sender::Phone {
            number: from.into(),
        },
        school: None,
        subject: None,
        text: text.into(),
        received_at,
        in_reply_to: None,
        attachments: vec![],
    }
}

/// A text of `kind` to Millie's mother about Millie.
pub fn text_to_millies_mother(role: Role, kind: &str, text: &str) -> OutboundMessage {
    OutboundMessage {
        school: Some("fernhill".into()),
        channel: Channel::Sms,
        to: "+447700900123".into(),
        role,
        pupils: vec!["A100".into()],
        kind: kind.into(),
        subject: None,
        text: text.into(),
        html: None,
        in_reply_to: None,
        choices: vec![],
        not_before: None,
    }
}

/// Every message in the outbox, oldest first.
pub fn queued(outbox: &Outbox) -> Vec<OutboundMessage> {
    outbox
        .all()
        .unwrap()
        .into_iter()
        .map(|e| e.message)
        .collect()
}

/// Keeps a concern about `pupil` raised by the inbox's message
/// `inbox_id`, as the pipeline keeps it for a message that raises one.
pub fn raise_concern(store: &Store, inbox_id: &str, pupil: &Pupil, raised_at: DateTime<Utc>) {
    Records::open(store)
        .unwrap()
        .raise(&ConcernRecord::new(
            ConcernId::of_message(inbox_id),
            pupil.school.clone(),
            std::slice::from_ref(pupil),
            raised_at,
            Vec::new(),
        ))
        .unwrap();
}
