//! One cue of the detector: the words that raise a concern of one category,
//! the context in the same sentence that shows the words are harmless, and
//! for words that are a concern only beside others, what else the message
//! must say.

use crate::domain::ConcernCategory;

/// Words that suggest a category of harm, unless the sentence they are in
/// also says what makes them harmless ("cut his knee *at football*").
pub struct Cue {
    pub category: ConcernCategory,
    pub words: &'static str,
    pub unless: Option<&'static str>,
    /// Whether `unless` tells of an accident that explains an injury, and
    /// so quiets only where [`super::accident::explains_injury`] holds.
    pub unless_is_accident: bool,
    /// Words the whole message must also hold for these to count ("too
    /// poorly to get up" is a concern when the children are fending for
    /// themselves, not when grandma is doing the school run).
    pub given: Option<&'static str>,
    /// Words anywhere in the message that make these harmless ("I don't
    /// know what else to do" of a child refusing school).
    pub unless_said: Option<&'static str>,
}

impl Cue {
    /// Words that raise a concern wherever they appear.
    pub const fn new(category: ConcernCategory, words: &'static str) -> Self {
        Self {
            category,
            words,
            unless: None,
            unless_is_accident: false,
            given: None,
            unless_said: None,
        }
    }

    /// The same words, quiet when their sentence matches `harmless`.
    pub const fn unless(self, harmless: &'static str) -> Self {
        Self {
            unless: Some(harmless),
            ..self
        }
    }

    /// The same words, quiet when their sentence tells of an accident
    /// (`accident`) and the message names no one who did harm and casts no
    /// doubt on it: "a black eye *from a football*", but not "from football
    /// and says his uncle did it".
    pub const fn unless_accident(self, accident: &'static str) -> Self {
        Self {
            unless: Some(accident),
            unless_is_accident: true,
            ..self
        }
    }

    /// The same words, quiet when the message anywhere holds `elsewhere`.
    pub const fn unless_said(self, elsewhere: &'static str) -> Self {
        Self {
            unless_said: Some(elsewhere),
            ..self
        }
    }

    /// The same words, raised only when the message also holds `also`.
    pub const fn given(self, also: &'static str) -> Self {
        Self {
            given: Some(also),
            ..self
        }
    }
}
