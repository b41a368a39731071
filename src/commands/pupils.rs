//! `absence-line pupils`: lists the pupils on roll.

use std::path::Path;

use absence_line::admin::pupils::ListPupils;

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

pub fn run(config: &Path, args: Args) -> anyhow::Result<()> {
    let pupils = super::perform(
        config,
        ListPupils {
            school: args.school,
            all: args.all,
        },
    )?;
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
