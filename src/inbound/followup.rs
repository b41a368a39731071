//! Messages that change an earlier one rather than report afresh: a
//! correction ("sorry, I meant Ben") and the answer to "which child?".

use std::sync::LazyLock;

use regex::Regex;

use crate::domain::Pupil;

/// Words a parent uses to correct what they just said.
static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?:i\s+)?meant\b
        | \bi\s+mean\b
        | \bwrong\s+(?:child|one|name|kid|day)\b
        | \bcorrection\b
        | \bnot\s+\w+[,.]?\s+(?:it'?s|its|it\s+is)\b
        | \bmy\s+mistake\b",
    )
    .expect("correction pattern")
});

pub fn is_correction(text: &str) -> bool {
    CORRECTION.is_match(text)
}

/// The children a short message names, for answering "which child?" or a
/// correction: each child whose first or known-as name appears as a word,
/// other than as "not Millie".
pub fn children_named<'a>(text: &str, children: &'a [Pupil]) -> Vec<&'a Pupil> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_end_matches("'s").to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let meant = |name: &str| {
        let name = name.to_lowercase();
        words
            .iter()
            .enumerate()
            .any(|(i, w)| *w == name && (i == 0 || words[i - 1] != "not"))
    };
    children
        .iter()
        .filter(|p| {
            std::iter::once(&p.first_name)
                .chain(&p.known_as)
                .any(|name| meant(name))
        })
        .collect()
}

/// Whether a message is short enough to be just an answer ("Ben", "it's
/// Millie thanks") rather than a new report.
pub fn is_short_answer(text: &str) -> bool {
    text.split_whitespace().count() <= 6
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::pupil;

    fn child(first: &str, known_as: Option<&str>) -> Pupil {
        pupil(first, first, known_as)
    }

    #[test]
    fn corrections_are_recognised() {
        for text in [
            "sorry, I meant Ben",
            "Sorry wrong child! Ben not Millie",
            "not Millie, it's Ben",
            "my mistake it's Ben",
        ] {
            assert!(is_correction(text), "{text}");
        }
        for text in [
            "Millie is poorly today",
            "Ben has a meeting at the dentist",
            "it's not a bug",
        ] {
            assert!(!is_correction(text), "{text}");
        }
    }

    #[test]
    fn children_are_found_by_first_or_known_name() {
        let kids = [child("Amelia", Some("Millie")), child("Ben", None)];
        let named: Vec<_> = children_named("It's Millie's, thanks", &kids)
            .iter()
            .map(|p| p.first_name.as_str())
            .collect();
        assert_eq!(named, ["Amelia"]);
        assert_eq!(children_named("both Ben and amelia", &kids).len(), 2);
        let meant: Vec<_> = children_named("sorry I meant Ben not Millie", &kids)
            .iter()
            .map(|p| p.first_name.as_str())
            .collect();
        assert_eq!(meant, ["Ben"]);
        assert!(children_named("Benjamin", &kids).is_empty());
    }
}
