//! School transport that did not come. A council taxi or minibus that
//! failed to turn up, and a parent with no other way in, is the transport
//! team's to answer; the concern model learned that "again", "nobody
//! answers" and "I don't drive" come with trouble at home, so the sentence
//! that tells of the failed transport is answered before the model reads
//! the rest. A rule still reads any harm told in it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::parse::text::compile;

/// Transport that failed the child: "the council taxi hasn't turned up
/// AGAIN", "the school minibus didn't come", "no driver this morning".
static FAILED: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(((council|school|sen|send|local authority|la) )?(taxi|cab|minibus|transport|escort|bus)( driver)?",
        r"(\s+(for \w+|has|have|had|was|is))*\s+",
        r"(hasn't|has not|haven't|have not|didn't|did not|never|not|won't|will not|doesn't|does not)\s+",
        r"(turn(ed)? up|come|came|arrive[ds]?|show(ed|n)? up|pick(ed)? (him|her|them) up|collect(ed)? (him|her|them))",
        r"|\bno (driver|taxi|escort)s? (this morning|today|available)",
        r")\b"
    ))
});

/// Where the text tells of school transport that failed.
pub fn failed(lower: &str) -> Vec<Range<usize>> {
    FAILED.find_iter(lower).map(|m| m.range()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_that_did_not_come_is_found() {
        for text in [
            "the council taxi hasn't turned up again and nobody answers",
            "his school minibus didn't come this morning",
            "rang transport and they said no driver this morning",
            "the taxi for kai has not arrived",
        ] {
            assert!(!failed(text).is_empty(), "{text}");
        }
        assert!(failed("the taxi dropped her at the gate on time").is_empty());
    }
}
