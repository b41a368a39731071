//! What the benches share: a school's config for the 2026-27 year, its
//! sessions those of the tests' Fernhill.

/// The config of school `id`, called `name`: two sessions and the three
/// terms of 2026-27 with their half terms. More of the school's tables may
/// follow it.
pub fn school_year(id: &str, name: &str) -> String {
    let sessions = include_str!("../../tests/fixtures/fernhill_sessions.toml")
        .replace("id = \"fernhill\"", &format!("id = \"{id}\""))
        .replace("name = \"Fernhill Primary\"", &format!("name = \"{name}\""));
    sessions
        + r#"
[[school.calendar.terms]]
name = "Autumn"
first_day = "2026-09-03"
last_day = "2026-12-18"
[[school.calendar.terms]]
name = "Spring"
first_day = "2027-01-05"
last_day = "2027-03-25"
[[school.calendar.terms]]
name = "Summer"
first_day = "2027-04-12"
last_day = "2027-07-23"
[[school.calendar.closures]]
from = "2026-10-26"
to = "2026-10-30"
why = "half term"
[[school.calendar.closures]]
from = "2027-02-15"
to = "2027-02-19"
why = "half term"
[[school.calendar.closures]]
from = "2027-05-31"
to = "2027-06-04"
why = "half term"
"#
}
