//! A family pet gone missing and the search for it: "our dog went missing
//! on the morning walk and we've all been out searching. Found him now".
//! The words of the search are no child's (a rule still reads a child
//! missing), so the model does not weigh them.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::parse::text::{compile, sentence_around};

static PET_LOST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(our|the|my|his|her|their) (dog|puppy|pup|cat|kitten|tortoise|rabbit|bunny|hamster|guinea pig|budgie|parrot|ferret|horse|pony)('s| has| had| is| was| got)? (gone |went |go |going |been )?(missing|lost|astray|out|escaped|ran off|run off|ran away|run away|got out)\b",
    )
});

static SEARCH: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(search\w*|look(ing|ed)? for (him|her|it)|found (him|her|it)|find (him|her|it))\b")
});

/// The sentences telling of a lost pet and of the search for it, when the
/// text tells of one.
pub fn searched_for(lower: &str) -> Vec<Range<usize>> {
    let Some(lost) = PET_LOST.find(lower) else {
        return Vec::new();
    };
    std::iter::once(lost)
        .chain(SEARCH.find_iter(lower))
        .map(|m| sentence_around(lower, m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_dog_and_its_search_are_found() {
        let text = "sorry, late. our dog went missing on the walk and we've all been out searching. found him now";
        let ranges = searched_for(text);
        let told: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert!(told.iter().any(|s| s.contains("searching")), "{told:?}");
        assert!(told.iter().any(|s| s.contains("found him")), "{told:?}");
        assert!(
            searched_for("we've been out searching for him all night, he didn't come home")
                .is_empty()
        );
    }
}
