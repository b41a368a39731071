//! Time zones as Outlook and Exchange name them. Their `.ics` exports say
//! `TZID="GMT Standard Time"` (or the display name, `"(UTC+00:00) Dublin,
//! Edinburgh, Lisbon, London"`) where every other calendar says
//! `Europe/London`. The pairs are the Unicode CLDR's `windowsZones` mapping
//! for each zone's main territory, for the zones a school in England meets:
//! its own, its families' countries of origin, and UTC.

use std::str::FromStr;

use chrono_tz::Tz;

/// Windows zone name, its Outlook display name, and the IANA zone.
const ZONES: &[(&str, &str, &str)] = &[
    (
        "GMT Standard Time",
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        "Europe/London",
    ),
    (
        "Greenwich Standard Time",
        "(UTC+00:00) Monrovia, Reykjavik",
        "Atlantic/Reykjavik",
    ),
    ("UTC", "(UTC) Coordinated Universal Time", "Etc/UTC"),
    (
        "W. Europe Standard Time",
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        "Europe/Berlin",
    ),
    (
        "Romance Standard Time",
        "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
        "Europe/Paris",
    ),
    (
        "Central European Standard Time",
        "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
        "Europe/Warsaw",
    ),
    (
        "Central Europe Standard Time",
        "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
        "Europe/Budapest",
    ),
    (
        "GTB Standard Time",
        "(UTC+02:00) Athens, Bucharest",
        "Europe/Bucharest",
    ),
    (
        "FLE Standard Time",
        "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
        "Europe/Kiev",
    ),
    (
        "Turkey Standard Time",
        "(UTC+03:00) Istanbul",
        "Europe/Istanbul",
    ),
    (
        "Pakistan Standard Time",
        "(UTC+05:00) Islamabad, Karachi",
        "Asia/Karachi",
    ),
    (
        "India Standard Time",
        "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
        "Asia/Kolkata",
    ),
    (
        "Bangladesh Standard Time",
        "(UTC+06:00) Dhaka",
        "Asia/Dhaka",
    ),
    (
        "Nigeria Standard Time",
        "(UTC+01:00) West Central Africa",
        "Africa/Lagos",
    ),
    (
        "E. Africa Standard Time",
        "(UTC+03:00) Nairobi",
        "Africa/Nairobi",
    ),
    (
        "Eastern Standard Time",
        "(UTC-05:00) Eastern Time (US & Canada)",
        "America/New_York",
    ),
    (
        "Pacific Standard Time",
        "(UTC-08:00) Pacific Time (US & Canada)",
        "America/Los_Angeles",
    ),
];

/// The zone a `TZID` names: an IANA name, a Windows name or an Outlook
/// display name.
pub fn zone(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim();
    Tz::from_str(tzid).ok().or_else(|| {
        ZONES
            .iter()
            .find(|(windows, display, _)| {
                windows.eq_ignore_ascii_case(tzid) || display.eq_ignore_ascii_case(tzid)
            })
            .map(|(_, _, iana)| Tz::from_str(iana).expect("the table names real zones"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlook_names_read_as_the_zones_they_mean() {
        assert_eq!(zone("GMT Standard Time"), Some(chrono_tz::Europe::London));
        assert_eq!(
            zone("(UTC+00:00) Dublin, Edinburgh, Lisbon, London"),
            Some(chrono_tz::Europe::London)
        );
        assert_eq!(zone("Europe/London"), Some(chrono_tz::Europe::London));
        assert_eq!(
            zone("gtb standard time"),
            Some(chrono_tz::Europe::Bucharest)
        );
        assert_eq!(zone("Mars Standard Time"), None);
    }

    #[test]
    fn every_zone_in_the_table_exists() {
        for (_, _, iana) in ZONES {
            assert!(Tz::from_str(iana).is_ok(), "{iana}");
        }
    }
}
