//! Phone numbers to E.164, the form Twilio and the roster index use.
//!
//! Parents' numbers arrive as `07700 900123`, `+44 (0)7700-900123`,
//! `0044 7700 900123` or `447700900123`; all are `+447700900123`. A number
//! already in international form for another country is kept as it is.

/// Why a number could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a phone number (use 07…, +44… or another +country number)")]
pub struct BadNumber(pub String);

/// Normalises a UK or international number to E.164.
pub fn normalise(raw: &str) -> Result<String, BadNumber> {
    let bad = || BadNumber(raw.to_string());
    let trimmed = raw.trim();
    // "+44 (0)7700…": the bracketed trunk zero is dropped before anything else.
    let without_trunk = trimmed.replace("(0)", "");
    let plus = without_trunk.trim_start().starts_with('+');
    let mut digits = String::with_capacity(16);
    let mut pluses = 0;
    for c in without_trunk.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            '+' if digits.is_empty() && pluses == 0 => pluses += 1,
            _ => return Err(bad()),
        }
    }
    let international = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("44{rest}")
    } else if digits.starts_with("44") && digits.len() == 12 {
        digits
    } else {
        return Err(bad());
    };
    let valid = if let Some(national) = international.strip_prefix("44") {
        // UK numbers have ten digits after the country code, and none starts with 0.
        national.len() == 10 && !national.starts_with('0')
    } else {
        (8..=15).contains(&international.len()) && !international.starts_with('0')
    };
    if valid {
        Ok(format!("+{international}"))
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_numbers_in_every_common_form() {
        for raw in [
            "07700 900123",
            "07700900123",
            "07700-900-123",
            "+44 7700 900123",
            "+44 (0)7700 900123",
            "+44(0)7700-900123",
            "0044 7700 900123",
            "447700900123",
            " 07700.900.123 ",
        ] {
            assert_eq!(normalise(raw).as_deref(), Ok("+447700900123"), "{raw}");
        }
    }

    #[test]
    fn landlines_and_other_countries() {
        assert_eq!(normalise("0114 496 0123").as_deref(), Ok("+441144960123"));
        assert_eq!(normalise("+48 601 234 567").as_deref(), Ok("+48601234567"));
        assert_eq!(normalise("0048 601 234 567").as_deref(), Ok("+48601234567"));
        assert_eq!(normalise("+40 721.234.567").as_deref(), Ok("+40721234567"));
        assert_eq!(
            normalise("+1 (202) 555-0143").as_deref(),
            Ok("+12025550143")
        );
    }

    #[test]
    fn nonsense_is_refused() {
        for raw in [
            "",
            "07700",
            "077009001234567",
            "ring me",
            "07700 9001x3",
            "+44 07700 900123",
            "12345678",
            "+44 7700 90012",
            "++447700900123",
            "+",
        ] {
            assert!(normalise(raw).is_err(), "{raw}");
        }
    }
}
