//! Whether an email's `From:` can be believed.
//!
//! Anyone can write any `From:`. The school's receiving mail server checks
//! SPF, DKIM and DMARC and says what it found in an `Authentication-Results`
//! header (RFC 8601) that it adds on top. Only that server's header is
//! read (the topmost bearing its authserv-id, from the config): a sender
//! can put any header in their own message, and they sit below it. The
//! `From:` is believed when DMARC passed, or DKIM or SPF passed for its
//! domain (or a parent or child of it); otherwise the sender is unknown.
//! Mail posted over HTTP also has its DKIM signatures verified here
//! (`dkim.rs`): one that verifies for the `From:` domain is believed too.

use super::dkim::DkimFindings;
use super::mime::HeaderField;
use crate::asides::without_asides;

/// The receiving server's name in its `Authentication-Results` headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthservId(String);

impl AuthservId {
    pub fn new(id: &str) -> AuthservId {
        AuthservId(id.trim().to_ascii_lowercase())
    }
}

/// What the receiving server's checks say of the `From:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Verified,
    /// Why not, for the office: "dkim=fail spf=softfail".
    Unverified(String),
}

/// Judges `from` (the `From:` address) by the DKIM signatures verified
/// here, then by the trusted server's `Authentication-Results` among
/// `headers`, topmost first.
pub fn judge(
    headers: &[HeaderField],
    from: &str,
    trusted: Option<&AuthservId>,
    checked_here: &DkimFindings,
) -> Verdict {
    let Some((_, from_domain)) = from.rsplit_once('@').filter(|(_, d)| !d.is_empty()) else {
        return Verdict::Unverified("no sender address".into());
    };
    if checked_here
        .passed
        .iter()
        .any(|domain| aligned(domain, from_domain))
    {
        return Verdict::Verified;
    }
    let Some(trusted) = trusted else {
        let mut why = checked_here.failed.clone();
        why.extend(
            checked_here
                .passed
                .iter()
                .map(|d| format!("dkim=pass d={d} (not the sender's domain)")),
        );
        why.push("no receiving mail server is configured to vouch".into());
        return Verdict::Unverified(why.join("; "));
    };
    let Some(results) = headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("Authentication-Results"))
        .map(|h| parse(&h.value))
        .find(|r| r.authserv_id == trusted.0)
    else {
        return Verdict::Unverified(format!("no Authentication-Results from {}", trusted.0));
    };
    let passed = |method: &str, property: &str| {
        results.methods.iter().any(|m| {
            m.method == method
                && m.result == "pass"
                && m.property(property)
                    .map(domain_of)
                    .is_some_and(|d| aligned(d, from_domain))
        })
    };
    let dmarc_failed = results
        .methods
        .iter()
        .any(|m| m.method == "dmarc" && m.result != "pass" && m.result != "none");
    if !dmarc_failed
        && (passed("dmarc", "header.from")
            || passed("dkim", "header.d")
            || passed("dkim", "header.i")
            || passed("spf", "smtp.mailfrom"))
    {
        return Verdict::Verified;
    }
    let found: Vec<String> = results
        .methods
        .iter()
        .map(|m| format!("{}={}", m.method, m.result))
        .collect();
    Verdict::Unverified(if found.is_empty() {
        "no SPF, DKIM or DMARC result".into()
    } else {
        found.join(" ")
    })
}

/// One `Authentication-Results` header.
struct Results {
    authserv_id: String,
    methods: Vec<MethodResult>,
}

/// `dkim=pass header.d=example.org`: a method, its result and properties.
struct MethodResult {
    method: String,
    result: String,
    properties: Vec<(String, String)>,
}

impl MethodResult {
    fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn parse(value: &str) -> Results {
    let value = without_asides(value);
    let mut parts = value.split(';');
    let authserv_id = parts
        .next()
        .and_then(|first| first.split_whitespace().next())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let methods = parts
        .filter_map(|part| {
            let mut words = part.split_whitespace();
            let (method, result) = words.next()?.split_once('=')?;
            let method = method.split('/').next()?.to_ascii_lowercase();
            let properties = words
                .filter_map(|w| w.split_once('='))
                .map(|(k, v)| {
                    (
                        k.to_ascii_lowercase(),
                        v.trim_matches('"').to_ascii_lowercase(),
                    )
                })
                .collect();
            Some(MethodResult {
                method,
                result: result.to_ascii_lowercase(),
                properties,
            })
        })
        .collect();
    Results {
        authserv_id,
        methods,
    }
}

/// `user@example.org` or `@example.org` or `example.org` → `example.org`.
fn domain_of(value: &str) -> &str {
    value.rsplit_once('@').map_or(value, |(_, d)| d)
}

/// Relaxed alignment: the same domain, or one a subdomain of the other.
fn aligned(checked: &str, from: &str) -> bool {
    let from = from.to_ascii_lowercase();
    let checked = checked.to_ascii_lowercase();
    let under = |child: &str, parent: &str| {
        child
            .strip_suffix(parent)
            .is_some_and(|rest| rest.ends_with('.'))
    };
    !checked.is_empty() && (checked == from || under(&from, &checked) || under(&checked, &from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(value: &str) -> HeaderField {
        HeaderField {
            name: "Authentication-Results".into(),
            value: value.into(),
        }
    }

    fn mx() -> AuthservId {
        AuthservId::new("mx.fernhill.example.org")
    }

    #[test]
    fn dkim_dmarc_or_spf_passing_for_the_from_domain_is_believed() {
        for header in [
            "mx.fernhill.example.org; dkim=pass header.d=example.org header.s=s1",
            "mx.fernhill.example.org 1; dmarc=pass (p=none) header.from=example.org",
            "mx.fernhill.example.org; spf=pass smtp.mailfrom=grace@mail.example.org; dkim=none",
            "MX.Fernhill.example.org;\r\n\tdkim=pass (2048-bit key) header.i=@example.org",
        ] {
            assert_eq!(
                judge(
                    &[field(header)],
                    "grace@example.org",
                    Some(&mx()),
                    &DkimFindings::none()
                ),
                Verdict::Verified,
                "{header}"
            );
        }
    }

    #[test]
    fn a_failure_another_domain_or_a_header_from_elsewhere_is_not() {
        let cases = [
            (
                vec!["mx.fernhill.example.org; dkim=fail header.d=example.org"],
                "dkim=fail",
            ),
            (
                vec!["mx.fernhill.example.org; dkim=pass header.d=attacker.example"],
                "dkim=pass",
            ),
            (
                vec!["mx.fernhill.example.org; dkim=pass header.d=example.org; dmarc=fail"],
                "dmarc=fail",
            ),
            (
                vec!["mx.fernhill.example.org; spf=pass smtp.mailfrom=x@notexample.org"],
                "spf=pass",
            ),
            (
                vec!["attacker.example; dkim=pass header.d=example.org"],
                "no Authentication-Results from mx.fernhill.example.org",
            ),
            (vec![], "no Authentication-Results"),
        ];
        for (headers, why) in cases {
            let fields: Vec<HeaderField> = headers.iter().map(|h| field(h)).collect();
            match judge(
                &fields,
                "grace@example.org",
                Some(&mx()),
                &DkimFindings::none(),
            ) {
                Verdict::Unverified(reason) => assert!(reason.contains(why), "{reason}"),
                Verdict::Verified => panic!("believed: {headers:?}"),
            }
        }
    }

    #[test]
    fn only_the_topmost_header_of_the_receiving_server_counts() {
        let ours = field("mx.fernhill.example.org; dkim=fail header.d=example.org");
        let forged = field("mx.fernhill.example.org; dkim=pass header.d=example.org");
        assert!(matches!(
            judge(
                &[ours, forged],
                "grace@example.org",
                Some(&mx()),
                &DkimFindings::none()
            ),
            Verdict::Unverified(_)
        ));
    }

    #[test]
    fn without_a_configured_server_nobody_is_believed() {
        let header = field("mx.fernhill.example.org; dmarc=pass header.from=example.org");
        assert!(matches!(
            judge(&[header], "grace@example.org", None, &DkimFindings::none()),
            Verdict::Unverified(_)
        ));
    }

    #[test]
    fn a_signature_verified_here_vouches_only_for_its_own_domain() {
        let verified_here = DkimFindings {
            passed: vec!["example.org".into()],
            failed: vec![],
        };
        assert_eq!(
            judge(&[], "grace@mail.example.org", None, &verified_here),
            Verdict::Verified
        );
        match judge(&[], "grace@school-parent.example", None, &verified_here) {
            Verdict::Unverified(why) => assert!(why.contains("not the sender's domain"), "{why}"),
            Verdict::Verified => panic!("a signature for another domain vouched"),
        }
        let failed_here = DkimFindings {
            passed: vec![],
            failed: vec!["dkim=fail d=example.org".into()],
        };
        match judge(&[], "grace@example.org", None, &failed_here) {
            Verdict::Unverified(why) => assert!(why.starts_with("dkim=fail"), "{why}"),
            Verdict::Verified => panic!("a failed signature vouched"),
        }
    }

    #[test]
    fn alignment_is_by_whole_labels() {
        assert!(aligned("example.org", "example.org"));
        assert!(aligned("example.org", "mail.example.org"));
        assert!(aligned("mail.example.org", "example.org"));
        assert!(!aligned("ample.org", "example.org"));
        assert!(!aligned("", "example.org"));
    }
}
