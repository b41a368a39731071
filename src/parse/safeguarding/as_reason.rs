//! A concern as the reason for an absence. The specification codes a
//! concern that is itself the reason as illness when the child is unwell,
//! a mental-health crisis included, and otherwise as a reason not yet
//! known. Whose crisis it is decides: self-harm or an illness said of a
//! parent or a brother ("my partner took an overdose", "my depression's
//! bad") is a crisis at home, not the child's illness.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::domain::{Concern, ConcernCategory};
use crate::parse::text::compile;
use crate::parse::text::{just_before, sentence_around};

/// The people a message may speak of: someone's relative or friend, or
/// the child as "my daughter", first (so "her dad" is read whole, not as
/// "her"), then the pronouns a parent uses of the child or of themself.
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((my|his|her|their|the kids'|the children's) (\w+ )?(wife|husband|partner|mum|mam|mummy|mother|dad|daddy|father|ex|boyfriend|girlfriend|stepdad|step-dad|stepmum|step-mum|nan|nana|gran|grandma|grandad|uncle|auntie|aunty|brother|sister|cousin|friend|mate)",
        r"|(my|our|his|her) (little |eldest |youngest |oldest |baby )?(daughter|son|boy|girl|child|kid|little one)",
        r"|i|i'm|i've|i'd|me|my|myself|she|her|he|him|they|them)\b"
    ))
});

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Female,
    Male,
    Either,
}

/// Someone a message speaks of.
#[derive(Clone, Copy)]
enum Person {
    /// The sender.
    Sender,
    /// Someone's relative or friend: not the child.
    Other(Gender),
    /// A child on the roster, by name.
    Child,
    /// She, he or they: whoever was last spoken of.
    Pronoun(Gender),
}

fn person(word: &str) -> Person {
    let gender = |w: &str| match w {
        "wife" | "mum" | "mam" | "mummy" | "mother" | "girlfriend" | "stepmum" | "step-mum"
        | "nan" | "nana" | "gran" | "grandma" | "auntie" | "aunty" | "sister" | "she" | "her" => {
            Gender::Female
        }
        "husband" | "dad" | "daddy" | "father" | "boyfriend" | "stepdad" | "step-dad"
        | "grandad" | "uncle" | "brother" | "he" | "him" => Gender::Male,
        _ => Gender::Either,
    };
    let noun = word.rsplit(' ').next().unwrap_or(word);
    match word {
        "i" | "i'm" | "i've" | "i'd" | "me" | "my" | "myself" => Person::Sender,
        "she" | "her" | "he" | "him" | "they" | "them" => Person::Pronoun(gender(word)),
        _ if matches!(
            noun,
            "daughter" | "son" | "boy" | "girl" | "child" | "kid" | "one"
        ) =>
        {
            Person::Child
        }
        _ => Person::Other(gender(noun)),
    }
}

/// Where each child on the roster is named in `text`, as whole words.
fn children_named(text: &str, children: &[String]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let apart = |i: usize| bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
    children
        .iter()
        .filter(|name| !name.is_empty())
        .flat_map(|name| {
            text.match_indices(name.as_str())
                .filter(|(at, _)| (*at == 0 || apart(at - 1)) && apart(at + name.len()))
                .map(|(at, _)| at)
        })
        .collect()
}

/// Of whom the words at `at` are said.
#[derive(PartialEq)]
enum Whose {
    /// A child named on the roster, a pronoun of one, or "my daughter".
    Child,
    /// The sender or someone's relative, or a pronoun whose nearest
    /// earlier match in gender is one.
    SomeoneElse,
    /// No one is spoken of before them.
    NoOne,
}

/// Of whom the words at `at` are said: the last person spoken of before
/// them, a pronoun taken back to whom it stands for.
fn whose(lower: &str, at: usize, children: &[String]) -> Whose {
    let before = &lower[..at];
    let mut people: Vec<(usize, Person)> = PERSON
        .find_iter(before)
        .map(|m| (m.start(), person(m.as_str())))
        .chain(
            children_named(before, children)
                .into_iter()
                .map(|c| (c, Person::Child)),
        )
        .collect();
    people.sort_by_key(|(start, _)| *start);
    let Some(&(_, last)) = people.last() else {
        return Whose::NoOne;
    };
    let referent = match last {
        Person::Pronoun(gender) => people.iter().rev().find_map(|(_, p)| match p {
            Person::Other(g)
                if *g == gender || *g == Gender::Either || gender == Gender::Either =>
            {
                Some(*p)
            }
            Person::Child => Some(*p),
            _ => None,
        }),
        other => Some(other),
    };
    match referent {
        Some(Person::Sender | Person::Other(_)) => Whose::SomeoneElse,
        _ => Whose::Child,
    }
}

/// Whether a self-harm or suicidal concern in lower-case message text is
/// about the child: some trigger of it is not said of someone else.
/// `children` are the sender's children's names, folded.
pub fn child_in_crisis(lower: &str, concerns: &[Concern], children: &[String]) -> bool {
    concerns
        .iter()
        .filter(|c| c.category == ConcernCategory::SelfHarm)
        .flat_map(|c| &c.triggers)
        .filter_map(|trigger| lower.find(trigger.as_str()))
        .any(|at| {
            whose(lower, at, children) != Whose::SomeoneElse && !urged_on_the_child(lower, at)
        })
}

/// Others' words urging the child, just before the words at `at`:
/// "messages telling her to kill herself" is bullying, not the child's
/// own crisis.
fn urged_on_the_child(lower: &str, at: usize) -> bool {
    static URGED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(telling|told|tell|tells|saying|said|says|messaging|messaged|texting|texted|urging|urged) (her|him|them|\w+) (that (she|he|they) should |to )\s*$",
        )
    });
    URGED.is_match(just_before(lower, at, 40))
}

/// A parent just before the words at `at`, as the one who did it: "her
/// mum took an overdose", "his dad tried to".
fn a_parent_did_it(lower: &str, at: usize) -> bool {
    static PARENT_DID: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(mum|mam|mom|mummy|mother|dad|daddy|father|stepdad|stepmum|step-dad|step-mum|husband|wife)('s)?( (has |had |have )?(took|taken|take|tried|attempted|overdosed|cut|harmed)( \w+){0,3})?\s*$",
        )
    });
    PARENT_DID.is_match(just_before(lower, at, 50))
}

/// Whether the words that gave an absence its reason (`reason_words`),
/// in a message telling of a parent unable to care, are all the parent's:
/// said of the sender or another adult ("my depression's really bad"), or
/// of no one in a sentence that tells of the parent's crisis ("can't face
/// the school run. gp says it's post natal depression"). The illness is
/// then the parent's, and the child's absence has no reason of its own.
pub fn reason_is_a_parent_s(
    lower: &str,
    concerns: &[Concern],
    reason_words: &[&str],
    children: &[String],
) -> bool {
    // A parent's own self-harm ("her mum took an overdose last night") is
    // a parent in crisis too.
    let crisis: Vec<Range<usize>> = concerns
        .iter()
        .filter(|c| {
            matches!(
                c.category,
                ConcernCategory::ParentInCrisis | ConcernCategory::SelfHarm
            )
        })
        .flat_map(|c| c.triggers.iter().map(move |t| (c.category, t)))
        .filter_map(|(category, trigger)| Some((category, lower.find(trigger.as_str())?)))
        .filter(|(category, at)| {
            *category == ConcernCategory::ParentInCrisis || a_parent_did_it(lower, *at)
        })
        .map(|(_, at)| sentence_around(lower, at, at))
        .collect();
    let parent_s = |at: usize| match whose(lower, at, children) {
        Whose::SomeoneElse => true,
        Whose::NoOne => crisis.iter().any(|sentence| sentence.contains(&at)),
        Whose::Child => false,
    };
    !crisis.is_empty()
        && !reason_words.is_empty()
        && reason_words
            .iter()
            .all(|words| lower.find(&words.to_lowercase()).is_some_and(parent_s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::safeguarding::concerns;
    use crate::parse::text::normalise;

    fn in_crisis(text: &str) -> bool {
        let lower = normalise(text);
        let evie = ["evie".to_string()];
        child_in_crisis(&lower, &concerns(&lower, &evie), &evie)
    }

    #[test]
    fn the_child_s_own_self_harm_is_a_crisis_of_the_child() {
        for text in [
            "Evie wont be in, found her with a razor in the bathroom again and her arms are cut",
            "I found her with a razor last night",
            "she took some of my tablets last night, they're keeping her in",
            "Evie keeps saying she wants to die",
            "My husband found Evie with cuts on her arms",
            "My mum is staying. She found Evie with cuts on her arms",
        ] {
            assert!(in_crisis(text), "{text}");
        }
    }

    #[test]
    fn a_parent_s_or_a_sibling_s_is_a_crisis_at_home() {
        for text in [
            "Evie won't be in, my partner took an overdose last night",
            "my wife was taken to hospital by the mental health team, she has been sectioned",
            "her brother has been self harming and we were at A&E all night",
            "I've been sectioned before and I'm scared it will happen again",
            "Evie won't be in. My wife is struggling, she has been sectioned",
            "Evie has a cold and a cough",
        ] {
            assert!(!in_crisis(text), "{text}");
        }
    }

    #[test]
    fn others_urging_the_child_is_no_crisis_of_the_child() {
        assert!(!in_crisis(
            "girls in her class have been sending her messages telling her to kill herself"
        ));
        assert!(in_crisis("Evie told me she wants to kill herself"));
    }

    #[test]
    fn an_illness_of_a_parent_unable_to_care_is_not_the_child_s_reason() {
        let alfie = ["alfie".to_string()];
        let parent_s = |text: &str, words: &[&str]| {
            let lower = normalise(text);
            reason_is_a_parent_s(&lower, &concerns(&lower, &alfie), words, &alfie)
        };
        assert!(parent_s(
            "Alfie wont be in. i cant get out of bed at the moment, my depressions really bad and theres noone to take him",
            &["depressions"]
        ));
        // The child's own illness, beside the parent's crisis.
        assert!(!parent_s(
            "Alfie has a temperature. I can't get out of bed, my depression is really bad and there's no one to take him",
            &["temperature"]
        ));
        // Said of no one, in the sentence of the parent's crisis.
        assert!(parent_s(
            "not coping at all, kids wont be in. cant face the school run, gp says its post natal depression",
            &["gp"]
        ));
        // No parent in crisis: the reason is the parser's to read.
        assert!(!parent_s("Alfie is off, I have the flu too", &["flu"]));
        // A parent's own overdose, which the child found.
        assert!(parent_s(
            "Her mum took an overdose last night and she's in hospital, Alfie was the one who found her. Alfie won't be in today",
            &["overdose"]
        ));
        // The child's own, told to a parent.
        assert!(!parent_s(
            "Alfie told his father he does not want to be alive and took an overdose",
            &["overdose"]
        ));
    }
}
