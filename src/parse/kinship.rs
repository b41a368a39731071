//! Whose illness or appointment a message tells of: the child's, or a
//! relative's or the parent's own ("her dad's not well", "nan's in
//! hospital", "I've got a migraine", "take the baby for his jabs").
//!
//! A small grammar: a subject (a kinship noun with an optional possessor,
//! or the sender as "I"), a short gap, and a predicate. The gap may not
//! hold another subject ("I'm worried she's sick" is the child's), and the
//! sender's own predicate is an illness only: "I'm taking her to the
//! dentist" is the child's appointment.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::text::compile;

/// Relatives and carers as parents write them, misspellings and the
/// possessive without an apostrophe ("her dads", "his mams") included.
/// Never "son", "daughter" or "child": those are the pupil.
pub const KIN: &str = concat!(
    r"(step[- ]?)?(mum|mums|mam|mams|mom|mummy|mother|dad|dads|daddy|father)|",
    r"nan|nans|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|",
    r"aunt|auntie|aunty|uncle|cousin|(little |baby |younger |older |big |step[- ]?|half[- ]?)?(brother|sister|bro|sis)|",
    r"the baby|(his|her|their) baby (brother|sister)|",
    r"partner|husband|hubby|wife|boyfriend|girlfriend|other half|fiance|fiancee|",
    r"childminder|the driver|the dog|the cat"
);

/// Being ill: what a relative's or the sender's illness is said with. A
/// relative in hospital is left to the reason vocabulary, which reads it
/// as exceptional circumstances.
const ILL: &str = concat!(
    r"sick|ill|poorly|unwell|(not|isn'?t|is not|aren'?t) (very |that |feeling )?well|not good|vomiting|throwing up|off sick|signed off( with \w+)?|",
    r"taken ill|covid|the flu|flu|a migraine|migraine|a bug|the bug|sickness bug|a temp|temperature|fever|",
    r"depress\w*|seizures?|fits|cancer|chemo\w*|dementia|a stroke|",
    r"a ?& ?e|a and e|broken (his |her |my )?(leg|arm|wrist|ankle|foot)|bad back|back pain"
);

/// Appointments a relative may have that make a child late or keep them
/// home: they are not the child's own.
const APPOINTMENT: &str = concat!(
    r"appointment|appt|scan|operation|surgery|jabs|injections?|vaccin\w*|immuni[sz]ations?|",
    r"dentist|dental|doctors?|doctor's|gp|check ?up|blood tests?|clinic"
);

static RELATIVE_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b((my|his|her|their|our|the kids'?|\w+'s|\w+s) )?(?P<who>{KIN})('s)?\b(?P<gap>[^.,!?;]{{0,25}}?)\b(?P<said>{ILL}|{APPOINTMENT})\b"
    ))
});
static SENDER_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(i|i've|ive|i'm|im|i am|i have|me)\b(?P<gap>[^.,!?;]{{0,25}}?)\b(?P<said>{ILL}|{SENDERS_APPOINTMENT})\b"
    ))
});
/// What the sender has done to themselves: "I'm having a planned
/// operation", "I have an appointment at 9".
const SENDERS_APPOINTMENT: &str = "operation|surgery|scan|appointment|appt";
/// The sender's own appointment: "I've got my scan at the hospital".
static SENDERS_OWN_APPOINTMENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bmy (own )?(hospital |dental |doctor'?s? |gp |midwife |antenatal )?(?P<said>scan|appointment|appt|operation|surgery)\b",
    )
});
/// Another subject between a relative and the predicate makes the
/// predicate that subject's; "he" or "she" may be the relative itself
/// ("her brother when he has seizures").
static ANOTHER_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(they|they're|both|all|and (him|her))\b"));
static HE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(he|he's)\b"));
static SHE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(she|she's)\b"));
static MALE_KIN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(dad|daddy|father|grandad|grandpa|grandfather|uncle|brother|bro|husband|hubby|boyfriend|fiance)s?$",
    )
});
static FEMALE_KIN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(mum|mam|mom|mummy|mother|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|aunt|auntie|aunty|sister|sis|wife|girlfriend|fiancee)s?$",
    )
});
/// The child as an object between the sender and the illness ("I'm taking
/// her to A&E"), or a booking ("I've made an appointment"): the child's.
static CHILD_AS_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(him|her|them|made|make|booked|book)\b"));

/// Where the text tells of someone else's illness or appointment: the
/// range of the predicate words, which are not the child's. `names` are
/// the sender's children's names, folded: a child called Nana is the child.
pub fn someone_elses(lower: &str, names: &[String]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = |re: &Regex, gap_bars: &[&Regex]| {
        for c in re.captures_iter(lower) {
            let gap = c.name("gap").map_or("", |g| g.as_str());
            let who = c.name("who").map_or("i", |w| w.as_str());
            let a_child = names.iter().any(|n| n == who);
            let pronoun_not_theirs = (HE.is_match(gap) && !MALE_KIN.is_match(who))
                || (SHE.is_match(gap) && !FEMALE_KIN.is_match(who));
            if a_child || pronoun_not_theirs || gap_bars.iter().any(|bar| bar.is_match(gap)) {
                continue;
            }
            found.push(c.name("said").expect("group").range());
        }
    };
    from(&RELATIVE_SAYS, &[&ANOTHER_SUBJECT]);
    from(&SENDER_SAYS, &[&ANOTHER_SUBJECT, &CHILD_AS_OBJECT]);
    from(&SENDERS_OWN_APPOINTMENT, &[]);
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whose(text: &str) -> Vec<&str> {
        someone_elses(text, &[])
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_child_named_like_a_relative_is_the_child() {
        let text = "nana has a hospital appointment at 1.40";
        assert_eq!(whose(text), ["appointment"]);
        assert!(someone_elses(text, &["nana".to_string()]).is_empty());
    }

    #[test]
    fn a_relatives_illness_is_theirs() {
        assert_eq!(whose("her dad's not well"), ["not well"]);
        assert_eq!(whose("harveys nanny is very poorly"), ["poorly"]);
        assert_eq!(whose("seb's mam isnt well"), ["isnt well"]);
        assert_eq!(whose("my husband has been taken ill"), ["taken ill"]);
        assert_eq!(whose("his brother is poorly"), ["poorly"]);
        assert_eq!(whose("my partner has covid"), ["covid"]);
        assert_eq!(whose("her step dad is really poorly"), ["poorly"]);
        assert_eq!(whose("with her brother when he has seizures"), ["seizures"]);
        assert_eq!(whose("her dad said she's poorly"), Vec::<&str>::new());
    }

    #[test]
    fn the_senders_illness_is_theirs() {
        assert_eq!(whose("i've got a horrible migraine"), ["migraine"]);
        assert_eq!(whose("ive got the flu"), ["the flu"]);
        assert_eq!(whose("i need to take him to a&e"), Vec::<&str>::new());
        assert_eq!(whose("i'm having a planned operation"), ["operation"]);
        assert_eq!(
            whose("i've made an appointment at the gp"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_relatives_appointment_is_theirs() {
        assert_eq!(whose("take the baby for his jabs"), ["jabs"]);
        assert_eq!(
            whose("her little brother has a hospital appointment"),
            ["appointment"]
        );
        assert_eq!(whose("i've got my scan at the hospital"), ["scan"]);
    }

    #[test]
    fn the_childs_own_stays_the_childs() {
        for text in [
            "she's got a temperature",
            "he has been sick",
            "zosia is poorly",
            "i'm worried she's sick",
            "i'm taking her to the dentist",
            "i'm keeping her off, she's ill",
            "both sisters are ill",
            "his brother and him are both poorly",
        ] {
            assert_eq!(whose(text), Vec::<&str>::new(), "{text}");
        }
    }
}
