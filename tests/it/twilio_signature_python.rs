//! Cross-checks our Twilio signatures against Twilio's own Python library
//! (`twilio` from PyPI, `RequestValidator`), both ways.

use std::io::Write;
use std::process::{Command, Stdio};

use absence_line::channels::twilio::signature;

/// Whether `import twilio` works, installing it with pip if need be.
fn twilio_library() -> bool {
    let present = || {
        Command::new("python3")
            .args(["-c", "import twilio.request_validator"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if present() {
        return true;
    }
    let _ = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "twilio"])
        .status();
    present()
}

const SCRIPT: &str = r#"
import json, sys
from twilio.request_validator import RequestValidator

class Params:
    """Form parameters with repeated names, as Flask's MultiDict offers them."""
    def __init__(self, pairs):
        self.pairs = pairs
    def __iter__(self):
        return iter([k for k, _ in self.pairs])
    def getall(self, name):
        return [v for k, v in self.pairs if k == name]

out = []
for case in json.load(sys.stdin):
    v = RequestValidator(case["token"])
    params = Params(case["params"])
    out.append({
        "signature": v.compute_signature(case["url"], params),
        "accepts_ours": v.validate(case["url"], params, case["ours"]),
    })
json.dump(out, sys.stdout)
"#;

#[test]
fn our_signatures_match_twilios_python_request_validator() {
    if !twilio_library() {
        eprintln!(
            "SKIPPED: Python's `twilio` package is not installed and pip could not install it"
        );
        return;
    }
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    // (auth token, URL Twilio called, POST parameters)
    type Case = (&'static str, &'static str, Vec<(String, String)>);
    let cases: Vec<Case> = vec![
        (
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=2",
            pairs(&[
                ("CallSid", "CA1234567890ABCDE"),
                ("Caller", "+14158675309"),
                ("Digits", "1234"),
                ("From", "+14158675309"),
                ("To", "+18005551212"),
            ]),
        ),
        (
            "a-much-longer-auth-token-0123456789abcdef",
            "https://absence.fernhill.example.org/sms/twilio",
            pairs(&[
                ("MessageSid", "SM0123456789abcdef0123456789abcdef"),
                ("From", "+447700900123"),
                ("To", "+447700900000"),
                (
                    "Body",
                    "Millie's poorly — won't be in today 🤒 & Ben = late?",
                ),
                ("NumMedia", "0"),
                ("FromCity", ""),
                ("ApiVersion", "2010-04-01"),
            ]),
        ),
        (
            "t0k3n",
            "https://absence.example.org:8443/sms/twilio?school=fernhill&x=a%20b",
            pairs(&[
                ("MediaUrl0", "https://api.twilio.com/b"),
                ("Body", "two photos"),
                ("MediaUrl0", "https://api.twilio.com/a"),
                ("zeta", "last"),
                ("Alpha", "first"),
                ("alpha", "lower"),
            ]),
        ),
        ("x", "http://127.0.0.1:8080/sms/twilio/status", vec![]),
    ];
    let input: Vec<serde_json::Value> = cases
        .iter()
        .map(|(token, url, params)| {
            serde_json::json!({
                "token": token,
                "url": url,
                "params": params,
                "ours": signature::signature(token, url, params),
            })
        })
        .collect();
    let mut python = Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    python
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&input).unwrap().as_bytes())
        .unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success());
    let results: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    for ((token, url, params), result) in cases.iter().zip(&results) {
        let theirs = result["signature"].as_str().unwrap();
        assert_eq!(theirs, signature::signature(token, url, params), "{url}");
        assert!(signature::is_valid(token, url, params, theirs), "{url}");
        assert_eq!(result["accepts_ours"], true, "{url}");
    }
    assert_eq!(results[0]["signature"], "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
}
