//! The roster as stored: pupils, their contacts, and the indexes that find
//! a contact from a phone number, an email address or a Telegram chat
//! without scanning.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Contact, Pupil};
use crate::error::Result;
use crate::store::{Batch, Decoded, Store, Table};

/// Index keys join their parts with the unit separator, which cannot occur
/// in a phone number, an address or a UPN.
const SEP: char = '\u{1f}';

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub pupils_added: usize,
    pub pupils_updated: usize,
    pub pupils_left: usize,
    pub pupils_unchanged: usize,
    pub contacts_added: usize,
    pub contacts_updated: usize,
    pub contacts_removed: usize,
    pub contacts_unchanged: usize,
    /// Safeguarding flags and emails the import cleared (confirmed, or few).
    #[serde(skip)]
    pub cleared: Vec<super::guards::Clearing>,
}

impl ImportSummary {
    /// True when the import found the store already as the files say.
    pub fn is_no_change(&self) -> bool {
        self.pupils_added
            + self.pupils_updated
            + self.pupils_left
            + self.contacts_added
            + self.contacts_updated
            + self.contacts_removed
            == 0
    }
}

impl std::fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_no_change() {
            return write!(
                f,
                "no change ({} pupils, {} contacts already up to date)",
                self.pupils_unchanged, self.contacts_unchanged
            );
        }
        write!(
            f,
            "pupils: {} added, {} updated, {} marked as left, {} unchanged; contacts: {} added, {} updated, {} removed, {} unchanged",
            self.pupils_added,
            self.pupils_updated,
            self.pupils_left,
            self.pupils_unchanged,
            self.contacts_added,
            self.contacts_updated,
            self.contacts_removed,
            self.contacts_unchanged
        )?;
        if !self.cleared.is_empty() {
            write!(
                f,
                "; {} safeguarding flags or emails cleared",
                self.cleared.len()
            )?;
        }
        Ok(())
    }
}

/// How many decoded pupils a roster keeps: a large school's several times
/// over.
const KEPT_PUPILS: usize = 8192;

/// Who is on roll and who to contact about them, as the daemon reads it.
/// Cheap to clone.
#[derive(Clone)]
pub struct Roster {
    store: Store,
    /// `school/upn` → pupil.
    pupils: Table<Pupil>,
    /// Pupils as last decoded, for [`Roster::all_pupils`]: each digest and
    /// each register taken reads the whole school, which rarely changes.
    decoded: Decoded<Pupil>,
    /// `upn/priority` → contact.
    contacts: Table<Contact>,
    by_phone: Table<()>,
    by_email: Table<()>,
    by_chat: Table<()>,
}

impl Roster {
    /// The roster kept in a store (empty until the first import).
    pub fn open(store: &Store) -> Result<Roster> {
        Ok(Roster {
            store: store.clone(),
            pupils: store.table("pupils")?,
            decoded: Decoded::new(KEPT_PUPILS),
            contacts: store.table("contacts")?,
            by_phone: store.table("contacts_by_phone")?,
            by_email: store.table("contacts_by_email")?,
            by_chat: store.table("contacts_by_chat")?,
        })
    }

    /// A pupil, on roll or left.
    pub fn pupil(&self, school: &str, upn: &str) -> Result<Option<Pupil>> {
        self.pupils.get(&pupil_key(school, upn))
    }

    /// Pupils on roll at a school, in UPN order.
    pub fn pupils(&self, school: &str) -> Result<Vec<Pupil>> {
        Ok(self
            .all_pupils(school)?
            .into_iter()
            .filter(Pupil::on_roll)
            .collect())
    }

    /// Every pupil a school has had, leavers included.
    pub fn all_pupils(&self, school: &str) -> Result<Vec<Pupil>> {
        Ok(self
            .decoded
            .scan_prefix(&self.pupils, &format!("{school}/"))?
            .into_iter()
            .map(|(_, p)| p)
            .collect())
    }

    /// A pupil's contacts, parents first.
    pub fn contacts_of(&self, upn: &str) -> Result<Vec<Contact>> {
        self.contacts
            .scan_prefix(&format!("{upn}/"))
            .map(|r| r.map(|(_, c)| c))
            .collect()
    }

    /// Deletes a pupil's contacts and their look-ups (a leaver's, once the
    /// school's retention period is over); returns how many.
    pub fn forget_contacts_of(&self, upn: &str) -> Result<usize> {
        let contacts = self.contacts_of(upn)?;
        let mut batch = self.store.batch();
        for contact in &contacts {
            batch.remove(&self.contacts, &contact_key(contact));
            self.unindex(&mut batch, contact);
        }
        batch.commit()?;
        Ok(contacts.len())
    }

    /// The contacts with this mobile number. E.164 is expected; a number in
    /// another form (`07700 900123`) is normalised first.
    pub fn contacts_by_phone(&self, e164: &str) -> Result<Vec<Contact>> {
        let normalised = super::phone::normalise(e164);
        self.lookup(&self.by_phone, normalised.as_deref().unwrap_or(e164))
    }

    /// The contacts with this email address, in any case.
    pub fn contacts_by_email(&self, address: &str) -> Result<Vec<Contact>> {
        self.lookup(&self.by_email, &address.trim().to_lowercase())
    }

    /// The contacts linked to a Telegram chat.
    pub fn contacts_by_chat(&self, chat_id: i64) -> Result<Vec<Contact>> {
        self.lookup(&self.by_chat, &chat_id.to_string())
    }

    /// Links a Telegram chat to every contact with this phone number;
    /// returns how many were linked (none: the number is not on the roster).
    /// A chat is one person's: contacts it was linked to under another
    /// number (a parent who changed phones) are unlinked in the same write.
    pub fn link_chat(&self, e164: &str, chat_id: i64) -> Result<usize> {
        let _writing = self.store.write_records()?;
        let contacts = self.contacts_by_phone(e164)?;
        let linking: BTreeSet<String> = contacts.iter().map(contact_key).collect();
        let mut batch = self.store.batch();
        for stale in self.contacts_by_chat(chat_id)? {
            if !linking.contains(&contact_key(&stale)) {
                batch.remove(&self.by_chat, &index_key(&chat_id.to_string(), &stale));
                let unlinked = Contact {
                    telegram_chat: None,
                    ..stale
                };
                batch.put(&self.contacts, &contact_key(&unlinked), &unlinked)?;
            }
        }
        for contact in &contacts {
            if let Some(old) = contact.telegram_chat {
                batch.remove(&self.by_chat, &index_key(&old.to_string(), contact));
            }
            let linked = Contact {
                telegram_chat: Some(chat_id),
                ..contact.clone()
            };
            batch.put(&self.contacts, &contact_key(contact), &linked)?;
            batch.put(
                &self.by_chat,
                &index_key(&chat_id.to_string(), contact),
                &(),
            )?;
        }
        batch.commit()?;
        Ok(contacts.len())
    }

    fn lookup(&self, index: &Table<()>, value: &str) -> Result<Vec<Contact>> {
        let mut found = Vec::new();
        for entry in index.scan_prefix(&format!("{value}{SEP}")) {
            let (key, ()) = entry?;
            let mut parts = key.split(SEP).skip(1);
            if let (Some(upn), Some(priority)) = (parts.next(), parts.next())
                && let Some(contact) = self.contacts.get(&format!("{upn}/{priority}"))?
            {
                found.push(contact);
            }
        }
        Ok(found)
    }

    /// Replaces the roster of the schools in `pupils` with what the files
    /// say, in one atomic write: pupils no longer listed are marked as left
    /// on `today`, never deleted; each listed pupil's contacts become
    /// exactly those given (keeping linked Telegram chats).
    pub fn import(
        &self,
        pupils: &[Pupil],
        contacts: &[Contact],
        today: NaiveDate,
    ) -> Result<ImportSummary> {
        // Contacts are rewritten from what is read here: a chat linked
        // meanwhile must not be lost.
        let _writing = self.store.write_records()?;
        let mut summary = ImportSummary::default();
        let mut batch = self.store.batch();
        let schools: BTreeSet<&str> = pupils.iter().map(|p| p.school.as_str()).collect();
        let listed: BTreeSet<String> = pupils
            .iter()
            .map(|p| pupil_key(&p.school, &p.upn))
            .collect();

        for pupil in pupils {
            let key = pupil_key(&pupil.school, &pupil.upn);
            match self.pupils.get(&key)? {
                Some(old) if old == *pupil => summary.pupils_unchanged += 1,
                Some(_) => {
                    summary.pupils_updated += 1;
                    batch.put(&self.pupils, &key, pupil)?;
                }
                None => {
                    summary.pupils_added += 1;
                    batch.put(&self.pupils, &key, pupil)?;
                }
            }
        }
        for school in &schools {
            for old in self.all_pupils(school)? {
                if old.on_roll() && !listed.contains(&pupil_key(&old.school, &old.upn)) {
                    summary.pupils_left += 1;
                    let left = Pupil {
                        left_on: Some(today),
                        ..old
                    };
                    batch.put(&self.pupils, &pupil_key(&left.school, &left.upn), &left)?;
                }
            }
        }

        let mut wanted: BTreeMap<String, Contact> = BTreeMap::new();
        for contact in contacts {
            wanted.insert(contact_key(contact), contact.clone());
        }
        for pupil in pupils {
            for old in self.contacts_of(&pupil.upn)? {
                let key = contact_key(&old);
                match wanted.remove(&key) {
                    Some(new) => {
                        let new = Contact {
                            telegram_chat: old.telegram_chat,
                            ..new
                        };
                        if new == old {
                            summary.contacts_unchanged += 1;
                        } else {
                            summary.contacts_updated += 1;
                            self.unindex(&mut batch, &old);
                            self.index(&mut batch, &new)?;
                            batch.put(&self.contacts, &key, &new)?;
                        }
                    }
                    None => {
                        summary.contacts_removed += 1;
                        self.unindex(&mut batch, &old);
                        batch.remove(&self.contacts, &key);
                    }
                }
            }
        }
        for (key, contact) in wanted {
            summary.contacts_added += 1;
            self.index(&mut batch, &contact)?;
            batch.put(&self.contacts, &key, &contact)?;
        }
        batch.commit()?;
        Ok(summary)
    }

    fn index(&self, batch: &mut Batch<'_>, contact: &Contact) -> Result<()> {
        if let Some(mobile) = &contact.mobile {
            batch.put(&self.by_phone, &index_key(mobile, contact), &())?;
        }
        if let Some(email) = &contact.email {
            batch.put(&self.by_email, &index_key(email, contact), &())?;
        }
        if let Some(chat) = contact.telegram_chat {
            batch.put(&self.by_chat, &index_key(&chat.to_string(), contact), &())?;
        }
        Ok(())
    }

    fn unindex(&self, batch: &mut Batch<'_>, contact: &Contact) {
        if let Some(mobile) = &contact.mobile {
            batch.remove(&self.by_phone, &index_key(mobile, contact));
        }
        if let Some(email) = &contact.email {
            batch.remove(&self.by_email, &index_key(email, contact));
        }
        if let Some(chat) = contact.telegram_chat {
            batch.remove(&self.by_chat, &index_key(&chat.to_string(), contact));
        }
    }
}

fn pupil_key(school: &str, upn: &str) -> String {
    format!("{school}/{upn}")
}

fn contact_key(contact: &Contact) -> String {
    format!("{}/{:02}", contact.upn, contact.priority)
}

fn index_key(value: &str, contact: &Contact) -> String {
    format!("{value}{SEP}{}{SEP}{:02}", contact.upn, contact.priority)
}
