use chrono::NaiveDate;

use super::{Day, Span, Words, weekday_day_month};
use crate::domain::{Code, Session};

pub struct Urdu;

const WEEKDAYS: [&str; 7] = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"];
const MONTHS: [&str; 12] = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

impl Urdu {
    fn day(&self, day: Day) -> String {
        match day {
            Day::Today => "آج".into(),
            Day::Tomorrow => "کل".into(),
            Day::On(date) => self.date(date),
        }
    }
}

impl Words for Urdu {
    fn span(&self, span: Span) -> String {
        let part = |session: Session| match session {
            Session::Am => "صبح",
            Session::Pm => "دوپہر",
        };
        match span {
            Span::Whole(Day::On(date)) => format!("{} کو", self.date(date)),
            Span::Whole(day) => self.day(day),
            Span::Part(Day::On(date), session) => {
                format!("{} کی {}", self.date(date), part(session))
            }
            Span::Part(day, session) => format!("{} {}", self.day(day), part(session)),
            Span::TodayAndTomorrow => "آج اور کل".into(),
            Span::Between(from, to) => format!("{} سے {} تک", self.day(from), self.day(to)),
            Span::Open(from) => format!("{} سے اگلی اطلاع تک", self.day(from)),
        }
    }

    fn reason(&self, code: Code) -> &'static str {
        match code {
            Code::Illness => "بیماری",
            Code::Medical => "طبی اپائنٹمنٹ",
            Code::Religious => "مذہبی تہوار",
            Code::Exceptional => "چھٹی کی درخواست: دفتر آپ سے رابطہ کرے گا",
            Code::HolidayNotAgreed => "چھٹیاں: دفتر آپ سے رابطہ کرے گا",
            Code::RegulatedPerformance => "پرفارمنس یا ملازمت",
            Code::Interview => "انٹرویو",
            Code::Traveller => "سفر",
            Code::TransportUnavailable => "اسکول ٹرانسپورٹ دستیاب نہیں",
            Code::TravelDisruption => "سفر میں رکاوٹ",
            Code::Late | Code::LateAfterClose => "دیر سے آمد",
            Code::NoReasonYet => "وجہ ابھی نہیں بتائی گئی",
            Code::UnauthorisedOther => "دفتر آپ سے رابطہ کرے گا",
            _ => "کوئی اور وجہ",
        }
    }

    fn and(&self) -> &'static str {
        "اور"
    }

    fn arriving_about(&self, at: &str) -> String {
        format!("(تقریباً {at} بجے پہنچیں گے)")
    }

    fn date(&self, date: NaiveDate) -> String {
        weekday_day_month(date, &WEEKDAYS, &MONTHS, "")
    }
}
