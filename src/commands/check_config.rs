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
    config.check_files(config_path)?;
    let schools = Schools::from_config(&config, None)?;
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
        let calendar = &school.calendar;
        println!(
            "{}: {} ({} terms, {} closures)",
            school.id,
            school.name,
            calendar.terms().len(),
            calendar.closures().len()
        );
        println!("  thresholds in effect:");
        for line in school.config.thresholds.described() {
            println!("    {:<30} {:>3}  {}", line.key, line.value, line.source);
        }
    }
    println!("retention in effect:");
    for period in config.retention.described() {
        println!(
            "    {:<42} {:>3} {:<6}  {}",
            period.key, period.value, period.unit, period.source
        );
    }
    println!("{} is valid", config_path.display());
    Ok(())
}
