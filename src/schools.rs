//! The schools this daemon serves, each with its calendar and its staff.

use std::sync::Arc;

use crate::config::{Config, SchoolConfig, StaffConfig};
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
}

impl Schools {
    pub fn new(entries: Vec<SchoolEntry>) -> Self {
        Schools {
            entries: Arc::new(entries),
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
        ))
    }

    pub fn get(&self, id: &str) -> Option<&SchoolEntry> {
        self.entries.iter().find(|e| e.school.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &SchoolEntry> {
        self.entries.iter()
    }
}
