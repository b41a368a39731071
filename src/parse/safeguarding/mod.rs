//! Whether a message suggests a child may be at risk, and of what. It runs
//! on every message, whatever else the parser makes of it, and leans
//! towards recall: a false alarm costs the designated safeguarding lead a
//! phone call, a miss can cost a child.
//!
//! The vocabularies follow the categories of *Keeping children safe in
//! education*, one file per group, in the words parents write (euphemism,
//! understatement, text-speak). A cue whose words have harmless everyday
//! uses names the context that quiets it, in the same sentence only: "cut
//! his knee *at football*", "a police officer *visited the class*".
//!
//! Speed: one pass of a set of every cue's words decides whether anything
//! can match; only when something can does a pass of each group of cues
//! say which groups to run one cue at a time.

/// The verbs of an accident a child has to themselves.
macro_rules! hurt_themself {
    () => {
        r"(burnt|burned|scalded|cut|caught|trapped|shut|jammed|banged|bumped|grazed|nicked|sliced|twisted|sprained|hurt|bruised|broke|fractured)"
    };
}

/// The part of the body an accident hurt, and its cause: "... her arm on
/// the straighteners", "... his finger in the car door", "... his hand off
/// the barbecue".
macro_rules! accident_cause {
    () => {
        concat!(
            r" (own )?(\w+ )?(hand|hands|arm|arms|finger|fingers|thumb|leg|legs|foot|feet|toe|toes|knee|chin|head|face|lip|wrist|elbow|ankle|neck|ear|nose|tongue|mouth|palm)",
            r" ((on|in|with|against|from|off) (the|a|an|my|his|her|their|some) (\w+ ){0,3}",
            r"(oven|hob|cooker|aga|range|log burner|wood ?burner|open fire|fireplace|iron|kettle|straighteners|tongs|curling wand|radiator|bbq|barbecue|bonfire|sparklers?|candles?|stove|exhaust|toaster|pan|saucepan|tray|tin|can|glass|door|drawer|window|gate|hot water bottle|heater|grill|lid)",
            r"|(at|during|in|doing|playing) (\w+ )?(gymnastics|dance|ballet|swimming|football|rugby|netball|hockey|karate|judo|boxing|trampolining|trampoline( park)?|climbing( wall)?|cheer\w*|pe|training|the park|park|playground|soft play|skate ?park|ice rink|leisure centre|sports centre)",
            r"|(getting|climbing|jumping|falling|coming) (off|out of|down|from|on|over) (the|a|his|her) (\w+ ){0,2}(bus|bike|scooter|stairs|steps|wall|fence|trampoline|bed|bunk|car|horse|swing|slide|tree))\b"
        )
    };
}

/// An accident with its cause said, the child its subject: "she burnt her
/// arm on the straighteners", "caught his finger in the car door", "a burn
/// on her leg from the exhaust". The one who did it is the one it happened
/// to ("he ... his", "she ... her"), so "she burnt his hand on the cooker"
/// and "his mum held it on the cooker" stay concerns.
macro_rules! household_accident {
    () => {
        concat!(
            r"(\bhe (\w+ )?",
            hurt_themself!(),
            r" his|\bshe (\w+ )?",
            hurt_themself!(),
            r" her|\bthey (\w+ )?",
            hurt_themself!(),
            r" their|^\s*",
            hurt_themself!(),
            r" (his|her|their)",
            r"|\b(burns?|scalds?|cuts?|bruis\w*|blisters?) (on|to) (his|her|their))",
            accident_cause!()
        )
    };
}

/// Something thrown or poured at a person that can hurt them: "threw a
/// glass at her", "chucked his phone at him", "poured boiling water on
/// him"; a ball thrown in a game is not among them.
macro_rules! thrown_at_someone {
    () => {
        concat!(
            r"(threw|throws|thrown|chucked|chucks|lobbed|hurled|poured|tipped) (a|an|the|his|her|their|my|some|hot|boiling) (\w+ )?",
            r"(glass|glasses|plate|plates|bottle|cup|mug|chair|shoe|remote|phone|knife|tea|coffee|water|kettle|drink|pan|ashtray|lighter|brick|stone|rock|stuff|things|keys|bowl|can) ",
            r"(\w+ )?(at|on|over) (him|her|them|me|us)\b"
        )
    };
}

/// A blow from another child that the message calls an accident: "his
/// brother kicked him by accident", "her cousin accidentally hit her".
/// Only a child's: an adult's "accident" is the classic cover story.
macro_rules! child_by_accident {
    () => {
        concat!(
            r"\b(brother|sister|cousin|friend|mate|team ?-?mate|another (boy|girl|child|kid|player)|the other (boy|girl|child|kid|player)|goalkeeper|keeper)('s)? ",
            r"[^.!?\n]*\b(accidentally|by accident|by mistake|didn't mean to|did not mean to|wasn't on purpose|not on purpose|was an accident)\b",
            r"|\b(accidentally|by accident|by mistake)\b[^.!?\n]*\b(brother|sister|cousin|friend|team ?-?mate)\b"
        )
    };
}

/// Someone who looks after the child knowing the way to the home: "the
/// taxi driver knows where we live", "the neighbours walk her home". Said
/// of a carer, a relative or a lift it is an arrangement, not a threat;
/// said of anyone else ("they know where we live") it stays a concern.
macro_rules! carer_knows_the_way {
    () => {
        concat!(
            r"\b((taxi|driver|escort|childminder|nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|grandparents|auntie|aunty|uncle|neighbours?)('s)? (\w+ ){0,3}(know|knows) where",
            r"|(walk|walks|walking|drop|drops|dropping) (him|her|them) (home|off))\b"
        )
    };
}

mod abuse;
mod accident;
mod as_reason;
mod care_at_home;
mod collection;
mod cue;
mod disclosure;
mod honour;
pub mod model;
mod other_languages;
mod outside_home;
mod parent_unable;
mod pets;
mod relay;
mod self_harm;
mod transport;

use std::borrow::Cow;
use std::cell::LazyCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::reason;
use super::text::{compile, compile_set, sentence_around};
use crate::domain::{Concern, ConcernCategory};
use cue::Cue;

pub use as_reason::{child_in_crisis, reason_is_a_parent_s};
pub use collection::restricts_collection;

/// A cue, compiled.
struct Compiled {
    category: ConcernCategory,
    words: Regex,
    unless: Option<Regex>,
    unless_is_accident: bool,
    given: Option<Regex>,
    unless_said: Option<Regex>,
}

struct Detector {
    /// The cues' words a group of [`CUES_A_GROUP`] at a time, in order: one
    /// pass a group says which groups' cues are worth looking for one by
    /// one. (One set over every cue is no quicker: its lazy DFA outgrows
    /// any cache on a long email and falls back to the slowest engine.)
    groups: Vec<RegexSet>,
    cues: Vec<Compiled>,
}

/// Cues a group: about six passes over a message that matches anything,
/// in place of a search for each of some ninety cues.
const CUES_A_GROUP: usize = 16;

static DETECTOR: LazyLock<Detector> = LazyLock::new(|| {
    let cues: Vec<&Cue> = [
        abuse::CUES,
        self_harm::CUES,
        care_at_home::CUES,
        parent_unable::CUES,
        outside_home::CUES,
        honour::CUES,
        disclosure::CUES,
        other_languages::CUES,
    ]
    .into_iter()
    .flatten()
    .collect();
    let words: Vec<String> = cues.iter().map(|cue| dropped_g(cue.words)).collect();
    let set: Vec<&str> = words.iter().map(String::as_str).collect();
    Detector {
        groups: set.chunks(CUES_A_GROUP).map(compile_set).collect(),
        cues: cues
            .iter()
            .zip(&words)
            .map(|(cue, words)| Compiled {
                category: cue.category,
                words: compile(words),
                unless: cue.unless.map(|unless| compile(&dropped_g(unless))),
                unless_is_accident: cue.unless_is_accident,
                given: cue.given.map(|given| compile(&dropped_g(given))),
                unless_said: cue.unless_said.map(|said| compile(&dropped_g(said))),
            })
            .collect(),
    }
});

/// A cue's pattern that also reads words with the final g dropped, as
/// parents text them ("sleepin in the car", "kickin off", "nothin").
fn dropped_g(pattern: &str) -> String {
    pattern.replace("ing", "in[g']?")
}

/// The possible concerns in lower-case message text (as
/// [`super::text::normalise`] makes it), one per category with the words
/// that raised it, in the order of the categories. When no rule reads a
/// concern but the model does, it is an [`ConcernCategory::Unclassified`]
/// one with the words that weighed most. The model does not weigh what a
/// rule read as harmless: the clauses of an injury an accident explains
/// ("cut his knee *at football*", "burnt his hand on the oven"), the
/// words of a cue and of the context that quieted it ("a *police* officer
/// *came into class*"), a child's refusing school ("refusing to get
/// out of bed") and the search for a lost pet ("out searching, found him
/// now"); the rules have already answered for them.
/// `children` are the sender's children's names, folded: a child named
/// as the subject of their own accident ("ava burnt her finger on the
/// oven") is as "she burnt her finger on the oven".
pub fn concerns(lower: &str, children: &[String]) -> Vec<Concern> {
    let reading = read_by_rules(lower, children);
    if !reading.concerns.is_empty() {
        return reading.concerns;
    }
    let Some(concern) = model::possible_concern(&without(lower, &reading.harmless)) else {
        return Vec::new();
    };
    // Asked only when the model would fire, which is rare.
    // A suspension passed on, most often disputed ("he was defending
    // himself, the other boy started it, I want someone to call me"), is
    // the school's own business with the family: its words are not the
    // model's to weigh (a rule still reads any harm told).
    if reason::tells_of_a_suspension(lower) {
        return Vec::new();
    }
    let accidents = accident::own_accidents(lower);
    let refusals = reason::refusals(lower);
    let passed_on = relay::passed_on(lower);
    let transport_failed = transport::failed(lower);
    let illnesses = reason::common_illnesses(lower);
    let pet_search = pets::searched_for(lower);
    if accidents.is_empty()
        && refusals.is_empty()
        && passed_on.is_empty()
        && transport_failed.is_empty()
        && illnesses.is_empty()
        && pet_search.is_empty()
    {
        return vec![concern];
    }
    let mut answered = reading.harmless;
    for told in accidents {
        let sentence = sentence_around(lower, told.start, told.end);
        answered.push(clause_range(lower, &sentence, told.start, told.end));
    }
    // "Refusing to get out of bed, I can't physically drag him": a child
    // refusing school is the attendance lead's to answer, and the words of
    // it are not evidence of harm (a rule still reads any harm told).
    answered.extend(
        refusals
            .into_iter()
            .map(|told| sentence_around(lower, told.start, told.end)),
    );
    // Who passes the message on, and for whom: see `relay`.
    answered.extend(passed_on);
    // A lost pet and the search for it: see `pets`.
    answered.extend(pet_search);
    // Transport that did not come, and all its sentence says: see
    // `transport`.
    answered.extend(
        transport_failed
            .into_iter()
            .map(|told| sentence_around(lower, told.start, told.end)),
    );
    // A common childhood illness, and what its clause says of it: see
    // `reason::common_illnesses`.
    for told in illnesses {
        let sentence = sentence_around(lower, told.start, told.end);
        answered.push(clause_range(lower, &sentence, told.start, told.end));
    }
    model::possible_concern(&without(lower, &answered))
        .into_iter()
        .collect()
}

/// What the rules read in a message.
struct RuleReading {
    concerns: Vec<Concern>,
    /// The byte ranges a rule found harmless: the clauses of an injury an
    /// accident explains, and the words of other quieted cues and of their
    /// context.
    harmless: Vec<Range<usize>>,
}

/// The concerns the rules alone read.
fn rule_concerns(lower: &str, children: &[String]) -> Vec<Concern> {
    read_by_rules(lower, children).concerns
}

/// The concerns the rules read in a message, and what they found harmless.
fn read_by_rules(lower: &str, children: &[String]) -> RuleReading {
    let detector = &*DETECTOR;
    let mut harmless_spans: Vec<Range<usize>> = Vec::new();
    let own_marriage = honour::a_childs_own_marriage(lower, children);
    // Most messages match nothing. A yes-or-no pass over a group is quick;
    // asking a set which cues matched is not (it needs every match at
    // once), so each cue of a group that can match looks for itself.
    let may_match: Vec<bool> = detector.groups.iter().map(|g| g.is_match(lower)).collect();
    if own_marriage.is_none() && !may_match.contains(&true) {
        return RuleReading {
            concerns: Vec::new(),
            harmless: harmless_spans,
        };
    }
    let mut found: BTreeMap<ConcernCategory, Vec<String>> = BTreeMap::new();
    // Asked only when an accident would quiet a cue, which is rare.
    let explains_injury = LazyCell::new(|| accident::explains_injury(lower));
    for (at, cue) in detector.cues.iter().enumerate() {
        if !may_match[at / CUES_A_GROUP] {
            continue;
        }
        if cue
            .given
            .as_ref()
            .is_some_and(|given| !given.is_match(lower))
        {
            continue;
        }
        if let Some(said) = &cue.unless_said
            && said.is_match(lower)
        {
            // Answered by what the message says elsewhere: the words are
            // not the model's to weigh either.
            for m in cue.words.find_iter(lower) {
                if !harmless_spans.contains(&m.range()) {
                    harmless_spans.push(m.range());
                }
            }
            continue;
        }
        for m in cue.words.find_iter(lower) {
            let sentence = sentence_around(lower, m.start(), m.end());
            let text = &lower[sentence.clone()];
            let context = cue.unless.as_ref().and_then(|unless| unless.find(text));
            let own_accident =
                cue.unless_is_accident && accident::a_child_hurt_themself(text, children);
            let harmless = (context.is_some() || own_accident)
                && (!cue.unless_is_accident || *explains_injury);
            if harmless {
                // What the rule answered for. An accident explains the clauses
                // from the injury to its cause; any other context answers
                // only for its own words and the cue's, so the rest of the
                // clause stays the model's to weigh.
                let context = context.map(|c| sentence.start + c.start()..sentence.start + c.end());
                let answered = if cue.unless_is_accident {
                    let (start, end) = context.map_or((m.start(), m.end()), |c| {
                        (c.start.min(m.start()), c.end.max(m.end()))
                    });
                    vec![clause_range(lower, &sentence, start, end)]
                } else {
                    [Some(m.range()), context].into_iter().flatten().collect()
                };
                for range in answered {
                    if !harmless_spans.contains(&range) {
                        harmless_spans.push(range);
                    }
                }
                continue;
            }
            let triggers = found.entry(cue.category).or_default();
            let words = m.as_str().trim();
            // Two cues reading the same words ("hit me" in "his dad hit me")
            // make one trigger, so the DSL reads each phrase once.
            if !triggers
                .iter()
                .any(|t| t.contains(words) || words.contains(t.as_str()))
            {
                triggers.push(words.to_string());
            }
        }
    }
    if let Some(words) = own_marriage {
        found
            .entry(ConcernCategory::FgmOrForcedMarriage)
            .or_default()
            .push(words.to_string());
    }
    RuleReading {
        concerns: found
            .into_iter()
            .map(|(category, triggers)| Concern { category, triggers })
            .collect(),
        harmless: harmless_spans,
    }
}

/// The text with the given clauses left out, each shown by an ellipsis: a
/// trigger the model finds across one ("cooking … his") shows the gap.
fn without<'a>(text: &'a str, clauses: &[Range<usize>]) -> Cow<'a, str> {
    const GAP: &str = " \u{2026} ";
    if clauses.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if !clauses.iter().any(|clause| clause.contains(&at)) {
            kept.push(c);
        } else if !kept.ends_with(GAP) {
            kept.push_str(GAP);
        }
    }
    Cow::Owned(kept)
}

/// The clauses of `text` within `sentence` that hold the bytes
/// `start..end`: from the comma before to the comma after, or the
/// sentence's ends.
fn clause_range(text: &str, sentence: &Range<usize>, start: usize, end: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let from = (sentence.start..start)
        .rev()
        .find(|&i| bytes[i] == b',')
        .map_or(sentence.start, |i| i + 1);
    let to = (end..sentence.end)
        .find(|&i| bytes[i] == b',')
        .unwrap_or(sentence.end);
    from..to
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::{concerns, rule_concerns};
    use crate::domain::ConcernCategory;
    use crate::parse::text::normalise;

    /// Fails unless each text raises a concern of the category.
    pub fn assert_each_raises(category: ConcernCategory, texts: &[&str]) {
        for text in texts {
            assert_raises(category, text);
        }
    }

    /// Fails unless the text raises a concern of the category.
    pub fn assert_raises(category: ConcernCategory, text: &str) {
        let found = concerns(&normalise(text), &[]);
        assert!(
            found.iter().any(|c| c.category == category),
            "expected {category} for {text:?}, found {found:?}"
        );
    }

    /// Fails if any rule reads a concern in the text.
    pub fn assert_harmless(text: &str) {
        let found = rule_concerns(&normalise(text), &[]);
        assert!(
            found.is_empty(),
            "expected nothing for {text:?}, found {found:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise;

    #[test]
    fn each_concern_names_its_category_and_words() {
        let found = concerns(
            &normalise(
                "Kids wont be in, their dad was kicking off and the police came and took him",
            ),
            &[],
        );
        let categories: Vec<ConcernCategory> = found.iter().map(|c| c.category).collect();
        assert_eq!(
            categories,
            [
                ConcernCategory::DomesticAbuse,
                ConcernCategory::PoliceOrServices
            ]
        );
        assert_eq!(found[0].triggers, ["kicking off"]);
        assert_eq!(found[1].triggers, ["police"]);
    }

    #[test]
    fn the_model_speaks_only_when_no_rule_does() {
        let unforeseen = normalise(
            "Ruby won't be in, some lads from the estate are after her and have been waiting outside",
        );
        assert!(rule_concerns(&unforeseen, &[]).is_empty());
        let found = concerns(&unforeseen, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].category, ConcernCategory::Unclassified);

        let foreseen = normalise("his dad hit him and the police came");
        assert!(model::possible_concern(&foreseen).is_some());
        assert_eq!(concerns(&foreseen, &[]), rule_concerns(&foreseen, &[]));
    }

    #[test]
    fn the_model_does_not_weigh_a_child_refusing_school() {
        let refusing = normalise(
            "Lily-Mae is refusing point blank to put her shoes on and screaming the house down. I'm not fighting her today, she's stopping at home",
        );
        assert!(model::possible_concern(&refusing).is_some());
        assert!(concerns(&refusing, &[]).is_empty());
        // The refusal said again in other words is the same refusal.
        let again = normalise(
            "Rhys is refusing to come in again. He's been crying all morning saying he doesn't want to go. I don't know what to do any more",
        );
        assert!(concerns(&again, &[]).is_empty(), "{again}");
        // So is the parent at a loss over it, asking for a call.
        let at_a_loss = normalise(
            "He's refusing to come in again, screaming and won't put his shoes on. I've tried everything. Can someone ring me? Sorry",
        );
        assert!(model::possible_concern(&at_a_loss).is_some());
        assert!(concerns(&at_a_loss, &[]).is_empty(), "{at_a_loss}");
        // Refusing to go somewhere else is no school refusal.
        let forced = normalise(
            "Amara has a tummy ache and keeps crying, she's staying home today. Her big sister is being sent to Nigeria to get married and she's only 15, she doesn't want to go",
        );
        assert!(!concerns(&forced, &[]).is_empty());
    }

    #[test]
    fn the_model_does_not_weigh_a_suspension_passed_on() {
        let disputed = normalise(
            "Tyrese has been excluded for 2 days for the fight yesterday so he won't be in today or tomorrow. I want a meeting about it because the other boy started it and nothing happened to him",
        );
        assert!(
            model::possible_concern(&disputed).is_some(),
            "the model fires on {disputed:?}"
        );
        assert!(concerns(&disputed, &[]).is_empty(), "{disputed}");
        // A rule still reads harm told beside one.
        let hurt = normalise(
            "he's been suspended for hitting back. the boy who started it has been hitting him every day and his arm is covered in bruises",
        );
        assert!(!concerns(&hurt, &[]).is_empty(), "{hurt}");
    }

    #[test]
    fn the_model_does_not_weigh_a_common_illness_told() {
        let rash = normalise(
            "Lily came back from her dad's with a rash on her neck and a temperature so she won't be in",
        );
        assert!(
            model::possible_concern(&rash).is_some(),
            "the model fires on {rash:?}"
        );
        assert!(concerns(&rash, &[]).is_empty(), "{rash}");
        // What the rest of the message tells is still weighed.
        let worried = normalise(
            "ava has a sore throat so she's off. she said last night she wishes she wasn't here any more, just tired i think",
        );
        assert!(!concerns(&worried, &[]).is_empty(), "{worried}");
    }

    #[test]
    fn the_model_does_not_weigh_what_a_rule_found_harmless() {
        let quieted = normalise("she grazed her elbow at netball and has a bruise on her arm");
        let read = read_by_rules(&quieted, &[]);
        assert!(read.concerns.is_empty());
        assert_eq!(
            read.harmless
                .iter()
                .map(|c| &quieted[c.clone()])
                .collect::<Vec<_>>(),
            ["she grazed her elbow at netball and has a bruise on her arm"]
        );
        assert_eq!(without(&quieted, &read.harmless), " \u{2026} ");
        // Only the clauses from the words to their context: what follows
        // is still the model's to weigh.
        let text = "he has a bruise on his leg from football, his mum's boyfriend did something";
        let read = read_by_rules(text, &[]);
        assert_eq!(
            without(text, &read.harmless),
            " \u{2026} , his mum's boyfriend did something"
        );
    }

    #[test]
    fn a_context_other_than_an_accident_answers_only_for_its_own_words() {
        let text = "a police officer came into class, she let him wear her hat and he loved it";
        let read = read_by_rules(text, &[]);
        assert!(read.concerns.is_empty());
        let left = without(text, &read.harmless);
        assert!(
            !left.contains("police") && !left.contains("into class"),
            "{left}"
        );
        assert!(
            left.ends_with(", she let him wear her hat and he loved it"),
            "{left}"
        );
    }

    #[test]
    fn an_own_accident_is_not_the_model_s_evidence() {
        let text = normalise(
            "he burnt his hand on the oven helping me cook, it's blistered and he's crying",
        );
        assert!(
            model::possible_concern(&text).is_some(),
            "the model fires on {text:?}"
        );
        assert!(concerns(&text, &[]).is_empty(), "{text}");
        let doubted = normalise(
            "he trapped his finger in the car door, he said his dad's girlfriend held it there",
        );
        assert!(!concerns(&doubted, &[]).is_empty(), "{doubted}");
    }

    #[test]
    fn harmless_context_quiets_only_its_own_sentence() {
        assert!(concerns("he cut his arm at football.", &[]).is_empty());
        let found = concerns("he fell at football. there are cuts on his arms again", &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].category, ConcernCategory::SelfHarm);
    }

    #[test]
    fn an_accident_with_its_cause_said_is_harmless_but_not_when_someone_did_it() {
        for text in [
            "she burnt her arm on the hair straighteners, she's ok",
            "caught his finger in the car door",
            "evie's got a burn on her leg from the exhaust on the motorbike",
            "she hurt her arm at gymnastics and it is still sore",
            "he twisted his ankle getting off the bus",
        ] {
            assert!(concerns(&normalise(text), &[]).is_empty(), "{text}");
        }
        for text in [
            "she burnt his hand on the cooker",
            "he has burns on his arm, said his mum held it on the cooker",
            "his mum burnt his hand on the oven",
            "he twisted her arm getting off the bus",
        ] {
            assert!(!concerns(&normalise(text), &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_child_named_as_the_subject_of_their_own_accident_is_harmless() {
        let ava = ["ava".to_string()];
        let own = normalise("Ava burnt her finger on the oven last night, it's blistered");
        assert!(concerns(&own, &ava).is_empty(), "{own}");
        // Anyone else named there may be who did it.
        let other = normalise("Jason burnt her finger on the oven last night");
        assert!(!rule_concerns(&other, &ava).is_empty(), "{other}");
        let doubted = normalise(
            "Ava burnt her finger on the oven, she says she did it herself but won't say how",
        );
        assert!(!rule_concerns(&doubted, &ava).is_empty(), "{doubted}");
    }

    #[test]
    fn an_accident_does_not_explain_harm_someone_did_or_a_doubted_story() {
        for text in [
            "his dad pushed him and he fell, he has bruises on his back",
            "he came back from football with a black eye and says his uncle did it",
            "older boys at the park kicked him",
            "mum's boyfriend burnt him with the cooker",
            "her brother threw a glass at her and she needed stitches",
            "he has bruises on his arms from the trampoline apparently",
            "he's got another black eye, says he walked into a door",
            "there are bruises on her back, she fell off her bike but she's scared of her stepdad",
        ] {
            assert!(!rule_concerns(&normalise(text), &[]).is_empty(), "{text}");
        }
        for text in [
            "she slipped on the ice and hurt her wrist",
            "he banged his head on the climbing frame at the park",
            "he has bruises on his arms from the trampoline",
            "a black eye from a football at training",
            "she has a big bruise on her shin, she said she got hit by a hockey stick in pe",
        ] {
            assert!(rule_concerns(&normalise(text), &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_with_the_g_dropped_are_read() {
        assert!(!concerns("we've been sleepin in the car since sat", &[]).is_empty());
        assert!(!concerns("his dad was kickin off all nite", &[]).is_empty());
    }

    #[test]
    fn a_time_does_not_end_the_sentence() {
        assert!(
            concerns(
                "her review with her social worker is at 9.30 on monday",
                &[]
            )
            .is_empty()
        );
        assert_eq!(
            &"at 9.30 the police came. ok"[sentence_around("at 9.30 the police came. ok", 11, 17)],
            "at 9.30 the police came"
        );
    }

    #[test]
    fn the_same_words_twice_are_one_trigger() {
        let found = concerns("the police came. then the police came back.", &[]);
        assert_eq!(found[0].triggers, ["police"]);
    }

    #[test]
    fn plain_absence_messages_raise_nothing() {
        for text in [
            "jack has a temperature so he's staying home today",
            "sorry, running late, there in 10 mins",
            "amelia has a dentist appointment at 2, i'll collect her at 1.30",
            "she was sick twice in the night, back tomorrow hopefully",
            "we are going to my brother's wedding in lahore, back on the 14th",
            "",
            "🤒🤒",
        ] {
            assert!(concerns(&normalise(text), &[]).is_empty(), "{text}");
        }
    }
}
