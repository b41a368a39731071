//! Why a message was read as it was: the words that decided the children,
//! the code, the days and each flag, shown to staff beside a provisional
//! code and printed by `absence-line parse --explain`.

use serde::{Deserialize, Serialize};

/// The evidence behind one parse.
///
/// **As private as the message text**: the evidence quotes the parent's words,
/// so wherever a safeguarding-flagged message's text is withheld (from
/// anyone but the designated safeguarding lead), its explanation is too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// Which children each report covers, and why.
    #[serde(default)]
    pub children: Vec<Evidence>,
    /// Why each report has its code.
    #[serde(default)]
    pub code: Vec<Evidence>,
    /// Which days and sessions.
    #[serde(default)]
    pub dates: Vec<Evidence>,
    /// Why each flag was set.
    #[serde(default)]
    pub flags: Vec<Evidence>,
}

/// One piece of evidence: words from the message (lower case, as read) and
/// what they decided. `words` is empty when the decision came from what the
/// message does not say ("no child named").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub words: String,
    pub decided: String,
}

impl Evidence {
    pub fn new(words: impl Into<String>, decided: impl Into<String>) -> Self {
        Evidence {
            words: words.into(),
            decided: decided.into(),
        }
    }
}

impl Explanation {
    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
            && self.code.is_empty()
            && self.dates.is_empty()
            && self.flags.is_empty()
    }

    /// Each cue as a line for a person: `code: "d&v" → I (illness)`.
    pub fn lines(&self) -> Vec<String> {
        let parts = [
            ("children", &self.children),
            ("code", &self.code),
            ("dates", &self.dates),
            ("flags", &self.flags),
        ];
        parts
            .iter()
            .flat_map(|(part, evidence)| {
                evidence.iter().map(move |c| match c.words.is_empty() {
                    true => format!("{part}: {}", c.decided),
                    false => format!("{part}: \"{}\" → {}", c.words, c.decided),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_message_without_an_explanation_still_loads() {
        let stored: Explanation = serde_json::from_str("{}").unwrap();
        assert!(stored.is_empty());
    }

    #[test]
    fn lines_quote_the_words_and_say_what_they_decided() {
        let explanation = Explanation {
            code: vec![Evidence::new("d&v", "I (illness)")],
            flags: vec![Evidence::new("", "needs_staff: no child named")],
            ..Explanation::default()
        };
        assert_eq!(
            explanation.lines(),
            [
                "code: \"d&v\" → I (illness)",
                "flags: needs_staff: no child named"
            ]
        );
    }
}
