//! `absence-line migrate --to postgres|sled`: copies every record between
//! the sled folder (`data_dir`) and the PostgreSQL database (`[store]
//! postgres`), then checks the copy by counts and a sample. Run it with the
//! daemons stopped; afterwards point the config at the destination.

use std::path::Path;

use anyhow::Context;

use absence_line::config::Config;
use absence_line::store::{PgOptions, Store, copy_all};

#[derive(clap::Args)]
pub struct Args {
    /// The engine to copy into; the other is the source.
    #[arg(long, value_enum)]
    pub to: TargetEngine,
}

/// The engine `migrate --to` copies into.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum TargetEngine {
    Postgres,
    Sled,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let pg = config.store.postgres.as_ref().with_context(|| {
        format!(
            "{} has no [store] postgres section to copy to or from",
            config_path.display()
        )
    })?;
    let options = PgOptions {
        url: pg.url.resolve(&config.base_dir)?,
        schema: pg.schema.clone(),
        connections: 2,
    };
    let data_dir = config.resolve(&config.data_dir);
    let (from, to) = match args.to {
        TargetEngine::Postgres => {
            anyhow::ensure!(
                data_dir.is_dir(),
                "there is no sled store at {} to copy",
                data_dir.display()
            );
            (Store::open(&data_dir)?, Store::open_postgres(&options)?)
        }
        TargetEngine::Sled => (
            Store::open_postgres(&options)?,
            Store::open_sled_folder(&data_dir, config.store.sled_cache_mb)?,
        ),
    };
    let report = copy_all(&from, &to)?;
    println!(
        "copied {} records in {} tables; every table's count matches and {} sampled records are identical",
        report.records(),
        report.tables.len(),
        report.sampled
    );
    for (table, count) in &report.tables {
        println!("  {table}: {count}");
    }
    Ok(())
}
