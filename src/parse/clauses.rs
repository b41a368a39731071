//! Cutting a message into the parts about each child: "Charlie won't be in,
//! he's got a cough. Tilly will be a bit late" is two parts, one per child;
//! a sentence that names no one continues the part before it.

use std::sync::LazyLock;

use regex::Regex;

use super::children::{self, ChildNames, Mention, Names};
use super::text::{clauses, compile, normalise};
use super::{kinship, reason, signals};
use crate::asides::without_asides;

/// The lower-case text about one set of named children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Roster indices, in the order first named.
    pub children: Vec<usize>,
    pub text: String,
}

/// A message cut into parts.
#[derive(Debug, Default)]
pub struct Parts {
    /// What comes before the first child is named ("Running late!").
    pub preamble: String,
    pub parts: Vec<Part>,
    /// A child is named who is not on the sender's roster.
    pub names_unknown_child: bool,
}

/// Cuts original-case text into parts by the children named.
pub fn by_child(text: &str, roster: &ChildNames) -> Parts {
    let mut cut = Parts::default();
    let mut current: Option<usize> = None;
    let named: Vec<(&str, Vec<Mention>)> = clauses(text)
        .into_iter()
        .flat_map(|sentence| run_on_sentences(sentence, roster))
        .map(|(sentence, names)| {
            cut.names_unknown_child |= names.unknown;
            let subjects = names.mentions.into_iter().filter(|m| m.is_subject);
            (sentence, subjects.collect())
        })
        .collect();
    // "Morning, it's Ruby and Jack's nan. Ruby has been sick": a sentence
    // that names the children only as whose the sender is introduces the
    // sender; the children away are those a sentence telling of an
    // absence or its reason goes on to name.
    let introduces =
        |subjects: &[Mention]| !subjects.is_empty() && subjects.iter().all(|m| m.of_a_grown_up);
    let named_elsewhere = named.iter().any(|(_, subjects)| introduces(subjects))
        && named.iter().any(|(sentence, subjects)| {
            !subjects.is_empty()
                && !introduces(subjects)
                && signals::tells_of_an_absence(&normalise(sentence))
        });
    for (sentence, mut subjects) in named {
        if named_elsewhere && introduces(&subjects) {
            subjects.clear();
        }
        // "Jamie and Lucy's mum asked me to say Lucy has been sick": a child
        // named only as whose the mum is is not the sentence's subject when
        // it goes on to name another.
        let named_again: Vec<usize> = subjects
            .iter()
            .filter(|m| !m.of_a_grown_up)
            .map(|m| m.child)
            .collect();
        if !named_again.is_empty() {
            subjects.retain(|m| !m.of_a_grown_up || named_again.contains(&m.child));
        }
        // "All of them except Tolu are down with the stomach flu": the
        // children named after "except" are the ones left out.
        if let Some(left_out) = left_out_of_all(sentence, &subjects) {
            let rest: Vec<usize> = (0..roster.len())
                .filter(|c| !left_out.contains(c))
                .collect();
            current = Some(cut.add(rest, &normalise(sentence)));
            continue;
        }
        // "All three have come down with this cold and Skye's got a temp
        // too": a sentence opened by words said of all the children is
        // about them all; the child named after adds to it.
        if let Some(first) = subjects.first()
            && said_of_all_before(sentence, first.start, roster.len())
        {
            let all: Vec<usize> = (0..roster.len()).collect();
            current = Some(cut.add(all, &normalise(sentence)));
            continue;
        }
        // "Mia was hiding under her bed. I won't send them tomorrow": a
        // sentence naming nobody that keeps "them" off, or has them late,
        // is about all the children, not the one named before ("the twins
        // ... I will keep them at home" is the twins).
        if subjects.is_empty()
            && roster.len() > 1
            && current.is_some_and(|i| cut.parts[i].children.len() == 1)
        {
            let lower = normalise(sentence);
            // "Running late ... the pair of them will be in by 9.30": late
            // as the part before says.
            // "Running late! Lacey can't find her shoe, both of them will
            // be there for 9.10": late as the message opened.
            let away_or_late = signals::reports_absence(&lower)
                || signals::speaks_of_lateness(&lower)
                || signals::speaks_of_lateness(&cut.preamble)
                || current.is_some_and(|i| signals::speaks_of_lateness(&cut.parts[i].text));
            if away_or_late && KEPT_THEM.is_match(&lower) && !GUIDANCE.is_match(&lower) {
                // "Kayden's got it and now Leah's got it too, both off until
                // Monday": with no reason of its own, after each child's
                // own, the sentence goes on about each of them.
                if !reason::names_a_reason(&lower)
                    && let Some(own_parts) = each_childs_own_reason(&cut.parts, roster.len())
                {
                    for &i in &own_parts {
                        append(&mut cut.parts[i].text, &lower);
                    }
                    current = own_parts.iter().max().copied();
                } else if let Some(i) = current.filter(|&i| {
                    let said = &cut.parts[i].text;
                    !signals::reports_absence(said)
                        && (!signals::speaks_of_lateness(said) || !signals::reports_absence(&lower))
                }) {
                    // The part before said only why ("Lacey can't find her
                    // shoe"), or why they are late ("Ben couldn't find his
                    // shoe so we're running late, both there by 9.05"): it
                    // is all the children's now.
                    cut.parts[i].children = (0..roster.len()).collect();
                    append(&mut cut.parts[i].text, &lower);
                } else {
                    current = Some(cut.add((0..roster.len()).collect(), &lower));
                }
                continue;
            }
        }
        // "Selam will be late, I have to take Yonas to the coach for his
        // trip. She'll be in 9:20": a sentence opened by "she" goes on
        // about the child the message calls "she", not the boy named last
        // ("Tommy is coming with his nan. She'll have him there" is the
        // nan).
        if subjects.is_empty()
            && let Some(i) = current
            && let Some(sex) = opening_pronoun(sentence)
            && sex_of(&cut.parts[i]).is_some_and(|s| s != sex)
            && !GROWN_UP.is_match(&cut.parts[i].text)
            && let Some(j) = cut
                .parts
                .iter()
                .rposition(|p| p.children.len() == 1 && sex_of(p).is_none_or(|s| s == sex))
        {
            current = Some(j);
        }
        // "Kwame and Akosua have a temperature. Kofi is coming. They may be
        // off all week" (or "The girls will be off"): the children spoken
        // of together are those named together, not the one said to be in.
        if subjects.is_empty()
            && let Some(i) = current
            && cut.parts[i].children.len() == 1
            && opens_with_the_children_together(sentence)
            && signals::says_attending(&cut.parts[i].text)
            && let Some(j) = cut.parts.iter().rposition(|p| p.children.len() > 1)
        {
            current = Some(j);
        }
        let lead = subjects
            .first()
            .map_or(sentence.len(), |m| leading_clause_end(&sentence[..m.start]));
        if lead > 0 {
            let lower = normalise(&sentence[..lead]);
            match current {
                Some(i) => append(&mut cut.parts[i].text, &lower),
                None => append(&mut cut.preamble, &lower),
            }
        }
        if subjects.is_empty() {
            continue;
        }
        for (children, piece) in split_at_names(&sentence[lead..], &subjects, lead) {
            current = Some(cut.add(children, &normalise(piece)));
        }
    }
    cut
}

/// All the children kept from school or late, by the plural pronoun or
/// the children together: "I won't send them tomorrow", "ive got both kids
/// at mine now, they'll be late", "both off for the rest of the week".
static KEPT_THEM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\W*((so|and so) )?(both|all (three|3|four|4|of them))\b|\b(keep|keeping|kept|send|sending|sent|bring|bringing|take|taking|get|getting) them\b|\bthey (won't|will not|wont|aren't|are not|can't|cannot) (be in|come|go)\b|\bthey('ll| will) be late\b|\b(both|all) (the )?(kids|children)\b|\b(both|all|the pair|the two|the three|the four) of them\b",
    )
});

/// The school's or the NHS's rule told back, of children in general: "I
/// know you don't usually need to keep them off for that".
static GUIDANCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((don't|do not|doesn't|does not|no) (usually |normally |really )?(need|have) to (keep|send) them|you (don't|do not) (usually |normally )?(keep|send) them)\b",
    )
});

/// A sentence typed or dictated with no stops, cut where another child
/// opens a thought of their own: "Jacob's got a sickness bug he's been up
/// all night Scarlett's fine she'll be in as usual" is two, each with the
/// names it holds. Not a child joined to the one before ("Jacob and
/// Scarlett are off"), nor one in a clause that depends on the words
/// before ("off because Jacob gave her his cold").
fn run_on_sentences<'t>(sentence: &'t str, roster: &ChildNames) -> Vec<(&'t str, Names)> {
    let names = roster.names_in(sentence);
    if names.mentions.len() < 2 {
        return vec![(sentence, names)];
    }
    let mut mentions: Vec<&Mention> = names.mentions.iter().collect();
    // "The twins" names two children at once.
    mentions.sort_by_key(|m| m.start);
    mentions.dedup_by_key(|m| m.start);
    let mut cuts = Vec::new();
    let mut since = mentions.first().map_or(0, |m| m.end);
    for (previous, m) in mentions.iter().zip(mentions.iter().skip(1)) {
        if m.start < since {
            continue;
        }
        let before = &sentence[since..m.start];
        // "It's Jacob and Scarlett's step dad Jacob's got a bug": after
        // the sender's introduction, whatever its length.
        let opens_a_thought = m.is_subject
            && !m.of_a_grown_up
            && (previous.of_a_grown_up || before.split_whitespace().count() >= 4)
            && !before.contains([',', ':', '(', '-'])
            && !JOINED_OR_DEPENDENT.is_match(&before.to_lowercase())
            && NEW_SUBJECT_VERB.is_match(&sentence[name_end(sentence, m)..].to_lowercase());
        if opens_a_thought {
            cuts.push(m.start);
        }
        since = m.end;
    }
    if cuts.is_empty() {
        return vec![(sentence, names)];
    }
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain([sentence.len()]) {
        let part = sentence[start..end].trim();
        parts.push((part, roster.names_in(part)));
        start = end;
    }
    parts
}

/// Where a mention's name ends, before any "'s" ("Ben's been sick": the
/// "'s" is the verb).
fn name_end(sentence: &str, m: &Mention) -> usize {
    m.start + children::strip_possessive(&sentence[m.start..m.end]).len()
}

/// The words before a name that join it to the clause before or make it
/// depend on it.
static JOINED_OR_DEPENDENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(and|&|n|or|nor|plus|with|both|because|cos|coz|cause|as|since|that|said|says|told|tells|asked|when|while|whilst|if|unless|until|till|what|who|whom|where|which|from|to|for|like|than|of|by|about|after|before)\s*$",
    )
});

/// A verb after a name that makes the child its subject: "Scarlett's
/// fine", "Millie will be in".
static NEW_SUBJECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^('s|s|\s+(has|is|will|won't|wont|was|isn't|isnt|had|got|can't|cant|can|'ll|should|needs|feels|does|doesn't|did|didn't)\b)",
    )
});

/// Children named as in the sender's care: "I've got Riley and Summer
/// this week", "I'm looking after Ioana and Matei now".
static IN_MY_CARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(i've got|i have got|i've|i have|we've got|we have|looking after|minding|caring for|having)\s+\w+\s+(and|&)\s+\w+",
    )
});

/// Which of a boy or a girl "he" or "she" speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sex {
    Boy,
    Girl,
}

static HE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(he|his|him|himself)\b"));
static SHE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(she|her|hers|herself)\b"));

/// A grown-up whom "he" or "she" may speak of.
static GROWN_UP: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b({}|neighbour|neighbor|friend|teacher)\b",
        kinship::KIN
    ))
});

/// The first word of a clause without its contraction: "she" of
/// "She'll be in 9:20".
fn opening_word(clause: &str) -> Option<&str> {
    let first = clause.split_whitespace().next()?;
    first.split(['\'', '’']).next()
}

/// Whether a clause opens with "they" or the children spoken of together
/// ("They may be off all week", "The girls will be off").
fn opens_with_the_children_together(clause: &str) -> bool {
    opening_word(clause).is_some_and(|word| word.eq_ignore_ascii_case("they"))
        || CHILDREN_TOGETHER_FIRST.is_match(&normalise(clause))
}

/// A clause opened by the children spoken of together: "The girls will be
/// off", "both are still poorly".
static CHILDREN_TOGETHER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\W*(both\b|the (girls|boys|twins|kids|children)\b|all (three|3|four|4)\b)")
});

/// For each of the sender's `children`, the last part naming that child
/// alone with a reason, when every child has one: the parts a sentence
/// about them all goes on from.
fn each_childs_own_reason(parts: &[Part], children: usize) -> Option<Vec<usize>> {
    (0..children)
        .map(|child| {
            parts
                .iter()
                .rposition(|p| p.children == [child] && reason::names_a_reason(&p.text))
        })
        .collect()
}

/// The sex of the "he" or "she" opening a clause ("She'll be in 9:20"),
/// read from its first word alone: most clauses open with neither.
fn opening_pronoun(clause: &str) -> Option<Sex> {
    let word = opening_word(clause)?;
    if word.eq_ignore_ascii_case("he") {
        Some(Sex::Boy)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Sex::Girl)
    } else {
        None
    }
}

/// The sex the first pronoun of a part about one child gives the child:
/// "julia stay home today she have a migraine" is a girl.
fn sex_of(part: &Part) -> Option<Sex> {
    if part.children.len() != 1 {
        return None;
    }
    let he = HE.find(&part.text).map(|m| m.start());
    let she = SHE.find(&part.text).map(|m| m.start());
    match (he, she) {
        (Some(h), Some(s)) => Some(if h < s { Sex::Boy } else { Sex::Girl }),
        (Some(_), None) => Some(Sex::Boy),
        (None, Some(_)) => Some(Sex::Girl),
        (None, None) => None,
    }
}

impl Parts {
    /// Adds text about some children to the part already about them, or a
    /// new part; returns the part's index.
    fn add(&mut self, children: Vec<usize>, lower: &str) -> usize {
        // A sentence about some of a part's children adds to what it says
        // of them all, unless the part only says whose care they are in and
        // the sentence tells of an absence: "I've got Riley and Summer this
        // week. Riley's been sick" is Riley's own.
        let introduced_only = |p: &Part| {
            IN_MY_CARE.is_match(&p.text)
                && !signals::reports_absence(&p.text)
                && !signals::speaks_of_lateness(&p.text)
        };
        // Nor is one said to be in: "Leah and Jamie both caught a cold.
        // Leah will be in, Jamie off today" leaves Leah out of it.
        let said_in = signals::says_attending(lower)
            && !signals::reports_absence(lower)
            && !signals::speaks_of_lateness(lower);
        let existing = self.parts.iter().position(|p| {
            children.iter().all(|c| p.children.contains(c))
                && (p.children.len() == children.len()
                    || (!said_in && (!introduced_only(p) || !signals::tells_of_an_absence(lower))))
        });
        match existing {
            Some(i) => {
                append(&mut self.parts[i].text, lower);
                i
            }
            None => {
                self.parts.push(Part {
                    children,
                    text: lower.to_string(),
                });
                self.parts.len() - 1
            }
        }
    }
}

/// Where a clause of its own ends before the first name: "The girls are
/// both poorly, Cian will be in", or a short one opened by "he" or "she",
/// which goes on about the child before ("She's in, Darcy too") — but not
/// a greeting ("Hi, Adam won't…").
fn leading_clause_end(before_name: &str) -> usize {
    match before_name.rfind(',') {
        Some(comma)
            if before_name[..comma].split_whitespace().count() >= 3
                || opening_pronoun(&before_name[..comma]).is_some() =>
        {
            comma + 1
        }
        _ => 0,
    }
}

/// Whether the words before a sentence's first name (at byte
/// `first_name`) are a clause telling of all the children's absence or its
/// reason, joined by "and" or a comma to what follows ("the boys had a
/// play fight this morning and Leo's…" is not). "Both", "the twins" or
/// "all three" must count the `children` there are, and the child named
/// must not be said to be in ("the twins are poorly, Jack will be in").
fn said_of_all_before(sentence: &str, first_name: usize, children: usize) -> bool {
    let before = normalise(&sentence[..first_name]);
    let counts = |clause: &str| {
        let two = clause.contains("both") || clause.contains("two") || clause.contains("twin");
        let three = clause.contains("three") || clause.contains("all 3");
        (!two || children == 2) && (!three || children == 3)
    };
    let before = before.trim_end();
    before
        .strip_suffix(" and")
        .or_else(|| before.strip_suffix(','))
        .is_some_and(|clause| {
            children::speaks_of_several(clause)
                && counts(clause)
                && signals::tells_of_an_absence(clause)
        })
        && !signals::says_attending(&normalise(&sentence[first_name..]))
}

/// All the children, then the words that leave some out: "all of them
/// except", "the kids apart from".
static ALL_EXCEPT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(all|both|everyone|everybody|the (kids|children|lot))\b[^.!?]{0,20}?\b(except( for)?|apart from|other than|but not|bar|besides)\s*$",
    )
});

/// The children a sentence leaves out of all of them ("all of them except
/// Tolu and Kemi are off"): those named together straight after the words.
fn left_out_of_all(sentence: &str, subjects: &[Mention]) -> Option<Vec<usize>> {
    let first = subjects.first()?;
    if !ALL_EXCEPT.is_match(&normalise(&sentence[..first.start])) {
        return None;
    }
    let mut left_out = vec![first.child];
    let mut end = first.end;
    for m in &subjects[1..] {
        let between = sentence[end..m.start].trim_matches(|c: char| c == ',' || c.is_whitespace());
        if !matches!(
            between.to_lowercase().as_str(),
            "and" | "&" | "or" | "n" | ""
        ) {
            break;
        }
        left_out.push(m.child);
        end = m.end;
    }
    Some(left_out)
}

/// Splits a sentence (which starts `offset` bytes into the clause the
/// mentions were found in) where a new child is named, keeping "Cian and
/// Aoife" together; the words before the first name go with it.
fn split_at_names<'t>(
    sentence: &'t str,
    subjects: &[Mention],
    offset: usize,
) -> Vec<(Vec<usize>, &'t str)> {
    let mut pieces: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut previous_end = 0;
    let shifted = subjects.iter().map(|m| Mention {
        start: m.start - offset,
        end: m.end - offset,
        ..*m
    });
    for m in shifted {
        // "Toby (4W) and Hattie (2P)": a class in brackets joins nothing.
        // Two children named by the same words ("the twins") are together.
        let between = without_asides(&sentence[previous_end.min(m.start)..m.start])
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_lowercase();
        // Texted, "and" is often "n" or "+": "summer n river running late".
        let joined = matches!(between.as_str(), "and" | "&" | "n" | "+" | "") && !pieces.is_empty();
        match pieces.last_mut() {
            Some((children, _)) if joined => {
                if !children.contains(&m.child) {
                    children.push(m.child);
                }
            }
            _ => {
                let start = match pieces.is_empty() {
                    true => 0,
                    false => clause_before(sentence, previous_end, m.start),
                };
                pieces.push((vec![m.child], start));
            }
        }
        previous_end = m.end;
    }
    let starts: Vec<usize> = pieces.iter().map(|(_, s)| *s).collect();
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, (children, start))| {
            let end = starts.get(i + 1).copied().unwrap_or(sentence.len());
            (children, &sentence[start..end])
        })
        .collect()
}

/// Where the clause holding a newly named child begins: after the last
/// "and", "but", "so" or comma between the child named before and this one,
/// when only a few words come between ("Ruby's off sick and *I've kept
/// Finley home*"); else at the name.
fn clause_before(sentence: &str, previous_end: usize, name_start: usize) -> usize {
    const JOINS: [&str; 4] = [" and ", " but ", " so ", ", "];
    let between = &sentence[previous_end..name_start];
    let lower = between.to_lowercase();
    JOINS
        .iter()
        .filter_map(|join| lower.rfind(join).map(|at| at + join.len()))
        .max()
        .filter(|&after| {
            lower.len() == between.len() && between[after..].split_whitespace().count() <= 3
        })
        .map_or(name_start, |after| previous_end + after)
}

fn append(text: &mut String, clause: &str) {
    if !text.is_empty() {
        text.push_str(". ");
    }
    text.push_str(clause);
}

/// A part that is only a child's name and "too" ("Jack too please", "and
/// Mia as well").
pub fn also_the_child(text: &str) -> bool {
    static ALSO_THE_CHILD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(and )?[a-z][\w'-]*( and [a-z][\w'-]*)?,? (too|as well|aswell|also)\b(,? please)?\W*($|thanks|thank you|cheers)",
        )
    });
    ALSO_THE_CHILD.is_match(&text.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::Child;

    fn kids(names: &[&str]) -> Vec<Child> {
        names
            .iter()
            .map(|n| Child {
                first: n.to_string(),
                last: "X".into(),
                known_as: None,
                year: "Y1".into(),
            })
            .collect()
    }

    #[test]
    fn a_child_named_with_too_joins_the_absence_before() {
        for text in [
            "Jack too please.",
            "and Mia as well",
            "Jack and Mia too, thanks",
            "Jack too",
        ] {
            assert!(also_the_child(text), "{text}");
        }
        for text in ["Jack too has a cold", "Jack is in as normal"] {
            assert!(!also_the_child(text), "{text}");
        }
    }

    #[test]
    fn he_or_she_goes_on_about_the_child_of_that_sex() {
        let children = kids(&["Selam", "Yonas"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Selam will be late, I have to take Yonas first to the coach for his school trip. She'll be in 9:20",
            &roster,
        );
        assert_eq!(cut.parts[0].children, [0]);
        assert!(cut.parts[0].text.contains("9:20"), "{:?}", cut.parts);
        let cut = by_child(
            "Yonas stay home she have a migraine. Selam coming late because I take Yonas to the pharmacy. He will be there 9.10",
            &roster,
        );
        assert!(cut.parts[1].text.contains("9.10"), "{:?}", cut.parts);
        let cut = by_child(
            "Selam is off sick. Yonas is coming in with his nan. She'll have him there for 9.10",
            &roster,
        );
        assert!(cut.parts[1].text.contains("9.10"), "{:?}", cut.parts);
        // Without a pronoun to tell them apart, the sentence goes on about
        // the child named last.
        let cut = by_child(
            "Selam is fine. Yonas is off sick. She'll be back Monday",
            &roster,
        );
        assert!(cut.parts[1].text.contains("monday"), "{:?}", cut.parts);
        // A short clause opened by "she" before a name is still hers.
        let cut = by_child(
            "Selam bumped her nose at football on Saturday, it's a bit swollen. She's in, Yonas too",
            &roster,
        );
        assert!(cut.parts[0].text.contains("she's in"), "{:?}", cut.parts);
    }

    #[test]
    fn the_pair_of_them_late_is_every_child() {
        let children = kids(&["Nia", "Ellis"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Running late, Ellis has thrown his shoe out the bus window. The pair of them will be in by 9.30",
            &roster,
        );
        assert!(
            cut.parts
                .iter()
                .any(|p| p.children == [0, 1] && p.text.contains("9.30")),
            "{:?}",
            cut.parts
        );
    }

    #[test]
    fn guidance_told_back_of_children_in_general_is_not_every_child() {
        let children = kids(&["Chloe", "Ethan"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Chloe has conjunctivitis. I know you don't usually need to keep them off for that but she's running a temperature, so she's staying home today. Ethan is in.",
            &roster,
        );
        assert!(
            cut.parts.iter().all(|p| p.children.len() == 1),
            "{:?}",
            cut.parts
        );
    }

    #[test]
    fn each_child_gets_its_own_part() {
        let children = kids(&["Charlie", "Matilda", "Tilly"]);
        let roster = ChildNames::new(&children[..2]);
        let cut = by_child(
            "Charlie wont be in today hes got a bad cough. Matilda will be a bit late, be there 9.20",
            &roster,
        );
        assert_eq!(cut.parts.len(), 2);
        assert_eq!(cut.parts[0].children, [0]);
        assert!(cut.parts[1].text.contains("9.20"));
    }

    #[test]
    fn names_joined_by_and_stay_together_and_repeat_mentions_join() {
        let children = kids(&["Niamh", "Cian", "Aoife"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Cian and Aoife both have the cold and Aoife's got a temp, keeping them both off today. Niamh will be in.",
            &roster,
        );
        assert_eq!(cut.parts.len(), 2);
        assert_eq!(cut.parts[0].children, [1, 2]);
        assert!(cut.parts[0].text.contains("keeping them both off"));
        assert_eq!(cut.parts[1].children, [0]);
    }

    #[test]
    fn names_joined_by_a_texted_and_stay_together() {
        let children = kids(&["Summer", "River", "Otis"]);
        let roster = ChildNames::new(&children);
        for text in [
            "summer n river running late traffic",
            "summer + river running late traffic",
        ] {
            let cut = by_child(text, &roster);
            assert_eq!(cut.parts.len(), 1, "{text}");
            assert_eq!(cut.parts[0].children, [0, 1], "{text}");
        }
    }

    #[test]
    fn a_childs_part_begins_with_the_clause_that_names_them() {
        let children = kids(&["Ruby", "Finley"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Ruby's off sick and I've kept Finley home too as I can't do two drop offs",
            &roster,
        );
        assert_eq!(cut.parts.len(), 2);
        assert_eq!(cut.parts[0].text, "ruby's off sick and ");
        assert!(cut.parts[1].text.starts_with("i've kept finley home"));
    }

    #[test]
    fn a_sender_introduced_as_the_childrens_nan_names_nobody_away() {
        let children = kids(&["Ruby", "Jack"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Morning it's Ruby and Jack's nan. Ruby has been sick so I'm keeping her with me today. Jack is in as usual",
            &roster,
        );
        assert_eq!(cut.preamble, "morning it's ruby and jack's nan");
        assert_eq!(cut.parts.len(), 2, "{:?}", cut.parts);
        assert_eq!(cut.parts[0].children, [0]);
        // Named only to say whose the sender is, the children are the
        // message's subjects.
        let cut = by_child("It's Ruby and Jack's nan. Neither will be in", &roster);
        assert_eq!(cut.parts[0].children, [0, 1]);
    }

    #[test]
    fn whose_the_mum_is_and_a_class_in_brackets_start_no_part() {
        let children = kids(&["Jamie", "Lucy"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Jamie and Lucy's mum asked me to let you know Lucy has been sick. Jamie is on his way in",
            &roster,
        );
        assert_eq!(cut.parts[0].children, [1], "{:?}", cut.parts);
        let cut = by_child(
            "We would like to request leave for Jamie (4W) and Lucy (2P) on Thursday",
            &roster,
        );
        assert_eq!(cut.parts.len(), 1, "{:?}", cut.parts);
        assert_eq!(cut.parts[0].children, [0, 1]);
    }

    #[test]
    fn sentences_without_names_continue_or_precede() {
        let children = kids(&["Rayan", "Inaya"]);
        let roster = ChildNames::new(&children);
        let cut = by_child(
            "Running late! Rayan has a cough. He will be in after lunch. Inaya coming as normal",
            &roster,
        );
        assert_eq!(cut.preamble, "running late");
        assert!(cut.parts[0].text.contains("after lunch"));
    }
}
