//! The outbox's indexes, written in the same batch as the entry they point
//! to, so the staff screens read a pupil's messages or the school's work
//! list without reading every message ever sent.
//!
//! Keys start with the message's school (empty for a message for no
//! school in particular) and end with the entry's key; the value is the
//! entry's key, so nothing parses a key back.

use chrono::{DateTime, SecondsFormat, Utc};

use super::{OnceKey, OutboxEntry, Role, Status};

/// Pupil's messages: `school/upn/entry key`.
pub(super) const BY_PUPIL: &str = "outbox_by_pupil";
/// Messages staff must see (notices to them, failed deliveries):
/// `school/entry key`.
pub(super) const FOR_STAFF: &str = "outbox_for_staff";
/// Of those, the ones whose work-list item is still open: `school/entry
/// key`. A notice joins as it is queued, a failed message to a family as
/// it fails; closing the item moves its notices to [`CLOSED_FOR_STAFF`].
pub(super) const OPEN_FOR_STAFF: &str = "outbox_open_for_staff";
/// Notices whose item was closed, by when: `school/closed at/entry key`,
/// the time written so that key order is time order.
pub(super) const CLOSED_FOR_STAFF: &str = "outbox_closed_for_staff";

fn school_part(school: Option<&str>) -> &str {
    school.unwrap_or("")
}

pub(super) fn pupil_prefix(school: Option<&str>, upn: &str) -> String {
    format!("{}/{upn}/", school_part(school))
}

pub(super) fn staff_prefix(school: Option<&str>) -> String {
    format!("{}/", school_part(school))
}

/// The first key after every key under [`staff_prefix`]: `0` follows `/`.
pub(super) fn staff_prefix_end(school: Option<&str>) -> String {
    format!("{}0", school_part(school))
}

/// The by-pupil keys of an entry: one per pupil it names.
pub(super) fn pupil_keys(entry: &OutboxEntry) -> impl Iterator<Item = String> + '_ {
    let school = entry.message.school.as_deref();
    entry
        .message
        .pupils
        .iter()
        .map(move |upn| format!("{}{}", pupil_prefix(school, upn), entry.key))
}

/// Whether staff must see an entry from the moment it is queued: a notice
/// to them. A digest is a summary of the work, not an item of it.
pub(super) fn for_staff_when_queued(entry: &OutboxEntry) -> bool {
    let digest = matches!(
        entry.once,
        Some(OnceKey::Digest { .. } | OnceKey::OfficeDigest { .. })
    );
    !digest && matches!(entry.message.role, Role::Office | Role::Dsl)
}

/// Whether an entry joined what staff must see by failing: its item
/// opens then, and only then, since a message fails once.
pub(super) fn for_staff_by_failing(entry: &OutboxEntry) -> bool {
    !for_staff_when_queued(entry) && matches!(entry.status, Status::Failed { .. })
}

/// The for-staff key of an entry, when staff must see it; the same key
/// lists it as open.
pub(super) fn staff_key(entry: &OutboxEntry) -> Option<String> {
    let for_staff = for_staff_when_queued(entry) || matches!(entry.status, Status::Failed { .. });
    for_staff.then(|| {
        format!(
            "{}{}",
            staff_prefix(entry.message.school.as_deref()),
            entry.key
        )
    })
}

/// Where closed notices of `school` begin at `at`, or are listed when
/// closed then: the time in UTC with nanoseconds, fixed width.
pub(super) fn closed_prefix(school: Option<&str>, at: DateTime<Utc>) -> String {
    format!(
        "{}{}/",
        staff_prefix(school),
        at.to_rfc3339_opts(SecondsFormat::Nanos, true)
    )
}

/// The closed-notice key of an entry closed at `at`.
pub(super) fn closed_key(entry: &OutboxEntry, at: DateTime<Utc>) -> String {
    format!(
        "{}{}",
        closed_prefix(entry.message.school.as_deref(), at),
        entry.key
    )
}
