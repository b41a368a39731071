//! Runs `absence-line parse` over the labelled development corpus (and
//! extra cases) and scores it with the shared scorer (`../shared/tools/score-parse`), failing
//! below the parser's accuracy targets.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

fn shared() -> PathBuf {
    // The repository's parent folder holds `shared/` (worktrees link it).
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The scorer's figures by name: `code`, `exact`, `safeguarding.recall` …
fn figures(report: &str) -> HashMap<String, f64> {
    let mut found = HashMap::new();
    for line in report.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["exact:", rate, ..] => {
                found.insert("exact".into(), rate.parse().unwrap());
            }
            ["flag", flag, "precision", p, "recall", r, ..] => {
                found.insert(format!("{flag}.precision"), p.parse().unwrap());
                found.insert(format!("{flag}.recall"), r.parse().unwrap());
            }
            [part @ ("pupils" | "code" | "dates" | "arrival"), rate, ..] => {
                found.insert(part.to_string(), rate.parse().unwrap());
            }
            _ => {}
        }
    }
    found
}

/// Runs the parser over a labelled file and returns the scorer's report.
fn score(gold: &Path) -> String {
    let config = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml");
    let output = Command::cargo_bin("absence-line")
        .unwrap()
        .args(["parse", "--jsonl", "--config"])
        .arg(&config)
        .stdin(std::fs::File::open(gold).expect("the labelled file exists"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines_in = std::fs::read_to_string(gold)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).lines().count(),
        lines_in,
        "one output line per input line"
    );

    let dir = tempfile::tempdir().unwrap();
    let predictions = dir.path().join("pred.jsonl");
    std::fs::write(&predictions, &output.stdout).unwrap();
    let scored = Command::new("python3")
        .arg(shared().join("tools/score-parse"))
        .arg(gold)
        .arg(&predictions)
        .args(["--show-misses", "20"])
        .output()
        .expect("python3 runs the scorer");
    let report = String::from_utf8_lossy(&scored.stdout).into_owned();
    println!("{report}");
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    report
}

fn assert_targets(report: &str, targets: &[(&str, f64)]) {
    let got = figures(report);
    for &(name, target) in targets {
        let value = got
            .get(name)
            .copied()
            .unwrap_or_else(|| panic!("the scorer printed no `{name}`"));
        assert!(
            value >= target,
            "{name} is {value}, below the target {target}"
        );
    }
}

const TARGETS: [(&str, f64); 7] = [
    ("exact", 0.92),
    ("code", 0.96),
    ("dates", 0.94),
    ("pupils", 0.97),
    ("safeguarding.recall", 1.0),
    ("safeguarding.precision", 0.80),
    ("not_absence.precision", 0.95),
];

#[test]
fn dev_corpus_meets_the_targets() {
    let report = score(&shared().join("corpus/dev.jsonl"));
    assert_targets(&report, &TARGETS);
}

/// Messages written to probe the rules beyond the dev corpus (other
/// phrasings, other dates in the year), labelled by `parsing.md`.
#[test]
fn extra_cases_meet_the_targets() {
    let gold = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse_extra.jsonl");
    let report = score(&gold);
    assert_targets(&report, &TARGETS);
}
