//! Dates and times as the records hold them, read back without chrono's
//! general parser and written without its formatter. Every register entry
//! read carries a session date and a time recorded per mark, and chrono's
//! parser (built for any format) cost more than the rest of the entry;
//! every register taken writes two of each per pupil, and chrono's
//! formatter (a write per field, through `fmt`) cost about a tenth of
//! encoding them. The forms chrono writes (`2026-11-23`,
//! `2026-11-23T09:20:00+00:00`, `…Z` for UTC) are read and written here
//! directly; anything else (fractions of a second, a leap second, a year
//! past 9999, an offset with seconds, a form written by hand) goes to
//! chrono as before, so what is read and written is always what chrono
//! would have read and written.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Timelike, Utc};
use serde::de::{Deserializer, Error, Visitor};
use serde::{Serialize, Serializer};

/// For `#[serde(with = "stored_time::date")]` on a [`NaiveDate`].
pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        match plain_date_text(*date) {
            Some(text) => s.serialize_str(ascii(&text)),
            None => date.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Text(plain_date))
    }
}

/// For `#[serde(with = "stored_time::fixed")]` on a
/// `DateTime<FixedOffset>`.
pub mod fixed {
    use super::*;

    pub fn serialize<S: Serializer>(at: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        match plain_date_time_text(at) {
            Some((text, len)) => s.serialize_str(ascii(&text[..len])),
            None => at.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        d.deserialize_str(Text(plain_date_time))
    }
}

/// For `#[serde(with = "stored_time::utc")]` on a `DateTime<Utc>`.
pub mod utc {
    use super::*;

    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        // chrono writes a UTC time as a time with no offset: `…Z`.
        fixed::serialize(&at.fixed_offset(), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        // chrono reads a UTC time as a time with an offset, then moves it.
        Ok(fixed::deserialize(d)?.with_timezone(&Utc))
    }
}

/// A string read with `direct` when it is in the form chrono writes, and
/// with chrono's parser when it is not; read in place, never copied.
struct Text<T>(fn(&[u8]) -> Option<T>);

impl<T: FromStr<Err: fmt::Display>> Visitor<'_> for Text<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date or a time")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
        match (self.0)(text.as_bytes()) {
            Some(value) => Ok(value),
            None => text.parse().map_err(E::custom),
        }
    }
}

/// `YYYY-MM-DD`, as chrono writes a date of years 0 to 9999.
fn plain_date(text: &[u8]) -> Option<NaiveDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *text else {
        return None;
    };
    let year = number(&[y0, y1, y2, y3])?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        number(&[m0, m1])?,
        number(&[d0, d1])?,
    )
}

/// `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z` for the offset), as chrono writes a
/// time with no fraction of a second.
fn plain_date_time(text: &[u8]) -> Option<DateTime<FixedOffset>> {
    if text.len() < 20 {
        return None;
    }
    let (day, rest) = text.split_at(10);
    let date = plain_date(day)?;
    let [b'T', h0, h1, b':', n0, n1, b':', s0, s1, ref offset @ ..] = *rest else {
        return None;
    };
    let time = NaiveTime::from_hms_opt(number(&[h0, h1])?, number(&[n0, n1])?, number(&[s0, s1])?)?;
    let seconds_east = match *offset {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), oh0, oh1, b':', om0, om1] => {
            let (hours, minutes) = (number(&[oh0, oh1])?, number(&[om0, om1])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
            if sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(seconds_east)?;
    date.and_time(time).and_local_timezone(offset).single()
}

/// Adds `date` to a key as chrono writes it (`2026-11-23`): record keys
/// name dates as the records do, and every register write and every read
/// of an entry makes keys with one.
pub fn push_date(key: &mut String, date: NaiveDate) {
    match plain_date_text(date) {
        Some(text) => key.push_str(ascii(&text)),
        None => key.push_str(&date.to_string()),
    }
}

/// `YYYY-MM-DD`, as chrono writes a date of years 0 to 9999; `None` for
/// another year.
fn plain_date_text(date: NaiveDate) -> Option<[u8; 10]> {
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let mut text = *b"0000-00-00";
    write_digits(&mut text[..4], year);
    write_digits(&mut text[5..7], date.month());
    write_digits(&mut text[8..], date.day());
    Some(text)
}

/// `YYYY-MM-DDTHH:MM:SS±HH:MM`, or `Z` for no offset, as chrono's
/// serialiser writes a time with no fraction of a second (nor a leap
/// second), a year of 0 to 9999 and an offset of whole minutes; with the
/// length used. `None` for any other time.
fn plain_date_time_text(at: &DateTime<FixedOffset>) -> Option<([u8; 25], usize)> {
    let local = at.naive_local();
    let offset = at.offset().local_minus_utc();
    if local.nanosecond() != 0 || offset % 60 != 0 {
        return None;
    }
    let mut text = *b"0000-00-00T00:00:00+00:00";
    text[..10].copy_from_slice(&plain_date_text(local.date())?);
    write_digits(&mut text[11..13], local.hour());
    write_digits(&mut text[14..16], local.minute());
    write_digits(&mut text[17..19], local.second());
    if offset == 0 {
        text[19] = b'Z';
        return Some((text, 20));
    }
    if offset < 0 {
        text[19] = b'-';
    }
    let minutes = offset.unsigned_abs() / 60;
    write_digits(&mut text[20..22], minutes / 60);
    write_digits(&mut text[23..], minutes % 60);
    Some((text, 25))
}

/// Fills `out` with `n`'s last digits, as many as it holds.
fn write_digits(out: &mut [u8], mut n: u32) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// Text made of ASCII bytes only, as every text written above is.
fn ascii(text: &[u8]) -> &str {
    std::str::from_utf8(text).expect("dates and times are written in ASCII")
}

/// The number written in ASCII digits, if every byte is one.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Stored {
        #[serde(with = "date")]
        date: NaiveDate,
        #[serde(with = "fixed")]
        at: DateTime<FixedOffset>,
        #[serde(with = "utc")]
        utc: DateTime<Utc>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct ByChrono {
        date: NaiveDate,
        at: DateTime<FixedOffset>,
        utc: DateTime<Utc>,
    }

    /// What is read is what chrono reads (or refuses), and what is
    /// written is what chrono writes, for the forms read directly and
    /// those passed on to chrono.
    #[test]
    fn reads_and_writes_as_chrono_does() {
        let dates = [
            "2026-11-23",
            "0000-01-01",
            "9999-12-31",
            "2028-02-29",
            "2026-02-30",
            "2026-1-23",
            "2026-13-01",
        ];
        let times = [
            "2026-11-23T09:20:00+00:00",
            "2026-11-23T09:20:00Z",
            "2026-06-01T23:59:59+01:00",
            "2026-06-01T00:00:00-00:00",
            "2026-06-01T07:30:15-05:30",
            "2026-06-01T07:30:15.250+01:00",
            "2026-06-30T23:59:60Z",
            "2026-06-01T07:30:15+23:59",
            "2026-06-01 07:30:15+01:00",
            "2026-11-23T24:00:00Z",
            "2026-11-23T09:20:00+00",
            "2026-11-23T09:20:00+99:00",
            "2026-13-23T09:20:00Z",
        ];
        let mut read_directly = 0;
        for date in dates {
            for at in times {
                let json = format!(r#"{{"date":"{date}","at":"{at}","utc":"{at}"}}"#);
                let ours = serde_json::from_str::<Stored>(&json).ok();
                let chrono = serde_json::from_str::<ByChrono>(&json).ok();
                assert_eq!(
                    ours.as_ref().map(|o| (o.date, o.at, o.utc)),
                    chrono.as_ref().map(|c| (c.date, c.at, c.utc)),
                    "{json}"
                );
                if let (Some(ours), Some(chrono)) = (ours, chrono) {
                    read_directly += usize::from(plain_date_time(at.as_bytes()).is_some());
                    assert_eq!(
                        serde_json::to_string(&ours).unwrap(),
                        serde_json::to_string(&chrono).unwrap()
                    );
                }
            }
        }
        assert!(read_directly > 0);
    }

    #[test]
    fn a_date_in_a_key_is_as_chrono_writes_it() {
        for date in [
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
        ] {
            let mut key = String::from("k/");
            push_date(&mut key, date);
            assert_eq!(key, format!("k/{date}"));
        }
    }

    /// Times only chrono writes (a fraction of a second, a leap second, a
    /// year past 9999 or before 0, an offset with seconds) and the edges
    /// of those written here come out as chrono writes them.
    #[test]
    fn writes_every_time_as_chrono_does() {
        let dates = [
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
        ];
        let times = [
            NaiveTime::from_hms_opt(0, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(9, 5, 7).unwrap(),
            NaiveTime::from_hms_opt(23, 59, 59).unwrap(),
            NaiveTime::from_hms_milli_opt(9, 20, 0, 250).unwrap(),
            NaiveTime::from_hms_nano_opt(9, 20, 0, 1).unwrap(),
            NaiveTime::from_hms_milli_opt(23, 59, 59, 1_000).unwrap(),
        ];
        let offsets = [
            0,
            3600,
            -3600,
            5 * 3600 + 30 * 60,
            -(9 * 3600 + 45 * 60),
            86_340,
            3_601,
            -29,
            30,
        ];
        for date in dates {
            for time in times {
                for seconds_east in offsets {
                    let offset = FixedOffset::east_opt(seconds_east).unwrap();
                    let at = date.and_time(time).and_local_timezone(offset).unwrap();
                    let ours = Stored {
                        date,
                        at,
                        utc: at.with_timezone(&Utc),
                    };
                    let chrono = ByChrono {
                        date,
                        at,
                        utc: at.with_timezone(&Utc),
                    };
                    assert_eq!(
                        serde_json::to_string(&ours).unwrap(),
                        serde_json::to_string(&chrono).unwrap(),
                        "{date} {time} {seconds_east}"
                    );
                }
            }
        }
    }
}
