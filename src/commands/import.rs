use std::path::{Path, PathBuf};

use absence_line::clock::{Clock, SystemClock};
use absence_line::config::Config;
use absence_line::register::{RegisterBook, read_marks_csv};
use absence_line::store::Store;
use anyhow::Context;

/// Arguments of `absence-line import`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// A session's register marks from the MIS: `upn,date,session,code`.
    Marks {
        file: PathBuf,
        /// The school the marks are for; needed when several are configured.
        #[arg(long)]
        school: Option<String>,
    },
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    match args.what {
        What::Marks { file, school } => {
            let school = match (school, config.schools.as_slice()) {
                (Some(id), _) => {
                    anyhow::ensure!(
                        config.school(&id).is_some(),
                        "`{id}` is not a configured school"
                    );
                    id
                }
                (None, [only]) => only.id.clone(),
                (None, _) => {
                    anyhow::bail!("several schools are configured: say which with --school")
                }
            };
            let marks = read_marks_csv(&file, &school)?;
            let store = Store::open(&config.resolve(&config.data_dir)).context(
                "opening the store (is the daemon running? stop it or use POST /api/register)",
            )?;
            let summary = marks.record(&RegisterBook::open(&store)?, SystemClock.now())?;
            println!("{}: {summary}", file.display());
            Ok(())
        }
    }
}
