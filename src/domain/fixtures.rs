//! Pupils and contacts the unit tests across the crate share.

use super::{Contact, Pupil, Year};

/// A Year 3 pupil at Fernhill, an Okafor, on roll.
pub(crate) fn pupil(upn: &str, first_name: &str, known_as: Option<&str>) -> Pupil {
    Pupil {
        school: "fernhill".into(),
        upn: upn.into(),
        first_name: first_name.into(),
        last_name: "Okafor".into(),
        known_as: known_as.map(Into::into),
        year: Year::Y(3),
        flags: vec![],
        left_on: None,
    }
}

/// Grace Okafor, mother (with parental responsibility) of the pupil
/// `upn`, on +447700900123, written to in English.
pub(crate) fn mother(upn: &str) -> Contact {
    Contact {
        upn: upn.into(),
        priority: 1,
        name: "Grace Okafor".into(),
        relationship: Some("mother".into()),
        parental_responsibility: true,
        mobile: Some("+447700900123".into()),
        email: None,
        language: "en".into(),
        telegram_chat: None,
    }
}
