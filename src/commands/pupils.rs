//! `absence-line pupils`: lists the pupils on roll, as imported.

use std::path::Path;

use absence_line::config::Config;
use absence_line::roster::Roster;
use absence_line::store::Store;
use anyhow::bail;

/// Arguments of `absence-line pupils`.
#[derive(clap::Args)]
pub struct Args {
    /// Only this school (default: every school in config.toml).
    #[arg(long)]
    pub school: Option<String>,
    /// Include pupils who have left.
    #[arg(long)]
    pub all: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    if let Some(id) = &args.school
        && config.school(id).is_none()
    {
        bail!("--school {id}: no such school in {}", config_path.display());
    }
    let roster = Roster::open(&Store::open(&config.data_path())?)?;
    let mut pupils = Vec::new();
    for school in &config.schools {
        if args.school.as_ref().is_some_and(|id| *id != school.id) {
            continue;
        }
        pupils.extend(if args.all {
            roster.all_pupils(&school.id)?
        } else {
            roster.pupils(&school.id)?
        });
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&pupils)?);
        return Ok(());
    }
    for p in &pupils {
        let flags: Vec<&str> = p.flags.iter().map(|f| f.as_str()).collect();
        let left = p
            .left_on
            .map(|d| format!(" (left {d})"))
            .unwrap_or_default();
        println!(
            "{}\t{}\t{}\t{} {}\t{}{left}",
            p.school,
            p.upn,
            p.year,
            p.preferred_name(),
            p.last_name,
            flags.join(";")
        );
    }
    println!("{} pupils", pupils.len());
    Ok(())
}
