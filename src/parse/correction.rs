//! A parent correcting, within the message, which child or day they named:
//! "Kofi has a temperature. Sorry I mean Ama!", "Collecting Zayn at 1.45.
//! Sorry not Zayn, Aleena!!", "the dentist on Tuesday at 2 sorry I mean
//! Wednesday not Tuesday". The words before the correction are read as
//! about the child or day meant; what follows it stands as written ("Kofi
//! is going to school"). A correction of an earlier message, or one whose
//! children or days cannot both be told, is left for a person.

use std::sync::LazyLock;

use regex::Regex;

use super::children::{ChildNames, Mention};
use super::dates::WEEKDAYS;
use super::text::compile;

/// "Sorry I mean", "I meant", "wrong child, it's": the child meant
/// follows. "Sorry not": the child wrongly named follows, then the one
/// meant.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)\b(?:(?P<mean>(?:sorry,?\s+)?i\s+mean(?:t)?",
        // "Sorry wrong child, it's Mia": the child meant follows too.
        r"|(?:sorry,?\s+)?wrong\s+(?:child|kid|name|one)[,.!]*\s+(?:it'?s|its|i\s+mean(?:t)?|should\s+(?:be|say|have\s+said))",
        r")|(?P<not>sorry,?\s+not))\s+"
    ))
});
/// What may stand between the two names of "sorry not Zayn, Aleena".
static BETWEEN_NAMES: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[\s,!.\-]*(?:it's\s+|its\s+)?$"));

/// "Sorry I mean Wednesday (not Tuesday)": the weekday meant, and the one
/// named wrongly when the parent says it.
static DAY_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:sorry,?\s+)?i\s+mean(?:t)?\s+(?P<meant>{WEEKDAY})\b(?:[\s,]+not\s+(?P<wrong>{WEEKDAY})\b)?",
        WEEKDAY = WEEKDAYS
    ))
});
/// Any weekday word, to find the one named before a correction.
static ANY_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\b({WEEKDAYS})\b")));

/// The message with the correction applied, and the words that made it.
#[derive(Debug, PartialEq, Eq)]
pub struct Corrected {
    pub text: String,
    pub words: String,
    pub of: Corrects,
}

/// What a message corrects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrects {
    Child,
    Day,
}

/// The message read with its own correction of a child's name applied, when
/// it makes one that can be told.
pub fn applied(body: &str, roster: &ChildNames) -> Option<Corrected> {
    child_corrected(body, roster).or_else(|| day_corrected(body))
}

fn child_corrected(body: &str, roster: &ChildNames) -> Option<Corrected> {
    // Every cue holds "mean", "sorry" (whose "s" the pattern's case
    // folding also reads as "ſ") or "wrong": few messages do, and asking
    // that first spares the search, which stops at every "i".
    let ascii_lower = body.to_ascii_lowercase();
    if !ascii_lower.contains("mean")
        && !ascii_lower.contains("orry")
        && !ascii_lower.contains("wrong")
    {
        return None;
    }
    let cue = CUE.captures(body)?;
    let whole = cue.get(0)?;
    let mentions = roster.mentions_in(body);
    let after = |at: usize| mentions.iter().find(|m| m.start == at);
    let (wrong, meant, end) = if cue.name("mean").is_some() {
        let meant = after(whole.end())?;
        let wrong = mentions
            .iter()
            .rev()
            .find(|m| m.end <= whole.start() && m.child != meant.child)?;
        (wrong.child, meant, meant.end)
    } else {
        let wrong = after(whole.end())?;
        let meant = mentions
            .iter()
            .find(|m| m.start >= wrong.end && BETWEEN_NAMES.is_match(&body[wrong.end..m.start]))?;
        (wrong.child, meant, meant.end)
    };
    if wrong == meant.child {
        return None;
    }
    let before = &body[..whole.start()];
    Some(Corrected {
        text: format!(
            "{}{}",
            renamed(before, &mentions, wrong, meant, body),
            &body[end..]
        ),
        words: body[whole.start()..end].to_string(),
        of: Corrects::Child,
    })
}

/// The message with the weekday named before "sorry I mean Wednesday"
/// read as the one meant: the wrong day the parent names ("not
/// Tuesday"), or else the last weekday before the correction.
fn day_corrected(body: &str) -> Option<Corrected> {
    if !body.to_ascii_lowercase().contains("mean") {
        return None;
    }
    let cue = DAY_CUE.captures(body)?;
    let whole = cue.get(0)?;
    let meant = cue.name("meant")?.as_str();
    let same_day = |a: &str, b: &str| a.get(..3)?.eq_ignore_ascii_case(b.get(..3)?).then_some(());
    let wrong = ANY_WEEKDAY
        .find_iter(&body[..whole.start()])
        .filter(|day| match cue.name("wrong") {
            Some(named) => same_day(day.as_str(), named.as_str()).is_some(),
            None => true,
        })
        .last()?;
    if same_day(wrong.as_str(), meant).is_some() {
        return None;
    }
    Some(Corrected {
        text: format!(
            "{}{meant}{}{}",
            &body[..wrong.start()],
            &body[wrong.end()..whole.start()],
            &body[whole.end()..]
        ),
        words: whole.as_str().to_string(),
        of: Corrects::Day,
    })
}

/// `text` (a prefix of `body`) with each mention of the child `wrong` given
/// the name the parent meant.
fn renamed(text: &str, mentions: &[Mention], wrong: usize, meant: &Mention, body: &str) -> String {
    let name = &body[meant.start..meant.end];
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for m in mentions
        .iter()
        .filter(|m| m.child == wrong && m.end <= text.len())
    {
        out.push_str(&text[at..m.start]);
        out.push_str(name);
        at = m.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::Child;

    fn roster(names: &[&str]) -> Vec<Child> {
        names
            .iter()
            .map(|n| Child {
                first: n.to_string(),
                last: "Test".into(),
                known_as: None,
                year: "Y3".into(),
            })
            .collect()
    }

    fn text(message: &str, names: &[&str]) -> Option<String> {
        let children = roster(names);
        applied(message, &ChildNames::new(&children)).map(|c| c.text)
    }

    #[test]
    fn the_day_meant_replaces_the_day_named() {
        assert_eq!(
            text(
                "Ibrahim has the dentist on Tuesday at 2 sorry I mean Wednesday not tuesday. Will pick him up at 1.45",
                &["Ibrahim"]
            )
            .as_deref(),
            Some("Ibrahim has the dentist on Wednesday at 2 . Will pick him up at 1.45")
        );
        assert_eq!(
            text("Off on Thurs for the funeral, I meant Fri", &["Mia"]).as_deref(),
            Some("Off on Fri for the funeral, ")
        );
        // A day meant that is the day named corrects nothing.
        assert_eq!(text("Off Friday, I mean Friday next week", &["Mia"]), None);
    }

    #[test]
    fn the_child_meant_replaces_the_child_named() {
        assert_eq!(
            text(
                "Kofi has a temperature, he will stay home today. Sorry I mean Ama! Kofi is going to school.",
                &["Kofi", "Ama"]
            )
            .as_deref(),
            Some("Ama has a temperature, he will stay home today. ! Kofi is going to school.")
        );
        assert_eq!(
            text(
                "Collecting Zayn at 1.45 for the dentist. Sorry not Zayn, Aleena!! Zayn stays till home time",
                &["Zayn", "Aleena"]
            )
            .as_deref(),
            Some("Collecting Aleena at 1.45 for the dentist. !! Zayn stays till home time")
        );
    }

    #[test]
    fn a_wrong_child_is_replaced_by_the_one_named_after() {
        assert_eq!(
            text(
                "Jack is off sick today. Sorry wrong child, it's Mia",
                &["Jack", "Mia"]
            )
            .as_deref(),
            Some("Mia is off sick today. ")
        );
    }

    #[test]
    fn no_correction_of_a_child() {
        // "I mean" that names nobody, a correction of a day, one child only.
        assert_eq!(
            text(
                "I mean she's been really poorly all night",
                &["Kofi", "Ama"]
            ),
            None
        );
        assert_eq!(
            text(
                "Sorry, I wrote the wrong day. The dentist is on Thursday",
                &["Bence"]
            ),
            None
        );
        assert_eq!(text("Ama is off. Sorry I mean Ama", &["Kofi", "Ama"]), None);
    }
}
