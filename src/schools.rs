//! The schools this daemon serves, each with its calendar and its staff.

use std::ops::Deref;
use std::sync::Arc;

use crate::config::{Config, SchoolConfig, TrustConfig};
use crate::domain::School;
use crate::error::Result;
use crate::store::Store;

/// A school as this daemon is configured to serve it: the domain
/// [`School`] the decisions read (its id, name, day and calendar) and the
/// rest of its configuration (staff, channels, digests, the safeguarding
/// ladder, the chase flow). It reads as the `School` it is (`school.id`,
/// `school.calendar`, `&school` where a `&School` is asked for), so the
/// domain type stays free of configuration and nobody writes
/// `school.school`.
#[derive(Debug, Clone)]
pub struct ConfiguredSchool {
    school: School,
    pub config: SchoolConfig,
}

impl Deref for ConfiguredSchool {
    type Target = School;

    fn deref(&self) -> &School {
        &self.school
    }
}

/// Every school of the trust; cheap to clone.
#[derive(Debug, Clone)]
pub struct Schools {
    entries: Arc<Vec<ConfiguredSchool>>,
    trust: Option<Arc<TrustConfig>>,
}

impl Schools {
    pub fn new(entries: Vec<ConfiguredSchool>) -> Self {
        Schools {
            entries: Arc::new(entries),
            trust: None,
        }
    }

    /// The same schools, with the trust's office.
    pub fn with_trust(self, trust: Option<TrustConfig>) -> Self {
        Schools {
            trust: trust.map(Arc::new),
            ..self
        }
    }

    /// The configured schools with their calendars loaded (with the
    /// calendar files imported into `store`, if given).
    pub fn from_config(config: &Config, store: Option<&Store>) -> Result<Schools> {
        let loaded = crate::calendar::load_schools(config, store)?;
        Ok(Schools::new(
            loaded
                .into_iter()
                .zip(&config.schools)
                .map(|(school, config)| ConfiguredSchool {
                    school,
                    config: config.clone(),
                })
                .collect(),
        )
        .with_trust(config.trust.clone()))
    }

    pub fn get(&self, id: &str) -> Option<&ConfiguredSchool> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &ConfiguredSchool> {
        self.entries.iter()
    }

    /// The school whose own number (E.164) a text was sent to.
    pub fn by_sms_number(&self, number: &str) -> Option<&ConfiguredSchool> {
        self.entries
            .iter()
            .find(|e| e.config.channels.sms_number.as_deref() == Some(number))
    }

    /// The school whose own address is among an email's recipients.
    pub fn by_email_address<'a>(
        &self,
        mut recipients: impl Iterator<Item = &'a str>,
    ) -> Option<&ConfiguredSchool> {
        recipients.find_map(|to| {
            self.entries.iter().find(|e| {
                e.config
                    .channels
                    .email_address
                    .as_deref()
                    .is_some_and(|own| own.eq_ignore_ascii_case(to.trim()))
            })
        })
    }

    /// The trust's office, when the config names one.
    pub fn trust(&self) -> Option<&TrustConfig> {
        self.trust.as_deref()
    }
}
