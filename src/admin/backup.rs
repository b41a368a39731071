//! `backup FILE` and `restore FILE`: a consistent copy of every record,
//! taken while the daemon runs, into a file only its owner can read; and
//! a new store made from one.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context, socket};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::store::{Snapshot, Store};

/// What a backup file says it is, so that restore refuses any other file.
const FORMAT: &str = "absence-line backup";

/// Asks for a snapshot of the store.
#[derive(Debug, Serialize, Deserialize)]
pub struct TakeBackup;

impl AdminRequest for TakeBackup {
    type Answer = Backup;

    fn perform(self, context: &Context) -> Result<Backup> {
        Ok(Backup {
            format: FORMAT.into(),
            taken_at: context.now,
            snapshot: context.store.snapshot()?,
        })
    }
}

/// A backup file's contents.
#[derive(Debug, Serialize, Deserialize)]
pub struct Backup {
    format: String,
    pub taken_at: DateTime<Utc>,
    pub snapshot: Snapshot,
}

impl Backup {
    /// How many records it holds, for a person to check.
    pub fn rows(&self) -> usize {
        self.snapshot.tables.iter().map(|t| t.rows.len()).sum()
    }

    /// Writes a new file readable by its owner alone; never overwrites.
    pub fn write_new(&self, path: &Path) -> Result<()> {
        let cannot = |e| Error::io(format!("writing the backup {}", path.display()), e);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(cannot)?;
        let json = serde_json::to_vec(self)
            .map_err(|e| Error::Store(format!("writing the backup: {e}")))?;
        file.write_all(&json).map_err(cannot)?;
        file.sync_all().map_err(cannot)
    }

    pub fn read(path: &Path) -> Result<Backup> {
        let text =
            std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        let not_a_backup = || {
            Error::Refused(format!(
                "{} is not a backup made by `absence-line backup`",
                path.display()
            ))
        };
        let backup: Backup = serde_json::from_slice(&text).map_err(|_| not_a_backup())?;
        if backup.format != FORMAT {
            return Err(not_a_backup());
        }
        Ok(backup)
    }
}

/// What `restore` did.
#[derive(Debug)]
pub struct Restored {
    pub rows: usize,
    pub taken_at: DateTime<Utc>,
    /// Where the records that were in the data folder were moved.
    pub set_aside: Option<PathBuf>,
}

/// Restores a backup into the config's data folder, which must be empty
/// or absent; with `replace`, a folder holding records is first moved
/// aside (`<folder>.before-restore-<time>`), never deleted. Refused while
/// a daemon runs on the folder.
pub fn restore(
    config: &Config,
    file: &Path,
    replace: bool,
    now: DateTime<Utc>,
) -> Result<Restored> {
    let backup = Backup::read(file)?;
    let data = config.data_path();
    if socket::Daemon::find(&data).is_some() {
        return Err(Error::Refused(
            "the daemon is running on this data folder: stop it before restoring".into(),
        ));
    }
    let holds_something = std::fs::read_dir(&data)
        .map(|mut entries| entries.next().is_some())
        .unwrap_or(false);
    let set_aside = if holds_something {
        if !replace {
            return Err(Error::Refused(format!(
                "{} is not empty: restore into an empty folder, or give --replace to move \
                 what is there aside first",
                data.display()
            )));
        }
        let aside = data.with_file_name(format!(
            "{}.before-restore-{}",
            data.file_name()
                .map_or("data".into(), |n| n.to_string_lossy()),
            now.format("%Y%m%dT%H%M%SZ")
        ));
        std::fs::rename(&data, &aside)
            .map_err(|e| Error::io(format!("moving {} aside", data.display()), e))?;
        Some(aside)
    } else {
        None
    };
    crate::private_files::create_folder(&data)
        .map_err(|e| Error::io(format!("creating {}", data.display()), e))?;
    let store = Store::restore(&data, &backup.snapshot)?;
    store.flush()?;
    Ok(Restored {
        rows: backup.rows(),
        taken_at: backup.taken_at,
        set_aside,
    })
}
