//! Which part of the school day an absence covers: the whole day, the
//! morning only ("in after lunch", "be in by 10") or the afternoon only
//! ("collecting her at 1", "won't be back this afternoon").

use std::sync::LazyLock;

use chrono::{Duration, NaiveTime};
use regex::Regex;

use super::text::{compile, just_before};
use super::times::TimeMention;
use crate::domain::DayTimes;

/// The part of a day an absence covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Whole,
    MorningOnly,
    AfternoonOnly,
}

/// Words that say the whole day is missed, whatever else is said.
static WHOLE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(whole day|all day|most of the day|full day|no point|(didn't|did not|won't|will not|not) (come|go|get) (in |into school |to school )?at all|make it (in |into school |to school )?at all)\b",
        // "9 till 3.30": from the start to the end of the school day.
        r"|\b(till|until|to|-) (3|3[.:][0-9]{2}|half 3|home time|hometime|the end of the (school )?day)\b",
        // "We've been at the walk-in centre all morning ... staying home
        // the rest of today": the morning gone and the rest to come.
        r"|\b(been|was|were) (at|in) [^.!?\n]{0,40}?\ball morning\b[^!?\n]*\brest of (the |to)? ?day\b",
        // "She'll miss this afternoon as well": the morning was missed too.
        r"|\bmiss(es|ing)? (this|the) afternoon (as well|too)\b|\b(this|the) afternoon either\b",
        // "Grommets on Wednesday morning ... off Wednesday and back in
        // Thursday": the day named is off, back the next.
        r"|\b(off|away|home|at home) (on )?(mon|tues|wednes|thurs|fri)day,? (and|then) (back|in|return\w*)\b"
    ))
});
/// Collecting a child: an afternoon absence when the time is noon or later.
static COLLECTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        // "Can Harrison be sent to reception at 2.15", "I'm coming to get
        // Grace at 1".
        // "I'll be at reception at 1.15 to get her".
        r"\b(collect\w*|pick\w*(\s+\S+){0,3}?\s+up|grab\w*\s+\w+|tak(e|ing)\s+(him|her|them)|get (him|her|them) at|(come|coming) (to|and) (get|fetch) \w+|fetch\w* (him|her|them)|leav(e|es|ing)( school)?( early)? at|finish( school)?( early)? at|be let (out|go)( of (school|class))?( early)? at|(be sent|send \w+) (down |out |over )?to (reception|the office|the front desk|the gate)|(come|coming) out( of (school|class))?( early)? at|be (ready (at|in) (the )?(office|reception|front desk|gate)|(at|in) (reception|the office|the front desk|the school office)) (for|at|by))\b",
    )
});
/// A collection that has happened, told after it: the child was in for the
/// morning register.
static COLLECTED_ALREADY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^\s*(collected|picked up|picked \w+ up)\b|\b(has|have) been (collected|picked up)\b",
        // "Jay was sent home at lunch with a headache": sent home from school.
        // (not "sent home yesterday", nor "today" told after school).
        r"|\b(was|were|got|has been|have been) sent home (early|at|after|before|during|just before)\b",
        // "She had a nosebleed at lunch that wouldn't stop so I took her
        // home": taken home from school at midday.
        r"|\bat (lunch|lunchtime|dinner ?time)\b[^.!?]{0,60}\b(i|we) (took|brought|fetched|collected) (him|her|them) (straight )?home\b",
        // "I'm on my way to get Sienna", "heading in to pick him up now":
        // a collection under way.
        r"|\b(on my way|on the way|on way|omw|heading (in|over|up|down)|leaving (now|work)|coming (in|over|up|down)?\s?now) to (get|fetch|collect|pick up|grab) (him|her|them|[a-z]+)\b",
        // "School rang, Ted's been sick. I'm leaving work now, will be
        // there about 12.15": on the way, answering the school's call.
        r"|\b(school|you|the office|(his|her|their) teacher)( just| have| has| had|'ve|'s)? (rang|rung|called|phoned)( me)?\b[^?]{0,60}?\b(on my way|on the way|omw|leaving (now|work)|(i'll|i will|i'm|we'll|we will|will) be (there|with you|up|down) (in|at|about|around|for|by)|coming (now|straight|right))\b",
        // "I've just collected Oliver", "just picked him up" (not "I have
        // picked up their work packs").
        r"|\b(just|i've|ive|i have|we've|we have)( just)? ((collected|picked up) (him|her|them|\w+(\s*[,.]|\s*$|\s+(from|as|at|early|and|because|cos|since|after|who|so|but|she|he|they|she's|he's|now|with|off|for|today)\b))|picked \w+ up)"
    ))
});
/// "Home for the rest of the day": what is left of the day from when the
/// message was sent.
static REST_OF_THE_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(rest of (the|to)? ?day|rest of today|remainder of the day)\b"));
/// Back late from something at midday: "running late back, the dentist
/// was running behind", sent in the school day's afternoon.
static LATE_BACK: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(late back|back late)\b"));
/// A collection told as the routine ("I collect him at 12 each day" on a
/// part-time timetable, "she usually picks her up at 1"): no part of the
/// day the message is about. The words after the collection, to the end of
/// its sentence, and the words just before it.
static ROUTINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^[^.!?\n]*?\b((each|every) (day|weekday|afternoon|lunch ?time)|daily|most days)\b")
});
static ROUTINE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(usually|normally|always)\s+(\w+\s+)?$"));
static AT_LUNCH: LazyLock<Regex> = LazyLock::new(|| compile(r"^[^.]{0,40}?\bat lunch(time)?\b"));
/// The sender, just before a verb: "i", "we'll".
static THE_SENDER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(i|we|i'll|we'll|i will|we will)\s*$"));
/// "Picking her up after lunch": the collection itself is after lunch (not
/// "collect him at 10, back after lunch").
static RIGHT_AFTER_LUNCH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*(\w+\s+){0,2}?after lunch(time)?\b"));
static NOW: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\s+\w+){0,2}?\s+(now|straight away|right away)\b"));
static NOT_BACK_THIS_AFTERNOON: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(won't|will not|not)\b[^.]{0,15}\b(back|return\w*)\b[^.]{0,20}?\b(this afternoon|in the afternoon|for the afternoon|afterwards)\b",
        // "She won't be in this afternoon".
        r"|\b(won't|will not|not|can't|cannot)( be)? (in|coming in|come in|in school|at school) (for )?(this|the) afternoon\b",
        // "She will not come back after." with nothing after "after".
        r"|\b(won't|will not|not)\b[^.]{0,15}\b(back|return\w*)\s+after\s*([.,!]|$)",
        r"|\b(just|only) (for )?the afternoon\b|\b(out|off|away) (of school )?for (the|this) afternoon\b",
        // "She's off this afternoon", "Millie was off this afternoon".
        r"|\b(be|is|was|were|are|'s|'re)( \w+)? (off|away|out of school) (this|that) afternoon\b",
        // "She's keeping him this afternoon", sent at lunchtime.
        r"|\b(keep|keeping|kept) (him|her|them)( at home| home| off| with (me|us|her|him))? (this|for the) afternoon\b",
        // "She will need to miss Friday afternoon".
        r"|\bmiss(es|ing)? (the |on )?((mon|tues|wednes|thurs|fri)day |this |tomorrow |that )?afternoon\b",
        // "Max is finishing at dinnertime today", "leaving at lunch".
        r"|\b(finish(es|ing)?|leav(e|es|ing)|going home|go home)( school)? (at|after) (dinner|lunch)\w*\b",
        // "Take Tilly and Wilf out of school from after lunch today".
        r"|\bout of school from after (dinner|lunch)\w*\b"
    ))
});
/// "Should be back for 12", "out from 10.30 and back by 12.30": back in
/// school before the afternoon register, having missed the morning (not
/// "back about 1.30" from a lunchtime dentist).
static BACK_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(be|and|(drop|bring|take|run|get)\w* (him|her|them)) (back|back in|back at school|back to school|back with you) (by|for|about|around|at)\s+((about|around|approx)\s+)?$",
    )
});
/// "Be in by 10", "in for about 9.30": back in school at a time.
static IN_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(be|he'll be|she'll be|we'll be|they'll be) in (by|for|about|around|at)\s+((about|around|approx)\s+)?$",
        // "I'm driving them both in, about 9.30".
        r"|\b(driv|bring|tak|drop)\w*\s+(him|her|them)(\s+(both|all))?\s+in,?\s+((by|for|at)\s+)?((about|around|approx)\s+)?$",
        // "I'm dropping her at 1", not "he was meant to drop him at 6".
        r"|\b((i'm|im|i am|we're|we are) (dropping|bringing)|(i'll|i will|we'll|we will|will) (drop|bring))\s+(him|her|them)(\s+off)?\s+(at|by)\s+((about|around|approx)\s+)?$"
    ))
});
static MORNING_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(after lunch|for (the )?afternoon|for lunch\w*)\b",
        // "Will bring him at lunch", "be in by lunchtime".
        r"|\b((bring|drop|take)\w* (him|her|them)( in| back)?|be in|be back) (at|by) lunch(time)?\b",
        // School dinner is the midday meal: "he'll be in after dinner".
        r"|\b(in|back|come in|coming in|(bring|drop) (him|her|them)( off| in)?) after dinner( ?time)?\b",
        r"|\bmiss(es|ing)? (the |on )?((mon|tues|wednes|thurs|fri)day |this |tomorrow |that )?morning\b|\b(just|only) (for )?the morning\b",
        r"|\b(won't|not|can't|couldn't|cannot|neither|none)\s+(\w+\s+){0,4}?(in|make it in|get (him|her|them) in)\s+this morning\b",
        // "She'll be late in", not "sorry to email so late in the day".
        r"|\bin late\b|\blate in\s*([.,!;]|$)|\blate in (today|this morning|to school|at|by|for|about|around)\b",
        // A part-time child's session: "won't be in for his morning tomorrow",
        // "not going to get him in for his morning".
        r"|\b(won't|will not|not|can't|cannot)\b(\s+\w+){0,5}?\s+(in|to school|there) for (his|her|their) morning\b",
        // "Won't be in until 11": in by a morning time.
        r"|\b(won't|will not|not)\b(\s+\w+){0,3}?\s+(be in|in|come in|coming in|get in|arrive|there)\s+(until|till|til|before)\s+(about |around )?((9|10|11)([.:][0-5][0-9])?( ?am|ish)?|half (9|10|11|nine|ten|eleven)|ten|eleven|lunch(time)?|midday|noon)\b",
        // "bring him in straight after, hopefully by 10", "come to school
        // after each one"; not "come back after half term" or "after 11th
        // December".
        r"|\b(come|comes|coming|bring(ing|in)? \w+|drop(ping)? \w+|be)\s+((back|in|into school|to school|in school|straight)\s+)*after(wards)?(\s+(each|every)( one| time| of them| appointment)?)?(,|\.|\s*$|\s+\d{1,2}([.:]\d\d)?\s*(am|pm)?([\s,.!]|$)|\s+to school|\s+(about|around|maybe|that|if|once|when))",
        // "Hopefully in by lunch": in before the afternoon register.
        r"|\b(in|back|be in|with you) by (lunch ?(time)?|dinner ?time|midday|noon)\b",
        // "In school at 10.30", not "won't be in school at all".
        r"|\bin school at\s+(about |around )?(\d|half|quarter|ten|eleven|lunch|midday|noon)",
        // "He is in school now": in reply to a chase, the morning was missed.
        // So when "I've just signed her in at the office".
        r"|\b(is|'s|are|'re) (in school|at school|in class|in) now\b|\b(i've|i have|we've|we have|i) (just )?(signed|dropped|brought|taken) (him|her|them) (in|off)\b",
        // "Has just gone into class": arrived as the message is sent.
        r"|\b(has|have|'s|'ve) just (gone|walked|come|arrived) (in|into (class|school)|in to (class|school))\b",
        // "I'll bring him in as soon as we're done": once the clinic is over.
        r"|\b(bring|drop|take|get|run)\w* (him|her|them) (in|to school|into school|back)\s+(as soon as|once|when) (we're|we are|we've|we have|it's|it is|they're|they've|he's|she's|he has|she has) (done|finished|out|through|been seen|seen)\b",
        // "After the doctor I bring her to school".
        r"|\bafter (the|his|her|their) (\w+ )?(appointment|appt|dentist|doctor'?s?|gp|hospital|orthodontist|optician|clinic|check ?up|vaccinations?|jabs)\b[^.!?]{0,12}\b(bring|take|drop|send)s? (him|her|them) (in|to school|into school)\b",
        // "Will come after the dentist this morning", "he come school
        // after dentist".
        r"|\b(come|coming|be in|in|back)( to| into)?( school)? after ((the|his|her|their) )?(\w+ )?(appointment|appt|dentist|doctor'?s?|gp|hospital|orthodontist|optician|clinic|check ?up|vaccinations?|jabs)\b",
        // "She's coming in now"; not "she's not coming in now". "She'll
        // be back this afternoon", not "the results came back this
        // afternoon".
        r"|(^|[.,!;]\s*|\b(is|'s|are|'re|i'm|be|and|but|so)\s+)coming in now\b|\b((be|'ll|will|coming|come|bring (him|her|them)|bringing (him|her|them)) back|be in|come in|(bring|bringing|take|taking|drop|dropping) (him|her|them) in) (in )?(for )?(this|the) afternoon\b|(^|[.,!;]\s*)back (in )?(for )?(this|the) afternoon\b|\bin for (this|the) afternoon\b",
        // "I will drop him back at school at lunchtime so he can do the afternoon".
        r"|\b(drop|bring|take|run)\w* (him|her|them) back\b[^.]{0,20}?\b(at|by|for|around|about) (lunch\w*|midday|noon)\b|\bcan (do|make|have|attend) the afternoon\b",
        // "Coming in at lunchtime", "back by lunch".
        r"|\b(back|come in|coming in|be in|come|coming)\s+(at|by|for|around|about) (lunch|dinner)( ?time)?\b",
        // "Won't be in first thing", "we'll bring her in before lunch".
        r"|\b(won't|will not|not)\b(\s+\w+){0,3}?\s+(be in|in|come in|coming in|there)\s+first thing\b",
        r"|\b(in|back|be there|with you)\s+before lunch(time)?\b",
        // "He'll be in when it comes": in once the late taxi or bus turns up.
        r"|\b(be in|come in|in)\s+when (it|the (taxi|bus|minibus|cab|car|driver)|they|he|she)\s+(comes|come|arrives|arrive|turns up|turn up|gets here|get here)\b",
        r"|\b(bring|bringing|get|drop|take) (him|her|them) (in|into school|to school|back)\b[^.]{0,40}?\b(around|about|by|at|for|before|till|until) lunch(time)?\b"
    ))
});
/// Due somewhere else by a time: "at the theatre by 9am" (not "back by
/// 11" or "at school by 9").
static DUE_ELSEWHERE_BY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bat (the|a) [a-z]+( [a-z]+)? by\s*$"));
/// A whole-day absence stated outright ("won't be in tomorrow"), which an
/// appointment time does not shorten.
static WHOLE_DAY_ABSENCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(won't|will not|not|can't|cannot|neither|none)\b(\s+\w+){0,3}?\s+(be in|in today|in school|make it|come|coming)\b",
        r"|\b(back|come|back in|be in) tomorrow\b|\b(off|home) today\b|\b(at|stay|staying) home\b|\bkeep(ing)? (him|her|them) home\b|\b(so|and) (i|we) took (him|her|them) (straight )?home\b",
        // "They will miss school that day", "he will miss school tomorrow":
        // the day, whatever the time of the appointment.
        r"|\bmiss(es|ing)? (school )?(on )?(that|the|the whole) day\b|\bmiss(es|ing)? school (today|tomorrow|on (mon|tues|wednes|thurs|fri)day)\b",
        // "He'll miss all of Tuesday".
        r"|\bmiss(es|ing)? all of (today|tomorrow|that day|the day|(mon|tues|wednes|thurs|fri)day)\b"
    ))
});
/// Back in school as the message is sent: "she's back in school now",
/// sent before the afternoon register closes, was away for the morning
/// only.
static BACK_IN_NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(is|'s|are|'re) back (in school|in class|at school|in)\b[^.!?]{0,10}\bnow\b|\b(is|'s|are|'re) now back (in school|in class|at school)\b",
    )
});

/// A return left open: "will let you know if he can come in after". The
/// day is away until the parent says otherwise.
static RETURN_LEFT_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(let you know|see|tell you) (if|whether) (he|she|they)( can|'s| is| are| will be| could)?( able| well enough| up to it| ok| okay)?( to)? (come|coming|go|going) (in|back)\b",
    )
});

/// A part of a day named with its day ("on Tuesday afternoon", "yesterday
/// morning", "on the afternoon of Friday 4th"): for an appointment, the
/// part it takes. Not "this morning", which is as often when the parent
/// writes ("taking her to the doctor's this morning so she won't be in
/// today").
static PART_OF_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(yesterday|tomorrow|(mon|tues|wednes|thurs|fri)(day)?) (?P<part>morning|afternoon)\b",
        r"|\bthe (?P<part_of>morning|afternoon) of (the )?(mon|tue|wed|thu|fri|\d)"
    ))
});

const SCHOOL_DAY_STARTS: NaiveTime = NaiveTime::from_hms_opt(8, 30, 0).expect("valid");

/// When a message was sent, in the school's day.
#[derive(Debug, Clone, Copy)]
pub struct Sent<'a> {
    pub at: NaiveTime,
    pub day: &'a DayTimes,
}

impl Sent<'_> {
    /// Sent after the morning register closed and before the afternoon's
    /// did: what is left of the day is the afternoon.
    fn between_registers(&self) -> bool {
        self.at > self.day.am.register_closes && self.at < self.day.pm.register_closes
    }
}

/// The part of the day lower-case text describes. `appointment` says the
/// reason is an appointment, whose time decides when nothing else does.
pub fn day_part(lower: &str, times: &[TimeMention], appointment: bool, sent: Sent) -> DayPart {
    let noon = sent.day.am.ends;
    // "She'll be in all day Thursday" is a day in, not a whole day away.
    let whole_day = WHOLE_DAY
        .find_iter(lower)
        .any(|said| !(said.as_str() == "all day" && lower[..said.start()].ends_with(" in ")))
        || RETURN_LEFT_OPEN.is_match(lower);
    if whole_day || gone_from_the_morning_for_the_day(lower, times, sent.day) {
        DayPart::Whole
    } else if collected_in_afternoon(lower, times, sent)
        || NOT_BACK_THIS_AFTERNOON.is_match(lower)
        || (REST_OF_THE_DAY.is_match(lower) && sent.between_registers())
        || (LATE_BACK.is_match(lower) && sent.at >= noon && sent.at < sent.day.day_ends())
    {
        DayPart::AfternoonOnly
    } else if MORNING_ONLY.is_match(lower)
        || back_in_by_a_time(lower, times, sent.day)
        || (BACK_IN_NOW.is_match(lower) && sent.at < sent.day.pm.register_closes)
    {
        DayPart::MorningOnly
    } else if let Some(part) = appointment.then(|| part_of_a_day(lower)).flatten() {
        part
    } else if let Some(part) = session_asked_off(lower) {
        part
    } else if WHOLE_DAY_ABSENCE.is_match(lower) {
        DayPart::Whole
    } else if let Some(first) = times
        .iter()
        // "At the studios by 8am" is before the school day, and "his
        // optician appt at 4" after it: neither says which part is missed.
        // Nor does "at the theatre by 9am": when the day there starts, not
        // when it ends.
        .find(|t| {
            t.time >= SCHOOL_DAY_STARTS
                && t.time < sent.day.day_ends()
                && !DUE_ELSEWHERE_BY.is_match(&lower[..t.start])
        })
        .filter(|_| appointment)
    {
        if first.time < noon {
            DayPart::MorningOnly
        } else {
            DayPart::AfternoonOnly
        }
    } else if appointment && APPOINTMENT_THIS_MORNING.is_match(lower) {
        DayPart::MorningOnly
    } else {
        DayPart::Whole
    }
}

/// An appointment "this morning" with no time and no word of the whole
/// day ("at the doctors this morning for my jabs"): the morning. Beside
/// the appointment, not a morning that something else happened ("the
/// licence came through this morning").
static APPOINTMENT_THIS_MORNING: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(at|to|had|has|have|got) (the |his |her |my |a |an )?(\w+ )?(doctors?'?s?|dentists?'?s?|gp|hospital|clinic|opticians?'?s?|orthodontists?'?s?|surgery|appointment|appt)\b[^.!?,]{0,30}\bthis (morning|am)\b",
        r"|\bthis (morning|am)\b[^.!?,]{0,20}\b(at|to) (the |his |her |my |a )?(\w+ )?(doctors?'?s?|dentists?'?s?|gp|hospital|clinic|opticians?'?s?|orthodontists?'?s?|surgery|appointment|appt)\b"
    ))
});

/// The one part of a day named, if only one is.
fn part_of_a_day(lower: &str) -> Option<DayPart> {
    the_one_part(PART_OF_A_DAY.captures_iter(lower).map(|c| {
        let part = c.name("part").or(c.name("part_of"));
        named_part(part.map_or("", |m| m.as_str()))
    }))
}

/// The one part of a day asked off, for any reason: "could Noah have the
/// afternoon off on Thursday", "can she have tomorrow afternoon off?".
fn session_asked_off(lower: &str) -> Option<DayPart> {
    the_one_part(SESSION_OFF.captures_iter(lower).map(|c| named_part(&c[1])))
}

fn named_part(word: &str) -> DayPart {
    match word {
        "morning" => DayPart::MorningOnly,
        _ => DayPart::AfternoonOnly,
    }
}

/// The part every mention agrees on, if there is one.
fn the_one_part(mut parts: impl Iterator<Item = DayPart>) -> Option<DayPart> {
    let first = parts.next()?;
    parts.all(|p| p == first).then_some(first)
}

/// Whether a collection is told as done: the child was in for the
/// morning register.
pub fn collected_already(lower: &str) -> bool {
    COLLECTED_ALREADY.is_match(lower)
}

/// Whether every clock time said is at or after the end of the school
/// day ("the dentist at 4.15"), and no midday or part of the school day
/// named ("finish at lunchtime? We're catching the 5pm ferry", "can she
/// have the afternoon off? The airport for 4"): nothing in school hours is
/// missed.
pub fn all_after_the_school_day(lower: &str, times: &[TimeMention], day: &DayTimes) -> bool {
    !times.is_empty()
        && times.iter().all(|t| t.time >= day.day_ends())
        && !MIDDAY.is_match(lower)
        && !SESSION_OFF.is_match(lower)
}

/// Whether the text names the midday break: "at lunch", "by noon".
pub fn names_midday(lower: &str) -> bool {
    MIDDAY.is_match(lower)
}

static MIDDAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(at|by|before) (lunch ?time|lunch|dinner ?time|midday|noon)\b"));
static SESSION_OFF: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(morning|afternoon) off\b"));

fn back_in_by_a_time(lower: &str, times: &[TimeMention], day: &DayTimes) -> bool {
    times.iter().any(|t| {
        let before = just_before(lower, t.start, 30);
        IN_BY.is_match(before)
            || (t.time > day.am.register_opens
                && t.time <= day.pm.register_closes
                && BACK_BY.is_match(before))
    })
}

/// The morning's last half hour begins: a child taken after it was there
/// for the morning.
fn late_morning(day: &DayTimes) -> NaiveTime {
    day.am.ends - Duration::minutes(30)
}

/// The child not brought back: "I won't bring him back after", "we won't
/// be back till about 1.45".
static NOT_BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(won't|wont|will not|not going to|not) (be )?((bring|bringing|take|taking) (him|her|them) )?back\b",
    )
});
/// Back for the afternoon after all: "won't be back till after lunch".
static BACK_FOR_THE_AFTERNOON: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^[^.!?]{0,40}\b(for|by|before|after) (the )?(afternoon|lunch\w*|dinner\w*)\b")
});

/// Taken out in the morning for something in it and not brought back
/// before the afternoon register closes ("collecting him at 11 for the
/// doctors, I won't bring him back after"): both sessions are missed.
fn gone_from_the_morning_for_the_day(lower: &str, times: &[TimeMention], day: &DayTimes) -> bool {
    let in_the_morning = times
        .iter()
        .any(|t| t.time >= SCHOOL_DAY_STARTS && t.time < late_morning(day));
    in_the_morning
        && NOT_BACK.find_iter(lower).any(|not_back| {
            let after = &lower[not_back.end()..];
            // "Won't be back till 12.30" is back for the afternoon; "till
            // about 1.45" is not.
            let back_at = times
                .iter()
                .find(|t| t.start >= not_back.end() && t.start <= not_back.end() + 25);
            match back_at {
                Some(t) => t.time > day.pm.register_closes,
                None => !BACK_FOR_THE_AFTERNOON.is_match(after),
            }
        })
}

/// "I'll collect her at 1.45", "picking him up at lunchtime", "I'll come
/// and collect him now" (sent home ill: the morning was marked); not "I'll
/// be picking her up from now on", an arrangement.
fn collected_in_afternoon(lower: &str, times: &[TimeMention], sent: Sent) -> bool {
    let day = sent.day;
    // "Just picked Leon up and he says his ear hurts", sent after school
    // with no time of day: the pick-up at home time, no session missed.
    let at_home_time = sent.at >= day.day_ends() && times.is_empty() && !MIDDAY.is_match(lower);
    if collected_already(lower) && !MORNING_ONLY.is_match(lower) && !at_home_time {
        return true;
    }
    let noon = day.am.ends;
    // "Collecting her at 11.55, the appointment is at 12.30": taken in the
    // morning's last half hour for something in the afternoon, the child
    // was there for the morning and misses the afternoon.
    let afternoon_ahead = times
        .iter()
        .any(|t| t.time >= noon && t.time < day.day_ends());
    let late_morning = late_morning(day);
    COLLECTION.find_iter(lower).any(|m| {
        if ROUTINE_AFTER.is_match(&lower[m.end()..]) || ROUTINE_BEFORE.is_match(&lower[..m.start()])
        {
            return false;
        }
        // "I finish at 12 and I bring them for after lunch": the sender's
        // shift ends, no child leaves.
        if m.as_str().starts_with("finish") && THE_SENDER.is_match(&lower[..m.start()]) {
            return false;
        }
        let soon_after = |t: &&TimeMention| t.start >= m.end() && t.start <= m.end() + 45;
        times
            .iter()
            .find(soon_after)
            .is_some_and(|t| t.time >= noon || (t.time >= late_morning && afternoon_ahead))
            || AT_LUNCH.is_match(&lower[m.end()..])
            || RIGHT_AFTER_LUNCH.is_match(&lower[m.end()..])
            || NOW
                .find(&lower[m.end()..])
                .is_some_and(|now| !now.as_str().ends_with("from now"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fernhill_day;
    use crate::parse::times::clock_times;

    fn part(text: &str, appointment: bool) -> DayPart {
        part_sent(text, appointment, (8, 0))
    }

    fn part_sent(text: &str, appointment: bool, sent: (u32, u32)) -> DayPart {
        let day = fernhill_day();
        let at = NaiveTime::from_hms_opt(sent.0, sent.1, 0).unwrap();
        day_part(
            text,
            &clock_times(text, 9),
            appointment,
            Sent { at, day: &day },
        )
    }

    #[test]
    fn an_appointment_in_a_part_of_a_day_named_takes_that_part() {
        for (text, expected) in [
            (
                "max has the dentist on tuesday afternoon",
                DayPart::AfternoonOnly,
            ),
            (
                "she had the dentist yesterday afternoon",
                DayPart::AfternoonOnly,
            ),
            (
                "his hospital check-up is tomorrow morning",
                DayPart::MorningOnly,
            ),
            (
                "jack won't be in tomorrow afternoon, dentist",
                DayPart::AfternoonOnly,
            ),
            // Both parts named: neither is the one.
            (
                "dentist on monday morning and friday afternoon",
                DayPart::Whole,
            ),
        ] {
            assert_eq!(part(text, true), expected, "{text}");
        }
        assert_eq!(
            part(
                "it's thurs 24th for her eye appt, still just the morning",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("the dentist on friday, only the afternoon", true),
            DayPart::AfternoonOnly
        );
        // A flight "on Thursday morning" is no appointment: the day.
        assert_eq!(part("we fly thursday morning", false), DayPart::Whole);
    }

    #[test]
    fn collected_now_before_the_afternoon_register_is_the_afternoon() {
        let text = "just picked freddie up, he's been sick, home for the rest of the day";
        assert_eq!(part_sent(text, false, (11, 50)), DayPart::AfternoonOnly);
        let text = "she's been sick, home for the rest of the day";
        assert_eq!(part_sent(text, false, (11, 50)), DayPart::AfternoonOnly);
        assert_eq!(part_sent(text, false, (8, 0)), DayPart::Whole);
        let text = "away from monday, i have picked up their work packs";
        assert_eq!(part_sent(text, false, (11, 50)), DayPart::Whole);
    }

    #[test]
    fn whole_day_stated_outright_or_by_its_hours() {
        assert_eq!(
            part("emergency dentist at 11. he won't come today", true),
            DayPart::Whole
        );
        assert_eq!(
            part("interview on wednesday 3rd march, 9 till 3.30", true),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "his tonsils are out on tuesday morning, so he'll be off tuesday and back wednesday",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part("filming, she has to be at the studios by 8am", true),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "passport office at 11, they will miss school that day",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "his biometrics appointment is tomorrow at 10am, so he will miss school tomorrow",
                true
            ),
            DayPart::Whole
        );
    }

    #[test]
    fn something_else_back_this_afternoon_is_no_child_back() {
        assert_eq!(
            part("she'll be back this afternoon after the dentist", false),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "his results came back this afternoon and he has glandular fever",
                false
            ),
            DayPart::Whole
        );
    }

    #[test]
    fn a_part_time_child_s_morning_missed_is_the_morning() {
        for text in [
            "sonny won't be in for his morning tomorrow, he's got his speech and language assessment at 9.30",
            "he hasn't slept. i'm not going to get him in for his morning today, sorry",
        ] {
            assert_eq!(part(text, false), DayPart::MorningOnly, "{text}");
        }
    }

    #[test]
    fn a_routine_collection_is_no_part_of_the_day() {
        assert_eq!(
            part(
                "he is on his reduced timetable and i collect him at 12 each day. thursday he has the paediatrician at 10am, so he won't be in on thursday morning at all",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "her nan usually picks her up at 1.30 but she has the dentist tomorrow morning",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "i collect him at 12 each day, but he is off today with a cold",
                false
            ),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "she's not coming in today. i'll be picking her up from now on till we know more",
                false
            ),
            DayPart::Whole
        );
    }

    #[test]
    fn back_by_midday_is_the_morning_and_back_after_lunch_is_not() {
        assert_eq!(
            part_sent(
                "she's at the opticians. should be back for 12",
                true,
                (10, 20)
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "she has her violin exam at 11.20, so she'll be out from about 10.30 and back by 12.30",
                false
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("phoebe will be back at 1.45 after her eye test", true),
            DayPart::AfternoonOnly
        );
    }

    #[test]
    fn the_senders_shift_finishing_is_no_collection() {
        assert_eq!(
            part(
                "amara and chidi not in this morning. i finish at 12 and i bring them for after lunch",
                false
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn missing_an_afternoon_named_is_the_afternoon() {
        assert_eq!(
            part(
                "the team coach leaves at 12 on friday, so she will need to miss friday afternoon",
                false
            ),
            DayPart::AfternoonOnly
        );
    }

    #[test]
    fn brought_in_after_the_doctor_is_the_morning() {
        assert_eq!(
            part(
                "i take her to the doctor tomorrow at 9.40, after the doctor i bring her to school",
                true
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn a_return_left_open_after_the_doctor_is_the_whole_day() {
        assert_eq!(
            part(
                "taking him to the gp at 10.20 with his rash, will let you know if he can come in after",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part("gp at 10.20, will bring him in after", true),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn an_appointment_this_morning_is_the_morning() {
        assert_eq!(
            part(
                "mum says to tell you im at the doctors this morning for my jabs",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "sorry he had an orthodontist appointment this morning, forgot to say!",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "taking her to the doctor's this morning so she won't be in today",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "filming in dublin on the 9th. the licence came through this morning",
                true
            ),
            DayPart::Whole
        );
    }

    #[test]
    fn collection_in_the_afternoon() {
        assert_eq!(
            part("could noah leave at 1.30 that day?", false),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part_sent(
                "i'm coming to get grace at 1, her nan's been rushed into hospital",
                false,
                (12, 45)
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "i'll be collecting ellie at 11.55, she has a hospital appointment at 12.30",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part("dental appt at 1.40 so i'll pick her up at 1.15", true),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "her brace tightened at the orthodontist at 1.40 today, i'll be at reception at 1.15 to get her",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "i'm collecting tilly at 1 for physio. she'll be back tomorrow",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part("picking both girls up at lunchtime today", false),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "i'm picking ava up after lunch today, she has earache",
                false
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part("i'll collect him at 10, back after lunch", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "i've kept him home this morning just in case, will bring him at lunch if you say its ok",
                false
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn a_time_due_somewhere_else_by_starts_the_day_there() {
        assert_eq!(
            part(
                "two school performances, she'll need to be at the theatre by 9am on both days",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part("dentist at 9.30, back by 11", true),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn collected_already_is_the_afternoon_unless_back_after_lunch() {
        assert_eq!(
            part(
                "sorry she's with me, she had a nosebleed at lunch that just wouldn't stop so i took her home",
                false
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "fatima has been collected at 11 as she had a fall in the playground, taking her for an x-ray",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "mrs okoye just rang, i'm on my way to get sienna, she's been crying with earache",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part("collected isla at lunchtime, she was sick in class", false),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "max is finishing at dinnertime today, it's a funeral at 1",
                false
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "jay was sent home at lunch with a headache, he's fine now",
                false
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "kiara was sent home yesterday with a temp, she's at home today",
                false
            ),
            DayPart::Whole
        );
        // Told by name, as the morning goes on.
        for text in [
            "i've just collected oliver, he's got a bad headache, taking him home",
            "picked hattie up early, she hurt her ankle",
        ] {
            assert_eq!(
                part_sent(text, false, (11, 45)),
                DayPart::AfternoonOnly,
                "{text}"
            );
        }
        assert_eq!(
            part(
                "has been collected at 10.30 for the dentist, back after lunch",
                true
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn morning_only() {
        assert_eq!(
            part("ruby won't be in until 11, she has a hearing test", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "her heart appointment is friday 23rd, same time, so she'll miss friday morning instead. she'll be in all day thursday",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("he won't be in till lunchtime", false),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "his entrance assessment is on thursday morning. i will drop him back at school at lunchtime so he can do the afternoon",
                false
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "appt at 11 so i'll collect him at 10.30, he'll be back after lunch",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("gp at 8.50, i'll bring him in straight after", true),
            DayPart::MorningOnly
        );
        assert_ne!(
            part(
                "sorry to email so late in the day. she has a temperature",
                false
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("dentist at 9 so she'll be late in", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "jenson wont be in til 10ish he's got his booster jabs",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "noah will be leaving at 12 today for the first night of chanukah",
                false
            ),
            DayPart::AfternoonOnly
        );
        // An appointment in the afternoon is no return for it.
        assert_ne!(
            part("hospital appointment today in the afternoon at 1.45", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("dentist first thing, she'll be in for the afternoon", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("sorry, she's coming in now", false),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("sorry we all overslept, she's not coming in now", false),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "she has hospital appointments on the 26th and 28th, she will come to school after each one",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "won't make it in this morning. i'll bring him in for the afternoon",
                false
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn in_by_lunch_is_the_morning() {
        for text in [
            "she's coming in at lunchtime after her hearing test",
            "physio first thing, he'll be back by lunch",
            "amber won't be in first thing tomorrow, she has an appointment at the eye hospital at 9.30. we'll bring her in before lunch",
            "her cardiology follow-up is that morning. i'll bring her into school as soon as we're done, hopefully around lunchtime",
            "blood test at 8.30, the queue can be awful but she should definitely be there before lunch",
            "he has his entrance test at st anselm's this morning, he should be back with you by 1",
        ] {
            assert_eq!(part(text, true), DayPart::MorningOnly, "{text}");
        }
    }

    #[test]
    fn in_school_now_or_driven_in_at_a_time_is_the_morning() {
        assert_eq!(
            part(
                "taras was at dentist, sorry i forget to tell. he is in school now",
                true
            ),
            DayPart::MorningOnly
        );
        assert_eq!(
            part(
                "the school bus didn't turn up, i'm driving them both in, about 9.30",
                false
            ),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn not_back_this_afternoon() {
        assert_eq!(
            part(
                "appt at 12.20, pick her up at 11.50, she won't be back in the afternoon",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part(
                "ahmed threw up at lunch at his nan's so she's keeping him this afternoon",
                true
            ),
            DayPart::AfternoonOnly
        );
        for text in [
            "she'll be off this afternoon for the dentist",
            "sorry he was off this afternoon, he was sick after lunch and i collected him",
        ] {
            assert_eq!(part(text, true), DayPart::AfternoonOnly, "{text}");
        }
    }

    #[test]
    fn not_back_after_says_the_afternoon_is_missed() {
        assert_eq!(
            part(
                "please can she be ready at 1.15 today, appointment at 2. she will not come back after.",
                true
            ),
            DayPart::AfternoonOnly
        );
        assert_eq!(
            part("gp at 8.50, i'll bring him in straight after", true),
            DayPart::MorningOnly
        );
    }

    #[test]
    fn whole_day() {
        assert_eq!(
            part("appt tomorrow at 11:30, she'll miss the whole day", true),
            DayPart::Whole
        );
        assert_eq!(
            part("won't be in tomorrow, appointment at 10", true),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "his clinic is at 11.30 on tuesday so he'll miss all of tuesday",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "x-ray at the hospital at 9.30, don't think she'll make it in at all",
                true
            ),
            DayPart::Whole
        );
        assert_eq!(
            part("temp and a rash, taking him to the gp", false),
            DayPart::Whole
        );
        assert_eq!(
            part(
                "appointment at 11 so neither of them will be in this morning",
                true
            ),
            DayPart::MorningOnly
        );
        // Said of every child, a sibling's appointment time decides nothing.
        assert_eq!(
            part(
                "eye appointment at the hospital at 2 so neither of them will be in today",
                true
            ),
            DayPart::Whole
        );
    }

    #[test]
    fn times_after_the_school_day() {
        let day = fernhill_day();
        let after = |text: &str| all_after_the_school_day(text, &clock_times(text, 9), &day);
        assert!(after("the dentist on thursday at 4.15"));
        assert!(after("eye test at 3.30"));
        assert!(!after("dentist at 4, i'll collect her at 2.45"));
        assert!(!after(
            "could he finish at lunchtime? we're catching the 5pm ferry"
        ));
        assert!(!after("dentist on thursday"));
        assert!(!after(
            "can lottie have tomorrow afternoon off? we need to be at the airport for 4"
        ));
    }

    #[test]
    fn appointment_time_decides_otherwise() {
        assert_eq!(
            part("hospital appointment at 10am", true),
            DayPart::MorningOnly
        );
        assert_eq!(
            part("hospital appointment at 2pm", true),
            DayPart::AfternoonOnly
        );
    }

    #[test]
    fn taken_out_in_the_morning_and_not_brought_back_misses_both_sessions() {
        for text in [
            "i'm taking her out at 10.15 for the orthodontist and i won't bring her back after, it's in town",
            "physio at 11 so i'll take him out at 10.30, we won't be back till about 2",
        ] {
            assert_eq!(part(text, true), DayPart::Whole, "{text}");
        }
        for text in [
            "physio at 11 so i'll take him out at 10.30, he won't be back till 12.30",
            "the dentist is at 10, she won't be back till after lunch",
        ] {
            assert_eq!(part(text, true), DayPart::MorningOnly, "{text}");
        }
    }
}
