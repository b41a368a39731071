//! The roster: who is on roll, and who the school contacts about them.
//!
//! Imported from the MIS's `pupils.csv` and `contacts.csv`
//! (`interfaces.md`), all or nothing, and looked up by phone, email or chat
//! whenever a message arrives. An import never erases by accident: a
//! column earlier exports had must still be there ([`guards`]), and
//! clearing safeguarding flags or emails wholesale needs confirming.

mod csv_files;
pub mod guards;
mod import_log;
pub mod phone;
mod repository;
mod spreadsheet_text;

pub use csv_files::read_roster;
pub(crate) use csv_files::{RosterExport, Sheet, is_plausible_email};
pub use import_log::{FilesDigest, ImportLog, ImportedBy};
pub use repository::{ImportSummary, Roster};

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::store::Store;

/// How an import may go.
#[derive(Debug, Clone, Default)]
pub struct ImportRules {
    /// Optional columns the MIS does not export: kept as stored.
    pub not_exported: Vec<String>,
    /// Clearing safeguarding flags or emails for many pupils was confirmed.
    pub confirmed: bool,
}

/// Reads both files and imports them; nothing is stored if either file has
/// a bad row, lacks a column earlier imports had, or would clear
/// safeguarding flags or emails for many pupils unconfirmed.
pub fn import_files(
    store: &Store,
    pupils: &Path,
    contacts: &Path,
    schools: &[&str],
    today: NaiveDate,
) -> Result<ImportSummary> {
    import_checked(
        store,
        pupils,
        contacts,
        schools,
        today,
        &ImportRules::default(),
        ImportedBy::Command,
    )
}

fn import_checked(
    store: &Store,
    pupils: &Path,
    contacts: &Path,
    schools: &[&str],
    today: NaiveDate,
    rules: &ImportRules,
    by: ImportedBy,
) -> Result<ImportSummary> {
    let export = csv_files::read_export(pupils, contacts, schools)?;
    import_export(store, export, today, rules, by)
}

/// Imports a roster already read (from files, or from the MIS's API)
/// through the same guards: nothing is stored if it lacks a column earlier
/// imports had, or would clear safeguarding flags or emails for many
/// pupils unconfirmed.
pub(crate) fn import_export(
    store: &Store,
    mut export: RosterExport,
    today: NaiveDate,
    rules: &ImportRules,
    by: ImportedBy,
) -> Result<ImportSummary> {
    let roster = Roster::open(store)?;
    let mut log = ImportLog::read(store)?;
    guards::check_columns(&export, &log.columns, &rules.not_exported)?;
    guards::keep_not_exported(&roster, &mut export, &rules.not_exported)?;
    let cleared = guards::clearings(&roster, &export.pupils, &export.contacts)?;
    guards::check_clearings(&cleared, rules.confirmed)?;
    let mut summary = roster.import(&export.pupils, &export.contacts, today)?;
    summary.cleared = cleared;
    log.columns.pupils.extend(export.pupil_columns);
    log.columns.contacts.extend(export.contact_columns);
    log.last_by = Some(by);
    log.write(store)?;
    Ok(summary)
}

/// The schools' local date at `now`. Every school of one trust is in
/// England, so any school's zone gives the same date; a config always has
/// at least one school.
pub fn local_today(config: &Config, now: DateTime<Utc>) -> NaiveDate {
    config.schools.first().map_or(now.date_naive(), |s| {
        now.with_timezone(&s.timezone).date_naive()
    })
}

/// `absence-line import roster`: imports roster files for the schools a
/// config names, as at `now`: pupils no longer listed are marked as left
/// on the schools' local date.
pub fn import_for_config(
    store: &Store,
    config: &Config,
    pupils: &Path,
    contacts: &Path,
    now: DateTime<Utc>,
    confirmed: bool,
) -> Result<ImportSummary> {
    let schools: Vec<&str> = config.schools.iter().map(|s| s.id.as_str()).collect();
    let rules = ImportRules {
        not_exported: config.mis.not_exported.clone(),
        confirmed,
    };
    import_checked(
        store,
        pupils,
        contacts,
        &schools,
        local_today(config, now),
        &rules,
        ImportedBy::Command,
    )
}

/// What the daemon did with config's `[roster]` files at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartImport {
    /// The config names no roster files.
    NoFiles,
    /// The files are as the daemon last imported them.
    Unchanged,
    /// The files changed, but `import roster` (or a sync from the MIS) has
    /// run since the daemon last imported them: importing them would undo
    /// that import.
    LaterImportKept,
    Imported(ImportSummary),
}

/// Imports config's `[roster]` files when the daemon starts, only if they
/// changed since it last did and no `import roster` ran since.
pub fn import_at_start(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<StartImport> {
    let Some(files) = &config.roster else {
        return Ok(StartImport::NoFiles);
    };
    let (pupils, contacts) = (
        config.resolve(&files.pupils),
        config.resolve(&files.contacts),
    );
    let read =
        |path: &Path| std::fs::read(path).map_err(|e| Error::io(path.display().to_string(), e));
    let digest = FilesDigest::of(&read(&pupils)?, &read(&contacts)?);
    let log = ImportLog::read(store)?;
    if log.config_files.as_ref() == Some(&digest) {
        return Ok(StartImport::Unchanged);
    }
    if matches!(log.last_by, Some(ImportedBy::Command | ImportedBy::Mis)) {
        return Ok(StartImport::LaterImportKept);
    }
    let schools: Vec<&str> = config.schools.iter().map(|s| s.id.as_str()).collect();
    let rules = ImportRules {
        not_exported: config.mis.not_exported.clone(),
        confirmed: false,
    };
    let summary = import_checked(
        store,
        &pupils,
        &contacts,
        &schools,
        local_today(config, now),
        &rules,
        ImportedBy::Config,
    )?;
    let mut log = ImportLog::read(store)?;
    log.config_files = Some(digest);
    log.write(store)?;
    Ok(StartImport::Imported(summary))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PupilFlag;
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
            self.import_with(store, today, &ImportRules::default())
        }
        fn import_with(
            &self,
            store: &Store,
            today: &str,
            rules: &ImportRules,
        ) -> Result<ImportSummary> {
            import_checked(
                store,
                &self.dir.path().join("pupils.csv"),
                &self.dir.path().join("contacts.csv"),
                &["fernhill"],
                today.parse().unwrap(),
                rules,
                ImportedBy::Command,
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
    fn files_saved_by_excel_in_windows_1252_with_semicolons_import_as_utf8_would() {
        let store = Store::temporary().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let to_1252 = |text: &str| -> Vec<u8> {
            text.replace(',', ";")
                .chars()
                .map(|c| match c {
                    'ë' => 0xeb,
                    '’' => 0x92,
                    c => u8::try_from(u32::from(c)).unwrap(),
                })
                .collect()
        };
        // Excel quotes a cell holding the separator.
        let pupils = PUPILS
            .replace("Amelia", "Zoë")
            .replace("Smith", "O’Neill")
            .replace("fsm;send", "\"fsm;send\"");
        std::fs::write(dir.path().join("pupils.csv"), to_1252(&pupils)).unwrap();
        std::fs::write(dir.path().join("contacts.csv"), to_1252(CONTACTS)).unwrap();
        let summary = import_checked(
            &store,
            &dir.path().join("pupils.csv"),
            &dir.path().join("contacts.csv"),
            &["fernhill"],
            "2026-11-23".parse().unwrap(),
            &ImportRules::default(),
            ImportedBy::Command,
        )
        .unwrap();
        assert_eq!((summary.pupils_added, summary.contacts_added), (3, 5));
        let roster = Roster::open(&store).unwrap();
        assert_eq!(
            roster
                .pupil("fernhill", "A100")
                .unwrap()
                .unwrap()
                .first_name,
            "Zoë"
        );
        assert_eq!(
            roster.pupil("fernhill", "A102").unwrap().unwrap().last_name,
            "O’Neill"
        );
        assert_eq!(
            roster.pupil("fernhill", "A101").unwrap().unwrap().flags,
            [PupilFlag::Send, PupilFlag::Fsm],
            "a quoted `;` stays inside the flags cell"
        );
    }

    #[test]
    fn a_tab_separated_file_says_so_rather_than_a_column_is_missing() {
        let tabs = PUPILS.replace(',', "\t");
        let store = Store::temporary().unwrap();
        let err = Files::new(&tabs, CONTACTS)
            .import(&store, "2026-11-23")
            .unwrap_err()
            .to_string();
        assert!(err.contains("the header is one cell"), "{err}");
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

    /// The CSV files without one column.
    fn without(csv: &str, column: &str) -> String {
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        let drop = header.iter().position(|h| *h == column).unwrap();
        csv.lines()
            .map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                [&cells[..drop], &cells[drop + 1..]].concat().join(",")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_column_earlier_imports_had_is_required_unless_the_mis_does_not_export_it() {
        let store = Store::temporary().unwrap();
        Files::new(PUPILS, CONTACTS)
            .import(&store, "2026-11-23")
            .unwrap();
        let roster = Roster::open(&store).unwrap();
        let ava_flags = || roster.pupil("fernhill", "A102").unwrap().unwrap().flags;
        assert_eq!(ava_flags(), [PupilFlag::LookedAfter]);

        let no_flags = Files::new(&without(PUPILS, "flags"), CONTACTS);
        match no_flags.import(&store, "2026-11-24") {
            Err(Error::Csv {
                file, row, column, ..
            }) => {
                assert!(file.ends_with("pupils.csv"), "{file}");
                assert_eq!((row, column.as_str()), (1, "flags"));
            }
            other => panic!("expected the missing column named, got {other:?}"),
        }
        assert_eq!(ava_flags(), [PupilFlag::LookedAfter], "nothing changed");
        let no_email = Files::new(PUPILS, &without(CONTACTS, "email"));
        let err = no_email.import(&store, "2026-11-24").unwrap_err();
        assert!(err.to_string().contains("column `email`"), "{err}");

        let rules = ImportRules {
            not_exported: vec!["flags".into()],
            confirmed: false,
        };
        let summary = no_flags.import_with(&store, "2026-11-24", &rules).unwrap();
        assert!(summary.is_no_change(), "{summary}");
        assert_eq!(ava_flags(), [PupilFlag::LookedAfter], "kept as stored");

        let unknown = ImportRules {
            not_exported: vec!["shoe_size".into()],
            confirmed: false,
        };
        let err = no_flags
            .import_with(&store, "2026-11-24", &unknown)
            .unwrap_err();
        assert!(err.to_string().contains("`shoe_size`"), "{err}");
    }

    #[test]
    fn a_first_export_without_an_optional_column_is_imported() {
        let store = Store::temporary().unwrap();
        let summary = Files::new(&without(PUPILS, "known_as"), CONTACTS)
            .import(&store, "2026-11-23")
            .unwrap();
        assert_eq!(summary.pupils_added, 3);
    }

    #[test]
    fn clearing_flags_or_emails_for_many_pupils_needs_confirming() {
        let mut pupils = String::from("school,upn,first_name,last_name,known_as,year,flags\n");
        let mut contacts = String::from(
            "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n",
        );
        for n in 0..8 {
            let flag = ["child_protection", "looked_after", "child_in_need"][n % 3];
            pupils.push_str(&format!("fernhill,B{n},Pupil,Number{n},,Y3,{flag};fsm\n"));
            contacts.push_str(&format!(
                "B{n},1,Parent {n},mother,yes,07700 9002{n:02},parent{n}@example.org,en\n"
            ));
        }
        let store = Store::temporary().unwrap();
        Files::new(&pupils, &contacts)
            .import(&store, "2026-11-23")
            .unwrap();
        let roster = Roster::open(&store).unwrap();

        // An export whose flags column came out as just `fsm`.
        let emptied = pupils
            .replace("child_protection;", "")
            .replace("looked_after;", "")
            .replace("child_in_need;", "");
        let files = Files::new(&emptied, &contacts);
        let err = files.import(&store, "2026-11-24").unwrap_err().to_string();
        assert!(
            err.contains("for 8 pupils") && err.contains("--confirm"),
            "{err}"
        );
        assert!(
            err.contains("B3: child_protection would be cleared"),
            "{err}"
        );
        assert_eq!(
            roster.pupil("fernhill", "B0").unwrap().unwrap().flags,
            [PupilFlag::ChildProtection, PupilFlag::Fsm],
            "nothing changed"
        );

        let no_emails = (0..8).fold(contacts.clone(), |csv, n| {
            csv.replace(&format!("parent{n}@example.org"), "")
        });
        let err = Files::new(&pupils, &no_emails)
            .import(&store, "2026-11-24")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("B7: contact 1's email would be cleared"),
            "{err}"
        );
        assert_eq!(
            roster
                .contacts_by_email("parent7@example.org")
                .unwrap()
                .len(),
            1
        );

        let confirmed = ImportRules {
            not_exported: vec![],
            confirmed: true,
        };
        let summary = files.import_with(&store, "2026-11-24", &confirmed).unwrap();
        assert_eq!((summary.pupils_updated, summary.cleared.len()), (8, 8));
        assert!(
            summary
                .to_string()
                .contains("8 safeguarding flags or emails cleared")
        );
        assert_eq!(
            roster.pupil("fernhill", "B0").unwrap().unwrap().flags,
            [PupilFlag::Fsm]
        );

        // Putting flags back clears nothing; clearing a handful is an
        // ordinary change.
        let summary = Files::new(&pupils, &contacts)
            .import(&store, "2026-11-25")
            .unwrap();
        assert_eq!((summary.pupils_updated, summary.cleared.len()), (8, 0));
        let five: String = pupils
            .lines()
            .enumerate()
            .map(|(i, line)| match i {
                1..=5 => line
                    .replace("child_protection;", "")
                    .replace("looked_after;", "")
                    .replace("child_in_need;", ""),
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let summary = Files::new(&five, &contacts)
            .import(&store, "2026-11-26")
            .unwrap();
        assert_eq!(summary.cleared.len(), 5);
    }
}
