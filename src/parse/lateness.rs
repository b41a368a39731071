//! A child arriving late: whether the message says so, the arrival time it
//! states, and whether that is before the register closes (`L`) or after
//! (`U`).

use chrono::{Duration, NaiveTime};

use super::signals;
use super::times::{RelativeTime, TimeMention, relative_time};
use crate::domain::{Code, DayTimes, Session};

/// Before this, an hour is of the night, never an arrival at school.
const NIGHT_ENDS: NaiveTime = match NaiveTime::from_hms_opt(6, 0, 0) {
    Some(time) => time,
    None => panic!("6am is a time"),
};

/// What a message says about a late arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lateness {
    /// The clock time the parent stated, if any.
    pub arrival: Option<NaiveTime>,
    /// When the child is expected: the stated time, or one worked out from
    /// "10 mins late" / "there in 5".
    pub expected: Option<NaiveTime>,
}

/// Reads lateness from lower-case text; `None` when the text says nothing
/// of arriving late. `sent` is the school-local time of the message.
pub fn read(
    lower: &str,
    times: &[TimeMention],
    sent: NaiveTime,
    day: &DayTimes,
) -> Option<Lateness> {
    // A drop-off already made is late only after the register closed.
    let is_cued = |t: &TimeMention| {
        signals::is_arrival_cue_before(lower, t.start)
            || signals::is_arrival_said_after(lower, t.end)
            || (signals::is_drop_off_before(lower, t.start) && t.time > day.am.register_closes)
    };
    let cued = times.iter().any(is_cued);
    // "5 mins late for pick up" is the parent's, at home time.
    let relative = relative_time(lower).filter(|_| !signals::late_at_home_time(lower));
    // "Mason will be in as normal, we're on our way" before the register
    // opens is a child on time.
    let said_late = signals::speaks_of_lateness(lower)
        && !(sent < day.am.register_opens && signals::only_on_the_way(lower));
    if !(said_late || cued || relative.is_some()) {
        return None;
    }
    // "They will come back on Monday but maybe they are late some days":
    // no time and no day's lateness told, only lateness foreseen.
    if !cued && times.is_empty() && relative.is_none() && signals::late_now_and_then(lower) {
        return None;
    }
    // "Could he finish at lunchtime? Our flight leaves at 5.40 and we need
    // to be there by 3": a child leaving early arrives at school only when
    // the message says so ("I'll collect him at 2 ... in by 10:30").
    let arrives_at_school = || {
        times
            .iter()
            .any(|t| signals::is_school_arrival_before(lower, t.start))
    };
    if !said_late && signals::collecting_early(lower) && !arrives_at_school() {
        return None;
    }
    // Brought in before the register opened ("nan's dropping him off at
    // 8.30"), or there already before it closed ("he is in school, I
    // dropped him at 8.50"), with no word of lateness: a child on time.
    let on_time = times.iter().all(|t| {
        t.time <= day.am.register_opens || (t.time <= sent && t.time <= day.am.register_closes)
    });
    if !said_late && relative.is_none() && on_time {
        return None;
    }
    // "A check at 9 ... he'll be late, after break probably": after the
    // register, with no clock time for the arrival. "In after the
    // register, about 9.40" gives one.
    let after_the_register = relative == Some(RelativeTime::AfterTheRegister)
        && !cued
        && !times.iter().any(|t| t.time > day.am.register_closes);
    // The arrival is the latest time in the school day ("engineer at 8:30,
    // in around 9:40"); an hour read as the evening ("fire alarm at 7 ...
    // there by 9.30", "in A&E until 4") is no arrival beside one. A time
    // told as a late arrival outranks the rest ("a party till 3 ... she'll
    // be in at 9.10"); one before the register opens may be someone
    // else's ("will come late, around 9:40, the engineer is coming at 8:30").
    let told_late: Vec<&TimeMention> = times
        .iter()
        .filter(|t| t.time > day.am.register_opens && is_cued(t))
        .collect();
    let told: Vec<&TimeMention> = match told_late.is_empty() {
        true => times.iter().collect(),
        false => told_late,
    };
    let arrival = told
        .iter()
        .map(|t| t.time)
        .filter(|t| *t <= day.day_ends())
        .max()
        // Only times after the school day ("I leave at half 5"): the
        // evening hour stands only when no relative lateness is told
        // ("they'll be about 10 mins late").
        .or_else(|| {
            told.iter()
                .map(|t| t.time)
                .max()
                .filter(|_| relative.is_none())
        })
        // "We came home very late, 1am": an hour of the night is no arrival.
        .filter(|t| *t >= NIGHT_ENDS && !after_the_register)
        // "5 mins late, the fire alarm went off at 6am": lateness counted
        // in minutes makes an hour before the register opens something
        // else's time.
        .filter(|t| relative.is_none() || *t > day.am.register_opens);
    let expected = arrival.or_else(|| match relative? {
        RelativeTime::MinutesLate(m) => Some(day.am.register_opens + Duration::minutes(m.into())),
        RelativeTime::MinutesFromNow(m) => Some(sent + Duration::minutes(m.into())),
        RelativeTime::AfterTheRegister => Some(day.am.register_closes + Duration::minutes(1)),
    });
    // "On her way in now" at 8.30, "there in 5" before the register opens:
    // no word of lateness and in before it opens is on time. "Came back at
    // 6" is no arrival at school: the school day is over by then.
    if (!said_late && expected.is_some_and(|t| t <= day.am.register_opens))
        || expected.is_some_and(|t| t >= day.day_ends())
    {
        return None;
    }
    Some(Lateness { arrival, expected })
}

impl Lateness {
    /// The same lateness told on its own day at `sent`, after the morning
    /// register closed: with no time said, the child arrives no earlier
    /// than the message ("on way" at 9.35 is after the register).
    pub fn told_at(self, sent: NaiveTime, day: &DayTimes) -> Self {
        let after_the_register = sent > day.am.register_closes && sent < day.day_ends();
        Lateness {
            expected: self.expected.or(after_the_register.then_some(sent)),
            ..self
        }
    }

    /// The session the child arrives late for.
    pub fn session(&self, day: &DayTimes) -> Session {
        match self.expected {
            Some(t) if t >= day.pm.register_opens => Session::Pm,
            _ => Session::Am,
        }
    }

    /// The session an appointment keeps the child from: the morning, when
    /// the child is back in time for the afternoon register ("I'll bring him
    /// in for about 1"); else the session arrived late for.
    pub fn session_missed(&self, day: &DayTimes) -> Session {
        match self.expected {
            Some(t) if t <= day.pm.register_closes => Session::Am,
            _ => self.session(day),
        }
    }

    /// `L` at or before the register closes (or with no time at all), `U`
    /// after it.
    pub fn code(&self, day: &DayTimes) -> Code {
        let closes = day.get(self.session(day)).register_closes;
        match self.expected {
            Some(t) if t > closes => Code::LateAfterClose,
            _ => Code::Late,
        }
    }

    /// What decided `L` or `U`, for a person.
    pub fn explain(&self, day: &DayTimes) -> String {
        let closes = day.get(self.session(day)).register_closes.format("%H:%M");
        let said = match (self.arrival, self.expected) {
            (Some(at), _) => format!("arriving at {}", at.format("%H:%M")),
            (None, Some(about)) => format!("expected about {}", about.format("%H:%M")),
            (None, None) => "running late, no time given".to_string(),
        };
        format!("{said}; the register closes at {closes}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fernhill_day;
    use crate::parse::times::clock_times;

    fn late(text: &str, sent: (u32, u32)) -> Option<(Code, Option<String>)> {
        let day = fernhill_day();
        let sent = NaiveTime::from_hms_opt(sent.0, sent.1, 0).unwrap();
        read(text, &clock_times(text, 9), sent, &day).map(|l| {
            (
                l.code(&day),
                l.arrival.map(|t| t.format("%H:%M").to_string()),
            )
        })
    }

    #[test]
    fn a_time_told_as_the_arrival_outranks_a_later_one() {
        assert_eq!(
            late(
                "sorry lola's a bit late, the neighbours had a party till 3. she'll be in at 9.10",
                (8, 50)
            ),
            Some((Code::Late, Some("09:10".into())))
        );
        assert_eq!(
            late(
                "yara will come late today, around 9:40. the boiler engineer is coming at 8:30",
                (8, 0)
            ),
            Some((Code::LateAfterClose, Some("09:40".into())))
        );
        assert_eq!(
            late(
                "summer will be in after the register, about 9.40, nan's car got a flat",
                (9, 22)
            ),
            Some((Code::LateAfterClose, Some("09:40".into())))
        );
        assert_eq!(
            late(
                "i'm a witness at court today so his dad's doing drop off, might be 9.20 sorry",
                (7, 30)
            ),
            Some((Code::LateAfterClose, Some("09:20".into())))
        );
        // Minutes late: the hour of something earlier is no arrival.
        assert_eq!(
            late(
                "sorry we'll be 5 mins late, fire alarm went off at 6am and we've been behind since",
                (8, 35)
            ),
            Some((Code::Late, None))
        );
    }

    #[test]
    fn register_close_decides_l_or_u() {
        assert_eq!(
            late("running late, be there 9.15", (8, 40)),
            Some((Code::Late, Some("09:15".into())))
        );
        assert_eq!(
            late("stuck in traffic, be there 9.25", (8, 40)),
            Some((Code::LateAfterClose, Some("09:25".into())))
        );
        assert_eq!(
            late("he'll be in about 9.25", (8, 55)),
            Some((Code::LateAfterClose, Some("09:25".into())))
        );
    }

    #[test]
    fn an_appointment_until_the_afternoon_register_misses_the_morning() {
        let day = fernhill_day();
        let missed = |text: &str| {
            read(
                text,
                &clock_times(text, 9),
                NaiveTime::from_hms_opt(8, 30, 0).unwrap(),
                &day,
            )
            .map(|l| l.session_missed(&day))
        };
        assert_eq!(
            missed("hospital appt this morning, i'll bring him in for about 1"),
            Some(Session::Am)
        );
        assert_eq!(missed("dentist ran over, be there 9.40"), Some(Session::Am));
        assert_eq!(
            missed("dentist at 1, i'll bring him in at 2.30"),
            Some(Session::Pm)
        );
    }

    #[test]
    fn relative_times_decide_but_give_no_arrival() {
        assert_eq!(
            late("about 20 mins late", (8, 50)),
            Some((Code::Late, None))
        );
        assert_eq!(
            late("running late, 10 mins away", (9, 10)),
            Some((Code::LateAfterClose, None))
        );
        assert_eq!(
            late(
                "flat tyre on the m42, waiting for the aa, she will be in asap sorry",
                (8, 40)
            ),
            Some((Code::Late, None))
        );
        assert_eq!(
            late("running late sorry", (8, 52)),
            Some((Code::Late, None))
        );
        assert_eq!(
            late("sorry, she'll be in just after the register", (8, 40)),
            Some((Code::LateAfterClose, None))
        );
    }

    #[test]
    fn someone_bringing_the_child_in() {
        assert_eq!(
            late("nan's dropping harvey off at twenty past nine", (8, 20)),
            Some((Code::LateAfterClose, Some("09:20".into())))
        );
        assert_eq!(
            late("his neighbour is bringing him in at ten past nine", (8, 20)),
            Some((Code::Late, Some("09:10".into())))
        );
        assert_eq!(late("nan's dropping him off at 8.30 today", (7, 50)), None);
        // After the school day is no arrival at school.
        assert_eq!(
            late(
                "she stayed out all night and didn't come back till 6",
                (8, 35)
            ),
            None
        );
        assert_eq!(
            late(
                "she's in! dropped her at 9.25, she missed the register",
                (9, 50)
            ),
            Some((Code::LateAfterClose, Some("09:25".into())))
        );
        assert_eq!(
            late("she's in, i dropped her at the gate at 8.50", (9, 40)),
            None
        );
    }

    #[test]
    fn no_lateness() {
        assert_eq!(late("it was too late so i kept him home", (9, 55)), None);
        assert_eq!(
            late("sorry for the late notice, he's off sick", (7, 55)),
            None
        );
        assert_eq!(late("he has a temperature", (7, 0)), None);
        assert_eq!(
            late("she's on her way in now", (9, 30)),
            Some((Code::LateAfterClose, None))
        );
        assert_eq!(late("she's on her way in now", (8, 30)), None);
        assert_eq!(
            late(
                "fire alarm went off at 7, jack will be late, there by 9.30",
                (8, 40)
            ),
            Some((Code::LateAfterClose, Some("09:30".into())))
        );
        // Already there before the register closed.
        assert_eq!(late("he is in school i dropped him at 8.50", (10, 0)), None);
        assert_eq!(
            late("sorry he was late, he got in at 9.05", (10, 0)),
            Some((Code::Late, Some("09:05".into())))
        );
        // The parent held up at home time.
        assert_eq!(
            late(
                "thanks for waiting with her when i got stuck on the ring road at pick up",
                (14, 30)
            ),
            None
        );
    }
}
