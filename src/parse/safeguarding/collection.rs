//! Who may collect a child. A concern that says someone must not take the
//! child (a court order, bail conditions, "don't let his dad pick him up"),
//! that only named people may, that nobody can, or that where the family
//! is must be kept from someone, is one the office must act on today, at
//! the gate and on the phone, besides the DSL hearing of it: the
//! specification's settled case gives it `needs_staff` as well as
//! `safeguarding`.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::text::compile;

/// The people a restriction may name.
macro_rules! someone {
    () => {
        r"(him|her|them|anyone|anybody|any ?one|(that|this|the) (man|woman|person|lady|bloke|guy)|(his|her|their|the kids'|the children's|my|mum's|mummy's) ([\w']+ )?(dad|daddy|father|mum|mummy|mam|mother|stepdad|step-dad|stepmum|step-mum|nan|nana|gran|grandma|grandad|uncle|auntie|aunty|family|boyfriend|girlfriend|partner|ex|ex-partner|husband))"
    };
}

/// What taking a child away from school is called.
macro_rules! take_away {
    () => {
        r"(collect\w*|pick(s|ing|ed)? (\w+ ){0,2}up|take (\w+ ){0,2}(home|away|out)|take [a-z]+(-[a-z]+)?|have (him|her|them)|near (him|her|them)|see (him|her|them)|leave (school |the school |the building )?with|go (home |off )?with)"
    };
}

static RESTRICTS_COLLECTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((court|restraining|non[- ]?molestation|protection|prohibited steps|child arrangements?|emergency protection|care|supervision) orders?",
        r"|injunction|on bail|(police )?bail conditions",
        r"|(not|isn't|is not|aren't|are not|no longer|never) (be )?allowed (any )?contact",
        r"|(not|isn't|is not|aren't|are not|no longer|never) (be )?allowed (to )?(go |come |be )?(near|contact|access|see|collect|pick|take|have) (\w+ )?(him|her|them|me|us|the (kids|children|girls|boys|school|house))",
        r"|must not (come|go) (within|near)",
        // "My husband must not collect them".
        r"|(must not|mustn't|must never|is not to|isn't to|should not|shouldn't) (be allowed to )?(collect|pick (\w+ ){0,2}up|take) (him|her|them|the (kids|children|boys|girls))",
        r"|(do not|don't|dont|please don't|never|must not|mustn't|not to) (let|allow|release (him|her|them) to|hand (him|her|them) (over )?to) ",
        someone!(),
        r" (\w+ ){0,3}",
        take_away!(),
        // "Please do not release either child to their father", "please
        // DO NOT let Kian go home with his dad".
        r"|(do not|don't|dont|please don't|never|must not|mustn't|not to) (release|hand|give) (him|her|them|either (child|of them)|both (children|of them)|the (kids|children|child)|\w+) (over )?to ",
        someone!(),
        r"|(do not|don't|dont|please don't|never|must not|mustn't|not to) (let|allow) \w+ (go (home |off )?with|leave (school |the school )?with|be (collected|picked up) by) ",
        someone!(),
        r"|only (let|allow) |(only|nobody but|no one but|no-one but|noone but|anyone but|anyone except|nobody except) (me|us|myself|my (husband|wife|partner|mum|mam|dad|mother|father|sister|brother)|(his|her|their) (nan|gran|grandma|grandad|auntie|aunty|uncle)|\w+ and \w+) (\w+ ){0,4}(can|may|is allowed to|are allowed to|should|to)? ?(collect|pick)",
        r"|who (can|may|is allowed to|are allowed to|should) (collect|pick)",
        // Nobody known to collect: "i don't know who is picking him up".
        r"|(don't|do not|dont|not sure|no idea) (know )?who('s| is| will be| will|'ll)? (collect\w*|pick\w* (\w+ ){0,2}up)",
        r"|(nobody|no one|no-one|noone) (else )?(to|can|who can|able to|that can) (collect|pick (\w+ ){0,2}up)",
        // Where the family is kept secret: "please don't tell anyone where
        // we are if her dad rings".
        r"|(do not|don't|dont|please don't|never) (tell|give|let) (anyone|anybody|him|her|them|(his|her|their) (dad|mum|father|mother)) (know )?(where (we|she|he|they) (are|is|live|living|staying)|our (new )?(address|number))",
        r")\b"
    ))
});

/// Whether lower-case message text says who may or may not collect a
/// child.
pub fn restricts_collection(lower: &str) -> bool {
    RESTRICTS_COLLECTION.is_match(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::safeguarding::concerns;
    use crate::parse::text::normalise;

    /// Each restriction is a concern the detector raises too, so it
    /// reaches the DSL as well as the office.
    #[test]
    fn a_restriction_on_who_collects_is_read_and_is_a_concern() {
        for text in [
            "Please do not let her dad collect her today, there is a court order now",
            "his dad is on bail and not allowed contact but he's been seen near the school",
            "the children live with me under a court order and their mum is not allowed to collect them",
            "please DO NOT let anyone but me collect Harry, his dad has been threatening us",
            "there's nobody else to pick Rocco up at 3.15, his dad's not allowed near him",
            "he isn't allowed contact at the moment, so if he turns up please don't let him near her",
            "the non-molestation order says he must not come within 100 metres of the school",
            "social care are moving him tonight, please update who can collect him",
            "please do not let them leave school with him or anyone from his family",
            "we're at the refuge now. please don't tell anyone where we are if her dad rings",
            "Please do not release either child to their father. I will call you in the morning",
            "My husband must not collect them, I am scared he will take them",
            "his dad got bail yesterday and knows where the school is. please dont let him take jenson.",
            "he said his mummy's boyfriend did it. please do NOT let that man collect him",
            "she's staying with me, please don't let her mum's partner pick her up",
            "Please DO NOT let Kian go home with his dad today. There's a non-mol order now",
            "his dad is out of prison, please don't let anyone but me or my partner dean collect him",
        ] {
            let lower = normalise(text);
            assert!(restricts_collection(&lower), "{text}");
            assert!(!concerns(&lower, &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn nobody_known_to_collect_is_for_the_office() {
        for text in [
            "i've brought him in but i don't know who is picking him up later",
            "not sure who's collecting her tonight, her mum was arrested",
        ] {
            assert!(restricts_collection(&normalise(text)), "{text}");
        }
    }

    #[test]
    fn an_ordinary_change_of_who_collects_restricts_nothing() {
        for text in [
            "grandma will be picking Isla up today at 3.15 as I'm at work",
            "her dad will collect her from after school club tonight",
            "can he go home with Jacob today? his mum will pick them both up",
            "she's not allowed near the oven on her own yet",
            "he's going to the dentist so I'll collect him at 1.30",
            "i know who is picking him up, it's his nan",
            "please let her go home with her friend amy after school",
        ] {
            assert!(!restricts_collection(&normalise(text)), "{text}");
        }
    }
}
