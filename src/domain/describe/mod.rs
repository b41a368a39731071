//! Plain words for what was recorded, in the family's language, for
//! acknowledgements and chase messages: "today and tomorrow (illness)",
//! "dzisiaj i jutro (choroba)".
//!
//! Which days a report covers is decided once ([`Span`]); each language
//! only says it, because word order and grammatical case differ ("od
//! poniedziałku", "de luni", "پیر سے").

mod english;
mod polish;
mod romanian;
mod urdu;

use chrono::{Datelike, Days, NaiveDate};

use super::{Code, Report, Session};

/// A language the school writes to families in. Tags name them as the
/// roster does (BCP 47: `pl`, `pl-PL`, `ro`, `ur-PK`); any other tag reads
/// English, the language every template falls back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Polish,
    Romanian,
    Urdu,
}

impl Language {
    pub fn from_tag(tag: &str) -> Language {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        match primary.to_ascii_lowercase().as_str() {
            "pl" => Language::Polish,
            "ro" => Language::Romanian,
            "ur" => Language::Urdu,
            _ => Language::English,
        }
    }

    /// Whether the language is written right to left, so that an HTML
    /// rendering must say so.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Urdu
    }

    fn words(self) -> &'static dyn Words {
        match self {
            Language::English => &english::English,
            Language::Polish => &polish::Polish,
            Language::Romanian => &romanian::Romanian,
            Language::Urdu => &urdu::Urdu,
        }
    }
}

/// A day as a family reads it relative to the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Day {
    Today,
    Tomorrow,
    On(NaiveDate),
}

/// The days and sessions one report covers, in the shape a sentence needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    /// One whole day.
    Whole(Day),
    /// One session of one day.
    Part(Day, Session),
    TodayAndTomorrow,
    Between(Day, Day),
    /// From a day with no end given.
    Open(Day),
}

/// What each language must be able to say.
trait Words: Sync {
    fn span(&self, span: Span) -> String;
    fn reason(&self, code: Code) -> &'static str;
    /// "Millie and Ben": the word joining the last two names.
    fn and(&self) -> &'static str;
    /// Appended to the days of a late arrival: "(arriving about 09:30)".
    fn arriving_about(&self, at: &str) -> String;
    /// A date on its own, as in a chase message: "Monday 30 November".
    fn date(&self, date: NaiveDate) -> String;
}

/// Why, in a parent's words.
pub fn reason_words(code: Code, language: Language) -> &'static str {
    language.words().reason(code)
}

/// When, relative to `today`: "today", "tomorrow", "this morning",
/// "on Thursday 26 November", "from today to Wednesday 25 November",
/// "from today until further notice"; for a late arrival with a time, that
/// time follows.
pub fn when_words(report: &Report, today: NaiveDate, language: Language) -> String {
    let words = language.words();
    let when = words.span(span(report, today));
    match (&report.arrival, report.code.is_late()) {
        (Some(at), true) => {
            let at = at.format("%H:%M").to_string();
            format!("{when} {}", words.arriving_about(&at))
        }
        _ => when,
    }
}

/// A date on its own in the family's language: "Monday 30 November",
/// "poniedziałek 30 listopada".
pub fn date_words(date: NaiveDate, language: Language) -> String {
    language.words().date(date)
}

/// "Millie", "Millie and Ben", "Millie, Ben and Ava".
pub fn list_words(names: &[&str], language: Language) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), language.words().and()),
    }
}

fn span(report: &Report, today: NaiveDate) -> Span {
    let tomorrow = today.checked_add_days(Days::new(1));
    let day = |date: NaiveDate| {
        if date == today {
            Day::Today
        } else if Some(date) == tomorrow {
            Day::Tomorrow
        } else {
            Day::On(date)
        }
    };
    match report.to {
        None => Span::Open(day(report.from)),
        Some(to) if to == report.from => match (report.from_session, report.to_session) {
            (Session::Am, Session::Pm) => Span::Whole(day(report.from)),
            (session, _) => Span::Part(day(report.from), session),
        },
        Some(to) if Some(to) == tomorrow && report.from == today => Span::TodayAndTomorrow,
        Some(to) => Span::Between(day(report.from), day(to)),
    }
}

/// Monday is 0: an index into a language's table of weekdays.
fn weekday_index(date: NaiveDate) -> usize {
    date.weekday().num_days_from_monday() as usize
}

/// January is 0: an index into a language's table of months.
fn month_index(date: NaiveDate) -> usize {
    date.month0() as usize
}

/// "Thursday 26 November" in a language's own names; `after_weekday` is
/// what it writes between the weekday and the day ("" or ",").
fn weekday_day_month(
    date: NaiveDate,
    weekdays: &[&str; 7],
    months: &[&str; 12],
    after_weekday: &str,
) -> String {
    format!(
        "{}{after_weekday} {} {}",
        weekdays[weekday_index(date)],
        date.format("%-d"),
        months[month_index(date)]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Session::{Am, Pm};
    use chrono::Weekday;

    fn weekday_of(date: &str) -> Weekday {
        date.parse::<NaiveDate>().unwrap().weekday()
    }

    fn report(from: &str, fs: Session, to: Option<&str>, ts: Session) -> Report {
        Report {
            pupils: vec!["Amelia".into()],
            code: Code::Illness,
            from: from.parse().unwrap(),
            from_session: fs,
            to: to.map(|t| t.parse().unwrap()),
            to_session: ts,
            arrival: None,
        }
    }

    /// The same seven reports, said in one language, against Monday
    /// 23 November 2026.
    fn said(language: Language) -> Vec<String> {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        assert_eq!(weekday_of("2026-11-23"), Weekday::Mon);
        [
            report("2026-11-23", Am, Some("2026-11-23"), Pm),
            report("2026-11-24", Am, Some("2026-11-24"), Pm),
            report("2026-11-23", Am, Some("2026-11-24"), Pm),
            report("2026-11-23", Am, Some("2026-11-23"), Am),
            report("2026-11-26", Pm, Some("2026-11-26"), Pm),
            report("2026-11-23", Am, Some("2026-11-25"), Pm),
            report("2026-11-23", Am, None, Pm),
        ]
        .iter()
        .map(|r| when_words(r, today, language))
        .collect()
    }

    #[test]
    fn days_are_described_relative_to_today() {
        assert_eq!(
            said(Language::English),
            [
                "today",
                "tomorrow",
                "today and tomorrow",
                "this morning",
                "on Thursday 26 November afternoon",
                "from today to Wednesday 25 November",
                "from today until further notice",
            ]
        );
    }

    #[test]
    fn polish_days_take_the_case_their_preposition_asks_for() {
        assert_eq!(
            said(Language::Polish),
            [
                "dzisiaj",
                "jutro",
                "dzisiaj i jutro",
                "dziś rano",
                "w czwartek 26 listopada po południu",
                "od dzisiaj do środy 25 listopada",
                "od dzisiaj do odwołania",
            ]
        );
        let tuesday = report("2026-11-24", Am, Some("2026-11-26"), Pm);
        let monday: NaiveDate = "2026-11-16".parse().unwrap();
        assert_eq!(
            when_words(&tuesday, monday, Language::Polish),
            "od wtorku 24 listopada do czwartku 26 listopada"
        );
        let on_tuesday = report("2026-11-24", Am, Some("2026-11-24"), Pm);
        assert_eq!(
            when_words(&on_tuesday, monday, Language::Polish),
            "we wtorek 24 listopada"
        );
    }

    #[test]
    fn romanian_and_urdu_say_the_same_days() {
        assert_eq!(
            said(Language::Romanian),
            [
                "astăzi",
                "mâine",
                "astăzi și mâine",
                "azi dimineață",
                "joi, 26 noiembrie, după-amiază",
                "de astăzi până miercuri, 25 noiembrie",
                "de astăzi până la noi vești",
            ]
        );
        assert_eq!(
            said(Language::Urdu),
            [
                "آج",
                "کل",
                "آج اور کل",
                "آج صبح",
                "جمعرات 26 نومبر کی دوپہر",
                "آج سے بدھ 25 نومبر تک",
                "آج سے اگلی اطلاع تک",
            ]
        );
    }

    #[test]
    fn a_late_arrival_gives_its_time_in_the_language() {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        let late = Report {
            code: Code::Late,
            arrival: chrono::NaiveTime::from_hms_opt(9, 30, 0),
            ..report("2026-11-23", Am, Some("2026-11-23"), Am)
        };
        assert_eq!(
            when_words(&late, today, Language::English),
            "this morning (arriving about 09:30)"
        );
        assert_eq!(
            when_words(&late, today, Language::Polish),
            "dziś rano (przyjdzie około 09:30)"
        );
    }

    #[test]
    fn reasons_read_as_a_parent_would_say_them() {
        assert_eq!(reason_words(Code::Illness, Language::English), "illness");
        assert_eq!(
            reason_words(Code::Medical, Language::English),
            "medical appointment"
        );
        assert_eq!(reason_words(Code::Illness, Language::Polish), "choroba");
        assert_eq!(reason_words(Code::Illness, Language::Romanian), "boală");
        assert_eq!(reason_words(Code::Illness, Language::Urdu), "بیماری");
    }

    #[test]
    fn tags_name_languages_as_the_roster_writes_them() {
        assert_eq!(Language::from_tag("pl-PL"), Language::Polish);
        assert_eq!(Language::from_tag("RO"), Language::Romanian);
        assert_eq!(Language::from_tag("ur_PK"), Language::Urdu);
        assert_eq!(Language::from_tag("cy"), Language::English);
        assert!(Language::Urdu.is_right_to_left());
        assert!(!Language::Polish.is_right_to_left());
    }

    #[test]
    fn names_are_joined_with_the_languages_and() {
        assert_eq!(list_words(&["Ola"], Language::Polish), "Ola");
        assert_eq!(
            list_words(&["Ola", "Jan", "Ewa"], Language::Polish),
            "Ola, Jan i Ewa"
        );
        assert_eq!(
            list_words(&["Millie", "Ben"], Language::English),
            "Millie and Ben"
        );
    }
}
