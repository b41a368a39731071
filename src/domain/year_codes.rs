//! A pupil's register for one academic year in one byte per session.
//!
//! Attendance figures and the threshold watch read every session of every
//! pupil; at trust scale that is millions of sessions. Reading them from
//! one stored entry per session is far too slow, so the register keeps,
//! beside its entries, the code that counts for each session in a compact
//! string: one printable character per session, two per calendar day from
//! 1 August, so a dump still reads (`//\\LLII..` …).

use chrono::{Datelike, NaiveDate};
use serde::de::Visitor;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::stored_time::push_date;
use super::{Code, Session, SessionDate};

/// What the register holds for one session, as the figures see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// No register entry for the session.
    Empty,
    /// The MIS shows the pupil absent with no mark and nobody has said why.
    Unexplained,
    /// The code that counts (staff's, the MIS's reason, or the parent's).
    Code(Code),
}

impl Slot {
    /// The code the statistics count: an unexplained blank is an absence
    /// with no reason yet, `N`.
    pub fn counted_code(self) -> Option<Code> {
        match self {
            Slot::Empty => None,
            Slot::Unexplained => Some(Code::NoReasonYet),
            Slot::Code(code) => Some(code),
        }
    }

    /// Absent with no reason given, or for a reason the school does not
    /// accept (`N`, `O`, `G`, or no mark): what the chase follows up and the
    /// local authority must hear of. `U` is not here: the pupil is in school.
    pub fn is_unexplained_or_unauthorised(self) -> bool {
        matches!(
            self,
            Slot::Unexplained
                | Slot::Code(Code::NoReasonYet | Code::UnauthorisedOther | Code::HolidayNotAgreed)
        )
    }
}

const EMPTY: u8 = b'.';
const UNEXPLAINED: u8 = b'?';

/// Sessions kept per year: two for each day of a leap year.
pub const SESSIONS_PER_YEAR: usize = 366 * 2;

/// The one character a code is kept as: its own text for one-letter codes,
/// a digit or lower-case letter for the two-character ones.
const fn symbol(code: Code) -> u8 {
    match code {
        Code::RegulatedPerformance => b'a',
        Code::PartTimeTimetable => b'c',
        Code::Interview => b'j',
        Code::TransportUnavailable => b'1',
        Code::TravelDisruption => b'2',
        Code::PartClosure => b'3',
        Code::WholeClosure => b'4',
        Code::CriminalJustice => b'5',
        Code::PublicHealth => b'6',
        Code::OtherUnavoidable => b'7',
        other => other.as_str().as_bytes()[0],
    }
}

/// The slot each byte stands for; `None` for a byte no slot is kept as,
/// which a stored year is checked against, byte by byte, each time one is
/// read. Built when compiling: the figures, the threshold watch and the
/// case finder read millions of slots, each one a look-up here.
static DECODE: [Option<Slot>; 256] = decode_table();

const fn decode_table() -> [Option<Slot>; 256] {
    let mut table = [None; 256];
    table[EMPTY as usize] = Some(Slot::Empty);
    table[UNEXPLAINED as usize] = Some(Slot::Unexplained);
    let mut i = 0;
    while i < Code::ALL.len() {
        table[symbol(Code::ALL[i]) as usize] = Some(Slot::Code(Code::ALL[i]));
        i += 1;
    }
    table
}

/// The first day of the academic year a date falls in: 1 August, so the
/// summer holiday separates one year from the next.
pub fn academic_year_start(date: NaiveDate) -> NaiveDate {
    let year = if date.month() >= 8 {
        date.year()
    } else {
        date.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 8, 1).expect("1 August exists")
}

/// One pupil's sessions for one academic year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCodes {
    start: NaiveDate,
    /// `start`'s day number from the common era, which finding a session
    /// counts from.
    start_day: i32,
    slots: Vec<u8>,
}

impl YearCodes {
    /// An empty year starting on `start` (see [`academic_year_start`]).
    pub fn new(start: NaiveDate) -> Self {
        YearCodes {
            start,
            start_day: start.num_days_from_ce(),
            slots: vec![EMPTY; SESSIONS_PER_YEAR],
        }
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// Where a session is kept, if it falls in this year.
    #[inline]
    fn index(&self, session: SessionDate) -> Option<usize> {
        // Day numbers, not `date - start`: chrono's subtraction builds a
        // duration, and this runs for every session the figures read.
        let day = usize::try_from(session.date.num_days_from_ce() - self.start_day).ok()?;
        let index = day * 2 + usize::from(session.session == Session::Pm);
        (index < self.slots.len()).then_some(index)
    }

    #[inline]
    pub fn get(&self, session: SessionDate) -> Slot {
        self.index(session)
            .map_or(Slot::Empty, |i| decode(self.slots[i]))
    }

    /// Sets a session's slot; a session outside the year is ignored.
    pub fn set(&mut self, session: SessionDate, slot: Slot) {
        if let Some(i) = self.index(session) {
            self.slots[i] = match slot {
                Slot::Empty => EMPTY,
                Slot::Unexplained => UNEXPLAINED,
                Slot::Code(code) => symbol(code),
            };
        }
    }

    /// The morning and afternoon slots of a day. The watch and the case
    /// finder ask this of every school day of every pupil: the day's place
    /// is found once for both sessions.
    #[inline]
    pub fn day(&self, date: NaiveDate) -> [Slot; 2] {
        match self.index(SessionDate::new(date, Session::Am)) {
            // A morning's index is even and the year's length is too, so
            // the afternoon is always beside it.
            Some(am) => [decode(self.slots[am]), decode(self.slots[am + 1])],
            None => [Slot::Empty; 2],
        }
    }

    /// Every non-empty session from `from` to `to` inclusive, in order.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Sessions<'_> {
        let first = (from.max(self.start) - self.start).num_days().max(0) as usize * 2;
        let last = ((to - self.start).num_days() + 1).max(0) as usize * 2;
        let last = last.min(self.slots.len());
        let first = first.min(last);
        Sessions {
            slots: &self.slots[first..last],
            next: 0,
            date: self.start + chrono::Days::new((first / 2) as u64),
        }
    }
}

/// The non-empty sessions of a run of whole days, in order: see
/// [`YearCodes::between`]. The figures and the threshold watch walk every
/// pupil's year several times, so each step is an index: empty sessions
/// (weekends, holidays, days not reached yet) are passed over by index
/// alone, and the date moves on from the last one given, never worked out
/// from the year's start.
pub struct Sessions<'a> {
    /// Whole days, a morning and an afternoon each.
    slots: &'a [u8],
    next: usize,
    /// The day of `slots[next]`.
    date: NaiveDate,
}

impl Iterator for Sessions<'_> {
    type Item = (SessionDate, Slot);

    fn next(&mut self) -> Option<Self::Item> {
        let Some(passed) = self.slots[self.next..].iter().position(|b| *b != EMPTY) else {
            self.next = self.slots.len();
            return None;
        };
        let at = self.next + passed;
        self.date = match at / 2 - self.next / 2 {
            0 => Some(self.date),
            1 => self.date.succ_opt(),
            days => self.date.checked_add_days(chrono::Days::new(days as u64)),
        }
        .expect("a year's days are far from the calendar's end");
        let session = SessionDate::new(self.date, Session::BOTH[at % 2]);
        self.next = at + 1;
        if at % 2 == 1 {
            self.date = self
                .date
                .succ_opt()
                .expect("a year's days are far from the calendar's end");
        }
        Some((session, decode(self.slots[at])))
    }
}

#[inline]
fn decode(byte: u8) -> Slot {
    DECODE[usize::from(byte)].unwrap_or(Slot::Empty)
}

impl Serialize for YearCodes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Every symbol is ASCII, so the bytes are a valid string.
        let slots = std::str::from_utf8(&self.slots).map_err(serde::ser::Error::custom)?;
        // Sized once: every register write stores a year per pupil, and
        // `format!` grew the string a doubling at a time.
        let mut text = String::with_capacity("2026-08-01:".len() + slots.len());
        push_date(&mut text, self.start);
        text.push(':');
        text.push_str(slots);
        s.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for YearCodes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(StoredYear)
    }
}

/// Reads a stored year in place, copying only its slots: every register
/// write and every digest reads a year per pupil.
struct StoredYear;

impl Visitor<'_> for StoredYear {
    type Value = YearCodes;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<YearCodes, E> {
        let (start, slots) = text
            .split_once(':')
            .ok_or_else(|| E::custom("year codes must be `start:slots`"))?;
        let start = start.parse().map_err(E::custom)?;
        let slots = slots.as_bytes();
        if slots.len() != SESSIONS_PER_YEAR
            || !slots.iter().all(|b| DECODE[usize::from(*b)].is_some())
        {
            return Err(E::custom("year codes hold an unknown symbol"));
        }
        let mut year = YearCodes::new(start);
        year.slots.copy_from_slice(slots);
        Ok(year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_code_has_its_own_symbol() {
        let mut symbols: Vec<u8> = Code::ALL.iter().map(|c| symbol(*c)).collect();
        symbols.extend([EMPTY, UNEXPLAINED]);
        symbols.sort();
        symbols.dedup();
        assert_eq!(symbols.len(), Code::ALL.len() + 2);
    }

    #[test]
    fn the_year_turns_on_the_first_of_august() {
        assert_eq!(academic_year_start(d("2026-09-03")), d("2026-08-01"));
        assert_eq!(academic_year_start(d("2027-07-31")), d("2026-08-01"));
        assert_eq!(academic_year_start(d("2027-08-01")), d("2027-08-01"));
    }

    #[test]
    fn slots_round_trip_through_the_stored_text() {
        let mut year = YearCodes::new(d("2026-08-01"));
        let am = SessionDate::new(d("2026-11-23"), Session::Am);
        let pm = SessionDate::new(d("2026-11-23"), Session::Pm);
        let last = SessionDate::new(d("2027-07-31"), Session::Pm);
        year.set(am, Slot::Code(Code::TransportUnavailable));
        year.set(pm, Slot::Unexplained);
        year.set(last, Slot::Code(Code::PresentPm));
        year.set(
            SessionDate::new(d("2027-08-01"), Session::Am),
            Slot::Unexplained,
        );
        let json = serde_json::to_string(&year).unwrap();
        let back: YearCodes = serde_json::from_str(&json).unwrap();
        assert_eq!(back, year);
        assert_eq!(back.get(am), Slot::Code(Code::TransportUnavailable));
        assert_eq!(back.day(d("2026-11-23"))[1], Slot::Unexplained);
        assert_eq!(back.get(last), Slot::Code(Code::PresentPm));
        let listed: Vec<_> = back.between(d("2026-11-01"), d("2026-11-30")).collect();
        assert_eq!(
            listed,
            [
                (am, Slot::Code(Code::TransportUnavailable)),
                (pm, Slot::Unexplained)
            ]
        );
        assert!(serde_json::from_str::<YearCodes>("\"2026-08-01:..\"").is_err());
    }

    /// `between` walks the days on from its first; each session it gives
    /// is the one `get` finds at that date, over gaps, month ends, a leap
    /// day and both ends of the year.
    #[test]
    fn between_gives_what_get_finds_on_each_day() {
        let mut year = YearCodes::new(d("2027-08-01"));
        let mut day = d("2027-08-01");
        let mut n = 0u32;
        while day < d("2028-08-01") {
            for session in Session::BOTH {
                n += 1;
                // Gaps of either session, and runs of empty days.
                let slot = match n % 7 {
                    0 | 3 => Slot::Empty,
                    1 => Slot::Unexplained,
                    _ => Slot::Code(Code::ALL[n as usize % Code::ALL.len()]),
                };
                year.set(SessionDate::new(day, session), slot);
            }
            day = day.succ_opt().unwrap();
        }
        for (from, to) in [
            ("2027-07-01", "2028-09-30"),
            ("2028-02-27", "2028-03-02"),
            ("2027-10-31", "2027-11-01"),
            ("2028-07-31", "2028-07-31"),
        ] {
            let expected: Vec<_> = d(from)
                .iter_days()
                .take_while(|day| *day <= d(to))
                .flat_map(|day| Session::BOTH.map(|s| SessionDate::new(day, s)))
                .map(|session| (session, year.get(session)))
                .filter(|(_, slot)| *slot != Slot::Empty)
                .collect();
            assert!(!expected.is_empty());
            assert_eq!(year.between(d(from), d(to)).collect::<Vec<_>>(), expected);
        }
    }
}
