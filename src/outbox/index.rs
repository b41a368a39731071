//! The outbox's indexes, written in the same batch as the entry they point
//! to, so the staff screens read a pupil's messages or the school's work
//! list without reading every message ever sent.
//!
//! Keys start with the message's school (empty for a message for no
//! school in particular) and end with the entry's key; the value is the
//! entry's key, so nothing parses a key back.

use super::{OnceKey, OutboxEntry, Role, Status};

/// Pupil's messages: `school/upn/entry key`.
pub(super) const BY_PUPIL: &str = "outbox_by_pupil";
/// Messages staff must see (notices to them, failed deliveries):
/// `school/entry key`.
pub(super) const FOR_STAFF: &str = "outbox_for_staff";

fn school_part(school: Option<&str>) -> &str {
    school.unwrap_or("")
}

pub(super) fn pupil_prefix(school: Option<&str>, upn: &str) -> String {
    format!("{}/{upn}/", school_part(school))
}

pub(super) fn staff_prefix(school: Option<&str>) -> String {
    format!("{}/", school_part(school))
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

/// The for-staff key of an entry, when staff must see it. A digest is
/// a summary of the work, not an item of it.
pub(super) fn staff_key(entry: &OutboxEntry) -> Option<String> {
    let digest = matches!(
        entry.once,
        Some(OnceKey::Digest { .. } | OnceKey::OfficeDigest { .. })
    );
    let for_staff = !digest && matches!(entry.message.role, Role::Office | Role::Dsl)
        || matches!(entry.status, Status::Failed { .. });
    for_staff.then(|| {
        format!(
            "{}{}",
            staff_prefix(entry.message.school.as_deref()),
            entry.key
        )
    })
}
