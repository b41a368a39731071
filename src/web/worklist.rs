//! What has been forwarded to a person, as a list to work through.
//!
//! Everything the daemon hands to staff goes through the outbox as a notice
//! to the office or the DSL (`needs_staff`, `unknown_sender`,
//! `register_conflict`, `safeguarding`, the chase's staff steps, opt-outs
//! …), so the outbox is the one source of the list. A notice sent to two
//! people, or on three channels, is one item: the item is its once key's
//! purpose without the recipient ([`OnceKey::work_item`]). A message to a
//! family that could not be delivered is an item too. Marking an item done
//! keeps who did it, when, and their note, and moves its notices from the
//! outbox's index of open items to its closed ones, in the same batch, so
//! the list reads the open items and the day's closed ones: a year of staff
//! notices is not read on every visit to Today.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::outbox::{Outbox, OutboxEntry, Role, Status};
use crate::store::{Store, Table};

/// How an item was closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub who: String,
    pub at: DateTime<Utc>,
    pub note: String,
}

/// One thing a person must deal with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    /// `needs_staff`, `unknown_sender`, `failed_delivery` …
    pub kind: String,
    pub school: Option<String>,
    pub pupils: Vec<String>,
    pub subject: Option<String>,
    /// `None` when withheld from this viewer: a notice about a message
    /// that raised a safeguarding concern quotes it, and only the DSL may
    /// read that.
    pub text: Option<String>,
    pub at: DateTime<Utc>,
    /// For the DSL's eyes only.
    pub safeguarding: bool,
    /// Why a delivery failed, when one did.
    pub failure: Option<String>,
    pub done: Option<Done>,
    /// The outbox keys of its notices.
    #[serde(skip)]
    pub notices: Vec<String>,
}

/// The inbound message a staff notice was raised for.
pub fn inbox_id_of(entry: &OutboxEntry) -> Option<&str> {
    entry.once.as_ref()?.noticed_message()
}

/// The item a message belongs to: for a notice to staff, its purpose
/// without the recipient; for a failed message to a family, the message.
fn item_id(entry: &OutboxEntry) -> String {
    match &entry.once {
        Some(once) if is_staff_role(entry.message.role) => once.work_item(),
        Some(once) => format!("failed/{once}"),
        None if is_staff_role(entry.message.role) => entry.key.clone(),
        None => format!("failed/{}", entry.key),
    }
}

fn is_staff_role(role: Role) -> bool {
    matches!(role, Role::Office | Role::Dsl)
}

fn safeguarding_sources(entries: &[OutboxEntry]) -> HashSet<String> {
    entries
        .iter()
        .filter(|e| e.message.role == Role::Dsl)
        .filter_map(|e| inbox_id_of(e).map(str::to_string))
        .collect()
}

/// Where schema 5 and before kept when each closed item's notices were
/// closed, by outbox key; read only by the schema step.
const CLOSED_NOTICES: &str = "web_forwarded_closed_notices";

/// The work list over the outbox, with what has been done.
#[derive(Clone)]
pub struct Worklist {
    store: Store,
    outbox: Outbox,
    done: Table<Done>,
}

impl Worklist {
    pub fn open(store: &Store, outbox: Outbox) -> Result<Worklist> {
        Ok(Worklist {
            store: store.clone(),
            outbox,
            done: store.table("web_forwarded_done")?,
        })
    }

    /// Every item for a school, oldest first, but those closed before
    /// `closed_since`, whose notices are not read; those for no school in
    /// particular (the trust office's) only when `trust_wide`, for staff of
    /// every school of the trust. Safeguarding items are left out unless
    /// `safeguarding`.
    pub fn items(
        &self,
        school: &str,
        safeguarding: bool,
        trust_wide: bool,
        closed_since: DateTime<Utc>,
    ) -> Result<Vec<Item>> {
        let shown = self.outbox.for_staff_open(school, closed_since)?;
        self.gather(shown, school, safeguarding, trust_wide)
    }

    /// The items `all` notices make, as [`Worklist::items`] lists them.
    fn gather(
        &self,
        all: Vec<OutboxEntry>,
        school: &str,
        safeguarding: bool,
        trust_wide: bool,
    ) -> Result<Vec<Item>> {
        let withheld = if safeguarding {
            HashSet::new()
        } else {
            safeguarding_sources(&all)
        };
        let mut items: BTreeMap<String, Item> = BTreeMap::new();
        for entry in all {
            let staff = is_staff_role(entry.message.role);
            let failure = match &entry.status {
                Status::Failed { error, .. } => Some(error.clone()),
                _ => None,
            };
            if !staff && failure.is_none() {
                continue;
            }
            let ours = match entry.message.school.as_deref() {
                Some(s) => s == school,
                None => trust_wide,
            };
            if !ours {
                continue;
            }
            let id = item_id(&entry);
            let item = items.entry(id.clone()).or_insert_with(|| Item {
                id,
                kind: if staff {
                    entry.message.kind.clone()
                } else {
                    "failed_delivery".into()
                },
                school: entry.message.school.clone().map(String::from),
                pupils: entry.message.pupils.iter().map(|u| u.to_string()).collect(),
                subject: entry.message.subject.clone(),
                text: inbox_id_of(&entry)
                    .is_none_or(|id| !withheld.contains(id))
                    .then(|| entry.message.text.clone()),
                at: entry.created_at,
                safeguarding: entry.message.role == Role::Dsl,
                failure: None,
                done: None,
                notices: Vec::new(),
            });
            item.notices.push(entry.key.clone());
            item.safeguarding |= entry.message.role == Role::Dsl;
            if let Some(error) = failure {
                item.failure = Some(format!(
                    "{} to {} failed: {error}",
                    entry.message.channel, entry.message.role
                ));
            }
        }
        let mut items: Vec<Item> = items
            .into_values()
            .filter(|i| safeguarding || !i.safeguarding)
            .collect();
        for item in &mut items {
            item.done = self.done.get(&item.id)?;
        }
        items.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        Ok(items)
    }

    /// Closes an item with a note; the first close stands. A
    /// safeguarding item's notices are read always: they are what
    /// withholds the words from the office's notices of the same message.
    pub fn mark_done(&self, item: &Item, done: Done) -> Result<bool> {
        if done.note.trim().is_empty() {
            return Err(Error::Refused("say what was done in the note".into()));
        }
        let mut batch = self.store.batch();
        batch.put_new(&self.done, &item.id, &done)?;
        if !item.safeguarding {
            self.outbox
                .stage_closing(&mut batch, &item.notices, done.at)?;
        }
        batch.commit()
    }
}

/// Schema step: the outbox's index of open items, and of those closed by
/// when, from the closed notices schema 5 kept.
pub(crate) fn index_open_items(store: &Store) -> Result<()> {
    let closed: Table<DateTime<Utc>> = store.table(CLOSED_NOTICES)?;
    crate::outbox::build_open_index(store, &|key| closed.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::{Channel, OnceKey, OutboundMessage, Recipient, ReplyPurpose};

    fn notice(role: Role, kind: &str, to: &str) -> OutboundMessage {
        OutboundMessage {
            school: Some("fernhill".into()),
            channel: Channel::Email,
            to: to.into(),
            role,
            pupils: vec!["A1".into()],
            kind: kind.into(),
            subject: Some("Needs a decision".into()),
            text: "wrote about Millie".into(),
            html: None,
            in_reply_to: None,
            choices: vec![],
            not_before: None,
        }
    }

    fn at() -> DateTime<Utc> {
        "2026-11-23T08:00:00Z".parse().unwrap()
    }

    fn staff_notice(inbox: &str, kind: &str, to: &str) -> OnceKey {
        OnceKey::StaffNotice {
            inbox: inbox.into(),
            kind: kind.into(),
            recipient: Recipient::new(Channel::Email, to),
        }
    }

    #[test]
    fn a_notice_to_several_people_is_one_item_and_safeguarding_is_for_the_dsl() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        for to in ["a@x.org", "b@x.org"] {
            outbox
                .enqueue(
                    notice(Role::Office, "needs_staff", to),
                    Some(&staff_notice("sms/SM1", "needs_staff", to)),
                    at(),
                )
                .unwrap();
        }
        outbox
            .enqueue(
                notice(Role::Dsl, "safeguarding", "dsl@x.org"),
                Some(&staff_notice("sms/SM2", "safeguarding", "dsl@x.org")),
                at(),
            )
            .unwrap();
        outbox
            .enqueue(
                notice(Role::Contact(1), "ack", "+447700900123"),
                Some(&OnceKey::Reply {
                    inbox: "sms/SM1".into(),
                    purpose: ReplyPurpose::Ack,
                }),
                at(),
            )
            .unwrap();
        outbox
            .enqueue(
                notice(Role::Office, "needs_staff", "a@x.org"),
                Some(&staff_notice("sms/SM2", "needs_staff", "a@x.org")),
                at(),
            )
            .unwrap();
        let list = Worklist::open(&store, outbox).unwrap();

        let office = list.items("fernhill", false, false, at()).unwrap();
        assert_eq!(office.len(), 2);
        assert_eq!(office[0].id, "staff/sms/SM1/needs_staff");
        assert!(office[0].text.is_some());
        assert_eq!(office[1].id, "staff/sms/SM2/needs_staff");
        assert_eq!(office[1].text, None, "it quotes a safeguarding message");
        let dsl = list.items("fernhill", true, false, at()).unwrap();
        assert_eq!(dsl.len(), 3);
        assert!(dsl.iter().any(|i| i.safeguarding));
        assert!(dsl.iter().all(|i| i.text.is_some()));
        assert!(
            list.items("elsewhere", true, false, at())
                .unwrap()
                .is_empty()
        );

        let done = Done {
            who: "staff:jo".into(),
            at: at(),
            note: "called mum".into(),
        };
        assert!(list.mark_done(&office[0], done.clone()).unwrap());
        assert!(!list.mark_done(&office[0], done.clone()).unwrap());
        assert_eq!(
            list.items("fernhill", false, false, at()).unwrap()[0].done,
            Some(done.clone())
        );
        assert!(
            list.mark_done(
                &office[1],
                Done {
                    note: " ".into(),
                    ..done
                }
            )
            .is_err()
        );
    }

    #[test]
    fn notices_about_different_things_to_one_person_stay_separate_items() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        for refused in ["R1", "R2"] {
            outbox
                .enqueue(
                    notice(Role::Office, "staff_sms_opted_out", "office@x.org"),
                    Some(&OnceKey::OptedOutNotice {
                        school: "fernhill".into(),
                        to: "office@x.org".into(),
                        refused: refused.into(),
                    }),
                    at(),
                )
                .unwrap();
        }
        let list = Worklist::open(&store, outbox).unwrap();
        let items = list.items("fernhill", false, false, at()).unwrap();
        assert_eq!(
            items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            ["sms_opted_out/fernhill/R1", "sms_opted_out/fernhill/R2"]
        );
    }

    #[test]
    fn an_item_closed_before_the_day_shown_is_not_read_and_an_old_open_one_still_shows() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let last_year: DateTime<Utc> = "2025-11-24T08:00:00Z".parse().unwrap();
        for inbox in ["sms/OLD-CLOSED", "sms/OLD-OPEN"] {
            outbox
                .enqueue(
                    notice(Role::Office, "needs_staff", "a@x.org"),
                    Some(&staff_notice(inbox, "needs_staff", "a@x.org")),
                    last_year,
                )
                .unwrap();
        }
        let list = Worklist::open(&store, outbox.clone()).unwrap();
        let old = list.items("fernhill", false, false, last_year).unwrap();
        let closed = old
            .iter()
            .find(|i| i.id == "staff/sms/OLD-CLOSED/needs_staff")
            .unwrap();
        let done = Done {
            who: "staff:jo".into(),
            at: last_year,
            note: "rang back".into(),
        };
        assert!(list.mark_done(closed, done).unwrap());
        // The closed item's notice made unreadable: reading it would fail.
        let entries = store.table::<serde_json::Value>("outbox").unwrap();
        for key in &closed.notices {
            assert!(entries.contains(key).unwrap(), "{key}");
            entries
                .insert(key, &serde_json::json!("unreadable"))
                .unwrap();
        }

        let today = list.items("fernhill", false, false, at()).unwrap();
        assert_eq!(
            today.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            ["staff/sms/OLD-OPEN/needs_staff"],
            "the old open item shows; the old closed one is not read"
        );
        assert!(
            list.items("fernhill", false, false, last_year).is_err(),
            "on the day it was closed, it is read"
        );
    }

    #[test]
    fn a_closed_safeguarding_item_still_withholds_the_words_from_the_office() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let last_year: DateTime<Utc> = "2025-11-24T08:00:00Z".parse().unwrap();
        for (role, kind, to) in [
            (Role::Dsl, "safeguarding", "dsl@x.org"),
            (Role::Office, "needs_staff", "a@x.org"),
        ] {
            outbox
                .enqueue(
                    notice(role, kind, to),
                    Some(&staff_notice("sms/SG", kind, to)),
                    last_year,
                )
                .unwrap();
        }
        let list = Worklist::open(&store, outbox).unwrap();
        let dsl = list.items("fernhill", true, false, last_year).unwrap();
        let concern = dsl.iter().find(|i| i.safeguarding).unwrap();
        let done = Done {
            who: "staff:dsl".into(),
            at: last_year,
            note: "spoke to the family".into(),
        };
        assert!(list.mark_done(concern, done).unwrap());
        let office = list.items("fernhill", false, false, at()).unwrap();
        assert_eq!(office.len(), 1);
        assert_eq!(office[0].text, None, "still withheld from the office");
    }
}
