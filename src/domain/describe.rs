//! Plain words for what was recorded, for acknowledgements and staff
//! alerts: "today and tomorrow (illness)".

use chrono::{Days, NaiveDate};

use super::{Code, Report, Session};

/// Why, in a parent's words.
pub fn reason_words(code: Code) -> &'static str {
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

/// When, relative to `today`: "today", "tomorrow", "this morning",
/// "on Thursday 26 November", "from today to Wednesday 25 November",
/// "from today until further notice".
pub fn when_words(report: &Report, today: NaiveDate) -> String {
    let day = |date: NaiveDate| -> String {
        if date == today {
            "today".into()
        } else if Some(date) == today.checked_add_days(Days::new(1)) {
            "tomorrow".into()
        } else {
            date.format("%A %-d %B").to_string()
        }
    };
    let with_on = |date: NaiveDate| -> String {
        let d = day(date);
        if date == today || Some(date) == today.checked_add_days(Days::new(1)) {
            d
        } else {
            format!("on {d}")
        }
    };
    let part = |session: Session, date: NaiveDate| -> String {
        let which = if session == Session::Am {
            "morning"
        } else {
            "afternoon"
        };
        if date == today {
            format!("this {which}")
        } else {
            format!("{} {which}", with_on(date))
        }
    };
    match report.to {
        None => format!("from {} until further notice", day(report.from)),
        Some(to) if to == report.from => match (report.from_session, report.to_session) {
            (Session::Am, Session::Pm) => with_on(report.from),
            (session, _) => part(session, report.from),
        },
        Some(to)
            if Some(to) == report.from.checked_add_days(Days::new(1)) && report.from == today =>
        {
            "today and tomorrow".into()
        }
        Some(to) => format!("from {} to {}", day(report.from), day(to)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn days_are_described_relative_to_today() {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        let words = |r: Report| when_words(&r, today);
        assert_eq!(
            words(report(
                "2026-11-23",
                Session::Am,
                Some("2026-11-23"),
                Session::Pm
            )),
            "today"
        );
        assert_eq!(
            words(report(
                "2026-11-24",
                Session::Am,
                Some("2026-11-24"),
                Session::Pm
            )),
            "tomorrow"
        );
        assert_eq!(
            words(report(
                "2026-11-23",
                Session::Am,
                Some("2026-11-24"),
                Session::Pm
            )),
            "today and tomorrow"
        );
        assert_eq!(
            words(report(
                "2026-11-23",
                Session::Am,
                Some("2026-11-23"),
                Session::Am
            )),
            "this morning"
        );
        assert_eq!(
            words(report(
                "2026-11-26",
                Session::Pm,
                Some("2026-11-26"),
                Session::Pm
            )),
            "on Thursday 26 November afternoon"
        );
        assert_eq!(
            words(report(
                "2026-11-23",
                Session::Am,
                Some("2026-11-25"),
                Session::Pm
            )),
            "from today to Wednesday 25 November"
        );
        assert_eq!(
            words(report("2026-11-23", Session::Am, None, Session::Pm)),
            "from today until further notice"
        );
    }

    #[test]
    fn reasons_read_as_a_parent_would_say_them() {
        assert_eq!(reason_words(Code::Illness), "illness");
        assert_eq!(reason_words(Code::Medical), "medical appointment");
    }
}
