//! Whether the parser has accounted for everything a message says. A
//! message it cannot fully account for goes to a person (`needs_staff`)
//! rather than being recorded on a confident guess: the parent corrects
//! themselves, a day word is misspelled, a time of year is named but not
//! read, days named apart were read as one stretch or a named day was
//! left out, an illness is mentioned only in passing in a message about
//! something else, lateness was read from a clock time alone while the
//! child is said to be off, someone not on the roster is named in lower
//! case, or the child is said to be fine in a message that also gives a
//! reason and a day ahead. Each finding carries the words behind it.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{self, MessageDay};
use super::language::is_common_english;
use super::reason::ReasonScan;
use super::signals;
use super::text::{compile, sentence_around};
use crate::calendar::Calendar;
use crate::domain::{Code, Evidence, Report};

/// A parent correcting what they just wrote: which child, which day.
static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(sorry,? i mean|sorry,? i meant|i meant( [a-su-z]| t[a-np-z]| to[a-z]|\s*[,.!]|$)|i mean [a-z]+\s*(!|\.|,|$)|sorry,? not [a-z]+\s*[,!.]|",
        r"wrong (name|child|kid|day|date|one)|correction|scratch that|(^|[.!?]\s*)(sorry\W*)?meant [a-z]+ not [a-z]+|",
        r"ignore (my|the|that|this) (last|previous|earlier|first)( message| text| email)?)"
    ))
});

/// A correction that says outright which of the sender's children is
/// meant: "it's Sienna who's poorly not Sophie", "ignore my last text,
/// Kofi IS coming in, it's Abena who's poorly".
static WHO_IS_MEANT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bit'?s (?P<meant>[a-z][a-z'-]*) (who|that)\b"));

/// Whether the message says outright which child is meant ("it's Abena
/// who's poorly"), and every report is of one child.
fn says_who_is_meant(conclusion: &Conclusion) -> bool {
    let of_the_roster = |name: &str| conclusion.names.iter().any(|n| n == name);
    WHO_IS_MEANT
        .captures(conclusion.whole)
        .is_some_and(|c| of_the_roster(&c["meant"]))
        && conclusion.reports.iter().all(|r| r.pupils.len() == 1)
}

/// A time of year said as when an absence ends: the day it means must come
/// from the calendar, which the parser reads only for the phrases it knows
/// ("until after half term").
static TIME_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(until|till|til|up to|back (after|at|in|for)|return\w* (after|at|in))\s+",
        r"(the\s+)?(end of (the )?term|half[- ]?term|easter|christmas|summer|holidays?|term|new year)\b"
    ))
});

/// The sender taking a child out of school: an absence in itself.
static COLLECTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(collect\w*|pick(ing)? (him|her|them|\w+) up|pick up|fetch(ing)? (him|her|them))\b")
});

/// Words that say a child is away for the day, not arriving late.
static OFF: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(be|is|'s|are|will be|stay(ing)?|kept|keep(ing)?) (off|home|at home|away)\b|\bday off\b",
    )
});

/// A relative or friend named in lower case as a subject: "his cousin
/// paddy has the bug too". The roster rules catch capitalised names only.
static RELATIVE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(cousin|friend|nephew|niece|step ?brother|step ?sister)\s+([a-z]+)\s+(and|have|has|is|are|was|were|both)\b",
    )
});
/// Words that follow a relation without being a name.
const NOT_A_NAME: [&str; 6] = ["too", "also", "who", "which", "that", "here"];

/// The full names of the days a parent writes, to catch a misspelling of
/// one ("tomorow", "wendsday") that the date rules cannot read.
const DAY_WORDS: [&str; 8] = [
    "today",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "yesterday",
];

/// What the parser concluded, for checking against what the message says.
pub struct Conclusion<'a> {
    /// The lower-case message.
    pub whole: &'a str,
    pub reports: &'a [Report],
    pub day: &'a MessageDay,
    pub calendar: &'a Calendar,
    /// The message replies to a chase.
    pub in_reply_to_chase: bool,
    /// The message's own correction of a child's name was applied.
    pub corrected: bool,
    /// The folded names of the sender's children: a child called "Tuesday"
    /// is no misspelled day.
    pub names: &'a [String],
    /// No report, and the words saying the child is in, if that decided it.
    pub attending: Option<&'a str>,
    /// Every time the message gives is after the school day ends.
    pub after_the_school_day: bool,
}

/// Everything the message says that the conclusion does not account for,
/// each with the words and why a person must look.
pub fn unaccounted(conclusion: &Conclusion) -> Vec<Evidence> {
    let whole = conclusion.whole;
    let mut found = Vec::new();
    // Asked only of a message that corrects itself, which few do.
    let unsettled = |_: &regex::Match| !conclusion.corrected && !says_who_is_meant(conclusion);
    if let Some(words) = CORRECTION.find(whole).filter(unsettled) {
        found.push(Evidence::new(
            words.as_str(),
            "the message corrects itself: which child or day is meant",
        ));
    }
    found.extend(relative_named(whole, conclusion.names));
    if conclusion.reports.is_empty() {
        found.extend(fine_yet_away(conclusion));
        return found;
    }
    found.extend(misspelled_day(whole, conclusion.names));
    found.extend(time_of_year_unread(whole, conclusion.reports));
    // The day words are read once for the checks that need them.
    let scan = dates::DayScan::of(whole);
    found.extend(days_not_as_named(conclusion, &scan));
    found.extend(illness_in_passing(conclusion));
    found.extend(late_from_a_time_alone(whole, conclusion.reports));
    found.extend(planned_day_after(conclusion, &scan));
    found.extend(
        ONLY_IF
            .find(whole)
            .map(|words| Evidence::new(words.as_str(), "the absence depends on how the child is")),
    );
    found.extend(
        PLAN_OPEN
            .find(whole)
            .map(|words| Evidence::new(words.as_str(), "the plan is still to be settled")),
    );
    found.extend(
        ONE_DAY_OR_ANOTHER
            .find_iter(whole)
            .find(|m| {
                !DENIED_BEFORE
                    .is_match(&whole[sentence_around(whole, m.start(), m.end()).start..m.start()])
            })
            .map(|m| Evidence::new(m.as_str(), "one day or another: which is not settled")),
    );
    // Both asked only of the few messages holding their rarest words.
    let recurs = ["every", "each", "weekly", "fortnightly"]
        .iter()
        .any(|word| whole.contains(word));
    found.extend(
        recurs
            .then(|| RECURRING.find(whole))
            .flatten()
            .map(|words| {
                Evidence::new(
                    words.as_str(),
                    "a day that comes round again: a person sets each date",
                )
            }),
    );
    // A question whether the child may come in, with an absence if not.
    found.extend(
        whole
            .contains("if not")
            .then(|| ASKS_IF_IN.find(whole))
            .flatten()
            .map(|words| Evidence::new(words.as_str(), "asks whether the child may come in")),
    );
    // After an appointment, "may bring him in after" is routine.
    let ill = conclusion.reports.iter().all(|r| r.code == Code::Illness);
    found.extend(MAYBE_IN_TODAY.find(whole).filter(|_| ill).map(|words| {
        Evidence::new(
            words.as_str(),
            "whether the ill child comes in later is left open",
        )
    }));
    found
}

/// Whether the child comes in later today is left open: "might bring her
/// in later", "not sure if Brooke will make it in today". A hedged day
/// ahead ("will try and get him in tomorrow") is only the certain part's
/// end, as parsing.md settles; an ill child's hedged arrival today is the
/// office's call.
static MAYBE_IN_TODAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(might|may|maybe|possibly|perhaps|could)( try (to|and))? (bring|send|drop|get|take) (him|her|them|[a-z-]+) in",
        r"( to school)?( (later|after\b|this afternoon|for the afternoon|at lunch|after lunch|for lunch|in a bit|if|when|once)|\s*([,.!?]|$))|",
        r"\bnot sure (if|whether) (he|she|they|[a-z-]+)('ll| will|'s| is| are|'re)? (make it|be|going|coming) in( today| this morning)?( at all)?\s*([,.!?]|$)"
    ))
});

/// An absence that comes round again: "every Tuesday for the next six
/// weeks", "each Friday afternoon until half term", "weekly physio".
static RECURRING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(every|each) (other )?(monday|tuesday|wednesday|thursday|friday|mon|tues|wed|weds|thurs|fri|week)s?\b|\b(weekly|fortnightly) (\w+ )?(appointments?|sessions?|physio|therapy|hydrotherapy|treatment|clinic|lessons?)\b",
    )
});

/// A question whether the child may come in, the absence hanging on the
/// answer: "Is he ok to come in with it? If not I'll keep him home".
static ASKS_IF_IN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(is|are|can|should|could) (he|she|they|\w+) (ok|okay|alright|allowed|able|fine)? ?(to )?(come|go|be) (in|into school|to school)\b[^.!?]{0,30}\?[^.!?]{0,10}\bif not\b",
    )
});

/// Two days offered as one or the other: "it is Tuesday or Wednesday next
/// week, depends on the moon". Under a denial they are both ("won't be in
/// Monday or Tuesday"), which the date rules read.
static ONE_DAY_OR_ANOTHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(monday|tuesday|wednesday|thursday|friday|tomorrow|mon|tues|tue|wed|weds|thurs|thur|thu|fri)",
        r" or (on )?(the )?(monday|tuesday|wednesday|thursday|friday|mon|tues|tue|wed|weds|thurs|thur|thu|fri)\b"
    ))
});
/// Words before two days that make "or" mean neither of them.
static DENIED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(won't|wont|will not|not|can't|cannot|isn't|aren't|unable|neither|miss|missing|no school)\b[^.!?\n]*$",
    )
});

/// An absence said to hang on how the child is: "if he's no better in the
/// morning I'll keep him at home", "if she's still got a temperature in the
/// morning I'll keep her home", "if it's not down by the morning I'll keep
/// her off" (not "I'll let you know if she is still unwell").
static ONLY_IF: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\bif (he|she|they|it|(his|her|the) (temp|temperature|fever|rash|cough|eyes?|tummy)|\w+)('s| is| are|'re| has| have|'ve)? ",
        r"(still |not |no |any )?(no better|not (any )?better|worse|still (ill|poorly|sick|unwell|bad)|(still )?(got|has|have) (a |the |that |his |her )?(temp|temperature|fever|rash|cough|spots|sickness|d ?(&|and|n) ?v)|(not|isn't|hasn't) (down|gone|settled|cleared)|(sick|ill|poorly) again)\b",
        r"[^.!?\n]{0,40}?\b(keep|keeping|stay|staying|off|at home)\b"
    ))
});

/// A plan still to be settled: "might need picking up early on Thursday".
/// Not a hedged end after a day certain ("probably Monday off too, I'll
/// confirm"), which is only the certain part's end.
static PLAN_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((might|may|could) (need|have) to (\w+ ){0,3}(pick|collect|take|leave|go|keep|miss)\w*|(might|may) need (picking|collecting|collection|to be (picked|collected)))\b",
    )
});

/// A word one slip away from a day name that is not one.
fn misspelled_day(whole: &str, names: &[String]) -> Option<Evidence> {
    whole
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !names.iter().any(|n| n == w))
        .find(|word| {
            !DAY_WORDS.contains(word)
                && DAY_WORDS.iter().any(|day| {
                    let slips = if day.len() >= 8 { 2 } else { 1 };
                    // A slip keeps the first letter and about the length;
                    // checking that first keeps the check cheap.
                    let near = word.as_bytes()[0] == day.as_bytes()[0]
                        && word.len().abs_diff(day.len()) <= slips;
                    let plural = word.strip_suffix('s') == Some(day);
                    near && !plural && edit_distance(word, day) <= slips
                })
        })
        .map(|word| Evidence::new(word, "a day word the date rules cannot read"))
}

/// A lower-case name of someone not on the roster, beside the children.
fn relative_named(whole: &str, names: &[String]) -> Option<Evidence> {
    RELATIVE_NAMED.captures_iter(whole).find_map(|c| {
        let word = c.get(2)?.as_str();
        let not_a_name = is_common_english(word)
            || NOT_A_NAME.contains(&word)
            || names.iter().any(|n| n == word);
        (!not_a_name).then(|| {
            Evidence::new(
                c.get(0).map_or("", |m| m.as_str()),
                "a child named who is not on the roster",
            )
        })
    })
}

/// A time of year named as the end of an absence that the date rules did
/// not read, while a report ends on its first day.
fn time_of_year_unread(whole: &str, reports: &[Report]) -> Option<Evidence> {
    if !reports.iter().any(|r| r.to == Some(r.from)) {
        return None;
    }
    let mut said = TIME_OF_YEAR.find_iter(whole).peekable();
    said.peek()?;
    let phrases = dates::day_phrases(&dates::DayScan::of(whole));
    // "His mum is working abroad, maybe until Christmas": a time of year in
    // a sentence that speaks of no absence ends something else.
    let of_an_absence = |m: &regex::Match| {
        let sentence = &whole[sentence_around(whole, m.start(), m.end())];
        dates::speaks_of_absence(sentence)
    };
    said.find(|m| !phrases.iter().any(|p| p.contains(m.as_str())) && of_an_absence(m))
        .map(|m| Evidence::new(m.as_str(), "a time of year named as the end, not read"))
}

/// Days named apart ("Tuesday 6th and Thursday 8th", "hurt it on Friday
/// ... off today") read as one stretch over days never named, or a day
/// named away that no report covers.
fn days_not_as_named(conclusion: &Conclusion, scan: &dates::DayScan) -> Option<Evidence> {
    let calendar = conclusion.calendar;
    let days = dates::DaysNamed::read(scan, conclusion.day);
    let mut named = dates::named_away_days(&days, conclusion.day, calendar);
    // "Monday to Friday (8th to 12th Feb)": a day told again is one day.
    let mut seen = Vec::new();
    named.retain(|n| {
        let new = !seen.contains(&n.date);
        seen.push(n.date);
        new
    });
    let covered = |day| {
        conclusion
            .reports
            .iter()
            .any(|r| r.from <= day && r.to.is_none_or(|to| day <= to))
    };
    if let Some(day) = named.iter().find(|n| !covered(n.date)) {
        return Some(Evidence::new(
            day.words.as_str(),
            "a day named as a day away that no report covers",
        ));
    }
    named.windows(2).find_map(|pair| {
        let (a, b) = (&pair[0], &pair[1]);
        let (first, last) = (a.date.min(b.date), a.date.max(b.date));
        let between = calendar.next_school_day(first).filter(|d| *d < last)?;
        (!b.ends_range && covered(between)).then(|| {
            Evidence::new(
                format!("{}, {}", a.words, b.words),
                "days named apart, read as one stretch with the days between",
            )
        })
    })
}

/// An illness is the only sign of an absence in a message that asks or
/// tells something else ("can she have her inhaler", "hay fever is bad,
/// could someone give her the spray"): the child may well be in.
fn illness_in_passing(conclusion: &Conclusion) -> Option<Evidence> {
    let whole = conclusion.whole;
    let only_illness = conclusion.reports.iter().all(|r| r.code == Code::Illness);
    // "Is sick today" is a report whatever else the message asks.
    let ill_today = signals::speaks_of_illness_now(whole) && whole.contains("today");
    let weak = only_illness
        && !ill_today
        && !conclusion.in_reply_to_chase
        && !signals::reports_absence(whole)
        && !COLLECTION.is_match(whole)
        && !signals::speaks_of_lateness(whole)
        // "Sick in the night, is it 48 hours before he can come back?": a
        // question about this absence.
        && !signals::implies_time_off(whole);
    let about = signals::about_something_else_words(whole).filter(|_| weak)?;
    Some(Evidence::new(
        about,
        "an illness mentioned in a message about something else: is the child off?",
    ))
}

/// A late code read from a clock time alone, in a message that says the
/// child will be off and never speaks of lateness: the time may be someone
/// else's ("the removal men come at 8"). When another report is of a child
/// away, the words of being off are that child's ("Jayden's staying home,
/// Nia missed her bus, there for 9.40").
fn late_from_a_time_alone(whole: &str, reports: &[Report]) -> Option<Evidence> {
    let late = !reports.is_empty() && reports.iter().all(|r| r.code.is_late());
    (late && OFF.is_match(whole) && !signals::speaks_of_lateness(whole)).then(|| {
        Evidence::new(
            "",
            "read as late from a time alone, though the child is said to be off",
        )
    })
}

/// A school day named as a day away after every report ends, in a
/// sentence that plans time away on it ("she has her pre-op on Tuesday 8th at 2pm, so I'll
/// collect her at 1", "fracture clinic Weds morning at 9"): a second
/// absence the reports do not hold.
fn planned_day_after(conclusion: &Conclusion, scan: &dates::DayScan) -> Option<Evidence> {
    let whole = conclusion.whole;
    let last = conclusion.reports.iter().map(|r| r.to).max()??;
    dates::school_days_away_after(scan, conclusion.day, last, conclusion.calendar)
        .into_iter()
        .find(|(_, words)| {
            let sentence = &whole[sentence_around(whole, words.start, words.end)];
            COLLECTION.is_match(sentence)
                || ReasonScan::new(sentence, conclusion.names)
                    .reasons()
                    .is_planned()
        })
        .map(|(_, words)| {
            Evidence::new(
                &whole[words],
                "a day after the absence, with time away planned on it: a second absence?",
            )
        })
}

/// The child is said to be fine or in, yet the message also gives a reason
/// and names a day ahead, in school hours: "she's fine but sore, so she'll
/// have tomorrow off".
fn fine_yet_away(conclusion: &Conclusion) -> Option<Evidence> {
    let attending = conclusion.attending?;
    let whole = conclusion.whole;
    // "The eye test at 3.45 tomorrow, his dad will collect him as usual":
    // nothing ahead is in school hours.
    if conclusion.after_the_school_day {
        return None;
    }
    let days = dates::DaysNamed::read(&dates::DayScan::of(whole), conclusion.day);
    let ahead = dates::named_away_days(&days, conclusion.day, conclusion.calendar)
        .iter()
        .any(|d| d.date > conclusion.day.today);
    (ahead && ReasonScan::new(whole, conclusion.names).reasons().any()).then(|| {
        Evidence::new(
            attending,
            "said to be fine or in, yet a reason and a day ahead are given",
        )
    })
}

/// Edits (insertions, deletions, substitutions, swaps of neighbours) that
/// turn `a` into `b`. The table is one buffer, row after row: this runs on
/// every word near a day name, and a row each would be an allocation each.
fn edit_distance(a: &str, b: &str) -> usize {
    let a = a.as_bytes();
    let b = b.as_bytes();
    let width = b.len() + 1;
    let mut table = vec![0usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        table[at(i, 0)] = i;
    }
    for j in 0..=b.len() {
        table[at(0, j)] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[at(i - 1, j)] + 1)
                .min(table[at(i, j - 1)] + 1)
                .min(table[at(i - 1, j - 1)] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[at(i - 2, j - 2)] + 1);
            }
            table[at(i, j)] = best;
        }
    }
    table[at(a.len(), b.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_between_words() {
        assert_eq!(edit_distance("tomorow", "tomorrow"), 1);
        assert_eq!(edit_distance("tommorow", "tomorrow"), 2);
        assert_eq!(edit_distance("wendsday", "wednesday"), 2);
        assert_eq!(edit_distance("friday", "friday"), 0);
        assert_eq!(edit_distance("fridya", "friday"), 1);
    }

    #[test]
    fn misspelled_days_are_caught_and_names_spared() {
        let names = ["sunday".to_string()];
        assert!(misspelled_day("off today and tomorow", &names).is_some());
        assert!(misspelled_day("back on wendsday", &names).is_some());
        assert!(misspelled_day("off today, back on mondays club", &names).is_none());
        assert!(misspelled_day("todays the day", &names).is_none());
        assert!(misspelled_day("sunday is ill", &names).is_none());
    }

    #[test]
    fn relatives_named_in_lower_case() {
        let names = ["johnny".to_string()];
        assert!(relative_named("johnny and his cousin paddy have colds", &names).is_some());
        assert!(relative_named("her cousin is staying with us", &names).is_none());
        assert!(relative_named("his friend johnny is off", &names).is_none());
    }

    #[test]
    fn corrections() {
        for text in [
            "collecting ben at 1.45. sorry not ben, millie!",
            "ben is ill. sorry i mean millie!",
            "wrong name, it's ben",
            "please ignore my last message",
            "kofi has a temp. i meant ama",
            "sorry!! meant erin not harvey. harvey is on his way in",
        ] {
            assert!(CORRECTION.is_match(text), "{text}");
        }
        assert!(!CORRECTION.is_match("i mean she's been really poorly all night"));
        // An intention, not a correction.
        assert!(!CORRECTION.is_match("i hit him harder than i meant to. he's ok"));
    }

    #[test]
    fn days_that_come_round_again_and_questions_whether_to_come_in() {
        for text in [
            "physio every tuesday at 1.30 for the next six weeks",
            "hydrotherapy each friday afternoon until half term",
            "his weekly speech therapy sessions",
        ] {
            assert!(RECURRING.is_match(text), "{text}");
        }
        assert!(!RECURRING.is_match("she is off every bit as poorly as last week"));
        assert!(
            ASKS_IF_IN.is_match("is he ok to come in with it? if not i'll keep him home today")
        );
        assert!(!ASKS_IF_IN.is_match("is he ok to come in with it? he has no temperature"));
    }

    #[test]
    fn times_of_year_left_unread() {
        let day: chrono::NaiveDate = "2026-10-12".parse().unwrap();
        let one_day = [Report {
            pupils: vec!["Ben".into()],
            code: Code::Traveller,
            from: day,
            from_session: crate::domain::Session::Am,
            to: Some(day),
            to_session: crate::domain::Session::Pm,
            arrival: None,
        }];
        let text = "off from today, back at the end of term";
        assert!(time_of_year_unread(text, &one_day).is_some());
        // Read by the dates: the last school day before half term.
        assert!(time_of_year_unread("off from today, back after half term", &one_day).is_none());
        let open = [Report {
            to: None,
            ..one_day[0].clone()
        }];
        assert!(time_of_year_unread(text, &open).is_none());
        assert!(time_of_year_unread("off until after half term", &one_day).is_none());
        // The time of year ends something other than the absence.
        let elsewhere = "dentist on thursday. his mum is working abroad, maybe until christmas.";
        assert!(time_of_year_unread(elsewhere, &one_day).is_none());
        // Back from a break already over is no end.
        let over =
            "he has come back from half term with a chest infection, he won't be in tomorrow";
        assert!(time_of_year_unread(over, &one_day).is_none());
    }
}
