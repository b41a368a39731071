//! Where a Twilio webhook's `X-Twilio-Signature` is checked.
//!
//! Twilio signs each request with HMAC-SHA1, keyed by the account's auth
//! token, over the full URL it called (query string included) followed by
//! every POST parameter sorted by name, each name and value written
//! together with nothing between; the header is the digest in base64.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// The signature Twilio sends for a request to `url` with `params`.
/// Repeated names are all kept, ordered by value, as Twilio's libraries do.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac =
        Hmac::<Sha1>::new_from_slice(auth_token.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `header` is Twilio's signature for this request. Twilio is
/// inconsistent about writing a default port (`:443`) in the URL it signs,
/// so the URL is tried with and without it. Compared in constant time.
pub fn is_valid(auth_token: &str, url: &str, params: &[(String, String)], header: &str) -> bool {
    url_variants(url).iter().any(|candidate| {
        let expected = signature(auth_token, candidate, params);
        bool::from(expected.as_bytes().ct_eq(header.trim().as_bytes()))
    })
}

/// The URL as given, and with its scheme's default port added or removed.
fn url_variants(url: &str) -> Vec<String> {
    let mut variants = vec![url.to_string()];
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return variants;
    };
    // `Url` reports no port when the one written is the scheme's default.
    if parsed.port().is_some() {
        return variants;
    }
    let Some(default) = parsed.port_or_known_default() else {
        return variants;
    };
    let Some(host) = parsed.host_str() else {
        return variants;
    };
    let authority_default = format!("{host}:{default}");
    let scheme = format!("{}://", parsed.scheme());
    let Some(rest) = url.strip_prefix(&scheme) else {
        return variants;
    };
    if let Some(after) = rest.strip_prefix(&authority_default) {
        variants.push(format!("{scheme}{host}{after}"));
    } else if let Some(after) = rest.strip_prefix(host) {
        variants.push(format!("{scheme}{authority_default}{after}"));
    }
    variants
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Twilio's published example ("Validating requests", twilio.com/docs/usage/security).
    fn published() -> Vec<(String, String)> {
        params(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+14158675309"),
            ("Digits", "1234"),
            ("From", "+14158675309"),
            ("To", "+18005551212"),
        ])
    }
    const PUBLISHED_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
    const PUBLISHED_SIGNATURE: &str = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    #[test]
    fn twilios_published_example_signs_as_documented() {
        assert_eq!(
            signature("12345", PUBLISHED_URL, &published()),
            PUBLISHED_SIGNATURE
        );
        let mut shuffled = published();
        shuffled.reverse();
        assert!(is_valid(
            "12345",
            PUBLISHED_URL,
            &shuffled,
            PUBLISHED_SIGNATURE
        ));
    }

    #[test]
    fn any_change_to_url_params_or_token_fails() {
        let changed_value = params(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+14158675309"),
            ("Digits", "1235"),
            ("From", "+14158675309"),
            ("To", "+18005551212"),
        ]);
        assert!(!is_valid(
            "12345",
            PUBLISHED_URL,
            &changed_value,
            PUBLISHED_SIGNATURE
        ));
        let mut extra = published();
        extra.push(("Body".into(), "".into()));
        assert!(!is_valid(
            "12345",
            PUBLISHED_URL,
            &extra,
            PUBLISHED_SIGNATURE
        ));
        assert!(!is_valid(
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=3",
            &published(),
            PUBLISHED_SIGNATURE
        ));
        assert!(!is_valid(
            "54321",
            PUBLISHED_URL,
            &published(),
            PUBLISHED_SIGNATURE
        ));
        assert!(!is_valid("12345", PUBLISHED_URL, &published(), ""));
    }

    #[test]
    fn a_default_port_in_the_signed_url_is_accepted_either_way() {
        let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
        let signed_with_port = signature("12345", with_port, &published());
        assert!(is_valid(
            "12345",
            PUBLISHED_URL,
            &published(),
            &signed_with_port
        ));
        assert!(is_valid(
            "12345",
            with_port,
            &published(),
            PUBLISHED_SIGNATURE
        ));
        assert!(!is_valid(
            "12345",
            "https://mycompany.com:8443/myapp.php?foo=1&bar=2",
            &published(),
            PUBLISHED_SIGNATURE
        ));
    }

    #[test]
    fn repeated_names_are_all_signed() {
        let once = params(&[("MediaUrl", "a")]);
        let twice = params(&[("MediaUrl", "b"), ("MediaUrl", "a")]);
        assert_ne!(
            signature("t", "https://x/", &once),
            signature("t", "https://x/", &twice)
        );
        assert_eq!(
            signature("t", "https://x/", &twice),
            signature(
                "t",
                "https://x/",
                &params(&[("MediaUrl", "a"), ("MediaUrl", "b")])
            )
        );
    }
}
