//! `absence-line serve`: runs the daemon until Ctrl-C or SIGTERM.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use absence_line::clock::{ScaledClock, SharedClock, SystemClock};
use absence_line::config::Config;
use absence_line::shutdown::os_signal;
use anyhow::Context;
use chrono::{DateTime, Utc};

/// Arguments of `absence-line serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Rehearsal: run as if it were this instant (RFC 3339, e.g.
    /// 2026-11-23T09:10:00Z) instead of now. Everything real happens —
    /// chases fire and messages are sent — so rehearse with the outbox log,
    /// not with live channels.
    #[arg(long, value_name = "INSTANT")]
    pub clock_start: Option<DateTime<Utc>>,

    /// Rehearsal: how many times faster than real time the rehearsal clock
    /// runs (60 makes a minute pass every second).
    #[arg(long, value_name = "N", requires = "clock_start", default_value_t = 1)]
    pub clock_speed: u32,

    /// Rehearsal: the folder that holds the rehearsal's database and outbox
    /// log (relative to the config file), so that a rehearsed day never
    /// reaches the school's real records. Name the real data folder here
    /// only to rehearse on it deliberately.
    #[arg(
        long,
        value_name = "DIR",
        requires = "clock_start",
        default_value = "rehearsal"
    )]
    pub rehearsal_dir: PathBuf,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<()> {
    let mut config = Config::load(config_path)?;
    let clock: SharedClock = match args.clock_start {
        Some(start) => {
            config.data_dir = args.rehearsal_dir.join("data");
            config.outbox.log = args.rehearsal_dir.join("outbox.log");
            // A rehearsal's marks must never reach the real MIS.
            for school in &mut config.schools {
                school.wonde = None;
            }
            if let Some(pg) = &mut config.store.postgres {
                // On PostgreSQL the rehearsal's own data is a schema of its
                // own, shared by every daemon rehearsing on that database.
                let real = pg.schema.as_deref().unwrap_or("public");
                pg.schema = Some(format!("{real}_rehearsal"));
            }
            tracing::warn!(
                %start,
                speed = args.clock_speed,
                folder = %config.resolve(&args.rehearsal_dir).display(),
                "rehearsal: the daemon runs on a clock of its own, on the rehearsal's own data"
            );
            Arc::new(ScaledClock::new(start, args.clock_speed))
        }
        None => Arc::new(SystemClock),
    };
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async {
        let stop = os_signal().context("listening for Ctrl-C and SIGTERM")?;
        absence_line::daemon::run(config, clock, stop).await?;
        anyhow::Ok(())
    })?;
    Ok(())
}
