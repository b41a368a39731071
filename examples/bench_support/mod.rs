//! What the benches share: a school's config for the 2026-27 year.

/// The config of school `id`, called `name`: two sessions and the three
/// terms of 2026-27 with their half terms. More of the school's tables may
/// follow it.
pub fn school_year(id: &str, name: &str) -> String {
    format!(
        r#"
[[school]]
id = "{id}"
name = "{name}"
[school.sessions.am]
register_opens = "08:45"
register_closes = "09:15"
ends = "12:00"
[school.sessions.pm]
register_opens = "13:00"
register_closes = "13:15"
ends = "15:15"
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
    )
}
