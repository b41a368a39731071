//! The ids that key the records: a school's id and a pupil's UPN. Each is
//! its own type, so a school and a pupil cannot be swapped in a call;
//! both are stored as plain strings, as before they were types.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> $name {
                $name(id.to_string())
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> $name {
                $name(id.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

string_id! {
    /// A school's id as written in `config.toml`.
    SchoolId
}

string_id! {
    /// Unique pupil number: 13 characters in England, but any non-empty id
    /// is accepted so a school can use its MIS's own.
    Upn
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Contact, Pupil};

    /// A pupil as the store kept it while both ids were plain strings.
    const STORED_PUPIL: &str = r#"{"school":"fernhill","upn":"A100","first_name":"Amelia","last_name":"Okafor","known_as":"Millie","year":"Y3","flags":[],"left_on":null}"#;

    #[test]
    fn stored_records_read_and_write_as_before() {
        let pupil: Pupil = serde_json::from_str(STORED_PUPIL).unwrap();
        assert_eq!(pupil.school, SchoolId::from("fernhill"));
        assert_eq!(pupil.upn, Upn::from("A100"));
        assert_eq!(serde_json::to_string(&pupil).unwrap(), STORED_PUPIL);

        let contact: Contact = serde_json::from_str(
            r#"{"upn":"A100","priority":1,"name":"Grace","relationship":null,"parental_responsibility":true,"mobile":null,"email":null,"language":"en"}"#,
        )
        .unwrap();
        assert_eq!(contact.upn, "A100");
    }

    #[test]
    fn an_id_reads_as_the_text_it_holds() {
        let upn = Upn::from("A100");
        assert_eq!(upn.to_string(), "A100");
        assert_eq!(&*upn, "A100");
        let mut by_upn = std::collections::BTreeMap::new();
        by_upn.insert(upn, 1);
        assert_eq!(by_upn.get("A100"), Some(&1), "looked up by its text");
    }
}
