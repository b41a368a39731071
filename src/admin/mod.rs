//! The commands staff run on the records (`import`, `pupils`, `staff`,
//! `digest`, `export`, `report`, `penalty`, `la`, `backup`), each as a
//! request whose work is one function of the store, the config and the
//! time. A command asks the running daemon to do that work over the admin
//! socket ([`socket`]); with no daemon running it opens the store and does
//! the same work itself ([`perform`]). Either way the same code runs, so a
//! school never has to stop the absence line to import last night's roster.

pub mod backup;
pub mod digest;
pub mod export;
pub mod import;
pub mod la;
pub mod penalty;
pub mod pupils;
pub mod report;
pub mod socket;
pub mod staff;

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::schools::{ConfiguredSchool, Schools};
use crate::store::Store;

/// What a command's work may use: the records, the config and the time
/// it runs at (the daemon's clock, which a rehearsal sets).
pub struct Context<'a> {
    pub store: &'a Store,
    pub config: &'a Config,
    pub now: DateTime<Utc>,
}

impl Context<'_> {
    /// Every configured school with the calendars imported into the store,
    /// read afresh: an `import calendar` just done counts.
    pub fn schools(&self) -> Result<Schools> {
        Schools::from_config(self.config, Some(self.store))
    }

    /// One configured school.
    pub fn school(&self, id: &str) -> Result<ConfiguredSchool> {
        self.schools()?
            .get(id)
            .cloned()
            .ok_or_else(|| Error::Refused(format!("no school `{id}` in the config")))
    }
}

/// One command's request: serialisable, so that it can travel to the
/// daemon, and answered by [`AdminRequest::perform`] wherever it runs.
pub trait AdminRequest: Serialize + DeserializeOwned + Into<Request> {
    type Answer: Serialize + DeserializeOwned;

    /// The command's work.
    fn perform(self, context: &Context) -> Result<Self::Answer>;
}

/// Every request the admin socket takes, one variant per command; the
/// list is written once and gives the enum, its dispatch and each
/// request's way into it.
macro_rules! requests {
    ($($variant:ident($type:ty)),* $(,)?) => {
        /// Every request the admin socket takes: one variant per command.
        #[derive(Debug, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Request {
            $($variant($type),)*
        }

        impl Request {
            /// Does the work, makes it durable, and gives the reply as the
            /// socket sends it: the answer is written once, straight from
            /// its own type.
            fn perform_reply(self, context: &Context) -> Vec<u8> {
                match self {
                    $(Request::$variant(request) => reply(request, context),)*
                }
            }
        }

        $(impl From<$type> for Request {
            fn from(request: $type) -> Request {
                Request::$variant(request)
            }
        })*
    };
}

requests!(
    Import(import::Import),
    Pupils(pupils::ListPupils),
    Staff(staff::StaffChange),
    Digest(digest::DigestFor),
    ExportCodes(export::Codes),
    ExportPerson(export::PersonRecords),
    Report(report::AttendanceReport),
    Penalty(penalty::PenaltyRequest),
    La(la::LaRequest),
    Backup(backup::TakeBackup),
);

/// One request's work, flushed, as the socket's reply.
fn reply<R: AdminRequest>(request: R, context: &Context) -> Vec<u8> {
    match request.perform(context).and_then(|answer| {
        context.store.flush()?;
        Ok(answer)
    }) {
        Ok(answer) => socket::Reply::Done(answer).to_bytes(),
        Err(error) => socket::Reply::refused(error.to_string()),
    }
}

/// Does a command's work: by the running daemon when there is one (found
/// by its admin socket in the data folder), otherwise here, on the store
/// opened for the purpose. A socket left behind by a daemon that was
/// killed answers no connection, and the store is opened as if it were
/// not there.
pub fn perform<R: AdminRequest>(config: &Config, request: R) -> Result<R::Answer> {
    let data = config.data_path();
    if let Some(daemon) = socket::Daemon::find(&data) {
        return daemon.ask(request);
    }
    let store = Store::open_configured(config)?;
    let context = Context {
        store: &store,
        config,
        now: SystemClock.now(),
    };
    let answer = request.perform(&context)?;
    store.flush()?;
    Ok(answer)
}
