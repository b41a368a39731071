//! How long a parent says an illness will last, read for the local
//! authority's sickness case: "off for three weeks", "for a fortnight",
//! "signed off for a month", or no end at all ("until further notice",
//! "signed off by the GP"). The register's own dates come from [`super::dates`];
//! this reading only forecasts.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{compile, number_word};

/// A school week, and a month of school weeks, in school days.
const WEEK: u32 = 5;
const MONTH: u32 = 4 * WEEK;

/// How long a message says an absence will last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forecast {
    /// This many school days from the absence's first day.
    SchoolDays(u32),
    /// No end given or known.
    OpenEnded,
}

const NUMBER: &str =
    r"(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)";

static LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:{NUMBER}\s+(?:more\s+|full\s+|whole\s+)?(?:school\s+)?(days?|weeks?|fortnights?|months?)|(fortnight))\b"
    ))
});

static OPEN_ENDED: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(until further notice|for the foreseeable( future)?|indefinitely|no end date|long[- ]term",
        r"|signed (her |him |them )?off|(don't|do not|doesn't|does not) know when|not sure when|no idea when)\b"
    ))
});

/// The forecast in a message's words, if it makes one.
pub fn forecast(text: &str) -> Option<Forecast> {
    let lower = text.to_lowercase();
    if let Some(found) = LENGTH.captures(&lower) {
        if found.get(3).is_some() {
            return Some(Forecast::SchoolDays(2 * WEEK));
        }
        let count = number(&found[1])?;
        let unit = &found[2];
        let per = if unit.starts_with("day") {
            1
        } else if unit.starts_with("week") {
            WEEK
        } else if unit.starts_with("fortnight") {
            2 * WEEK
        } else {
            MONTH
        };
        return Some(Forecast::SchoolDays(count * per));
    }
    OPEN_ENDED.is_match(&lower).then_some(Forecast::OpenEnded)
}

fn number(word: &str) -> Option<u32> {
    match word {
        "a" | "an" => Some(1),
        "a couple of" => Some(2),
        "a few" => Some(3),
        word => number_word(word),
    }
}

#[cfg(test)]
mod tests {
    use super::Forecast::{OpenEnded, SchoolDays};
    use super::*;

    #[test]
    fn weeks_fortnights_months_and_days_are_school_days() {
        for (text, days) in [
            ("Harvey is off for three weeks with glandular fever", 15),
            ("Harvey has chickenpox, off for 3 weeks", 15),
            ("she is poorly, off for a fortnight", 10),
            ("the doctor says two weeks at home", 10),
            ("signed off for a month after his operation", 20),
            ("off for a couple of weeks", 10),
            ("he will be off for 4 days", 4),
            ("off for another 10 school days", 10),
        ] {
            assert_eq!(forecast(text), Some(SchoolDays(days)), "{text}");
        }
    }

    #[test]
    fn no_end_is_open_ended_and_a_length_wins_over_it() {
        for text in [
            "Harvey is ill and off until further notice",
            "Harvey has been signed off by the GP",
            "she is off sick, we don't know when she'll be back",
            "off sick for the foreseeable future",
        ] {
            assert_eq!(forecast(text), Some(OpenEnded), "{text}");
        }
        assert_eq!(
            forecast("the GP has signed him off for three weeks"),
            Some(SchoolDays(15))
        );
    }

    #[test]
    fn a_message_without_a_length_forecasts_nothing() {
        for text in [
            "Harvey is sick today",
            "she has a temperature, back tomorrow hopefully",
            "off today, the GP appointment is at 3",
            "he will be back on Monday",
        ] {
            assert_eq!(forecast(text), None, "{text}");
        }
    }
}
