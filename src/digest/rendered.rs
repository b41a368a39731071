//! One way to render any digest, so sending and printing one do not ask
//! which digest it is.

use super::compose::Digest;
use super::office::OfficeDigest;
use super::{html, text};

/// A digest's renderings.
pub trait Rendered {
    /// The email's subject.
    fn subject(&self) -> String;
    /// The plain text: the email's text part.
    fn full(&self) -> String;
    /// A few lines for Telegram or SMS.
    fn short(&self) -> String;
    /// The email's HTML body.
    fn html(&self) -> String;
}

impl Rendered for Digest {
    fn subject(&self) -> String {
        text::subject(self)
    }
    fn full(&self) -> String {
        text::full(self)
    }
    fn short(&self) -> String {
        text::short(self)
    }
    fn html(&self) -> String {
        html::render(self)
    }
}

impl Rendered for OfficeDigest {
    fn subject(&self) -> String {
        text::office_subject(self)
    }
    fn full(&self) -> String {
        text::office_full(self)
    }
    fn short(&self) -> String {
        text::office_short(self)
    }
    fn html(&self) -> String {
        html::render_office(self)
    }
}
