//! The words the concern model reads: a message's word stems and the pairs
//! of neighbouring stems, each as a 64-bit key, found in one pass over the
//! text with no allocation.

/// A feature's key: the hash of a stem, or of two stems side by side. Its
/// derived `Hash` writes the one `u64`, which the model's map uses as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeatureKey(u64);

impl FeatureKey {
    /// The key of a feature as the model file writes it: one stem, or two
    /// separated by a space.
    pub fn of_text(feature: &str) -> Self {
        match feature.split_once(' ') {
            Some((first, second)) => Self::pair(Self::stem(first), Self::stem(second)),
            None => Self::stem(feature),
        }
    }

    fn stem(stem: &str) -> Self {
        // FNV-1a: stable across builds and platforms, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in stem.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Self(hash)
    }

    fn pair(first: Self, second: Self) -> Self {
        Self(first.0.rotate_left(23) ^ second.0.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }
}

/// One feature seen in a message: its key and the bytes of the message it
/// covers (for a pair, from the first word's start to the second's end).
#[derive(Debug, Clone, Copy)]
pub struct Seen {
    pub key: FeatureKey,
    pub start: usize,
    pub end: usize,
    /// Two stems side by side, not one word.
    pub pair: bool,
}

/// Calls `each` with every feature of lower-case text, in order: a stem,
/// then the pair it closes with the stem before it.
pub fn for_each_feature(lower: &str, mut each: impl FnMut(Seen)) {
    let mut previous: Option<(FeatureKey, usize)> = None;
    for (start, word) in words(lower) {
        let stemmed = stem(word);
        if is_stop_word(stemmed) {
            continue;
        }
        let key = FeatureKey::stem(stemmed);
        let end = start + word.len();
        each(Seen {
            key,
            start,
            end,
            pair: false,
        });
        if let Some((before, before_start)) = previous {
            each(Seen {
                key: FeatureKey::pair(before, key),
                start: before_start,
                end,
                pair: true,
            });
        }
        previous = Some((key, start));
    }
}

/// The model file's spelling of each feature of the text (training only).
pub fn feature_texts(lower: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut previous: Option<&str> = None;
    for (_, word) in words(lower) {
        let stemmed = stem(word);
        if is_stop_word(stemmed) {
            continue;
        }
        found.push(stemmed.to_string());
        if let Some(before) = previous {
            found.push(format!("{before} {stemmed}"));
        }
        previous = Some(stemmed);
    }
    found
}

/// The stems of the words a message writes with a capital inside a
/// sentence, and of those it writes in lower case (training only): a word
/// the corpora only ever write capitalised is a name. Words that open a
/// sentence or are written all in capitals say nothing either way.
pub fn stems_by_case(text: &str, capitalised: &mut Vec<String>, lower: &mut Vec<String>) {
    let mut opens_sentence = true;
    let mut word = String::new();
    for ch in text.chars().chain([' ']) {
        if ch.is_ascii_alphabetic() || (ch == '\'' && !word.is_empty()) {
            word.push(ch);
            continue;
        }
        if !word.is_empty() {
            let folded = word.to_ascii_lowercase();
            let stemmed = stem(folded.trim_end_matches('\'')).to_string();
            let first_upper = word.starts_with(|c: char| c.is_ascii_uppercase());
            let all_upper = word.chars().all(|c| !c.is_ascii_lowercase());
            if !first_upper {
                lower.push(stemmed);
            } else if !opens_sentence && !all_upper {
                capitalised.push(stemmed);
            }
            word.clear();
            opens_sentence = false;
        }
        if matches!(ch, '.' | '!' | '?' | '\n' | ':' | '"' | '(' | '-') {
            opens_sentence = true;
        }
    }
}

/// The stems of a name as a register writes it ("Mary-Jane", "O'Neill").
pub fn stems_of_name(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|part| !part.is_empty())
        .map(|part| stem(&part.to_ascii_lowercase()).to_string())
}

/// The words of the text with their byte offsets: runs of letters and
/// inner apostrophes. Digits end a word and are not read: times and dates
/// say nothing about harm.
fn words(lower: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = lower.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_lowercase() {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_lowercase() || bytes[at] == b'\'') {
            at += 1;
        }
        let word = lower[start..at].trim_end_matches('\'');
        let word = word.strip_suffix("'s").unwrap_or(word);
        Some((start, word))
    })
}

/// A light stem that only ever shortens the word, so it needs no new
/// string: plurals, -ing, -ed and a final e go ("bruises", "bruised",
/// "bruising" → "bruis"); a contraction keeps its first part ("won't" →
/// "won").
fn stem(word: &str) -> &str {
    let mut stem = word.split('\'').next().unwrap_or(word);
    if stem.len() > 3 && stem.ends_with('s') && !stem.ends_with("ss") && !stem.ends_with("us") {
        stem = &stem[..stem.len() - 1];
    }
    if stem.len() > 5 && stem.ends_with("ing") {
        stem = &stem[..stem.len() - 3];
    } else if stem.len() > 4 && stem.ends_with("ed") {
        stem = &stem[..stem.len() - 2];
    }
    if stem.len() > 3 && stem.ends_with('e') {
        stem = &stem[..stem.len() - 1];
    }
    stem
}

/// Words too common to say anything either way.
fn is_stop_word(stem: &str) -> bool {
    matches!(
        stem,
        "" | "a"
            | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "by"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "am"
            | "it"
            | "its"
            | "this"
            | "that"
            | "i"
            | "so"
            | "if"
            | "just"
            | "also"
            | "very"
            | "s"
            | "t"
            | "d"
            | "ll"
            | "m"
            | "ve"
            | "re"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        feature_texts(text)
    }

    #[test]
    fn forms_of_a_word_share_a_stem() {
        for word in ["bruises", "bruised", "bruising", "bruise"] {
            assert_eq!(stem(word), "bruis", "{word}");
        }
        assert_eq!(stem("won't"), "won");
    }

    #[test]
    fn stems_and_neighbouring_pairs_skip_stop_words_and_digits() {
        assert_eq!(
            stems("his dad hit him at 9.30"),
            ["his", "dad", "his dad", "hit", "dad hit", "him", "hit him"]
        );
        assert_eq!(
            stems("mum's boyfriend"),
            ["mum", "boyfriend", "mum boyfriend"]
        );
    }

    #[test]
    fn keys_from_the_text_and_from_the_file_agree() {
        let mut seen = Vec::new();
        for_each_feature("the bruises on her arm", |s| seen.push(s));
        let texts = feature_texts("the bruises on her arm");
        assert_eq!(seen.len(), texts.len());
        for (seen, text) in seen.iter().zip(&texts) {
            assert_eq!(seen.key, FeatureKey::of_text(text), "{text}");
        }
        assert_eq!(&"the bruises on her arm"[seen[1].start..seen[1].end], "her");
        assert_eq!(
            &"the bruises on her arm"[seen[2].start..seen[2].end],
            "bruises on her"
        );
    }

    #[test]
    fn words_are_sorted_by_how_they_are_written_inside_a_sentence() {
        let (mut capitalised, mut lower) = (Vec::new(), Vec::new());
        stems_by_case(
            "Pat says Mia is UPSET. Mum asked Sharon (Nan) to ring",
            &mut capitalised,
            &mut lower,
        );
        assert_eq!(capitalised, ["mia", "sharon"]);
        assert_eq!(lower, ["say", "is", "ask", "to", "ring"]);
    }
}
