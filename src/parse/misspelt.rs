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
    let mut previous: Option<Range<usize>> = None;
    for word in word_ranges(lower) {
        if near_a_name(&lower.as_bytes()[word.clone()]) {
            return Some(word);
        }
        // "chiken pox": the two words as one. The second is a short tail
        // ("pox", "fever", "ache"), so only short second words are joined.
        if let Some(first) = previous.filter(|_| word.len() <= 6) {
            let mut joined = [0u8; LONGEST + 2];
            let (a, b) = (
                &lower.as_bytes()[first.clone()],
                &lower.as_bytes()[word.clone()],
            );
            if a.len() + b.len() <= joined.len() {
                joined[..a.len()].copy_from_slice(a);
                joined[a.len()..a.len() + b.len()].copy_from_slice(b);
                if near_a_name(&joined[..a.len() + b.len()]) {
                    return Some(first.start..word.end);
                }
            }
        }
        previous = Some(word);
    }
    None
}

/// The longest name's length: no word much longer can be near one.
const LONGEST: usize = 15;

fn word_ranges(lower: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = lower.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_lowercase() {
            at += 1;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_lowercase() {
            at += 1;
        }
        (at > start).then_some(start..at)
    })
}

fn near_a_name(word: &[u8]) -> bool {
    (6..=LONGEST + 2).contains(&word.len())
        && !REAL_WORDS_NEARBY.contains(&word)
        && ILLNESS_NAMES.iter().any(|name| near(word, name.as_bytes()))
}

/// English words two letters from an illness's name that are no
/// misspelling of it: "sorry for the confusion", "in conclusion".
const REAL_WORDS_NEARBY: &[&[u8]] = &[b"confusion", b"conclusion", b"concession", b"percussion"];

/// Whether `word` is a misspelling of `name`: not the name itself, the same
/// first letter, and at most one edit away (two for a name of ten letters
/// or more). Words under six letters are too short to tell apart.
fn near(word: &[u8], name: &[u8]) -> bool {
    let most = if name.len() >= 10 { 2 } else { 1 };
    word[0] == name[0]
        && word.len().abs_diff(name.len()) <= most
        && word != name
        && letters_apart(word, name) <= most
        && edits(word, name) <= most
}

/// A quick lower bound on the edits between two words: the letters one
/// has that the other lacks, counted on the side with more.
fn letters_apart(a: &[u8], b: &[u8]) -> usize {
    let mut count = [0i32; 26];
    for &c in a {
        count[usize::from(c - b'a')] += 1;
    }
    for &c in b {
        count[usize::from(c - b'a')] -= 1;
    }
    let extra: i32 = count.iter().filter(|&&n| n > 0).sum();
    let missing: i32 = -count.iter().filter(|&&n| n < 0).sum::<i32>();
    extra.max(missing).unsigned_abs() as usize
}

/// The edits (insertions, deletions, substitutions and swaps of two
/// neighbouring letters) that turn `a` into `b`; both at most
/// `LONGEST + 2` letters long.
fn edits(a: &[u8], b: &[u8]) -> usize {
    const WIDTH: usize = LONGEST + 3;
    let mut before_last = [0usize; WIDTH];
    let mut last = [0usize; WIDTH];
    let mut row = [0usize; WIDTH];
    for (j, cell) in last.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j] + 1)
                .min(row[j - 1] + 1)
                .min(last[j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before_last[j - 2] + 1);
            }
        }
        before_last = last;
        last = row;
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
            "sorry for the confusion about the dates",
            "in conclusion she will be off on friday",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn the_longest_name_bounds_the_words_compared() {
        assert_eq!(
            ILLNESS_NAMES.iter().map(|name| name.len()).max(),
            Some(LONGEST)
        );
    }

    #[test]
    fn edits_count_swaps_as_one() {
        assert_eq!(edits(b"asthma", b"asthma"), 0);
        assert_eq!(edits(b"ashtma", b"asthma"), 1);
        assert_eq!(edits(b"chikenpox", b"chickenpox"), 1);
        assert_eq!(edits(b"measles", b"meals"), 2);
    }
}
