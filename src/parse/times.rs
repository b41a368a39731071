//! Clock times in a parent's words: `9.20`, `9:20`, `920`, `1.40pm`,
//! `10 o'clock`, "twenty past nine", "half 9", "quarter past", and the
//! relative "10 mins late" / "there in 5".

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

use super::text::{NUMBER_WORDS, compile, just_before, number_word};

/// A clock time found in lower-case text, with where it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMention {
    pub time: NaiveTime,
    pub start: usize,
    pub end: usize,
}

/// How far from a reference point a relative time lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativeTime {
    /// "20 mins late": minutes after the register opens.
    MinutesLate(u32),
    /// "10 mins away", "there in 5", "coming now": minutes after the
    /// message was sent.
    MinutesFromNow(u32),
    /// "In just after the register": after the register closes.
    AfterTheRegister,
}

const NUMBER: &str = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|a few|few|a couple of|couple of";

static DIGITS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(\d{1,2})[.:](\d{2})(?:ish)?\s*(am|pm|a\.m\.|p\.m\.)?"));
static HOUR_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(\d{{1,2}}|{NUMBER_WORDS})\s*(am|pm|a\.m\.|p\.m\.|o'?\s?clock)\b"
    ))
});
static PAST_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(half|quarter|twenty[- ]five|twenty|ten|five|\d{{1,2}})\s+(past|to)\b(?:\s+(\d{{1,2}}|{NUMBER_WORDS})\b)?"
    ))
});
/// "9 and 20", "9 50", "9 05": an hour and minutes said or typed without a
/// separator.
static HOUR_AND_MINUTES: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(\d{1,2})(?: and | )(\d{2}|5)\b"));
/// "14h", "13h30": the 24-hour clock as much of Europe writes it.
static CONTINENTAL: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})h(\d{2})?\b"));
/// "10ish": an hour, roughly.
static HOUR_ISH: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})ish\b"));
static HALF_HOUR: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\bhalf\s+(\d{{1,2}}|{NUMBER_WORDS})\b")));
/// A bare hour needs a word before it that makes it a time ("at 2",
/// "for 10", "about 11", "gone 10"), and a bare `920` likewise.
static CUED_HOUR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(at|for|by|about|around|approx|approximately|maybe|prob|probably|hopefully|till|until|from|after|before|gone|arrive|arriving|come|there|is|be|take|him|her|them)\s+(\d{1,4})\b",
    )
});
/// Words after a bare hour that put it before noon: "at 1 in the morning".
static IN_THE_MORNING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(in the morning|this morning|at night|last night)\b"));
/// A bare hour made a time by the words after it: "10 at the latest".
static HOUR_AT_THE_LATEST: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(\d{1,2})\s+at\s+the\s+(latest|earliest|very latest)\b"));
/// Someone's age before a bare number: "she is 11", "who are 20".
static AN_AGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(she|he|they|who|i|you|we)('s| is| are| am| was| were| turned| turns) $")
});
/// A second count of minutes after a first: "5 mins late maybe 10" is
/// ten minutes, not ten o'clock.
static MORE_MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(mins?|minutes?)( late| away| behind)?,? (or |maybe |prob |probably |possibly |more like )+$",
    )
});
/// An hour in words after a word that makes it a time ("there at ten",
/// "in by eleven"), ending its phrase: not "for two days", "about ten
/// minutes", "at one point".
static CUED_WORD_HOUR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(at|by|about|around)\s+(eight|nine|ten|eleven|twelve|one|two|three)(ish)?\s*([.,!;?)]|$|\b(and|but|so|then|tomorrow|today|this|on|at|latest|hopefully)\b)",
    )
});
static MINUTES_LATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b({NUMBER})\s*(?:mins?|minutes?)\s+(late|behind|away)\b|\blate\s+({NUMBER})\s*(?:mins?|minutes?)\b"
    ))
});
/// "An hour late", "half an hour away", "there in an hour".
static HOURS_LATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<late>half an|an|one|1|a couple of|two|2)\s+hours?\s+(?P<how>late|behind|away)\b",
        r"|\b(?:there|be|in|arrive|arriving|here|with you)\s+in\s+(?:about\s+|around\s+)?(?P<soon>half an|an|one|1) hour\b"
    ))
});
static AFTER_THE_REGISTER: LazyLock<Regex> = LazyLock::new(|| {
    // "He'll be late, after break probably", "in after, hopefully by break
    // time": in some time after the register.
    compile(
        r"\bafter (the )?(register|registration)\b|\b(in|late|arrive|arriving|be there)\b[^.]{0,30}\b(after|by) (morning )?(break|playtime)( ?time)?\b",
    )
});
static NUMBER_START: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"^({NUMBER})\b")));
/// Words of a wait before "there 30 mins": "been stood there 30 mins".
static WAITED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(stood|standing|waiting|waited|sat|sitting|stuck)\s*$"));
static MINUTES_FROM_NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        concat!(
            r"\b(?:there|be|in|arrive|arriving|here|with you)\s+in\s+(?:about\s+|around\s+)?({NUMBER})\b(?:\s*(?:mins?|minutes?))?",
            // "We come in 5 minutes": in learners' English, minutes said.
            r"|\b(?:be|there|here|arrive|arriving|(?:come|coming|reach|reaching)\s+in|on (?:(?:our|my|the) )?way[^.]{{0,30}}?)\s+(?:about\s+|around\s+|another\s+)?({NUMBER})\s*(?:mins?|minutes?)\b",
            // "Stuck on the ring road, 10 mins": a bare count that ends the message.
            r"|,\s*(?:about\s+|around\s+|another\s+)?({NUMBER})\s*(?:mins?|minutes?)\s*[.!x]*\s*$",
            // "Coming now"; "leaving now, 15 mins".
            r"|\b(?:coming|leaving|on (?:(?:our|my|the|his|her|their) )?way(?: in| to school)?|setting off|(?:we're|we are|i'm|i am|were|is|'s|are|'re) (?:outside|here|at the gates?|at reception|in the car park|pulling in)) now\b",
            r"(?:[,.]?\s+(?:about\s+|around\s+|roughly\s+|approx\s+)?({NUMBER})\s*(?:mins?|minutes?)\b)?"
        ),
        NUMBER = NUMBER
    ))
});

/// Every clock time in lower-case text, in order. Hours 1–7 without
/// `am`/`pm` are afternoon times (the school day runs 8 till 4);
/// "quarter past" without an hour takes `default_hour`.
pub fn clock_times(text: &str, default_hour: u32) -> Vec<TimeMention> {
    let mut found: Vec<TimeMention> = Vec::new();
    let mut add = |start: usize, end: usize, time: Option<NaiveTime>| {
        if let Some(time) = time
            && !found.iter().any(|m| m.start < end && start < m.end)
        {
            found.push(TimeMention { time, start, end });
        }
    };
    // Each form needs a digit or one of a few words; looking for those first
    // is much cheaper than running every pattern.
    let has_digits = text.bytes().any(|b| b.is_ascii_digit());
    if has_digits || text.contains("clock") {
        digit_times(text, &mut add);
    }
    if text.contains("past") || text.contains(" to ") {
        past_and_to(text, default_hour, &mut add);
    }
    if text.contains("half") {
        for c in HALF_HOUR.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let time = number_word(&c[1]).and_then(|h| hm(h, 30, None));
            add(whole.start(), whole.end(), time);
        }
    }
    // Bare hours last, so "half 9" is not read as 9 o'clock.
    if has_digits {
        cued_hours(text, &mut add);
    }
    for c in CUED_WORD_HOUR.captures_iter(text) {
        let hour = c.get(2).expect("group");
        add(
            hour.start(),
            hour.end(),
            number_word(hour.as_str()).and_then(|h| hm(h, 0, None)),
        );
    }
    found.sort_by_key(|m| m.start);
    found
}

/// `9.20`, `9:20`, `1.40pm`, `10am`, `10 o'clock`.
fn digit_times(text: &str, add: &mut impl FnMut(usize, usize, Option<NaiveTime>)) {
    for c in DIGITS.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let minutes_end = c.get(2).expect("group").end();
        let rest = &text[minutes_end..];
        // "920" is no `9.20`; "21.05.27" is a date.
        let dotted_date =
            rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        if rest.starts_with(|c: char| c.is_ascii_digit()) || dotted_date {
            continue;
        }
        let hour = c[1].parse().unwrap_or(99);
        let minute = c[2].parse().unwrap_or(99);
        add(
            whole.start(),
            whole.end(),
            hm(hour, minute, c.get(3).map(|m| m.as_str())),
        );
    }
    for c in HOUR_SUFFIX.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let hour = number_word(&c[1]).unwrap_or(99);
        add(whole.start(), whole.end(), hm(hour, 0, Some(&c[2])));
    }
    for c in HOUR_ISH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        add(
            whole.start(),
            whole.end(),
            hm(c[1].parse().unwrap_or(99), 0, None),
        );
    }
    for c in CONTINENTAL.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let hour = c[1].parse().unwrap_or(99);
        let minute = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok());
        add(
            whole.start(),
            whole.end(),
            minute.and_then(|minute| NaiveTime::from_hms_opt(hour, minute, 0)),
        );
    }
    for c in HOUR_AND_MINUTES.captures_iter(text) {
        let whole = c.get(0).expect("match");
        if !is_bare_time(text, whole.end()) {
            continue;
        }
        let hour: u32 = c[1].parse().unwrap_or(99);
        let minute: u32 = c[2].parse().unwrap_or(99);
        // Only a school-day hour and a minute a person says: "9 and 20",
        // "9 50"; not "2 10" in a list of numbers.
        if (7..=12).contains(&hour) && minute.is_multiple_of(5) {
            add(whole.start(), whole.end(), hm(hour, minute, None));
        }
    }
}

/// "Twenty past nine", "quarter to ten", "ten past" (of `default_hour`).
fn past_and_to(
    text: &str,
    default_hour: u32,
    add: &mut impl FnMut(usize, usize, Option<NaiveTime>),
) {
    for c in PAST_TO.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let minutes = match &c[1] {
            "half" => 30,
            "quarter" => 15,
            "ten" => 10,
            "five" => 5,
            "twenty" => 20,
            digits if digits.starts_with(|d: char| d.is_ascii_digit()) => {
                match digits.parse() {
                    // "5 past", "20 to 10"; "2 to 3 days" is not a time.
                    Ok(m)
                        if m > 0
                            && m < 60
                            && (&c[2] == "past" || c.get(3).is_some())
                            && !names_a_length_after(text, whole.end()) =>
                    {
                        m
                    }
                    _ => continue,
                }
            }
            _ => 25,
        };
        let hour = c
            .get(3)
            .map_or(Some(default_hour), |h| number_word(h.as_str()));
        let time = hour.and_then(|h| match &c[2] {
            "past" => hm(h, minutes, None),
            _ => hm(h.checked_sub(1).unwrap_or(12), 60 - minutes, None),
        });
        add(whole.start(), whole.end(), time);
    }
}

/// A bare hour or `920` after a word that makes it a time ("at 2").
fn cued_hours(text: &str, add: &mut impl FnMut(usize, usize, Option<NaiveTime>)) {
    for c in CUED_HOUR.captures_iter(text) {
        let number = c.get(2).expect("group");
        if !is_bare_time(text, number.end())
            || AN_AGE.is_match(just_before(text, number.start(), 20))
            || MORE_MINUTES.is_match(just_before(text, number.start(), 40))
        {
            continue;
        }
        let digits = number.as_str();
        // "Come and get them at 1 in the morning": an hour of the night.
        let suffix = IN_THE_MORNING
            .is_match(&text[number.end()..])
            .then_some("am");
        let time = match digits.len() {
            1 | 2 => digits.parse().ok().and_then(|h| hm(h, 0, suffix)),
            _ => {
                let (h, m) = digits.split_at(digits.len() - 2);
                hm(h.parse().unwrap_or(99), m.parse().unwrap_or(99), None)
            }
        };
        add(number.start(), number.end(), time);
    }
    for c in HOUR_AT_THE_LATEST.captures_iter(text) {
        let number = c.get(1).expect("group");
        let time = number.as_str().parse().ok().and_then(|h| hm(h, 0, None));
        add(number.start(), number.end(), time);
    }
}

/// Hours "away" that measure where a place is, not when someone arrives:
/// "the B&B is 2 hours away on the bus".
fn is_a_distance(text: &str, said: regex::Match) -> bool {
    said.as_str().ends_with("away")
        && (DISTANCE_AFTER.is_match(&text[said.end()..])
            || PLACE_BEFORE.is_match(&text[..said.start()]))
}

static DISTANCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(on (the |a )?(bus|train|coach|tube)|by (bus|train|car|coach)|from (school|here|us|the school)|drive|walk)\b",
    )
});
static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(it's|it is|that's|that is|which is|which's)( about| around| nearly| over| almost| at least)?\s*$",
    )
});

/// A relative time ("20 mins late", "there in 5", "coming now"), if any.
pub fn relative_time(text: &str) -> Option<RelativeTime> {
    // Each pattern needs a word that few messages hold; looking for it first
    // is much cheaper than running the pattern.
    if (text.contains("regist") || text.contains("break") || text.contains("playtime"))
        && AFTER_THE_REGISTER.is_match(text)
    {
        return Some(RelativeTime::AfterTheRegister);
    }
    if text.contains("min")
        && let Some(c) = MINUTES_LATE.captures(text)
    {
        let number = c.get(1).or_else(|| c.get(3)).map_or("", |m| m.as_str());
        let minutes = number_value(number);
        return Some(match c.get(2).map(|m| m.as_str()) {
            Some("away") => RelativeTime::MinutesFromNow(minutes),
            _ => RelativeTime::MinutesLate(minutes),
        });
    }
    if text.contains("hour")
        && let Some(c) = HOURS_LATE
            .captures_iter(text)
            .find(|c| !is_a_distance(text, c.get(0).expect("a match")))
    {
        let minutes = |said: &str| match said {
            "half an" => 30,
            "a couple of" | "two" | "2" => 120,
            _ => 60,
        };
        return Some(match (c.name("late"), c.name("how"), c.name("soon")) {
            (Some(late), Some(how), _) if how.as_str() != "away" => {
                RelativeTime::MinutesLate(minutes(late.as_str()))
            }
            (Some(late), _, _) => RelativeTime::MinutesFromNow(minutes(late.as_str())),
            (_, _, soon) => RelativeTime::MinutesFromNow(soon.map_or(60, |s| minutes(s.as_str()))),
        });
    }
    let counted_in = text
        .match_indices(" in ")
        .any(|(i, _)| NUMBER_START.is_match(&text[i + 4..]));
    if !(counted_in || text.contains("now") || text.contains("min")) {
        return None;
    }
    // "Leaving now, 15 mins": of several, the latest says when. "Been stood
    // there 30 mins" waiting for a bus is how long the wait has been.
    MINUTES_FROM_NOW
        .captures_iter(text)
        .filter(|c| !WAITED.is_match(&text[..c.get(0).expect("match").start()]))
        .map(|c| {
            let number = (1..=4).find_map(|i| c.get(i));
            number.map_or(0, |m| number_value(m.as_str()))
        })
        .max()
        .map(RelativeTime::MinutesFromNow)
}

/// "2 to 3 days": a length, not "twenty to ten".
fn names_a_length_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    ["day", "week", "hour", "min", "month", "year"]
        .iter()
        .any(|unit| rest.starts_with(unit))
}

/// A house number's street: "we're now at 14 birch close".
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[a-z'-]+( [a-z'-]+)? (close|road|rd|street|st|avenue|ave|lane|drive|way|crescent|court|place|grove|gardens|terrace|walk|mews|square|row|rise|view)\b",
    )
});

/// What follows a bare number decides whether it was a time: "for 2 days",
/// "in 5 mins", "9th", "20/05" and a house number are not.
fn is_bare_time(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    if STREET.is_match(rest) {
        return false;
    }
    const NOT_TIMES: [&str; 12] = [
        "day", "week", "hour", "hr", "min", "year", "month", "%", "/", "-", "x", "times",
    ];
    let decimal =
        rest.starts_with(['.', ':']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    // "9th", not "12 that day".
    let ordinal = ["th", "st", "nd", "rd"]
        .iter()
        .any(|suffix| rest.starts_with(suffix))
        && !rest[2..].starts_with(|c: char| c.is_ascii_alphabetic());
    !decimal && !ordinal && !NOT_TIMES.iter().any(|s| rest.starts_with(s))
}

fn number_value(word: &str) -> u32 {
    match word {
        "a few" | "few" => 5,
        "a couple of" | "couple of" => 2,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "forty-five" => 45,
        other => number_word(other).unwrap_or(0),
    }
}

/// An hour and minute as said in a school context.
fn hm(hour: u32, minute: u32, suffix: Option<&str>) -> Option<NaiveTime> {
    let hour = match suffix.and_then(|s| s.chars().next()) {
        Some('p') if hour < 12 => hour + 12,
        Some('a') if hour == 12 => 0,
        Some('a' | 'p') => hour,
        _ if (1..=7).contains(&hour) => hour + 12,
        _ => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(text: &str) -> Vec<String> {
        clock_times(text, 9)
            .iter()
            .map(|m| m.time.format("%H:%M").to_string())
            .collect()
    }

    #[test]
    fn digit_forms() {
        assert_eq!(times("be there 9.20"), ["09:20"]);
        assert_eq!(times("we come 9:20"), ["09:20"]);
        assert_eq!(times("arrive at 920"), ["09:20"]);
        assert!(times("we've moved and are now at 14 birch close").is_empty());
        assert_eq!(times("pick him up at 2 today"), ["14:00"]);
        assert_eq!(times("appt at 1.40pm"), ["13:40"]);
        assert_eq!(times("at 10am"), ["10:00"]);
        assert_eq!(times("10 o clock"), ["10:00"]);
        assert_eq!(times("we come at ten o'clock"), ["10:00"]);
        assert_eq!(times("dentist today 14:10"), ["14:10"]);
        assert_eq!(
            times("dentista hoje às 14h, vou às 13h30"),
            ["14:00", "13:30"]
        );
        assert!(times("off for 48h").is_empty());
        // A bare hour before words starting like an ordinal's suffix.
        assert_eq!(times("i need to collect her at 12 that day"), ["12:00"]);
        assert!(times("the 9th of may").is_empty());
        // An age, not an hour.
        assert!(times("she says they are 20. she is 11").is_empty());
    }

    #[test]
    fn afternoon_hours_need_no_pm() {
        assert_eq!(times("pick her up at 1.15"), ["13:15"]);
        assert_eq!(times("dentist at 2"), ["14:00"]);
        assert_eq!(times("collect him at 12"), ["12:00"]);
    }

    #[test]
    fn word_forms() {
        assert_eq!(times("twenty past nine"), ["09:20"]);
        assert_eq!(times("in for half 9"), ["09:30"]);
        assert_eq!(times("collect him at half 1"), ["13:30"]);
        assert_eq!(times("there by quarter past"), ["09:15"]);
        assert_eq!(times("for ten past"), ["09:10"]);
        assert_eq!(times("quarter to ten"), ["09:45"]);
        assert_eq!(times("so we'll be there at ten."), ["10:00"]);
        assert_eq!(times("in by eleven hopefully"), ["11:00"]);
        assert_eq!(times("collect her at one"), ["13:00"]);
        assert!(times("for two days").is_empty());
        assert!(times("about ten minutes late").is_empty());
        assert!(times("at one point she was sick").is_empty());
    }

    #[test]
    fn spoken_digit_forms() {
        assert_eq!(times("be there 5 past 9"), ["09:05"]);
        assert_eq!(times("about 5 past"), ["09:05"]);
        assert_eq!(times("we arrive 20 to 10"), ["09:40"]);
        assert_eq!(times("we be there 9 and 20"), ["09:20"]);
        assert_eq!(times("maybe 9 50"), ["09:50"]);
        assert!(times("stuck at the lights, 5 mins late maybe 10").is_empty());
        assert_eq!(times("teddy will be there 9 05"), ["09:05"]);
        assert_eq!(times("in for 10ish"), ["10:00"]);
        assert!(times("off 2 to 3 days").is_empty());
        assert_eq!(times("running late, be there 5 past 9 x"), ["09:05"]);
        assert_eq!(times("consultant on 21.05.27 at 11am"), ["11:00"]);
    }

    #[test]
    fn numbers_that_are_not_times() {
        assert!(times("off for 2 days").is_empty());
        assert!(times("temp of 38.9").is_empty());
        assert!(times("25:70").is_empty());
        assert!(times("on the 9th").is_empty());
        assert!(times("on 20/05").is_empty());
        assert!(times("number is 07700 900412").is_empty());
    }

    #[test]
    fn relative_times() {
        assert_eq!(
            relative_time("the kids will be about an hour late sorry"),
            Some(RelativeTime::MinutesLate(60))
        );
        assert_eq!(
            relative_time("we're half an hour away"),
            Some(RelativeTime::MinutesFromNow(30))
        );
        // How long a wait has been is no arrival.
        assert_eq!(
            relative_time("the school bus hasn't turned up, he's been stood there 30 mins"),
            None
        );
        assert_eq!(
            relative_time("be there in an hour"),
            Some(RelativeTime::MinutesFromNow(60))
        );
        assert_eq!(
            relative_time("about 20 mins late"),
            Some(RelativeTime::MinutesLate(20))
        );
        assert_eq!(
            relative_time("late 5 min sorry"),
            Some(RelativeTime::MinutesLate(5))
        );
        assert_eq!(
            relative_time("caleb is at the gate now, sorry"),
            Some(RelativeTime::MinutesFromNow(0))
        );
        assert_eq!(
            relative_time("10 mins away"),
            Some(RelativeTime::MinutesFromNow(10))
        );
        assert_eq!(
            relative_time("be there in 5"),
            Some(RelativeTime::MinutesFromNow(5))
        );
        assert_eq!(
            relative_time("we come in 5 minutes"),
            Some(RelativeTime::MinutesFromNow(5))
        );
        assert_eq!(relative_time("they're coming in 2 weeks"), None);
        assert_eq!(
            relative_time("leaving now, 15 mins"),
            Some(RelativeTime::MinutesFromNow(15))
        );
        assert_eq!(
            relative_time("leaving the house now, there in 15"),
            Some(RelativeTime::MinutesFromNow(15))
        );
        assert_eq!(
            relative_time("sorry, coming now"),
            Some(RelativeTime::MinutesFromNow(0))
        );
        assert_eq!(
            relative_time("sorry were late, were outside now"),
            Some(RelativeTime::MinutesFromNow(0))
        );
        assert_eq!(relative_time("running late"), None);
        assert_eq!(
            relative_time("we arrive in 15 minutes"),
            Some(RelativeTime::MinutesFromNow(15))
        );
        assert_eq!(
            relative_time("on our way, teddy will be about 10 mins"),
            Some(RelativeTime::MinutesFromNow(10))
        );
        assert_eq!(
            relative_time("on way, traffic, 5 mins"),
            Some(RelativeTime::MinutesFromNow(5))
        );
    }
}
