//! `absence-line check-config`: validates the configuration and everything
//! it names, without starting anything.

use std::path::Path;

use absence_line::chase::Flows;
use absence_line::config::Config;
use absence_line::schools::Schools;
use absence_line::templates::Templates;
use anyhow::bail;

pub fn run(config_path: &Path) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let mut missing = Vec::new();
    for (what, path) in named_files(&config) {
        if !config.resolve(&path).exists() {
            missing.push(format!(
                "{what}: {} does not exist",
                config.resolve(&path).display()
            ));
        }
    }
    if !missing.is_empty() {
        bail!("{}: {}", config_path.display(), missing.join("; "));
    }
    let schools = Schools::from_config(&config)?;
    let templates = Templates::load(&config.resolve(&config.messages_dir))?;
    let flows = Flows::load(&config.resolve(&config.flows_dir), &templates)?;
    for school in &config.schools {
        if flows.get(&school.flow).is_none() {
            bail!(
                "school `{}` uses flow `{}`, but {} has no {}.toml",
                school.id,
                school.flow,
                config.resolve(&config.flows_dir).display(),
                school.flow
            );
        }
    }
    for school in schools.iter() {
        let calendar = &school.school.calendar;
        println!(
            "{}: {} ({} terms, {} closures)",
            school.school.id,
            school.school.name,
            calendar.terms().len(),
            calendar.closures().len()
        );
    }
    println!("{} is valid", config_path.display());
    Ok(())
}

/// Files the config refers to, with the key that names each.
fn named_files(config: &Config) -> Vec<(String, std::path::PathBuf)> {
    let mut files = vec![("messages_dir".to_string(), config.messages_dir.clone())];
    if let Some(roster) = &config.roster {
        files.push(("roster.pupils".into(), roster.pupils.clone()));
        files.push(("roster.contacts".into(), roster.contacts.clone()));
    }
    for (i, school) in config.schools.iter().enumerate() {
        for (j, ics) in school.calendar.ics.iter().enumerate() {
            files.push((format!("school[{i}].calendar.ics[{j}]"), ics.clone()));
        }
        if let Some(holidays) = &school.calendar.bank_holidays {
            files.push((
                format!("school[{i}].calendar.bank_holidays"),
                holidays.clone(),
            ));
        }
    }
    files
}
