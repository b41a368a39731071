//! A message passed on for a parent. Who is writing and that the parent
//! asked them to ("it's Tilly's nan, her mum has asked me to let you know",
//! "his mum's on an early so can't ring") says nothing of harm, though the
//! concern model learned that grandparents, childminders and older
//! brothers and sisters often write when something is wrong. Those words
//! are answered before the model reads the rest; whatever else the message
//! says is still the model's to weigh.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::parse::text::compile;

/// The words of a message passed on: the sender's part in the family and
/// the parent who asked, knows, or is at work.
static PASSED_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((this is|it's|its|it is|i'm|i am) (\w+ )?(\w+'s )?(nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|childminder|big sister|big brother|older sister|older brother|sister|brother|aunt|auntie|aunty|uncle)",
        r"|(her|his|their|the kids'?) (mum|mam|mom|dad|mother|father) (has |had )?(asked|told) me to (let you know|text|tell you|ring|email|message|contact you)",
        r"|(mum|mam|mom|dad) (has )?(asked|told) me to (let you know|text|tell you|ring|email|message|contact you)",
        r"|(her|his|their) (mum|mam|mom|dad) knows",
        r"|(she|he|mum|dad)('s| is) on (an? )?(early|late|nights?|night shift|shift)( at \w+)?( so (she|he) )?(can't|cannot)? ?(ring|call|phone)?)\b"
    ))
});

/// Where the text tells who passes the message on and for whom.
pub fn passed_on(lower: &str) -> Vec<Range<usize>> {
    PASSED_ON.find_iter(lower).map(|m| m.range()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_of_a_message_passed_on_are_found() {
        for text in [
            "morning this is tilly's nan. her mum has asked me to let you know",
            "hi this is jo, harry marsh's childminder. his mum asked me to let you know",
            "she won't be in today, her mum knows x",
            "mum asked me to text cos she's at work",
        ] {
            assert!(!passed_on(text).is_empty(), "{text}");
        }
        assert!(passed_on("she's got a temperature and a cough").is_empty());
    }

    #[test]
    fn a_message_passed_on_is_read_for_what_else_it_says() {
        use crate::parse::safeguarding::concerns;
        let ill = "morning this is tilly's nan. her mum has asked me to let you know tilly has a temperature and has been sick so she's stopping with me today. jean";
        assert!(concerns(ill, &["tilly".to_string()]).is_empty());
        let at_risk = "it's jayden's nan. i'm bringing him in late today. he turned up at mine at 8 o'clock on his own in the rain with no coat, says he's not had any tea";
        assert!(!concerns(at_risk, &["jayden".to_string()]).is_empty());
    }
}
