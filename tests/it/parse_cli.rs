//! `absence-line parse` as a command: one output line per input line, in
//! order, even when a line cannot be read.

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::str::contains;

fn parse() -> Command {
    let config = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml");
    let mut cmd = Command::cargo_bin("absence-line").unwrap();
    cmd.args(["parse", "--jsonl", "--config"]).arg(config);
    cmd
}

const GOOD: &str = r#"{"id": "a1", "channel": "sms", "received_at": "2026-11-23T07:42:00+00:00", "subject": null, "children": [{"first": "Ben", "last": "Okafor", "known_as": null, "year": "R"}], "context": null, "text": "Ben won't be in today, he's been sick"}"#;

#[test]
fn a_bad_line_is_reported_and_keeps_its_place() {
    let input = format!(
        "{GOOD}\n{{\"id\": \"a2\", \"text\": 5}}\nnot json\n{}\n",
        GOOD.replace("a1", "a4")
    );
    let output = parse()
        .write_stdin(input)
        .assert()
        .failure()
        .stderr(contains("line 2"))
        .stderr(contains("line 3"));
    let stdout = String::from_utf8(output.get_output().stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["reports"][0]["code"], "I");
    assert_eq!(lines[1]["id"], "a2");
    assert_eq!(lines[1]["flags"], serde_json::json!(["needs_staff"]));
    assert!(lines[2]["id"].is_null());
    assert_eq!(lines[3]["id"], "a4");
}

#[test]
fn output_matches_the_corpus_format() {
    let output = parse().write_stdin(GOOD).assert().success();
    let line: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(
        line,
        serde_json::json!({
            "id": "a1",
            "reports": [{"pupils": ["Ben"], "code": "I", "from": "2026-11-23", "from_session": "am",
                         "to": "2026-11-23", "to_session": "pm", "arrival": null}],
            "flags": []
        })
    );
}

#[test]
fn an_unknown_school_is_an_error() {
    parse()
        .args(["--school", "nowhere"])
        .write_stdin(GOOD)
        .assert()
        .failure()
        .stderr(contains("no school `nowhere`"));
}

#[test]
fn explain_gives_the_words_that_decided_each_part() {
    let output = parse()
        .arg("--explain")
        .write_stdin(GOOD)
        .assert()
        .success()
        .stderr(contains("a1:"))
        .stderr(contains("children: \"Ben\" → Ben"))
        .stderr(contains("code: \"sick\" → illness"))
        .stderr(contains("dates: \"today\""));
    let line: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    let code_cues = line["explanation"]["code"].as_array().unwrap();
    assert!(code_cues.iter().any(|c| c["words"] == "sick"), "{line}");
}
