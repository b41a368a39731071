//! iCalendar (`.ics`) term-dates files, as local authorities and schools
//! publish them.
//!
//! Only what a term-dates file needs is read: each VEVENT's `SUMMARY`,
//! `DTSTART` and `DTEND`, as all-day dates (`VALUE=DATE`, `DTEND` exclusive)
//! or date-times (UTC `…Z`, `TZID=…` or floating), after unfolding
//! continuation lines. Zones may be named as Outlook names them
//! (`GMT Standard Time`); repeating events (`RRULE` with a step and a
//! count or end date, less any `EXDATE`) count once per occurrence. Date-times are turned into the school's local dates,
//! so an all-day event exported as `…T230000Z` during BST lands on the
//! right day.
//!
//! Events are sorted by their summary:
//! - closures: INSET / training days, half terms, bank holidays, "school
//!   closed";
//! - terms: an event whose summary names a term and spans it ("Autumn
//!   Term"), or a pair of one-day markers ("Autumn Term starts" … "Autumn
//!   Term ends");
//! - anything else (parents' evenings, sports day) is ignored.

use std::path::Path;

use chrono::{Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::{Closure, Term, windows_zones};
use crate::error::{Error, Result};

/// What a term-dates file says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermDates {
    pub terms: Vec<Term>,
    pub closures: Vec<Closure>,
    /// Events that are neither terms nor closures.
    pub ignored: usize,
}

/// Reads an `.ics` file; date-times are read in `tz`.
pub fn read(path: &Path, tz: Tz) -> Result<TermDates> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    parse(&text, &path.display().to_string(), tz)
}

/// Parses iCalendar text; `file` names it in errors.
pub fn parse(text: &str, file: &str, tz: Tz) -> Result<TermDates> {
    let error = |line: usize, message: String| Error::Calendar {
        file: file.to_string(),
        line: Some(line),
        message,
    };
    let lines = unfold(text);
    if !lines
        .iter()
        .any(|l| l.text.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(Error::Calendar {
            file: file.to_string(),
            line: None,
            message: "not an iCalendar file (no BEGIN:VCALENDAR)".into(),
        });
    }

    let mut dates = TermDates::default();
    let mut markers: Vec<Marker> = Vec::new();
    let mut event: Option<RawEvent> = None;
    for line in &lines {
        let (name, params, value) = split_property(&line.text)
            .ok_or_else(|| error(line.number, format!("`{}` is not a property", line.text)))?;
        match (name.as_str(), &mut event) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => {
                event = Some(RawEvent {
                    line: line.number,
                    ..RawEvent::default()
                });
            }
            ("BEGIN", Some(open)) if value.eq_ignore_ascii_case("VEVENT") => {
                return Err(error(
                    line.number,
                    format!("the event begun on line {} has no END:VEVENT", open.line),
                ));
            }
            ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                let raw = event.take().expect("matched Some");
                let (first, last) = raw.days(tz).map_err(|m| error(raw.line, m))?;
                let occurrences = match &raw.repeats {
                    None => vec![(first, last)],
                    Some(rule) => rule
                        .occurrences(first, last, &raw.except)
                        .map_err(|m| error(raw.line, m))?,
                };
                let summary = raw.summary.unwrap_or_default();
                let kind = classify(&summary);
                for (first, last) in occurrences {
                    match &kind {
                        Kind::Closure => dates.closures.push(Closure {
                            from: first,
                            to: last,
                            why: summary.clone(),
                        }),
                        Kind::Term => dates.terms.push(Term {
                            name: summary.clone(),
                            first_day: first,
                            last_day: last,
                        }),
                        Kind::TermStarts(name) => markers.push(Marker {
                            line: raw.line,
                            day: first,
                            starts: true,
                            name: name.clone(),
                        }),
                        Kind::TermEnds(name) => markers.push(Marker {
                            line: raw.line,
                            day: last,
                            starts: false,
                            name: name.clone(),
                        }),
                        Kind::Other => dates.ignored += 1,
                    }
                }
            }
            ("SUMMARY", Some(open)) => open.summary = Some(unescape(&value)),
            ("DTSTART", Some(open)) => {
                open.start = Some(read_value(&params, &value).map_err(|m| error(line.number, m))?)
            }
            ("DTEND", Some(open)) => {
                open.end = Some(read_value(&params, &value).map_err(|m| error(line.number, m))?)
            }
            ("RRULE", Some(open)) => {
                open.repeats = Some(Recurrence::parse(&value).map_err(|m| error(line.number, m))?)
            }
            ("EXDATE", Some(open)) => {
                for one in value.split(',') {
                    let when =
                        read_value(&params, one.trim()).map_err(|m| error(line.number, m))?;
                    open.except.push(when.local(tz).date());
                }
            }
            _ => {}
        }
    }
    if let Some(open) = event {
        return Err(error(open.line, "this event has no END:VEVENT".into()));
    }
    dates
        .terms
        .extend(pair_markers(markers).map_err(|(line, m)| error(line, m))?);
    dates.terms.sort_by_key(|t| t.first_day);
    dates.closures.sort_by_key(|c| c.from);
    Ok(dates)
}

/// A logical line: continuation lines (starting with a space or tab)
/// joined on, numbered by its first physical line.
struct Line {
    number: usize,
    text: String,
}

fn unfold(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim_end_matches('\r');
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.text.push_str(rest),
            _ if raw.trim().is_empty() => {}
            _ => lines.push(Line {
                number: i + 1,
                text: raw.to_string(),
            }),
        }
    }
    lines
}

/// `NAME;PARAM=x;PARAM=y:value` → upper-cased name, upper-cased params, value.
fn split_property(line: &str) -> Option<(String, Vec<String>, String)> {
    // The value starts after the first colon outside a quoted parameter.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim().to_ascii_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts.map(|p| p.trim().to_string()).collect();
    Some((name, params, value.trim().to_string()))
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push(' '),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out.trim().to_string()
}

/// A `DTSTART`/`DTEND` value.
#[derive(Debug, Clone, Copy)]
enum When {
    Date(NaiveDate),
    /// Already in the school's zone.
    Local(NaiveDateTime),
    Utc(NaiveDateTime),
    Zoned(NaiveDateTime, Tz),
}

fn read_value(params: &[String], value: &str) -> std::result::Result<When, String> {
    let param = |name: &str| {
        params.iter().find_map(|p| {
            p.split_once('=')
                .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim_matches('"'))
        })
    };
    let bad = || format!("`{value}` is not an iCalendar date or date-time");
    if param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || value.len() == 8 {
        return NaiveDate::parse_from_str(value, "%Y%m%d")
            .map(When::Date)
            .map_err(|_| bad());
    }
    let (text, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(t) => (t, true),
        None => (value, false),
    };
    let at = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    match (utc, param("TZID")) {
        (true, _) => Ok(When::Utc(at)),
        (false, Some(zone)) => windows_zones::zone(zone)
            .map(|tz| When::Zoned(at, tz))
            .ok_or_else(|| format!("`{zone}` is not a time zone")),
        (false, None) => Ok(When::Local(at)),
    }
}

impl When {
    /// The moment in the school's local time (a date is its midnight).
    fn local(self, tz: Tz) -> NaiveDateTime {
        match self {
            When::Date(d) => d.and_time(NaiveTime::MIN),
            When::Local(at) => at,
            When::Utc(at) => Utc.from_utc_datetime(&at).with_timezone(&tz).naive_local(),
            When::Zoned(at, zone) => crate::domain::resolve_local(&zone, at)
                .with_timezone(&tz)
                .naive_local(),
        }
    }
}

#[derive(Default)]
struct RawEvent {
    line: usize,
    summary: Option<String>,
    start: Option<When>,
    end: Option<When>,
    repeats: Option<Recurrence>,
    /// Local days on which a repeating event does not happen (`EXDATE`).
    except: Vec<NaiveDate>,
}

/// How often an event repeats (`RRULE`), as far as term dates need: a
/// fixed step, ending after a count or on a date. Rules that pick days
/// (`BYDAY`, `BYMONTHDAY` …) are refused rather than read wrongly.
#[derive(Debug, Clone, Copy)]
struct Recurrence {
    step: Step,
    every: u32,
    end: RecurrenceEnd,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Days(u64),
    Months(u32),
}

#[derive(Debug, Clone, Copy)]
enum RecurrenceEnd {
    Count(u32),
    Until(NaiveDate),
}

/// More occurrences than any term-dates file has: a mistake, not a plan.
const MAX_OCCURRENCES: u32 = 1_000;

impl Recurrence {
    fn parse(rule: &str) -> std::result::Result<Recurrence, String> {
        let mut step = None;
        let mut every = 1;
        let mut end = None;
        for part in rule.split(';').filter(|p| !p.trim().is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` in RRULE is not NAME=VALUE"))?;
            match name.trim().to_ascii_uppercase().as_str() {
                "FREQ" => {
                    step = Some(match value.trim().to_ascii_uppercase().as_str() {
                        "DAILY" => Step::Days(1),
                        "WEEKLY" => Step::Days(7),
                        "MONTHLY" => Step::Months(1),
                        "YEARLY" => Step::Months(12),
                        other => {
                            return Err(format!("an event repeating {other} is not a school date"));
                        }
                    })
                }
                "INTERVAL" => {
                    every = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| format!("INTERVAL={value} is not a whole number"))?
                }
                "COUNT" => {
                    end =
                        Some(RecurrenceEnd::Count(value.trim().parse().map_err(
                            |_| format!("COUNT={value} is not a whole number"),
                        )?))
                }
                "UNTIL" => {
                    let date = value.trim().get(..8).unwrap_or_default();
                    end = Some(RecurrenceEnd::Until(
                        NaiveDate::parse_from_str(date, "%Y%m%d")
                            .map_err(|_| format!("UNTIL={value} is not a date"))?,
                    ))
                }
                "WKST" => {}
                other => {
                    return Err(format!(
                        "this event repeats by {other}, which is not read here: list each date as an event of its own"
                    ));
                }
            }
        }
        Ok(Recurrence {
            step: step.ok_or("RRULE without FREQ")?,
            every,
            end: end.ok_or("this event repeats for ever: give its RRULE a COUNT or an UNTIL")?,
        })
    }

    /// The first and last day of each occurrence, but those on `except`.
    fn occurrences(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        except: &[NaiveDate],
    ) -> std::result::Result<Vec<(NaiveDate, NaiveDate)>, String> {
        let length = last - first;
        let mut found = Vec::new();
        for n in 0..=MAX_OCCURRENCES {
            if let RecurrenceEnd::Count(count) = self.end
                && n >= count
            {
                return Ok(found);
            }
            let start = match self.step {
                Step::Days(days) => {
                    first.checked_add_days(Days::new(days * u64::from(n * self.every)))
                }
                Step::Months(months) => {
                    first.checked_add_months(Months::new(months * n * self.every))
                }
            }
            .ok_or("this event repeats past the end of the calendar")?;
            if let RecurrenceEnd::Until(until) = self.end
                && start > until
            {
                return Ok(found);
            }
            if !except.contains(&start) {
                found.push((start, start + length));
            }
        }
        Err(format!(
            "this event repeats more than {MAX_OCCURRENCES} times"
        ))
    }
}

impl RawEvent {
    /// The school days the event covers, first and last inclusive. The end
    /// is exclusive: an event ending at local midnight stops the day before.
    fn days(&self, tz: Tz) -> std::result::Result<(NaiveDate, NaiveDate), String> {
        let start = self.start.ok_or("this event has no DTSTART")?.local(tz);
        let first = start.date();
        let last = match self.end.map(|e| e.local(tz)) {
            None => first,
            Some(end) if end <= start => first,
            Some(end) if end.time() == NaiveTime::MIN => end.date() - Days::new(1),
            Some(end) => end.date(),
        };
        Ok((first, last))
    }
}

enum Kind {
    Closure,
    /// An event spanning a whole term.
    Term,
    TermStarts(String),
    TermEnds(String),
    Other,
}

const CLOSURE_PHRASES: &[&str] = &[
    "inset",
    "training day",
    "staff day",
    "half term",
    "half-term",
    "halfterm",
    "bank holiday",
    "closed",
    "closure",
    "occasional day",
    "polling day",
];
const START_WORDS: &[&str] = &["starts", "start", "begins", "begin", "opens", "first"];
const END_WORDS: &[&str] = &["ends", "end", "finishes", "closes", "last"];
/// Words dropped from a marker's summary to leave the term's name.
const FILLER: &[&str] = &["of", "day", "the"];

fn classify(summary: &str) -> Kind {
    let lower = summary.to_lowercase();
    if CLOSURE_PHRASES.iter().any(|p| lower.contains(p)) {
        return Kind::Closure;
    }
    let words: Vec<&str> = summary
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |set: &[&str]| {
        words
            .iter()
            .any(|w| set.contains(&w.to_lowercase().as_str()))
    };
    if !has(&["term"]) {
        return Kind::Other;
    }
    let name = || {
        let kept: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| {
                let w = w.to_lowercase();
                ![START_WORDS, END_WORDS, FILLER]
                    .iter()
                    .any(|set| set.contains(&w.as_str()))
            })
            .collect();
        kept.join(" ")
    };
    if has(START_WORDS) {
        Kind::TermStarts(name())
    } else if has(END_WORDS) {
        Kind::TermEnds(name())
    } else {
        Kind::Term
    }
}

/// A one-day "term starts" or "term ends" event.
struct Marker {
    line: usize,
    day: NaiveDate,
    starts: bool,
    name: String,
}

/// Pairs each start with the end that follows it, in date order.
fn pair_markers(mut markers: Vec<Marker>) -> std::result::Result<Vec<Term>, (usize, String)> {
    markers.sort_by_key(|m| (m.day, !m.starts));
    let mut terms = Vec::new();
    let mut open: Option<Marker> = None;
    for marker in markers {
        match (marker.starts, open.take()) {
            (true, None) => open = Some(marker),
            (true, Some(previous)) => {
                return Err((
                    previous.line,
                    format!(
                        "`{}` starts on {} but no term end follows before the next start (line {})",
                        previous.name, previous.day, marker.line
                    ),
                ));
            }
            (false, Some(start)) => terms.push(Term {
                name: start.name,
                first_day: start.day,
                last_day: marker.day,
            }),
            (false, None) => {
                return Err((
                    marker.line,
                    format!(
                        "`{}` ends on {} but no term start comes before it",
                        marker.name, marker.day
                    ),
                ));
            }
        }
    }
    match open {
        Some(start) => Err((
            start.line,
            format!("`{}` starts on {} but never ends", start.name, start.day),
        )),
        None => Ok(terms),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn ics(events: &str) -> String {
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{events}END:VCALENDAR\r\n")
    }

    #[test]
    fn spanning_terms_all_day_closures_and_ignored_events() {
        let text = ics(
            "BEGIN:VEVENT\r\nSUMMARY:Autumn Term\r\nDTSTART;VALUE=DATE:20260903\r\nDTEND;VALUE=DATE:20261219\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Half Term\r\nDTSTART;VALUE=DATE:20261026\r\nDTEND;VALUE=DATE:20261031\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:INSET day (school closed\r\n  to pupils)\r\nDTSTART;VALUE=DATE:20261127\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Parents' evening\r\nDTSTART:20261118T160000\r\nDTEND:20261118T190000\r\nEND:VEVENT\r\n",
        );
        let dates = parse(&text, "terms.ics", London).unwrap();
        assert_eq!(
            dates.terms,
            vec![Term {
                name: "Autumn Term".into(),
                first_day: d("2026-09-03"),
                last_day: d("2026-12-18"),
            }]
        );
        assert_eq!(dates.closures.len(), 2);
        assert_eq!(
            (dates.closures[0].from, dates.closures[0].to),
            (d("2026-10-26"), d("2026-10-30")),
            "DTEND is exclusive"
        );
        assert_eq!(dates.closures[1].why, "INSET day (school closed to pupils)");
        assert_eq!(dates.closures[1].to, d("2026-11-27"), "no DTEND: one day");
        assert_eq!(dates.ignored, 1);
    }

    #[test]
    fn start_and_end_markers_pair_into_terms() {
        let text = ics(
            "BEGIN:VEVENT\r\nSUMMARY:Spring Term ends\r\nDTSTART;VALUE=DATE:20270325\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:First day of Spring Term\r\nDTSTART;VALUE=DATE:20270105\r\nEND:VEVENT\r\n",
        );
        let dates = parse(&text, "terms.ics", London).unwrap();
        assert_eq!(
            dates.terms,
            vec![Term {
                name: "Spring Term".into(),
                first_day: d("2027-01-05"),
                last_day: d("2027-03-25"),
            }]
        );
    }

    #[test]
    fn utc_date_times_land_on_the_local_day_across_bst() {
        // Exported "all day" events in UTC: midnight BST is 23:00Z the day
        // before; midnight GMT is 00:00Z.
        let text = ics(
            "BEGIN:VEVENT\r\nSUMMARY:Bank Holiday\r\nDTSTART:20270502T230000Z\r\nDTEND:20270503T230000Z\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Summer term starts\r\nDTSTART:20270411T230000Z\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Summer term ends\r\nDTSTART;TZID=Europe/London:20270721T000000\r\nDTEND;TZID=Europe/London:20270722T000000\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Training day\r\nDTSTART:20261102T000000Z\r\nDTEND:20261103T000000Z\r\nEND:VEVENT\r\n",
        );
        let dates = parse(&text, "terms.ics", London).unwrap();
        assert_eq!(
            dates
                .closures
                .iter()
                .map(|c| (c.from, c.to))
                .collect::<Vec<_>>(),
            vec![
                (d("2026-11-02"), d("2026-11-02")),
                (d("2027-05-03"), d("2027-05-03"))
            ]
        );
        assert_eq!(
            (dates.terms[0].first_day, dates.terms[0].last_day),
            (d("2027-04-12"), d("2027-07-21"))
        );
    }

    #[test]
    fn outlook_exports_with_windows_zone_names_are_read() {
        // As Outlook writes it: a VTIMEZONE block, and events in the
        // Windows zone's name.
        let text = ics(
            "BEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16011028T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:-0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n\
             BEGIN:VEVENT\r\nSUMMARY:INSET day\r\nDTSTART;TZID=\"GMT Standard Time\":20270601T000000\r\nDTEND;TZID=\"GMT Standard Time\":20270602T000000\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:Training day\r\nDTSTART;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20261102T000000\r\nDTEND;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20261103T000000\r\nEND:VEVENT\r\n",
        );
        let dates = parse(&text, "outlook.ics", London).unwrap();
        let days: Vec<_> = dates.closures.iter().map(|c| (c.from, c.to)).collect();
        assert_eq!(
            days,
            vec![
                (d("2026-11-02"), d("2026-11-02")),
                (d("2027-06-01"), d("2027-06-01"))
            ]
        );
    }

    #[test]
    fn a_repeating_event_counts_on_every_occurrence_but_its_exceptions() {
        let text = ics(
            "BEGIN:VEVENT\r\nSUMMARY:Staff training day\r\nDTSTART;VALUE=DATE:20260904\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3\r\nEXDATE;VALUE=DATE:20260918\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nSUMMARY:May Day bank holiday\r\nDTSTART;VALUE=DATE:20270503\r\nDTEND;VALUE=DATE:20270504\r\nRRULE:FREQ=YEARLY;UNTIL=20290101\r\nEND:VEVENT\r\n",
        );
        let dates = parse(&text, "terms.ics", London).unwrap();
        let days: Vec<_> = dates.closures.iter().map(|c| c.from).collect();
        assert_eq!(
            days,
            vec![
                d("2026-09-04"),
                d("2026-10-02"),
                d("2027-05-03"),
                d("2028-05-03")
            ]
        );
    }

    #[test]
    fn repeats_that_cannot_be_read_are_refused_by_line() {
        for (rule, says) in [
            ("FREQ=WEEKLY", "repeats for ever"),
            ("FREQ=MONTHLY;BYDAY=1MO;COUNT=3", "repeats by BYDAY"),
            ("FREQ=DAILY;COUNT=5000", "more than 1000 times"),
            ("FREQ=HOURLY;COUNT=2", "not a school date"),
        ] {
            let text = ics(&format!(
                "BEGIN:VEVENT\r\nSUMMARY:INSET\r\nDTSTART;VALUE=DATE:20261127\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
            ));
            let err = parse(&text, "t.ics", London).unwrap_err().to_string();
            assert!(err.starts_with("t.ics:"), "{err}");
            assert!(err.contains(says), "{rule}: {err}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let missing_start = ics("BEGIN:VEVENT\r\nSUMMARY:Autumn Term\r\nEND:VEVENT\r\n");
        let err = parse(&missing_start, "t.ics", London)
            .unwrap_err()
            .to_string();
        assert_eq!(err, "t.ics:4: this event has no DTSTART");

        let bad_date =
            ics("BEGIN:VEVENT\r\nSUMMARY:INSET\r\nDTSTART;VALUE=DATE:2026-11-27\r\nEND:VEVENT\r\n");
        let err = parse(&bad_date, "t.ics", London).unwrap_err().to_string();
        assert!(err.starts_with("t.ics:6: `2026-11-27`"), "{err}");

        let lonely_end = ics(
            "BEGIN:VEVENT\r\nSUMMARY:Autumn term ends\r\nDTSTART;VALUE=DATE:20261218\r\nEND:VEVENT\r\n",
        );
        let err = parse(&lonely_end, "t.ics", London).unwrap_err().to_string();
        assert!(err.starts_with("t.ics:4: `Autumn term` ends"), "{err}");

        let unclosed = ics("BEGIN:VEVENT\r\nSUMMARY:INSET\r\nDTSTART;VALUE=DATE:20261127\r\n");
        let err = parse(&unclosed, "t.ics", London).unwrap_err().to_string();
        assert!(
            err.starts_with("t.ics:4: this event has no END:VEVENT"),
            "{err}"
        );

        let err = parse("hello", "t.ics", London).unwrap_err().to_string();
        assert!(err.contains("not an iCalendar file"), "{err}");
    }
}
