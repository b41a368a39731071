//! The roster: who is on roll, and who the school contacts about them.
//!
//! Imported from the MIS's `pupils.csv` and `contacts.csv`
//! (`interfaces.md`), all or nothing, and looked up by phone, email or chat
//! whenever a message arrives.

mod csv_files;
pub mod phone;
mod repository;

pub(crate) use csv_files::Sheet;
pub use csv_files::read_roster;
pub use repository::{ImportSummary, Roster};

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::Config;
use crate::error::Result;
use crate::store::Store;

/// Reads both files and imports them; nothing is stored if either file has
/// a bad row.
pub fn import_files(
    store: &Store,
    pupils: &Path,
    contacts: &Path,
    schools: &[&str],
    today: NaiveDate,
) -> Result<ImportSummary> {
    let (pupils, contacts) = read_roster(pupils, contacts, schools)?;
    Roster::open(store)?.import(&pupils, &contacts, today)
}

/// Imports roster files for the schools a config names, as at `now`:
/// pupils no longer listed are marked as left on the schools' local date.
pub fn import_for_config(
    store: &Store,
    config: &Config,
    pupils: &Path,
    contacts: &Path,
    now: DateTime<Utc>,
) -> Result<ImportSummary> {
    let schools: Vec<&str> = config.schools.iter().map(|s| s.id.as_str()).collect();
    // Every school of one trust is in England, so any school's zone gives
    // the same date; a config always has at least one school.
    let today = config.schools.first().map_or(now.date_naive(), |s| {
        now.with_timezone(&s.timezone).date_naive()
    });
    import_files(store, pupils, contacts, &schools, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    const PUPILS: &str = "school,upn,first_name,last_name,known_as,year,flags\n\
        fernhill,A100,Amelia,Okafor,Millie,Y3,\n\
        fernhill,A101,Ben,Okafor,,R,fsm;send\n\
        fernhill,A102,Ava,Smith,,Y5,looked_after\n";
    const CONTACTS: &str = "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n\
        A100,1,Grace Okafor,mother,,07700 900123,Grace@Example.org,en\n\
        A101,1,Grace Okafor,mother,,+44 (0)7700-900123,grace@example.org,en\n\
        A101,2,Tunde Okafor,father,yes,07700900124,,\n\
        A102,1,Kasia Smith,carer,,0044 7700 900125,,pl\n\
        A102,3,Jan Smith,uncle,,07700 900126,,\n";

    struct Files {
        dir: tempfile::TempDir,
    }

    impl Files {
        fn new(pupils: &str, contacts: &str) -> Files {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("pupils.csv"), pupils).unwrap();
            std::fs::write(dir.path().join("contacts.csv"), contacts).unwrap();
            Files { dir }
        }
        fn import(&self, store: &Store, today: &str) -> Result<ImportSummary> {
            import_files(
                store,
                &self.dir.path().join("pupils.csv"),
                &self.dir.path().join("contacts.csv"),
                &["fernhill"],
                today.parse().unwrap(),
            )
        }
    }

    #[test]
    fn import_indexes_contacts_and_is_idempotent() {
        let store = Store::temporary().unwrap();
        let files = Files::new(PUPILS, CONTACTS);
        let first = files.import(&store, "2026-11-23").unwrap();
        assert_eq!((first.pupils_added, first.contacts_added), (3, 5));
        let again = files.import(&store, "2026-11-24").unwrap();
        assert!(again.is_no_change(), "{again}");
        assert!(again.to_string().starts_with("no change"));

        let roster = Roster::open(&store).unwrap();
        let grace = roster.contacts_by_phone("+447700900123").unwrap();
        assert_eq!(
            grace.iter().map(|c| c.upn.as_str()).collect::<Vec<_>>(),
            ["A100", "A101"]
        );
        assert_eq!(
            roster.contacts_by_email("GRACE@example.org").unwrap().len(),
            2
        );
        let ben = roster.pupil("fernhill", "A101").unwrap().unwrap();
        assert_eq!(
            ben.flags,
            vec![
                crate::domain::PupilFlag::Send,
                crate::domain::PupilFlag::Fsm
            ]
        );
        let contacts = roster.contacts_of("A102").unwrap();
        assert_eq!(
            contacts.iter().map(|c| c.priority).collect::<Vec<_>>(),
            [1, 3]
        );
        assert!(contacts[0].parental_responsibility && !contacts[1].parental_responsibility);
        assert_eq!(contacts[0].language, "pl");
    }

    #[test]
    fn a_pupil_missing_later_is_marked_left_and_contacts_follow_the_file() {
        let store = Store::temporary().unwrap();
        Files::new(PUPILS, CONTACTS)
            .import(&store, "2026-11-23")
            .unwrap();
        let roster = Roster::open(&store).unwrap();
        roster.link_chat("+447700900123", 5551234).unwrap();

        let pupils = PUPILS
            .lines()
            .filter(|l| !l.contains("A102"))
            .collect::<Vec<_>>()
            .join("\n");
        let contacts = CONTACTS
            .lines()
            .filter(|l| !l.contains("A102") && !l.contains("Tunde"))
            .collect::<Vec<_>>()
            .join("\n");
        let summary = Files::new(&pupils, &contacts)
            .import(&store, "2026-12-01")
            .unwrap();
        assert_eq!((summary.pupils_left, summary.contacts_removed), (1, 1));

        let ava = roster.pupil("fernhill", "A102").unwrap().unwrap();
        assert_eq!(ava.left_on, Some("2026-12-01".parse().unwrap()));
        assert_eq!(roster.pupils("fernhill").unwrap().len(), 2);
        assert_eq!(roster.all_pupils("fernhill").unwrap().len(), 3);
        assert!(
            roster
                .contacts_by_phone("+447700900124")
                .unwrap()
                .is_empty(),
            "index follows removal"
        );
        assert_eq!(
            roster.contacts_by_chat(5551234).unwrap().len(),
            2,
            "linked chats survive a re-import"
        );
    }

    #[test]
    fn a_chat_follows_its_owner_to_a_new_number() {
        let store = Store::temporary().unwrap();
        Files::new(PUPILS, CONTACTS)
            .import(&store, "2026-11-23")
            .unwrap();
        let roster = Roster::open(&store).unwrap();
        assert_eq!(
            roster.link_chat("07700 900123", 77).unwrap(),
            2,
            "any form of the number"
        );
        assert_eq!(roster.link_chat("+447700900124", 77).unwrap(), 1);
        let linked = roster.contacts_by_chat(77).unwrap();
        assert_eq!(
            linked.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["Tunde Okafor"]
        );
        assert!(
            roster
                .contacts_by_phone("+447700900123")
                .unwrap()
                .iter()
                .all(|c| c.telegram_chat.is_none())
        );
        assert_eq!(
            roster.link_chat("+447700900999", 78).unwrap(),
            0,
            "not on the roster"
        );
        assert!(roster.contacts_by_chat(78).unwrap().is_empty());
    }

    fn import_error(pupils: &str, contacts: &str) -> (String, usize, String) {
        let store = Store::temporary().unwrap();
        match Files::new(pupils, contacts).import(&store, "2026-11-23") {
            Err(Error::Csv {
                file, row, column, ..
            }) => {
                assert!(
                    Roster::open(&store)
                        .unwrap()
                        .all_pupils("fernhill")
                        .unwrap()
                        .is_empty(),
                    "nothing stored"
                );
                (file.rsplit('/').next().unwrap().to_string(), row, column)
            }
            other => panic!("expected a CSV error, got {other:?}"),
        }
    }

    #[test]
    fn bad_rows_name_file_row_and_column_and_store_nothing() {
        let bad_year = PUPILS.replace("Y5,looked_after", "Y14,looked_after");
        assert_eq!(
            import_error(&bad_year, CONTACTS),
            ("pupils.csv".into(), 4, "year".into())
        );
        let bad_school = PUPILS.replace("fernhill,A101", "elsewhere,A101");
        assert_eq!(
            import_error(&bad_school, CONTACTS),
            ("pupils.csv".into(), 3, "school".into())
        );
        let bad_phone = CONTACTS.replace("07700900124", "0770090012");
        assert_eq!(
            import_error(PUPILS, &bad_phone),
            ("contacts.csv".into(), 4, "mobile".into())
        );
        let unknown_pupil = format!("{CONTACTS}Z999,1,Someone,,,07700 900127,,\n");
        assert_eq!(
            import_error(PUPILS, &unknown_pupil),
            ("contacts.csv".into(), 7, "upn".into())
        );
        let missing_column = PUPILS.replace("first_name,", "");
        assert_eq!(import_error(&missing_column, CONTACTS).2, "first_name");
        let bad_flag = PUPILS.replace("fsm;send", "fsm;pupil_premium");
        assert_eq!(
            import_error(&bad_flag, CONTACTS),
            ("pupils.csv".into(), 3, "flags".into())
        );
    }
}
