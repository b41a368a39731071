//! One cue of the detector: the words that raise a concern of one category,
//! and the context in the same sentence that shows the words are harmless.

use crate::domain::ConcernCategory;

/// Words that suggest a category of harm, unless the sentence they are in
/// also says what makes them harmless ("cut his knee *at football*").
pub struct Cue {
    pub category: ConcernCategory,
    pub words: &'static str,
    pub unless: Option<&'static str>,
}

impl Cue {
    /// Words that raise a concern wherever they appear.
    pub const fn new(category: ConcernCategory, words: &'static str) -> Self {
        Self {
            category,
            words,
            unless: None,
        }
    }

    /// The same words, quiet when their sentence matches `harmless`.
    pub const fn unless(self, harmless: &'static str) -> Self {
        Self {
            unless: Some(harmless),
            ..self
        }
    }
}
