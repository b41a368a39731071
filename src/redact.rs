//! Logs above debug carry no personal data: no phone numbers, email
//! addresses or UPNs, and no outbox keys or inbox ids, which hold them.
//! An error from a provider or the store can quote any of these ("550
//! <grace@example.org>: no such user"), so it is logged through
//! [`Redacted`].

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

/// Email addresses, UPNs (a letter and 12 digits) and anything with seven
/// or more digits, spaces and dashes allowed between them (phone numbers,
/// Telegram chat ids).
static PERSONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s<>()\[\]:;,]+@[^\s<>()\[\]:;,]+|\b[A-Za-z]\d{12}\b|\+?\d(?:[\s\-()]*\d){6,}")
        .expect("a valid pattern")
});

/// Shows a value with personal data replaced by `…`.
pub struct Redacted<T>(pub T);

impl<T: fmt::Display> fmt::Display for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&PERSONAL.replace_all(&self.0.to_string(), "…"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_addresses_and_upns_are_replaced() {
        let cases = [
            (
                "550 5.1.1 <grace.okafor@example.org>: Recipient address rejected",
                "550 5.1.1 <…>: Recipient address rejected",
            ),
            (
                "The 'To' number +447700900123 is not a valid phone number",
                "The 'To' number … is not a valid phone number",
            ),
            ("no mobile 07700 900 123 here", "no mobile … here"),
            (
                "once/alert/fernhill/F000000000100/day1/sms:+447700900123",
                "once/alert/fernhill/…/day1/sms:…",
            ),
            ("chat -1001234567 not found", "chat -… not found"),
            ("timed out after 30 s (503)", "timed out after 30 s (503)"),
        ];
        for (given, shown) in cases {
            assert_eq!(Redacted(given).to_string(), shown, "{given}");
        }
    }
}
