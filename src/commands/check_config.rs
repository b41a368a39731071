//! `absence-line check-config`: reads config.toml as the daemon would and
//! says what is wrong, naming the key and its line.

use std::path::Path;

use absence_line::calendar::load_schools;
use absence_line::config::Config;

pub fn run(config_path: &Path) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    config.check_files(config_path)?;
    // Reading every calendar file checks them too.
    let schools = load_schools(&config, None)?;
    for school in &schools {
        println!(
            "{}: {} ({} terms, {} closures)",
            school.id,
            school.name,
            school.calendar.terms().len(),
            school.calendar.closures().len()
        );
    }
    println!("{} is valid", config_path.display());
    Ok(())
}
