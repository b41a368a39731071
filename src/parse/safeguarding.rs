//! Whether a message suggests a child may be at risk. The designated
//! safeguarding lead is alerted at once, so these patterns lean towards
//! recall: a false alarm costs a phone call, a miss can cost a child.

use std::sync::LazyLock;

use regex::Regex;

use super::text::compile;
use crate::domain::{Concern, ConcernCategory};

/// The patterns for each category, tried in order on every message.
static PATTERNS: LazyLock<Vec<(ConcernCategory, Regex)>> = LazyLock::new(|| {
    use ConcernCategory::*;
    [
        // Police at the home, not police closing a road; a social worker.
        (
            PoliceOrServices,
            concat!(
                r"\bpolice (came|come|were called|was called|called|were round|came round|round|had to|brought|found|arrived|took|are involved|were involved|at the (house|door))\b",
                r"|\b(called|rang|phoned|call) the police\b",
                r"|\bsocial (worker|services|care)\b|\bchild protection\b",
                r"|\b(arrested|bail conditions|restraining order|non-molestation|injunction)\b",
            ),
        ),
        (
            DomesticAbuse,
            concat!(
                r"\b(refuge|fled|fleeing|domestic (abuse|violence)|abusive|kicking off|smashed|violent|violence|assault\w*|stabbed|stabbing|knife|threaten\w*)\b",
                r"|\b(do not|don't|please don't) (let|allow)\b[^.]{0,40}\b(collect|pick|see|contact)",
            ),
        ),
        (PhysicalAbuse, r"\b(hit|hits|hitting|punched|beat) (me|him|her|them|us)\b"),
        (
            Missing,
            concat!(
                r"\b(went|gone|go|goes|has gone|is) missing\b|\bran (off|away)\b|\brun away\b|\brunning away\b",
                r"|\b(not|didn't|hasn't|never|did not|has not) (come|came) home\b",
            ),
        ),
        (
            SexualAbuse,
            r"\b(touched|touching|touch) (him|her|them)\b|\babus(e|ed|ive|ing)\b|\bsexual\w*|\binappropriate\w*",
        ),
        (
            SelfHarm,
            concat!(
                r"\b(hurt|hurting|harm|harming|cut|cutting) (herself|himself|themselves)\b|\bself[- ]?harm\w*\b|\bsuicid\w*",
                r"|\b(kill|killing) (herself|himself|themselves)\b|\bwants? to die\b|\boverdose\b",
            ),
        ),
        (
            ParentInCrisis,
            concat!(
                r"\b(can'?t|cannot|can not|not|struggling to|unable to) cope\b|\bnot coping\b|\bend of my tether\b|\bfalling apart\b",
                r"|\bcan'?t do this any ?more\b|\bcan'?t take (it|this) any ?more\b|\b(nervous|mental|complete|having a|had a) breakdown\b",
                r"|\b(i|we) (don'?t|do not) know what (else )?to do\b",
                r"|\bdepress\w*|\bcan't get out of bed\b|\b(no ?one|nobody)( else)? to (take|bring|look after|mind)\b",
                r"|\b(her|his|their|\w+'s) (mum|dad|mother|father) (has |had |was |is )?(been )?(taken |gone |rushed )?(back )?(in|into|to) hospital\b",
            ),
        ),
        (
            Exploitation,
            r"\b(asking questions|don't want (people|anyone) (to )?(ask|see|know))|\bcounty lines\b|\bexploit\w*|\bgroom\w*|\bolder (boys|men)\b",
        ),
    ]
    .into_iter()
    .map(|(category, pattern)| (category, compile(pattern)))
    .collect()
});

/// The possible concerns in lower-case message text, one per category
/// with the words that raised it.
pub fn concerns(lower: &str) -> Vec<Concern> {
    PATTERNS
        .iter()
        .filter_map(|(category, pattern)| {
            let triggers: Vec<String> = pattern
                .find_iter(lower)
                .map(|m| m.as_str().to_string())
                .collect();
            (!triggers.is_empty()).then_some(Concern {
                category: *category,
                triggers,
            })
        })
        .collect()
}

/// Whether lower-case message text suggests a child may be at risk.
#[cfg(test)]
fn at_risk(lower: &str) -> bool {
    !concerns(lower).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crises_are_caught() {
        for text in [
            "his dad came round kicking off and smashed the door in, police came",
            "there was an incident at home and the police were called",
            "he ran off and the police had to bring him back",
            "social worker is coming out to us",
            "we are staying in a women's refuge",
            "she told me she's been hurting herself",
            "she said she wants to hurt herself",
            "her mum was taken into hospital after taking an overdose",
            "lacey-mae's mum has gone back into hospital",
            "i can't do this anymore",
            "ella wont be in, im not coping and i dont know what to do",
            "honestly at the end of my tether with him",
            "signed off with depression and some days i just can't get out of bed",
            "he went missing on wednesday night",
            "his older brother was stabbed last night",
            "he was arrested at the weekend",
            "don't want people asking questions",
        ] {
            assert!(at_risk(text), "{text}");
        }
    }

    #[test]
    fn ordinary_messages_are_not() {
        for text in [
            "the police have closed narborough road, it's flooded",
            "she fell in the playground, just a bruised knee",
            "my mother is very sick in hospital, a family emergency",
            "the boiler engineer is coming at 8:30",
            "he's been sick twice this morning",
        ] {
            assert!(!at_risk(text), "{text}");
        }
    }
}
