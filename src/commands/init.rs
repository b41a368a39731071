//! `absence-line init`: writes a starter folder (config.toml, sample
//! roster and calendar files) to edit for a real school.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Arguments of `absence-line init`.
#[derive(clap::Args)]
pub struct Args {
    /// The folder to write into (created if missing; default: here).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

/// The starter files: the repository's demo school, with its files side by
/// side with config.toml instead of under `demo/`, and the shipped message
/// templates and chase flow to adapt.
const FILES: &[(&str, &str)] = &[
    ("pupils.csv", include_str!("../../demo/pupils.csv")),
    ("contacts.csv", include_str!("../../demo/contacts.csv")),
    ("term-dates.ics", include_str!("../../demo/term-dates.ics")),
    (
        "bank-holidays.json",
        include_str!("../../demo/bank-holidays.json"),
    ),
    ("messages/en.toml", include_str!("../../messages/en.toml")),
    ("messages/pl.toml", include_str!("../../messages/pl.toml")),
    (
        "flows/default.toml",
        include_str!("../../flows/default.toml"),
    ),
];
const CONFIG: &str = include_str!("../../config.toml");

pub fn run(args: Args) -> anyhow::Result<()> {
    let config = CONFIG.replace("\"demo/", "\"");
    let files: Vec<(&str, &str)> = std::iter::once(("config.toml", config.as_str()))
        .chain(FILES.iter().copied())
        .collect();
    // Refuse before writing anything, so a half-written folder never results.
    for (name, _) in &files {
        let path = args.dir.join(name);
        if path.exists() {
            bail!(
                "{} already exists; init never overwrites a file",
                path.display()
            );
        }
    }
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("creating {}", args.dir.display()))?;
    for (name, text) in &files {
        let path = args.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        write_new(&path, text)?;
    }
    println!(
        "Wrote {} to {}. Edit config.toml for your school, replace the sample CSVs with your MIS export, then run:\n  absence-line --config {} check-config",
        files.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
        args.dir.display(),
        args.dir.join("config.toml").display()
    );
    Ok(())
}

fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
