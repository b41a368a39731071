//! The schools this daemon serves, each with its calendar and its staff.

use std::sync::Arc;

use crate::config::{Config, SchoolConfig, StaffConfig, TrustConfig};
use crate::domain::School;
use crate::error::Result;
use crate::store::Store;

/// One configured school, ready to use.
#[derive(Debug, Clone)]
pub struct SchoolEntry {
    pub school: School,
    pub staff: StaffConfig,
    pub config: SchoolConfig,
}

/// Every school of the trust; cheap to clone.
#[derive(Debug, Clone)]
pub struct Schools {
    entries: Arc<Vec<SchoolEntry>>,
    trust: Option<Arc<TrustConfig>>,
}

impl Schools {
    pub fn new(entries: Vec<SchoolEntry>) -> Self {
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
                .map(|(school, cfg)| SchoolEntry {
                    school,
                    staff: cfg.staff.clone(),
                    config: cfg.clone(),
                })
                .collect(),
        )
        .with_trust(config.trust.clone()))
    }

    pub fn get(&self, id: &str) -> Option<&SchoolEntry> {
        self.entries.iter().find(|e| e.school.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &SchoolEntry> {
        self.entries.iter()
    }

    /// The school whose own number (E.164) a text was sent to.
    pub fn by_sms_number(&self, number: &str) -> Option<&SchoolEntry> {
        self.entries
            .iter()
            .find(|e| e.config.channels.sms_number.as_deref() == Some(number))
    }

    /// The school whose own address is among an email's recipients.
    pub fn by_email_address<'a>(
        &self,
        mut recipients: impl Iterator<Item = &'a str>,
    ) -> Option<&SchoolEntry> {
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
