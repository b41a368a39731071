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
    use chrono::Duration;

    use crate::outbox::{
        Channel, Delivery, OnceKey, OutboundMessage, Recipient, ReplyPurpose, SendError,
    };

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

    /// A small deterministic generator, so the walk is the same each run.
    struct Walk(u64);

    impl Walk {
        fn pick(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    const SCHOOLS: [Option<&str>; 3] = [Some("fernhill"), Some("oakfield"), None];

    /// The items a scan of every notice to staff makes, leaving out those
    /// closed (as `closed` holds them) before `since`.
    fn scanned(
        list: &Worklist,
        outbox: &Outbox,
        closed: &BTreeMap<String, DateTime<Utc>>,
        (school, safeguarding, trust_wide): (&str, bool, bool),
        since: DateTime<Utc>,
    ) -> Vec<Item> {
        let all = outbox
            .for_staff(school)
            .unwrap()
            .into_iter()
            .filter(|e| closed.get(&e.key).is_none_or(|at| *at >= since))
            .collect();
        list.gather(all, school, safeguarding, trust_wide).unwrap()
    }

    fn index_values(store: &Store, name: &str) -> HashSet<String> {
        store
            .table::<String>(name)
            .unwrap()
            .iter()
            .map(|r| r.unwrap().1)
            .collect()
    }

    #[test]
    fn the_open_index_agrees_with_a_scan_of_every_notice_through_every_change() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        let list = Worklist::open(&store, outbox.clone()).unwrap();
        let start = at();
        let mut now = start;
        let mut closed: BTreeMap<String, DateTime<Utc>> = BTreeMap::new();
        let mut walk = Walk(0x9e37_79b9_7f4a_7c15);
        let mut closes = 0;
        for step in 0..250 {
            let school = SCHOOLS[walk.pick(3)];
            let inbox = format!("sms/SM{}", walk.pick(12));
            match walk.pick(8) {
                // A notice to staff; the same message's notice to someone
                // else joins its item, even after the item is closed.
                0 | 1 => {
                    let (role, kind) =
                        [(Role::Office, "needs_staff"), (Role::Dsl, "safeguarding")][walk.pick(2)];
                    let to = ["a@x.org", "b@x.org", "c@x.org"][walk.pick(3)];
                    let message = OutboundMessage {
                        school: school.map(Into::into),
                        ..notice(role, kind, to)
                    };
                    outbox
                        .enqueue(message, Some(&staff_notice(&inbox, kind, to)), now)
                        .unwrap();
                }
                // A message to a family, which may fail.
                2 => {
                    let message = OutboundMessage {
                        school: school.map(Into::into),
                        ..notice(Role::Contact(1), "ack", "+447700900123")
                    };
                    let once = OnceKey::Reply {
                        inbox,
                        purpose: ReplyPurpose::Ack,
                    };
                    outbox.enqueue(message, Some(&once), now).unwrap();
                }
                // The dispatcher sends, retries or gives up on a message,
                // re-writing its entry and its indexes (`settle`).
                3 | 4 => {
                    let due = outbox.due(now, 10).unwrap();
                    if due.is_empty() {
                        continue;
                    }
                    let mut entry = due[walk.pick(due.len())].clone();
                    outbox.mark_sending(&mut entry, now).unwrap();
                    match walk.pick(3) {
                        0 => outbox
                            .mark_sent(&mut entry, Delivery { provider_id: None }, now)
                            .unwrap(),
                        1 => outbox
                            .mark_failed(&mut entry, SendError::Retry("busy".into()), now)
                            .unwrap(),
                        _ => outbox
                            .mark_failed(&mut entry, SendError::Permanent("no".into()), now)
                            .unwrap(),
                    }
                }
                // Someone closes an open item they can see.
                5 | 6 => {
                    let viewer = school.unwrap_or("fernhill");
                    let open: Vec<Item> = list
                        .items(viewer, true, school.is_none(), now)
                        .unwrap()
                        .into_iter()
                        .filter(|i| i.done.is_none())
                        .collect();
                    if open.is_empty() {
                        continue;
                    }
                    let item = &open[walk.pick(open.len())];
                    let done = Done {
                        who: "staff:jo".into(),
                        at: now,
                        note: format!("dealt with at step {step}"),
                    };
                    assert!(list.mark_done(item, done).unwrap());
                    closes += 1;
                    if !item.safeguarding {
                        for key in &item.notices {
                            closed.entry(key.clone()).or_insert(now);
                        }
                    }
                }
                _ => now += Duration::minutes(walk.pick(600) as i64 + 1),
            }
            for viewer in ["fernhill", "oakfield"] {
                for view in [(false, false), (true, false), (true, true)] {
                    let view = (viewer, view.0, view.1);
                    for since in [start, now - Duration::hours(3), now] {
                        assert_eq!(
                            list.items(view.0, view.1, view.2, since).unwrap(),
                            scanned(&list, &outbox, &closed, view, since),
                            "step {step}, {view:?}, since {since}"
                        );
                    }
                }
            }
            let listed = index_values(&store, "outbox_for_staff");
            let open: HashSet<String> = listed
                .iter()
                .filter(|k| !closed.contains_key(*k))
                .cloned()
                .collect();
            assert_eq!(
                index_values(&store, "outbox_open_for_staff"),
                open,
                "step {step}"
            );
            assert_eq!(
                index_values(&store, "outbox_closed_for_staff"),
                closed.keys().cloned().collect::<HashSet<_>>(),
                "step {step}"
            );
        }
        assert!(closes > 20 && !closed.is_empty(), "the walk closed items");
    }

    #[test]
    fn the_schema_step_builds_the_open_index_of_an_older_store() {
        let dir = tempfile::tempdir().unwrap();
        let last_year: DateTime<Utc> = "2025-11-24T08:00:00Z".parse().unwrap();
        let before;
        {
            let store = Store::open(dir.path()).unwrap();
            let outbox = Outbox::open(&store).unwrap();
            for inbox in ["sms/CLOSED-OLD", "sms/CLOSED-TODAY", "sms/OPEN"] {
                for to in ["a@x.org", "b@x.org"] {
                    outbox
                        .enqueue(
                            notice(Role::Office, "needs_staff", to),
                            Some(&staff_notice(inbox, "needs_staff", to)),
                            last_year,
                        )
                        .unwrap();
                }
            }
            let list = Worklist::open(&store, outbox.clone()).unwrap();
            let items = list.items("fernhill", false, false, last_year).unwrap();
            // As schema 5 closed items: a row per notice, no index.
            let closed_notices = store.table::<DateTime<Utc>>(CLOSED_NOTICES).unwrap();
            for (id, when) in [
                ("staff/sms/CLOSED-OLD/needs_staff", last_year),
                ("staff/sms/CLOSED-TODAY/needs_staff", at()),
            ] {
                let item = items.iter().find(|i| i.id == id).unwrap();
                let done = Done {
                    who: "staff:jo".into(),
                    at: when,
                    note: "rang back".into(),
                };
                store
                    .table::<Done>("web_forwarded_done")
                    .unwrap()
                    .insert(id, &done)
                    .unwrap();
                for key in &item.notices {
                    closed_notices.insert(key, &when).unwrap();
                }
            }
            for name in ["outbox_open_for_staff", "outbox_closed_for_staff"] {
                let index = store.table::<String>(name).unwrap();
                for key in index.iter().map(|r| r.unwrap().0).collect::<Vec<_>>() {
                    index.remove(&key).unwrap();
                }
            }
            before = list.gather(
                outbox.for_staff("fernhill").unwrap(),
                "fernhill",
                false,
                false,
            );
            store
                .table::<u32>("meta")
                .unwrap()
                .insert("schema_version", &5)
                .unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let list = Worklist::open(&store, Outbox::open(&store).unwrap()).unwrap();
        let today = list.items("fernhill", false, false, at()).unwrap();
        let ids: Vec<&str> = today.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "staff/sms/CLOSED-TODAY/needs_staff",
                "staff/sms/OPEN/needs_staff"
            ],
            "the item closed before the day shown is left out"
        );
        assert!(today[0].done.is_some() && today[1].done.is_none());
        let all_since_then = list.items("fernhill", false, false, last_year).unwrap();
        assert_eq!(all_since_then, before.unwrap());
        assert_eq!(
            index_values(&store, "outbox_open_for_staff").len(),
            2,
            "the open item's two notices"
        );
    }

    #[test]
    fn two_schools_never_see_each_others_items_open_or_closed_the_same_day() {
        let store = Store::temporary().unwrap();
        let outbox = Outbox::open(&store).unwrap();
        // "fern" sorts just before "fernhill": a range over one school's
        // closed notices must stop at the end of its own.
        for (school, inbox) in [
            ("fern", "sms/F1"),
            ("fern", "sms/F2"),
            ("fernhill", "sms/H1"),
            ("fernhill", "sms/H2"),
        ] {
            outbox
                .enqueue(
                    OutboundMessage {
                        school: Some(school.into()),
                        ..notice(Role::Office, "needs_staff", "a@x.org")
                    },
                    Some(&staff_notice(inbox, "needs_staff", "a@x.org")),
                    at(),
                )
                .unwrap();
        }
        let list = Worklist::open(&store, outbox).unwrap();
        for school in ["fern", "fernhill"] {
            let first = list.items(school, false, false, at()).unwrap().remove(0);
            let done = Done {
                who: "staff:jo".into(),
                at: at() + Duration::hours(1),
                note: "done".into(),
            };
            assert!(list.mark_done(&first, done).unwrap());
        }
        let ids = |school: &str| -> Vec<(String, bool)> {
            list.items(school, true, true, at())
                .unwrap()
                .into_iter()
                .map(|i| (i.id, i.done.is_some()))
                .collect()
        };
        assert_eq!(
            ids("fern"),
            [
                ("staff/sms/F1/needs_staff".to_string(), true),
                ("staff/sms/F2/needs_staff".to_string(), false)
            ]
        );
        assert_eq!(
            ids("fernhill"),
            [
                ("staff/sms/H1/needs_staff".to_string(), true),
                ("staff/sms/H2/needs_staff".to_string(), false)
            ]
        );
        assert!(ids("oakfield").is_empty());
        // Fernhill's closed notice made unreadable: Fern's list does not
        // read it.
        let fernhill_closed = &list.items("fernhill", true, true, at()).unwrap()[0].notices;
        let entries = store.table::<serde_json::Value>("outbox").unwrap();
        for key in fernhill_closed {
            entries
                .insert(key, &serde_json::json!("unreadable"))
                .unwrap();
        }
        assert_eq!(ids("fern").len(), 2);
    }
}
