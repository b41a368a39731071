//! `absence-line serve`: runs the daemon until Ctrl-C or SIGTERM.

use std::path::Path;

use absence_line::config::Config;
use absence_line::shutdown::os_signal;
use anyhow::Context;

pub fn run(config_path: &Path) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async {
        let stop = os_signal().context("listening for Ctrl-C and SIGTERM")?;
        absence_line::daemon::run(config, stop).await?;
        anyhow::Ok(())
    })?;
    Ok(())
}
