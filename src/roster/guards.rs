//! What a roster import may not do unasked: lose a column the MIS used to
//! export, or clear safeguarding flags or email addresses wholesale. An
//! export missing a column would otherwise read as every pupil having no
//! value in it.

use std::collections::BTreeSet;
use std::fmt;

use super::Roster;
use super::csv_files::RosterExport;
use crate::domain::{Contact, Pupil, PupilFlag};
use crate::error::{Error, Result};

/// Optional columns of `pupils.csv`; the required ones are checked on reading.
pub const OPTIONAL_PUPIL_COLUMNS: &[&str] = &["known_as", "flags"];
/// Optional columns of `contacts.csv`.
pub const OPTIONAL_CONTACT_COLUMNS: &[&str] = &[
    "relationship",
    "parental_responsibility",
    "mobile",
    "email",
    "language",
];

/// More pupils than this losing a safeguarding flag or an email address in
/// one import is taken for a broken export until someone confirms it.
pub const MASS_CLEARING: usize = 5;

const SAFEGUARDING_FLAGS: [PupilFlag; 3] = [
    PupilFlag::ChildProtection,
    PupilFlag::LookedAfter,
    PupilFlag::ChildInNeed,
];

/// The columns earlier imports found in each file.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnsSeen {
    pub pupils: BTreeSet<String>,
    pub contacts: BTreeSet<String>,
}

/// Checks that no column seen before is missing, unless the MIS is known
/// not to export it; `not_exported` names must be optional columns.
pub(super) fn check_columns(
    export: &RosterExport,
    seen: &ColumnsSeen,
    not_exported: &[String],
) -> Result<()> {
    for name in not_exported {
        if !OPTIONAL_PUPIL_COLUMNS.contains(&name.as_str())
            && !OPTIONAL_CONTACT_COLUMNS.contains(&name.as_str())
        {
            return Err(Error::Refused(format!(
                "mis.not_exported in config.toml: `{name}` is not an optional roster column ({}, {})",
                OPTIONAL_PUPIL_COLUMNS.join(", "),
                OPTIONAL_CONTACT_COLUMNS.join(", ")
            )));
        }
    }
    let files = [
        (&export.pupils_file, &export.pupil_columns, &seen.pupils),
        (
            &export.contacts_file,
            &export.contact_columns,
            &seen.contacts,
        ),
    ];
    for (file, columns, before) in files {
        if let Some(missing) = before
            .iter()
            .find(|c| !columns.contains(*c) && !not_exported.contains(c))
        {
            return Err(Error::Csv {
                file: file.clone(),
                row: 1,
                column: missing.clone(),
                message: format!(
                    "this column was in earlier imports and is missing from the header; \
                     without it every pupil would lose their `{missing}`. Export it again, \
                     or, if your MIS no longer exports it, add it to `not_exported` under \
                     `[mis]` in config.toml to keep what is stored"
                ),
            });
        }
    }
    Ok(())
}

/// Fills the columns the MIS does not export from what is stored, so an
/// import without them leaves them as they are.
pub(super) fn keep_not_exported(
    roster: &Roster,
    export: &mut RosterExport,
    not_exported: &[String],
) -> Result<()> {
    let absent = |column: &str, columns: &BTreeSet<String>| {
        !columns.contains(column) && not_exported.iter().any(|c| c == column)
    };
    let (keep_known_as, keep_flags) = (
        absent("known_as", &export.pupil_columns),
        absent("flags", &export.pupil_columns),
    );
    if keep_known_as || keep_flags {
        for pupil in &mut export.pupils {
            if let Some(old) = roster.pupil(&pupil.school, &pupil.upn)? {
                if keep_known_as {
                    pupil.known_as = old.known_as;
                }
                if keep_flags {
                    pupil.flags = old.flags;
                }
            }
        }
    }
    let kept: Vec<&str> = OPTIONAL_CONTACT_COLUMNS
        .iter()
        .copied()
        .filter(|c| absent(c, &export.contact_columns))
        .collect();
    if kept.is_empty() {
        return Ok(());
    }
    for contact in &mut export.contacts {
        let Some(old) = roster
            .contacts_of(&contact.upn)?
            .into_iter()
            .find(|c| c.priority == contact.priority)
        else {
            continue;
        };
        for column in &kept {
            keep_contact_column(contact, &old, column);
        }
    }
    Ok(())
}

fn keep_contact_column(contact: &mut Contact, old: &Contact, column: &str) {
    match column {
        "relationship" => contact.relationship = old.relationship.clone(),
        "parental_responsibility" => {
            contact.parental_responsibility = old.parental_responsibility;
        }
        "mobile" => contact.mobile = old.mobile.clone(),
        "email" => contact.email = old.email.clone(),
        "language" => contact.language = old.language.clone(),
        _ => {}
    }
}

/// Something an import would take away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clearing {
    /// A pupil would lose a safeguarding flag.
    Flag { upn: String, flag: PupilFlag },
    /// A pupil's contact would lose their email address.
    Email { upn: String, priority: u8 },
}

impl fmt::Display for Clearing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Clearing::Flag { upn, flag } => {
                write!(f, "{upn}: {} would be cleared", flag.as_str())
            }
            Clearing::Email { upn, priority } => {
                write!(f, "{upn}: contact {priority}'s email would be cleared")
            }
        }
    }
}

/// The safeguarding flags and email addresses the import would clear from
/// pupils and contacts it keeps.
pub(super) fn clearings(
    roster: &Roster,
    pupils: &[Pupil],
    contacts: &[Contact],
) -> Result<Vec<Clearing>> {
    let mut found = Vec::new();
    for pupil in pupils {
        if let Some(old) = roster.pupil(&pupil.school, &pupil.upn)? {
            for flag in SAFEGUARDING_FLAGS {
                if old.flags.contains(&flag) && !pupil.flags.contains(&flag) {
                    found.push(Clearing::Flag {
                        upn: pupil.upn.to_string(),
                        flag,
                    });
                }
            }
        }
    }
    for contact in contacts.iter().filter(|c| c.email.is_none()) {
        let had_email = roster
            .contacts_of(&contact.upn)?
            .iter()
            .any(|c| c.priority == contact.priority && c.email.is_some());
        if had_email {
            found.push(Clearing::Email {
                upn: contact.upn.to_string(),
                priority: contact.priority,
            });
        }
    }
    Ok(found)
}

/// Refuses clearings touching more than [`MASS_CLEARING`] pupils, listing
/// them, unless confirmed.
pub(super) fn check_clearings(found: &[Clearing], confirmed: bool) -> Result<()> {
    let pupils: BTreeSet<&str> = found
        .iter()
        .map(|c| match c {
            Clearing::Flag { upn, .. } | Clearing::Email { upn, .. } => upn.as_str(),
        })
        .collect();
    if confirmed || pupils.len() <= MASS_CLEARING {
        return Ok(());
    }
    let list: Vec<String> = found.iter().map(ToString::to_string).collect();
    Err(Error::Refused(format!(
        "this import would clear safeguarding flags or email addresses for {} pupils, \
         which looks like an export with a column emptied; nothing was imported. \
         If it is right, run `absence-line import roster --confirm` with the same files.\n{}",
        pupils.len(),
        list.join("\n")
    )))
}
