use chrono::NaiveDate;

use super::{Day, Span, Words, weekday_day_month};
use crate::domain::{Code, Session};

pub struct English;

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl English {
    fn day(&self, day: Day) -> String {
        match day {
            Day::Today => "today".into(),
            Day::Tomorrow => "tomorrow".into(),
            Day::On(date) => self.date(date),
        }
    }

    /// "today", "tomorrow", "on Thursday 26 November".
    fn on(&self, day: Day) -> String {
        match day {
            Day::On(_) => format!("on {}", self.day(day)),
            _ => self.day(day),
        }
    }
}

impl Words for English {
    fn span(&self, span: Span) -> String {
        let part = |session: Session| match session {
            Session::Am => "morning",
            Session::Pm => "afternoon",
        };
        match span {
            Span::Whole(day) => self.on(day),
            Span::Part(Day::Today, session) => format!("this {}", part(session)),
            Span::Part(day, session) => format!("{} {}", self.on(day), part(session)),
            Span::TodayAndTomorrow => "today and tomorrow".into(),
            Span::Between(from, to) => format!("from {} to {}", self.day(from), self.day(to)),
            Span::Open(from) => format!("from {} until further notice", self.day(from)),
        }
    }

    fn reason(&self, code: Code) -> &'static str {
        match code {
            Code::Illness => "illness",
            Code::Medical => "medical appointment",
            Code::Religious => "religious observance",
            Code::Exceptional => "leave request: the office will be in touch",
            Code::HolidayNotAgreed => "holiday: the office will be in touch",
            Code::RegulatedPerformance => "performance or employment",
            Code::Interview => "interview",
            Code::Traveller => "travelling",
            Code::TransportUnavailable => "school transport not available",
            Code::TravelDisruption => "travel disruption",
            Code::Late | Code::LateAfterClose => "late",
            Code::NoReasonYet => "reason not yet given",
            Code::UnauthorisedOther => "the office will be in touch",
            other => other.meaning(),
        }
    }

    fn and(&self) -> &'static str {
        "and"
    }

    fn arriving_about(&self, at: &str) -> String {
        format!("(arriving about {at})")
    }

    fn date(&self, date: NaiveDate) -> String {
        weekday_day_month(date, &WEEKDAYS, &MONTHS, "")
    }
}
