//! `absence-line serve`: runs the daemon until SIGTERM or Ctrl-C.

use std::path::Path;

use absence_line::config::Config;
use anyhow::Context;

pub fn run(config_path: &Path) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(absence_line::daemon::serve(config))?;
    Ok(())
}
