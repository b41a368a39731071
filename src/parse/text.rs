//! Text plumbing shared by the language rules: compiling patterns, folding a
//! message to the lower-case form the rules read, and cutting it into clauses.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet, RegexSetBuilder};

/// Compiles one of the parser's fixed patterns.
pub fn compile(pattern: &str) -> Regex {
    Regex::new(&ascii_classes(pattern)).expect("the parser's patterns are valid")
}

/// Compiles patterns into one set matched in a single pass.
pub fn compile_set(patterns: &[&str]) -> RegexSet {
    build_set(patterns.iter().map(|p| ascii_classes(p)))
}

/// One set over patterns already compiled, to learn in a single pass which
/// of them match a text before searching with any.
pub fn set_of(patterns: &[&Regex]) -> RegexSet {
    build_set(patterns.iter().map(|p| p.as_str()))
}

fn build_set<P: AsRef<str>>(patterns: impl IntoIterator<Item = P>) -> RegexSet {
    RegexSetBuilder::new(patterns)
        .dfa_size_limit(SET_DFA_CACHE)
        .build()
        .expect("the parser's patterns are valid")
}

/// The lazy DFA's cache for a set, per search at once: room for every
/// state a set of hundreds of cues reaches on ordinary text, so the cache
/// is not cleared and rebuilt on every message (the default 2 MB is not; on
/// the corpus 8 MB is enough, and this leaves twice that).
const SET_DFA_CACHE: usize = 16 << 20;

/// The vocabulary is English, so `\b`, `\w`, `\s` and `\d` are made
/// ASCII-only: the fast DFA engines then run even on text with emoji or
/// accents, and stay small. (Nested classes keep `[\w']` valid.)
fn ascii_classes(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", "[0-9A-Za-z_]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]")
        .replace(r"\d", "[0-9]")
}

/// The numbers parents write as words, one to twelve: the hours of a
/// clock, and more than any count of days or weeks in a message.
pub const NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/// A count written in digits or as one of [`NUMBER_WORDS`].
pub fn number_word(word: &str) -> Option<u32> {
    word.parse().ok().or_else(|| {
        NUMBER_WORDS
            .split('|')
            .position(|w| w == word)
            .map(|i| i as u32 + 1)
    })
}

/// Contractions parents often type without the apostrophe, restored so one
/// pattern covers both spellings.
static BARE_CONTRACTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(wont|cant|dont|didnt|doesnt|isnt|hasnt|havent|couldnt|shouldnt|wouldnt|arent|wasnt|hes|shes|whos|theyre|im|ive|youre|thats)\b",
    )
});

/// A woman's title, "Miss" or "Ms": capitalised before a capitalised name
/// ("Dear Miss Jennings", "Hi Ms Patel"), or "miss" after a greeting or
/// thanks in any case ("hi miss", "thanks Miss"). "Will Miss Monday" is the
/// verb, with a day after.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(Miss|Ms)(?P<name>\s+[A-Z][a-z]+)\b|",
        r"(?i:\b(dear|hi|hiya|hello|hey|morning|afternoon|thanks|thank you|cheers|sorry)\s+)(?i:miss)\b"
    ))
});

/// The text with each such title written "Mrs", so the rules read "miss"
/// only as missing school (not in "Dear Miss Jennings") and "ms" only as
/// the illness ("my MS has flared up").
fn with_titles_as_one(text: &str) -> Cow<'_, str> {
    TITLE.replace_all(text, |caps: &regex::Captures| {
        let whole = &caps[0];
        match caps.name("name") {
            Some(name) if is_calendar_word(name.as_str().trim()) => whole.to_string(),
            Some(name) => format!("Mrs{}", name.as_str()),
            None => format!("{}mrs", &whole[..whole.len() - "miss".len()]),
        }
    })
}

/// A day or month name, short or long ("Mon", "Wednesday", "Dec").
fn is_calendar_word(word: &str) -> bool {
    word.parse::<chrono::Weekday>().is_ok() || word.parse::<chrono::Month>().is_ok()
}

/// Text-speak for the days ("2day", "tmrw", "2moro"), "I'll" typed as
/// "ill" before what the parent will do ("so ill keep him home"),
/// "we're" as "were" opening a sentence ("were moving house on Friday"),
/// "their" as "there" before "own", "with" as "wiv" and "week" as "wk":
/// spellings of their own, not slips, rewritten as the words they stand
/// for so every later pattern reads one spelling. "Ill" alone, or after
/// "been" or "feeling", is still illness.
static TEXT_SPEAK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<today>tday|tdy|2day)\b|\b(?P<tonight>2nite|tonite|2nyt)\b|",
        // And its common misspellings: "tomorow", "tommorow", "tommorrow".
        r"\b(?P<tomorrow>tmrw|tmw|tomoz|tmoz|2moro|2morro|2morrow|2mrw|tomorow|tommorow|tommorrow|tomorrrow|tomorroe|tomrrow|tomorro|tomoro|tomorra|tmoro|tomrw|2moz|2mora)\b|",
        r"(?P<before>^|[.,!?;:]\s*|\b(so|and|but|then|if|think|hope|guess|said|that)\s+)ill\s+",
        r"(?P<verb>keep|keeping|pick|bring|take|call|ring|phone|let|send|drop|get|collect|try|update|email|text|message|see|have|be|sort|do|make|come|speak|talk|check|ask|explain|write|pop|put|sign|look|find|give|wait|go)\b|",
        // "Were moving house on Friday": "we're", opening a sentence.
        r"(?P<opening>^|[.!?;]\s*)were\s+(?P<doing>\w+ing)\b|",
        // "On there own": "their", which "own" always follows.
        r"\b(?P<their_own>there own)\b|",
        // "Off wiv flu": "with" as it is said.
        r"\b(?P<with>wiv|wiff|wif)\b|",
        // "Rest of the wk", "2 wks": the week written short.
        r"\b(?P<week>wk)\b|\b(?P<weeks>wks)\b|",
        // "Keepin her in bed", "stayin home": the "-ing" of the verbs of
        // an absence, its "g" dropped as it is said (only these five: the
        // longer list moved other readings, see the round's note).
        r"\b(?P<dropped_g>(keep|stay|feel|bring|send)in)\b"
    ))
});

/// Punctuation spoken to a phone's dictation and written out as words:
/// "he will be off today full stop Efua will be in as normal".
static DICTATED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(\w+)[ \t]+(full stop|comma|question mark|exclamation mark)\b"));

/// `text` with dictated punctuation written as the marks it stands for, so
/// sentences and clauses break where the sender spoke them.
pub fn with_dictated_punctuation(text: &str) -> Cow<'_, str> {
    DICTATED.replace_all(text, |caps: &regex::Captures| {
        let before = &caps[1];
        // "She forgot a full stop": the mark spoken of, not dictated.
        if ["a", "the", "no", "any", "one", "missing"]
            .iter()
            .any(|word| before.eq_ignore_ascii_case(word))
        {
            return caps[0].to_string();
        }
        let mark = match caps[2].to_lowercase().as_str() {
            "full stop" => ".",
            "comma" => ",",
            "question mark" => "?",
            _ => "!",
        };
        format!("{before}{mark}")
    })
}

/// The last `chars` characters of `text` before byte `at`: the words a
/// pattern anchored at its end looks at.
pub fn just_before(text: &str, at: usize, chars: usize) -> &str {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(chars)
        .map_or(0, |(i, _)| i);
    &text[from..at]
}

/// The sentence of `text` that holds the bytes `start..end`, as a byte
/// range: from the end of the previous sentence to the end of this one.
pub fn sentence_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    // A full stop between digits is a time or a price ("9.30"), not an end.
    let ends_sentence = |i: usize| match bytes[i] {
        b'!' | b'?' | b'\n' | b';' => true,
        b'.' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    between_breaks(text, start, end, ends_sentence)
}

/// The bytes of `text` around `start..end` up to the nearest byte on each
/// side where `breaks_at` holds, those bytes left out.
pub fn between_breaks(
    text: &str,
    start: usize,
    end: usize,
    breaks_at: impl Fn(usize) -> bool,
) -> Range<usize> {
    let from = (0..start)
        .rev()
        .find(|&i| breaks_at(i))
        .map_or(0, |i| i + 1);
    let to = (end..text.len())
        .find(|&i| breaks_at(i))
        .unwrap_or(text.len());
    from..to
}

/// The lower-case form of a piece of message text: typographic quotes made
/// plain, apostrophe-less contractions and text-speak repaired.
pub fn normalise(text: &str) -> String {
    let text = match text.contains("iss") || text.contains("Ms ") {
        true => with_titles_as_one(text),
        false => Cow::Borrowed(text),
    };
    let mut plain = plain_lower_case(&text);
    if TEXT_SPEAK.is_match(&plain) {
        plain = TEXT_SPEAK
            .replace_all(&plain, |caps: &regex::Captures| {
                if caps.name("today").is_some() {
                    "today".to_string()
                } else if caps.name("tonight").is_some() {
                    "tonight".to_string()
                } else if caps.name("tomorrow").is_some() {
                    "tomorrow".to_string()
                } else if caps.name("their_own").is_some() {
                    "their own".to_string()
                } else if caps.name("with").is_some() {
                    "with".to_string()
                } else if caps.name("week").is_some() {
                    "week".to_string()
                } else if caps.name("weeks").is_some() {
                    "weeks".to_string()
                } else if let Some(dropped) = caps.name("dropped_g") {
                    format!("{}g", dropped.as_str())
                } else if let Some(doing) = caps.name("doing") {
                    format!("{}we're {}", &caps["opening"], doing.as_str())
                } else {
                    format!("{}i'll {}", &caps["before"], &caps["verb"])
                }
            })
            .into_owned();
    }
    if !BARE_CONTRACTION.is_match(&plain) {
        return plain;
    }
    BARE_CONTRACTION
        .replace_all(&plain, |caps: &regex::Captures| {
            let word = &caps[1];
            match word {
                "wont" => "won't".to_string(),
                "cant" => "can't".to_string(),
                "im" => "i'm".to_string(),
                "ive" => "i've".to_string(),
                "hes" => "he's".to_string(),
                "shes" => "she's".to_string(),
                "whos" => "who's".to_string(),
                "thats" => "that's".to_string(),
                "theyre" => "they're".to_string(),
                "youre" => "you're".to_string(),
                // didnt → didn't, isnt → isn't, …
                other => format!("{}'t", &other[..other.len() - 1]),
            }
        })
        .into_owned()
}

/// Lower case with typographic quotes and dashes made plain, and a
/// sentence typed with no space after its full stop ("home today.She also
/// has") parted from the next, as its capital letter shows, before the
/// capital is lost. Most text is ASCII with no backtick and no such stop,
/// which lower-cases in one pass.
fn plain_lower_case(text: &str) -> String {
    let bytes = text.as_bytes();
    let run_on = |i: usize| {
        matches!(bytes[i], b'.' | b'!' | b'?')
            && i > 0
            && bytes[i - 1].is_ascii_lowercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
    };
    let sentences_run_on = || (1..bytes.len()).any(run_on);
    if text.is_ascii() && !text.contains('`') && !sentences_run_on() {
        return text.to_ascii_lowercase();
    }
    let mut plain = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        if c.is_ascii() && i > 0 && run_on(i - 1) {
            plain.push(' ');
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => plain.push('\''),
            '\u{201C}' | '\u{201D}' => plain.push('"'),
            '\u{2013}' | '\u{2014}' => plain.push('-'),
            c if c.is_ascii() => plain.push(c.to_ascii_lowercase()),
            c => plain.extend(c.to_lowercase()),
        }
    }
    plain
}

/// Emoji and pictographs end a thought as a full stop would ("sick 😞 Ben
/// will be in").
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// Words after a comma that turn from one child to all of them: "Ben has
/// a temp, so both off today", "both there by 9.05", "neither will be in"
/// say it of each child, not more of Ben. Not "both eyes glued shut" or
/// "both of them", whoever they are.
static SAID_OF_ALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*((so|and so) )?(?i:(both|neither|all three|all 3) (off|home|late|there|will|won't|wont|are|staying|stopping|not|be|coming|going|poorly|ill|sick))\b",
    )
});

/// Cuts text into sentences and clauses: at line breaks, `!`, `?`, `;`, a
/// full stop followed by a space (not the one in `9.10`), emoji, a comma
/// before "and" (", and Millie's got the dentist") and a comma before
/// words said of all the children ([`SAID_OF_ALL`]).
pub fn clauses(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends_here = match c {
            '\n' | '!' | '?' | ';' => true,
            '.' => next.is_none_or(char::is_whitespace),
            ',' => text[i + 1..].starts_with(" and ") || SAID_OF_ALL.is_match(&text[i + 1..]),
            _ => is_pictograph(c),
        };
        if ends_here {
            // An emoji stays with its clause: "🤒" alone is a reply.
            let end = if is_pictograph(c) {
                i + c.len_utf8()
            } else {
                i
            };
            pieces.push(&text[start..end]);
            start = i + c.len_utf8();
        }
    }
    pieces.push(&text[start..]);
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| p.chars().any(|c| c.is_alphanumeric() || is_pictograph(c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictated_punctuation_is_written_as_marks() {
        assert_eq!(
            with_dictated_punctuation(
                "he will be off today and tomorrow full stop Efua will be in as normal Full Stop thank you"
            ),
            "he will be off today and tomorrow. Efua will be in as normal. thank you"
        );
        assert_eq!(
            with_dictated_punctuation("he's got tonsil itis comma I'll ring the doctor"),
            "he's got tonsil itis, I'll ring the doctor"
        );
        assert_eq!(
            with_dictated_punctuation("she put a full stop in the wrong place"),
            "she put a full stop in the wrong place"
        );
    }

    #[test]
    fn a_title_is_no_missed_day_and_no_illness() {
        assert_eq!(
            normalise("Dear Miss Jennings, Millie will miss Wednesday"),
            "dear mrs jennings, millie will miss wednesday"
        );
        assert_eq!(normalise("Thanks miss! Hi Miss,"), "thanks mrs! hi mrs,");
        assert_eq!(normalise("Hi Ms Patel, my MS"), "hi mrs patel, my ms");
        assert_eq!(normalise("Ava will Miss Monday"), "ava will miss monday");
        assert_eq!(normalise("she'll Miss March"), "she'll miss march");
    }

    #[test]
    fn contractions_without_apostrophes_are_repaired() {
        assert_eq!(
            normalise("Leo WONT be in, hes sick"),
            "leo won't be in, he's sick"
        );
        assert_eq!(normalise("didnt come"), "didn't come");
        assert_eq!(normalise("She’s off"), "she's off");
    }

    #[test]
    fn text_speak_is_read_as_the_words_it_stands_for() {
        assert_eq!(normalise("not comin in 2day"), "not comin in today");
        assert_eq!(
            normalise("wont be in today or tomorow"),
            "won't be in today or tomorrow"
        );
        assert_eq!(normalise("off tday and 2moro"), "off today and tomorrow");
        assert_eq!(
            normalise("keepin him off 2day n 2moz"),
            "keeping him off today n tomorrow"
        );
        assert_eq!(
            normalise("the kids were on there own"),
            "the kids were on their own"
        );
        assert_eq!(
            normalise("no clean uniform so ill keep mason home"),
            "no clean uniform so i'll keep mason home"
        );
        assert_eq!(
            normalise("kept her home. ill sort it for tmrw"),
            "kept her home. i'll sort it for tomorrow"
        );
        assert_eq!(
            normalise("were moving house on friday"),
            "we're moving house on friday"
        );
        assert_eq!(normalise("we were moving"), "we were moving");
        assert_eq!(
            normalise("dr says keep her off rest of the wk, back in 2 wks for a check"),
            "dr says keep her off rest of the week, back in 2 weeks for a check"
        );
        assert_eq!(
            normalise("Ill be picking Hollie up at 1pm"),
            "i'll be picking hollie up at 1pm"
        );
        assert_eq!(normalise("she's ill"), "she's ill");
        assert_eq!(
            normalise("home today.She also has the dentist!Back at 3.30, see fernhill.sch.uk"),
            "home today. she also has the dentist! back at 3.30, see fernhill.sch.uk"
        );
        // "ill be" opening a sentence is "I'll be"; after "been" it is
        // still illness.
        assert_eq!(normalise("Ill be in late"), "i'll be in late");
        assert_eq!(
            normalise("she's been ill be back tomorrow"),
            "she's been ill be back tomorrow"
        );
        // Illness stays illness.
        assert_eq!(
            normalise("he's been ill all night"),
            "he's been ill all night"
        );
        assert_eq!(
            normalise("feeling ill, keep him off"),
            "feeling ill, keep him off"
        );
    }

    #[test]
    fn clauses_split_on_sentences_emoji_and_comma_and() {
        let text = "Millie's sick 😞 Ben will be in. Be there 9.10, and Sam too";
        assert_eq!(
            clauses(text),
            vec![
                "Millie's sick 😞",
                "Ben will be in",
                "Be there 9.10",
                "and Sam too"
            ]
        );
        // A turn to all the children is a clause of its own; a list is not.
        assert_eq!(
            clauses("Ben has a temp, so both off today"),
            vec!["Ben has a temp", "so both off today"]
        );
        assert_eq!(
            clauses("Ben couldn't find his shoe, both there by 9.05"),
            vec!["Ben couldn't find his shoe", "both there by 9.05"]
        );
        assert_eq!(clauses("Ben, Millie and Sam"), vec!["Ben, Millie and Sam"]);
        assert_eq!(
            clauses("Diya has conjunctivitis, both eyes all gunky"),
            vec!["Diya has conjunctivitis, both eyes all gunky"]
        );
    }
}
