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

use regex::{Regex, RegexSet};

use super::text::{compile, set_of};
use super::{children, signals};

/// Relatives and carers as parents write them, misspellings and the
/// possessive without an apostrophe ("her dads", "his mams") included.
/// Never "son", "daughter" or "child": those are the pupil.
pub const KIN: &str = concat!(
    r"(step[- ]?)?(mum|mums|mam|mams|mom|mummy|mother|dad|dads|daddy|father)|",
    r"nan|nans|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|",
    // Grandparents in the roster's other languages, as families write them
    // in English: Polish, Romanian, Portuguese, Spanish, Urdu and Hindi,
    // Bengali, Somali, Turkish.
    r"babcia|babci|babcie|dziadek|dziadka|bunica|bunicul|avó|avo|avô|vovó|vovo|abuela|abuelo|abuelita|",
    r"nani|nanima|dadi|dadima|nanaji|dadaji|nanu|dida|thakuma|ayeeyo|awoowe|babaanne|anneanne|dede|",
    r"aunt|auntie|aunty|uncle|cousin|(little |baby |younger |older |big |step[- ]?|half[- ]?)?(brother|sister|bro|sis)|",
    r"the baby|(our|my) baby|(his|her|their) baby (brother|sister)|",
    r"partner|husband|hubby|wife|boyfriend|girlfriend|other half|fiance|fiancee|",
    r"childminder|the driver|the dog|the cat|",
    // People outside the family whose illness a message may give as why:
    // "work asked me to cover a shift cos someone's off sick".
    r"someone|somebody|colleagues?|(my|his|her) (boss|manager)"
);

/// Being ill: what a relative's or the sender's illness is said with. A
/// relative in hospital is left to the reason vocabulary, which reads it
/// as exceptional circumstances.
const ILL: &str = concat!(
    r"sick|ill|poorly|unwell|(not|isn'?t|is not|aren'?t) (very |that |feeling )?well|not good|vomiting|throwing up|off sick|signed off( with \w+)?|",
    r"taken ill|covid|the flu|flu|a migraine|migraine|a bug|the bug|sickness bug|a temp|temperature|fever|",
    // The childhood illnesses a brother or sister brings home.
    r"chicken ?pox|measles|noro(virus)?|conjunctivitis|tonsil+[aeiouy]t[aeiouy]s|hand,? foot and mouth|d ?(&|\+|and|n) ?v|diarrh\w*|",
    r"depress\w*|seizures?|fits|cancer|chemo\w*|dementia|a stroke|mental health|admitted|",
    r"a ?& ?e|a and e|broken (his |her |my )?(leg|arm|wrist|ankle|foot)|bad back|back pain"
);

/// Appointments a relative may have that make a child late or keep them
/// home: they are not the child's own.
const APPOINTMENT: &str = concat!(
    r"appointment|appt|scan|operation|surgery|jabs|injections?|vaccin\w*|immuni[sz]ations?|",
    r"dentist|dental|doctors?|doctor's|gp|check ?ups?|checks? at \d|blood tests?|clinic|eye hospital"
);
/// The kind of appointment said before the word for it: "a dentist
/// appointment", "his hospital check up", "an orthodontist appt". The
/// whole phrase is the relative's, not only its first or last word.
const KIND_OF_APPOINTMENT: &str = concat!(
    r"hospital|dental|dentist'?s?|doctor'?s?|docs?|gp|eye|ear|hearing|orthodontist'?s?|orthodontic|optician'?s?|",
    r"physio|clinic|asthma|blood|follow[- ]up|outpatients?|consultant'?s?|antenatal|midwife|health visitor|",
    // The part of the body an operation is on: "a heart operation".
    r"heart|knee|hip|shoulder|back|hernia|cataract|bowel|gallbladder"
);

static RELATIVE_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b((my|his|her|their|our|the kids'?|\w+'s|\w+s) )?(?P<who>{KIN})('s)?\b(?P<gap>[^.,!?;]{{0,32}}?)\b(?P<said>{ILL}|((({KIND_OF_APPOINTMENT})\s+)*({APPOINTMENT})(\s+({APPOINTMENT}))*))\b"
    ))
});
static SENDER_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(i|i've|ive|i'm|im|i am|i have|me)\b(?P<gap>[^.,!?;]{{0,25}}?)\b(?P<said>{ILL}|(({KIND_OF_APPOINTMENT})\s+)*({SENDERS_APPOINTMENT}))\b(?P<for>\s+for (him|her|them)\b)?"
    ))
});
/// "He" or "she" ill: someone else's only when the message calls the
/// child by the other pronoun ("Tyler's with his nan ... she's not well
/// enough to walk him down").
static PRONOUN_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?P<who>he|she)('s| is| has| was)?\b(?P<gap>[^.,!?;]{{0,12}}?)\b(?P<said>{ILL})\b"
    ))
});
/// A planned stay in hospital, whoever's: "going into the Children's
/// Hospital on Wednesday", "being admitted to the ward this afternoon for
/// tests". The reason vocabulary reads it as a child's
/// appointment; said of the sender, it is the sender's.
macro_rules! hospital_stay {
    () => {
        r"((going|booked) (in ?to|into)|being admitted (to|into|onto)) (the )?(\w+('s)? )?(hospital|ward)"
    };
}

/// What the sender has done to themselves: "I'm having a planned
/// operation", "I have an appointment at 9".
const SENDERS_APPOINTMENT: &str =
    concat!("operation|surgery|scan|appointment|appt|", hospital_stay!());
/// The sender's own appointment or condition: "I've got my scan at the
/// hospital", "I'm in hospital today having my knee operation", "my
/// depression is really bad".
static SENDERS_OWN_TROUBLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // The kind is the sender's too: "my own doctor's appointment" is no
        // doctor's appointment of the child's.
        r"\bmy (own )?(?P<said>(hospital |dental |dentist'?s? |doctor'?s? |gp |midwife |antenatal |(knee|hip|back|eye|shoulder|foot|hand|wrist|ankle|heart|hernia|gallbladder|gall bladder|bowel|breast|bunion|cataract|knee replacement|hip replacement) )?(scan|appointment|appt|operation|surgery|",
        r"depression|anxiety|mental health|migraines?|bad back|back pain|illness|condition|ms|arthritis|fibromyalgia|endometriosis|long covid))\b"
    ))
});
/// Someone's trouble told by a relative, by the sender, or as the sender's
/// own appointment; and, for each, the words in the gap before the trouble
/// that make it another's.
static SAYING: [(&LazyLock<Regex>, &[&LazyLock<Regex>]); 4] = [
    (
        &RELATIVE_SAYS,
        &[&ANOTHER_SUBJECT, &TAKING_THE_CHILD, &REPORTED],
    ),
    (&SENDER_SAYS, &[&ANOTHER_SUBJECT, &CHILD_AS_OBJECT]),
    (&SENDERS_OWN_TROUBLE, &[]),
    (&PRONOUN_SAYS, &[]),
];
static SOMEONE_SAYS: LazyLock<RegexSet> =
    LazyLock::new(|| set_of(&SAYING.map(|(says, _)| &**says)));
/// The illness named after being ill: "with a chest infection", "with the
/// flu", "from a migraine".
static ILLNESS_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^ (with|from) (a |an |the |bad |really bad |his |her |my )?[a-z][\w-]*( (infection|virus|bug|flu|cold|attack|pains?|ache))?\b",
    )
});
/// Where an appointment is, said after it: "at clinic", "at the hospital".
static WHERE_SEEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^ (at|in) (the |a )?(clinic|hospital|surgery|gp|doctors?'?s?|dentists?'?s?|health cent(re|er))\b",
    )
});
/// A relative reporting what another says: "mum says she is poorly" tells
/// of the child the message is about, not of mum.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(says|said|say|thinks|reckons|told me|tells me|texted|messaged)\b")
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
/// A relative named by the child's possessive ("her step dad", "his
/// nan"): the possessive is the child's pronoun.
static CHILDS_RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\b(?P<whose>his|her) ({KIN})\b")));

/// The object pronoun the message uses for the child, when its relatives'
/// possessives agree on one: "her step dad is poorly and I need to take
/// him" makes "him" the step dad, not the child.
fn childs_object_pronoun(lower: &str) -> Option<&'static str> {
    let mut said = CHILDS_RELATIVE
        .captures_iter(lower)
        .map(|c| if &c["whose"] == "his" { "him" } else { "her" });
    let first = said.next()?;
    said.all(|p| p == first).then_some(first)
}

/// A relative taking the child somewhere ("her dad is taking her to the
/// dentist"): the appointment is the child's.
/// Or booking it for the child: "her mum make the appointment with dentist".
static TAKING_THE_CHILD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(tak\w*|took|bring\w*|brought|driv\w*|drove) (him|her|them)\b|\b(make|makes|made|making|book|books|booked|booking|arrange\w*|got|get|gets|sort\w*) (him |her |them )?(the |an |a )?$",
    )
});

/// A relative just before words that would say the child is in: "her
/// mum's coming to get her", "his dad is fine now" say it of the relative.
pub static RELATIVE_JUST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\b({KIN})\s*$")));

/// A preposition just before "me": "with me", "to me" make it no subject.
static AFTER_A_PREPOSITION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(with|to|for|at|from|by|of|near|round|around|like|than)\s*$"));

static FROM_THEIRS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bfrom\s+((the|their|his|her|my|our)\s+)?$"));

/// A brother or sister of the child, named by relation ("her brother",
/// "his little sister", "Archie's sister"), and the rest of the clause: to
/// its end, or to a "but" that turns back to the child ("Kai's brother has
/// chicken pox but Kai has had it, so he will be in").
static SIBLING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(his|her|their|\w+'s) (little |big |younger |older |baby |twin |half[- ]?|step[- ]?)?(brother|sister|bro|sis)\b(?P<rest>[^.!?;]*?)(\bbut\b|[.!?;]|$)",
    )
});
/// Words that give a sibling the same absence: "has it too", "isn't well
/// either", "as well".
static SHARED: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(too|as well|either|also)\b"));
/// An illness the sibling had and is over: "her brother had it last week".
static HAD_IT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(had|has had|'s had|was off|was ill|got over)\b[^.]{0,30}?\b(last week|last month|before (her|him|them)|first|already|over the weekend|at half term|(\d+|two|three|a few|a couple of) (days|weeks) ago)\b",
    )
});

/// What a message says of the child's brother or sister.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sibling {
    /// Away with the child: "her brother has it too", "both are staying home".
    Shares,
    /// In school: "his sister will be in as normal".
    Attends,
    /// Spoken of some other way: "she caught it off her brother".
    Spoken,
}

/// Whether byte `at` is in what a clause says of the child's brother or
/// sister ("her sister is fine" is not the child fine).
pub fn said_of_a_sibling(lower: &str, at: usize) -> bool {
    SIBLING
        .captures_iter(lower)
        .filter_map(|c| c.name("rest"))
        .any(|rest| rest.start() <= at && at < rest.end())
}

/// Whether lower-case text speaks of the child's brother or sister, and
/// what it says of them.
pub fn sibling_spoken_of(lower: &str) -> Option<Sibling> {
    let c = SIBLING.captures(lower)?;
    let rest = c.name("rest").map_or("", |r| r.as_str());
    Some(
        if SHARED.is_match(rest) || children::speaks_of_several(lower) {
            Sibling::Shares
        } else if signals::says_attending(rest) || HAD_IT_BEFORE.is_match(rest) {
            Sibling::Attends
        } else {
            Sibling::Spoken
        },
    )
}

/// The sender saying who they are at the start: "hi its jordan in 11b",
/// "it's maya bhatt, 13jh" (not "it's jordan's mum").
static SENDER_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\W*((hi|hello|hiya|hey|morning|good morning|sorry)\W+)?(it's|its|it is|this is|i'm|im|i am) (?P<name>[a-z][a-z-]*)\b(?P<after>'s|s\b)?",
    )
});

/// Whether the sender says they are one of the children (`names`, folded):
/// an older child writing for themself.
fn child_writes(lower: &str, names: &[String]) -> bool {
    SENDER_NAMED
        .captures(lower)
        .is_some_and(|c| c.name("after").is_none() && names.iter().any(|n| n == &c["name"]))
}

/// Where the text tells of someone else's illness or appointment: the
/// range of the predicate words, which are not the child's. `names` are
/// the sender's children's names, folded: a child called Nana is the child.
pub fn someone_elses(lower: &str, names: &[String]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    // Most messages tell of nobody's trouble but the child's: one quick
    // pass says whether any subject-and-predicate pattern matches, and a
    // second which to search with.
    if !SOMEONE_SAYS.is_match(lower) {
        return found;
    }
    let said = SOMEONE_SAYS.matches(lower);
    // "Hi it's Jordan in 11B ... I've got d and v": the child writing.
    let the_child_writes = child_writes(lower, names);
    // A pronoun of the other sex than the child's is not the child.
    let not_the_child = childs_object_pronoun(lower).map(|childs| match childs {
        "him" => "her",
        _ => "him",
    });
    let bars = |bar: &Regex, gap: &str| {
        bar.find_iter(gap)
            .any(|m| Some(m.as_str()) != not_the_child)
    };
    for (says, gap_bars) in said.iter().map(|i| SAYING[i]) {
        for c in says.captures_iter(lower) {
            let gap = c.name("gap").map_or("", |g| g.as_str());
            let who = c.name("who").map_or("i", |w| w.as_str());
            // "Mum says Ayesha is poorly": a child named between the
            // relative and the illness is its subject.
            let a_child = names.iter().any(|n| n == who)
                || joined_to_a_child(lower, c.get(0), names)
                || gap
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|word| names.iter().any(|n| n == word));
            let pronoun_not_theirs = (HE.is_match(gap) && !MALE_KIN.is_match(who))
                || (SHE.is_match(gap) && !FEMALE_KIN.is_match(who));
            // "I've got an appointment for her at 9" is the child's.
            let for_the_child = c.name("for").is_some();
            // "Alfie is with me this week and has tonsillitis": "me" after
            // a preposition is no subject.
            let whole = c.get(0).expect("a match");
            let me_as_object = whole.as_str().starts_with("me")
                && AFTER_A_PREPOSITION.is_match(&lower[..whole.start()]);
            // "Came back from their dad's with the sickness bug": the place
            // they came from, no one ill.
            let come_from = c
                .name("who")
                .is_some_and(|w| FROM_THEIRS.is_match(&lower[..w.start()]));
            // "She's not well" is the child's unless the child is "him".
            let the_childs_pronoun = match who {
                "he" => not_the_child != Some("him"),
                "she" => not_the_child != Some("her"),
                _ => false,
            };
            if a_child
                || the_childs_pronoun
                || (the_child_writes && c.name("who").is_none())
                || pronoun_not_theirs
                || for_the_child
                || me_as_object
                || come_from
                || gap_bars.iter().any(|bar| bars(bar, gap))
            {
                continue;
            }
            let mut trouble = c.name("said").expect("group").range();
            // "I'm poorly with a chest infection": the illness named after
            // is theirs too; so is the place of an appointment ("the baby's
            // injections at clinic").
            if let Some(named) = ILLNESS_NAMED_AFTER
                .find(&lower[trouble.end..])
                .or_else(|| WHERE_SEEN.find(&lower[trouble.end..]))
            {
                trouble.end += named.end();
            }
            found.push(trouble);
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// "Grace and her brother have chickenpox": a relative named together
/// with a child shares the child's predicate.
fn joined_to_a_child(lower: &str, found: Option<regex::Match>, names: &[String]) -> bool {
    let Some(found) = found else {
        return false;
    };
    let before = lower[..found.start()].trim_end();
    let Some(before) = before
        .strip_suffix("and")
        .or_else(|| before.strip_suffix('&'))
    else {
        return false;
    };
    let previous = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'');
    previous
        .map(|w| w.trim_end_matches("'s"))
        .next()
        .is_some_and(|word| names.iter().any(|n| n == word))
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
        assert_eq!(whose(text), ["hospital appointment"]);
        assert!(someone_elses(text, &["nana".to_string()]).is_empty());
    }

    #[test]
    fn a_child_writing_for_themself_is_the_child() {
        let jordan = ["jordan".to_string()];
        let text = "hi its jordan in 11b, my mum said to text you. ive got d and v so i wont be in";
        assert!(someone_elses(text, &jordan).is_empty());
        // The child's parent writing is someone else.
        let text = "hi its jordans mum, i've got d and v so i can't do the school run";
        assert_eq!(someone_elses(text, &jordan).len(), 1);
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
        assert_eq!(
            whose("i'm really poorly with a chest infection and can't drive"),
            ["poorly with a chest infection"]
        );
        assert_eq!(
            whose("work have asked me to cover a shift cos someone's off sick"),
            ["off sick"]
        );
    }

    #[test]
    fn the_senders_illness_is_theirs() {
        assert_eq!(whose("i've got a horrible migraine"), ["migraine"]);
        assert_eq!(whose("ive got the flu"), ["the flu"]);
        assert_eq!(
            whose("i've been admitted to the mental health unit since friday"),
            ["admitted"]
        );
        assert_eq!(whose("i need to take him to a&e"), Vec::<&str>::new());
        assert_eq!(whose("i'm having a planned operation"), ["operation"]);
        assert_eq!(
            whose("i must take the baby for his injections at clinic 8.30"),
            ["injections at clinic"]
        );
        assert_eq!(whose("ive got a docs appt myself at 8.40"), ["docs appt"]);
        assert_eq!(
            whose("i have a dentist appointment for her at 9"),
            Vec::<&str>::new()
        );
        assert_eq!(
            whose("i've made an appointment at the gp"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_pronoun_of_the_other_sex_than_the_childs_is_the_relative() {
        assert_eq!(
            whose("her step dad is poorly and i need to take him to a&e"),
            ["poorly", "a&e"]
        );
        assert_eq!(
            whose("his nan has had a fall and i need to take her to a&e"),
            ["a&e"]
        );
        // The child's own pronoun stays the child's.
        assert_eq!(
            whose("her dad is away and i need to take her to a&e"),
            Vec::<&str>::new()
        );
        assert_eq!(
            whose(
                "tyler's with his nan as i'm on a shift and she's not well enough to walk him down"
            ),
            ["not well"]
        );
        assert_eq!(
            whose("she's not well today, her nan is looking after her"),
            Vec::<&str>::new()
        );
        // Possessives that disagree say nothing of the child.
        assert_eq!(
            whose("her dad and his mum are here, i need to take him to a&e"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_relatives_appointment_is_theirs() {
        assert_eq!(whose("take the baby for his jabs"), ["jabs"]);
        assert_eq!(
            whose("her little brother has a hospital appointment"),
            ["hospital appointment"]
        );
        assert_eq!(
            whose("i've got my scan at the hospital"),
            ["scan at the hospital"]
        );
        assert_eq!(
            whose("i'm in hospital today having my knee operation"),
            ["knee operation"]
        );
        // The kind is the sender's too, not the child's doctor.
        assert_eq!(
            whose("my own doctor's appointment is running over"),
            ["doctor's appointment"]
        );

        assert_eq!(
            whose("i have to get my mum to the eye hospital for 8.30"),
            ["eye hospital"]
        );
    }

    #[test]
    fn every_word_of_a_relatives_appointment_is_theirs() {
        assert_eq!(
            whose("his sister has an orthodontist appt at 8.50"),
            ["orthodontist appt"]
        );
        assert_eq!(
            whose("my wife has a doctors appointment at 9"),
            ["doctors appointment"]
        );
        assert_eq!(
            whose("the baby has her eye clinic check up"),
            ["eye clinic check up"]
        );
        assert_eq!(
            whose("my father in lublin is having a heart operation"),
            ["heart operation"]
        );
    }

    #[test]
    fn a_relative_named_with_the_child_shares_the_childs_illness() {
        let names = ["grace".to_string()];
        let text = "grace and her brother have chickenpox";
        assert!(someone_elses(text, &names).is_empty());
        let text = "i'm keeping grace home and her brother has chickenpox";
        assert_eq!(someone_elses(text, &names).len(), 1);
    }

    #[test]
    fn what_a_relative_reports_of_the_child_is_the_childs() {
        let names = ["ayesha".to_string()];
        assert!(someone_elses("mum says ayesha is poorly with her chest", &names).is_empty());
        assert!(someone_elses("its her sister, mum says she is poorly", &names).is_empty());
        assert_eq!(someone_elses("her mum has a migraine", &names).len(), 1);
    }

    #[test]
    fn the_relative_the_children_came_back_from_is_not_ill() {
        let text = "both of them came back from their dads last night with the sickness bug";
        assert!(someone_elses(text, &[]).is_empty());
        let text = "their dad has the sickness bug";
        assert_eq!(someone_elses(text, &[]).len(), 1);
    }

    #[test]
    fn a_relative_taking_the_child_is_the_childs_appointment() {
        assert_eq!(
            whose("her nan is taking her to the dentist"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn what_is_said_of_a_brother_or_sister() {
        for text in [
            "grace has a cold and her brother has it too",
            "ellie was sick and her big brother isn't well either",
            "theo's got the bug, his sister as well",
            "max has a temp, his sister is poorly so both are staying home",
        ] {
            assert_eq!(sibling_spoken_of(text), Some(Sibling::Shares), "{text}");
        }
        assert_eq!(
            sibling_spoken_of("freddie is off, his sister will be in as normal"),
            Some(Sibling::Attends)
        );
        assert_eq!(
            sibling_spoken_of("she caught the bug off her brother"),
            Some(Sibling::Spoken)
        );
        assert_eq!(sibling_spoken_of("she has a cold and a cough"), None);
    }

    #[test]
    fn but_turns_back_to_the_child() {
        let text =
            "kai's older brother has chicken pox but kai has had it so he will be in as normal";
        assert!(said_of_a_sibling(text, text.find("chicken").unwrap()));
        assert!(!said_of_a_sibling(text, text.find("will be in").unwrap()));
        assert_eq!(sibling_spoken_of(text), Some(Sibling::Spoken));
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
