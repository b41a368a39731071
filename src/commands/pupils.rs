//! `absence-line pupils`: lists the pupils on roll.

use std::path::Path;

use absence_line::config::Config;
use absence_line::roster::Roster;
use absence_line::store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// Only this school (default: every configured school).
    #[arg(long)]
    pub school: Option<String>,
    /// Print JSON, one array of pupils, instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Include pupils who have left.
    #[arg(long)]
    pub all: bool,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    if let Some(id) = &args.school
        && config.school(id).is_none()
    {
        anyhow::bail!("`{id}` is not a school in {}", config_path.display());
    }
    let store = Store::open_configured(&config)?;
    let roster = Roster::open(&store)?;
    let mut pupils = Vec::new();
    for school in config
        .schools
        .iter()
        .filter(|s| args.school.as_ref().is_none_or(|id| *id == s.id))
    {
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
    println!(
        "{:<10} {:<15} {:<24} {:<5} flags",
        "school", "upn", "name", "year"
    );
    for p in &pupils {
        let name = match &p.known_as {
            Some(k) => format!("{} ({k}) {}", p.first_name, p.last_name),
            None => format!("{} {}", p.first_name, p.last_name),
        };
        let flags: Vec<&str> = p.flags.iter().map(|f| f.as_str()).collect();
        let left = p
            .left_on
            .map(|d| format!(" [left {d}]"))
            .unwrap_or_default();
        println!(
            "{:<10} {:<15} {:<24} {:<5} {}{left}",
            p.school,
            p.upn,
            name,
            p.year,
            flags.join(";")
        );
    }
    println!("{} pupils", pupils.len());
    Ok(())
}
