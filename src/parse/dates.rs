//! Which school days a message is about: "today", "tomorrow", weekdays,
//! named dates (26/11, "Thurs 26th", "the 3rd of December"), ranges, and how
//! long ("for two days", "48 hours", "back on Thursday", "until Friday",
//! "rest of the week", "all next week", "until further notice").

use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::attendance::figures::week_of;
use regex::{Regex, RegexSet};

use super::text::{between_breaks, compile, just_before, number_word, set_of};
use super::{kinship, reason, signals};
use crate::calendar::Calendar;

/// The message's own day, and the day it is about when it names none.
#[derive(Debug, Clone, Copy)]
pub struct MessageDay {
    /// The school-local date the message arrived.
    pub today: NaiveDate,
    /// Today before the end of a school day, else the next school day; or
    /// the chased day for a reply to a chase.
    pub default_day: NaiveDate,
    /// The day a chase asked about, when the message replies to one.
    pub chased_day: Option<NaiveDate>,
    /// The school day was over when it arrived: "Monday" said on a Monday
    /// evening is next Monday.
    pub day_over: bool,
}

/// The first and last school day of an absence; `to` is `None` when it
/// has no end yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaySpan {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// What a day named in a message is to the absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A day the child is away ("won't be in Monday", "from 2 to 6 Nov").
    Away,
    /// The day the child is back ("back on Thursday"): away until the day before.
    Back,
    /// The child's last day in before the absence ("finish on Wednesday
    /// 26th"): away from the next school day.
    LastIn,
    /// The day of the journey home ("our return flight is on Tuesday 12th",
    /// "the flight back lands on Monday"): the last day away.
    HomeOn,
    /// A day left out of a stretch away ("all week apart from Friday"):
    /// the child is in that day.
    Except,
}

#[derive(Debug, Clone, Copy)]
struct DayWord {
    kind: DayKind,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, Copy)]
enum DayKind {
    Date(NaiveDate),
    /// "Tomorrow": the first school day after this date.
    SchoolDayAfter(NaiveDate),
    /// A weekday to resolve against a starting day.
    Weekday {
        day: Weekday,
        weeks_on: u64,
        /// The first date it may fall on: "a week on Friday" counts on
        /// from the Friday after the day the message was sent, even in the
        /// evening, when a bare "Friday" may be tomorrow.
        not_before: Option<NaiveDate>,
    },
    /// "Next Thursday": that day in the coming Monday-to-Sunday week.
    NextWeek(Weekday),
    /// "She was off on Tuesday": the last such day before the anchor.
    WeekdayGone(Weekday),
    /// Yesterday, last night: not part of the absence.
    Past,
}

#[derive(Debug, Clone, Copy)]
struct DayMention {
    kind: DayKind,
    role: Role,
    hedged: bool,
    /// Byte range of the words in the text.
    start: usize,
    end: usize,
}

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
pub(super) const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri";

/// Two days of one month, the month said once after the second: "2 to 6
/// November", "from the 22nd to the 26th of March", "between the 8th and
/// the 10th of December" ("and" makes a range only after "between": "the
/// 2nd and 4th of December" is a list).
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(between\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s*(to|-|until|till|and)\s*(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({MONTHS})\b"
    ))
});
/// "Thurs 26th", "the 3rd of December"; before a number, "sat" and "sun"
/// are the days ("back Sun 25th"), not a verb or the sky.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:({WEEKDAYS}|sat|sun)\s+(?:the\s+)?)?(\d{{1,2}})(st|nd|rd|th)?(?:\s+of)?(?:\s+({MONTHS}))?\b"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    // "May" is left out: "may 2" is more often a verb than a date.
    compile(
        r"\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\s+(\d{1,2})(?:st|nd|rd|th)?\b",
    )
});
/// The month said at the end of a range that a numbered day opens: "to
/// Friday 5th March".
static MONTH_AT_RANGE_END: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?:to|-|until|till)\s*(?:(?:{WEEKDAYS})\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+({MONTHS})\b"
    ))
});
static BIRTH_DATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(dob|d\.o\.b\.?|date of birth|born( on)?)\s*[:\-]?\s*$"));
/// "26/11", "26/11/26", "21.05.27" (a dotted date needs its year: `9.30`
/// is a time), or "on" before it: "filming is on 04.02".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b|\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})\b|\bon ((?:0[1-9]|[12]\d|3[01]))\.((?:0[1-9]|1[0-2]))\b",
    )
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:(next|this|a week on)\s+)?({WEEKDAYS})\b(\s+(?:evening|night))?"
    ))
});
/// A week on from a day: "a week tomorrow", "a week today", "Friday week".
static A_WEEK_FROM: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\ba week (?P<relative>today|tomorrow)\b|\b(?P<weekday>{WEEKDAYS}) week\b"
    ))
});
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(today|this morning|this afternoon|tonight|tomorrow|yesterday|last night|{TODAY_ABROAD}|{TOMORROW_ABROAD})\b"
    ))
});
/// Today and tomorrow in the other languages of the roster (Polish,
/// Romanian, Spanish, Portuguese, Italian, French, Urdu in Latin letters),
/// for the report a person checks: with their accents and without, except
/// where the accent ends the word ("amanhã"), which no word edge follows.
const TODAY_ABROAD: &str = "dzisiaj|dzis|azi|astazi|astăzi|hoy|hoje|oggi|aujourd'hui|aaj";
const TOMORROW_ABROAD: &str = "jutro|maine|mâine|mañana|amanha|domani|demain";

/// The sender promising news: a day said after it is when the news comes.
const NEWS_TO_COME: &str = r"let (you|u) (know|no)|update (you|u)|ring (you|u)|call (you|u)|contact (you|u)|inform you|tell (you|u)|keep (you|u) (posted|updated|informed)|(ring|call|phone|email) (you |u |(the )?(office|school) )?about";

/// Words before a day that make it not part of the absence.
static NOT_ABSENCE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b({NEWS_TO_COME}|(will|'ll|shall) (ring|call|phone|text|txt|email|message|msg)( in| again| (the )?(office|school))?|update|posted|(will|'ll|to|shall|they|we|gp|doctors?|consultant|nurse) (\w+ )?review|reassess|(text|message|email|call|letter|voicemail)s? (from|on|sent( on)?)|(replying|responding|answering|getting back|ringing|calling|phoning|texting|emailing)( you| to you| back)?|(ring|rang|call|called|phone|phoned|text|texted|message|messaged|email|emailed|reply|replied)( you| u| them| the school)? back|(i|we) (already )?(write|wrote|written|texted|emailed|e-mailed|messaged|rang|phoned|called|told you|informed you|let you know)( to)?( you| the school| the office| school)?|see how (he|she|they) (is|are|goes|feels?)|try to (bring|get|send) (him|her|them)( in)?|try( for| again)?|since|last|due|sort (out )?(school|things|something|it|arrangements)( out)? for|after school|(can't|cannot|couldn't|won't) see (him|her|them|us) (till|until|til|before)|no (exams?|tests?|mocks?|papers?|lessons?|pe|swimming|homework|practice|match) (till|until|til)|(the )?same( \w+){{0,2}} as|(at|for|after) (the )?(pick[- ]?up|drop[- ]?off|home ?time|school gate|gate)|no (money|credit|gas|electric\w*|heating|hot water|power|food|wifi|internet)\b[^.!?]{{0,30}}\b(until|till|til)|fingers crossed( for| about)?|(it|things|everything|that|life)('ll| will| should| would|'s| is)? (be |get |go )?back to normal|(get|gets|getting|got|am|i'm|we're|are) paid|pay ?day( is)?|(money|wages|benefits|universal credit|uc) (goes in|go in|comes in|come in|arrives|is paid))\s*(on|about|by|after|before|how)?\s*$",
    ))
});
/// An appointment not due until a day: "her asthma review with the nurse
/// isn't till the 26th" is the appointment's day, not the child's return.
static NOT_DUE_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(appointment|appt|review|clinic|check[- ]?up|scan|operation|op|test|results?|referral|assessment|meeting|consultation|follow[- ]?up)\b[^.!?\n]{0,30}\b(isn't|is not|'s not|not|won't be|wont be|will not be)( (due|booked|on|happening))? (until|till|til)\s*(the\s+)?$",
    )
});
/// A relative, or the sender, away until a day: "her mum's away with work
/// till Wednesday", "I'm out on the boat and can't get back in till
/// Thursday" is the grown-up's end, not the child's.
static RELATIVE_AWAY_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(({KIN})('s| is| are|'re| will be|'ll be)|i'm|i am|we're|we are|i'll be|i will be) (away|out|working|at work|at sea|on nights|abroad|in hospital|staying|visiting|on a course|offshore|stuck)\b[^.]{{0,40}}?\b(until|till|til)\s*(the\s+)?$",
        KIN = kinship::KIN
    ))
});
/// The sender promising news earlier in a length's clause: "I'll update
/// you on Friday about next week" (not "I wanted to let you know that we
/// are away the week of the 25th").
static NEWS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(i'll|ill|i will|we'll|we will|will|going to|shall) (\w+ )?({NEWS_TO_COME})\b"
    ))
});
/// A weekday told as the day something happened: "we got evicted on
/// Friday", "his dad got out of prison on Friday", "sorry I didn't reply
/// on Friday". A past form ends in "ed" after any letter but "e": "need",
/// "feed" and "bleed" are now.
static PAST_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(got|came|went|was|were|had|did|didn't|didnt|wasn't|wasnt|weren't|couldn't|hadn't|took|left|turned up|happened|started|broke|fell|hit|lost|rang|ran|forgot|found|saw|heard|gave|began|caught|slept|spent|kept|felt|woke|threw|sat|lay|held|bit|beat|stole|stood|struck|tore|shook|fought|hid|told (his |her |their |the |my )?(class )?(teacher|office|school|head|reception)|spoke|met|brought|bought|taught|\w*[a-df-z]ed)\b(\s+[\w']+){0,8}?\s+(on\s+|last\s+)?$",
    )
});
/// What happened to a child on a day named after it: sent home, seen by a
/// doctor, an operation, a fall ("had a small operation on her foot today").
static TOLD_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(sent home|sent (him|her|them) home|came home|collected|picked up|diagnosed|tested positive|seen by|taken to|fell|broke|passed away|died|",
        r"had (a |an |her |his |their )?(\w+ )?(operation|op|surgery|procedure))\b[^.,;!?]{0,30}$"
    ))
});
/// Past forms that plan a day rather than tell of one: "booked for Friday",
/// "the doctor has signed him off until Wednesday", "suspended for
/// Wednesday and Thursday", "can she be excused on Thursday and Friday".
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        // "Moved to Monday" plans the day; "his medication was changed on
        // Monday" tells what happened. So does "confirmed for Friday", but
        // not "the GP confirmed it on Friday".
        r"\b((re-?)?booked|planned|(re-?)?arranged|(re-?)?scheduled|invited|asked|needed|expected|supposed|allowed|granted|offered|organi[sz]ed|signed (\w+ )?off|confirmed( \w+)? (for|as)|(moved|changed)( \w+)? (to|till|until|for)|rearranged|postponed|wanted|hoped|decided|(suspended|excluded) (for|until|till|from)|excused|authori[sz]ed)\b",
    )
});
/// A day the child is in: "he is better now and in school today", "she's
/// ok today".
static ATTENDING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        // "She will be fine for Monday", "she will be in to sit the
        // English paper tomorrow".
        r"\b(is|are|'s|'re|and|now) (back )?(in|at|ok|okay|fine|alright|well)( school| class)?\s*$|\b(is|are|'s|'re) (still )?coming in\s*$|\bbe (absolutely |totally |perfectly )?(fine|ok|okay|alright|well enough) (for|on|by)( the)?\s*$|\b(will|'ll) (definitely )?be in( school)? (to|for) [^.,;!?]{0,40}$|\b(will|'ll) (definitely )?be in( school)? (all day|as normal|as usual)( on)?\s*$",
    )
});
/// Whether the text says the child is fine or in on the day the message is
/// about, once the school day it was sent on is over ("she will be fine for
/// Monday", sent on a Friday evening).
pub fn in_on_the_day_about(scan: &DayScan, day: &MessageDay, calendar: &Calendar) -> bool {
    if !day.day_over || scan.written.is_empty() {
        return false;
    }
    let anchor = weekday_anchor(day);
    scan.words(day.today).iter().any(|word| {
        ATTENDING_DAY.is_match(just_before(scan.lower, word.start, 40))
            && resolve(word.kind, anchor, calendar) == Some(day.default_day)
    })
}

/// "And back in school Monday": in again on a day to come is the day back.
static BACK_IN: LazyLock<Regex> = LazyLock::new(|| compile(r"\bback (in|at)( school| class)?\s*$"));

fn back_on_a_day_to_come(before: &str, word: &DayWord, lower: &str) -> bool {
    BACK_IN.is_match(before) && !TODAY_NAMED.is_match(&lower[word.start..word.end])
}

/// "Today she is better and is in school": the words after a day say the
/// child is in on it.
static IN_SCHOOL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "We're off to my mum's in Spain" is somewhere else.
        r"^\W*(he|she|they|\w+)('s| is| are|'re)\b[^.,;!?]{0,30}?\b(in school|at school|in class|back in|back at school|(and|but|so|now) (is|are) in( school| class| today| as normal)?\s*([.,;!?]|$))",
        // "Much brighter this morning and will be in as usual": in, said
        // to the end of the clause ("off today and will be in tomorrow" is
        // a day away, then one in).
        r"|^\W*(and|so|but)\s+((he|she|they) )?(will|'ll|is going to|are going to) be in( school| class)?( as (usual|normal))?\s*([.,;!?]|$)",
        // "Today is better and he come to school".
        r"|^\W*(is |he's |she's |they're |he is |she is |they are )?(better|fine|well)\b[^.;!?]{0,30}?\b(come|comes|came|goes|went|going) (in)?to school\b",
        // "Tomorrow inshallah come", "tomorrow god willing he will come".
        r"|^\W*(inshallah|insha'?allah|in sha allah|god willing)\s+(he |she |they |\w+ )?(will )?(come|comes|coming)\b"
    ))
});
/// The evening or night of a day, after its name: outside school hours
/// ("the first flight is tomorrow evening", "we'll drive down on Thursday
/// after school").
/// A day said to have no school: "back monday as tomorrow is inset
/// anyway".
static NO_SCHOOL_THAT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^('s|\s+is|\s+will be|\s+being)\s+(an?\s+)?(inset|insett|training|staff training|teacher training|bank holiday|school holiday|holiday|closure)( day)?\b",
    )
});
static AN_EVENING: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s+(evening|night|teatime|after school|after pick ?up|at home time)\b")
});
/// A message of that day, not the day itself: "my mistake in this
/// morning's email".
static A_MESSAGE_OF_THE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^('s|’s|s) (\w+ )?(email|e-mail|message|text|call|letter|note|voicemail|post)\b")
});
/// A negation anywhere in the words it is asked of.
static ANY_NEGATION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(not|no|never|too|cannot|wont|cant)\b|n't\b"));
/// A day denied: "the dentist is on Thursday 4th, not Wednesday", "off
/// today but not Friday".
static DENIED: LazyLock<Regex> = LazyLock::new(|| compile(r"\bnot (on )?(the )?$"));
/// "The Tuesday", "on the Friday morning": a day already named, told again.
static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| compile(r"\bthe\s*$"));

/// "The Tuesday and the Wednesday": a day listed after another is a day of
/// its own, not one named before.
static THE_DAY_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\bthe ({WEEKDAYS})( (morning|afternoon))?,? (and|&|or|then) the\s*$"
    ))
});
/// Words before a child's last day in: "can she finish on", "breaks up
/// on", "her last day will be"; not the school's ("won't make the last
/// day tomorrow").
static LAST_DAY_IN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        // "Will not come back after 11th December".
        r"\b((won't|will not|not) (be )?(come|coming|be) back( to school| in)? after|(finish(es|ing)?( school)?|break(s|ing)? up)( (for|at) (christmas|xmas|easter|summer|the summer|the holidays?|half ?term|the (christmas|xmas|easter|summer) (holidays?|break)))?|(his|her|their|[a-z]+'s) last day( in school| at school| in)?( will be| is)?|last day( in school| at school| in)? (will be|is))\s+(on\s+)?(the\s+)?$",
    )
});
/// Something other than the child finishing: a suspension, a course of
/// treatment, a fast.
static A_THING_FINISHES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(suspension|exclusion|ban|course|antibiotics|treatment|medicine|tablets|isolation|quarantine|fast|fasting|shift|contract|placement|course of \w+) (finish(es|ing)?|ends?|is over)\s+(on\s+)?(the\s+)?$",
    )
});
static JOURNEY_HOME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(return (flight|journey)|flights? (back|home)|fly(ing)? (back|home)|flies (back|home)|lands?|landing|(get|getting|arrive|arriving|drive|driving|travel\w*) (back|home))\b(\s+(from|to)( \w+){1,2}?)?(\s+(is|on|will be))*\s*(the\s+)?$",
    )
});
/// "Until Thursday", and "till at least Weds": the least the parent
/// foresees is the end.
static UNTIL: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(until|till|til|'til|untill)(\s+at\s+least)?\s*(the\s+)?$"));
/// Not back before a day is back on it: "won't be back before Monday 12th
/// at the earliest", "not allowed back in before Thursday".
static NOT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(won't|wont|will not|not|can't|cannot|isn't)\b[^.!?\n]{0,30}\bbefore\s*(the\s+)?$")
});
/// "In" opening a clause before a day, in texting's shorthand: "wasnt
/// feeling well. in tmoz" is back tomorrow.
static IN_ALONE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[\s,]*(and |but |so )?(back )?in\s+$"));
/// Back on a day: "back Thursday", "he will go in on Monday", "return
/// for the new term on 5th January", "back in time for school on Monday",
/// "back with you tomorrow",
/// "back in school after half term on Monday 2nd November", "the girls
/// will be at school on Monday 25th".
static BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(back|bk|return|returning|resume|resumes|resuming|come|coming|be in|be at (school|class)|so see (you|u)( all| both)?|better|fine|ok|okay|alright|well enough|(get|bring|send|have) (him|her|them)( back( in)?| in)?|((both|all)( of them)?|is|are|'s|'re) in|(he'll|she'll|they'll|he will|she will|they will|will) (start( (big |high |secondary |new )?school)?|go in|go back|go to school)|return( to (school|class))? (will|should|would) be)\b(\s+with (you|u|you all|you both))?(\s+(school|to school|at school|in school|in|into school|to|for school|to normal))?(\s+again)?(\s+(as normal|as usual|like normal))?(\s+(in time |ready )?for (school|class|the (start of (the )?)?((new|next|spring|summer|autumn) )?term))?(\s+after (the )?(half[- ]?term|holidays?|hols|christmas|easter|break))?(\s+(on|by|for|from))?(\s+the)?\s*$",
    )
});
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(won't|will not|not|no|isn't|can't|cannot|(none|neither)( of them| of us| of (the|my|our) \w+)? will)\b(\s+(be|going|to|coming|come))*\s*$",
    )
});
/// A day in doubt, the doubt said before it: "maybe Friday", "will see how
/// she is for the party tomorrow", "will try him tomorrow".
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(probably|prob|probs|prolly|maybe|possibly|perhaps|hopefully|might|may|could be|i think|i reckon|see how (he|she|they|it)( is| are|'s|'re| feels?| goes| gets on)?|try (him|her|them|again)|inshallah|insha'?allah|god willing)\b(\s+[\w']+){0,5}\s*$",
    )
});
static YESTERDAY: LazyLock<Regex> = LazyLock::new(|| compile(r"\byesterday\b"));
/// Away yesterday besides today: "was off yesterday as well", "was also
/// at home yesterday", "Bilan stay home yesterday and today also",
/// "wasn't in yesterday or today". Not
/// "sick yesterday and today she's fine": the two days end the words.
static AWAY_YESTERDAY_TOO: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(was|were)( also)? (off|absent|home|at home|off school|not in|not in school) yesterday,? (as well|too|also|and today)\b|",
        r"\b(was|were) also (off|absent|home|at home|off school|not in|not in school) yesterday\b|",
        // "Wasn't in yesterday or today": neither day.
        r"\b(wasn't|weren't|was not|were not|hasn't been|haven't been|didn't come|did not come)( in| in school| at school| to school)? yesterday,? (or|nor|and) today\b|",
        r"\byesterday,? (and|&) (also )?today( (also|too|as well|again))?\s*([.,!?;\n]|$)|",
        r"\byesterday,? (and|&) today (also |too |again )?(at home|off|home|in bed)\b|",
        // "Was off yesterday with a bug ... she'll be off today too".
        r"\b(was|were) (off|absent|home|at home|off school|not in) yesterday\b[^\n]{0,160}?\b(off|home|at home|off school) today,? (too|as well|also|again)\b"
    ))
});
/// A hope said after the day: "back tomorrow hopefully", "nativity
/// tomorrow so fingers crossed", "I'll message Thursday if he's still sick".
static HEDGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^.!?\n]{0,25}?(\b(hopefully|fingers crossed|touch wood|all being well|we hope|i hope|i reckon|i think|i expect|i imagine|probably|prob|probs|prolly|maybe|if (he|she|they)('s| is| are)? (still )?(sick|ill|poorly|unwell|not well|better|well enough|feeling better))\b|🤞)",
    )
});
/// A day just after a hope: "today and tomorrow, maybe Friday" hopes
/// of Friday, not of tomorrow.
static A_DAY_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\W*((on|till|til|until|to|by|and) )?(the )?(mon|tue|wed|thu|fri|sat|sun|tomorrow|next|\d{1,2}(st|nd|rd|th)?\b)",
    )
});

/// Whether the words after a day hope of it.
fn hedged_after(after: &str) -> bool {
    HEDGE_AFTER
        .find(after)
        .is_some_and(|hope| !A_DAY_NEXT.is_match(&after[hope.end()..]))
        || SEE_RIGHT_AFTER.is_match(after)
}

/// A wait told straight after a day: "keeping him in today, tomorrow we
/// see", "tomorrow I try again" (not "today and tomorrow, then we'll see",
/// which keeps tomorrow).
static SEE_RIGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s*,?\s*(we|i)('ll| will| shall)? (see|try (again|(him|her|them)( again)?))\b")
});

/// What an ordinal counts when it names no day: "the 3rd time", "her 9th
/// birthday", "his 2nd year".
static COUNTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s*(times?|birthday|b'?day|bday|anniversary|year|place|go|attempt|week|days?)\b")
});
/// "1st" with no word before it that leads to a day is "first": "do I
/// need to come in for a meeting 1st" (not "back on the 1st", "Mon 1st").
static FIRST_AS_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(\b(the|on|from|till|til|until|to|by|and|or|before|after|since|for|back|off|wc|w/c|commencing|starting|start|thru|through)|[-–,/&])\s*$",
    )
});
/// An ordinal someone has is an age or a count, not a day: "it's her
/// 13th", "their 40th".
static OWNED: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(his|her|their|my|our|your)\s+$"));
/// "May" asking for the day, not doubting it: "please may Isla have
/// Friday 16th October off".
static ASKED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\bmay (i|we|\w+) (please )?(have|take|book|request|miss)\b(\s+[\w']+){0,2}\s*$")
});
static JOINER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[\s,(]*(and|or|&|to|-|until|till|through)?[\s,(]*$"));
static RANGE_JOINER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[\s,(]*(to|-|until|till|through|thru)[\s,(]*$"));
/// What joins days listed: "Mon, Wed and Fri", "on 16/6 at 1.45 and
/// again on 30/6" (each day's time may stand between).
static LIST_JOINER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(\s+at\s+\d{1,2}([.:]\d{2})?\s*(am|pm)?)?[\s,]*(and|&|or)?(\s+(again|also|then))?[\s,]*(on\s+)?(the\s+)?$",
    )
});
/// What comes just before the last day of a range: "... to Friday 26th".
static RANGE_END_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(to|until|till|til|through|thru)\s+(the\s+)?$|\w\s*-\s*$"));
/// A range on from a day: "from Saturday to Wednesday" (not "on Sunday to
/// meet the family").
static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(to|-|until|till|through)\s+(the\s+)?(\d|{WEEKDAYS}|next|end)\b"
    ))
});
static TOO: LazyLock<Regex> = LazyLock::new(|| compile(r"\btomorrow (as well|too|either|also)\b"));

static DAY_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(\d|one|two|three|four|five|a couple of)\s+(?:school\s+)?days?\b|\b(24|48|72)\s*(?:hours?|hrs?|h)\b|\bfor (?P<weeks>a|one|two|three|four|five|six|[1-9]) weeks?\b|\bfor a fortnight\b|\b(miss|missing|off|away|out|in hospital) (of school )?(for )?the next (?P<next_weeks>two|three|four|five|six|[2-9]) weeks\b",
    )
});
/// Words before a length that make it one already past.
static HAS_LASTED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(been|had|was|were|for the (last|past))\b[^.,;!?]{0,40}$"));
/// A thing taken away just before a length: "lost the xbox", "banned from
/// his phone", "grounded".
static PUNISHMENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(lost|loses|lose|losing|banned|confiscated|grounded)( from)?( (the|his|her|their|my))?( [\w']+){0,2}\s*$",
    )
});
/// A count measured from something that already happened: "GP said 5 days
/// from when the spots came", "a week since it started". It says when
/// the illness stops being catching, not how long from the first day away.
static COUNTED_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(from when|since|clear|free|after (the )?(last|sickness|vomiting|being sick|symptoms)|from (the )?(first )?(spots?|rash|symptoms)( (came|coming|appeared|appearing|started|starting))?)\b",
    )
});
/// Words after a past verb that turn to the absence to come: "was sick at
/// 5am so he'll be off for 48 hours", "had an operation so he's off the
/// rest of the week".
static TURNS_TO_WHAT_COMES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(will|'ll|won't|wont|going to|gonna|keep(ing)?|kept|be off|be in|stay(ing)?|(is|'s|are|'re|hes|shes|theyre) (off|home|at home|resting))\b",
    )
});
static REST_OF_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(rest of (the |this |that )?week|all (this|the) week|all week|(home|off|in bed|away|absent|out) (for )?the whole week|(off|in|away|absent|out|for) this week|for the week|(last|whole) week of term|week before (the )?(\w+ )?(half[- ]?term|holidays?|break|christmas|easter|summer))\b",
        // "Keep him off till the end of the week".
        r"|\b(until|till|til|to|through) (the )?end of (the|this) week\b",
        // "He will not come this week", "won't be back in school this week".
        r"|\b(won't|will not|not|isn't|can't) (be )?(come|coming|back|in)( in| in school| to school| at school| school)?( at all)? this week\b",
        // "I can't get the kids to school this week".
        r"|\b(can't|cannot|won't be able to|not able to) (get|take|bring) (him|her|them|the kids|the children|\w+ and \w+) (to school|in|into school) this week\b"
    ))
});
/// A whole week named by its start: "the week of 25th January", "w/c 8th
/// March", "week commencing Monday 1st".
static WEEK_OF: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(the week of|week (commencing|beginning|starting)|w/c|w\.c\.|wc)\s+(the\s+)?(\w+day\s+)?\d{{1,2}}(st|nd|rd|th)?(\s+of)?(\s+({MONTHS}))?\b"
    ))
});
/// Away to the term's last day: "off till the end of term", "for the rest
/// of the term", "won't be back before the end of term", "not back this
/// term", "back for the start of the summer term".
static TO_THE_END_OF_TERM: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((until|till|til|to|through|up to) (the )?(end|last day) of (the |this )?term|(for )?(the )?rest of (the |this )?term|",
        r"back (in school |at school )?before (the )?end of (the |this )?term|",
        // "Will miss the last week before half term" ends at half term.
        r"(will|'ll|going to|gonna) miss the (last|final) (week|two weeks|few days|days|fortnight)( of (the )?term|(?P<half> before (the )?half[- ]?term))?|",
        r"(off|away|out|absent) for the (last|final) few (days|school days) of (the )?term|",
        // "We fly on 15 July so the children miss the last days of school".
        r"(miss|misses|missing) the (last|final) (few )?(days|weeks) of (the )?(school|term|school year)|",
        r"(won't|will not|wont|not) (be )?(back|in)( in)?( school)? (again )?this term|",
        r"back (in school |at school |in the area |with you )?(for|at|in|by) the (start|beginning) of (the )?(next|new|(?P<season>summer|spring|autumn)) term)\b"
    ))
});
/// The start of the next term: "at the start of next term", "the first
/// two weeks of the summer term".
static START_OF_NEXT_TERM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(start|beginning|first (week|two weeks|few weeks|fortnight|few days|days?)) of (next|the next|the new|the summer|the spring|the autumn) term\b",
    )
});
/// "For the last week of term", "the week before half term", said before
/// that week: from its first school day (the rest of the week then runs to
/// the break).
static LAST_WEEK_BEFORE_A_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(last week of (the )?(this )?term|week before (the )?(\w+ )?((?P<half>half[- ]?term)|holidays?|break|christmas|easter|summer))\b",
    )
});
/// The last days before a break, counted back from it: "she'll miss the
/// last two days of term", "off for the final 3 days before half term",
/// "won't be in for the last two days" (said in the term's last week).
static LAST_DAYS_BEFORE_A_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "Will miss the last day of term": one day.
        r"\b(miss|off|away|out|absent|be in|in school)( for)? the (last|final) ((?P<count>\d|two|three|four|five|couple of) (school )?days|(school )?day)\b",
        r"(?P<break> (of|before) (the |this )?((?P<half>half[- ]?term)|term|holidays?|christmas|easter|summer))?"
    ))
});
/// Said of days to come, before "the last two days" with no break named:
/// "he's been off for the last two days" is history.
static TO_COME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(won't|wont|will|'ll|going to|gonna|not)\b[^.!?\n]{0,12}$"));
static GOES_BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\bbefore (she|he|they) (goes|go|can go|comes|come|can come) back\b")
});
static NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| compile(r"\bnext week\b"));
/// The whole of next week, whatever day in it is named too ("off all next
/// week, she's having her tonsils out on Monday").
static ALL_NEXT_WEEK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(all|the whole of|all of|for the whole of) next week\b"));
/// Back once this week is over ("back after the weekend", "won't be back
/// before next week", "off until the weekend"): away through the last
/// school day of this week.
static BACK_AFTER_THIS_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(back|return\w*)(\s+(to|in|at|into)( school)?)?(\s+(hopefully|probably))?\s+(after the weekend|next week)\b",
        r"|\b(?P<until>until|till|til|before) (after the weekend|next week)\b",
        // "Keeping her off until the weekend": through this week (not
        // "his dad works away till the weekend", another's time).
        r"|\b(off|home) (?P<to_the_weekend>until|till|til) the weekend\b"
    ))
});
/// Away from now through next week: "until the end of next week", "could
/// be the end of next week", "won't be back till after next week".
static THROUGH_NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(until|till|til|to|through|by|be) (the )?end of next week\b",
        r"|\b(back|return\w*|until|till|til)( (to|in|at)( school)?)? after next week\b"
    ))
});
/// "Won't be back next week": away then, not back.
static NOT_BACK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(won't|will not|not|isn't|can't|cannot)( be)?\s*$"));

/// Whether the text says the child is back once this week is over.
fn back_after_this_week(lengths: &Lengths) -> bool {
    let lower = lengths.lower;
    // "Won't be back until after the weekend" is back after it.
    lengths.says(Length::BackAfterThisWeek)
        && BACK_AFTER_THIS_WEEK.captures_iter(lower).any(|c| {
            c.name("until").is_some()
                || c.name("to_the_weekend").is_some()
                || c.get(0)
                    .is_some_and(|m| !NOT_BACK.is_match(&lower[..m.start()]))
        })
}
/// No end: "until further notice", and a stay "for some months"
/// (parsing.md's settled case); not a parent's own months away ("her mum
/// has gone back to Poland for a few months"). A child leaving the school
/// ("she will not come back to this school, she will go to school there")
/// has none either.
static OPEN_ENDED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(until|till) after (the )?(half[- ]?term|holidays?|easter|christmas|summer)\b|\bfurther notice\b|\b(back|home|return\w*) when the (work|job|season)( is| has)? (finish\w*|done|over|ends?|ended)\b|\b(until|till) (something|anything)('s| is| has been| gets)? (done|sorted)|\b(until|till|til) (i|we) (can )?(sort|get|have) (it|this|that|things|something)( sorted| out| fixed| done)?\b|\b(until|till) (it's|it is|this is|that's|things are|it gets|this gets) (sorted|resolved|dealt with)\b|\b(until|till|til) (things|it|everything|she|he|they) (calms?|settles?) down\b|\b(until|till|til) (i|we) (know|feel|are sure|am sure)( that)? (it's|it is|she's|he's|they're|she is|he is|they are|we're|we are) safe\b|\b(until|till|til) (it's|it is) safe\b|\bforeseeable future\b|\bindefinitely\b|\bfor the time being\b|\b(not|won't|will not|isn't|is not|aren't|are not) (be )?(coming|come) (in |back )?(to school |to this school |in |back )?any ?more\b|\b(won't|will not|not) be (coming|going) back (\w+ )?for a (long|good|very long) (time|while)\b|\b(don't|do not|not|no idea) (yet )?(know |sure )?(yet )?when (we|they)('ll| will| would| can| could| are|'re)? (be )?(back|returning|return|coming back|come back|come home|home|flying back|fly back|get back)\b|\bone[- ]way tickets?\b|\b((come|coming|be|get|fly|flying) back|return\w*) (after|in) (some|a few|several|many|few) months\b|\b((stay|stays|staying|remain|remains)( there| away| abroad| with (his|her|their|my|our|the) [\w' ]{1,25}?| in \w+( with (his|her|their|my|our|the) [\w' ]{1,25}?)?)?|be (there|away|abroad|in \w+)) for (some|a few|several|many) months\b|\b(out of|leav(e|es|ing)|left) (the |this )?school for good\b|\b(not|won't|will not|never) (be )?(come|coming|return|returning|be back|coming back)( back)? (to|at) (this|the|your) school( again| any ?more)?\s*([.,;!]|$)|\btake (him|her|them) off (the|your) (register|roll)\b|\bas long as it takes\b|\b(stay|stays|staying|live|lives|living) there (for good|permanently)\b|\b(go|goes|going|will go) to school there\b",
    )
});
/// Away "for the summer": through the school year's last day ("we're
/// travelling with the work for the summer"; not "the contract finished for
/// the summer").
static FOR_THE_SUMMER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(away|going|go|gone|travell?ing|fly|flying|flies|off|abroad|with us|leaving|leave)\b[^.]{0,60}?\bfor the summer\b",
    )
});
/// Back after a bank holiday: away through the last school day before it
/// ("off till after the bank holiday", "back after the May bank holiday").
static AFTER_THE_BANK_HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(until|till|til|back|return\w*|in school|be in)\b[^.]{0,20}?\bafter (the )?((early|late|spring|may|august|easter) )*bank holiday\b",
    )
});
/// Away until a break in the school year: "back after half term", "back
/// after the October holiday", "back in school after the Christmas
/// holidays", "until the Easter holidays", "finishes early for Christmas",
/// "keeping him off til after Xmas" (not "won't be back until after half
/// term", which gives no end).
static UNTIL_THE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"((?P<back_after>\b(back|return\w*|in school|be in)\b[^.]{0,20}?\bafter)|\b(until|till|til|up to)|",
        r"\b(off|home)\s+(until|till|til)\s+after|",
        r"\bfinish\w* (school |term )?early for)\s+(the )?",
        r"(((october|oct|february|feb|may|whitsun|autumn|spring) )?(half[- ]?term|holidays?|hols|break)|(?P<season>christmas|xmas|easter|summer)( (holidays?|hols|break))?)\b"
    ))
});
/// The fewest weekdays without school that make a half term, not an INSET
/// day or a bank holiday; and that make a holiday, not a half term.
const HALF_TERM_WEEKDAYS: u32 = 3;
const HOLIDAY_WEEKDAYS: u32 = 8;
/// Back in a month ("back in September"), or away until one ("out on the
/// road till October") or its end ("not back in the area until the end of
/// July").
static BACK_IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:(?:back|see you|return\w*)\b[^.]{{0,30}}?\b(?:in|at the end of|by|after|until|till|til|at the start of|at the beginning of|for the start of|for)|(?:back|return\w*)(?P<bare_end>\s+(?:the )?end of)|(?:away|off|out|on the road|travell?ing|abroad|with (?:us|me|the fair|the family)|taking (?:him|her|them|\w+) to)\b[^.]{{0,45}}?\b(?:until|till|til))(?P<end>\s+the end of)?\s+(?P<month>{MONTHS})\b"
    ))
});
/// Someone else's going back, already done: "since her mum went back to
/// Portugal in September" is no child's return.
static GONE_BACK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(went|gone|moved|flew|came|got)\s*$"));
/// A grown-up, not the child, away until a month: "his dad's away with the
/// army till May so it's just me".
static GROWN_UP_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(({KIN})('s| is| are|'re| will be|'ll be|'s been| has been)|i'm|i am|i'll be|i will be)\s*$",
        KIN = kinship::KIN
    ))
});

/// The ways a text says how long an absence lasts or when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    DayCount,
    RestOfWeek,
    WeekOf,
    GoesBack,
    NextWeek,
    BackAfterThisWeek,
    OpenEnded,
    BackInMonth,
    UntilTheBreak,
    ToTheEndOfTerm,
    ForTheSummer,
    AfterTheBankHoliday,
    LastDaysBeforeABreak,
}

impl Length {
    /// Every way, in the order declared: each one's place in
    /// [`LENGTHS_SAID`].
    const EVERY: [Length; 13] = [
        Length::DayCount,
        Length::RestOfWeek,
        Length::WeekOf,
        Length::GoesBack,
        Length::NextWeek,
        Length::BackAfterThisWeek,
        Length::OpenEnded,
        Length::BackInMonth,
        Length::UntilTheBreak,
        Length::ToTheEndOfTerm,
        Length::ForTheSummer,
        Length::AfterTheBankHoliday,
        Length::LastDaysBeforeABreak,
    ];

    /// Whether it may tell how long something went on ("been off all
    /// week") rather than how long the child is away.
    fn may_be_history(self) -> bool {
        matches!(self, Length::DayCount | Length::RestOfWeek)
    }

    fn pattern(self) -> &'static Regex {
        match self {
            Length::DayCount => &DAY_COUNT,
            Length::RestOfWeek => &REST_OF_WEEK,
            Length::WeekOf => &WEEK_OF,
            Length::GoesBack => &GOES_BACK,
            Length::NextWeek => &NEXT_WEEK,
            Length::BackAfterThisWeek => &BACK_AFTER_THIS_WEEK,
            Length::OpenEnded => &OPEN_ENDED,
            Length::BackInMonth => &BACK_IN_MONTH,
            Length::UntilTheBreak => &UNTIL_THE_BREAK,
            Length::ToTheEndOfTerm => &TO_THE_END_OF_TERM,
            Length::ForTheSummer => &FOR_THE_SUMMER,
            Length::AfterTheBankHoliday => &AFTER_THE_BANK_HOLIDAY,
            Length::LastDaysBeforeABreak => &LAST_DAYS_BEFORE_A_BREAK,
        }
    }
}

static LENGTHS_SAID: LazyLock<RegexSet> =
    LazyLock::new(|| set_of(&Length::EVERY.map(Length::pattern)));

/// Which lengths a piece of lower-case text says, from one pass over every
/// length pattern when first asked: most texts say none, and each rule asks
/// this before it searches with its own pattern.
#[derive(Clone)]
pub struct Lengths<'t> {
    lower: &'t str,
    /// Which of [`Length::EVERY`] the text says, by place: shared by the
    /// copies the days read from one scan keep, so the pass is made once
    /// whichever asks first.
    said: Rc<OnceCell<Vec<Length>>>,
}

impl<'t> Lengths<'t> {
    fn of(lower: &'t str) -> Self {
        Lengths {
            lower,
            said: Rc::new(OnceCell::new()),
        }
    }

    fn said(&self) -> &[Length] {
        self.said.get_or_init(|| {
            // Whether any pattern matches is a quicker pass than which do.
            if !LENGTHS_SAID.is_match(self.lower) {
                return Vec::new();
            }
            LENGTHS_SAID
                .matches(self.lower)
                .iter()
                .map(|i| Length::EVERY[i])
                // "Lives with us, maybe until the summer": a hedged length
                // is no certain part of the absence.
                .filter(|length| {
                    length.pattern().find_iter(self.lower).any(|m| {
                        let history =
                            length.may_be_history() && told_as_history(self.lower, m.range());
                        let before = &self.lower[clause_start(self.lower, m.start())..m.start()];
                        !history
                            && !HEDGE.is_match(before)
                            && !NEWS_BEFORE.is_match(before)
                            && !OUT_OF_A_LESSON.is_match(before)
                    })
                })
                .collect()
        })
    }

    /// Whether the text says a length this way: its pattern matches.
    fn says(&self, length: Length) -> bool {
        self.said().contains(&length)
    }

    /// Every length said, each way in turn.
    fn found(&self) -> impl Iterator<Item = regex::Match<'t>> + '_ {
        self.said()
            .iter()
            .flat_map(|length| length.pattern().find_iter(self.lower))
    }
}

/// Past words earlier in a length's clause: "he's been off all week", "ate
/// only crisps for two days" tell how long something went on, not how long
/// the child will be away; so does a symptom right before the length ("hot
/// and coughing 3 days").
static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(been|was|were|had|ate|did|went|(haven't|havent|hasn't|hasnt|not) (slept|eaten|been out|left the house))\b|\b(coughing|vomiting|wheezing|sneezing|throwing up|being sick)( for)?( the)?( (last|past))?\s*$",
    )
});

/// Whether the length said at `said` is told as what went on before (not
/// "was sick at 5am so he'll be off for 48 hours", "were away till Sunday
/// so she won't be in this week").
fn told_as_history(lower: &str, said: Range<usize>) -> bool {
    let start = clause_start(lower, said.start);
    HISTORY
        .find_iter(&lower[start..said.start])
        .last()
        .is_some_and(|past| !TURNS_TO_WHAT_COMES.is_match(&lower[start + past.end()..said.end]))
}

/// Whether the text names a day an absence could be on ("today",
/// "tomorrow", "Friday", "26/11").
pub fn names_a_day(days: &DayScan) -> bool {
    days.words(NaiveDate::default())
        .iter()
        .any(|w| !matches!(w.kind, DayKind::Past))
}

/// The first school day the text names, whatever it says of it ("will be
/// in school tomorrow"), if it names one.
pub fn first_day_named(days: &DayScan, day: &MessageDay, calendar: &Calendar) -> Option<NaiveDate> {
    let mut words = days.words(day.today);
    words.sort_by_key(|w| w.start);
    words
        .iter()
        .filter(|w| !matches!(w.kind, DayKind::Past))
        .find_map(|w| resolve(w.kind, weekday_anchor(day), calendar))
        .filter(|date| calendar.is_school_day(*date))
}

/// The words in the text that name a day or a length, in order: what
/// decided the dates.
pub fn day_phrases(days: &DayScan) -> Vec<String> {
    let lower = days.lower;
    let mut found: Vec<(usize, &str)> = days
        .words(NaiveDate::default())
        .iter()
        .map(|w| (w.start, &lower[w.start..w.end]))
        .collect();
    found.extend(days.lengths().found().map(|m| (m.start(), m.as_str())));
    found.sort_unstable();
    found.dedup();
    found
        .into_iter()
        .map(|(_, words)| words.to_string())
        .collect()
}

/// Whether the text says how long ("48hrs", "for two days", "the rest of
/// the week", "before she goes back").
pub fn names_a_duration(lengths: &Lengths) -> bool {
    [
        Length::DayCount,
        Length::RestOfWeek,
        Length::WeekOf,
        Length::GoesBack,
        Length::UntilTheBreak,
        Length::ToTheEndOfTerm,
        Length::ForTheSummer,
        Length::AfterTheBankHoliday,
        Length::LastDaysBeforeABreak,
    ]
    .into_iter()
    .any(|length| lengths.says(length))
        || back_after_this_week(lengths)
}

/// Whether lower-case text names a day of return after the day the
/// message is about ("she'll be back tomorrow" sent in the morning): the
/// days before it are time off.
pub fn back_after_the_default_day(days: &DaysNamed, day: &MessageDay, calendar: &Calendar) -> bool {
    days_back(days, day, calendar).any(|back| back > day.default_day)
}

/// The days of return the text names.
fn days_back<'d>(
    days: &'d DaysNamed,
    day: &MessageDay,
    calendar: &'d Calendar,
) -> impl Iterator<Item = NaiveDate> + 'd {
    let anchor = weekday_anchor(day);
    days.mentions
        .iter()
        .filter(|m| m.role == Role::Back)
        .filter_map(move |m| resolve(m.kind, anchor, calendar))
}

/// Whether text sent on a day without school ("back on Monday" in half
/// term) names the first school day as the day of return, and no day
/// away: the child misses no school.
pub fn back_on_the_first_school_day(
    days: &DaysNamed,
    day: &MessageDay,
    calendar: &Calendar,
) -> bool {
    !calendar.is_school_day(day.today)
        && days.mentions.iter().all(|m| m.role != Role::Away)
        && days_back(days, day, calendar).any(|back| back == day.default_day)
}

/// The days a piece of lower-case text names, read once for the day the
/// message arrived: the span, the separate days and the days named away
/// are all worked out from this one reading (each day word's role is
/// several patterns on the words before it).
pub struct DaysNamed<'t> {
    lower: &'t str,
    /// A day word names a day already past ("yesterday", "last night").
    looks_back: bool,
    mentions: Vec<DayMention>,
    lengths: Lengths<'t>,
}

impl<'t> DaysNamed<'t> {
    /// The days of scanned text, for the day the message arrived.
    pub fn read(days: &DayScan<'t>, day: &MessageDay) -> Self {
        let lower = days.lower;
        let words = days.words(day.today);
        let looks_back = words.iter().any(|w| matches!(w.kind, DayKind::Past));
        DaysNamed {
            lower,
            looks_back,
            mentions: mentions(lower, words, day.day_over),
            lengths: days.lengths.clone(),
        }
    }
}

impl DaysNamed<'_> {
    /// Whether the text names a day it tells of, not one gone by in passing
    /// ("he came home on Friday smiling").
    pub fn tells_of_a_day(&self) -> bool {
        !self.mentions.is_empty()
    }

    /// Whether the text names a day away and a later day back: "taking
    /// her to Pakistan on Monday 22nd March ... she will be in school on
    /// Monday 19th April". Words of the child in school then tell the
    /// return, not a child in now.
    pub fn away_then_back(&self) -> bool {
        let on = |role: Role| self.mentions.iter().any(|m| m.role == role);
        on(Role::Away) && on(Role::Back)
    }

    /// Whether the text says when an absence ends: a length ("off all
    /// week") or a day back ("back Thursday").
    pub fn names_an_end(&self) -> bool {
        names_a_duration(&self.lengths)
            || self
                .mentions
                .iter()
                .any(|m| matches!(m.role, Role::Back | Role::LastIn | Role::HomeOn))
    }

    /// Whether every day named falls where there is no school (a holiday, a
    /// training day): "her booster jab on the 27th", in half term, misses
    /// none. Not a span's ends ("flying Saturday 3rd July back Sunday
    /// 18th"): the school days between them are away.
    pub fn only_days_without_school(&self, day: &MessageDay, calendar: &Calendar) -> bool {
        let anchor = weekday_anchor(day);
        // "Coming in today, and her jab is on the 27th": a day the child is
        // in is no day the reason falls on.
        let away: Option<Vec<NaiveDate>> = self
            .mentions
            .iter()
            .filter(|m| !ATTENDING_DAY.is_match(just_before(self.lower, m.start, 40)))
            .map(|m| resolve(m.kind, anchor, calendar))
            .collect();
        let Some(away) = away else {
            return false;
        };
        let (Some(&first), Some(&last)) = (away.iter().min(), away.iter().max()) else {
            return false;
        };
        // An end named ("flying on the 19th and back on the 3rd") misses
        // no school only when no school day lies between the first day and
        // the last: the whole trip inside the Christmas holiday.
        away.iter().all(|date| !calendar.is_school_day(*date))
            && (!self.names_an_end() || calendar.school_days_between(first, last).is_empty())
    }

    /// Yesterday, when it was a school day and the text, in no reply to a
    /// chase, names it and no day away to come: an absence told after the
    /// fact ("had the dentist yesterday afternoon, sorry I forgot").
    pub fn only_yesterday(&self, day: &MessageDay, calendar: &Calendar) -> Option<NaiveDate> {
        let yesterday = day.today.pred_opt()?;
        (day.chased_day.is_none()
            && self.looks_back
            && self.certain(Role::Away).next().is_none()
            && YESTERDAY.is_match(self.lower)
            && calendar.is_school_day(yesterday))
        .then_some(yesterday)
    }

    /// Yesterday, when it was a school day the text says the child was away
    /// as well as today ("he was off yesterday as well"): the absence
    /// began then.
    fn away_yesterday_too(&self, day: &MessageDay, calendar: &Calendar) -> Option<NaiveDate> {
        let yesterday = day.today.pred_opt()?;
        (self.looks_back
            && day.default_day == day.today
            && self.lower.contains("yesterday")
            && AWAY_YESTERDAY_TOO.is_match(self.lower)
            && calendar.is_school_day(yesterday))
        .then_some(yesterday)
    }

    /// The days named in `role`, not hedged.
    fn certain(&self, role: Role) -> impl Iterator<Item = &DayMention> + Clone {
        self.mentions
            .iter()
            .filter(move |m| m.role == role && !m.hedged)
    }
}

/// Next week said as what follows the days named before it: "he'll miss
/// Friday and then all of next week", "Thursday, then next week too".
static THEN_NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(then|and|plus|followed by)( then)?( also)?( (for|off|miss|need|needs))?",
        r"( (all|all of|the whole of|the rest of))?( the)? next week\b"
    ))
});

/// A weekday named beside "next week" is that day of next week
/// (`next_monday`'s), not the next one to come; named before next week is
/// added to it, it is this week's.
fn in_the_week_said(
    mention: &DayMention,
    date: NaiveDate,
    next_monday: Option<NaiveDate>,
    lower: &str,
) -> NaiveDate {
    match (mention.kind, next_monday) {
        (DayKind::Weekday { .. }, Some(monday))
            if !THEN_NEXT_WEEK.is_match(&lower[mention.end..]) =>
        {
            into_week_of(date, monday)
        }
        _ => date,
    }
}

/// The date a day word names, counting from `from` (a weekday: the next
/// one on or, when `strictly`, after it).
fn counted_from(
    kind: DayKind,
    from: NaiveDate,
    strictly: bool,
    calendar: &Calendar,
) -> Option<NaiveDate> {
    match kind {
        // "Until a week on Monday" is fixed by the day sent, not counted on
        // again from the absence's first day.
        DayKind::Weekday {
            day,
            weeks_on,
            not_before: Some(first),
        } => weekday_after(first.max(from), day, false, weeks_on),
        DayKind::Weekday { day, weeks_on, .. } => weekday_after(from, day, strictly, weeks_on),
        kind => resolve(kind, from, calendar),
    }
}

/// The days a piece of lower-case text reports a child away.
pub fn span(days: &DaysNamed, day: &MessageDay, calendar: &Calendar) -> DaySpan {
    let DaysNamed {
        lower,
        looks_back,
        ref mentions,
        ref lengths,
    } = *days;
    let weekday_anchor = weekday_anchor(day);
    let next_monday = next_monday(lengths, day);
    let history = |m: &DayMention| today_told_as_past(lower, m, mentions, day);
    let away_mentions = days.certain(Role::Away).filter(move |m| !history(m));
    // "Thursday and Friday next week", "a matinee next week, on Wednesday
    // 23rd June": the days named, not the whole week.
    let weekdays_named = away_mentions
        .clone()
        .any(|m| matches!(m.kind, DayKind::Weekday { .. } | DayKind::Date(_)));
    let last_days_in = days
        .certain(Role::LastIn)
        .filter_map(|m| resolve(m.kind, weekday_anchor, calendar))
        .filter_map(|last| calendar.next_school_day(last));
    let away: Vec<NaiveDate> = away_mentions
        .filter_map(|m| {
            let date = resolve(m.kind, anchor_of(m, mentions, weekday_anchor), calendar)?;
            let date = in_the_week_said(m, date, next_monday, lower);
            // A range that ends on a day with no school ("from Monday 8th
            // March to Friday 26th March", the holiday's first day) ends
            // on the school day before it.
            Some(match calendar.is_school_day(date) {
                false if RANGE_END_BEFORE.is_match(&lower[..m.start]) => calendar
                    .previous_school_day(date)
                    .filter(|last| *last >= day.today)
                    .unwrap_or(date),
                _ => date,
            })
        })
        .chain(last_days_in)
        .collect();
    let next_week = next_monday
        .filter(|_| !weekdays_named || ALL_NEXT_WEEK.is_match(lower))
        .map(|_| first_school_day_of_next_week(day.today, calendar));
    // "Off tomorrow and all next week", said on a Thursday: from the day
    // named when it runs straight on into next week, or when the rest of
    // its week is said too ("the op is on Wednesday, then off the rest of
    // the week and all next week").
    let rest_of_week = lengths.says(Length::RestOfWeek);
    // "Off the rest of this week and all next week", no day named: from
    // the day the message is about.
    let rest_from = (rest_of_week && away.is_empty()).then_some(day.default_day);
    let runs_into = |first: NaiveDate| {
        away.iter()
            .copied()
            .chain(rest_from)
            .filter(|d| {
                *d < first
                    && (calendar.next_school_day(*d) == Some(first)
                        || rest_of_week
                            && end_of_week(*d, calendar)
                                .and_then(|end| calendar.next_school_day(end))
                                == Some(first))
            })
            .min()
            .unwrap_or(first)
    };
    // "Until the end of next week" starts now and ends then.
    let mut from = next_week
        .flatten()
        .map(runs_into)
        .filter(|_| !THROUGH_NEXT_WEEK.is_match(lower))
        .or_else(|| last_week_before_a_break(lower, &away, day, calendar))
        .or_else(|| {
            let (first, _) = last_days_before_a_break(lengths, day.default_day, calendar)?;
            away.is_empty().then_some(first.max(day.default_day))
        })
        .or_else(|| start_of_next_term(lower, &away, day, calendar))
        .unwrap_or_else(|| first_day(&away, day, calendar));
    // A reply to a chase that names its days means those days ("Diya is
    // ill today" is today); the chased day joins them only when the
    // message also looks back ("sick yesterday and still sick today").
    // "Tomorrow as well" adds to the day the message is about.
    match day.chased_day {
        Some(chased) if looks_back => from = from.min(chased),
        _ if TOO.is_match(lower) => from = from.min(day.default_day),
        _ => {}
    }
    let to = last_day(
        days,
        from,
        &away,
        calendar,
        next_week.flatten(),
        this_weeks_end(lengths, day, calendar),
    )
    .map(|t| t.max(from));
    // "He was off yesterday as well": the absence began the day before
    // the one it is counted from.
    let from = match days.away_yesterday_too(day, calendar) {
        Some(yesterday) if from == day.today => yesterday,
        _ => from,
    };
    let from = match off_since_in_reply(lower, day, calendar) {
        Some(since) if since < from => since,
        _ => from,
    };
    leave_out_excepted(days, day, calendar, DaySpan { from, to })
}

/// A stretch with a day at either end left out ("off all week apart from
/// Friday"): it ends the school day before, or begins the one after. A day
/// left out of the middle is no single stretch, and the span stands for a
/// person to split.
fn leave_out_excepted(
    days: &DaysNamed,
    day: &MessageDay,
    calendar: &Calendar,
    mut span: DaySpan,
) -> DaySpan {
    let anchor = weekday_anchor(day);
    for excepted in days
        .certain(Role::Except)
        .filter_map(|m| resolve(m.kind, anchor, calendar))
    {
        let to = span.to.unwrap_or(span.from);
        if excepted == to && to > span.from {
            span.to = calendar.previous_school_day(to).filter(|d| *d >= span.from);
        } else if excepted == span.from && to > span.from {
            span.from = calendar.next_school_day(span.from).unwrap_or(span.from);
        }
    }
    span
}

/// The child's illness or absence told as running since a day of the past
/// week: "he's been off since Monday", "hes had d and v since monday",
/// "a virus since yesterday". Not since a night ("a temperature since
/// Wednesday night"), after which the child may well have been in.
static OFF_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(he|she|they|\w+)('s|'ve| has| have)( both| all)? (been (off|home|at home|ill|sick|poorly|unwell|bad|in bed|being sick|vomiting)|had)\b[^.!?\n]{0,40}?",
        r"\bsince (last )?(?P<day>yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(rs?)?|fri|sat|sun)\b",
        r"(?P<night> (night|evening|teatime|tea time))?"
    ))
});

/// Away every day of this week so far, told in the past: "he's not been
/// in all week", "they've been off the whole week". Not the sender's own.
static OFF_ALL_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(he|she|they|\w+)(('s|'ve| has| have)( both| all)? (not been (in|at school|in school|to school)|been (off|home|at home|ill|sick|poorly|unwell|in bed|off sick|off school))|( hasn't| haven't| has not| have not) been (in|at school|in school|to school))( school)? (all|the whole|this whole) week\b",
    )
});

/// In a reply to a chase, the first school day of an illness or absence
/// the text says has run since a day of the past week: the chase asks
/// about days already missed, so the reply's absence began then. Not the
/// sender's own ("I've been in hospital since yesterday").
fn off_since_in_reply(lower: &str, day: &MessageDay, calendar: &Calendar) -> Option<NaiveDate> {
    day.chased_day?;
    // "Sorry he's not been in all week": since the week began.
    if OFF_ALL_WEEK.is_match(lower) {
        return calendar
            .school_day_on_or_after(week_of(day.today))
            .filter(|d| *d < day.today);
    }
    if !lower.contains("since") {
        return None;
    }
    OFF_SINCE
        .captures_iter(lower)
        .filter(|c| !matches!(&c[1], "i" | "we") && c.name("night").is_none())
        .filter_map(|c| {
            let said = &c["day"];
            let date = if said == "yesterday" {
                day.today.pred_opt()?
            } else {
                resolve(DayKind::WeekdayGone(weekday_of(said)?), day.today, calendar)?
            };
            calendar
                .school_day_on_or_after(date)
                .filter(|d| *d < day.today)
        })
        .min()
}

/// "Jamie was pushed down the stairs at lunchtime today ... he won't be in
/// on Monday", "her licence came through this morning ... a week on
/// Monday": today, named in a clause telling what happened and not of an
/// absence, is past, when the text names another day or the school day
/// is over; so is today named beside another day once the school day is
/// over, unless its clause reports an absence ("she was off today").
fn today_told_as_past(
    lower: &str,
    mention: &DayMention,
    mentions: &[DayMention],
    day: &MessageDay,
) -> bool {
    let is_today = |m: &DayMention| matches!(m.kind, DayKind::Date(d) if d == day.today);
    if !is_today(mention) {
        return false;
    }
    let another_day = mentions
        .iter()
        .any(|m| !is_today(m) && matches!(m.role, Role::Away | Role::Back));
    let (start, end) = clause_around(lower, mention.start, mention.end);
    // "She came out in a rash this afternoon", sent once the school day is
    // over: when it started, not a day away.
    let clause = &lower[start..end];
    ((another_day && PAST_EVENT.is_match(&lower[start..mention.start]) || day.day_over)
        && !speaks_of_absence(clause))
        // "Late tomorrow ... from today there is a court order", sent once
        // the school day is over: today is gone, another day is the one.
        || (day.day_over && another_day && !signals::reports_absence(clause))
}

/// The day a weekday named counts from: the last date named before it
/// ("finish on Wednesday 26th May, we fly on Thursday" is the 27th), else
/// `anchor`.
fn anchor_of(mention: &DayMention, mentions: &[DayMention], anchor: NaiveDate) -> NaiveDate {
    let DayKind::Weekday { day, .. } = mention.kind else {
        return anchor;
    };
    let Some((date, role)) = mentions
        .iter()
        .filter(|m| m.end <= mention.start)
        .filter_map(|m| match m.kind {
            DayKind::Date(date) => Some((date, m.role)),
            _ => None,
        })
        .next_back()
        .filter(|(date, _)| *date > anchor)
    else {
        return anchor;
    };
    // "The funeral is on Friday 16th, so we're taking them out on Thursday
    // and Friday": a day away in the week of a date away is that week's.
    let same_week = weekday_after(anchor, day, false, 0)
        .is_some_and(|plain| plain.iso_week() == date.iso_week());
    match role == Role::Away && mention.role == Role::Away && same_week {
        true => anchor,
        false => date,
    }
}

/// The day a weekday name counts from: tomorrow once the school day is
/// over ("Monday" said on a Monday evening is next Monday).
fn weekday_anchor(day: &MessageDay) -> NaiveDate {
    if day.day_over {
        day.today.succ_opt().unwrap_or(day.today)
    } else {
        day.today
    }
}

/// A school day a message names as a day away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedDay {
    pub date: NaiveDate,
    pub words: String,
    /// It closes a range opened by the day named before it ("Monday to
    /// Wednesday"), rather than being listed beside it ("Tuesday 6th and
    /// Thursday 8th") or said elsewhere.
    pub ends_range: bool,
    /// It is listed beside the day named before it, joined by a comma or
    /// "and" ("Mon, Wed and Fri").
    pub listed: bool,
}

/// The school days lower-case text names as days away (not days back, not
/// hedged, not past), in the order said; weekdays of next week when it
/// says "next week" ("Mon, Wed and Fri next week").
pub fn named_away_days(days: &DaysNamed, day: &MessageDay, calendar: &Calendar) -> Vec<NamedDay> {
    // Most texts name no day: no lengths or ranges to read for them.
    if days.mentions.is_empty() {
        return Vec::new();
    }
    let lower = days.lower;
    let anchor = weekday_anchor(day);
    let next_monday = next_monday(&days.lengths, day);
    let mut named = Vec::new();
    let mut previous_end: Option<usize> = None;
    let range_ends = range_ends(lower);
    for mention in &days.mentions {
        let joined_by = |joiner: &Regex| {
            previous_end.is_some_and(|end| {
                end <= mention.start && joiner.is_match(&lower[end..mention.start])
            })
        };
        // "Between the 8th and the 10th": a range, though joined by "and".
        let ends_range = joined_by(&RANGE_JOINER) || range_ends.contains(&mention.start);
        let listed = !ends_range && joined_by(&LIST_JOINER);
        previous_end = Some(mention.end);
        if mention.role != Role::Away
            || mention.hedged
            || today_told_as_past(lower, mention, &days.mentions, day)
        {
            continue;
        }
        let date = resolve(mention.kind, anchor, calendar)
            .map(|date| in_the_week_said(mention, date, next_monday, lower));
        if let Some(date) = date.filter(|d| calendar.is_school_day(*d)) {
            named.push(NamedDay {
                date,
                words: lower[mention.start..mention.end].to_string(),
                ends_range,
                listed,
            });
        }
    }
    named
}

/// Every school day after `after` that the text names as a day away, days
/// told in passing among them, with where its words are: for checking a
/// conclusion against days the absence's dates left aside ("her pre-op is
/// on Tuesday 8th at 2pm").
pub fn school_days_away_after(
    scan: &DayScan,
    day: &MessageDay,
    after: NaiveDate,
    calendar: &Calendar,
) -> Vec<(NaiveDate, Range<usize>)> {
    let anchor = weekday_anchor(day);
    mentions_with_days_in_passing(scan.lower, scan.words(day.today), day.day_over)
        .into_iter()
        .filter(|mention| mention.role == Role::Away && !mention.hedged)
        .filter_map(|mention| {
            let date = resolve(mention.kind, anchor, calendar)?;
            (date > after && calendar.is_school_day(date))
                .then_some((date, mention.start..mention.end))
        })
        .collect()
}

/// Separate days listed as days away ("Mon, Wed and Fri", "the 3rd, 5th
/// and 9th", "Tuesday and Thursday next week"), when they are not one run
/// of school days and no range or length is said: each is its own absence.
/// Days away for `half_days` only ("collect him at 12 on Tuesday and
/// Wednesday") are separate even in one run: a span from one afternoon to
/// the next would take in the morning between. Empty otherwise.
pub fn separate_days(
    days: &DaysNamed,
    day: &MessageDay,
    calendar: &Calendar,
    half_days: bool,
) -> Vec<NaiveDate> {
    let named = named_away_days(days, day, calendar);
    let a_list = named.len() >= 2 && named[1..].iter().all(|d| d.listed);
    if !a_list || named.iter().any(|d| d.ends_range) || names_a_duration(&days.lengths) {
        return Vec::new();
    }
    let mut days: Vec<NaiveDate> = named.iter().map(|d| d.date).collect();
    days.sort();
    days.dedup();
    let one_run = days
        .windows(2)
        .all(|pair| calendar.next_school_day(pair[0]) == Some(pair[1]));
    match one_run && !half_days {
        true => Vec::new(),
        false => days,
    }
}

/// The first school day named, else the default day.
fn first_day(away: &[NaiveDate], day: &MessageDay, calendar: &Calendar) -> NaiveDate {
    let school_days = away.iter().filter(|d| calendar.is_school_day(**d));
    school_days
        .min()
        .copied()
        .or_else(|| {
            away.iter()
                .min()
                .and_then(|d| calendar.school_day_on_or_after(*d))
        })
        .unwrap_or(day.default_day)
}

fn last_day(
    days: &DaysNamed,
    from: NaiveDate,
    away: &[NaiveDate],
    calendar: &Calendar,
    next_week: Option<NaiveDate>,
    this_weeks_end: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let (lower, lengths) = (days.lower, &days.lengths);
    if lengths.says(Length::OpenEnded) {
        return None;
    }
    let mut candidates: Vec<NaiveDate> = away
        .iter()
        .copied()
        .filter(|d| calendar.is_school_day(*d))
        .chain(this_weeks_end)
        .collect();
    if let Some(said) = lengths
        .says(Length::BackInMonth)
        .then(|| BACK_IN_MONTH.captures(lower))
        .flatten()
        .filter(|c| {
            let before = &lower[..c.get(0).map_or(0, |m| m.start())];
            !GONE_BACK.is_match(before) && !GROWN_UP_AWAY.is_match(before)
        })
    {
        // Away until a month's end ("back the end of May"): back the first
        // of the next.
        let month = month_number(&said["month"])?;
        let to_its_end = said.name("end").or(said.name("bare_end")).is_some();
        let month = match to_its_end {
            true => month % 12 + 1,
            false => month,
        };
        let back = next_date(from, 1, month)?;
        let year_end = school_year_end(from, calendar);
        match back > year_end {
            // Until the end of July: the school year's last day.
            true if to_its_end => candidates.push(year_end),
            // Back in September: no end this school year.
            true => return None,
            false => candidates.extend(calendar.previous_school_day(back)),
        }
    }
    if lengths.says(Length::RestOfWeek) || lengths.says(Length::WeekOf) {
        candidates.extend(end_of_week(from, calendar));
    }
    if lengths.says(Length::ForTheSummer) {
        candidates.push(school_year_end(from, calendar));
    }
    if lengths.says(Length::AfterTheBankHoliday) {
        candidates.extend(last_school_day_before_break(from, 1, calendar));
    }
    if let Some((_, last)) = last_days_before_a_break(lengths, from, calendar) {
        candidates.push(last);
    }
    if lengths.says(Length::ToTheEndOfTerm) {
        candidates.extend(end_of_term(lower, from, calendar));
    }
    if lengths.says(Length::UntilTheBreak)
        && let Some(until) = UNTIL_THE_BREAK.captures(lower)
    {
        // "Back after the holiday" with no season named is the next break,
        // a half term too.
        let weekdays = match until.name("season") {
            Some(_) => HOLIDAY_WEEKDAYS,
            None => HALF_TERM_WEEKDAYS,
        };
        // "Won't be back til Weds 24th after half term", away from the
        // Monday back: the break named is already behind the first day.
        if until.name("back_after").is_none() || !just_after_a_break(from, weekdays, calendar) {
            candidates.extend(last_school_day_before_break(from, weekdays, calendar));
        }
    }
    if let Some(monday) = next_week {
        candidates.extend(end_of_week(monday, calendar));
    }
    let mut returns = days
        .mentions
        .iter()
        .filter(|m| m.role == Role::Back)
        .filter_map(|mention| counted_from(mention.kind, from, true, calendar))
        .filter(|back| *back > from)
        .peekable();
    // A day of return says more than a count ("for 3 weeks, back in
    // Monday 10th May").
    if returns.peek().is_none()
        && lengths.says(Length::DayCount)
        && let Some(count) = day_count(lower)
    {
        candidates.extend(match count {
            Count::SchoolDays(days) => calendar.nth_school_day_after(from, days.saturating_sub(1)),
            // "Off from 7 December for 3 weeks" ends with the week's
            // calendar days: a holiday inside them is not added on.
            Count::Weeks(weeks) => from
                .checked_add_days(Days::new(7 * u64::from(weeks)))
                .and_then(|after| calendar.previous_school_day(after))
                .filter(|last| *last >= from),
        });
    }
    // "Ryan's last day will be Wednesday 16th", said of a trip with no day
    // back: away until the break.
    let leaves_until_the_break =
        returns.peek().is_none() && days.certain(Role::LastIn).next().is_some();
    if leaves_until_the_break {
        candidates.extend(last_school_day_before_break(
            from,
            HALF_TERM_WEEKDAYS,
            calendar,
        ));
    }
    candidates.extend(returns.filter_map(|back| calendar.previous_school_day(back)));
    candidates.extend(
        days.certain(Role::HomeOn)
            .filter_map(|mention| counted_from(mention.kind, from, false, calendar))
            .filter(|home| calendar.is_school_day(*home)),
    );
    Some(candidates.into_iter().max().unwrap_or(from))
}

/// Every day named in the text, with its role in the absence; `day_over`
/// when it arrived after the school day.
fn mentions(lower: &str, words: Vec<DayWord>, day_over: bool) -> Vec<DayMention> {
    without_days_told_in_passing(lower, mentions_with_days_in_passing(lower, words, day_over))
}

/// Every day named in the text with its role, days told in passing kept.
fn mentions_with_days_in_passing(
    lower: &str,
    mut words: Vec<DayWord>,
    day_over: bool,
) -> Vec<DayMention> {
    words.sort_by_key(|w| w.start);
    let mut found: Vec<DayMention> = Vec::new();
    let mut previous: Option<(usize, Role, bool)> = None;
    // Where the last day said to be a day in school ended: "in as normal
    // Monday to Thursday" is in on all of them.
    let mut in_school_until: Option<usize> = None;
    for word in words {
        let before = &lower[clause_start(lower, word.start)..word.start];
        let joined_to_a_day_in = in_school_until
            .is_some_and(|end| end <= word.start && JOINER.is_match(&lower[end..word.start]));
        in_school_until = None;
        if joined_to_a_day_in {
            in_school_until = Some(word.end);
            previous = None;
            continue;
        }
        let joined = previous
            .filter(|(end, _, _)| *end <= word.start && JOINER.is_match(&lower[*end..word.start]));
        let (kind, role, hedged) = match joined {
            // "Off Thursday, Friday and today": gone like the day before it.
            Some((_, role, hedged)) => match (word.kind, found.last().map(|m| m.kind)) {
                (
                    DayKind::Weekday {
                        day, weeks_on: 0, ..
                    },
                    Some(DayKind::WeekdayGone(_)),
                ) => (DayKind::WeekdayGone(day), role, hedged),
                // "Today, tomorrow we see": the wait is the later day's.
                (kind, _) => (
                    kind,
                    role,
                    hedged || SEE_RIGHT_AFTER.is_match(&lower[word.end..]),
                ),
            },
            None => {
                let anaphoric = matches!(word.kind, DayKind::Weekday { .. })
                    && ANAPHORIC.is_match(before)
                    && !THE_DAY_LISTED.is_match(before);
                let happened = happened_on(lower, &word, before, day_over);
                let gone = happened.then(|| absence_gone(lower, &word)).flatten();
                if let Some(day) = gone {
                    (DayKind::WeekdayGone(day), Role::Away, false)
                } else if (ATTENDING_DAY.is_match(before)
                    && !back_on_a_day_to_come(before, &word, lower))
                    || in_school_after(lower, &word)
                {
                    in_school_until = Some(word.end);
                    previous = None;
                    continue;
                } else if anaphoric
                    || DENIED.is_match(before)
                    || NOT_ABSENCE_DAY.is_match(before)
                    || RELATIVE_AWAY_UNTIL.is_match(before)
                    || NOT_DUE_UNTIL.is_match(before)
                    || happened
                    || matches!(word.kind, DayKind::Past)
                    || is_lone_weekend_day(lower, &word)
                    || AN_EVENING.is_match(&lower[word.end..])
                    || NO_SCHOOL_THAT_DAY.is_match(&lower[word.end..])
                    || A_MESSAGE_OF_THE_DAY.is_match(&lower[word.end..])
                {
                    previous = None;
                    continue;
                } else {
                    (
                        word.kind,
                        role_of(
                            before,
                            &lower[word.end..],
                            matches!(word.kind, DayKind::Weekday { .. }),
                        ),
                        (HEDGE.is_match(before) && !ASKED_FOR.is_match(before))
                            || hedged_after(&lower[word.end..]),
                    )
                }
            }
        };
        previous = Some((word.end, role, hedged));
        found.push(DayMention {
            kind,
            role,
            hedged,
            start: word.start,
            end: word.end,
        });
    }
    same_day_with_its_date(&mut found);
    found
}

/// Words that speak of school, an absence, a return, being unwell or late,
/// or correct a day ("I mean Thursday").
static ABSENCE_TALK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(off|home|school|class|away|miss\w*|absent|absence|back|return\w*|last day|finish\w*|break(s|ing)? up|",
        // The journey that takes the child away: "we fly out on Friday".
        r"fly|flying|flies|flew|travel\w*|set(ting)? off|depart\w*|",
        r"(send|bring|take|get|sending|bringing|taking|getting) (him|her|them) in|be in|come in|coming in|go in|going in|in (by|for|at|after)|",
        // A stretch's opening day: "Simran and Arjan from 2nd November to
        // 6th November".
        r"from (mon|tue|wed|thu|fri|next|this|tomorrow|today|the \d|\d)\w*|",
        r"fine|ok|okay|well|sick|ill|poorly|unwell|better|rest\w*|recover\w*|late|arriv\w*|leave|collect\w*|pick\w* (him|her|them|\w+) up|mean|meant|",
        // "He'll stay at mine tomorrow": kept at someone's home.
        r"(stay|stays|staying|stop|stops|stopping) (at|with) (mine|ours|me|us))\b"
    ))
});

/// Whether a clause speaks of an absence, school, a return, being unwell
/// or late: by [`ABSENCE_TALK`] or by the words of absence themselves.
pub(super) fn speaks_of_absence(clause: &str) -> bool {
    ABSENCE_TALK.is_match(clause) || signals::reports_absence(clause)
}

/// "Kids won't be in today. Got no money for the electric till my payday
/// thurs": a day named after the absence, in a clause that speaks of
/// no absence, school, reason or return, is told in passing. A clause of
/// little but the day ("tomorrow too probably") speaks of the absence
/// around it, and days listed together share the first one's part.
fn without_days_told_in_passing(lower: &str, found: Vec<DayMention>) -> Vec<DayMention> {
    let Some(first) = found.first() else {
        return found;
    };
    let spans: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
    // "Kept her home. I'll sort it for tomorrow": an absence told, with no
    // day, before the first day named.
    let (first_clause, _) = clause_around(lower, first.start, first.end);
    let mut absence_told = speaks_of_absence(&lower[..first_clause]);
    // "Sam won't be in for the rest of term, we're moving to Cornwall on
    // Wednesday": told with a length that runs from now, so a day beside a
    // reason alone is the reason's.
    let runs_from_now = absence_told && {
        let before = Lengths::of(&lower[..first_clause]);
        [
            Length::RestOfWeek,
            Length::ToTheEndOfTerm,
            Length::ForTheSummer,
        ]
        .into_iter()
        .any(|length| before.says(length))
    };
    let speaks_of_it = |m: &DayMention| {
        let (start, end) = clause_around(lower, m.start, m.end);
        // The clause's words outside every day named ("Monday 12th to
        // Wednesday 21st July" is days and a joiner).
        let mut other_words = lower[start..end].split_whitespace().count();
        for &(from, to) in spans
            .iter()
            .filter(|(from, to)| start <= *from && *to <= end)
        {
            other_words = other_words.saturating_sub(lower[from..to].split_whitespace().count());
        }
        let clause = &lower[start..end];
        // "Won't be in this week, the funeral is Friday": with a length
        // running from now, a reason's own day is the reason's, however
        // short its clause.
        let names_a_reason =
            reason::names_a_reason(clause) || the_reason_just_named_falls_on(lower, start, m.start);
        let reasons_own_day = runs_from_now && names_a_reason;
        speaks_of_absence(clause)
            || (!reasons_own_day && (other_words <= 3 || (!runs_from_now && names_a_reason)))
    };
    let mut kept: Vec<DayMention> = Vec::with_capacity(found.len());
    for mention in found {
        let listed = kept.last().is_some_and(|p| {
            let between = &lower[p.end.min(mention.start)..mention.start];
            p.end <= mention.start && (JOINER.is_match(between) || LIST_JOINER.is_match(between))
        });
        let speaks = listed || speaks_of_it(&mention);
        if speaks || !absence_told {
            absence_told |= speaks;
            kept.push(mention);
        }
    }
    kept
}

/// "Off for Eid, which we expect to be on Wednesday 10th": a clause that
/// says when the thing just named falls.
static FALLS_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^\W*(which|that)\s+((we|i)\s+(expect|think|believe|reckon)\s+(it\s+)?(to|will|should)\s+|",
        r"(will|should|would|may|might|is (expected|due|meant|supposed) to)\s+)?(is|be|falls?)\s+(on\s+)?$"
    ))
});

/// Whether the clause from `start` says, up to the day at `day_start`,
/// when a reason named in the clause just before it falls.
fn the_reason_just_named_falls_on(lower: &str, start: usize, day_start: usize) -> bool {
    start > 1 && FALLS_ON.is_match(&lower[start..day_start]) && {
        let (before, _) = clause_around(lower, start - 2, start - 1);
        reason::names_a_reason(&lower[before..start])
    }
}

/// The clause a day word at `start..end` stands in, cut at punctuation,
/// but not inside a number ("at 1.30 on Thursday" is one clause).
fn clause_around(lower: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = lower.as_bytes();
    let cut = |i: usize| {
        let in_number = matches!(bytes[i], b'.' | b',')
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        matches!(bytes[i], b'.' | b'\n' | b'!' | b'?' | b';' | b',') && !in_number
    };
    let clause = between_breaks(lower, start, end, cut);
    (clause.start, clause.end)
}

/// "I meant Thursday ... it's Thurs 24th": a weekday the text also names,
/// in the same role, with one date is that date.
fn same_day_with_its_date(found: &mut [DayMention]) {
    let dated: Vec<(NaiveDate, Role)> = found
        .iter()
        .filter_map(|m| match m.kind {
            DayKind::Date(date) => Some((date, m.role)),
            _ => None,
        })
        .collect();
    for mention in found.iter_mut() {
        let DayKind::Weekday {
            day, weeks_on: 0, ..
        } = mention.kind
        else {
            continue;
        };
        let mut same = dated
            .iter()
            .filter(|(date, role)| date.weekday() == day && *role == mention.role);
        if let (Some((date, _)), None) = (same.next(), same.next()) {
            mention.kind = DayKind::Date(*date);
        }
    }
}

/// Whether the words after a day say the child is in school on it.
fn in_school_after(lower: &str, word: &DayWord) -> bool {
    IN_SCHOOL_AFTER
        .find(&lower[word.end..])
        .is_some_and(|said| !ANY_NEGATION.is_match(said.as_str()))
}

/// A clause told in the past after the day that opens it: "On Thursday two
/// boys in her class followed her", "on Friday afternoon at the park a man
/// touched her".
static TOLD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^.;!?]{0,50}?\b(was|were|had|did|came|went|got|took|told|said|saw|fell|broke|hit|held|bit|beat|stole|struck|tore|shook|fought|\w*[a-df-z]ed)\b",
    )
});
/// Only "on" or "last" before a day opening its clause, or a
/// conjunction opening it ("she told me that on Friday some boys ...").
static OPENS_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(^[\s,]*|\b(that|when|because|cos|and|but|then) )(on |last )?$"));

/// A weekday just before another in a list: "thursday, " before "friday".
static LISTED_DAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(monday|tuesday|wednesday|thursday|friday|mon|tues?|weds?|thurs?|fri)(,|,? and|,? &| and| &| or)\s*$",
    )
});

/// Whether a weekday is the day something already happened.
fn happened_on(lower: &str, word: &DayWord, before: &str, day_over: bool) -> bool {
    let after = &lower[word.end..];
    // Past words that plan a day or turn to what comes tell of nothing
    // that happened ("was booked for").
    let happened = |told: regex::Match| {
        !PLANNED.is_match(told.as_str()) && !TURNS_TO_WHAT_COMES.is_match(told.as_str())
    };
    // "Sorry I forgot, on Tuesday she was ...": the day opens the clause
    // after the comma.
    let clause_before = before.rsplit(',').next().unwrap_or(before);
    let told_after =
        || OPENS_CLAUSE.is_match(clause_before) && TOLD_AFTER.find(after).is_some_and(happened);
    // "Got a bruise in the rounders game in PE on Friday"; not "was sick
    // so he'll be off on Friday".
    let weekday = matches!(word.kind, DayKind::Weekday { .. });
    // "I've got the open day this Friday": had now, not a past event.
    let had_now = |told: &regex::Match| {
        told.as_str().starts_with("got") && HAVE.is_match(&before[..told.start()])
    };
    // "She is having her braces fitted on Tuesday": a participle of
    // something to be done, not done, right before its day.
    let to_be_done = |told: &regex::Match| {
        told.as_str().split_whitespace().count() <= 3
            && TO_HAVE_DONE.is_match(&before[..told.start()])
    };
    // "Was off Thursday, Friday and today": a day later in a list of days
    // is told as the first one is.
    let mut listed = before;
    while let Some(day_before) = LISTED_DAY_BEFORE.find(listed) {
        listed = &listed[..day_before.start()];
    }
    let past_event = PAST_EVENT
        .find(listed)
        .is_some_and(|told| !had_now(&told) && !to_be_done(&told) && happened(told));
    // "A massive bruise from rugby on Wednesday": the cause, gone by (not
    // "away from school on Monday").
    let from_an_event = || {
        FROM_AN_EVENT_ON.captures(before).is_some_and(|c| {
            !matches!(&c["what"], "school" | "class" | "lessons" | "home" | "work")
        })
    };
    (weekday && (past_event || told_after() || from_an_event() || APOLOGY_FOR.is_match(before)))
        // "Had an operation on the 29th": a date told as gone.
        || (matches!(word.kind, DayKind::Date(_)) && HAD_DONE_ON.is_match(before))
        // "Had her tonsils out this afternoon", told that evening: a part
        // of a school day gone by, told as when something was done, not as
        // a day away ("she had a migraine this morning and stayed at home"
        // and "was off today" are).
        || (day_over
            && PART_OF_TODAY.is_match(&lower[word.start..word.end])
            && past_event
            && !AWAY_THAT_DAY.is_match(before)
            && !AWAY_THAT_DAY.is_match(&lower[word.end..clause_around(lower, word.start, word.end).1]))
}

/// A lesson or a sport the child sits out, in school: "he can't do PE for
/// six weeks", "she mustn't get her ears wet for 2 weeks" is no length away.
static OUT_OF_A_LESSON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((can't|cannot|can not|won't|unable to|not allowed to|no|off|excused( from)?|sit out of|sitting out of|miss|missing) (do |doing |take part in |taking part in |join in |joining in )?(pe|p\.e\.|sport|sports|games|swimming|football|netball|rugby|gymnastics|dance|forest school|playtime|break ?time|contact sports?|water play)|(can't|cannot|mustn't|must not|not allowed to|not supposed to|shouldn't) get (his|her|their) (ears?|head|hair|cast|plaster|stitches|wound|dressing|arm|leg|foot|hand) wet)\b[^.!?]{0,25}$",
    )
});

/// Having something done, before its participle: "is having her braces",
/// "going to get his stitches".
static TO_HAVE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(having|getting|(to|will|'ll|going to|gonna) (have|get))( [\w']+){0,3}\s*$")
});

/// What an injury came from, just before its day: "from rugby on".
static FROM_AN_EVENT_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(bruise|bruised|hurt|injur\w*|sore|stiff|aching|knock|bang|cut|graze\w*)\b[^.!?]{0,40}\bfrom (the |a |his |her |their )?(?P<what>[a-z]+)( [a-z]+)? on\s*$",
    )
});

/// "Have" before "got": possession now ("i've got", "she has got").
static HAVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(\b(have|has|ive)|'ve|'s)\s*$"));

/// Something that happened to the child, just before a date: "had an
/// operation on the", "had a fall on".
static HAD_DONE_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(had|was|went) (a |an |her |his |their )?(\w+ )?(operation|op|surgery|procedure|fall|accident|admitted|discharged|taken in|in hospital)\b[^.,;!?]{0,12}\bon( the)?\s*$",
    )
});

/// Words that a child was away on a day gone by: "stayed at home", "was
/// off", "sent home".
static AWAY_THAT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(off|home|absent|absence|miss(ed|ing)?|(wasn't|weren't|was not|were not|not) in|didn't (come|go|make it)|kept (him|her|them)|stayed|sent|collected|picked (him|her|them) up)\b",
    )
});

/// Today, or a part of it, as the day word says it.
static PART_OF_TODAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(this (morning|afternoon|evening)|today)$"));

/// The child's absence itself, told as past: "Lena was off on Tuesday",
/// "on Tuesday she was with me at the consulate", "missed school on
/// Monday" (not "was sick on Monday night, off today").
static ABSENCE_GONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((was|were|wasn't|was not|weren't) (off|absent|away|home|at home|not in|in hospital|with (me|us|her \w+|his \w+))|(wasn't|was not|weren't|were not) in\b|",
        r"missed (school|the day|registration)|(didn't|did not|couldn't|could not) (come|go|get|make it)( in| to school)?|",
        r"(kept|stayed|stopped) (\w+ )?(off|home|at home))\b"
    ))
});

/// The weekday of a past absence told in a clause of its own, in a message
/// that names no day ahead: the absence the parent owns up to.
fn absence_gone(lower: &str, word: &DayWord) -> Option<Weekday> {
    let DayKind::Weekday {
        day, weeks_on: 0, ..
    } = word.kind
    else {
        return None;
    };
    let (start, end) = clause_around(lower, word.start, word.end);
    // "Sorry about Friday, ...": the day apologised for is the absence.
    let apologised = APOLOGY_FOR.is_match(&lower[..word.start]);
    // "She's in today" tells of no absence today; "she's still got the
    // flu, she was off Friday too" does.
    // A return to come ("should be back tomorrow") is no day ahead away.
    let ahead = DAY_AHEAD.find_iter(lower).any(|m| {
        !RETURN_BEFORE.is_match(just_before(lower, m.start(), 24))
            && !RETURN_AFTER.is_match(&lower[m.end()..])
    }) || (TODAY_NAMED.is_match(lower) && !signals::says_in_school(lower))
        || STILL_ILL.is_match(lower);
    (!ahead && (apologised || ABSENCE_GONE.is_match(&lower[start..end]))).then_some(day)
}

/// An apology for a day gone, or the child not in on it, just before the
/// day: "sorry about Friday", "she wasn't in on Monday".
static APOLOGY_FOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b((sorry|apologies|apologise) (about|for)( (his|her|their|\w+'s) absence| not (letting you know|{NOT_IN_TOUCH}))?( on| last)?|(wasn't|was not|weren't|were not) (in|at school)( on| last)?|missed (school|class)( on| last)?)\s*$",
        NOT_IN_TOUCH = signals::NOT_IN_TOUCH
    ))
});

/// Words of a day still to come.
static DAY_AHEAD: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(tomorrow|next week|will|won't|going to|'ll)\b"));
/// A return just before a day to come: "should be back tomorrow".
static RETURN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(back|return\w*|be in|in school|come in|coming in)( to school| in)?( on)?\s*$")
});
/// A return or a day in school just after the word of what comes: "will be
/// in today", "'ll be back tomorrow".
static RETURN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(be )?(back|in|in school|at school|coming in|come in|returning)\b( (on|today|tomorrow|as (normal|usual))\b|\s*[.,!;]|\s*$)",
    )
});
/// An illness that goes on today: "she's still got the flu".
static STILL_ILL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bstill (got |has |have |feeling |not )?(a |the |an )?(ill|poorly|sick|unwell|well|bad|flu|temp\w*|cold|cough|bug|virus|fever|rash|spots|infection|d ?& ?v|off)\b",
    )
});
static TODAY_NAMED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(today|this morning|this afternoon)\b"));

/// A Saturday or Sunday on its own ("cut his knee on Saturday", "we fly
/// back on Sunday") is never a school day missed; only as the start of a
/// range ("from Saturday to Wednesday") does it say when an absence begins.
fn is_lone_weekend_day(lower: &str, word: &DayWord) -> bool {
    let weekend = matches!(
        word.kind,
        DayKind::Weekday {
            day: Weekday::Sat | Weekday::Sun,
            ..
        }
    );
    weekend && !RANGE_AFTER.is_match(&lower[word.end..])
}

/// A return told after its day, in the same breath: "Monday he come
/// back", "Thursday she will be back", and with the subject left out as a
/// text leaves it: "Friday come back", "Tomorrow normal"; or said well
/// again: "Today he is better and come to school".
static BACK_AFTER_THE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^\s+(he|she|they|we)\s+(will |can |should )?((come|comes|coming|be|is|are) back\b|(come|comes|go|goes) (to )?school\b|(come|comes)\s*([.,!]|$)|(will |can |should )?be in( school| class)?(\s*[.,!?]|\s*$|\s+(as normal|as usual)))",
        r"|^\s+((come|comes) back|(as )?normal|as usual)\s*([.,!?]|$)",
        // "Today he is better and come to school".
        r"|^\s+(he|she|they)( is|'s| are|'re)? (better|fine|ok|okay|well)( now)?,? (and|so) ((he|she|they) )?(will |is |are |'s |'re )?(come|comes|coming|go|goes|going) (to )?(school|in)\b"
    ))
});

/// A return for the term's first day, then its date: "back for the start
/// of term on 12th April".
static BACK_FOR_THE_START: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(back|return\w*)( in school| at school)? (for|at) the (start|beginning) of (the )?(new |next |summer |spring |autumn )?term,? (on|which is|is)( the)?\s*$",
    )
});

/// A day left out of what is said before it: "all week apart from
/// Friday", "every day except Weds".
static EXCEPT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(apart from|except( for)?|other than|but not|bar|excluding)\s+(on\s+)?(the\s+)?$")
});

/// A day told as the soonest return: "48 hours clear, so Wednesday at the
/// earliest".
static AT_THE_EARLIEST: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\s+(\d+(st|nd|rd|th)|morning))?,?\s+at the (very )?earliest\b"));

/// The soonest journey home, said before its day: "the earliest they can
/// get us on is tomorrow".
static EARLIEST_JOURNEY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bthe (earliest|first|next) (flight|ferry|train|one|sailing|seat|they can get us|we can get)\b[^.!?]{0,30}\b(is|will be)\s*$",
    )
});

/// The end of a clearance period, said as a day: "48 hrs from his last
/// sick is Thursday morning".
static PERIOD_ENDS_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b\d+ ?(hours?|hrs|days?)\b[^.!?]{0,30}\b(is|will be|would be|takes (us|him|her|them) to|brings (us|him|her|them) to)\s*$",
    )
});

/// "See you Monday": a goodbye until a weekday names the day back ("see
/// you tomorrow" may say no more than that the child is fine).
static SEE_YOU: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bsee (you|u|ya)( all| both)?( on)?\s*$"));

fn role_of(before: &str, after: &str, weekday: bool) -> Role {
    if EXCEPT.is_match(before) {
        return Role::Except;
    }
    if UNTIL.is_match(before)
        || AT_THE_EARLIEST.is_match(after)
        || PERIOD_ENDS_ON.is_match(before)
        || NOT_BEFORE.is_match(before)
        || BACK_AFTER_THE_DAY.is_match(after)
        || BACK_FOR_THE_START.is_match(before)
        || IN_ALONE.is_match(before)
    {
        return Role::Back;
    }
    if LAST_DAY_IN.is_match(before) {
        // "His suspension finishes today": the last day of what keeps
        // the child away, not the child's last day in.
        return if A_THING_FINISHES.is_match(before) {
            Role::HomeOn
        } else {
            Role::LastIn
        };
    }
    if JOURNEY_HOME.is_match(before) || EARLIEST_JOURNEY.is_match(before) {
        return Role::HomeOn;
    }
    if weekday && SEE_YOU.is_match(before) {
        return Role::Back;
    }
    match BACK.find(before) {
        Some(back) if !NEGATED.is_match(&before[..back.start()]) => Role::Back,
        _ => Role::Away,
    }
}

/// Where the clause holding byte `at` begins, for looking at the words
/// before a day.
fn clause_start(lower: &str, at: usize) -> usize {
    let before = just_before(lower, at, 60);
    let window = at - before.len();
    before
        .rfind(['.', '\n', '!', '?', ';'])
        .map_or(window, |i| window + i + 1)
}

/// A day word as written, before it is resolved against the day the
/// message arrived.
#[derive(Debug, Clone, Copy)]
enum Written {
    /// A day of a month ("26/11", "the 3rd of December"): its next date.
    DayOfMonth { day: u32, month: u32 },
    /// "Thurs 26th": the next date with that day of the month (and weekday).
    NthOfMonth { day: u32, weekday: Option<Weekday> },
    /// "Today", "this morning", today in another language.
    Today,
    /// "Tomorrow": the first school day after today.
    Tomorrow,
    /// "The day after tomorrow": two days after today.
    DayAfterTomorrow,
    /// "A week on Friday": the Friday after the coming one.
    WeekOn(Weekday),
    /// "A week today" (0) or "a week tomorrow" (1): this many days after
    /// today, and a week.
    AWeekFrom(u64),
    /// A weekday, or a day already past: the same whatever today is.
    Fixed(DayKind),
    /// Numbers that make no date.
    NoDate,
}

impl Written {
    fn on(self, today: NaiveDate) -> Option<DayKind> {
        match self {
            Written::DayOfMonth { day, month } => next_date(today, day, month).map(DayKind::Date),
            Written::NthOfMonth { day, weekday } => {
                next_day_of_month(today, day, weekday).map(DayKind::Date)
            }
            Written::Today => Some(DayKind::Date(today)),
            Written::Tomorrow => Some(DayKind::SchoolDayAfter(today)),
            Written::DayAfterTomorrow => today.checked_add_days(Days::new(2)).map(DayKind::Date),
            Written::WeekOn(day) => Some(DayKind::Weekday {
                day,
                weeks_on: 1,
                not_before: today.succ_opt(),
            }),
            Written::AWeekFrom(days) => today
                .checked_add_days(Days::new(7 + days))
                .map(DayKind::Date),
            Written::Fixed(kind) => Some(kind),
            Written::NoDate => None,
        }
    }
}

/// Every day word in a piece of lower-case text with its position, in the
/// order the patterns found them. The patterns are the cost, so a text is
/// scanned once and its words resolved for whichever day is asked.
pub struct DayScan<'t> {
    lower: &'t str,
    written: Vec<(usize, usize, Written)>,
    lengths: Lengths<'t>,
}

impl<'t> DayScan<'t> {
    pub fn of(lower: &'t str) -> Self {
        let mut written = Vec::new();
        let mut add = |start: usize, end: usize, word: Written| written.push((start, end, word));
        // Dates written with numbers need a digit; most messages have none.
        if lower.bytes().any(|b| b.is_ascii_digit()) {
            numbered_days(lower, &mut add);
        }
        weekdays_and_relative_days(lower, &mut add);
        DayScan {
            lower,
            written,
            lengths: Lengths::of(lower),
        }
    }

    pub fn lengths(&self) -> &Lengths<'t> {
        &self.lengths
    }

    /// The day words resolved for `today`; a later pattern skips text an
    /// earlier one took.
    fn words(&self, today: NaiveDate) -> Vec<DayWord> {
        let mut words: Vec<DayWord> = Vec::new();
        for &(start, end, written) in &self.written {
            if let Some(kind) = written.on(today)
                && !words.iter().any(|w| w.start < end && start < w.end)
            {
                words.push(DayWord { kind, start, end });
            }
        }
        words
    }
}

/// Days written with numbers: "2 to 6 November", "Thurs 26th", "26/11".
/// A date of birth ("DOB 02/07/2016" in a doctor's letter) is no day.
fn numbered_days(lower: &str, add: &mut impl FnMut(usize, usize, Written)) {
    let add = &mut |start: usize, end: usize, written: Written| {
        if !BIRTH_DATE.is_match(just_before(lower, start, 20)) {
            add(start, end, written);
        }
    };
    for c in ranges(lower) {
        let month = month_number(&c[5]);
        let first = c.get(2).expect("group");
        let last = c.get(4).expect("group");
        let date = |d: &str| match (month, d.parse()) {
            (Some(month), Ok(day)) => Written::DayOfMonth { day, month },
            _ => Written::NoDate,
        };
        add(first.start(), first.end(), date(first.as_str()));
        add(
            last.start(),
            c.get(0).expect("match").end(),
            date(last.as_str()),
        );
    }
    for c in DAY_MONTH.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        let has_suffix = c.get(3).is_some();
        let month = c.get(4).and_then(|m| month_number(m.as_str()));
        let followed_by_time =
            lower[whole.end()..].starts_with([':', '.']) && !has_suffix && month.is_none();
        // "The 3rd time this month" counts, "her 9th birthday" is an age:
        // neither names a day.
        let counts_times = month.is_none()
            && (COUNTS.is_match(&lower[whole.end()..])
                || OWNED.is_match(just_before(lower, whole.start(), 8))
                || (whole.as_str() == "1st"
                    && !FIRST_AS_A_DAY.is_match(just_before(lower, whole.start(), 12))));
        if (!has_suffix && month.is_none()) || followed_by_time || counts_times {
            continue;
        }
        let Ok(day) = c[2].parse::<u32>() else {
            continue;
        };
        let weekday = c.get(1).and_then(|w| weekday_of(w.as_str()));
        let month = month.or_else(|| month_at_range_end(lower, whole.end()));
        let date = match month {
            Some(month) => Written::DayOfMonth { day, month },
            None => Written::NthOfMonth { day, weekday },
        };
        add(whole.start(), whole.end(), date);
    }
    for c in MONTH_DAY.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        let date = match (month_number(&c[1]), c[2].parse()) {
            (Some(month), Ok(day)) => Written::DayOfMonth { day, month },
            _ => Written::NoDate,
        };
        add(whole.start(), whole.end(), date);
    }
    for c in NUMERIC.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        let (day, month) = [(1, 2), (4, 5), (7, 8)]
            .into_iter()
            .find_map(|(d, m)| c.get(d).zip(c.get(m)))
            .expect("one alternative matched");
        let date = match (day.as_str().parse(), month.as_str().parse()) {
            (Ok(day), Ok(month)) => Written::DayOfMonth { day, month },
            _ => Written::NoDate,
        };
        // The day starts at its digits, not at "on" before them.
        add(day.start(), whole.end(), date);
    }
}

/// The ranges of days in one month said in lower-case text.
fn ranges(lower: &str) -> impl Iterator<Item = regex::Captures<'_>> {
    RANGE
        .captures_iter(lower)
        .filter(|c| &c[3] != "and" || c.get(1).is_some())
}

/// Where the second day of each range of days in one month starts.
fn range_ends(lower: &str) -> Vec<usize> {
    ranges(lower)
        .filter_map(|c| c.get(4).map(|m| m.start()))
        .collect()
}

/// "Monday", "next Friday", "today", "tomorrow", "last night".
fn weekdays_and_relative_days(lower: &str, add: &mut impl FnMut(usize, usize, Written)) {
    // Where "next Monday" ended, and its day: "next Mon to Weds" ends that
    // week, not this one.
    let mut next_week_said: Option<(usize, Weekday)> = None;
    // Before the day words alone, which would take "tomorrow" and "Friday".
    if lower.contains("week") {
        for c in A_WEEK_FROM.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            // "Monday week of half term" is no day a week on.
            if lower[whole.end()..].starts_with(" of") {
                continue;
            }
            let word = match (c.name("relative"), c.name("weekday")) {
                (Some(relative), _) => {
                    Written::AWeekFrom(u64::from(relative.as_str() == "tomorrow"))
                }
                (None, Some(weekday)) => match weekday_of(weekday.as_str()) {
                    Some(day) => Written::WeekOn(day),
                    None => continue,
                },
                (None, None) => continue,
            };
            add(whole.start(), whole.end(), word);
        }
    }
    for c in WEEKDAY.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        let Some(day) = weekday_of(&c[2]) else {
            continue;
        };
        let closes_next_week = next_week_said.is_some_and(|(end, opened)| {
            end <= whole.start()
                && RANGE_JOINER.is_match(&lower[end..whole.start()])
                && opened.num_days_from_monday() < day.num_days_from_monday()
        });
        let kind = if c.get(3).is_some() {
            DayKind::Past
        } else {
            match c.get(1).map(|m| m.as_str()) {
                Some("next") => {
                    next_week_said = Some((whole.end(), day));
                    DayKind::NextWeek(day)
                }
                None if closes_next_week => DayKind::NextWeek(day),
                Some("a week on") => {
                    add(whole.start(), whole.end(), Written::WeekOn(day));
                    continue;
                }
                _ => DayKind::Weekday {
                    day,
                    weeks_on: 0,
                    not_before: None,
                },
            }
        };
        add(whole.start(), whole.end(), Written::Fixed(kind));
    }
    for whole in RELATIVE_DAY.find_iter(lower) {
        // "Dobro jutro", "bom dia": a morning greeting, not tomorrow.
        if lower[..whole.start()].ends_with("dobro ") {
            continue;
        }
        let word = match whole.as_str() {
            // Tonight's sickness is about tomorrow, not an absence today.
            "yesterday" | "last night" | "tonight" => Written::Fixed(DayKind::Past),
            // "She was sent home today with a temperature, so she won't be
            // in": the day of what happened, not of the absence to come.
            "today" | "this morning" | "this afternoon"
                if TOLD_EVENT
                    .is_match(&lower[clause_start(lower, whole.start())..whole.start()]) =>
            {
                Written::Fixed(DayKind::Past)
            }
            "today" | "this morning" | "this afternoon" => Written::Today,
            abroad if TODAY_ABROAD.split('|').any(|w| w == abroad) => Written::Today,
            // "The day after tomorrow": two days on, not tomorrow.
            "tomorrow" if lower[..whole.start()].ends_with("day after ") => {
                let start = whole.start() - "day after ".len();
                add(start, whole.end(), Written::DayAfterTomorrow);
                continue;
            }
            _ => Written::Tomorrow,
        };
        add(whole.start(), whole.end(), word);
    }
}

fn resolve(kind: DayKind, anchor: NaiveDate, calendar: &Calendar) -> Option<NaiveDate> {
    match kind {
        DayKind::Date(date) => Some(date),
        // Over a weekend "tomorrow" is the next school day ("she won't be
        // in tomorrow" sent on Saturday); across a holiday it is the day it
        // says, no school day ("my sister's wedding tomorrow", sent on the
        // last day of term).
        DayKind::SchoolDayAfter(date) => {
            let next = date.succ_opt()?;
            let school_day = calendar
                .school_day_on_or_after(next)
                .filter(|&day| (day - next).num_days() <= 3);
            Some(school_day.unwrap_or(next))
        }
        DayKind::Weekday {
            day,
            weeks_on,
            not_before,
        } => weekday_after(
            not_before.map_or(anchor, |d| d.max(anchor)),
            day,
            false,
            weeks_on,
        ),
        DayKind::NextWeek(day) => {
            let monday = weekday_after(anchor, Weekday::Mon, true, 0)?;
            weekday_after(monday, day, false, 0)
        }
        DayKind::WeekdayGone(day) => (1..=7)
            .filter_map(|back| anchor.checked_sub_days(Days::new(back)))
            .find(|date| date.weekday() == day),
        DayKind::Past => None,
    }
}

/// The next `day` on or after (or strictly after) `anchor`, `weeks_on`
/// weeks later.
fn weekday_after(
    anchor: NaiveDate,
    day: Weekday,
    strictly: bool,
    weeks_on: u64,
) -> Option<NaiveDate> {
    let start = if strictly { anchor.succ_opt()? } else { anchor };
    let ahead = (7 + day.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    start.checked_add_days(Days::new(u64::from(ahead) + 7 * weeks_on))
}

/// "Monday 1st to Friday 5th March": the month said at the range's end.
fn month_at_range_end(lower: &str, end: usize) -> Option<u32> {
    MONTH_AT_RANGE_END
        .captures(&lower[end..])
        .and_then(|c| month_number(&c[1]))
}

/// "Thursday 10th" when the 10th is a Wednesday: the writer has the
/// weekday or the date wrong, and only a person can ask which. The date
/// may be past ("he was off on Monday 30th") and a weekday that fits the
/// date a month or two on ("Monday 7th" in October for December) is a
/// later date, not a slip.
pub fn weekday_contradicts_its_date(lower: &str, today: NaiveDate) -> bool {
    const LATER_WITHIN_DAYS: i64 = 62;
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    DAY_MONTH.captures_iter(lower).any(|c| {
        let whole = c.get(0).expect("match");
        let (Some(weekday), Ok(day)) = (
            c.get(1).and_then(|w| weekday_of(w.as_str())),
            c[2].parse::<u32>(),
        ) else {
            return false;
        };
        let month = c
            .get(4)
            .and_then(|m| month_number(m.as_str()))
            .or_else(|| month_at_range_end(lower, whole.end()));
        let nearest = match month {
            Some(month) => (today.year() - 1..=today.year() + 1)
                .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
                .min_by_key(|date| (*date - today).num_days().abs()),
            None if c.get(3).is_some() => {
                let last = (0..31)
                    .filter_map(|back| today.checked_sub_days(Days::new(back)))
                    .find(|d| d.day() == day);
                let later = next_day_of_month(today, day, Some(weekday))
                    .filter(|d| (*d - today).num_days() <= LATER_WITHIN_DAYS);
                if [last, later]
                    .iter()
                    .flatten()
                    .any(|d| d.weekday() == weekday)
                {
                    return false;
                }
                next_day_of_month(today, day, None)
            }
            None => None,
        };
        nearest.is_some_and(|date| date.weekday() != weekday)
    })
}

/// The next date with this day and month on or after `today`.
fn next_date(today: NaiveDate, day: u32, month: u32) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day);
    match this_year {
        Some(date) if date >= today => Some(date),
        _ => NaiveDate::from_ymd_opt(today.year() + 1, month, day),
    }
}

/// The next date on or after `today` with this day of the month (and
/// weekday, when one was given: "Monday 8th").
fn next_day_of_month(today: NaiveDate, day: u32, weekday: Option<Weekday>) -> Option<NaiveDate> {
    today
        .iter_days()
        .take(400)
        .find(|d| d.day() == day && weekday.is_none_or(|w| d.weekday() == w))
}

/// A length said as a count.
enum Count {
    SchoolDays(u32),
    /// Calendar weeks from the first day.
    Weeks(u32),
}

fn day_count(lower: &str) -> Option<Count> {
    let c = DAY_COUNT.captures(lower)?;
    // "The boiler has been broken for three weeks" is no length of absence.
    let before = &lower[..c.get(0)?.start()];
    if let Some(lasted) = HAS_LASTED.find(before)
        && !TURNS_TO_WHAT_COMES.is_match(&before[lasted.start()..])
    {
        return None;
    }
    // "He's lost the Xbox for a week": a punishment's length, not the
    // child's time away.
    if PUNISHMENT.is_match(before) {
        return None;
    }
    // "I know the 48 hour rule": the rule's name, not a length.
    let after = &lower[c.get(0)?.end()..];
    if COUNTED_FROM_BEFORE.is_match(after) || after.trim_start().starts_with("rule") {
        return None;
    }
    if let Some(hours) = c.get(2) {
        return hours
            .as_str()
            .parse::<u32>()
            .ok()
            .map(|h| Count::SchoolDays(h / 24));
    }
    let Some(days) = c.get(1) else {
        // A fortnight is two weeks.
        let whole = &c[0];
        let weeks = match whole.contains("fortnight") {
            true => 2,
            false => c
                .name("weeks")
                .or_else(|| c.name("next_weeks"))
                .and_then(|n| number_word(n.as_str()))
                .unwrap_or(1),
        };
        return Some(Count::Weeks(weeks));
    };
    match days.as_str() {
        "a couple of" => Some(Count::SchoolDays(2)),
        word => number_word(word).map(Count::SchoolDays),
    }
}

/// The last school day in the Monday-to-Sunday week holding `day`.
fn end_of_week(day: NaiveDate, calendar: &Calendar) -> Option<NaiveDate> {
    let sunday = day.checked_add_days(Days::new(u64::from(
        6 - day.weekday().num_days_from_monday(),
    )))?;
    calendar.school_days_between(day, sunday).last().copied()
}

/// The last school day before the next break of at least `weekdays`
/// weekdays without school after `from`.
fn last_school_day_before_break(
    from: NaiveDate,
    weekdays: u32,
    calendar: &Calendar,
) -> Option<NaiveDate> {
    let mut last_school_day = None;
    let mut weekdays_off = 0;
    for day in from.iter_days().take(200) {
        if calendar.is_school_day(day) {
            last_school_day = Some(day);
            weekdays_off = 0;
        } else if day.weekday().number_from_monday() <= 5 {
            weekdays_off += 1;
            if weekdays_off >= weekdays {
                return last_school_day;
            }
        }
    }
    None
}

/// Whether `day` is the first school day after a break of at least
/// `weekdays` weekdays without school.
fn just_after_a_break(day: NaiveDate, weekdays: u32, calendar: &Calendar) -> bool {
    let Some(before) = calendar.previous_school_day(day) else {
        return false;
    };
    let weekdays_off = before
        .iter_days()
        .skip(1)
        .take_while(|d| *d < day)
        .filter(|d| d.weekday().number_from_monday() <= 5)
        .count();
    weekdays_off >= weekdays as usize
}

/// The first school day of the last week before a break (the end of term,
/// or a half term), when the text names that week and no day.
fn last_week_before_a_break(
    lower: &str,
    away: &[NaiveDate],
    day: &MessageDay,
    calendar: &Calendar,
) -> Option<NaiveDate> {
    if !away.is_empty() {
        return None;
    }
    let last = match LAST_WEEK_BEFORE_A_BREAK.captures(lower)?.name("half") {
        Some(_) => last_school_day_before_break(day.default_day, HALF_TERM_WEEKDAYS, calendar)?,
        None => calendar.term_of(day.default_day)?.last_day,
    };
    let monday =
        last.checked_sub_days(Days::new(u64::from(last.weekday().num_days_from_monday())))?;
    calendar
        .school_day_on_or_after(monday)
        .map(|first| first.max(day.default_day))
}

/// The first and last of the days before a break the text counts back
/// from it ("the last two days of term"), the break the next after `from`.
fn last_days_before_a_break(
    lengths: &Lengths,
    from: NaiveDate,
    calendar: &Calendar,
) -> Option<(NaiveDate, NaiveDate)> {
    if !lengths.says(Length::LastDaysBeforeABreak) {
        return None;
    }
    let lower = lengths.lower;
    let said = LAST_DAYS_BEFORE_A_BREAK.captures_iter(lower).find(|c| {
        let start = c.get(0).map_or(0, |m| m.start());
        c.name("break").is_some() || TO_COME_BEFORE.is_match(&lower[..start])
    })?;
    let count = match said.name("count").map(|m| m.as_str()) {
        None => 1,
        Some("couple of") => 2,
        Some(count) => number_word(count)?,
    };
    let last = match said.name("half") {
        Some(_) => last_school_day_before_break(from, HALF_TERM_WEEKDAYS, calendar)?,
        None => {
            calendar
                .term_of(from)
                .or_else(|| calendar.term_after(from))?
                .last_day
        }
    };
    let mut first = last;
    for _ in 1..count {
        first = calendar.previous_school_day(first)?;
    }
    Some((first, last))
}

/// The first day of next term, for an absence said to start then ("the
/// start of next term", "the first two weeks of the summer term") and no
/// day named.
fn start_of_next_term(
    lower: &str,
    away: &[NaiveDate],
    day: &MessageDay,
    calendar: &Calendar,
) -> Option<NaiveDate> {
    let start = START_OF_NEXT_TERM.find(lower).filter(|_| away.is_empty())?;
    // "Back for the start of the summer term" is when the absence ends.
    let back_then = TO_THE_END_OF_TERM
        .find_iter(lower)
        .any(|back| back.start() <= start.start() && start.end() <= back.end());
    if back_then {
        return None;
    }
    calendar
        .term_after(day.default_day)
        .map(|term| term.first_day)
}

/// The last day of the term `from` falls in; for "back for the start of
/// the summer term", the last day of the term before the next one of that
/// season; for "miss the last week before half term", the last day before
/// half term.
fn end_of_term(lower: &str, from: NaiveDate, calendar: &Calendar) -> Option<NaiveDate> {
    let said = TO_THE_END_OF_TERM.captures(lower);
    if said.as_ref().is_some_and(|c| c.name("half").is_some()) {
        return last_school_day_before_break(from, HALF_TERM_WEEKDAYS, calendar);
    }
    let season = said.and_then(|c| c.name("season")).map(|s| s.as_str());
    let Some(season) = season else {
        return calendar.term_of(from).map(|term| term.last_day);
    };
    let back_in = calendar
        .terms()
        .iter()
        .find(|term| term.first_day > from && season_of(term.first_day) == season)?;
    calendar
        .terms()
        .iter()
        .map(|term| term.last_day)
        .filter(|last| *last < back_in.first_day)
        .max()
}

/// The season an English school term starting on a day is named by.
fn season_of(first_day: NaiveDate) -> &'static str {
    match first_day.month() {
        1..=3 => "spring",
        4..=7 => "summer",
        _ => "autumn",
    }
}

/// Whether the text says next week as time away ("on holiday next week"),
/// not as the week of return ("back next week"), and next week holds a
/// school day to be away on (not half term).
pub fn away_next_week(lengths: &Lengths, day: &MessageDay, calendar: &Calendar) -> bool {
    next_monday(lengths, day).is_some()
        && first_school_day_of_next_week(day.today, calendar).is_some()
}

/// The Monday of next week, when the text says the child is away then
/// ("next week", not "back next week").
fn next_monday(lengths: &Lengths, day: &MessageDay) -> Option<NaiveDate> {
    (lengths.says(Length::NextWeek) && !back_after_this_week(lengths))
        .then(|| weekday_after(day.today, Weekday::Mon, true, 0))
        .flatten()
}

/// The last school day of the week the message is sent in, when the text
/// says the child is back after it. Sent at the weekend, the weekend is
/// already here: "back after the weekend" adds no day.
fn this_weeks_end(lengths: &Lengths, day: &MessageDay, calendar: &Calendar) -> Option<NaiveDate> {
    let weekend = matches!(day.today.weekday(), Weekday::Sat | Weekday::Sun);
    match !weekend && back_after_this_week(lengths) {
        true => end_of_week(day.today, calendar),
        false => None,
    }
}

/// A day before `monday` moved a week on, into the week `monday` starts.
fn into_week_of(date: NaiveDate, monday: NaiveDate) -> NaiveDate {
    match date < monday {
        true => date.checked_add_days(Days::new(7)).unwrap_or(date),
        false => date,
    }
}

fn first_school_day_of_next_week(today: NaiveDate, calendar: &Calendar) -> Option<NaiveDate> {
    let monday = weekday_after(today, Weekday::Mon, true, 0)?;
    let sunday = monday.checked_add_days(Days::new(6))?;
    calendar
        .school_days_between(monday, sunday)
        .first()
        .copied()
}

/// The school year's last day: the school day before the first break
/// longer than three weeks (the summer holiday).
fn school_year_end(from: NaiveDate, calendar: &Calendar) -> NaiveDate {
    let mut day = from;
    for _ in 0..400 {
        match calendar.next_school_day(day) {
            Some(next) if (next - day).num_days() <= 21 => day = next,
            _ => break,
        }
    }
    day
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn month_number(word: &str) -> Option<u32> {
    let position = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| word.starts_with(m))?;
    Some(position as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Closure, Term};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A message that arrived on the morning of a school day.
    fn morning_of(date: &str) -> MessageDay {
        MessageDay {
            today: d(date),
            default_day: d(date),
            chased_day: None,
            day_over: false,
        }
    }

    #[test]
    fn a_weekday_that_is_not_the_date_beside_it_is_a_contradiction() {
        let monday = d("2027-03-08");
        for text in [
            "orthodontist on wednesday 16th at 2",
            "off from thursday 12th march for a week",
            "mon 15th to fri 20th march",
        ] {
            assert!(weekday_contradicts_its_date(text, monday), "{text}");
        }
        for text in [
            // The days as they fall.
            "orthodontist on tuesday 16th at 2",
            "off from friday 12th march for a week",
            // A date with no weekday, a number with no date.
            "off on the 17th",
            "wednesday 16 of them went",
        ] {
            assert!(!weekday_contradicts_its_date(text, monday), "{text}");
        }
        // A past date named with its weekday, and a later month's.
        assert!(!weekday_contradicts_its_date(
            "she was off on monday 30th",
            d("2026-12-02")
        ));
        assert!(!weekday_contradicts_its_date(
            "the dentist on monday 7th",
            d("2026-10-19")
        ));
    }

    fn fernhill() -> Calendar {
        let term = |name: &str, a, b| Term {
            name: name.into(),
            first_day: d(a),
            last_day: d(b),
        };
        let closed = |a, b| Closure {
            from: d(a),
            to: d(b),
            why: "closed".into(),
        };
        Calendar::new(
            vec![
                term("Autumn", "2026-09-03", "2026-12-18"),
                term("Spring", "2027-01-05", "2027-03-25"),
                term("Summer", "2027-04-12", "2027-07-21"),
            ],
            vec![
                closed("2026-10-26", "2026-10-30"),
                closed("2026-11-27", "2026-11-27"),
                closed("2027-02-15", "2027-02-19"),
                closed("2027-05-03", "2027-05-03"),
                closed("2027-05-31", "2027-06-04"),
            ],
        )
    }

    /// The span for text sent on `today`, about `default_day` when it names none.
    fn span_of(text: &str, today: &str, default_day: &str) -> (String, Option<String>) {
        let day = MessageDay {
            today: d(today),
            default_day: d(default_day),
            chased_day: None,
            day_over: false,
        };
        let s = span(
            &DaysNamed::read(&DayScan::of(text), &day),
            &day,
            &fernhill(),
        );
        (s.from.to_string(), s.to.map(|t| t.to_string()))
    }

    /// The span of a message sent once the school day of `today` is over.
    fn span_after_school(text: &str, today: &str, default_day: &str) -> DaySpan {
        let day = MessageDay {
            today: d(today),
            default_day: d(default_day),
            chased_day: None,
            day_over: true,
        };
        span(
            &DaysNamed::read(&DayScan::of(text), &day),
            &day,
            &fernhill(),
        )
    }

    fn days(from: &str, to: &str) -> (String, Option<String>) {
        (from.into(), Some(to.into()))
    }

    fn separate(text: &str, today: &str) -> Vec<String> {
        separate_parts(text, today, false)
    }

    fn separate_parts(text: &str, today: &str, half_days: bool) -> Vec<String> {
        let day = MessageDay {
            today: d(today),
            default_day: d(today),
            chased_day: None,
            day_over: false,
        };
        separate_days(
            &DaysNamed::read(&DayScan::of(text), &day),
            &day,
            &fernhill(),
            half_days,
        )
        .iter()
        .map(|d| d.to_string())
        .collect()
    }

    #[test]
    fn separate_days_listed_are_each_a_day() {
        // Monday 23 November 2026.
        assert_eq!(
            separate("physio on tuesday and thursday next week", "2026-11-23"),
            ["2026-12-01", "2026-12-03"]
        );
        assert_eq!(
            separate("off on the 2nd, 4th and 8th of december", "2026-11-30"),
            ["2026-12-02", "2026-12-04", "2026-12-08"]
        );
        assert_eq!(
            separate("she'll miss mon, wed and fri", "2026-11-29"),
            ["2026-11-30", "2026-12-02", "2026-12-04"]
        );
        assert_eq!(
            separate(
                "grommets check on 1/12 at 1.45 and again on 8/12 at 2, i'll pick her up at lunch",
                "2026-11-23"
            ),
            ["2026-12-01", "2026-12-08"]
        );
        // One run of school days is one range; so are a range and a return.
        assert!(separate("off on the 24th, 25th and 26th", "2026-11-23").is_empty());
        assert!(separate("off monday to wednesday", "2026-11-29").is_empty());
        assert!(
            separate(
                "we fly on monday 7th and come back on friday 11th",
                "2026-11-30"
            )
            .is_empty()
        );
        // Half days in one run are each their own.
        assert_eq!(
            separate_parts(
                "matinees on tuesday 5th and wednesday 6th january, collect him at 12",
                "2027-01-04",
                true
            ),
            ["2027-01-05", "2027-01-06"]
        );
        assert!(
            separate_parts(
                "off tuesday 5th to wednesday 6th january",
                "2027-01-04",
                true
            )
            .is_empty()
        );
    }

    #[test]
    fn a_day_something_was_done_to_the_child_is_gone() {
        // Monday 23 November 2026.
        for text in [
            "rhys is refusing to come in. a group of boys held him down in the toilets on friday",
            "amira won't be in today. last night she told me that on friday some boys pulled her trousers down",
        ] {
            assert_eq!(
                span_of(text, "2026-11-23", "2026-11-23"),
                days("2026-11-23", "2026-11-23"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_suspension_passed_on_is_for_the_days_it_names() {
        // Monday 16 November 2026.
        assert_eq!(
            span_of(
                "corey is suspended for wednesday and thursday",
                "2026-11-16",
                "2026-11-16"
            ),
            days("2026-11-18", "2026-11-19")
        );
    }

    #[test]
    fn leave_asked_for_is_for_the_days_it_names() {
        // Tuesday 13 October 2026: "excused" plans the days, like "booked".
        assert_eq!(
            span_of(
                "please can she be excused from school on thursday and friday for the funeral",
                "2026-10-13",
                "2026-10-13"
            ),
            days("2026-10-15", "2026-10-16")
        );
        // Taken abroad until a month after the term: back in it.
        assert_eq!(
            span_of(
                "we are taking zain to pakistan from monday 23rd november until january for a wedding",
                "2026-11-10",
                "2026-11-10"
            ),
            days("2026-11-23", "2026-12-18")
        );
        // Three children listed with commas before the days.
        assert_eq!(
            span_of(
                "we would like to request leave for harleen, simran and arjan from monday 2nd november to friday 6th november",
                "2026-10-22",
                "2026-10-22"
            ),
            days("2026-11-02", "2026-11-06")
        );
    }

    #[test]
    fn today_beside_another_day_once_the_school_day_is_over_is_gone() {
        // Tuesday 8 December 2026, after school.
        let from = |text: &str| span_after_school(text, "2026-12-08", "2026-12-09").from;
        assert_eq!(
            from(
                "alesha will be late tomorrow. from today there is a court order and her father is not allowed to collect her"
            ),
            d("2026-12-09")
        );
        // An absence told of today stays today's.
        assert_eq!(
            from("she was off today and will be off tomorrow too"),
            d("2026-12-08")
        );
    }

    #[test]
    fn something_to_be_done_on_a_day_is_to_come() {
        // Friday 15 January 2027, after school: Tuesday is the 19th.
        let s = span_after_school(
            "sienna is having her braces fitted on tuesday at 9am",
            "2027-01-15",
            "2027-01-18",
        );
        assert_eq!(s.from, d("2027-01-19"));
    }

    #[test]
    fn a_length_told_as_what_went_on_is_no_length_away() {
        // Thursday 21 January 2027.
        for text in [
            "kieran's been fighting off a bug all week and it's knocked him out, he's off today",
            "he ate only crisps for two days. he's off today with a cough",
        ] {
            assert_eq!(
                span_of(text, "2027-01-21", "2027-01-21"),
                days("2027-01-21", "2027-01-21"),
                "{text}"
            );
        }
        assert_eq!(
            span_of(
                "frankie was sick at 5am so he'll be off for 48 hours",
                "2027-01-21",
                "2027-01-21"
            ),
            days("2027-01-21", "2027-01-22")
        );
        assert_eq!(
            span_of(
                "were in turkey til sunday so she wont be in this week",
                "2027-01-18",
                "2027-01-18"
            ),
            days("2027-01-18", "2027-01-22")
        );
    }

    #[test]
    fn a_last_day_in_with_no_day_back_is_away_until_the_break() {
        // Thursday 10 December 2026; the autumn term ends on Friday 18th.
        assert_eq!(
            span_of(
                "our flights to lagos for christmas are early on thursday 17th december, so ryan's last day will be wednesday 16th",
                "2026-12-10",
                "2026-12-11"
            ),
            days("2026-12-17", "2026-12-18")
        );
    }

    #[test]
    fn the_journey_home_is_the_last_day_away() {
        // Sunday 3 January 2027; the spring term starts on Tuesday 5th.
        assert_eq!(
            span_of(
                "we are still in nairobi. our return flight is on tuesday 12th january, so they will be back on wednesday 13th",
                "2027-01-03",
                "2027-01-05"
            ),
            days("2027-01-05", "2027-01-12")
        );
        assert_eq!(
            span_of(
                "our return flight from lagos is on monday 11th january",
                "2026-12-18",
                "2027-01-05"
            ),
            days("2027-01-05", "2027-01-11")
        );
        assert_eq!(
            span_of(
                "the only flight back we could get lands on thursday 7th",
                "2027-01-03",
                "2027-01-05"
            ),
            days("2027-01-05", "2027-01-07")
        );
    }

    #[test]
    fn a_range_s_month_is_said_once_at_its_end() {
        // Wednesday 13 January 2027: 1 February is a Monday too.
        assert_eq!(
            span_of(
                "we would like to request leave from monday 1st to friday 5th march",
                "2027-01-13",
                "2027-01-14"
            ),
            days("2027-03-01", "2027-03-05")
        );
    }

    #[test]
    fn the_start_of_next_term_is_its_first_day() {
        // Wednesday 24 March 2027; the summer term starts on 12 April.
        assert_eq!(
            span_of(
                "we're travelling with the fair at the start of next term so he'll miss the first two weeks. back on monday 26th april",
                "2027-03-24",
                "2027-03-24"
            ),
            days("2027-04-12", "2027-04-23")
        );
    }

    #[test]
    fn all_next_week_is_the_whole_week_whatever_day_is_named() {
        assert_eq!(
            span_of(
                "she'll be off all next week, she's having her tonsils out on monday",
                "2026-11-24",
                "2026-11-24"
            ),
            days("2026-11-30", "2026-12-04")
        );
    }

    #[test]
    fn a_week_named_by_its_start_is_the_whole_week() {
        for text in [
            "we are taking him skiing the week of 30th november",
            "away w/c 30th november",
            "off for the week commencing monday 30th november",
        ] {
            assert_eq!(
                span_of(text, "2026-11-23", "2026-11-23"),
                days("2026-11-30", "2026-12-04"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_last_day_in_starts_the_absence_the_next_school_day() {
        // Monday 23 November 2026.
        assert_eq!(
            span_of(
                "can she finish on tuesday 1st december, we fly on wednesday and come back on monday",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-12-02", "2026-12-04")
        );
        // A weekday said after a date counts from that date.
        assert_eq!(
            span_of(
                "off from friday 4th december, we fly out on monday and are back on thursday",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-12-04", "2026-12-09")
        );
    }

    #[test]
    fn days_that_are_not_absence_days() {
        // Monday 23 November 2026.
        for text in [
            "we got evicted on friday, can't get them in",
            "she's at the hospital all day, i told her teacher about it on thursday",
            "she's off today, a pipe burst at home and the plumber says it'll be back to normal by friday",
            "cut his knee at football on saturday, he's limping",
            "he's better now and in school today, sorry",
            "the 3rd time this month, she won't be in",
            "keeping her off today as it's her 13th, back tomorrow",
            "kids won't be in today, i'm driving over to get them now, will sort school for tomorrow",
            "they won't be in today, we will drive up straight after school on thursday",
            "nerves about starting big school, keeping him off today and he'll start tomorrow instead",
            "keeping her off again today, she's really low. the gp can't see her till friday",
            "her mum was sectioned last night. i'm out on the boat and can't get back in till thursday. she can't get to school today",
            "will keep you posted about tomorrow",
            "she's off today. could you remind her class the trip money is due on friday",
            "her ribs hurt where she got a bruise in the rounders game in pe on friday, she's off today",
            "she's off today, hopefully she will be ok for tomorrow",
            "she's off today but not tomorrow",
            "she won't be in today. on thursday two boys in her class followed her into the toilets",
            "he is refusing to come to school today. some boys have been taking his money and on friday they punched him",
            "she has chickenpox, off today, the gp said 5 days from the spots coming out",
        ] {
            assert_eq!(
                span_of(text, "2026-11-23", "2026-11-23"),
                days("2026-11-23", "2026-11-23"),
                "{text}"
            );
        }
        assert_eq!(
            span_of(
                "she has been living with me since her mum went back to portugal in sept. she's off today with a cold",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-23", "2026-11-23")
        );
        assert_eq!(
            span_of(
                "the funeral is thurs 26th and she won't be in that day. she's ok today",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-26", "2026-11-26")
        );

        assert_eq!(
            span_of(
                "her operation was booked for thursday",
                "2026-11-23",
                "2026-11-23"
            )
            .0,
            "2026-11-26"
        );
        assert_eq!(
            span_of(
                "consultant on 26.11.26, all day",
                "2026-11-23",
                "2026-11-23"
            )
            .0,
            "2026-11-26"
        );
    }

    #[test]
    fn no_duration_is_the_default_day() {
        assert_eq!(
            span_of("she won't be in", "2026-11-22", "2026-11-23"),
            days("2026-11-23", "2026-11-23")
        );
    }

    #[test]
    fn tomorrow_and_day_counts_skip_weekends_and_closures() {
        // Friday "today and tomorrow" runs to Monday.
        assert_eq!(
            span_of("off today and tomorrow", "2027-03-12", "2027-03-12"),
            days("2027-03-12", "2027-03-15")
        );
        // "for two days" from Friday skips the May bank holiday.
        assert_eq!(
            span_of("keep her off for two days", "2027-04-30", "2027-04-30"),
            days("2027-04-30", "2027-05-04")
        );
        assert_eq!(
            span_of("won't be in for 48 hours", "2026-09-09", "2026-09-09"),
            days("2026-09-09", "2026-09-10")
        );
        // The rule's name is no length: the day named decides.
        assert_eq!(
            span_of(
                "she was sick after school, so she won't be in on monday, i know the 48 hour rule",
                "2026-09-09",
                "2026-09-09"
            ),
            days("2026-09-14", "2026-09-14")
        );
        // A day in a clause about something else, after the absence, is
        // told in passing; days listed together stay together.
        assert_eq!(
            span_of(
                "kids wont be in today sorry. got no money for the electric or food till my payday thurs, they've had nothing but toast",
                "2026-10-05",
                "2026-10-05"
            ),
            days("2026-10-05", "2026-10-05")
        );
        assert_eq!(
            span_of(
                "the kids wont be in today, the electric ran out fri and i cant top up till wednesday",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-23", "2026-11-23")
        );
        assert_eq!(
            separate(
                "she has physio on mon, wed and fri next week, so she'll miss the mornings",
                "2027-04-22"
            ),
            ["2027-04-26", "2027-04-28", "2027-04-30"]
        );
        // A length of what has gone on is none of the absence's.
        assert_eq!(
            span_of(
                "i cant do this anymore. havent slept in 4 days and cant get out of bed, the kids are still in their pyjamas",
                "2026-11-12",
                "2026-11-12"
            ),
            days("2026-11-12", "2026-11-12")
        );
        // A hedged length is no certain part of the absence.
        assert_eq!(
            span_of(
                "she has chickenpox, she will stay at home until the spots are dry, maybe all the week",
                "2027-06-14",
                "2027-06-14"
            ),
            days("2027-06-14", "2027-06-14")
        );
        // A day's evening is outside school hours.
        assert_eq!(
            span_of(
                "stuck in palermo, the first flight we can get is tomorrow evening. luca will be back on wednesday",
                "2027-04-12",
                "2027-04-12"
            ),
            days("2027-04-12", "2027-04-13")
        );
        // Somewhere else someone is, after the day, is no day in school.
        assert_eq!(
            span_of(
                "lexi won't be in tomorrow, we're off to my mum's in spain",
                "2026-12-17",
                "2026-12-17"
            ),
            days("2026-12-18", "2026-12-18")
        );
        // A day the words after it say the child is in is no day away.
        for text in [
            "she had a fever, today she is better and is in school",
            "andrei was sick yesterday. today is better and he come to school",
            "he had a migraine yesterday. he's much brighter this morning and will be in as usual.",
            "darius had fever all week. today he is better, he come to school",
        ] {
            assert_eq!(
                DaysNamed::read(&DayScan::of(text), &morning_of("2027-01-19"))
                    .mentions
                    .iter()
                    .filter(|m| m.role == Role::Away)
                    .count(),
                0,
                "{text}"
            );
        }
        assert_eq!(
            span_of(
                "she was sick in the night, today she is not in school",
                "2027-01-19",
                "2027-01-19"
            ),
            days("2027-01-19", "2027-01-19")
        );
        assert_eq!(
            DaysNamed::read(
                &DayScan::of("today she is not in school"),
                &morning_of("2027-01-19"),
            )
            .mentions
            .len(),
            1
        );
        // A past verb before a length to come: the length is the absence's.
        assert_eq!(
            span_of(
                "he was sick at 5am so he'll be off for 48 hours",
                "2027-01-29",
                "2027-01-29"
            ),
            days("2027-01-29", "2027-02-01")
        );
        assert_eq!(
            span_of("she's been poorly for two days", "2027-01-29", "2027-01-29"),
            days("2027-01-29", "2027-01-29")
        );
        // Three school weeks from Monday 11 January.
        assert_eq!(
            span_of("signed off for three weeks", "2027-01-11", "2027-01-11"),
            days("2027-01-11", "2027-01-29")
        );
        // A return day says more than a count; a length already past is none.
        assert_eq!(
            span_of(
                "off for three weeks, back on monday 25th",
                "2027-01-11",
                "2027-01-11"
            ),
            days("2027-01-11", "2027-01-22")
        );
        assert_eq!(
            span_of(
                "she has a cold, the heating has been off for two weeks",
                "2027-01-11",
                "2027-01-11"
            ),
            days("2027-01-11", "2027-01-11")
        );
    }

    #[test]
    fn the_inset_day_is_not_a_school_day() {
        assert_eq!(
            span_of(
                "he will not come tomorrow and friday",
                "2026-11-25",
                "2026-11-26"
            ),
            days("2026-11-26", "2026-11-26")
        );
        assert_eq!(
            span_of("off for the rest of the week", "2026-11-26", "2026-11-26"),
            days("2026-11-26", "2026-11-26")
        );
    }

    #[test]
    fn back_on_a_day_means_away_until_the_school_day_before() {
        assert_eq!(
            span_of("back on thursday", "2027-02-02", "2027-02-02"),
            days("2027-02-02", "2027-02-03")
        );
        assert_eq!(
            span_of("won't be back till monday", "2027-04-15", "2027-04-15"),
            days("2027-04-15", "2027-04-16")
        );
        // Across half term: back on Monday 22nd means through Friday 12th.
        assert_eq!(
            span_of(
                "absent from thursday 11 february and will return on monday 22 february",
                "2027-02-10",
                "2027-02-10"
            ),
            days("2027-02-11", "2027-02-12")
        );
        // Sent in half term: "won't be back on Monday, should be back Wednesday".
        assert_eq!(
            span_of(
                "he won't be back on monday, should be back wednesday",
                "2026-10-28",
                "2026-11-02"
            ),
            days("2026-11-02", "2026-11-03")
        );
        // Back with the class: "she'll be back with you on friday".
        assert_eq!(
            span_of(
                "scan this morning so she'll be back with you on friday",
                "2027-01-20",
                "2027-01-20"
            ),
            days("2027-01-20", "2027-01-21")
        );
        // A text's shorthand and a goodbye name the day back too.
        for text in [
            "off today, shud b bk mon",
            "off today, see you monday",
            "off 2day see u mon",
        ] {
            assert_eq!(
                span_of(text, "2027-01-21", "2027-01-21"),
                days("2027-01-21", "2027-01-22"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_thing_finishing_on_a_day_is_not_the_childs_last_day_in() {
        // Her last day in is Wednesday: away from Thursday.
        assert_eq!(
            span_of("she will finish on wednesday", "2026-12-14", "2026-12-14").0,
            "2026-12-17"
        );
        // The antibiotics' last day is the last day away.
        assert_eq!(
            span_of(
                "off with tonsillitis, her course of antibiotics finishes on wednesday",
                "2026-12-14",
                "2026-12-14"
            ),
            days("2026-12-14", "2026-12-16")
        );
    }

    #[test]
    fn a_day_of_return_after_the_day_the_message_is_about() {
        let day = |today: &str, default_day: &str| MessageDay {
            today: d(today),
            default_day: d(default_day),
            chased_day: None,
            day_over: false,
        };
        let back = |text: &str, today: &str, default_day: &str| {
            let day = day(today, default_day);
            back_after_the_default_day(
                &DaysNamed::read(&DayScan::of(text), &day),
                &day,
                &fernhill(),
            )
        };
        // Tuesday morning: back tomorrow, so off today.
        assert!(back(
            "fine now, she'll be back tomorrow",
            "2026-11-24",
            "2026-11-24"
        ));
        assert!(back(
            "we'll send her in tomorrow",
            "2026-11-24",
            "2026-11-24"
        ));
        assert!(back(
            "he should be back in on friday",
            "2026-12-10",
            "2026-12-10"
        ));
        // Tuesday evening: tomorrow is the day the message is about.
        assert!(!back(
            "fine now, she'll be back tomorrow",
            "2026-11-24",
            "2026-11-25"
        ));
        assert!(!back(
            "she's fine, see you tomorrow",
            "2026-11-24",
            "2026-11-24"
        ));
    }

    #[test]
    fn until_a_day_is_through_the_day_before() {
        assert_eq!(
            span_of("stay home until friday", "2027-01-12", "2027-01-12"),
            days("2027-01-12", "2027-01-14")
        );
        assert_eq!(
            span_of(
                "he'll be off till at least weds",
                "2027-02-05",
                "2027-02-05"
            ),
            days("2027-02-05", "2027-02-09")
        );
    }

    #[test]
    fn weeks() {
        assert_eq!(
            span_of("off all this week", "2026-11-16", "2026-11-16"),
            days("2026-11-16", "2026-11-20")
        );
        assert_eq!(
            span_of("won't be in all next week", "2027-02-16", "2027-02-22"),
            days("2027-02-22", "2027-02-26")
        );
        assert_eq!(
            span_of(
                "a dentist appointment a week on monday",
                "2026-11-18",
                "2026-11-18"
            ),
            days("2026-11-30", "2026-11-30")
        );
    }

    #[test]
    fn the_day_after_tomorrow_is_two_days_on() {
        // Monday 14 June: Wednesday; said on Thursday, it is Saturday and
        // misses no school day.
        assert_eq!(
            span_of(
                "he has the orthodontist the day after tomorrow at 11.20",
                "2027-06-14",
                "2027-06-14"
            ),
            days("2027-06-16", "2027-06-16")
        );
        assert_eq!(
            span_of(
                "tomorrow and the day after tomorrow",
                "2027-06-14",
                "2027-06-14"
            ),
            days("2027-06-15", "2027-06-16")
        );
    }

    #[test]
    fn back_after_this_week_is_through_its_last_school_day() {
        // Thursday 3 December: Friday is the last day away.
        for text in [
            "i don't think she'll be back until after the weekend",
            "she'll be back after the weekend",
            "the gp says he won't be back before next week",
            "he should be back in school next week",
            "keep him off till the end of the week",
            "off with flu, back next week",
            "her asthma is flaring up so i'm keeping her off until the weekend",
        ] {
            assert_eq!(
                span_of(text, "2026-12-03", "2026-12-03"),
                days("2026-12-03", "2026-12-04"),
                "{text}"
            );
        }
        // Another's time is not the child's.
        assert_eq!(
            span_of(
                "he's staying home today to help me, his dad works away till the weekend",
                "2026-12-03",
                "2026-12-03"
            ),
            days("2026-12-03", "2026-12-03")
        );
        // Said on a Sunday, the weekend is now: the Monday only.
        assert_eq!(
            span_of("back after the weekend", "2026-12-06", "2026-12-07"),
            days("2026-12-07", "2026-12-07")
        );
        // Through next week starts today, however the end is put.
        for text in [
            "won't be in until the end of next week, chicken pox",
            "won't be back till after next week",
            "off with chickenpox, back after next week",
        ] {
            assert_eq!(
                span_of(text, "2026-12-03", "2026-12-03"),
                days("2026-12-03", "2026-12-11"),
                "{text}"
            );
        }
        // An end that "could be" so is hoped of: the default day.
        assert_eq!(
            span_of(
                "off with chickenpox, which could be the end of next week",
                "2026-12-03",
                "2026-12-03"
            ),
            days("2026-12-03", "2026-12-03")
        );
        // Away next week is still next week.
        for text in ["off all next week", "she won't be back next week either"] {
            assert_eq!(
                span_of(text, "2026-12-03", "2026-12-03"),
                days("2026-12-07", "2026-12-11"),
                "{text}"
            );
        }
    }

    #[test]
    fn each_length_is_asked_of_its_own_pattern() {
        for (place, length) in Length::EVERY.into_iter().enumerate() {
            assert_eq!(length as usize, place, "{length:?}");
        }
        for text in [
            "off for the rest of the week, back next week",
            "away until further notice",
            "keisha won't be back until i know it's safe",
            "won't be in for 3 days",
            "poorly today",
        ] {
            let lengths = Lengths::of(text);
            for length in Length::EVERY {
                assert_eq!(
                    lengths.says(length),
                    length.pattern().is_match(text),
                    "{length:?} in {text}"
                );
            }
        }
    }

    #[test]
    fn the_last_week_of_term() {
        assert_eq!(
            span_of(
                "a family holiday for the last week of term",
                "2026-12-03",
                "2026-12-04"
            ),
            days("2026-12-14", "2026-12-18")
        );
        // Said in that week: from the day the message is about.
        assert_eq!(
            span_of("off for the last week of term", "2026-12-15", "2026-12-15"),
            days("2026-12-15", "2026-12-18")
        );
        // Spring half term 2027 is 15 to 19 February.
        assert_eq!(
            span_of(
                "can she have the week before february half term off?",
                "2027-01-25",
                "2027-01-26"
            ),
            days("2027-02-08", "2027-02-12")
        );
    }

    #[test]
    fn to_the_end_of_term_is_the_terms_last_day() {
        for text in [
            "the doctor says she'll be off till the end of term",
            "he broke his leg and won't be back before the end of term",
            "she's off with glandular fever, she won't be back this term",
            "we go to ukraine on monday, she will miss the last week",
            "we'll be back in the area for the start of the spring term",
            "off for the rest of the term with glandular fever",
            "away until the last day of term",
        ] {
            assert_eq!(
                span_of(text, "2026-12-14", "2026-12-14"),
                days("2026-12-14", "2026-12-18"),
                "{text}"
            );
        }
        // Back for a term after the next: away through the term between.
        assert_eq!(
            span_of(
                "travelling with us, back for the start of the summer term",
                "2026-12-14",
                "2026-12-14"
            ),
            days("2026-12-14", "2027-03-25")
        );
        // "The end of the week" is not the end of term.
        assert_eq!(
            span_of("off till the end of the week", "2026-12-08", "2026-12-08"),
            days("2026-12-08", "2026-12-11")
        );
    }

    #[test]
    fn the_last_days_before_a_break_are_counted_back_from_it() {
        // Autumn 2026 ends on Friday 18 December.
        for (text, today) in [
            ("she'll miss the last two days of term", "2026-11-30"),
            ("he won't be in for the last two days, sorry", "2026-12-16"),
        ] {
            assert_eq!(
                span_of(text, today, today),
                days("2026-12-17", "2026-12-18"),
                "{text}"
            );
        }
        // Inside them already, the absence starts today.
        assert_eq!(
            span_of(
                "off for the last three days of term",
                "2026-12-17",
                "2026-12-17"
            ),
            days("2026-12-17", "2026-12-18")
        );
        // Days gone are no days to come.
        assert_ne!(
            span_of(
                "he's been off for the last two days",
                "2026-12-16",
                "2026-12-16"
            )
            .1,
            Some("2026-12-18".to_string())
        );
    }

    #[test]
    fn a_day_running_straight_into_next_week_starts_the_absence() {
        // Thursday 13 May: tomorrow is Friday, then all of next week.
        assert_eq!(
            span_of(
                "she'll be off tomorrow and all next week",
                "2027-05-13",
                "2027-05-14"
            ),
            days("2027-05-14", "2027-05-21")
        );
        // Monday 11 January: a weekday named before "then all of next week"
        // is this week's, and the rest of its week joins it to next week.
        for (text, first) in [
            (
                "tonsils out on friday so he will miss friday and then all of next week",
                "2027-01-15",
            ),
            (
                "an operation on wednesday, then off the rest of the week and all of next week",
                "2027-01-13",
            ),
        ] {
            assert_eq!(
                span_of(text, "2027-01-11", "2027-01-12"),
                days(first, "2027-01-22"),
                "{text}"
            );
        }
        // Named beside next week, it is next week's.
        assert_eq!(
            span_of("off on friday next week", "2027-01-11", "2027-01-12"),
            days("2027-01-22", "2027-01-22")
        );
    }

    #[test]
    fn a_day_of_something_had_now_is_to_come() {
        // Wednesday 9 September: "I've got" is had now, not a past event.
        assert_eq!(
            span_of(
                "i've got the open day this friday so i won't be in",
                "2026-09-09",
                "2026-09-09"
            ),
            days("2026-09-11", "2026-09-11")
        );
    }

    #[test]
    fn back_the_end_of_a_month_is_through_that_month() {
        assert_eq!(
            span_of(
                "finn will be gone from monday 22nd february and back the end of may",
                "2027-02-08",
                "2027-02-09"
            ),
            days("2027-02-22", "2027-05-28")
        );
    }

    #[test]
    fn a_reasons_own_day_inside_a_length_from_now_is_no_start() {
        // Sunday 14 March: the week to come, the funeral inside it.
        assert_eq!(
            span_of(
                "finn won't be in this week, the funeral is friday",
                "2027-03-14",
                "2027-03-15"
            ),
            days("2027-03-15", "2027-03-19")
        );
    }

    #[test]
    fn not_back_before_a_day_is_back_on_it() {
        // Monday 11 January.
        for text in [
            "chickenpox, so he won't be back before monday 18th at the earliest",
            "she's not allowed back in before monday",
        ] {
            assert_eq!(
                span_of(text, "2027-01-11", "2027-01-11"),
                days("2027-01-11", "2027-01-15"),
                "{text}"
            );
        }
        // Back as normal on a day is back then.
        assert_eq!(
            span_of(
                "i will collect him at 12.45 on thursday. he will be back in as normal on friday",
                "2027-01-11",
                "2027-01-12"
            ),
            days("2027-01-14", "2027-01-14")
        );
    }

    #[test]
    fn a_time_is_no_break_between_clauses() {
        // "At 1.30 on Thursday for his lesson" is one clause: Thursday is
        // the collection's day, not told in passing.
        assert_eq!(
            span_of(
                "i will collect him at 1.30 on thursday for his lesson",
                "2027-01-11",
                "2027-01-12"
            ),
            days("2027-01-14", "2027-01-14")
        );
    }

    #[test]
    fn back_after_a_bank_holiday_is_through_the_school_day_before_it() {
        // Thursday 29 April 2027; the early May bank holiday is Monday 3 May.
        for text in [
            "off till after the bank holiday with tonsillitis",
            "he'll be back after the may bank holiday",
        ] {
            assert_eq!(
                span_of(text, "2027-04-29", "2027-04-29"),
                days("2027-04-29", "2027-04-30"),
                "{text}"
            );
        }
    }

    #[test]
    fn texting_shorthands_for_today_and_tomorrow() {
        // As the message's text reaches the dates: normalised.
        let text = |t: &str| crate::parse::text::normalise(t);
        assert_eq!(
            span_of(
                &text("not well tday wont be in"),
                "2027-03-23",
                "2027-03-23"
            ),
            days("2027-03-23", "2027-03-23")
        );
        assert_eq!(
            span_of(&text("off tday and 2moro"), "2027-03-23", "2027-03-23"),
            days("2027-03-23", "2027-03-24")
        );
    }

    #[test]
    fn away_for_the_summer_is_through_the_school_years_last_day() {
        assert_eq!(
            span_of(
                "we're going to hungary for the summer",
                "2027-07-12",
                "2027-07-12"
            ),
            days("2027-07-12", "2027-07-21")
        );
        assert_eq!(
            span_of(
                "the minibus did not come, the contract finished already for the summer",
                "2027-07-13",
                "2027-07-13"
            ),
            days("2027-07-13", "2027-07-13")
        );
    }

    #[test]
    fn weekdays_next_week_are_those_days_of_it() {
        // Said on Monday 23 November: Thursday and Friday of next week.
        assert_eq!(
            span_of(
                "off thursday and friday next week for a wedding",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-12-03", "2026-12-04")
        );
        assert_eq!(
            span_of("won't be in all next week", "2026-11-23", "2026-11-23"),
            days("2026-11-30", "2026-12-04")
        );
        // A date named in next week is that day only.
        assert_eq!(
            span_of(
                "a show next week, she has a matinee on wednesday 2nd december",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-12-02", "2026-12-02")
        );
    }

    #[test]
    fn next_weekday_is_in_the_coming_week() {
        // Said on Wednesday 20 January: next Thursday is the 28th.
        assert_eq!(
            span_of("won't be in next thursday", "2027-01-20", "2027-01-20"),
            days("2027-01-28", "2027-01-28")
        );
        // Said on a Friday both readings agree.
        assert_eq!(
            span_of("won't be in next thursday", "2027-01-22", "2027-01-22"),
            days("2027-01-28", "2027-01-28")
        );
    }

    #[test]
    fn back_after_half_term_on_a_day_is_that_day_of_return() {
        // Sent Tuesday 29 September; half term is 26 to 30 October.
        assert_eq!(
            span_of(
                "going to lanzarote from thursday 15th october, they will be back in school after half term on monday 2nd november",
                "2026-09-29",
                "2026-09-29"
            ),
            days("2026-10-15", "2026-10-23")
        );
    }

    #[test]
    fn a_weekday_in_the_week_of_a_date_away_is_that_weeks() {
        // Monday 12 October: Thursday is the 15th, the day before the
        // funeral, not the Thursday after it.
        assert_eq!(
            span_of(
                "the funeral is on friday 16th so we will be taking them out of school on thursday and friday",
                "2026-10-12",
                "2026-10-12"
            ),
            days("2026-10-15", "2026-10-16")
        );
        // A day back still counts from the date away before it.
        assert_eq!(
            span_of(
                "she'll be off from monday 19th october and back on thursday",
                "2026-10-12",
                "2026-10-12"
            ),
            days("2026-10-19", "2026-10-21")
        );
    }

    #[test]
    fn a_day_the_child_is_in_all_day_is_no_day_away() {
        // Tuesday 20 October.
        assert_eq!(
            span_of(
                "her appointment is friday 23rd not thursday, so she'll miss friday morning instead. she'll be in all day thursday",
                "2026-10-20",
                "2026-10-20"
            ),
            days("2026-10-23", "2026-10-23")
        );
        // Monday 12 October: in as normal Monday to Thursday.
        assert_eq!(
            span_of(
                "leave for hannah on friday 16th october for the funeral. we fly out on thursday evening after school, so she'll be in as normal monday to thursday",
                "2026-10-12",
                "2026-10-12"
            ),
            days("2026-10-16", "2026-10-16")
        );
    }

    #[test]
    fn a_day_with_no_school_is_no_day_away() {
        // Thursday 26 November; Friday 27th is the INSET day.
        assert_eq!(
            span_of(
                "temp of 39, keeping her home. she'll be back monday as tomorrow is inset anyway",
                "2026-11-26",
                "2026-11-26"
            ),
            days("2026-11-26", "2026-11-26")
        );
    }

    #[test]
    fn a_day_compared_with_is_no_day_away() {
        // Monday 5 October.
        assert_eq!(
            span_of(
                "he came back in the same clothes as friday. he's got a cold so i'm keeping him off today",
                "2026-10-05",
                "2026-10-05"
            ),
            days("2026-10-05", "2026-10-05")
        );
        // Nor the day the money or the heating comes back.
        assert_eq!(
            span_of(
                "she won't be in today sorry. theres no money on the gas or electric til thursday",
                "2026-09-14",
                "2026-09-14"
            ),
            days("2026-09-14", "2026-09-14")
        );
        // "So see you Monday" is the day back.
        assert_eq!(
            span_of(
                "poorly so keeping them off today and tomorrow. no school friday anyway so see you monday",
                "2026-11-25",
                "2026-11-25"
            ),
            days("2026-11-25", "2026-11-26")
        );
        // Nor a day hoped for.
        assert_eq!(
            span_of(
                "she was sick again at 5am so she won't be in today. fingers crossed for tomorrow",
                "2026-10-06",
                "2026-10-06"
            ),
            days("2026-10-06", "2026-10-06")
        );
        // Nor the day of a pick-up as usual.
        assert_eq!(
            span_of(
                "won't be in, nasty d&v. if you see a police car at pick-up on monday it's just his dad collecting",
                "2026-10-09",
                "2026-10-09"
            ),
            days("2026-10-09", "2026-10-09")
        );
    }

    #[test]
    fn days_with_no_school_are_told_apart_from_a_span_across_school_days() {
        // Monday 5 October 2026; half term is 26 to 30 October.
        let without_school = |text: &str| {
            DaysNamed::read(&DayScan::of(text), &morning_of("2026-10-05"))
                .only_days_without_school(&morning_of("2026-10-05"), &fernhill())
        };
        assert!(without_school(
            "she has her booster jab on tuesday 27th october, in the half term"
        ));
        assert!(without_school(
            "she is coming in today but she has her booster jab on tuesday 27th october"
        ));
        assert!(!without_school("she has her booster jab on thursday"));
        assert!(!without_school(
            "flying saturday 10th october, back sunday 18th october"
        ));
    }

    #[test]
    fn a_day_of_calling_back_is_no_day_away() {
        // Monday 5 October: "ring back Fri" is when a call was (or will
        // be) made, not the child's day back.
        for text in [
            "off today with a bug, sorry didn't get chance to ring back fri",
            "he's poorly today, i'll call you back thursday",
            "bella off sick, high temp, not eating. will ring tomorrow",
            "she has a temperature, i will phone the school tomorrow to say how she is",
            "not in today got a stinking cold n no voice. will txt tomorrow",
        ] {
            assert_eq!(
                span_of(text, "2026-10-05", "2026-10-05"),
                days("2026-10-05", "2026-10-05"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_range_opened_by_next_monday_ends_in_that_week() {
        // Said on Tuesday 9 March: next Monday is the 15th, and the
        // Wednesday that ends the range is the 17th, not tomorrow.
        for text in [
            "leave for ted next mon to weds please",
            "off next monday - wednesday for the wedding",
        ] {
            assert_eq!(
                span_of(text, "2027-03-09", "2027-03-09"),
                days("2027-03-15", "2027-03-17"),
                "{text}"
            );
        }
    }

    #[test]
    fn back_after_a_break_is_through_the_last_day_before_it() {
        // Friday 23 October is the last day before autumn half term.
        assert_eq!(
            span_of(
                "woke with a temp. she'll be back after half term",
                "2026-10-23",
                "2026-10-23"
            ),
            days("2026-10-23", "2026-10-23")
        );
        // "The holiday" with no season named is the next break, a half
        // term too.
        assert_eq!(
            span_of(
                "not in school friday. they come back after the holiday",
                "2026-10-22",
                "2026-10-22"
            ),
            days("2026-10-23", "2026-10-23")
        );
        // The INSET day on Friday 27 November is no break.
        assert_eq!(
            span_of(
                "we fly to lagos on wednesday 25th, back in school after the christmas holidays",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-25", "2026-12-18")
        );
        // Easter, said in January, is past the February half term.
        assert_eq!(
            span_of(
                "travelling with the fair from monday 8th march until the easter holidays",
                "2027-01-20",
                "2027-01-20"
            ),
            days("2027-03-08", "2027-03-25")
        );
        assert_eq!(
            span_of(
                "travelling with us from the 12th april until half term",
                "2027-03-28",
                "2027-03-29"
            ),
            days("2027-04-12", "2027-05-28")
        );
        assert_eq!(
            span_of(
                "alfie finishes early for the christmas holidays, we fly thursday morning",
                "2026-12-15",
                "2026-12-16"
            ),
            days("2026-12-17", "2026-12-18")
        );
        assert_eq!(
            span_of(
                "amina will be off from monday 5th july until the end of term",
                "2027-06-28",
                "2027-06-28"
            ),
            days("2027-07-05", "2027-07-21")
        );
    }

    #[test]
    fn a_day_something_happened_on_is_not_the_absence() {
        // Sent after the school day: the absence is the next school day.
        assert_eq!(
            span_of(
                "chloe was sent home today with a temperature so she won't be in",
                "2026-11-26",
                "2026-11-30"
            ),
            days("2026-11-30", "2026-11-30")
        );
    }

    #[test]
    fn open_ends() {
        assert_eq!(
            span_of("off until further notice", "2027-02-04", "2027-02-04"),
            ("2027-02-04".into(), None)
        );
        assert_eq!(
            span_of(
                "laila is not coming to school any more",
                "2027-01-19",
                "2027-01-19"
            ),
            ("2027-01-19".into(), None)
        );
        assert_eq!(
            span_of(
                "we're in a refuge now. keisha won't be back until i know it's safe",
                "2027-02-04",
                "2027-02-04"
            ),
            ("2027-02-04".into(), None)
        );
        assert_eq!(
            span_of(
                "i've got no money for fares till thursday. kids wont be in till i sort it",
                "2026-11-02",
                "2026-11-02"
            ),
            ("2026-11-02".into(), None)
        );
        assert_eq!(
            span_of(
                "i'm keeping him home until something's done about it",
                "2027-02-04",
                "2027-02-04"
            ),
            ("2027-02-04".into(), None)
        );
        assert_eq!(
            span_of(
                "going off with the work, we be back when the work finish",
                "2027-02-04",
                "2027-02-04"
            ),
            ("2027-02-04".into(), None)
        );
        assert_eq!(
            span_of(
                "won't be back until after half term",
                "2026-10-21",
                "2026-10-21"
            ),
            ("2026-10-21".into(), None)
        );
        // Back after the school year ends.
        assert_eq!(
            span_of(
                "away from wednesday, back in september",
                "2027-06-21",
                "2027-06-21"
            ),
            ("2027-06-23".into(), None)
        );
        assert_eq!(
            span_of(
                "broke his leg, won't be back until september",
                "2027-07-19",
                "2027-07-19"
            ),
            ("2027-07-19".into(), None)
        );
        // Away until a month's end: its last school day, or the year's.
        assert_eq!(
            span_of(
                "with the fair from monday, out on the road till the end of may",
                "2027-04-08",
                "2027-04-08"
            ),
            days("2027-04-12", "2027-05-28")
        );
        assert_eq!(
            span_of(
                "travelling from thursday 10th june, won't be back in the area until the end of july",
                "2027-06-08",
                "2027-06-08"
            ),
            days("2027-06-10", "2027-07-21")
        );
        assert_eq!(
            span_of(
                "we go travelling with the fair from monday 22nd march, levi will be with us till the end of october",
                "2027-03-19",
                "2027-03-19"
            ),
            days("2027-03-22", "2027-07-21")
        );
    }

    #[test]
    fn named_dates() {
        assert_eq!(
            span_of("appointment on 26/11", "2026-11-13", "2026-11-13"),
            days("2026-11-26", "2026-11-26")
        );
        assert_eq!(
            span_of("interview on thursday 26th", "2026-11-13", "2026-11-13"),
            days("2026-11-26", "2026-11-26")
        );
        assert_eq!(
            span_of("absent on the 3rd of december", "2026-11-13", "2026-11-13"),
            days("2026-12-03", "2026-12-03")
        );
        assert_eq!(
            span_of("off on dec 3rd", "2026-11-13", "2026-11-13"),
            days("2026-12-03", "2026-12-03")
        );
        assert_eq!(
            span_of(
                "leave from monday 8th to friday 12th february",
                "2027-01-12",
                "2027-01-12"
            ),
            days("2027-02-08", "2027-02-12")
        );
        assert_eq!(
            span_of(
                "will miss school from 2 to 6 november",
                "2026-10-25",
                "2026-11-02"
            ),
            days("2026-11-02", "2026-11-06")
        );
    }

    #[test]
    fn a_range_takes_the_month_said_after_its_second_day() {
        assert_eq!(
            span_of(
                "she'll be off from the 1st to the 4th of february",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2027-02-01", "2027-02-04")
        );
        assert_eq!(
            span_of(
                "away between the 15th and the 17th of december",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-12-15", "2026-12-17")
        );
        // A range, not two days named apart.
        let day = MessageDay {
            today: d("2026-11-23"),
            default_day: d("2026-11-23"),
            chased_day: None,
            day_over: false,
        };
        let named = named_away_days(
            &DaysNamed::read(
                &DayScan::of("away between the 15th and the 17th of december"),
                &day,
            ),
            &day,
            &fernhill(),
        );
        assert!(named[1].ends_range && !named[1].listed, "{named:?}");
        // "And" without "between" is still a list.
        assert_eq!(
            separate("off on the 15th and the 17th of december", "2026-11-23"),
            ["2026-12-15", "2026-12-17"]
        );
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert_eq!(
            span_of("off on 31/02", "2026-11-23", "2026-11-23"),
            days("2026-11-23", "2026-11-23")
        );
        // An age is no day.
        assert_eq!(
            span_of(
                "won't be in tomorrow, taking her to the studios for her 9th birthday treat",
                "2027-01-20",
                "2027-01-21"
            ),
            days("2027-01-21", "2027-01-21")
        );
    }

    #[test]
    fn a_weekday_also_named_with_its_date_is_that_date() {
        // Tuesday 15 September: "Thursday" alone would be the 17th.
        assert_eq!(
            span_of(
                "sorry i meant thursday not tuesday!! its thurs 24th for her eye appt",
                "2026-09-15",
                "2026-09-16"
            ),
            days("2026-09-24", "2026-09-24")
        );
    }

    #[test]
    fn a_lesson_sat_out_for_weeks_is_no_length_away() {
        assert_eq!(
            span_of(
                "he's off today after his operation. he can't do pe for six weeks",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-23", "2026-11-23")
        );
    }

    #[test]
    fn hedged_ends_keep_the_certain_part() {
        assert_eq!(
            span_of(
                "off today and probably tomorrow",
                "2026-11-23",
                "2026-11-23"
            ),
            days("2026-11-23", "2026-11-23")
        );
        // A hope said after the day.
        assert_eq!(
            span_of(
                "sick twice this morning so keeping him off. nativity tomorrow so fingers crossed!!",
                "2026-12-10",
                "2026-12-10"
            ),
            days("2026-12-10", "2026-12-10")
        );
        // "May" asking for the day is no doubt about it.
        assert_eq!(
            span_of(
                "please may isla have friday 16th october off?",
                "2026-10-05",
                "2026-10-06"
            ),
            days("2026-10-16", "2026-10-16")
        );
    }

    #[test]
    fn weeks_are_calendar_weeks_and_a_break_inside_them_is_not_added_on() {
        // Term ends on Friday 18 December.
        assert_eq!(
            span_of(
                "off from 7 december for 3 weeks",
                "2026-11-24",
                "2026-11-24"
            ),
            days("2026-12-07", "2026-12-18")
        );
        assert_eq!(
            span_of(
                "off for two weeks with glandular fever",
                "2026-11-16",
                "2026-11-16"
            ),
            // Friday 27 November is an INSET day.
            days("2026-11-16", "2026-11-26")
        );
        // A weekend day before "to" and a verb is no range.
        assert_eq!(
            span_of(
                "she will not be in school next week. her father is taking her to bangladesh on sunday to meet the family",
                "2027-04-16",
                "2027-04-16"
            ),
            days("2027-04-19", "2027-04-23")
        );
        let open = span_of(
            "taking her out next week, she won't be coming back for a long time",
            "2027-03-02",
            "2027-03-02",
        );
        assert_eq!(open.1, None);
    }

    #[test]
    fn a_death_told_this_afternoon_is_no_day_away() {
        // Thursday 22 October, in the evening: tomorrow is the 23rd.
        let s = span_after_school(
            "ruby's nan passed away this afternoon. we're keeping her off tomorrow",
            "2026-10-22",
            "2026-10-23",
        );
        assert_eq!((s.from, s.to), (d("2026-10-23"), Some(d("2026-10-23"))));
    }

    #[test]
    fn a_symptom_for_days_is_how_long_it_went_on() {
        assert_eq!(
            span_of(
                "ahmed he have the flu, hot and coughing 3 days. no go school today tomorrow",
                "2026-11-16",
                "2026-11-16"
            ),
            days("2026-11-16", "2026-11-17")
        );
    }

    #[test]
    fn an_exam_not_till_a_day_is_no_day_back() {
        assert_eq!(
            span_of(
                "keeping him in a dark room today. luckily no exam till wednesday",
                "2027-05-10",
                "2027-05-10"
            ),
            days("2027-05-10", "2027-05-10")
        );
    }

    #[test]
    fn in_alone_before_a_day_is_the_day_back() {
        assert_eq!(
            span_of(
                "wasn't feeling well. in tomorrow",
                "2027-06-23",
                "2027-06-23"
            ),
            days("2027-06-23", "2027-06-23")
        );
    }

    #[test]
    fn today_and_tomorrow_in_romanian_with_their_accents() {
        assert_eq!(
            span_of(
                "ana-maria are febră, rămâne acasă azi și mâine",
                "2026-11-17",
                "2026-11-17"
            ),
            days("2026-11-17", "2026-11-18")
        );
    }

    #[test]
    fn a_morning_greeting_is_no_tomorrow() {
        assert_eq!(
            span_of("dobro jutro. luka has otitis", "2026-12-03", "2026-12-03"),
            days("2026-12-03", "2026-12-03")
        );
    }

    #[test]
    fn a_past_absence_told_on_a_weekday_is_the_last_such_day() {
        // Thursday 1 July: Tuesday was the 29th June.
        for text in [
            "sorry i forgot, on tuesday lena was with me at the consulate for her passport",
            "lena was off on tuesday, she had a temperature, sorry",
            "she missed school on tuesday, sorry i forgot to ring",
            "sorry lena was off on tuesday, there was no one to have her. she's in today",
        ] {
            assert_eq!(
                span_of(text, "2027-07-01", "2027-07-01"),
                days("2027-06-29", "2027-06-29"),
                "{text}"
            );
        }
        // A change that happened on a day is no plan for it.
        assert_eq!(
            span_of(
                "unwell since his medication was changed on monday. he won't be in tomorrow",
                "2027-05-19",
                "2027-05-20"
            ),
            days("2027-05-20", "2027-05-20")
        );
        // An illness that began on a past day, told beside today's absence.
        assert_eq!(
            span_of(
                "lena was sick on monday night, she won't be in today",
                "2027-07-01",
                "2027-07-01"
            ),
            days("2027-07-01", "2027-07-01")
        );
    }

    #[test]
    fn a_day_named_after_an_absence_told_without_one_is_told_in_passing() {
        assert_eq!(
            span_of(
                "no food in for her breakfast so i kept her home. i'll sort it for tomorrow",
                "2027-01-20",
                "2027-01-20"
            ),
            days("2027-01-20", "2027-01-20")
        );
        // Days listed in a clause of their own are the absence's.
        assert_eq!(
            span_of(
                "amina will miss the last week of term, monday 12th to wednesday 21st july",
                "2027-06-14",
                "2027-06-14"
            ),
            days("2027-07-12", "2027-07-21")
        );
    }

    #[test]
    fn days_told_in_passing_are_not_absences() {
        assert_eq!(
            span_of(
                "i will let you know on monday how he is",
                "2026-09-04",
                "2026-09-04"
            ),
            days("2026-09-04", "2026-09-04")
        );
        assert_eq!(
            span_of(
                "she's in hospital, she won't be back at all this week. i'll update you on friday about next week",
                "2027-06-28",
                "2027-06-28"
            ),
            days("2027-06-28", "2027-07-02")
        );
        assert_eq!(
            span_of(
                "the gp has signed him off for the rest of the week and we'll review on friday",
                "2027-03-15",
                "2027-03-15"
            ),
            days("2027-03-15", "2027-03-19")
        );
        assert_eq!(
            span_of(
                "ethan nt in 2day hes got a temp. will let u no tmrw",
                "2026-10-05",
                "2026-10-05"
            ),
            days("2026-10-05", "2026-10-05")
        );
        assert_eq!(
            span_of(
                "absent on friday 9th october, we travel up on the thursday evening",
                "2026-09-30",
                "2026-10-01"
            ),
            days("2026-10-09", "2026-10-09")
        );
        // Monday 12 October: the taxi firm lost its contract last Friday.
        assert_eq!(
            span_of(
                "no taxi again, the firm lost the contract on friday and nobody told us",
                "2026-10-12",
                "2026-10-12"
            ),
            days("2026-10-12", "2026-10-12")
        );
    }
}
