//! Which of the sender's children a message is about: names matched against
//! the roster (first name or known-as, any case, one letter off, possessive
//! `'s`), "both" / "the kids" / "the twins", and names not on the roster.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::Child;
use super::language::is_common_english;
use super::text::{compile, normalise};
use super::{reason, signals};

/// The sender's children with the name forms a parent may use.
pub struct ChildNames<'a> {
    pub children: &'a [Child],
    /// Per child: each accepted name as folded words ("zi xuan" → two words).
    names: Vec<Vec<Vec<String>>>,
    /// Per child: the first name folded whole.
    firsts: Vec<String>,
    /// Per child: the family name folded whole.
    surnames: Vec<String>,
}

/// A child named in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub child: usize,
    /// Byte range in the clause's original text.
    pub start: usize,
    pub end: usize,
    /// False for a name in passing ("she's got what Jayden had").
    pub is_subject: bool,
    /// The name is a grown-up's possessive: "it's Ruby and Jack's nan"
    /// says who the sender is, not yet who is away.
    pub of_a_grown_up: bool,
}

/// What one clause says about names.
#[derive(Debug, Default)]
pub struct Names {
    pub mentions: Vec<Mention>,
    /// A capitalised name beside a roster child that is not on the roster
    /// ("Ruby and Jack", "her cousin Amber").
    pub unknown: bool,
}

struct Token<'t> {
    text: &'t str,
    /// Lower case without accents or a possessive; borrowed when the word
    /// already is (most are).
    folded: Cow<'t, str>,
    start: usize,
    end: usize,
}

/// Words for all the children, the regions' and the Travellers' words among
/// them (childer, bairns, weans, chavvies), and "our two"; not "one of my
/// children" or "the children's hospital".
static COLLECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<one>\bone of (?:my |the |our )?)?\b(?:both|all three|all 3|all of them|(?:none|neither) of the (?:two|three|four|2|3|4)|(?:none|neither) of the (?:kids|children|boys|girls|twins)|the (?:three|four|3|4) of them|all the kids|the kids|kids|kiddies|kiddos|the children|children|childer|bairns|weans|chavvies|the girls|the boys|twins|them both|the two of them|none of them|neither of them|either of them|my boys|my girls|(?:our|my) (?:two|three|2|3)(?: (?:kids|children|girls|boys))?|^(?:boys|girls)|sorry,? (?:boys|girls))\b(?P<whose>'s)?",
    )
});
static TWINS: LazyLock<Regex> = LazyLock::new(|| compile(r"\btwins\b"));
/// "One of mine has been sick", "one of the twins": a child not said.
static ONE_OF_SEVERAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bone of (mine|ours|them|the (kids|children|boys|girls|twins)|(my|our) (kids|children|boys|girls|lot|twins))\b",
    )
});

/// Whether lower-case text speaks of one of several children without
/// saying which ("one of mine has been sick").
pub fn speaks_of_one_of_several(lower: &str) -> bool {
    ONE_OF_SEVERAL.is_match(lower)
}
/// "Neither of them will be in", "none of the kids are coming in", "both
/// will be off today": every child is away ("neither" and "both" only of
/// two).
static EVERY_CHILD_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:(?:(?P<two>neither)|none) (?:of )?(?:them|the (?:kids|children|boys|girls|two)|us|child|kid|of my (?:kids|children))?\s*",
        r"(?:will|is|are|can|'ll)\b[^.,;!?]{0,30}?\b(?:be in|come in|coming in|go in|going in|make it|be at school)",
        r"|(?:(?P<pair>both)|all)(?: of them| of the kids)? (?:will be|are|'ll be) (?:off|staying (?:at )?home|at home|kept (?:at )?home|kept off))\b[^.,;!?]*"
    ))
});

/// "Both of them will be late", "all the kids are running late".
static EVERY_CHILD_LATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:(?P<pair>both)|all)(?: of them| of the kids| the kids)? (?:will be|are|'ll be|'re|will arrive) (?:a bit |a little |running )?late\b",
    )
});

/// Words before a name that make it a name in passing, not who the clause
/// is about.
const PASSING: [&str; 5] = ["what", "like", "than", "from", "with"];
/// What one child had and passed on: "the bug Ryan had".
const ILLNESS_NOUNS: [&str; 8] = [
    "bug", "virus", "cold", "flu", "thing", "lurgy", "pox", "same",
];
/// The grown-ups a child's name may be the possessive of, as the object of
/// one of [`OBJECT_OF`]: "wait for Maddie's dad" is about the dad, not
/// Maddie (but "it's Millie's mum" introduces the sender of a message about
/// Millie).
const OBJECT_OF: [&str; 9] = [
    "for", "to", "with", "by", "at", "from", "see", "visit", "help",
];
const GROWN_UPS: [&str; 42] = [
    // Who else looks after a child: "the au pair of Theo and Tilly",
    // "Ethan's foster carer", "Grace's childminder"; and an older sibling
    // who writes ("it's Nusrat and Tahmid's sister Sumaiya"), or a
    // step-parent in two words ("Jacob's step dad").
    "pair",
    "foster",
    "step",
    "carer",
    "carers",
    "childminder",
    "minder",
    "nanny",
    "guardian",
    "parent",
    "parents",
    "stepmum",
    "stepdad",
    "grandparent",
    "grandparents",
    "babysitter",
    "worker",
    "mum",
    "mam",
    "mom",
    "mummy",
    "mother",
    "dad",
    "daddy",
    "father",
    "nan",
    "nana",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "grandpa",
    "grandfather",
    "aunt",
    "auntie",
    "aunty",
    "uncle",
    "sister",
    "brother",
    "stepsister",
    "stepbrother",
];
/// Words before a capitalised word that make it a child's name.
const RELATIONS: [&str; 10] = [
    "cousin",
    "friend",
    "brother",
    "sister",
    "nephew",
    "niece",
    "stepbrother",
    // "I'm minding my other grandson Jack this week".
    "grandson",
    "granddaughter",
    "grandchild",
];
/// Relations younger than the sender: "my grandson Jack" is a child, even
/// after "I'm" ("I'm minding my grandson Jack"). Not a son or daughter: a
/// grandparent's ("my daughter Leanne") is grown up.
const YOUNGER_RELATIONS: [&str; 5] = ["grandson", "granddaughter", "grandchild", "nephew", "niece"];
/// Relations who are grown-ups when they are the sender's.
const GROWN_UP_RELATIONS: [&str; 5] = ["cousin", "friend", "brother", "sister", "stepbrother"];
/// Words that can open a sentence as its subject without being a name:
/// "Kids won't be in", "Both are off", the things that fail on the way
/// to school ("Car won't start", "Bus didn't come") or at home ("Power's
/// off"), a festival's moon ("Moon has been sighted"), and what happened
/// ("Things got out of hand").
const SUBJECTS_NOT_NAMES: &[&str] = &[
    "alarm",
    "all",
    "baby",
    "boiler",
    "both",
    "boys",
    "bus",
    "car",
    "children",
    "electric",
    "everyone",
    "everything",
    "ferry",
    "flight",
    "girls",
    "heating",
    "here",
    "kids",
    "moon",
    "neither",
    "nobody",
    "none",
    "nothing",
    "one",
    "phone",
    "power",
    "road",
    "roads",
    "snow",
    "someone",
    "something",
    "taxi",
    "that",
    "there",
    "things",
    "this",
    "today",
    "tomorrow",
    "traffic",
    "train",
    "trains",
    "twins",
    "van",
    "water",
    "weather",
    "which",
    "who",
    // Words that open a sentence before its verb: "Still got a temp".
    "also",
    "already",
    "anyway",
    "definitely",
    "hopefully",
    "just",
    "luckily",
    "maybe",
    "now",
    "probably",
    "really",
    "sadly",
    "still",
    "unfortunately",
    // Contractions typed without their apostrophe: "Shes got a temperature".
    "shes",
    "hes",
    "theyre",
    "thats",
    "theres",
    "whos",
    "ive",
    "im",
    "youre",
    "weve",
    "theyve",
];
/// Verbs that follow a child's name at the start of an absence report:
/// "Mason won't be in", "Mason's off", "Mason has a temperature".
const ABSENCE_VERBS: &[&str] = &[
    "can't", "cant", "didn't", "got", "had", "has", "hasn't", "is", "isn't", "isnt", "not", "off",
    "was", "wasn't", "will", "won't", "wont", "woke",
];

/// Capitalised words that are never a child's name.
const NOT_NAMES: &[&str] = &[
    "i",
    "me",
    "we",
    "he",
    "she",
    "they",
    "it",
    "my",
    "the",
    "and",
    "mrs",
    "mr",
    "miss",
    "ms",
    "dr",
    "sir",
    "madam",
    "dear",
    "hi",
    "hello",
    "thanks",
    "thank",
    "sorry",
    "school",
    "class",
    "office",
    "reception",
    "teacher",
    "mum",
    "mummy",
    "mam",
    "mom",
    "dad",
    "daddy",
    "papa",
    "nan",
    "nanny",
    "nana",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "auntie",
    "aunt",
    "uncle",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "gp",
    "eid",
    "christmas",
    "easter",
    // Words that open a sentence before its verb without being its
    // subject: "Also, is it too late…", "Unfortunately is off".
    "also",
    "anyway",
    "however",
    "plus",
    "otherwise",
    "unfortunately",
    "fortunately",
    "hopefully",
    "apparently",
    "obviously",
    "luckily",
    "sadly",
    "again",
];
/// Common words one letter from a name ("Fine" / Finn) that are not a
/// misspelt name even when capitalised at the start of a sentence.
const COMMON_WORDS: [&str; 16] = [
    "fine", "will", "well", "week", "when", "then", "than", "them", "they", "been", "have", "here",
    "with", "just", "love", "mine",
];

/// Verbs that follow a child's name as its subject.
const SUBJECT_VERBS: [&str; 21] = [
    "is", "isn't", "isnt", "was", "wasn't", "has", "hasn't", "had", "will", "won't", "wont",
    "can't", "cant", "needs", "got", "feels", "says", "not", "off", "poorly", "sick",
];

impl<'a> ChildNames<'a> {
    pub fn new(children: &'a [Child]) -> Self {
        let names = children
            .iter()
            .map(|c| {
                std::iter::once(c.first.as_str())
                    .chain(c.known_as.as_deref())
                    .map(|name| name.split_whitespace().map(fold).collect::<Vec<_>>())
                    .filter(|words: &Vec<String>| !words.is_empty())
                    .collect()
            })
            .collect();
        let firsts = children.iter().map(|c| fold(&c.first)).collect();
        let surnames = children.iter().map(|c| fold(&c.last)).collect();
        ChildNames {
            children,
            names,
            firsts,
            surnames,
        }
    }

    pub fn len(&self) -> usize {
        self.children.len()
    }

    /// The roster index of a child by first name.
    pub fn by_first_name(&self, first: &str) -> Option<usize> {
        let folded = fold(first);
        self.firsts.iter().position(|f| *f == folded)
    }

    /// The names in one clause of original (not lower-cased) text.
    pub fn names_in(&self, clause: &str) -> Names {
        let tokens = tokens(clause);
        let (mentions, known) = self.mentions(&tokens);
        // "Morning, Price is off today": the family's surname is no other
        // child.
        let surname = |i: usize| self.surnames.iter().any(|s| *s == tokens[i].folded);
        let unknown = (0..tokens.len())
            .any(|i| !known[i] && !surname(i) && is_unknown_child(clause, &tokens, &known, i));
        Names { mentions, unknown }
    }

    /// The roster children named in original-case text, as
    /// [`Self::names_in`] finds them, without asking whether a name is
    /// not on the roster: the cheaper question where only they matter.
    pub fn mentions_in(&self, text: &str) -> Vec<Mention> {
        self.mentions(&tokens(text)).0
    }

    /// Each roster child named in the tokens, and which tokens their names
    /// take.
    fn mentions(&self, tokens: &[Token]) -> (Vec<Mention>, Vec<bool>) {
        let mut mentions = Vec::new();
        let mut known = vec![false; tokens.len()];
        // Each mention's tokens, start and end.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.match_at(tokens, i) {
                Some((child, len)) => {
                    let before = i.checked_sub(1).map(|b| tokens[b].folded.as_ref());
                    // "We would like Isla and Mason to be with us" asks for
                    // the children; "looks like Isla" names one in passing.
                    let asked_for = i >= 2 && {
                        let two_before = tokens[i - 2].folded.as_ref();
                        two_before == "would" || two_before.ends_with("'d")
                    };
                    // "We fly this morning with Ruhan and Tasnim": the
                    // children go with the sender.
                    let with_the_sender = before == Some("with")
                        && tokens[i.saturating_sub(8)..i - 1].iter().any(|t| {
                            matches!(
                                t.folded.as_ref(),
                                "we" | "i" | "we're" | "i'm" | "we'll" | "i'll" | "we've" | "i've"
                            )
                        });
                    let passing = before.is_some_and(|word| {
                        (PASSING.contains(&word)
                            && !(word == "like" && asked_for)
                            && !with_the_sender)
                            || (OBJECT_OF.contains(&word)
                                && possessive_of_a_grown_up(tokens, i + len - 1))
                    });
                    // "Both girls have the bug Ryan had last week": the
                    // illness a child had is named by them, not of them.
                    let whose_illness = before.is_some_and(|word| ILLNESS_NOUNS.contains(&word))
                        && tokens.get(i + len).is_some_and(|next| {
                            matches!(next.folded.as_ref(), "had" | "has" | "brought" | "caught")
                        });
                    let is_subject = !passing && !whose_illness;
                    mentions.push(Mention {
                        child,
                        start: tokens[i].start,
                        end: tokens[i + len - 1].end,
                        is_subject,
                        of_a_grown_up: possessive_of_a_grown_up(tokens, i + len - 1)
                            || grown_up_of(tokens, i),
                    });
                    known[i..i + len].iter_mut().for_each(|k| *k = true);
                    spans.push((i, i + len));
                    i += len;
                }
                None => i += 1,
            }
        }
        // "Ruby and Jack's nan", "the grandmother of Sofiia and Matvii": the
        // names joined to a grown-up's possessive share it.
        let joined = |k: usize| {
            let ((_, end), (next, _)) = (spans[k - 1], spans[k]);
            next == end + 1 && matches!(tokens[end].folded.as_ref(), "and" | "&")
        };
        for k in (1..mentions.len()).rev() {
            if joined(k) && mentions[k].of_a_grown_up {
                mentions[k - 1].of_a_grown_up = true;
            }
        }
        for k in 1..mentions.len() {
            if joined(k) && mentions[k - 1].of_a_grown_up {
                mentions[k].of_a_grown_up = true;
            }
        }
        self.add_the_twins(tokens, &mut mentions, &mut known);
        (mentions, known)
    }

    /// "Elsie has the eye clinic ... The twins both woke up with a
    /// temperature": "the twins" names the two children in one year group,
    /// when the message names neither of them.
    fn add_the_twins(&self, tokens: &[Token], mentions: &mut Vec<Mention>, known: &mut [bool]) {
        let Some(at) = (1..tokens.len()).find(|&i| {
            tokens[i].folded == "twins"
                && matches!(tokens[i - 1].folded.as_ref(), "the" | "my" | "our" | "both")
        }) else {
            return;
        };
        let everyone: Vec<usize> = (0..self.children.len()).collect();
        let Some(twins) = self.twins(&everyone) else {
            return;
        };
        if mentions.iter().any(|m| twins.contains(&m.child)) {
            return;
        }
        for child in twins {
            mentions.push(Mention {
                child,
                start: tokens[at - 1].start,
                end: tokens[at].end,
                is_subject: true,
                of_a_grown_up: false,
            });
        }
        known[at - 1..=at].iter_mut().for_each(|k| *k = true);
        mentions.sort_by_key(|m| m.start);
    }

    /// The child whose name starts at token `i`, and how many tokens it spans.
    fn match_at(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let exact = self.names.iter().enumerate().find_map(|(child, forms)| {
            forms.iter().find_map(|words| {
                let fits = tokens.len() >= i + words.len()
                    && words.iter().zip(&tokens[i..]).all(|(w, t)| *w == *t.folded);
                fits.then_some((child, words.len()))
            })
        });
        exact
            .or_else(|| self.possessive_typed(tokens, i))
            .or_else(|| self.misspelt(tokens, i))
            .or_else(|| self.shortened(&tokens[i]).map(|child| (child, 1)))
    }

    /// The child whose name a word is with an `s` typed for `'s`: as the
    /// subject of what follows ("bens got the bug", "millies off today"),
    /// or capitalised before whatever is theirs ("Bens taxi hasn't come").
    fn possessive_typed(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let bare = tokens[i].folded.strip_suffix('s')?;
        let capitalised = tokens[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // Or a grown-up's: "im jayden and keeleys aunty".
        let subject_or_grown_up = tokens.get(i + 1).is_some_and(|next| {
            SUBJECT_VERBS.contains(&next.folded.as_ref())
                || matches!(next.folded.as_ref(), "off" | "not")
                || GROWN_UPS.contains(&next.folded.as_ref())
        });
        if !(capitalised || subject_or_grown_up) {
            return None;
        }
        self.names.iter().enumerate().find_map(|(child, forms)| {
            forms
                .iter()
                .any(|words| words.len() == 1 && words[0] == bare)
                .then_some((child, 1))
        })
    }

    /// The child a word at token `i` misspells by one letter: a capitalised
    /// word, or a longer one in lower case as the subject of "is", "has",
    /// "won't" ("kasper is off sick"), as parents who type in lower case
    /// misspell names too.
    fn misspelt(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let token = &tokens[i];
        let capitalised = token.text.chars().next().is_some_and(char::is_uppercase);
        // Bytes are counted before letters: a word of fewer bytes has fewer
        // letters, and most words are short.
        let lower_case_subject = token.folded.len() >= 5
            && token.folded.chars().count() >= 5
            && tokens
                .get(i + 1)
                .is_some_and(|next| SUBJECT_VERBS.contains(&next.folded.as_ref()));
        if !(capitalised || lower_case_subject)
            || token.folded.chars().count() < 4
            || COMMON_WORDS.contains(&token.folded.as_ref())
        {
            return None;
        }
        self.names.iter().enumerate().find_map(|(child, forms)| {
            forms
                .iter()
                .any(|words| {
                    words.len() == 1
                        && words[0].chars().count() >= 4
                        && (one_letter_off(&words[0], &token.folded)
                            || same_but_the_ending(&words[0], &token.folded))
                })
                .then_some((child, 1))
        })
    }

    /// The one child whose first name a capitalised word shortens, as
    /// English short forms do ("Sam" for Samuel, "Alex" for Alexander,
    /// "Jess" for Jessica); none when two names share the start.
    fn shortened(&self, token: &Token) -> Option<usize> {
        let capitalised = token.text.chars().next().is_some_and(char::is_uppercase);
        let short = token.folded.as_ref();
        if !capitalised || short.chars().count() < 3 || is_common_english(short) {
            return None;
        }
        let mut shortening = self
            .firsts
            .iter()
            .enumerate()
            .filter(|(_, first)| first.len() > short.len() + 1 && first.starts_with(short));
        match (shortening.next(), shortening.next()) {
            (Some((child, _)), None) => Some(child),
            _ => None,
        }
    }

    /// Indices of the two children in the same year group, if exactly one
    /// such pair exists among `candidates`.
    pub fn twins(&self, candidates: &[usize]) -> Option<Vec<usize>> {
        let mut pairs = Vec::new();
        for (n, &a) in candidates.iter().enumerate() {
            for &b in &candidates[n + 1..] {
                if self.children[a]
                    .year
                    .eq_ignore_ascii_case(&self.children[b].year)
                {
                    pairs.push(vec![a, b]);
                }
            }
        }
        (pairs.len() == 1).then(|| pairs.remove(0))
    }
}

/// Whether lower-case text speaks of several children together ("both",
/// "the kids", "all three"); "children's hospital" does not.
pub fn speaks_of_several(lower: &str) -> bool {
    COLLECTIVE.captures_iter(lower).any(|c| {
        c.name("one").is_none()
            && c.name("whose").is_none()
            && c.get(0)
                .is_some_and(|m| !NOT_CHILDREN_AFTER.is_match(&lower[m.end()..]))
    })
}

/// What "both" may count that is no child: "both eyes stuck shut".
static NOT_CHILDREN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(eyes|ears|hands|feet|legs|arms|knees|elbows|wrists|ankles|sides|cheeks|lungs|nostrils|parents|grandparents|days|times|ways|me and|mum and|dad and)\b",
    )
});

/// How many children the text counts together, where it says: two for
/// "both", "the two of them", "our two", the twins; three for "all three".
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((?P<two>both|them both|the two of them|(our|my) (two|2)|twins)|",
        r"(all|our|my|none of the|the) (three|3)|(all|our|my|none of the|the) (four|4)(?P<four>))\b"
    ))
});

/// The fewest children the text counts together ("both", "all three"), if
/// it counts any.
pub fn counted_together(lower: &str) -> Option<usize> {
    COUNTED
        .captures_iter(lower)
        .map(|c| match (c.name("two"), c.name("four")) {
            (Some(_), _) => 2,
            (None, Some(_)) => 4,
            (None, None) => 3,
        })
        .min()
}

/// The words saying every one of a roster of `children` is away ("neither
/// of them will be in today", "both will be off"), if lower-case text says so.
pub fn every_child_away(lower: &str, children: usize) -> Option<&str> {
    let said = EVERY_CHILD_AWAY.captures(lower)?;
    let of_two = said.name("two").is_some() || said.name("pair").is_some();
    (!of_two || children == 2).then(|| said.get(0).map_or("", |m| m.as_str()))
}

/// The words saying every child will be late, when they do; "both" only of
/// two children.
pub fn every_child_late(lower: &str, children: usize) -> Option<&str> {
    let said = EVERY_CHILD_LATE.captures(lower)?;
    (said.name("pair").is_none() || children == 2).then(|| said.get(0).map_or("", |m| m.as_str()))
}

static BOYS_OR_GIRLS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(the|my|both|all the|our) (boys|girls|lads)\b|^(boys|girls|lads)\b|\bsorry,? (boys|girls|lads)\b",
    )
});

/// The whole family going away together: "we are going to Tenerife ...
/// for a week", "we're flying out to Lagos for the wedding".
static FAMILY_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(we|we're|we are|we'll|we will|we've|we have|we're all|we are all)( be| all| all be)? ",
        r"(going|off|flying|fly|travelling|traveling|away|heading|visiting)\b[^.!?]{0,60}?",
        r"\b(holiday|abroad|overseas|flights?|airport|wedding|funeral|(family|relatives|grandparents) (in|back home|abroad)|for (a|the|two|three|\d+) (week|weeks|days|nights))\b"
    ))
});

/// Whether lower-case text tells of the whole family going away together.
pub fn speaks_of_the_family_away(lower: &str) -> bool {
    FAMILY_AWAY.is_match(lower)
}

/// Whether lower-case text speaks of the children by their sex ("the
/// girls", "my boys").
pub fn speaks_of_boys_or_girls(lower: &str) -> bool {
    BOYS_OR_GIRLS.is_match(lower)
}

/// "They won't be in", "can't get them in", "these two": the children
/// spoken of together by a pronoun.
static THEM: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(they|they're|they'll)\s+(won't|will not|not|aren't|are not|can't|cannot|are|will|both|have|'ve)\b",
        r"|\b(get|bring|take|keep|keeping|kept|send|sending)\s+them\b|\b(these|those) two\b"
    ))
});

/// Whether lower-case text speaks of the children as "they" or "them".
pub fn speaks_of_them(lower: &str) -> bool {
    THEM.is_match(lower)
}

static ALL_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(all (three|3|four|4)( of them| kids| children| boys| girls| have| are| got| will|'ve|\s*[,.!]|\s*$)|all of them|all the kids|all my kids|them both|the two of them)",
    )
});

/// Whether lower-case text counts every child in ("all three", "them
/// both").
pub fn counts_them_all(lower: &str) -> bool {
    ALL_OF_THEM.is_match(lower)
}

/// Whether lower-case text speaks of twins.
pub fn speaks_of_twins(lower: &str) -> bool {
    TWINS.is_match(lower)
}

/// The words of original-case text, each folded as names are.
fn tokens(text: &str) -> Vec<Token<'_>> {
    // Room for a word in every five bytes, about what parents write, so
    // the list is rarely grown.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokens.extend(words(text).map(|(start, end)| Token {
        text: &text[start..end],
        folded: fold_word(strip_possessive(&text[start..end])),
        start,
        end,
    }));
    tokens
}

fn is_unknown_child(clause: &str, tokens: &[Token], known: &[bool], i: usize) -> bool {
    let token = &tokens[i];
    let capitalised = token.text.chars().next().is_some_and(char::is_uppercase);
    // "My sister Dawn will pick her up": the sender's own brother, sister,
    // cousin or friend is a grown-up; the child's ("her cousin Tia") may
    // be a child.
    let my_grown_up_relation = i >= 2
        && tokens[i - 2].folded == "my"
        && GROWN_UP_RELATIONS.contains(&tokens[i - 1].folded.as_ref());
    // "I'm Samira's older sister Rukhsana", "this is his brother Abdi": the
    // sender names themself.
    let names_the_sender = i >= 2 && {
        // "It's" folds to "it", as a possessive would.
        let intro = |k: usize| match tokens[k].folded.as_ref() {
            "i'm" | "im" | "am" | "its" => true,
            "it" => tokens[k].text.len() > 2,
            "is" => k > 0 && matches!(tokens[k - 1].folded.as_ref(), "this" | "it"),
            _ => false,
        };
        (i.saturating_sub(5)..i - 1).any(intro)
    };
    let my_younger_relation = i >= 2
        && YOUNGER_RELATIONS.contains(&tokens[i - 1].folded.as_ref())
        && tokens[i.saturating_sub(4)..i - 1]
            .iter()
            .any(|t| t.folded == "my");
    let senders_own = (my_grown_up_relation || names_the_sender) && !my_younger_relation;
    let after_a_relation = i >= 1 && is_relation(&tokens[i - 1].folded) && !senders_own;
    let opens_the_clause = i == 0
        || after_a_bare_greeting(clause, tokens, i)
        || (capitalised && after_a_leading_clause(clause, tokens, i));
    // A lower-case word is a name only opening the clause or after a
    // relation: most words are neither, and need no look through the lists.
    if !capitalised && !opens_the_clause && !after_a_relation {
        return false;
    }
    // "Mason and I've got no car": a pronoun's contraction is no name.
    let contracted_pronoun = token
        .folded
        .split_once(['\'', '’'])
        .is_some_and(|(word, _)| NOT_NAMES.contains(&word));
    if NOT_NAMES.contains(&token.folded.as_ref())
        || contracted_pronoun
        || token.folded.len() < 2
        || reason::is_festival(&token.folded)
    {
        return false;
    }
    let joined_to_known = |conj: usize, other: usize| {
        matches!(tokens[conj].folded.as_ref(), "and" | "&") && known[other]
    };
    // A name opening a sentence that names no roster child, as the subject
    // of an absence: "Mason won't be in today" from a parent of Harper.
    let contraction = || {
        let text = token.text.replace('’', "'");
        text.contains('\'') && !text.ends_with("'s")
    };
    let opens_a_report = opens_the_clause
        && !known.iter().any(|k| *k)
        && !contraction()
        && !SUBJECTS_NOT_NAMES.contains(&token.folded.as_ref())
        && !is_common_english(&token.folded)
        && !is_verb_form(&token.folded)
        // "Noro has hit our house": an illness, not a child.
        && !reason::names_a_reason(&token.folded)
        && (capitalised || could_be_a_name_in_lower_case(&token.folded))
        && followed_by_an_absence_verb(tokens, i)
        // "Landline is gone": a thing, unless the clause tells of a child
        // away, late or unwell.
        && tells_of_a_child_away(clause);
    // "Ellie and her cousin tia won't be in": in lower case, a name after a
    // relation (not its possessive: "my brother's wedding") as a subject.
    let lower_case_relation = || {
        after_a_relation
            && !tokens[i - 1].text.contains(['\'', '’'])
            && could_be_a_name_in_lower_case(&token.folded)
            && followed_by_an_absence_verb(tokens, i)
    };
    if !capitalised {
        return opens_a_report || lower_case_relation();
    }
    // "Mason from Lily's class is off": a classmate of a roster child.
    let from_a_class = i + 3 < tokens.len()
        && tokens[i + 1].folded == "from"
        && known[i + 2]
        && matches!(
            tokens[i + 3].folded.as_ref(),
            "class" | "form" | "year" | "group"
        );
    // "Can you tell Jaydens teacher he's off today": the child whose
    // teacher is told is the one away.
    let whose_teacher_is_told = || {
        i + 1 < tokens.len()
            && matches!(
                tokens[i + 1].folded.as_ref(),
                "teacher" | "teachers" | "class" | "form" | "tutor"
            )
            && token.text.trim_end_matches(['s', 'S']).len() < token.text.len()
            // "Miss Smiths class": a teacher's.
            && !(i >= 1 && matches!(tokens[i - 1].folded.as_ref(), "mrs" | "mr" | "miss" | "ms" | "mx" | "dr" | "sir"))
            && !known.iter().any(|k| *k)
            && !is_common_english(&token.folded)
            && tells_of_a_child_away(clause)
    };
    opens_a_report
        || whose_teacher_is_told()
        || (i >= 2 && joined_to_known(i - 1, i - 2))
        || (i + 2 < tokens.len() && joined_to_known(i + 1, i + 2))
        || after_a_relation
        || from_a_class
}

/// Whether a clause tells of an absence, lateness or a reason for one.
fn tells_of_a_child_away(clause: &str) -> bool {
    let lower = normalise(clause);
    signals::tells_of_an_absence(&lower) || signals::speaks_of_lateness(&lower)
}

/// "Hi jessica wont be in", "Hi, Noah is off today": a name straight after
/// a greeting, with no line between, is the subject of what follows when
/// a verb follows it; "Hi Jess," greets the person who reads it.
fn after_a_bare_greeting(clause: &str, tokens: &[Token], i: usize) -> bool {
    i == 1
        && GREETINGS.contains(&tokens[0].folded.as_ref())
        && matches!(clause[tokens[0].end..tokens[i].start].trim(), "" | ",")
}

/// "Hi Debbie here (childminder), Bobby's poorly": a capitalised word after
/// a comma that ends a clause of three words or more opens a clause of its
/// own ("Morning, Price is off" greets; the name is in the clause).
fn after_a_leading_clause(clause: &str, tokens: &[Token], i: usize) -> bool {
    i >= 3 && clause[tokens[i - 1].end..tokens[i].start].contains(',')
}

/// Words that open a message by greeting its reader.
const GREETINGS: [&str; 6] = ["hi", "hiya", "hello", "hey", "morning", "afternoon"];

/// Whether the word after token `i` is a verb of absence ("won't", "is",
/// "got"), the name at `i` its subject.
fn followed_by_an_absence_verb(tokens: &[Token], i: usize) -> bool {
    // "Bobby's poorly": the name's "'s" is the verb.
    let is_said = tokens[i].text.replace('’', "'").ends_with("'s");
    tokens.get(i + 1).is_some_and(|next| {
        let verb = next.text.to_lowercase().replace('’', "'");
        ABSENCE_VERBS.contains(&verb.as_str())
            || (is_said && STATES_AFTER_IS.contains(&verb.as_str()))
    })
}

/// What follows "Bobby's" when the "'s" is "is": a state of absence.
const STATES_AFTER_IS: &[&str] = &[
    "poorly", "sick", "ill", "unwell", "not", "been", "staying", "feeling", "home",
];

/// Words that open a parent's lower-case message as its subject and are
/// no child's name: who else is ill or at home, and the words typed for
/// them without an apostrophe ("sons got a temp", "hubbys off").
const LOWER_CASE_SUBJECTS: &[&str] = &[
    "son",
    "daughter",
    "lad",
    "lass",
    "boy",
    "girl",
    "child",
    "kid",
    "baby",
    "youngest",
    "eldest",
    "oldest",
    "middle",
    "little",
    "other",
    "husband",
    "hubby",
    "wife",
    "partner",
    "brother",
    "sister",
    "family",
    "everyone",
    "everybody",
    "anyone",
    "nobody",
    "noone",
    "somebody",
    "what",
    "its",
    "thats",
    "hes",
    "shes",
    "im",
    "ive",
    "were",
    "theyre",
    "your",
    "his",
    "her",
    "their",
    "our",
    "mine",
    "house",
    "heating",
    "water",
    "power",
    "electric",
    "gas",
    "snow",
    "ice",
    "roads",
];

/// Whether a lower-case word opening a message may be a child's name the
/// roster lacks ("kierans got a sickness bug" from Callum's parent): no
/// common word, no family word, no month or day, alone or before an `s`
/// typed for `'s`.
fn could_be_a_name_in_lower_case(folded: &str) -> bool {
    let word = folded
        .strip_suffix('s')
        .filter(|w| w.len() >= 3)
        .unwrap_or(folded);
    let listed = |w: &str| {
        NOT_NAMES.contains(&w)
            || SUBJECTS_NOT_NAMES.contains(&w)
            || LOWER_CASE_SUBJECTS.contains(&w)
            || GROWN_UPS.contains(&w)
            || is_common_english(w)
    };
    folded.chars().count() >= 3
        && !is_verb_form(folded)
        && folded.chars().all(char::is_alphabetic)
        && !listed(folded)
        && !listed(word)
}

/// A relation a child's name may follow, with its step- or half- ("her
/// step-sister Ellie-Mae").
fn is_relation(word: &str) -> bool {
    let word = ["step-", "half-", "step"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
        .unwrap_or(word);
    RELATIONS.contains(&word)
}

/// "Filming is in Manchester", "swimming is cancelled": a verb's -ing
/// form opening a clause is what happens, not who.
fn is_verb_form(folded: &str) -> bool {
    folded.len() > 5 && folded.ends_with("ing")
}

/// Byte ranges of the words in text: a letter, then letters, marks,
/// apostrophes and hyphens ("Lacey-Mae's"); and `&`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let in_word = |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-' || is_mark(c);
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = at;
            let c = char_at(text, start)?;
            at += c.len_utf8();
            if c == '&' {
                return Some((start, at));
            }
            if c.is_alphabetic() {
                while let Some(next) = char_at(text, at).filter(|&next| in_word(next)) {
                    at += next.len_utf8();
                }
                return Some((start, at));
            }
        }
    })
}

/// The character at byte `at` of `text`, which starts one. Every word of
/// every clause is read this way, and most text is ASCII: a byte below 128
/// is its own character, with no decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        byte if byte.is_ascii() => Some(char::from(byte)),
        _ => text[at..].chars().next(),
    }
}

/// Combining marks (as in a decomposed "ş").
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Whether the name ending at token `last` is the possessive of a
/// grown-up's word ("Maddie's dad").
fn possessive_of_a_grown_up(tokens: &[Token], last: usize) -> bool {
    // "Keeleys aunty": the apostrophe left out.
    let possessive = strip_possessive(tokens[last].text).len() < tokens[last].text.len()
        || tokens[last].folded.ends_with('s');
    possessive
        && tokens
            .get(last + 1)
            .is_some_and(|next| GROWN_UPS.contains(&next.folded.as_ref()))
}

/// Whether the name at token `first` follows a grown-up "of" or "for" it:
/// "I am grandmother of Sofiia", "the au pair for Theo".
fn grown_up_of(tokens: &[Token], first: usize) -> bool {
    first >= 2
        && matches!(tokens[first - 1].folded.as_ref(), "of" | "for")
        && GROWN_UPS.contains(&tokens[first - 2].folded.as_ref())
}

/// A name or word without its possessive ending: "Ben's" is "Ben".
pub(super) fn strip_possessive(word: &str) -> &str {
    ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word)
}

/// [`fold`] without allocating for a word that is already folded.
fn fold_word(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// Lower case without accents, so "Ayse" finds Ayşe.
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ş' | 'ś' | 'š' | 'ș' => 's',
            'ğ' => 'g',
            'ł' => 'l',
            'ź' | 'ż' | 'ž' => 'z',
            'ț' => 't',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// A pet form spelt with another ending: "Olly" for Ollie, "Milly" for
/// Millie, "Charly" for Charlie.
fn same_but_the_ending(a: &str, b: &str) -> bool {
    fn stem(name: &str) -> Option<&str> {
        ["ie", "ey", "y", "i"]
            .iter()
            .find_map(|end| name.strip_suffix(end))
            .filter(|stem| stem.chars().count() >= 2)
    }
    matches!((stem(a), stem(b)), (Some(x), Some(y)) if x == y)
}

/// At most one insertion, deletion, substitution or swap of neighbours.
fn one_letter_off(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.len().abs_diff(b.len()) <= 1 && one_edit_apart(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit_apart(&a, &b)
}

fn one_edit_apart<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b {
        return true;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as i64 - rb.len() as i64 {
        0 => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(first: &str, known_as: Option<&str>, year: &str) -> Child {
        Child {
            first: first.into(),
            last: "X".into(),
            known_as: known_as.map(Into::into),
            year: year.into(),
        }
    }

    fn named(roster: &ChildNames, clause: &str) -> Vec<String> {
        roster
            .names_in(clause)
            .mentions
            .iter()
            .filter(|m| m.is_subject)
            .map(|m| roster.children[m.child].first.clone())
            .collect()
    }

    #[test]
    fn a_name_owning_a_grown_up_mid_sentence_is_no_subject() {
        let kids = [
            child("Maddison", Some("Maddie"), "Y3"),
            child("Paige", None, "Y5"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(
            named(
                &roster,
                "Paige is going to be late as I have to wait for Maddie's dad to come round"
            ),
            ["Paige"]
        );
        assert_eq!(
            named(&roster, "Maddie's dad is taking her to the dentist"),
            ["Maddison"]
        );
        assert_eq!(
            named(&roster, "Hi it's Maddie's mum, she won't be in"),
            ["Maddison"]
        );
    }

    #[test]
    fn first_and_known_as_names_any_case_and_possessive() {
        let kids = [
            child("Amelia", Some("Millie"), "Y3"),
            child("Ben", None, "R"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Millie's been sick"), ["Amelia"]);
        assert_eq!(named(&roster, "ben wont be in"), ["Ben"]);
        assert_eq!(named(&roster, "AMELIA is off"), ["Amelia"]);
        // The apostrophe left out before what is the child's.
        let mentioned: Vec<_> = roster
            .names_in("Bens taxi hasn't turned up")
            .mentions
            .iter()
            .map(|m| roster.children[m.child].first.clone())
            .collect();
        assert_eq!(mentioned, ["Ben"]);
    }

    #[test]
    fn one_letter_misspellings_and_accents() {
        let kids = [
            child("Layla", None, "Y1"),
            child("Eliana", None, "Y5"),
            child("Ayşe", None, "Y3"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Leyla is not well"), ["Layla"]);
        assert_eq!(named(&roster, "Elianna has a temp"), ["Eliana"]);
        assert_eq!(named(&roster, "Ayse is ill"), ["Ayşe"]);
    }

    #[test]
    fn a_pet_form_with_another_ending_is_the_child() {
        let kids = [
            child("Oliver", Some("Ollie"), "Y2"),
            child("Amelia", Some("Millie"), "Y4"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Olly has a stinking cold"), ["Oliver"]);
        assert_eq!(named(&roster, "Milly is off sick"), ["Amelia"]);
        assert!(!same_but_the_ending("ollie", "olga"));
        assert!(!same_but_the_ending("ty", "ti"), "too short to tell");
    }

    #[test]
    fn a_short_form_of_one_childs_name_is_that_child() {
        let kids = [
            child("Samuel", None, "Y2"),
            child("Josephine", Some("Josie"), "Y5"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Sam has been sick"), ["Samuel"]);
        assert!(named(&roster, "Jo is off").is_empty());
        // Two names that start alike: neither.
        let kids = [
            child("Alexander", None, "Y5"),
            child("Alexandra", None, "Y2"),
        ];
        let roster = ChildNames::new(&kids);
        assert!(named(&roster, "Alex is off sick").is_empty());
    }

    #[test]
    fn a_misspelt_name_in_lower_case_is_one_only_as_a_subject() {
        let kids = [child("Kacper", None, "Y5"), child("Harry", None, "Y2")];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "kasper is off sick"), ["Kacper"]);
        assert_eq!(named(&roster, "and kasper won't be in"), ["Kacper"]);
        assert_eq!(named(&roster, "kasper wont be in tomorrow"), ["Kacper"]);
        assert_eq!(named(&roster, "harrys got the bug"), ["Harry"]);
        assert_eq!(named(&roster, "kasper not in 2day x"), ["Kacper"]);
        assert_eq!(named(&roster, "sorry kasper poorly"), ["Kacper"]);
        assert!(named(&roster, "the harrys came round").is_empty());
        assert!(named(&roster, "she has the bug Harry had last week").is_empty());
        // Not a subject: no name.
        assert!(named(&roster, "we had to hurry this morning").is_empty());
        assert!(named(&roster, "the kasper ride").is_empty());
    }

    #[test]
    fn short_names_and_common_words_are_not_fuzzy_matched() {
        let kids = [child("Ben", None, "R"), child("Finn", None, "Y2")];
        let roster = ChildNames::new(&kids);
        assert!(named(&roster, "He has been sick").is_empty());
        assert!(named(&roster, "Fine, she is in").is_empty());
    }

    #[test]
    fn multi_word_first_names() {
        let kids = [child("Zi Xuan", Some("Zoe"), "Y5")];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Zi Xuan has a fever"), ["Zi Xuan"]);
    }

    #[test]
    fn names_in_passing_are_not_subjects() {
        let kids = [child("Jayden", None, "Y6"), child("Kiara", None, "Y3")];
        let roster = ChildNames::new(&kids);
        assert_eq!(named(&roster, "Kiara has got what Jayden had"), ["Kiara"]);
        assert_eq!(named(&roster, "Kiara looks like Jayden"), ["Kiara"]);
        // Asked for, not compared with.
        assert_eq!(
            named(&roster, "we would like Kiara and Jayden to be with us"),
            ["Kiara", "Jayden"]
        );
    }

    #[test]
    fn a_name_beside_a_roster_child_that_is_not_on_the_roster() {
        let kids = [child("Ruby", None, "Y3")];
        let roster = ChildNames::new(&kids);
        assert!(roster.names_in("Ruby and Jack both have the bug").unknown);
        assert!(roster.names_in("Ruby and her cousin Amber are off").unknown);
        assert!(!roster.names_in("I'm Ruby's older sister Rukhsana").unknown);
        assert!(!roster.names_in("Hi it's Ruby's big sister Jade").unknown);
        assert!(!roster.names_in("Ruby and I are off to the GP").unknown);
        assert!(
            !roster
                .names_in("Taxi hasn't come for Ruby and I've got no car so she won't be in")
                .unknown
        );
        assert!(roster.names_in("Mason won't be in today").unknown);
        assert!(roster.names_in("Mason has a temperature").unknown);
        // The child whose teacher is told, not a teacher's own class.
        assert!(
            roster
                .names_in("Hi can you tell Jaydens teacher hes off today with a cold")
                .unknown
        );
        assert!(
            !roster
                .names_in("can you tell Miss Smiths class she's off today")
                .unknown
        );
        // A thing opening a sentence with no absence told is no child.
        assert!(!roster.names_in("Landline is gone").unknown);
        assert!(
            !roster
                .names_in("Noro has hit our house, neither of the kids will be in today")
                .unknown
        );
        assert!(roster.names_in("masons got a sickness bug").unknown);
        assert!(roster.names_in("mason is off today").unknown);
        // After a bare greeting the name is the subject; after a comma it
        // greets the reader.
        assert!(roster.names_in("Hi jessica wont be in today").unknown);
        assert!(
            roster
                .names_in("Hi, Noah is off today with a temperature")
                .unknown
        );
        // The family's surname is no other child.
        let dylan = [Child {
            last: "Price".into(),
            ..child("Dylan", None, "Y5")
        }];
        assert!(
            !ChildNames::new(&dylan)
                .names_in("Morning, Price is off today")
                .unknown
        );
        assert!(!roster.names_in("Hi Jessica, Ruby won't be in").unknown);
        assert!(!roster.names_in("Hi Jessica,\nshe won't be in").unknown);
        assert!(
            roster
                .names_in("ruby and her cousin tia won't be in")
                .unknown
        );
        assert!(!roster.names_in("ruby and her cousin have the bug").unknown);
        assert!(
            !roster
                .names_in("My sister Dawn will pick Ruby up at 3.15")
                .unknown
        );
        assert!(!roster.names_in("ruby is at her friend's house").unknown);
        assert!(
            !roster
                .names_in("ruby is off for my brother's traditional wedding")
                .unknown
        );
        assert!(
            !roster
                .names_in("ruby is going to her cousin birthday party")
                .unknown
        );
        for text in [
            "sons got a temp",
            "hubbys off work",
            "kids won't be in",
            "snow is bad here",
            "ruby is off today",
        ] {
            assert!(!roster.names_in(text).unknown, "{text}");
        }
        assert!(roster.names_in("Mason's off today").unknown);
        assert!(
            roster
                .names_in("Mason from Ruby's class is off today")
                .unknown
        );
        assert!(roster.names_in("Bobby's poorly with a temperature").unknown);
        assert!(!roster.names_in("Kids won't be in today").unknown);
        assert!(!roster.names_in("Car won't start, be there soon").unknown);
        assert!(!roster.names_in("Shes got a temperature").unknown);
        assert!(
            !roster
                .names_in("Moon has been sighted, Eid is tomorrow")
                .unknown
        );
        assert!(
            !roster
                .names_in("Sorry he's had a virus. Still got a temp")
                .unknown
        );
        assert!(!roster.names_in("filming is in Manchester").unknown);
        assert!(!roster.names_in("Traffic is awful, in by 9.20").unknown);
        assert!(!roster.names_in("She won't be in today").unknown);
        assert!(!roster.names_in("Morning, not going to make it in").unknown);
        assert!(!roster.names_in("They're off today and tomorrow").unknown);
        assert!(!roster.names_in("We've got a family party").unknown);
    }

    #[test]
    fn every_child_late_is_said_of_them_all() {
        let text = "priya has the eye clinic at 8.30 so both of them will be late";
        assert_eq!(every_child_late(text, 2), Some("both of them will be late"));
        assert_eq!(every_child_late(text, 3), None);
        assert_eq!(every_child_late("priya will be late", 2), None);
    }

    #[test]
    fn every_child_away_is_said_of_them_all() {
        let text = "finley has an eye appointment so neither of them will be in today";
        assert_eq!(
            every_child_away(text, 2),
            Some("neither of them will be in today")
        );
        assert_eq!(
            every_child_away("neither child will be in today", 2),
            Some("neither child will be in today")
        );
        // "Neither" is two of them: with three children, which two is unsaid.
        assert_eq!(every_child_away(text, 3), None);
        assert_eq!(
            every_child_away("none of the kids are coming in this morning", 3),
            Some("none of the kids are coming in this morning")
        );
        assert_eq!(
            every_child_away("she has a fever so both will be off today", 2),
            Some("both will be off today")
        );
        assert_eq!(
            every_child_away("neither of them likes the new menu", 2),
            None
        );
    }

    #[test]
    fn twins_are_the_pair_in_one_year_group() {
        let kids = [
            child("Evie", None, "Y4"),
            child("Grace", None, "Y4"),
            child("Poppy", None, "Y1"),
        ];
        let roster = ChildNames::new(&kids);
        assert_eq!(roster.twins(&[0, 1, 2]), Some(vec![0, 1]));
        assert_eq!(roster.twins(&[0, 2]), None);
    }

    #[test]
    fn collective_words() {
        assert!(speaks_of_several("the kids won't be in"));
        // The regions' and the Travellers' words for children.
        assert!(speaks_of_several("the childer will be back in on thursday"));
        assert!(speaks_of_several("the bairns are poorly"));
        assert!(speaks_of_several("all three have the bug"));
        assert!(speaks_of_several(
            "none of the three will make it down today"
        ));
        assert_eq!(
            counted_together("none of the three will make it down today"),
            Some(3)
        );
        assert!(!speaks_of_several("at the children's hospital"));
        assert!(!speaks_of_several("my child is sick"));
        assert!(speaks_of_several("our two are stuck at home"));
        assert!(speaks_of_boys_or_girls("the girls won't be in"));
        assert!(speaks_of_them("they won't be in today"));
        assert!(speaks_of_them("so they'll not be in today"));
        assert!(speaks_of_them("we cant get them in"));
        assert!(!speaks_of_them("they cancelled the bus"));
        assert!(!speaks_of_boys_or_girls("the kids won't be in"));
        assert!(speaks_of_the_family_away(
            "we are going to tenerife from monday 7th december for a week"
        ));
        assert!(speaks_of_the_family_away(
            "we're flying out to lagos for my brother's wedding"
        ));
        assert!(!speaks_of_the_family_away(
            "we're going to the dentist at 9"
        ));
    }

    #[test]
    fn children_counted_together() {
        assert_eq!(counted_together("both are off"), Some(2));
        assert_eq!(counted_together("the twins are poorly"), Some(2));
        assert_eq!(counted_together("all three have the bug"), Some(3));
        assert_eq!(counted_together("our two are stuck at home"), Some(2));
        assert_eq!(counted_together("the kids are off"), None);
    }
}
