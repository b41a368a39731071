//! The store's schema version, and the place migrations go.
//!
//! Each released change to how data is laid out bumps [`CURRENT`] and adds
//! a step to [`MIGRATIONS`] that brings a store from the version before.

use super::Store;
use crate::error::{Error, Result};

/// The layout this build reads and writes.
pub const CURRENT: u32 = 6;

/// `MIGRATIONS[i]` moves a store from version `i + 1` to `i + 2`.
const MIGRATIONS: &[fn(&Store) -> Result<()>] = &[
    // 1 → 2: the register's year codes, built from its entries.
    crate::register::build_year_codes,
    // 2 → 3: each claimed outbox message's once key as a field.
    crate::outbox::record_once_keys,
    // 3 → 4: the indexes the staff screens read through.
    build_indexes,
    // 4 → 5: the register's entries a chase follows up.
    crate::register::build_follow_ups,
    // 5 → 6: the work list's open items, and its closed ones by when.
    crate::web::worklist::index_open_items,
];

fn build_indexes(store: &Store) -> Result<()> {
    crate::inbound::index_senders(store)?;
    crate::outbox::build_indexes(store)
}

const KEY: &str = "schema_version";

/// The schema version recorded in the store.
pub(super) fn version(store: &Store) -> Result<u32> {
    store
        .table::<u32>("meta")?
        .get(KEY)?
        .ok_or_else(|| Error::Store("the store has no schema version".into()))
}

pub(super) fn migrate(store: &Store) -> Result<()> {
    let meta = store.table::<u32>("meta")?;
    let found = match meta.get(KEY)? {
        Some(v) => v,
        None => {
            meta.insert(KEY, &CURRENT)?;
            store.flush()?;
            return Ok(());
        }
    };
    if found > CURRENT {
        return Err(Error::Store(format!(
            "the store has schema version {found}, newer than this build's {CURRENT}: upgrade absence-line"
        )));
    }
    for version in found..CURRENT {
        MIGRATIONS[(version - 1) as usize](store)?;
        meta.insert(KEY, &(version + 1))?;
        store.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inbound::{InboundMessage, Inbox, Sender, SenderKey};
    use crate::outbox::{Channel, OutboundMessage, Outbox, Role};

    fn sms(sid: &str, number: &str) -> InboundMessage {
        crate::inbound::fixtures::sms(
            sid,
            number,
            "Millie is poorly",
            "2026-11-23T07:40:00Z".parse().unwrap(),
        )
    }

    fn to(role: Role, pupils: &[&str]) -> OutboundMessage {
        OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Sms,
            to: "+447700900123".into(),
            role,
            pupils: pupils.iter().map(|&p| p.into()).collect(),
            kind: "ack".into(),
            subject: None,
            text: "Thank you".into(),
            html: None,
            in_reply_to: None,
            choices: vec![],
            not_before: None,
        }
    }

    fn phone(number: &str) -> Vec<SenderKey> {
        SenderKey::of_sender(&Sender::Phone {
            number: number.into(),
        })
        .into_iter()
        .collect()
    }

    #[test]
    fn the_indexes_list_what_was_stored_before_them_and_since() {
        let dir = tempfile::tempdir().unwrap();
        let now = "2026-11-23T08:00:00Z".parse().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            Inbox::open(&store)
                .unwrap()
                .accept(sms("SM1", "+447700900123"))
                .unwrap();
            let outbox = Outbox::open(&store).unwrap();
            outbox
                .enqueue(to(Role::Contact(1), &["A1"]), None, now)
                .unwrap();
            outbox
                .enqueue(to(Role::Office, &["B2"]), None, now)
                .unwrap();
            // As a version 3 store left them: the messages, no indexes.
            for name in ["inbox_by_sender", "outbox_by_pupil", "outbox_for_staff"] {
                let index = store.table::<String>(name).unwrap();
                let keys: Vec<String> = index.iter().map(|r| r.unwrap().0).collect();
                assert!(!keys.is_empty(), "{name} written with the message");
                for key in keys {
                    index.remove(&key).unwrap();
                }
            }
            store.table::<u32>("meta").unwrap().insert(KEY, &3).unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(version(&store).unwrap(), CURRENT);
        let inbox = Inbox::open(&store).unwrap();
        inbox.accept(sms("SM2", "+447700900123")).unwrap();
        inbox.accept(sms("SM3", "+447700900999")).unwrap();
        let mine: Vec<String> = inbox
            .from_senders(&phone("+447700900123"))
            .unwrap()
            .into_iter()
            .map(|e| e.message.provider_id)
            .collect();
        assert_eq!(mine, ["SM1", "SM2"]);

        let outbox = Outbox::open(&store).unwrap();
        outbox.enqueue(to(Role::Dsl, &["A1"]), None, now).unwrap();
        let roles = |entries: Vec<crate::outbox::OutboxEntry>| -> Vec<Role> {
            entries.into_iter().map(|e| e.message.role).collect()
        };
        assert_eq!(
            roles(outbox.of_pupil("fernhill", "A1").unwrap()),
            [Role::Contact(1), Role::Dsl]
        );
        assert_eq!(roles(outbox.of_pupil("oakwood", "A1").unwrap()), []);
        assert_eq!(
            roles(outbox.for_staff("fernhill").unwrap()),
            [Role::Office, Role::Dsl]
        );
    }

    #[test]
    fn a_newer_store_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .table::<u32>("meta")
                .unwrap()
                .insert(KEY, &(CURRENT + 1))
                .unwrap();
            store.flush().unwrap();
        }
        let err = Store::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("newer than this build"), "{err}");
    }
}
