//! `[school.wonde]` in config.toml.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::config::SecretRef;

/// How the daemon reaches one school's MIS through Wonde.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WondeConfig {
    /// The school's id in Wonde (`A1930499544`).
    pub school_id: String,
    /// The access token Wonde issued for the school; read from the
    /// environment or a file, never written in config.toml.
    pub token: SecretRef,
    /// Wonde's API root; a test points it at a local server.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    /// When to sync, as a cron expression in the school's own time zone
    /// (seconds first): by default every 15 minutes, 07:00–18:45, school
    /// days of the week.
    #[serde(default = "default_schedule")]
    pub schedule: String,
    /// How many days of session attendance each sync reads back, and looks
    /// over for confirmed codes to write back.
    #[serde(default = "default_attendance_days")]
    pub attendance_days: u32,
    /// Write codes staff confirmed back to the MIS. Off until the school
    /// has granted the app write access in Wonde.
    #[serde(default)]
    pub write_back: bool,
}

fn default_base_url() -> String {
    "https://api.wonde.com/v1.0".into()
}

fn default_schedule() -> String {
    "0 */15 7-18 * * Mon-Fri".into()
}

fn default_attendance_days() -> u32 {
    7
}

impl WondeConfig {
    /// The schedule as parsed; [`WondeConfig::validate`] has checked it.
    pub fn cron(&self) -> Result<cron::Schedule, String> {
        cron::Schedule::from_str(&self.schedule)
            .map_err(|e| format!("schedule `{}`: {e}", self.schedule))
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.school_id.trim().is_empty() {
            return Err("school_id is empty".into());
        }
        let base = self.base_url.to_ascii_lowercase();
        if !(base.starts_with("https://")
            || base.starts_with("http://127.0.0.1")
            || base.starts_with("http://localhost"))
        {
            return Err(format!(
                "base_url `{}` must be https (plain http only to this machine)",
                self.base_url
            ));
        }
        if !(1..=366).contains(&self.attendance_days) {
            return Err("attendance_days must be 1–366".into());
        }
        self.cron().map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(toml_text: &str) -> Result<WondeConfig, String> {
        let config: WondeConfig = toml::from_str(toml_text).map_err(|e| e.to_string())?;
        config.validate().map(|()| config)
    }

    #[test]
    fn defaults_reach_wonde_over_https_every_quarter_hour_without_writing_back() {
        let wonde = config("school_id = \"A1\"\ntoken = { env = \"WONDE_TOKEN\" }\n").unwrap();
        assert_eq!(wonde.base_url, "https://api.wonde.com/v1.0");
        assert!(!wonde.write_back);
        assert_eq!(wonde.attendance_days, 7);
    }

    #[test]
    fn a_token_in_the_file_a_bad_schedule_or_plain_http_elsewhere_is_refused() {
        assert!(config("school_id = \"A1\"\ntoken = \"abc\"\n").is_err());
        let err = config("school_id = \"A1\"\ntoken = { env = \"T\" }\nschedule = \"often\"\n")
            .unwrap_err();
        assert!(err.starts_with("schedule `often`"), "{err}");
        let err = config(
            "school_id = \"A1\"\ntoken = { env = \"T\" }\nbase_url = \"http://wonde.example\"\n",
        )
        .unwrap_err();
        assert!(err.contains("must be https"), "{err}");
    }
}
