//! One module per subcommand. Each turns its arguments into library calls
//! and prints the outcome; the work itself lives in the library. Commands
//! on the records send their request to the running daemon, or do it here
//! when none runs ([`absence_line::admin::perform`]).

pub mod backup;
pub mod check_config;
pub mod digest;
pub mod export;
pub mod import;
pub mod init;
pub mod la;
pub mod migrate;
pub mod parse;
pub mod penalty;
pub mod pupils;
pub mod report;
pub mod serve;
pub mod simulate;
pub mod staff;

use std::path::Path;

use anyhow::Context;

use absence_line::admin::AdminRequest;
use absence_line::config::Config;

/// Does a command's work, through the running daemon if there is one.
fn perform<R: AdminRequest>(config: &Path, request: R) -> anyhow::Result<R::Answer> {
    let config = Config::load(config)?;
    Ok(absence_line::admin::perform(&config, request)?)
}

/// Writes to a file, or to stdout when none is given.
fn write_output(out: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(text.as_bytes())?;
            Ok(())
        }
    }
}

/// Writes a new file only its owner can read (it holds personal data);
/// an existing file is never overwritten.
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("creating {} (it must not exist yet)", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))
}

/// A file named on the command line, as the daemon (which may run in
/// another folder) must find it.
fn absolute(path: &Path) -> anyhow::Result<std::path::PathBuf> {
    std::path::absolute(path).with_context(|| format!("finding {}", path.display()))
}
