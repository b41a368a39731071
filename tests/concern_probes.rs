//! The safeguarding detector on two sets of concerns written from the
//! categories of *Keeping children safe in education*, apart from the
//! corpus, each with harmless uses of the same words. `built_with` was read
//! while the detector's cues were written; `kept_apart` was scored only
//! after, so its figure is the detector's recall on wording nobody
//! foresaw. Only the safeguarding flag is labelled. The floors stop a
//! change from losing what is caught today.

use std::path::PathBuf;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

struct Figures {
    concerns: usize,
    caught: usize,
    harmless: usize,
    false_alarms: usize,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.caught as f64 / self.concerns as f64
    }

    fn precision(&self) -> f64 {
        self.caught as f64 / (self.caught + self.false_alarms).max(1) as f64
    }
}

fn flagged(line: &Value, path: &[&str]) -> bool {
    let mut value = line;
    for key in path {
        value = &value[*key];
    }
    value
        .as_array()
        .is_some_and(|flags| flags.iter().any(|f| f == "safeguarding"))
}

fn score(name: &str) -> Figures {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let gold = root.join(format!("tests/fixtures/concern_probes/{name}.jsonl"));
    let output = Command::cargo_bin("absence-line")
        .unwrap()
        .args(["parse", "--jsonl", "--config"])
        .arg(root.join("tests/fixtures/fernhill.toml"))
        .stdin(std::fs::File::open(&gold).unwrap())
        .output()
        .unwrap();
    assert!(output.status.success());
    let labels: Vec<Value> = std::fs::read_to_string(&gold)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let parsed: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(labels.len(), parsed.len());
    let mut figures = Figures {
        concerns: 0,
        caught: 0,
        harmless: 0,
        false_alarms: 0,
    };
    for (label, parse) in labels.iter().zip(&parsed) {
        let raised = flagged(parse, &["flags"]);
        if flagged(label, &["expect", "flags"]) {
            figures.concerns += 1;
            figures.caught += usize::from(raised);
        } else {
            figures.harmless += 1;
            figures.false_alarms += usize::from(raised);
        }
    }
    println!(
        "{name}: {} of {} concerns (recall {:.3}), {} false alarms in {} harmless (precision {:.3})",
        figures.caught,
        figures.concerns,
        figures.recall(),
        figures.false_alarms,
        figures.harmless,
        figures.precision()
    );
    figures
}

#[test]
fn concerns_the_cues_were_written_from_are_all_caught() {
    let figures = score("built_with");
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.95);
}

#[test]
fn concerns_kept_apart_are_caught_at_least_as_often_as_today() {
    let figures = score("kept_apart");
    assert!(figures.recall() >= 0.72, "recall {:.3}", figures.recall());
    assert!(figures.precision() >= 0.90);
}
