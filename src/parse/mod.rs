//! Turning a parent's free-text message into provisional register entries,
//! as `parsing.md` defines: which children, which code, which school days
//! and sessions, and what a person must look at.
//!
//! The work is split by question: [`email`] drops quoted text, [`clauses`]
//! cuts the message into parts per child, [`children`] finds names,
//! [`signals`] decides whether a part reports an absence at all (and what
//! a message that reports none is about), [`reason`] picks the code,
//! [`lateness`] and [`times`] read arrival times, [`dates`] and
//! [`sessions`] decide the days and sessions, [`language`] tells whether
//! the message is English at all, and [`safeguarding`] looks for a child
//! at risk. What the parser cannot account for goes to a person, and each
//! result carries the words that decided it. Everything here is pure: the
//! time of the message and the school are inputs.

mod accounted;
mod children;
mod clauses;
mod correction;
mod dates;
pub mod durations;
mod email;
#[macro_use]
mod kinship;
mod language;
mod lateness;
mod misspelt;
mod reason;
pub mod safeguarding;
mod sessions;
mod signals;
mod text;
mod times;

use std::cell::OnceCell;
use std::collections::HashSet;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

use crate::domain::{
    Channel, Code, Concern, ConcernCategory, Evidence, Explanation, Flag, ParsedMessage, Report,
    School, Session,
};
use children::ChildNames;
use dates::{DaySpan, MessageDay};
use lateness::Lateness;
use reason::Reasons;
use sessions::DayPart;
use signals::Topic;

/// One of the sender's children on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub first: String,
    pub last: String,
    #[serde(default)]
    pub known_as: Option<String>,
    /// Year group as written on the roster ("R", "Y3", "N").
    pub year: String,
}

/// Set when the message replies to a chase: the named children were marked
/// absent without a reason on `date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChaseContext {
    /// Roster first names.
    pub chasing: Vec<String>,
    pub date: NaiveDate,
}

/// A parent's message with what the school knows about its sender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageInput {
    pub channel: Channel,
    /// When it arrived, with the school's local offset.
    pub received_at: DateTime<FixedOffset>,
    #[serde(default)]
    pub subject: Option<String>,
    pub children: Vec<Child>,
    #[serde(default)]
    pub context: Option<ChaseContext>,
    pub text: String,
}

/// Longer messages are read only this far (and flagged for a person):
/// nobody reports an absence in a novel, and the rules stay fast.
const MAX_CHARS: usize = 10_000;

/// What one part of a message reports, before parts with the same code and
/// days are merged into one report.
struct Draft {
    pupils: Vec<usize>,
    code: Code,
    span: DaySpan,
    from_session: Session,
    to_session: Session,
    arrival: Option<chrono::NaiveTime>,
    /// The words that decided the code, and the days.
    code_cues: Vec<Evidence>,
    date_cues: Vec<Evidence>,
    /// How children were found when none was named.
    unnamed_basis: Option<&'static str>,
    /// Separate days listed ("Mon, Wed and Fri"): one entry each, in
    /// place of the span.
    separate_days: Vec<NaiveDate>,
    /// A brother or sister is spoken of who may be another child on the
    /// roster, and whether they are away cannot be told.
    sibling_unclear: bool,
    /// The words name a day or a length, rather than leaving the day the
    /// message is about.
    day_named: bool,
}

/// Everything about the message that every part shares.
struct Setting<'a> {
    school: &'a School,
    day: MessageDay,
    sent: chrono::NaiveTime,
    in_reply_to_chase: bool,
    /// The message raises a safeguarding concern.
    at_risk: bool,
    /// One of the concerns is a child missing: "he left for school at 8
    /// and hasn't turned up".
    child_missing: bool,
    /// The folded names of the sender's children.
    names: &'a [String],
    /// The message asks whether the school is open on a day, and tells of
    /// no absence beside the question: "is there no school tomorrow? Want
    /// to book her dentist if so".
    asks_only_if_school_is_open: bool,
    /// The words asking whether the child may come in, when the message
    /// tells of no absence outside its questions: "Theo's got
    /// conjunctivitis, can he still come in?"
    asks_only_if_the_child_may_come_in: Option<&'a str>,
}

/// Reads one message. Never fails: what cannot be read is flagged for a
/// person.
pub fn parse_message(input: &MessageInput, school: &School) -> ParsedMessage {
    let new_text = email::new_text(&input.text);
    let (body, truncated) = truncate(&new_text, MAX_CHARS);
    let punctuated = text::with_dictated_punctuation(body);
    let body = punctuated.as_ref();
    let roster = ChildNames::new(&input.children);
    // "Kofi is sick. Sorry I mean Ama!": read as about the child meant.
    let correction = correction::applied(body, &roster);
    let body = correction.as_ref().map_or(body, |c| c.text.as_str());
    let names: Vec<String> = input
        .children
        .iter()
        .flat_map(|c| [Some(&c.first), c.known_as.as_ref()])
        .flatten()
        .map(|n| children::fold(n))
        .collect();
    let whole = text::normalise(body);
    let concerns = safeguarding::concerns(&whole, &names);
    let setting = Setting {
        school,
        day: message_day(input, school),
        sent: school.local(input.received_at.to_utc()).time(),
        in_reply_to_chase: input.context.is_some(),
        at_risk: !concerns.is_empty(),
        child_missing: concerns
            .iter()
            .any(|c| c.category == ConcernCategory::Missing)
            && !signals::says_attending(&whole),
        names: &names,
        asks_only_if_school_is_open: signals::asks_if_school_is_open(&whole).is_some_and(
            |question| !signals::reports_absence(&whole.replace(question.as_str(), " ")),
        ),
        asks_only_if_the_child_may_come_in: signals::asks_if_the_child_may_come_in(&whole),
    };
    let cut = clauses::by_child(body, &roster);
    let mut drafts = drafts(input, &roster, &cut, &setting);
    if !concerns.is_empty() {
        for draft in &mut drafts {
            concern_as_reason(draft, &whole, &concerns, &names);
        }
    }
    drop_days_told_twice(&mut drafts);
    share_the_arrival(&mut drafts, &whole);
    let sibling_unclear = drafts.iter().any(|d| d.sibling_unclear);
    let mut explanation = explain_drafts(&drafts, body, &roster);
    if let Some(correction) = &correction {
        let words = correction.words.as_str();
        match correction.of {
            correction::Corrects::Child => explanation.children.push(Evidence::new(
                words,
                "the message corrects the child it named: read as about the child meant",
            )),
            correction::Corrects::Day => explanation.dates.push(Evidence::new(
                words,
                "the message corrects the day it named: read as about the day meant",
            )),
        }
    }
    let reports = merge(drafts, &roster);
    // "Both boys have the bug, Finn was sick last night and Leo started
    // this morning": the children spoken of together, yet reported apart
    // or not all, with none said to be in, are for a person to check.
    let together_but_apart = roster.len() > 1
        && !reports.is_empty()
        && children::speaks_of_several(&whole)
        && !signals::says_attending(&whole)
        && {
            let reported: HashSet<&str> = reports
                .iter()
                .flat_map(|r| r.pupils.iter().map(String::as_str))
                .collect();
            // Unless each child's own words say when its absence ends
            // ("Niamh will be back Thursday, Ryan off all week").
            let each_own_end = || {
                cut.parts.iter().all(|p| {
                    dates::DaysNamed::read(&dates::DayScan::of(&p.text), &setting.day)
                        .names_an_end()
                })
            };
            let one_reason_two_ends = reports.len() > 1
                && reports.iter().all(|r| r.code == reports[0].code)
                && reports
                    .iter()
                    .any(|r| r.to != reports[0].to && r.pupils != reports[0].pupils)
                && !each_own_end();
            one_reason_two_ends
                || (reported.len() < roster.len() && children::counts_them_all(&whole))
        };
    // "Both are off with the bug" from a parent of three: which two?
    let more_than_counted = children::counted_together(&whole)
        .is_some_and(|counted| reports.iter().any(|r| r.pupils.len() > counted));
    // "She IS in!! She was at breakfast club and they walked her over late":
    // a reply to a chase that says the child is in, and was with the
    // school's own staff, disputes the register.
    let disputes_the_register = setting.in_reply_to_chase
        && !reports.is_empty()
        && signals::says_in_school(&whole)
        && signals::register_missed_the_child(&whole);
    let english = language::reads_as_english(&whole);
    // A face of illness alone is a guess, unless it answers a chase's
    // question why the child was off.
    let pictured = !reports.is_empty() && reason::illness_only_pictured(&whole);
    let answers_a_chase_with_a_face =
        pictured && setting.in_reply_to_chase && reason::faces_all_of_illness(&whole);
    // "Ellie 🤒🤧 staying in bed today": a face of fever beside words that
    // the child is off says ill, whatever else is pictured.
    let off_with_a_face_of_illness =
        pictured && reason::shows_a_face_of_illness(&whole) && signals::reports_absence(&whole);
    let guessed = pictured && !answers_a_chase_with_a_face && !off_with_a_face_of_illness;
    let unsure = [
        (
            cut.names_unknown_child,
            "a child named who is not on the roster",
        ),
        (truncated, "too long to read in full"),
        (!english, "not written in English"),
        (guessed, "the only sign of illness is an emoji"),
        (
            sibling_unclear,
            "a brother or sister spoken of may be another child on the roster",
        ),
        (
            together_but_apart,
            "the children are spoken of together but reported apart or not all",
        ),
        (
            more_than_counted,
            "more children reported together than the message counts",
        ),
        (
            dates::weekday_contradicts_its_date(&whole, setting.day.today),
            "a weekday named that is not the day of the date beside it",
        ),
        (
            disputes_the_register,
            "a reply to a chase says the child is in: the register may be wrong",
        ),
    ];
    let no_absence = match reports.is_empty() && english {
        true => says_no_absence(&whole, &setting),
        false => None,
    };
    let unaccounted = accounted::unaccounted(&accounted::Conclusion {
        whole: &whole,
        reports: &reports,
        day: &setting.day,
        calendar: &school.calendar,
        in_reply_to_chase: setting.in_reply_to_chase,
        corrected: correction.is_some(),
        names: &names,
        attending: no_absence
            .as_ref()
            .filter(|_| signals::attending_words(&whole).is_some())
            .map(|cue| cue.words.as_str()),
        after_the_school_day: reports.is_empty()
            && sessions::all_after_the_school_day(
                &whole,
                &times::clock_times(&whole, school.times.am.register_closes.hour()),
                &school.times,
            ),
    });
    let accounted_for =
        english && (!reports.is_empty() || no_absence.is_some()) && unaccounted.is_empty();
    // "She's in today" beside an illness of the child's now contradicts
    // itself ("not feeling well today", "he ain't coming in, been sick");
    // beside marks told of the day before it does not ("came home with
    // bruises all up his back ... he's in today").
    let child_said_in = reports.is_empty()
        && setting.at_risk
        && signals::attending_words(&whole).is_some()
        && !(Reading::new(&whole, &setting).reasons.illness
            && (signals::speaks_of_illness_now(&whole) || signals::reports_absence(&whole)));
    let evidence = FlagEvidence {
        whole: &whole,
        concerns: &concerns,
        unsure: &unsure,
        no_absence,
        accounted_for,
        unaccounted,
        child_said_in,
        answers_a_chase_with_a_face,
    };
    let (flags, flag_cues) = flags(&reports, &evidence);
    explanation.flags = flag_cues;
    ParsedMessage {
        reports,
        flags,
        concerns,
        explanation,
    }
}

/// The code of an absence whose reason is the concern itself: a child in
/// a self-harm or suicidal crisis, given no other reason, is unwell; an
/// illness that is a parent's, told as the parent's inability to care, is
/// no reason of the child's; and an absence otherwise put down to "other
/// circumstances" ("too tired", "can't cope") beside a concern a rule read,
/// or to a holiday that is the child's exploitation or going missing, is
/// one whose reason is not yet established (`N`), as the specification
/// settles it.
fn concern_as_reason(draft: &mut Draft, whole: &str, concerns: &[Concern], names: &[String]) {
    let a_rule_read_one = concerns
        .iter()
        .any(|c| c.category != ConcernCategory::Unclassified);
    // "People telling him to get on a train to Blackpool ... he owes
    // someone": a journey that is the exploitation is no holiday; nor is
    // "he wants to go abroad to fight".
    let exploited = concerns.iter().any(|c| {
        matches!(
            c.category,
            ConcernCategory::Exploitation
                | ConcernCategory::Missing
                | ConcernCategory::Radicalisation
        )
    });
    let other_beside_a_concern = draft.code == Code::UnauthorisedOther && a_rule_read_one;
    let trip_that_is_the_concern = draft.code == Code::HolidayNotAgreed && exploited;
    if other_beside_a_concern || trip_that_is_the_concern {
        draft.code = Code::NoReasonYet;
        draft.code_cues.push(Evidence::new(
            "",
            "the concern is the reason: not yet established",
        ));
        return;
    }
    // A child in a self-harm or suicidal crisis is unwell when the message
    // gives no other reason, when it also says the child is unwell ("he
    // wishes he was dead ... he's got a headache and won't get out of
    // bed"), and when the illness read is the crisis's own ("I'm sitting
    // with him, I've rung 111": the sender's call, not the sender's
    // illness).
    let no_reason_given = draft.code == Code::NoReasonYet && draft.code_cues.is_empty();
    let unexplained = no_reason_given
        || (draft.code == Code::NoReasonYet && signals::child_said_unwell(whole, names));
    // "He's not ill, I just can't send him in like this": the parent's
    // word that the crisis is no illness.
    let open = (unexplained || draft.code == Code::Illness) && !reason::says_not_ill(whole);
    if open && safeguarding::child_in_crisis(whole, concerns, names) {
        draft.code = Code::Illness;
        draft.code_cues.push(Evidence::new(
            "",
            "the concern is the reason: the child's own crisis",
        ));
        return;
    }
    // "The police found him at 2am ... he's got a temperature this
    // morning": exceptional circumstances that are the concern itself are
    // no leave, and a child described as unwell is ill.
    if draft.code == Code::Exceptional {
        let scan = reason::ReasonScan::new(whole, names);
        let the_concern = scan.exceptional_words().is_some_and(|words| {
            concerns
                .iter()
                .flat_map(|c| &c.triggers)
                .any(|t| words.contains(t.as_str()) || t.contains(words))
        });
        if the_concern && signals::child_said_unwell(whole, names) {
            draft.code = Code::Illness;
            draft.code_cues.push(Evidence::new(
                "",
                "the concern is the reason: the child is unwell",
            ));
            return;
        }
    }
    // "Bruises on her arms ... he and his father beat her", "held a knife
    // to his stomach": injuries that are the concern itself, done by an
    // adult or by other children, with no word of pain, of a doctor or of
    // the child otherwise unwell, establish no illness.
    let injuries_told = concerns
        .iter()
        .filter(|c| {
            matches!(
                c.category,
                ConcernCategory::PhysicalAbuse | ConcernCategory::HarmBetweenChildren
            )
        })
        .flat_map(|c| &c.triggers)
        .collect::<Vec<_>>();
    // An injury word told in the sentence of the harm ("finger mark
    // bruises all round his arm") is the injury the concern tells of.
    let told_with_the_harm = |word: &str| {
        let word = word.to_lowercase();
        whole.find(&word).is_some_and(|at| {
            let sentence = &whole[text::sentence_around(whole, at, at + word.len())];
            injuries_told.iter().any(|t| sentence.contains(t.as_str()))
        })
    };
    let only_the_injuries = || {
        let words = reason_words(draft);
        !words.is_empty()
            && words
                .iter()
                .all(|w| injuries_told.iter().any(|t| t.contains(w)) || told_with_the_harm(w))
            && !signals::in_pain_or_seen(whole)
    };
    // "A hiding ... marks down his legs, can't sit down": hurt and in pain,
    // with no other reason given, the child is unwell.
    if no_reason_given && !injuries_told.is_empty() && signals::in_pain_or_seen(whole) {
        draft.code = Code::Illness;
        draft.code_cues.push(Evidence::new(
            "",
            "the concern is the reason: the child is hurt and in pain",
        ));
        return;
    }
    if draft.code == Code::Illness && !injuries_told.is_empty() && only_the_injuries() {
        draft.code = Code::NoReasonYet;
        draft.code_cues.push(Evidence::new(
            "",
            "the concern is the reason: the injuries it tells of",
        ));
        return;
    }
    if matches!(draft.code, Code::Illness | Code::Medical)
        && safeguarding::reason_is_a_parent_s(whole, concerns, &reason_words(draft), names)
    {
        draft.code = Code::NoReasonYet;
        draft.code_cues.push(Evidence::new(
            "",
            "the concern is the reason: the illness is a parent's",
        ));
    }
}

/// The words that gave a draft its code.
fn reason_words(draft: &Draft) -> Vec<&str> {
    draft
        .code_cues
        .iter()
        .map(|cue| cue.words.as_str())
        .filter(|words| !words.is_empty())
        .collect()
}

/// Cues for the children, code and days of each draft.
fn explain_drafts(drafts: &[Draft], body: &str, roster: &ChildNames) -> Explanation {
    let named = match drafts.is_empty() {
        true => Vec::new(),
        false => roster.mentions_in(body),
    };
    let mut explanation = Explanation::default();
    for draft in drafts {
        let names: Vec<&str> = draft
            .pupils
            .iter()
            .map(|&c| roster.children[c].first.as_str())
            .collect();
        for &child in &draft.pupils {
            let first = &roster.children[child].first;
            match named.iter().find(|m| m.child == child) {
                Some(m) => explanation
                    .children
                    .push(Evidence::new(&body[m.start..m.end], first.as_str())),
                None => explanation.children.push(Evidence::new(
                    "",
                    format!("{first}: {}", draft.unnamed_basis.unwrap_or("named")),
                )),
            }
        }
        if draft.pupils.is_empty() {
            explanation.children.push(Evidence::new(
                "",
                "nobody: which child cannot be told from the message",
            ));
        }
        let whom = names.join(", ");
        explanation.code.extend(draft.code_cues.iter().cloned());
        explanation.code.push(Evidence::new(
            "",
            format!("{} ({}) for {whom}", draft.code, draft.code.meaning()),
        ));
        explanation.dates.extend(draft.date_cues.iter().cloned());
        let to = draft.span.to.map_or("no end given".to_string(), |to| {
            format!("{to} {}", draft.to_session)
        });
        explanation.dates.push(Evidence::new(
            "",
            format!(
                "{whom}: from {} {} to {to}",
                draft.span.from, draft.from_session
            ),
        ));
    }
    explanation
}

/// What each part of the message reports; when no named child is reported
/// absent, what the rest says about the children it does not name.
fn drafts(
    input: &MessageInput,
    roster: &ChildNames,
    cut: &clauses::Parts,
    setting: &Setting,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut attending: Vec<usize> = Vec::new();
    // Each child said to be in, and the day they are said to be in on.
    let mut in_school: Vec<(usize, NaiveDate)> = Vec::new();
    // What is left once children said to be in are set aside: "the girls
    // are both poorly" without "Cian will be in".
    let mut unnamed = vec![cut.preamble.as_str()];
    for part in &cut.parts {
        match assess_part(&part.text, &cut.preamble, setting) {
            Assessment::Absent(draft) => {
                for draft in told_apart(draft, &part.text, &cut.preamble, setting) {
                    let draft = Draft {
                        pupils: part.children.clone(),
                        ..draft
                    };
                    drafts.push(with_sibling(draft, &part.text, roster, &cut.parts));
                }
            }
            Assessment::Attending => {
                attending.extend(&part.children);
                let day = day_said(&part.text, setting);
                in_school.extend(part.children.iter().map(|&child| (child, day)));
            }
            // "Can I pick Ava up at 12.30 for the funeral? Jack too
            // please": the child joins the absence told before.
            Assessment::Nothing if !drafts.is_empty() && clauses::also_the_child(&part.text) => {
                let last = drafts.len() - 1;
                drafts[last].pupils.extend(&part.children);
            }
            Assessment::Nothing => unnamed.push(&part.text),
        }
    }
    // "They want to take her in the Christmas holidays ... Tahmina and
    // Tahmid will be in school tomorrow": a child said to be in on the only
    // day a part naming no day would put them away is in.
    // So is one of several said to be in on the one day the part names
    // ("Leah and Jamie both caught a cold. Leah will be in, Jamie off
    // today").
    for draft in drafts
        .iter_mut()
        .filter(|d| !d.day_named || d.pupils.len() > 1)
    {
        let day = draft.span.from;
        if draft.span.to == Some(day) {
            draft
                .pupils
                .retain(|child| !in_school.contains(&(*child, day)));
        }
    }
    drafts.retain(|draft| !draft.pupils.is_empty());
    if !drafts.is_empty() {
        let others = the_others_away(&drafts, roster, &cut.parts, &attending, setting)
            .or_else(|| the_others_late(&drafts, roster, &cut.parts, &attending, setting))
            .or_else(|| the_preambles_own(input, roster, cut, setting));
        drafts.extend(others);
        return drafts;
    }
    let unnamed: Vec<&str> = unnamed.into_iter().filter(|t| !t.is_empty()).collect();
    let unnamed = unnamed.join(". ");
    let reading = Reading::new(&unnamed, setting);
    // "My mum is in hospital, Caleb is fine and in school as normal":
    // someone else's trouble, on no day away but the one every child is
    // said to be in ("I've been poorly since Friday"), is news, not an
    // absence.
    let everyone_in = roster.len() > 0 && (0..roster.len()).all(|c| attending.contains(&c));
    let someone_elses = reading.reasons.someone_else || reading.reasons.exceptional;
    let names_a_day_away = || {
        !dates::named_away_days(reading.days_named(), &setting.day, &setting.school.calendar)
            .is_empty()
    };
    if everyone_in && someone_elses && !setting.in_reply_to_chase && !names_a_day_away() {
        return drafts;
    }
    if let Assessment::Absent(draft) = assess(&reading, &reading, setting) {
        // A child late is coming in: "running 20 mins late, Mia's fine" is
        // Mia's lateness.
        let not_away: &[usize] = if draft.code.is_late() {
            &[]
        } else {
            &attending
        };
        // The only child named is not on the roster: nobody can be told;
        // in reply to a chase, the child chased is still the one asked
        // about ("their brother Ryan hasn't come back ... I couldn't face
        // the school run"), and the unknown name sends it to a person.
        let (pupils, basis) =
            if cut.names_unknown_child && cut.parts.is_empty() && !setting.in_reply_to_chase {
                (Vec::new(), "the only child named is not on the roster")
            } else {
                unnamed_pupils(input, roster, &unnamed, not_away)
            };
        drafts.push(Draft {
            pupils,
            unnamed_basis: Some(basis),
            ..draft
        });
    }
    drafts
}

/// "Lucy has a bad cough so we are keeping her home today. She also has
/// the orthodontist tomorrow at 3"; "On Friday 11th I will collect them at
/// 1.30 for Rosh Hashanah. They will also be absent on Monday 21st for Yom
/// Kippur": one child's absences told in turn, each with its own later
/// day, are separate reports when their reasons differ or school days lie
/// between them. Only a part whose words give two kinds of reason, or
/// whose one absence runs over several days, is tried, sentence by
/// sentence; else the part is one absence (`draft`).
fn told_apart(draft: Draft, text: &str, preamble: &str, setting: &Setting) -> Vec<Draft> {
    let kinds: HashSet<&str> = draft
        .code_cues
        .iter()
        .filter(|cue| !cue.words.is_empty())
        .map(|cue| cue.decided.as_str())
        .collect();
    let several_days = draft.span.to.is_none_or(|to| to > draft.span.from);
    if kinds.len() < 2 && !several_days {
        return vec![draft];
    }
    let calendar = &setting.school.calendar;
    // Only a cut with a day named on each side can part two absences:
    // asked first, as reading each side again is dear.
    let days_named: Vec<&str> = draft
        .date_cues
        .iter()
        .map(|cue| cue.words.as_str())
        .filter(|words| !words.is_empty())
        .collect();
    let names_a_day = |side: &str| days_named.iter().any(|day| side.contains(day));
    let split = text.match_indices(". ").find_map(|(at, _)| {
        let (first, rest) = (&text[..at], &text[at + 2..]);
        if !names_a_day(first) || !names_a_day(rest) {
            return None;
        }
        let Assessment::Absent(earlier) = assess_part(first, preamble, setting) else {
            return None;
        };
        let Assessment::Absent(later) = assess_part(rest, "", setting) else {
            return None;
        };
        let earlier_ends = earlier.span.to.unwrap_or(earlier.span.from);
        let days_between = calendar
            .next_school_day(earlier_ends)
            .is_some_and(|next| next < later.span.from);
        // Each side names a school day of its own ("passed away on
        // Saturday" names none).
        let names_a_school_day = |side: &str| {
            dates::first_day_named(&dates::DayScan::of(side), &setting.day, calendar).is_some()
        };
        let apart = later.span.from > earlier_ends
            && names_a_school_day(first)
            && names_a_school_day(rest)
            && (earlier.code != later.code || days_between)
            && ![earlier.code, later.code].contains(&Code::NoReasonYet);
        apart.then(|| vec![earlier, later])
    });
    split.unwrap_or_else(|| vec![draft])
}

/// "The twins are poorly, Jack will be in but late": words before the first
/// name that report an absence of children spoken of together ("the
/// twins", "both girls") are about the children no part names.
fn the_preambles_own(
    input: &MessageInput,
    roster: &ChildNames,
    cut: &clauses::Parts,
    setting: &Setting,
) -> Option<Draft> {
    let preamble = cut.preamble.as_str();
    let together = children::speaks_of_twins(preamble)
        || children::speaks_of_several(preamble)
        || children::speaks_of_boys_or_girls(preamble);
    if !together {
        return None;
    }
    let reading = Reading::new(preamble, setting);
    let Assessment::Absent(draft) = assess(&reading, &reading, setting) else {
        return None;
    };
    let named: Vec<usize> = cut.parts.iter().flat_map(|p| p.children.clone()).collect();
    let (pupils, basis) = unnamed_pupils(input, roster, preamble, &named);
    (!pupils.is_empty()).then_some(Draft {
        pupils,
        unnamed_basis: Some(basis),
        ..draft
    })
}

/// "Finley has an eye appointment, so neither of them will be in": a part
/// naming one child says every child is away. The children it does not
/// name are away on the same days with no reason of their own, which a
/// person weighs (a child kept home for a brother or sister).
fn the_others_away(
    drafts: &[Draft],
    roster: &ChildNames,
    parts: &[clauses::Part],
    attending: &[usize],
    setting: &Setting,
) -> Option<Draft> {
    // "Logan, Paige and Jax ... none of them will be in" speaks of those
    // named only.
    let EveryChild {
        words,
        others,
        named,
        ..
    } = every_child(drafts, roster, parts, attending, children::every_child_away)?;
    let times = &setting.school.times;
    let sent = sessions::Sent {
        at: setting.sent,
        day: times,
    };
    let clock = times::clock_times(words, times.am.register_closes.hour());
    let (to, from_session, to_session) = match sessions::day_part(words, &clock, false, sent) {
        DayPart::Whole => (named.span.to, Session::Am, Session::Pm),
        DayPart::MorningOnly => (Some(named.span.from), Session::Am, Session::Am),
        DayPart::AfternoonOnly => (named.span.to, Session::Pm, Session::Pm),
    };
    Some(Draft {
        pupils: others,
        code: Code::NoReasonYet,
        span: DaySpan {
            from: named.span.from,
            to,
        },
        from_session,
        to_session,
        arrival: None,
        code_cues: vec![Evidence::new(
            words,
            "said of every child: no reason of their own",
        )],
        date_cues: named.date_cues.clone(),
        unnamed_basis: Some("every child is said to be away"),
        separate_days: named.separate_days.clone(),
        sibling_unclear: false,
        day_named: named.day_named,
    })
}

/// The day a part speaks of: the first school day it names, else the day
/// the message is about.
fn day_said(text: &str, setting: &Setting) -> NaiveDate {
    let days = dates::DayScan::of(text);
    dates::first_day_named(&days, &setting.day, &setting.school.calendar)
        .unwrap_or(setting.day.default_day)
}

/// "Priya has the eye clinic at 8.30 so both of them will be late, in by
/// 9.45": a part naming one child, kept for a reason of their own, says
/// every child arrives late. The children it does not name are late.
fn the_others_late(
    drafts: &[Draft],
    roster: &ChildNames,
    parts: &[clauses::Part],
    attending: &[usize],
    setting: &Setting,
) -> Option<Draft> {
    let EveryChild {
        part,
        words,
        others,
        named,
    } = every_child(drafts, roster, parts, attending, children::every_child_late)?;
    let late = Reading::new(&part.text, setting).lateness?;
    let late = late_draft(late, named.span, setting);
    Some(Draft {
        pupils: others,
        code_cues: vec![Evidence::new(words, "said of every child: late")]
            .into_iter()
            .chain(late.code_cues.clone())
            .collect(),
        date_cues: named.date_cues.clone(),
        unnamed_basis: Some("every child is said to be late"),
        ..late
    })
}

/// A part naming one child whose words say something of every child, the
/// children it leaves unnamed, and the named child's draft.
struct EveryChild<'a> {
    part: &'a clauses::Part,
    words: &'a str,
    others: Vec<usize>,
    named: &'a Draft,
}

/// The part whose words `said` finds said of every child, when children
/// are left unnamed and the named child is not late (late together is
/// lateness, which the named child's draft has read).
fn every_child<'a>(
    drafts: &'a [Draft],
    roster: &ChildNames,
    parts: &'a [clauses::Part],
    attending: &[usize],
    said: fn(&str, usize) -> Option<&str>,
) -> Option<EveryChild<'a>> {
    let (part, words) = parts
        .iter()
        .filter(|p| p.children.len() == 1)
        .find_map(|p| Some((p, said(&p.text, roster.len())?)))?;
    let others = the_children_left(drafts, roster, parts, attending);
    let named = drafts
        .iter()
        .find(|d| part.children.iter().any(|c| d.pupils.contains(c)))?;
    (!others.is_empty() && !named.code.is_late()).then_some(EveryChild {
        part,
        words,
        others,
        named,
    })
}

/// The children no draft is for and no part says are in.
fn the_children_left(
    drafts: &[Draft],
    roster: &ChildNames,
    parts: &[clauses::Part],
    attending: &[usize],
) -> Vec<usize> {
    let said_to_be_in = |c: &usize| {
        attending.contains(c)
            || parts
                .iter()
                .any(|p| p.children.contains(c) && signals::says_attending(&p.text))
    };
    (0..roster.len())
        .filter(|c| !said_to_be_in(c) && !drafts.iter().any(|d| d.pupils.contains(c)))
        .collect()
}

/// A part that names a child and speaks of their brother or sister ("her
/// brother has it too"): the sibling is the one other child on the roster
/// named nowhere in the message. When that cannot be told, or what the
/// sibling does cannot, a person decides.
fn with_sibling(
    mut draft: Draft,
    text: &str,
    roster: &ChildNames,
    parts: &[clauses::Part],
) -> Draft {
    let Some(sibling) = kinship::sibling_spoken_of(text) else {
        return draft;
    };
    let others: Vec<usize> = (0..roster.len())
        .filter(|c| !parts.iter().any(|p| p.children.contains(c)))
        .collect();
    match (sibling, others.as_slice()) {
        (_, []) | (kinship::Sibling::Attends, _) => {}
        (kinship::Sibling::Shares, [only]) => {
            draft.pupils.push(*only);
            draft.unnamed_basis = Some("a brother or sister: the other child on the roster");
        }
        _ => draft.sibling_unclear = true,
    }
    draft
}

/// Whether a message with no report in it positively says there is none,
/// and the words that say so: the child is in, or it is about something
/// else (a question, a thank-you, new details, a complaint) and holds no
/// reason, lateness or absence words that went unread. A message at risk
/// a person reads anyway.
fn says_no_absence<'t>(whole: &'t str, setting: &Setting) -> Option<Evidence> {
    // "She's fine. She's with family. That's all you need to know", in
    // reply to the chase: well, and not said to be in school.
    let well_but_not_in = |words: &str| {
        setting.in_reply_to_chase
            && setting.at_risk
            && ["fine", "ok", "okay", "well"]
                .iter()
                .any(|word| words.ends_with(word))
    };
    if let Some(attending) = signals::attending_words(whole).filter(|w| !well_but_not_in(w)) {
        return Some(Evidence::new(attending, "not_absence: the child is in"));
    }
    if let Some(asked) = setting.asks_only_if_the_child_may_come_in {
        return Some(Evidence::new(
            asked,
            "not_absence: asks whether the child may come in",
        ));
    }
    if let Some(called_off) = signals::time_away_called_off(whole) {
        return Some(Evidence::new(
            called_off,
            "not_absence: the time away is called off",
        ));
    }
    let complaint = signals::raises_complaint(whole);
    let reading = Reading::new(whole, setting);
    let reasons = &reading.reasons;
    // "The dentist on Thursday at 4.15": an appointment after the school
    // day is what the message is about.
    let after_the_day = after_the_school_day(&reading, setting);
    let appointment_after = reading
        .times
        .first()
        .filter(|_| after_the_day && reasons.is_planned())
        .map(|t| &whole[t.start..t.end]);
    let thanks = |words: Option<&'t str>| words.map(|w| (Topic::Thanks, w));
    let (topic, about) = signals::about_something_else(whole)
        // A thank-you is no answer to a chase ("👍" to "why was she off?").
        .or_else(|| thanks(signals::thanks_only(whole)).filter(|_| !setting.in_reply_to_chase))
        .or_else(|| {
            thanks(signals::thanks_at_the_end(whole)).filter(|_| !setting.in_reply_to_chase)
        })
        .or_else(|| signals::complaint_words(whole).map(|w| (Topic::Complaint, w)))
        .or(appointment_after.map(|w| (Topic::AnAppointmentAfterTheDay, w)))?;
    // A reason that explains nothing here: "a dentist appointment after
    // school", "a family party" in a question about the last day, the
    // illness a complaint is about, anything a person reads anyway.
    // "A huge thank you for preparing her for her First Holy Communion":
    // thanks for what was, with no day ahead and no illness.
    let thanks_for_what_was =
        topic == Topic::Thanks && !reasons.illness && !reading.days_named().tells_of_a_day();
    let reason_explained = !reasons.any()
        || thanks_for_what_was
        || after_the_day
        || complaint
        || setting.at_risk
        // "We move house in August, new address is 22 Chapel Lane": the
        // move is why the details change.
        || (signals::gives_new_details(whole) && !reasons.illness)
        || (whole.contains('?') && !reasons.is_planned() && !reasons.illness)
        // "Could you tell me when the SATs are? We're trying to book a
        // holiday": a question that names no day reports nothing.
        || (whole.contains('?') && !reading.days_named().tells_of_a_day())
        || (reasons.suspension && signals::tells_the_end_of_a_suspension(whole))
        // "I'm on a course, so her grandma will be collecting her": the
        // reason is why someone else takes the child, not an absence.
        || signals::someone_else_takes_the_child(whole);
    // "There might be an issue with Monday, I'll confirm": a day ahead in
    // doubt is for a person, not positively no absence.
    let day_in_doubt =
        reading.days_named().tells_of_a_day() && signals::leaves_a_day_in_doubt(whole);
    (reason_explained
        && reading.lateness.is_none()
        && !reading.says_absence_words()
        && !day_in_doubt)
        .then(|| Evidence::new(about, "not_absence: about something else"))
}

/// What the flags are decided from, besides the reports.
struct FlagEvidence<'a> {
    /// The lower-case message.
    whole: &'a str,
    concerns: &'a [Concern],
    /// Each thing that could not be read as given, and whether it holds.
    unsure: &'a [(bool, &'static str)],
    /// The words saying there is no absence, when there are any.
    no_absence: Option<Evidence>,
    /// The message either reports something or positively says it does not,
    /// and nothing in it is left unaccounted for.
    accounted_for: bool,
    /// What the message says that the reports do not account for.
    unaccounted: Vec<Evidence>,
    /// A message of concern with no report says plainly that the child is
    /// in.
    child_said_in: bool,
    /// A face of illness, alone, is the answer to a chase ("🤒").
    answers_a_chase_with_a_face: bool,
}

/// The flags for the reports, and the cue for each.
fn flags(reports: &[Report], evidence: &FlagEvidence) -> (Vec<Flag>, Vec<Evidence>) {
    let whole = evidence.whole;
    let at_risk = !evidence.concerns.is_empty();
    // Emoji of thanks alone are a thank-you, read as one.
    let no_text = !whole.chars().any(char::is_alphanumeric)
        && signals::thanks_only(whole).is_none()
        && !evidence.answers_a_chase_with_a_face;
    let mut staff_cues: Vec<Evidence> = evidence
        .unsure
        .iter()
        .filter(|(holds, _)| *holds)
        .map(|(_, why)| Evidence::new("", *why))
        .collect();
    if no_text {
        staff_cues.push(Evidence::new("", "no words to read"));
    } else if !evidence.unaccounted.is_empty() {
        staff_cues.extend(evidence.unaccounted.iter().cloned());
    } else if !evidence.accounted_for {
        staff_cues.push(Evidence::new(
            "",
            "nothing in it the parser can account for",
        ));
    }
    for report in reports.iter().filter(|r| r.code.needs_staff()) {
        staff_cues.push(Evidence::new(
            "",
            format!("code {} needs a person", report.code),
        ));
    }
    // The DSL hears of every concern through its own flag; the office acts
    // at the gate today on one that says who may collect the child.
    if at_risk && safeguarding::restricts_collection(whole) {
        staff_cues.push(Evidence::new(
            "",
            "a concern that says who may collect the child",
        ));
    }
    // Nothing to record, but a person must act on it.
    if reports.is_empty() {
        // A concern beside no absence the parser could read is one whose
        // absence it may have missed (a child kept in, not come home):
        // unless the child is plainly said to be in and none is missing, a
        // person decides.
        let missing = evidence
            .concerns
            .iter()
            .any(|c| c.category == ConcernCategory::Missing);
        if missing {
            staff_cues.push(Evidence::new("", "a child missing, with no absence read"));
        } else if at_risk && !evidence.child_said_in {
            staff_cues.push(Evidence::new(
                "",
                "a concern, with no absence read and no plain word that the child is in",
            ));
        }
    }
    // A complaint or a record to correct needs an answer from a person,
    // whatever the message also reports.
    if let Some(complaint) = signals::complaint_words(whole) {
        staff_cues.push(Evidence::new(
            complaint,
            "a complaint or a record to correct",
        ));
    }
    let mut flags = Vec::new();
    let mut cues = Vec::new();
    if at_risk {
        flags.push(Flag::Safeguarding);
        for concern in evidence.concerns {
            let words = concern.triggers.join(", ");
            cues.push(Evidence::new(
                words,
                format!("safeguarding: {}", concern.category),
            ));
        }
    }
    if !staff_cues.is_empty() {
        flags.push(Flag::NeedsStaff);
        cues.extend(staff_cues.into_iter().map(|c| Evidence {
            decided: format!("needs_staff: {}", c.decided),
            ..c
        }));
    }
    // "Not an absence" only on positive evidence, in a language read.
    if reports.is_empty() && evidence.accounted_for && !no_text {
        flags.push(Flag::NotAbsence);
        if let Some(cue) = &evidence.no_absence {
            cues.push(cue.clone());
        }
    }
    if reports.iter().any(|r| r.pupils.is_empty()) {
        flags.push(Flag::AmbiguousPupil);
        cues.push(Evidence::new("", "ambiguous_pupil: a report for no child"));
    }
    (flags, cues)
}

enum Assessment {
    Absent(Draft),
    /// The part says the child is in school.
    Attending,
    Nothing,
}

/// One piece of lower-case text read once: its reasons, clock times and
/// what it says of lateness, and its day words when first asked for.
struct Reading<'t> {
    lower: &'t str,
    scan: reason::ReasonScan<'t>,
    reasons: Reasons,
    times: Vec<times::TimeMention>,
    lateness: Option<Lateness>,
    /// Whether it reports an absence, once asked: a part is asked twice.
    reports_absence: OnceCell<bool>,
    /// Whether it holds words of absence ([`signals::reports_absence`]),
    /// once asked: the rules for a part ask up to five times.
    absence_words: OnceCell<bool>,
    /// Whether it names a day, its days and the words that decided them
    /// are all read from one scan.
    days: OnceCell<dates::DayScan<'t>>,
    /// The day the message arrived, for reading its days.
    day: dates::MessageDay,
    /// Its days read for that day, once asked: a part is asked up to four
    /// times.
    named: OnceCell<dates::DaysNamed<'t>>,
}

impl<'t> Reading<'t> {
    fn new(lower: &'t str, setting: &Setting) -> Self {
        let school = setting.school;
        let mut times = times::clock_times(lower, school.times.am.register_closes.hour());
        // "Didn't get to bed till 3": an hour of the night, of no school day.
        times.retain(|t| {
            !signals::is_sleep_before(lower, t.start)
                && !signals::is_deadline_if_not_there_before(lower, t.start)
        });
        let lateness = lateness::read(lower, &times, setting.sent, &school.times);
        let scan = reason::ReasonScan::new(lower, setting.names);
        Reading {
            lower,
            reasons: scan.reasons(),
            scan,
            times,
            lateness,
            reports_absence: OnceCell::new(),
            absence_words: OnceCell::new(),
            days: OnceCell::new(),
            day: setting.day,
            named: OnceCell::new(),
        }
    }

    fn days(&self) -> &dates::DayScan<'t> {
        self.days.get_or_init(|| dates::DayScan::of(self.lower))
    }

    fn days_named(&self) -> &dates::DaysNamed<'t> {
        self.named
            .get_or_init(|| dates::DaysNamed::read(self.days(), &self.day))
    }

    fn says_absence_words(&self) -> bool {
        *self
            .absence_words
            .get_or_init(|| signals::reports_absence(self.lower))
    }
}

/// A part is judged on its own words first ("Poppy is coming in" must not
/// borrow the preamble's "neither of them will be in"); the preamble adds
/// the reason and days.
fn assess_part(own: &str, preamble: &str, setting: &Setting) -> Assessment {
    let own = Reading::new(own, setting);
    let own_says = reports_absence(&own, setting);
    let text = (!preamble.is_empty()).then(|| format!("{preamble}. {}", own.lower));
    // "Sorry I didn't message yesterday, Grace was off with a bug. She's
    // back in today": with the preamble's day the child in is back from
    // an absence gone by.
    let away_before = || {
        let lower = text.as_deref().unwrap_or(own.lower);
        signals::absent_before_today(lower)
            || (chased_day_gone_by(setting) && signals::was_away(lower))
    };
    if !own_says && signals::says_attending(own.lower) && !away_before() {
        return Assessment::Attending;
    }
    let Some(text) = text else {
        return assess(&own, &own, setting);
    };
    let mut with_preamble = Reading::new(&text, setting);
    // "I've got the children while their mum is in hospital. Lola has a
    // temperature": the preamble's circumstance is why the sender writes;
    // the child's own illness is the reason.
    if own.reasons.illness && !own.reasons.exceptional {
        with_preamble.reasons.exceptional = false;
    }
    assess(
        if own_says { &own } else { &with_preamble },
        &with_preamble,
        setting,
    )
}

/// The message replies to a chase of a day gone by: there, "he was off"
/// is that day ("He was off, long story. He's in today").
fn chased_day_gone_by(setting: &Setting) -> bool {
    setting
        .day
        .chased_day
        .is_some_and(|chased| chased < setting.day.today)
}

/// Whether `evidence` reports an absence, and if so what `full` says of it.
fn assess(evidence: &Reading, full: &Reading, setting: &Setting) -> Assessment {
    if !reports_absence(evidence, setting) {
        return Assessment::Nothing;
    }
    let school = setting.school;
    let days = full.days_named();
    // "Broke her arm on holiday, she'll be back on Monday", sent in half
    // term: back for the first day of school is no school missed (unless
    // the words say otherwise: "won't be in for the first day back").
    if !full.says_absence_words()
        && dates::back_on_the_first_school_day(days, &setting.day, &school.calendar)
    {
        return Assessment::Nothing;
    }
    // "Rory had the dentist yesterday afternoon, sorry I forgot to tell
    // you. He's in today": told after the fact, with the child back and
    // no absence or lateness to come, the absence was yesterday's.
    // Asked only of a message that names yesterday: three more searches.
    let told_after = || {
        (signals::says_attending(full.lower)
            && full.lateness.is_none()
            && (signals::absent_before_today(full.lower) || !full.says_absence_words()))
            // "Apologies that Freddie was late yesterday ... he got in
            // about 10.15": a lateness owned up to.
            || signals::late_yesterday(full.lower)
    };
    let span = match days.only_yesterday(&setting.day, &school.calendar) {
        Some(yesterday) if told_after() => dates::DaySpan {
            from: yesterday,
            to: Some(yesterday),
        },
        _ => dates::span(days, &setting.day, &school.calendar),
    };
    // "Bella was late, she got to school at 9.35", sent that evening, or
    // "he went in at 9.25, will sort a better plan for tomorrow": a
    // lateness owned up to is today's, not a day to come.
    let today = setting.day.today;
    let span = match full.lateness {
        Some(_)
            if span.from > today
                && school.calendar.is_school_day(today)
                && signals::lateness_gone_by(full.lower) =>
        {
            dates::DaySpan {
                from: today,
                to: Some(today),
            }
        }
        _ => span,
    };
    // A child's own words saying they stay home outweigh lateness said of
    // the others ("Sorry we're late, Tom will be there 9:10. Tia is
    // staying home").
    let own_absence_only = evidence.lateness.is_none() && evidence.says_absence_words();
    // "Won't be in today, we're on our way to Leeds": lateness words with
    // no time do not outweigh an absence stated outright; nor does a time
    // with no word of lateness beside a whole day away ("kids won't be in
    // today ... council says come back at 9").
    let untimed_beside_absence = |late: &Lateness| {
        full.says_absence_words()
            && (late.expected.is_none()
                || (!signals::speaks_of_lateness(full.lower) && signals::away_all_day(full.lower)))
    };
    // "Going to the minor injuries unit at 8, I'll bring him in after,
    // hopefully by break": the illness, for the session missed, not a late
    // arrival with no time ("at the walk-in ... in for 10.30" is one).
    let outranks_lateness = full.reasons.outranks_lateness()
        || (full.reasons.illness
            && full.lateness.is_some_and(|late| late.arrival.is_none())
            && reason::seen_at_urgent_care(full.lower));
    let lateness = full
        .lateness
        .filter(|late| !outranks_lateness && !own_absence_only && !untimed_beside_absence(late));
    // "Revise at home this morning and come in for the exam at 1": in by
    // the afternoon register, the child misses the morning, and is not late.
    let times = &school.times;
    let in_for_the_afternoon = lateness.is_some_and(|late| {
        late.expected
            .is_some_and(|t| t >= times.am.ends && t <= times.pm.register_closes)
    });
    let mut draft = match lateness.filter(|_| !in_for_the_afternoon) {
        Some(late) => late_draft(late, span, setting),
        None if in_for_the_afternoon => Draft {
            from_session: Session::Am,
            to_session: Session::Am,
            ..absence_draft(
                full,
                dates::DaySpan {
                    from: span.from,
                    to: Some(span.from),
                },
                setting,
            )
        },
        None => {
            let draft = absence_draft(full, span, setting);
            let half_days = draft.from_session == draft.to_session;
            Draft {
                separate_days: dates::separate_days(
                    days,
                    &setting.day,
                    &school.calendar,
                    half_days,
                ),
                ..draft
            }
        }
    };
    // "10 minutes away, dentist ran over": arriving late from an
    // appointment misses that session only, under the appointment's code.
    if let Some(late) = full
        .lateness
        .filter(|_| outranks_lateness && !full.says_absence_words())
    {
        // "Running late back, the dentist ran over", sent after lunch: the
        // afternoon the words told is the session late.
        let afternoon_told = draft.from_session == Session::Pm && draft.to_session == Session::Pm;
        let session = match afternoon_told {
            true => Session::Pm,
            false => late.session_missed(&school.times),
        };
        draft.span.to = Some(draft.span.from);
        draft.from_session = session;
        draft.to_session = session;
    }
    draft.date_cues = dates::day_phrases(full.days())
        .into_iter()
        .map(|words| Evidence::new(words, "a day or length named"))
        .collect();
    draft.day_named = !draft.date_cues.is_empty();
    if draft.date_cues.is_empty() {
        draft.date_cues.push(Evidence::new(
            "",
            "no day named: the day the message is about",
        ));
    }
    Assessment::Absent(draft)
}

/// Whether text reports an absence or a late arrival at all.
fn reports_absence(reading: &Reading, setting: &Setting) -> bool {
    *reading
        .reports_absence
        .get_or_init(|| reads_as_absence(reading, setting))
}

/// "After school", or every time said at or after the end of the school
/// day ("the dentist at 4.15").
fn after_the_school_day(reading: &Reading, setting: &Setting) -> bool {
    signals::after_school(reading.lower)
        || sessions::all_after_the_school_day(reading.lower, &reading.times, &setting.school.times)
}

fn reads_as_absence(reading: &Reading, setting: &Setting) -> bool {
    let lower = reading.lower;
    // "Seen at the walk-in tonight ... she will be fine for Monday", sent
    // on Friday evening: in on the day the message is about.
    if reading.lateness.is_none()
        && dates::in_on_the_day_about(reading.days(), &setting.day, &setting.school.calendar)
    {
        return false;
    }
    // A plan hanging on whether the school is open is no absence.
    if reading.lateness.is_none() && setting.asks_only_if_school_is_open {
        return false;
    }
    // "Can he still come in?": the child means to be in.
    if reading.lateness.is_none() && setting.asks_only_if_the_child_may_come_in.is_some() {
        return false;
    }
    // "His suspension finishes today, back tomorrow", "I have had your
    // letter about his suspension and I think it is unfair": the school's
    // own days, already on its record ("he is suspended for Wednesday and
    // Thursday" tells them).
    if reading.reasons.suspension
        && (signals::tells_the_end_of_a_suspension(lower)
            || (signals::disputes_the_schools_suspension(lower) && !reading.says_absence_words()))
    {
        return false;
    }
    // "I've now checked and Diwali falls on the Sunday, so they won't
    // need any time off after all": the time asked for is called off.
    if reading.lateness.is_none() && signals::time_away_called_off(lower).is_some() {
        return false;
    }
    if reading.says_absence_words() || reading.lateness.is_some() {
        return true;
    }
    // A child missing is a child not in school, for a person to follow.
    if setting.child_missing {
        return true;
    }
    // "Yusuf is at the hospital for his blood test": there now.
    if reading.reasons.appointment && signals::at_a_clinic_now(lower) {
        return true;
    }
    // "The funeral's on Saturday so she won't miss any school.": no
    // absence told.
    if signals::misses_no_school(lower) {
        return false;
    }
    // "Fine to come back tomorrow after his sickness bug", sent once the
    // school day is over: back on the day the message is about.
    if setting.day.day_over && signals::cleared_to_return_tomorrow(lower) {
        return false;
    }
    let reasons = &reading.reasons;
    let names_a_day = dates::names_a_day(reading.days());
    // "A dentist appointment after school" misses nothing.
    let in_school_hours = !after_the_school_day(reading, setting);
    // A planned reason with a day, a length or a time: "a family holiday
    // for the last week of term"; not a day gone by ("thank you for your
    // support since her grandmother passed, she came home on Friday
    // smiling").
    // "Taking them to Bridlington for the day" is a day too.
    let a_day_told = || {
        let days = reading.days_named();
        days.tells_of_a_day()
            || days
                .only_yesterday(&setting.day, &setting.school.calendar)
                .is_some()
    };
    // "We're taking her on holiday next week": a holiday's week is its
    // time, where an appointment "next week" names no day a person could
    // record. A place alone must be where the child is taken: a parent
    // may go abroad for work while a friend has the child.
    // A planned reason on days with no school ("her jab on the 27th", in
    // half term) misses none.
    let school_days_named = || {
        !reading
            .days_named()
            .only_days_without_school(&setting.day, &setting.school.calendar)
    };
    let when = (names_a_day && a_day_told() && school_days_named())
        || dates::names_a_duration(reading.days().lengths())
        || ((reasons.holiday || (reasons.holiday_place && signals::takes_the_child(lower)))
            && dates::away_next_week(
                reading.days().lengths(),
                &setting.day,
                &setting.school.calendar,
            ))
        || !reading.times.is_empty()
        || signals::for_the_day(lower);
    // "There is a court order now ... She is in school today": news beside
    // words that the child is in, with no time or appointment to miss
    // school for, is no leave.
    let untimed = reading.times.is_empty() && !reasons.outranks_lateness();
    // So is news told with who will do the school run, and a child who
    // will bring something in on the day named. A child cleared to return
    // today is past whatever reason is told.
    // "I need to collect her at 1 today ... no one else to have her after
    // school": a time inside the day outweighs "after school".
    let a_time_in_the_day = reading.times.iter().any(|t| {
        t.time >= setting.school.times.am.register_opens && t.time < setting.school.times.day_ends()
    });
    // "Jaylen will be in today but ... police found him at the bus
    // station": a concern told beside the child's being in, with nothing
    // in school hours to miss school for, is the DSL's, not leave.
    // Not the child back in school after a trip on a day named: "taking
    // her to Pakistan on Monday 22nd March ... she will be in school on
    // Monday 19th April".
    let in_school = || {
        signals::says_in_school(lower)
            && !(signals::in_school_from_a_day(lower) && reading.days_named().away_then_back())
    };
    let in_despite_it = (untimed && (in_school() || signals::someone_else_takes_the_child(lower)))
        || (setting.at_risk && !a_time_in_the_day && in_school())
        || (signals::brings_a_thing_in(lower) && !signals::collecting_early(lower))
        || signals::cleared_to_return_today(lower);
    if in_school_hours && reasons.is_planned() && when && !in_despite_it {
        return true;
    }
    // "Her attendance has fallen to 91% ... most of that was the
    // festivals": the record talked over. An appointment told beside it
    // ("... she has the dentist on Thursday at 2") is still leave.
    if signals::about_the_attendance_figure(lower) {
        return false;
    }
    // "Taking her to the zoo today as a treat": a day out the school would
    // not authorise, on a school day named, is time off (for a person).
    if in_school_hours && reasons.unauthorised && names_a_day && signals::takes_the_child(lower) {
        return true;
    }
    // A missing taxi keeps a child away; so does being collected early for
    // a reason.
    // "Could Noah leave at 1.30 that day?" asks for part of a day off, with
    // or without a reason.
    // A collection "at lunch" is inside the school day, though no clock
    // time is said: "I'll be picking Scarlett up at lunch".
    let collected_at_a_time =
        !reading.times.is_empty() || reasons.any() || sessions::names_midday(lower);
    if reasons.transport
        || ((in_school_hours || a_time_in_the_day)
            && collected_at_a_time
            && signals::collecting_early(lower))
    {
        return true;
    }
    // Weak evidence: a reason alone in reply to a chase, an illness now,
    // today or for a while, a refusal to go in, a suspension passed on, or
    // someone at home ill;
    // "she's fine now" outweighs it.
    let ill_now = reasons.illness
        && (names_a_day
            || dates::names_a_duration(reading.days().lengths())
            || signals::speaks_of_illness_now(lower)
            // "Off to the minor injuries unit": seen for it today.
            || reason::at_urgent_care_now(lower));
    // Someone at home ill, unless the message is about arrangements made
    // for it ("her dad will do the drop offs while I recover", "I'm in
    // hospital having my knee operation so Grandma is dropping off").
    let kept_for_someone = reasons.someone_else
        && signals::about_something_else_words(lower).is_none()
        && !signals::someone_else_takes_the_child(lower);
    // A reason given in reply to a chase explains the chased day, even
    // when the child is back now ("sick yesterday, in school today"). In a
    // language the parser does not read, an illness or a doctor's visit is
    // the report most likely made; a person reads it all the same.
    // "Fine now after her temp, back tomorrow" sent in the morning: a
    // day of return after the day the message is about is time off.
    let back_later = || {
        signals::implies_time_off(lower)
            || dates::back_after_the_default_day(
                reading.days_named(),
                &setting.day,
                &setting.school.calendar,
            )
    };
    // "Sorry I forgot, she was off yesterday with a bad tummy. She's back
    // in today": an absence told after the fact. A crisis told in reply to
    // a chase ("I can't do it anymore, I haven't been out of bed for
    // days") is why the child was away.
    // So is "Minh come tomorrow": back on a later day.
    // "Amber IS in, she's on the Year 3 trip": a reply that says the child
    // is in on the day chased disputes the register, whatever else it
    // says; not "he was at the dentist ... he is in school now", in since,
    // nor an illness or appointment told beside it, which may be why.
    let disputes_the_chase = setting.day.chased_day == Some(setting.day.today)
        && signals::says_in_school(lower)
        && !signals::in_since(lower)
        && !reasons.illness
        && !reasons.appointment;
    (setting.in_reply_to_chase
        && !disputes_the_chase
        && (reasons.any()
            || reasons.someone_else
            || back_later()
            || (setting.at_risk && !signals::says_attending(lower))))
        || ((signals::absent_before_today(lower)
            || (chased_day_gone_by(setting) && signals::was_away(lower)))
            && signals::says_attending(lower))
        || ((reasons.illness || reasons.appointment) && !language::reads_as_english(lower))
        || ((reasons.illness || reasons.disruption || reasons.unauthorised) && back_later())
        || (!signals::says_attending(lower)
            && (ill_now || reasons.refusal || reasons.suspension || kept_for_someone))
}

fn late_draft(late: Lateness, span: DaySpan, setting: &Setting) -> Draft {
    let times = &setting.school.times;
    let late = if span.from == setting.day.today {
        late.told_at(setting.sent, times)
    } else {
        late
    };
    let session = late.session(times);
    Draft {
        pupils: Vec::new(),
        code: late.code(times),
        span: DaySpan {
            from: span.from,
            to: Some(span.from),
        },
        from_session: session,
        to_session: session,
        arrival: late.arrival,
        code_cues: vec![Evidence::new("", late.explain(times))],
        date_cues: Vec::new(),
        unnamed_basis: None,
        separate_days: Vec::new(),
        sibling_unclear: false,
        day_named: false,
    }
}

fn absence_draft(full: &Reading, span: DaySpan, setting: &Setting) -> Draft {
    let (lower, reasons) = (full.lower, &full.reasons);
    // "A rash and a temperature, taking her to the GP at 9.20": a visit to
    // the doctor for an illness today does not make the day a part day.
    // Unless the child comes in after it: "eczema's flared up, GP at 8.50
    // and then I'll bring him in".
    let seen_for_illness =
        reasons.illness && reason::sees_a_doctor(lower) && !signals::brought_in_after(lower);
    let timed_reason =
        (reasons.appointment && !seen_for_illness) || reasons.interview || reasons.performance;
    let sent = sessions::Sent {
        at: setting.sent,
        day: &setting.school.times,
    };
    let part = sessions::day_part(lower, &full.times, timed_reason, sent);
    // "The council taxi didn't come again, I'll drop him 9.30": in once a
    // way in is found, a time of the morning after the register says when.
    let in_once_a_way_is_found = reasons.transport
        && !signals::reports_absence(lower)
        && full.times.iter().any(|t| {
            t.time > setting.school.times.am.register_closes
                && t.time < setting.school.times.am.ends
        });
    let part = match part {
        DayPart::Whole if in_once_a_way_is_found => DayPart::MorningOnly,
        part => part,
    };
    let (span, from_session, to_session) = match part {
        DayPart::Whole => (span, Session::Am, Session::Pm),
        DayPart::MorningOnly => (
            DaySpan {
                from: span.from,
                to: Some(span.from),
            },
            Session::Am,
            Session::Am,
        ),
        DayPart::AfternoonOnly => (span, Session::Pm, Session::Pm),
    };
    let mut code_cues: Vec<Evidence> = full
        .scan
        .words()
        .into_iter()
        .map(|(kind, words)| Evidence::new(words, kind))
        .collect();
    if part != DayPart::Whole {
        code_cues.push(Evidence::new("", format!("part of the day only: {part:?}")));
    }
    Draft {
        pupils: Vec::new(),
        code: reasons.code(part != DayPart::Whole),
        span,
        from_session,
        to_session,
        arrival: None,
        code_cues,
        date_cues: Vec::new(),
        unnamed_basis: None,
        separate_days: Vec::new(),
        sibling_unclear: false,
        day_named: false,
    }
}

/// Who an absence naming no child is about, and why: the chased children,
/// the children an email's subject names, the only child not said to be
/// in, "the twins", "both" / "the kids"; else nobody (ambiguous).
fn unnamed_pupils(
    input: &MessageInput,
    roster: &ChildNames,
    lower: &str,
    attending: &[usize],
) -> (Vec<usize>, &'static str) {
    let candidates: Vec<usize> = (0..roster.len())
        .filter(|c| !attending.contains(c))
        .collect();
    if let Some(context) = &input.context {
        let chased: Vec<usize> = context
            .chasing
            .iter()
            .filter_map(|n| roster.by_first_name(n))
            .collect();
        // "Both off, both got sickness" in reply to a chase for one: the
        // words count them all (not "both" of three, two of them chased;
        // nor "the kids", which may be said of anything).
        if children::speaks_of_several(lower)
            && candidates.len() > chased.len()
            && children::counted_together(lower) == Some(candidates.len())
        {
            return (
                candidates,
                "\"both\", \"all 3\" in reply to a chase: every child not said to be in",
            );
        }
        if !chased.is_empty() {
            return (chased, "not named: the child the school chased");
        }
    }
    if let Some(subject) = &input.subject {
        let named: Vec<usize> = roster
            .mentions_in(subject)
            .iter()
            .map(|m| m.child)
            .collect();
        if !named.is_empty() {
            return (dedup(named), "named in the email's subject");
        }
    }
    if candidates.len() == 1 {
        return (candidates, "not named: the only child not said to be in");
    }
    if children::speaks_of_one_of_several(lower) {
        return (
            Vec::new(),
            "\"one of mine\": the message does not say which",
        );
    }
    if children::speaks_of_twins(lower)
        && let Some(twins) = roster.twins(&candidates)
    {
        return (twins, "\"the twins\": the two in one year group");
    }
    // The roster gives no child's sex: "the girls" among three children
    // cannot be told.
    if children::speaks_of_boys_or_girls(lower) && candidates.len() > 2 {
        return (
            Vec::new(),
            "\"the boys\", \"the girls\": the roster does not say which children",
        );
    }
    if children::speaks_of_several(lower) {
        return (
            candidates,
            "\"both\", \"the kids\": every child not said to be in",
        );
    }
    if children::speaks_of_the_family_away(lower) {
        return (
            candidates,
            "\"we are going\": the family away together, every child not said to be in",
        );
    }
    // Of two children, "they" and "them" are both.
    if candidates.len() == 2 && children::speaks_of_them(lower) {
        return (candidates, "\"they\", \"them\": both children");
    }
    (Vec::new(), "not named, and several children")
}

fn dedup(mut children: Vec<usize>) -> Vec<usize> {
    let mut seen = Vec::new();
    children.retain(|c| {
        let new = !seen.contains(c);
        seen.push(*c);
        new
    });
    children
}

/// The entries a draft records: its span, or each of its separate days.
fn entries(draft: &Draft) -> Vec<Report> {
    let entry = |from: NaiveDate, to: Option<NaiveDate>| Report {
        pupils: Vec::new(),
        code: draft.code,
        from,
        from_session: draft.from_session,
        to,
        to_session: draft.to_session,
        arrival: draft.arrival.filter(|_| draft.code.is_late()),
    };
    match draft.separate_days.is_empty() {
        true => vec![entry(draft.span.from, draft.span.to)],
        false => draft
            .separate_days
            .iter()
            .map(|&day| entry(day, Some(day)))
            .collect(),
    }
}

/// "All three have the bug. Conor was sick on Saturday and now the girls
/// have it too. They won't be in today or tomorrow": a child whose own
/// part gives days inside those a later or wider part gives them, for the
/// same reason, is told of once, in the wider report.
fn drop_days_told_twice(drafts: &mut Vec<Draft>) {
    let start = |d: &Draft| (d.span.from, d.from_session);
    let end = |d: &Draft| d.span.to.map(|to| (to, d.to_session));
    let covers = |wide: &Draft, narrow: &Draft| {
        wide.code == narrow.code
            && wide.separate_days.is_empty()
            && narrow.separate_days.is_empty()
            && start(wide) <= start(narrow)
            && match (end(wide), end(narrow)) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(wide_end), Some(narrow_end)) => narrow_end <= wide_end,
            }
            && (start(wide), end(wide)) != (start(narrow), end(narrow))
    };
    let told_wider: Vec<Vec<usize>> = drafts
        .iter()
        .map(|narrow| {
            narrow
                .pupils
                .iter()
                .copied()
                .filter(|child| {
                    drafts
                        .iter()
                        .any(|wide| wide.pupils.contains(child) && covers(wide, narrow))
                })
                .collect()
        })
        .collect();
    for (draft, wider) in drafts.iter_mut().zip(&told_wider) {
        draft.pupils.retain(|child| !wider.contains(child));
    }
    let mut emptied = told_wider.iter().map(|wider| !wider.is_empty());
    drafts.retain(|draft| !(emptied.next().unwrap_or(false) && draft.pupils.is_empty()));
}

/// "Sasha will be late, problem with the car. Nastya also late. We come
/// 9.30": children all late on one day, with one arrival time told in
/// one child's words, arrive together at it. Not where a child is kept
/// home ("Cian staying home"): the time may be the other child's alone.
fn share_the_arrival(drafts: &mut [Draft], whole: &str) {
    let Some(first) = drafts.first() else {
        return;
    };
    let day = first.span.from;
    if drafts.len() < 2
        || !drafts
            .iter()
            .all(|d| d.code.is_late() && d.span.from == day)
        || signals::reports_absence(whole)
    {
        return;
    }
    let mut timed = drafts.iter().filter(|d| d.arrival.is_some());
    let (Some(told), None) = (timed.next(), timed.next()) else {
        return;
    };
    let (code, session, arrival) = (told.code, told.from_session, told.arrival);
    let cues = told.code_cues.clone();
    for draft in drafts.iter_mut().filter(|d| d.arrival.is_none()) {
        draft.code = code;
        draft.from_session = session;
        draft.to_session = session;
        draft.arrival = arrival;
        draft.code_cues.clone_from(&cues);
    }
}

/// One report per distinct code and days, covering every child it applies to.
fn merge(drafts: Vec<Draft>, roster: &ChildNames) -> Vec<Report> {
    let mut reports: Vec<Report> = Vec::new();
    let each_entry = drafts
        .iter()
        .flat_map(|draft| entries(draft).into_iter().map(move |entry| (draft, entry)));
    for (draft, report) in each_entry {
        let names = draft
            .pupils
            .iter()
            .map(|&c| roster.children[c].first.clone());
        let same = reports.iter_mut().find(|r| same_entry(r, &report));
        match same {
            Some(existing) => {
                for name in names {
                    if !existing.pupils.contains(&name) {
                        existing.pupils.push(name);
                    }
                }
            }
            None => reports.push(Report {
                pupils: names.collect(),
                ..report
            }),
        }
    }
    reports
}

/// Whether two reports record the same code for the same sessions.
fn same_entry(a: &Report, b: &Report) -> bool {
    (
        a.code,
        a.from,
        a.from_session,
        a.to,
        a.to_session,
        a.arrival,
    ) == (
        b.code,
        b.from,
        b.from_session,
        b.to,
        b.to_session,
        b.arrival,
    )
}

/// The message's local day and the day it is about when it names none.
fn message_day(input: &MessageInput, school: &School) -> MessageDay {
    let local = school.local(input.received_at.to_utc());
    let today = local.date_naive();
    let calendar = &school.calendar;
    let chased_day = input.context.as_ref().map(|c| c.date);
    let default_day = chased_day.unwrap_or_else(|| {
        if calendar.is_school_day(today) && local.time() < school.times.day_ends() {
            today
        } else {
            calendar.next_school_day(today).unwrap_or(today)
        }
    });
    MessageDay {
        today,
        default_day,
        chased_day,
        day_over: local.time() >= school.times.day_ends(),
    }
}

fn truncate(text: &str, max_chars: usize) -> (&str, bool) {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    }
}
