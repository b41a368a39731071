use chrono::NaiveDate;

use super::{Day, Span, Words, month_index, weekday_index};
use crate::domain::{Code, Session};

pub struct Polish;

/// Weekdays as named on their own and after "w" (the same words but for
/// środa, sobota and niedziela, which change case).
const WEEKDAYS: [&str; 7] = [
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
];
const WEEKDAYS_ACCUSATIVE: [&str; 7] = [
    "poniedziałek",
    "wtorek",
    "środę",
    "czwartek",
    "piątek",
    "sobotę",
    "niedzielę",
];
/// After "od" and "do".
const WEEKDAYS_GENITIVE: [&str; 7] = [
    "poniedziałku",
    "wtorku",
    "środy",
    "czwartku",
    "piątku",
    "soboty",
    "niedzieli",
];
/// A date's month is always in the genitive: "30 listopada".
const MONTHS_GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

fn day_and_month(date: NaiveDate) -> String {
    format!(
        "{} {}",
        date.format("%-d"),
        MONTHS_GENITIVE[month_index(date)]
    )
}

impl Polish {
    /// "dzisiaj", "jutro", "w czwartek 26 listopada" ("we" before "w").
    fn on(&self, day: Day) -> String {
        match day {
            Day::Today => "dzisiaj".into(),
            Day::Tomorrow => "jutro".into(),
            Day::On(date) => {
                let weekday = WEEKDAYS_ACCUSATIVE[weekday_index(date)];
                let preposition = if weekday.starts_with('w') { "we" } else { "w" };
                format!("{preposition} {weekday} {}", day_and_month(date))
            }
        }
    }

    /// After "od" or "do": "dzisiaj", "jutra", "środy 25 listopada".
    fn genitive(&self, day: Day) -> String {
        match day {
            Day::Today => "dzisiaj".into(),
            Day::Tomorrow => "jutra".into(),
            Day::On(date) => format!(
                "{} {}",
                WEEKDAYS_GENITIVE[weekday_index(date)],
                day_and_month(date)
            ),
        }
    }
}

impl Words for Polish {
    fn span(&self, span: Span) -> String {
        let part = |session: Session| match session {
            Session::Am => "rano",
            Session::Pm => "po południu",
        };
        match span {
            Span::Whole(day) => self.on(day),
            Span::Part(Day::Today, session) => format!("dziś {}", part(session)),
            Span::Part(day, session) => format!("{} {}", self.on(day), part(session)),
            Span::TodayAndTomorrow => "dzisiaj i jutro".into(),
            Span::Between(from, to) => {
                format!("od {} do {}", self.genitive(from), self.genitive(to))
            }
            Span::Open(from) => format!("od {} do odwołania", self.genitive(from)),
        }
    }

    fn reason(&self, code: Code) -> &'static str {
        match code {
            Code::Illness => "choroba",
            Code::Medical => "wizyta lekarska",
            Code::Religious => "święto religijne",
            Code::Exceptional => "prośba o zwolnienie: sekretariat się z Państwem skontaktuje",
            Code::HolidayNotAgreed => "wyjazd: sekretariat się z Państwem skontaktuje",
            Code::RegulatedPerformance => "występ lub praca",
            Code::Interview => "rozmowa kwalifikacyjna",
            Code::Traveller => "podróż",
            Code::TransportUnavailable => "brak transportu szkolnego",
            Code::TravelDisruption => "utrudnienia w dojeździe",
            Code::Late | Code::LateAfterClose => "spóźnienie",
            Code::NoReasonYet => "powód nie został jeszcze podany",
            Code::UnauthorisedOther => "sekretariat się z Państwem skontaktuje",
            _ => "inny powód",
        }
    }

    fn and(&self) -> &'static str {
        "i"
    }

    fn arriving_about(&self, at: &str) -> String {
        format!("(przyjdzie około {at})")
    }

    fn date(&self, date: NaiveDate) -> String {
        format!("{} {}", WEEKDAYS[weekday_index(date)], day_and_month(date))
    }
}
