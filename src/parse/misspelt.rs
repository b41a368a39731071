//! Illness names as they are misspelt ("condjunctivitus", "chiken pox",
//! "temprature"): a word one or two letters away from a childhood illness
//! is that illness. Asked only where the vocabularies found no reason at
//! all, so a near miss never overrides a word that was read.

use std::ops::Range;

/// Common childhood illnesses and symptoms by their everyday names (the
/// NHS's list of childhood illnesses, with the symptoms parents name),
/// written as one word where parents write two ("chicken pox").
const ILLNESS_NAMES: &[&str] = &[
    "allergic",
    "appendicitis",
    "asthma",
    "bronchiolitis",
    "bronchitis",
    "chickenpox",
    "concussion",
    "conjunctivitis",
    "diarrhoea",
    "diarrhea",
    "earache",
    "eczema",
    "feverish",
    "gastroenteritis",
    "glandular",
    "hayfever",
    "headache",
    "impetigo",
    "infection",
    "laryngitis",
    "measles",
    "meningitis",
    "migraine",
    "nauseous",
    "nosebleed",
    "norovirus",
    "pneumonia",
    "ringworm",
    "scarletfever",
    "sickness",
    "sinusitis",
    "stomachache",
    "temperature",
    "threadworms",
    "tonsillitis",
    "toothache",
    "vomiting",
    "whoopingcough",
];

/// Where a misspelt illness name is in `lower`, if one is: a word, or two
/// neighbouring words written together, near enough to a name and starting
/// with its letter (misspellings keep the first letter).
pub fn misspelt_illness(lower: &str) -> Option<Range<usize>> {
    let words: Vec<Range<usize>> = word_ranges(lower).collect();
    let single = words
        .iter()
        .map(|w| (w.clone(), lower[w.clone()].to_string()));
    let pairs = words.windows(2).map(|pair| {
        let joined = format!("{}{}", &lower[pair[0].clone()], &lower[pair[1].clone()]);
        (pair[0].start..pair[1].end, joined)
    });
    single
        .chain(pairs)
        .find(|(_, word)| ILLNESS_NAMES.iter().any(|name| near(word, name)))
        .map(|(range, _)| range)
}

fn word_ranges(lower: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    lower
        .char_indices()
        .chain(std::iter::once((lower.len(), ' ')))
        .filter_map(move |(at, c)| match (c.is_ascii_lowercase(), start) {
            (true, None) => {
                start = Some(at);
                None
            }
            (false, Some(from)) => {
                start = None;
                Some(from..at)
            }
            _ => None,
        })
}

/// Whether `word` is a misspelling of `name`: not the name itself, the same
/// first letter, and at most one edit away (two for a name of ten letters
/// or more). Words under six letters are too short to tell apart.
fn near(word: &str, name: &str) -> bool {
    let most = if name.len() >= 10 { 2 } else { 1 };
    word.len() >= 6
        && word != name
        && word.as_bytes()[0] == name.as_bytes()[0]
        && word.len().abs_diff(name.len()) <= most
        && edits(word.as_bytes(), name.as_bytes()) <= most
}

/// The edits (insertions, deletions, substitutions and swaps of two
/// neighbouring letters) that turn `a` into `b`.
fn edits(a: &[u8], b: &[u8]) -> usize {
    let mut before_last: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j] + 1)
                .min(row[j - 1] + 1)
                .min(last[j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before_last[j - 2] + 1);
            }
        }
        before_last = std::mem::replace(&mut last, row);
    }
    last[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Option<&str> {
        misspelt_illness(text).map(|range| &text[range])
    }

    #[test]
    fn misspelt_illnesses_are_found() {
        assert_eq!(
            found("no school for leo today, hes got condjunctivitus in both eyes"),
            Some("condjunctivitus")
        );
        assert_eq!(found("both have chiken pox"), Some("chiken pox"));
        assert_eq!(found("she has a temprature"), Some("temprature"));
        assert_eq!(found("he has a migrane"), Some("migrane"));
        assert_eq!(found("bad diarrohea all night"), Some("diarrohea"));
    }

    #[test]
    fn words_that_are_near_but_not_illness_are_not() {
        for text in [
            "he won't be in today",
            "she has her swimming lesson",
            "the kitchen is being painted",
            "a chicken and a horse",
            "thickness of the ice",
            "his temperament is lovely",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn edits_count_swaps_as_one() {
        assert_eq!(edits(b"asthma", b"asthma"), 0);
        assert_eq!(edits(b"ashtma", b"asthma"), 1);
        assert_eq!(edits(b"chikenpox", b"chickenpox"), 1);
        assert_eq!(edits(b"measles", b"meals"), 2);
    }
}
