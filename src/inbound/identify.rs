//! Who wrote in: the roster's contacts behind a phone number, an email
//! address or a linked Telegram chat, and the children they may report for.

use crate::domain::{Contact, Pupil, SchoolId, Upn};
use crate::error::Result;
use crate::roster::Roster;
use crate::schools::Schools;

use super::Sender;

/// A sender the roster knows, with the children they are a contact of.
#[derive(Debug, Clone)]
pub struct Identified {
    pub school: SchoolId,
    /// The sender's contact links, one per child.
    pub contacts: Vec<Contact>,
    /// Those children, on roll at `school`.
    pub pupils: Vec<Pupil>,
}

impl Identified {
    /// The sender's closest relationship to any of the children: a parent
    /// (priority 1) outranks an emergency contact.
    pub fn priority(&self) -> u8 {
        self.contacts.iter().map(|c| c.priority).min().unwrap_or(1)
    }

    /// The language the sender asked to be written to in.
    pub fn language(&self) -> &str {
        self.contacts
            .iter()
            .min_by_key(|c| c.priority)
            .map_or("en", |c| c.language.as_str())
    }

    pub fn upns(&self) -> Vec<Upn> {
        self.pupils.iter().map(|p| p.upn.clone()).collect()
    }
}

/// Finds the sender on the roster. A sender who is a contact of children
/// at several schools is matched to the school the message was sent to,
/// else to the school of most of their children. `None` means unknown:
/// such a sender is never given any child.
pub fn identify(
    roster: &Roster,
    schools: &Schools,
    sender: &Sender,
    school_hint: Option<&str>,
) -> Result<Option<Identified>> {
    let contacts = match sender {
        Sender::Phone { number } => roster.contacts_by_phone(number)?,
        Sender::Email { address } => roster.contacts_by_email(address)?,
        // Anyone can write any `From:`; only a vouched-for address is a contact.
        Sender::UnverifiedEmail { .. } => return Ok(None),
        Sender::Telegram { chat_id, .. } => roster.contacts_by_chat(*chat_id)?,
    };
    let mut by_school: Vec<(SchoolId, Vec<(Contact, Pupil)>)> = Vec::new();
    for contact in contacts {
        for entry in schools.iter() {
            if let Some(pupil) = roster.pupil(&entry.id, &contact.upn)?
                && pupil.on_roll()
            {
                match by_school.iter_mut().find(|(s, _)| *s == entry.id) {
                    Some((_, links)) => links.push((contact.clone(), pupil)),
                    None => by_school.push((entry.id.clone(), vec![(contact.clone(), pupil)])),
                }
            }
        }
    }
    let chosen = match school_hint.and_then(|hint| by_school.iter().position(|(s, _)| s == hint)) {
        Some(i) => Some(by_school.swap_remove(i)),
        None => by_school.into_iter().max_by_key(|(_, links)| links.len()),
    };
    Ok(chosen.map(|(school, links)| {
        let (contacts, pupils) = links.into_iter().unzip();
        Identified {
            school,
            contacts,
            pupils,
        }
    }))
}
