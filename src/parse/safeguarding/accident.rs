//! When an accident explains an injury. Sport, play, cooking and falls
//! quiet the words for marks and blows ("a black eye *from a football*"),
//! but only in a message that names no one who did the harm and casts no
//! doubt on the story: "his dad pushed him and he *fell*", "says he walked
//! into a door *again*" are not accidents whatever else they say. One check
//! for every cue whose exception quiets an injury, so no cue can forget it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::super::text::compile;

/// A person who could have done the harm, as parents name them; "he",
/// "she" and "they" too, since the object then says whom it was done to.
macro_rules! person {
    () => {
        r"(dad|daddy|father|mum|mummy|mam|mom|mother|step ?-?(dad|daddy|father|mum|mam|mom|mother|brother|sister)|uncle|aunt|auntie|aunty|cousin|brother|sister|grandad|granddad|grandpa|grandma|granny|gran|nan|nana|nanna|boyfriend|girlfriend|partner|fella|husband|wife|ex|babysitter|childminder|neighbour|lodger|man|men|woman|bloke|lads?|boys|girls|kids|teacher|coach|someone|somebody|he|she|they)"
    };
}

/// A person named with harm done to someone: "his dad pushed him and he
/// fell", "older boys at the park kicked him", "her brother threw a glass
/// at her", "says his uncle did it". The one harmed is a person, not a
/// part of the body ("he hit his head" is his own knock), and the words
/// after it end the blow ("him and", "her down", "him.").
static SOMEONE_DID_HARM: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b",
        person!(),
        r"('s (boyfriend|girlfriend|partner|fella|friend|mate|mates))? (\w+ ){0,4}?",
        r"(push(ed|es)?|shov(e|ed|es)|hit|hits|kick(ed|s)?|punch(ed|es)?|slap(ped|s)?|smack(ed|s)?|grabb?(ed|s)?|burn(t|ed|s)?|scald(ed|s)?|strangl(ed|es)|chok(ed|es)|throttl(ed|es)|shook|shakes|twist(ed|s)?|beat|beats|belt(ed|s)|whack(ed|s)|thump(ed|s)|bit|bites|drag(ged|s)|pinch(ed|es)|squeez(ed|es)|headbutt(ed|s)?|stamp(ed|s)? on|attack(ed|s)|hurt|hurts|threw|throws|held|holds|pinn(ed|s)|knock(ed|s)|trip(ped|s)|elbow(ed|s)|poked) ",
        r"(him|her|them|me|us|my (son|daughter|boy|girl))",
        r"( (and|with|on|onto|in|into|against|at|off|down|over|across|around|round|by|to|so|because|cos|when|while|for|last|yesterday|again|really|hard|too|up|out|until|till|after|before|during|outside|then|every)\b|\s*$|\s*[,.!?;])",
        // Something thrown or poured at the child: "threw a glass at her".
        r"|\b",
        person!(),
        r" (\w+ ){0,3}?",
        thrown_at_someone!(),
        // Something poured or held on the child: "poured it on him",
        // "held it against her arm".
        r"|\b",
        person!(),
        r"('s (boyfriend|girlfriend|partner|fella|friend|mate))? (\w+ ){0,3}?(poured|tipped|threw|chucked|flicked|splashed|held|pressed) (it|that|them|this) ((on|onto|over|at|against|into|to) (him|her|them|his|her|their)|there|down)\b",
        // Someone named as the cause: "says his uncle did it", "told me
        // his step dad twisted it".
        r"|\b(my|his|her|their|the|a|mum's|dad's) (older |new |big )?",
        person!(),
        r"('s (boyfriend|girlfriend|partner|fella|friend|mate))? (did|done|caused|twisted|broke|burnt|burned|gave (him|her) (it|that|them)) (it|that|this|them)\b",
    ))
});

/// Words that cast doubt on an accident, or fear or secrecy about it: the
/// child's account of a fall or knock, the classic cover stories ("says he
/// fell", "said it was the iron"), though not of a blow in a game ("said
/// she got hit by a hockey stick in pe"); "claims the cat did it"; a
/// hearsay "apparently", a repeat ("again", "another", "not the first
/// time"), silence ("won't say how") and fear ("scared of", "told not to
/// tell").
static DOUBT: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((claims|claimed|insists|insisted|swears|swore) (that )?(he|she|they|it was|it's|the \w+ did)|apparently|supposedly|so (he|she|they) (says|say|claims?)|according to (him|her|them)|(his|her|their) story",
        r"|(says|said|reckons|reckoned|told me|told us) (that )?((he|she|they) (\w+ ){0,2}?(fell|falls|fallen|slipped|tripped|walked|ran|banged|bumped|did it|did that|done it|caught|burnt|burned|scratched|knocked|hurt)|it was (the|a|an|his|her) )",
        r"|again|another|(second|third|fourth|fifth) time|not the first time|keeps? (getting|coming (home|back) with|having|turning up with)",
        r"|(won't|wont|will not|wouldn't|doesn't|does not|didn't|did not|can't|refuses to|refused to) (want to )?(say|tell( me| us| anyone)?|talk about( it)?|explain) (how|what|who|why|where)|won't tell me|wont tell me",
        r"|(scared|frightened|terrified|afraid|petrified) (of|to go)|(told|tells|telling) (him|her|them) (not to tell|to say)|not (allowed )?to tell|(mustn't|must not) tell|cover(ed|ing)? (it )?up)\b"
    ))
});

/// Blows given in play, harmless by what they are ("hit him with a pillow
/// in a play fight").
static PLAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(pillow|play[- ]?fight\w*|tickl\w*|wrestl\w*)\b"));

static CHILD_BY_ACCIDENT: LazyLock<Regex> = LazyLock::new(|| compile(child_by_accident!()));

/// One word, then an accident and its cause: "ava burnt her finger on the
/// oven". Harmless only when that word is one of the sender's children.
static NAMED_OWN_ACCIDENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<subject>[a-z][a-z'-]*) (accidentally |just |has |had |went and )?",
        hurt_themself!(),
        r" (his|her|their)",
        accident_cause!()
    ))
});

/// An accident with its cause said, the child its subject: "she burnt her
/// arm on the straighteners".
static OWN_ACCIDENT: LazyLock<Regex> = LazyLock::new(|| compile(household_accident!()));

/// Where the message tells of a child's own accident with its cause, when
/// nothing in it names someone who did harm or doubts the story: "he burnt
/// his hand on the oven helping me cook". Words there explain an injury
/// whether or not a cue read them.
pub fn own_accidents(lower: &str) -> Vec<Range<usize>> {
    let told: Vec<Range<usize>> = OWN_ACCIDENT.find_iter(lower).map(|m| m.range()).collect();
    if told.is_empty() || !explains_injury(lower) {
        return Vec::new();
    }
    told
}

/// Whether a child of the sender's, by name, hurt themselves in an
/// accident the sentence gives the cause of.
pub fn a_child_hurt_themself(sentence: &str, children: &[String]) -> bool {
    !children.is_empty()
        && NAMED_OWN_ACCIDENT.captures_iter(sentence).any(|c| {
            let subject = c["subject"].trim_end_matches("'s");
            children.iter().any(|child| child == subject)
        })
}

/// Whether an accident in the message can explain an injury: no one is
/// named who did harm (other than in play, or a child by accident) and
/// nothing doubts the story.
pub fn explains_injury(lower: &str) -> bool {
    let harm_explained = PLAY.is_match(lower) || CHILD_BY_ACCIDENT.is_match(lower);
    (!SOMEONE_DID_HARM.is_match(lower) || harm_explained) && !DOUBT.is_match(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_who_did_harm_is_named() {
        for text in [
            "his dad pushed him and he fell",
            "she said her stepdad threw a glass at her",
            "older boys at the park kicked him",
            "he came back from football with a black eye and says his uncle did it",
            "mum's boyfriend burnt him with the cooker",
            "my partner held her down",
            "he told me his step dad twisted it",
            "some lads at the skate park punched him.",
            "he said his mum's boyfriend poured it on him",
            "his mum held it against his arm",
        ] {
            assert!(SOMEONE_DID_HARM.is_match(text), "{text}");
        }
        for text in [
            "he fell and hit his head on the table",
            "she slipped on the ice and hurt her wrist",
            "the dog knocked her over in the garden",
            "he got hit in the face with a hockey stick at practice",
            "she knocked it over herself",
            "the cat scratched his face",
        ] {
            assert!(!SOMEONE_DID_HARM.is_match(text), "{text}");
        }
    }

    #[test]
    fn doubt_fear_and_secrecy_are_read() {
        for text in [
            "says he walked into a door",
            "she claims the cat did it",
            "the bruises are from the trampoline apparently",
            "another black eye",
            "bruises on her back again",
            "she won't tell me what happened",
            "he won't say how",
            "she's scared of her mum's boyfriend",
            "he's been told not to tell",
        ] {
            assert!(DOUBT.is_match(text), "{text}");
        }
        for text in [
            "she slipped on the ice and hurt her wrist",
            "he banged his head on the climbing frame",
            "the doctor says rest",
            "his brother hit him with a pillow in a play fight",
            "she said she got hit by a hockey stick in pe",
        ] {
            assert!(explains_injury(text), "{text}");
        }
    }

    #[test]
    fn an_own_accident_is_found_only_when_nothing_doubts_it() {
        let text = "he burnt his hand on the oven helping me cook, it's bandaged";
        assert_eq!(
            own_accidents(text)
                .iter()
                .map(|r| &text[r.clone()])
                .collect::<Vec<_>>(),
            ["he burnt his hand on the oven"]
        );
        for text in [
            "he burnt his hand on the oven, he says his dad held it there",
            "he burnt his hand on the oven again",
            "his hand is blistered",
        ] {
            assert!(own_accidents(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_named_child_hurt_at_a_place_of_sport_or_play_hurt_themself() {
        let children = ["layla".to_string()];
        for sentence in [
            "layla hurt her wrist at the trampoline park yesterday",
            "layla twisted her ankle at the skate park",
            "layla bumped her head in the playground",
        ] {
            assert!(a_child_hurt_themself(sentence, &children), "{sentence}");
        }
        assert!(!a_child_hurt_themself(
            "he hurt her wrist at the park",
            &children
        ));
    }

    #[test]
    fn a_child_who_hurt_another_by_accident_explains_the_injury_an_adult_does_not() {
        for text in [
            "his brother kicked him by accident in the garden",
            "her cousin accidentally hit her with the swing",
            "a boy on his team accidentally elbowed him",
        ] {
            assert!(explains_injury(text), "{text}");
        }
        for text in [
            "his stepdad accidentally hit him",
            "my partner pushed her by accident",
            "his brother punched him after football",
            "it wasn't an accident, her sister pushed her down the stairs",
        ] {
            assert!(!explains_injury(text), "{text}");
        }
    }
}
