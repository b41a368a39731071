use chrono::NaiveDate;

use super::{Day, Span, Words, weekday_day_month};
use crate::domain::{Code, Session};

pub struct Romanian;

const WEEKDAYS: [&str; 7] = [
    "luni",
    "marți",
    "miercuri",
    "joi",
    "vineri",
    "sâmbătă",
    "duminică",
];
const MONTHS: [&str; 12] = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
];

impl Romanian {
    /// Romanian needs no preposition for "on": "joi, 26 noiembrie".
    fn day(&self, day: Day) -> String {
        match day {
            Day::Today => "astăzi".into(),
            Day::Tomorrow => "mâine".into(),
            Day::On(date) => self.date(date),
        }
    }
}

impl Words for Romanian {
    fn span(&self, span: Span) -> String {
        let part = |session: Session| match session {
            Session::Am => "dimineață",
            Session::Pm => "după-amiază",
        };
        match span {
            Span::Whole(day) => self.day(day),
            Span::Part(Day::Today, session) => format!("azi {}", part(session)),
            Span::Part(Day::Tomorrow, session) => format!("mâine {}", part(session)),
            Span::Part(day, session) => format!("{}, {}", self.day(day), part(session)),
            Span::TodayAndTomorrow => "astăzi și mâine".into(),
            Span::Between(from, to) => format!("de {} până {}", self.day(from), self.day(to)),
            Span::Open(from) => format!("de {} până la noi vești", self.day(from)),
        }
    }

    fn reason(&self, code: Code) -> &'static str {
        match code {
            Code::Illness => "boală",
            Code::Medical => "programare medicală",
            Code::Religious => "sărbătoare religioasă",
            Code::Exceptional => "cerere de învoire: secretariatul vă va contacta",
            Code::HolidayNotAgreed => "vacanță: secretariatul vă va contacta",
            Code::RegulatedPerformance => "spectacol sau activitate remunerată",
            Code::Interview => "interviu",
            Code::Traveller => "călătorie",
            Code::TransportUnavailable => "transportul școlar nu este disponibil",
            Code::TravelDisruption => "probleme de transport",
            Code::Late | Code::LateAfterClose => "întârziere",
            Code::NoReasonYet => "motivul nu a fost încă comunicat",
            Code::UnauthorisedOther => "secretariatul vă va contacta",
            _ => "alt motiv",
        }
    }

    fn and(&self) -> &'static str {
        "și"
    }

    fn arriving_about(&self, at: &str) -> String {
        format!("(va sosi în jurul orei {at})")
    }

    fn date(&self, date: NaiveDate) -> String {
        weekday_day_month(date, &WEEKDAYS, &MONTHS, ",")
    }
}
