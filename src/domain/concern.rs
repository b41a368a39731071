//! A possible safeguarding concern found in a parent's message: the kind of
//! harm, as *Keeping children safe in education* groups them, and the words
//! that raised it. Both travel with the concern to the designated
//! safeguarding lead, and to nobody else.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The kinds of harm a school's DSL is asked to recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcernCategory {
    PhysicalAbuse,
    EmotionalAbuse,
    SexualAbuse,
    Neglect,
    DomesticAbuse,
    SelfHarm,
    ParentInCrisis,
    Missing,
    Exploitation,
    OnlineAbuse,
    Radicalisation,
    FgmOrForcedMarriage,
    HonourBasedAbuse,
    Homelessness,
    PrivateFostering,
    YoungCarer,
    HarmBetweenChildren,
    PoliceOrServices,
    Disclosure,
    /// No rule read a concern, but the words of the message weigh towards
    /// one in the trained model.
    Unclassified,
}

impl ConcernCategory {
    /// How staff read the category.
    pub fn label(self) -> &'static str {
        match self {
            Self::PhysicalAbuse => "physical abuse",
            Self::EmotionalAbuse => "emotional abuse",
            Self::SexualAbuse => "sexual abuse",
            Self::Neglect => "neglect",
            Self::DomesticAbuse => "domestic abuse",
            Self::SelfHarm => "self-harm or suicide",
            Self::ParentInCrisis => "parent unable to care",
            Self::Missing => "child missing",
            Self::Exploitation => "exploitation",
            Self::OnlineAbuse => "online abuse",
            Self::Radicalisation => "radicalisation",
            Self::FgmOrForcedMarriage => "FGM or forced marriage",
            Self::HonourBasedAbuse => "honour-based abuse",
            Self::Homelessness => "homelessness",
            Self::PrivateFostering => "private fostering",
            Self::YoungCarer => "young carer",
            Self::HarmBetweenChildren => "harm between children",
            Self::PoliceOrServices => "police, arrest or social care",
            Self::Disclosure => "disclosure or fear",
            Self::Unclassified => "possible concern (words the rules don't know)",
        }
    }
}

impl fmt::Display for ConcernCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One possible concern: its category and the words of the message that
/// raised it. The words are the message's own, so they are as private as
/// the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concern {
    pub category: ConcernCategory,
    pub triggers: Vec<String>,
}
