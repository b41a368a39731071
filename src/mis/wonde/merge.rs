//! What Wonde says, laid over what is stored: a field Wonde left out keeps
//! the stored value, so the result can go through the roster's import and
//! its guards exactly as a complete export would.

use std::collections::BTreeSet;

use super::mapping::{Given, WondePupil};
use crate::domain::{Contact, Pupil, PupilFlag};
use crate::error::{Error, Result};
use crate::roster::guards::{OPTIONAL_CONTACT_COLUMNS, OPTIONAL_PUPIL_COLUMNS};
use crate::roster::{Roster, RosterExport};

/// Where a roster from Wonde came from, in the guards' reports.
pub const SOURCE: &str = "Wonde";

/// The roster for `school` as Wonde gives it, completed from `roster`.
pub(crate) fn merge(read: &[WondePupil], roster: &Roster, school: &str) -> Result<RosterExport> {
    let mut pupils = Vec::with_capacity(read.len());
    let mut contacts = Vec::new();
    for wonde in read {
        let stored = roster.pupil(school, &wonde.upn)?;
        let year = match (&wonde.year, &stored) {
            (Given::Value(Some(year)), _) => *year,
            (_, Some(old)) => old.year,
            _ => {
                return Err(Error::Invalid {
                    field: format!("Wonde student {}: year", wonde.wonde_id),
                    message: "a new pupil needs a year group; include `year`".into(),
                });
            }
        };
        let mut flags: Vec<PupilFlag> =
            stored.as_ref().map(|p| p.flags.clone()).unwrap_or_default();
        for &(flag, set) in &wonde.flags {
            flags.retain(|f| *f != flag);
            if set {
                flags.push(flag);
            }
        }
        flags.sort();
        flags.dedup();
        pupils.push(Pupil {
            school: school.into(),
            upn: wonde.upn.clone(),
            first_name: wonde.first_name.clone(),
            last_name: wonde.last_name.clone(),
            known_as: wonde.known_as.clone(),
            year,
            flags,
            left_on: None,
        });
        let stored_contacts = roster.contacts_of(&wonde.upn)?;
        for contact in &wonde.contacts {
            let old = stored_contacts
                .iter()
                .find(|c| c.priority == contact.priority);
            let keep = |given: &Given<String>, old_value: Option<&Option<String>>| match given {
                Given::Value(value) => value.clone(),
                Given::Missing => old_value.cloned().flatten(),
            };
            contacts.push(Contact {
                upn: wonde.upn.clone(),
                priority: contact.priority,
                name: contact.name.clone(),
                relationship: keep(&contact.relationship, old.map(|o| &o.relationship)),
                parental_responsibility: contact.parental_responsibility,
                mobile: keep(&contact.mobile, old.map(|o| &o.mobile)),
                email: keep(&contact.email, old.map(|o| &o.email)),
                // Wonde has no contact's language: the one stored (set in a
                // CSV import) stays, else the pupil's first language.
                language: old
                    .map(|o| o.language.clone())
                    .or_else(|| wonde.language.clone())
                    .unwrap_or_else(|| "en".into()),
                telegram_chat: None,
            });
        }
    }
    let all = |columns: &[&str], required: &[&str]| -> BTreeSet<String> {
        columns
            .iter()
            .chain(required)
            .map(|c| c.to_string())
            .collect()
    };
    Ok(RosterExport {
        pupils,
        contacts,
        pupils_file: SOURCE.into(),
        pupil_columns: all(
            OPTIONAL_PUPIL_COLUMNS,
            &["school", "upn", "first_name", "last_name", "year"],
        ),
        contacts_file: SOURCE.into(),
        contact_columns: all(OPTIONAL_CONTACT_COLUMNS, &["upn", "priority", "name"]),
    })
}
