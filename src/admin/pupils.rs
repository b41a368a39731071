//! `pupils`: the pupils on roll.

use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::domain::Pupil;
use crate::error::{Error, Result};
use crate::roster::Roster;

#[derive(Debug, Serialize, Deserialize)]
pub struct ListPupils {
    /// Only this school (default: every configured school).
    pub school: Option<String>,
    /// Include pupils who have left.
    pub all: bool,
}

impl AdminRequest for ListPupils {
    type Answer = Vec<Pupil>;

    fn perform(self, context: &Context) -> Result<Vec<Pupil>> {
        let config = context.config;
        if let Some(id) = &self.school
            && config.school(id).is_none()
        {
            return Err(Error::Refused(format!(
                "`{id}` is not a school in the config"
            )));
        }
        let roster = Roster::open(context.store)?;
        let mut pupils = Vec::new();
        for school in config
            .schools
            .iter()
            .filter(|s| self.school.as_ref().is_none_or(|id| *id == s.id))
        {
            pupils.extend(if self.all {
                roster.all_pupils(&school.id)?
            } else {
                roster.pupils(&school.id)?
            });
        }
        Ok(pupils)
    }
}
