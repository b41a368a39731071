//! The safeguarding detector on sets of concerns written from the
//! categories of *Keeping children safe in education*, apart from the
//! corpus, each with harmless uses of the same words. `built_with` was read
//! while the detector's cues were written; `kept_apart` was scored only
//! after, so its first figure was the detector's recall on wording nobody
//! foresaw. `written_apart` was written before the cues were next read and
//! scored as it was; its odd lines were then used while building and its
//! even lines scored only at the end. `written_apart_2`, weighted to
//! parents unable to care, neglect and young carers, was written and scored
//! the same way (before: recall 0.839 odd, 0.852 even, 8 false alarms in
//! each half; after: 1.000 and 0.963, 2 and 6 false alarms, with the word
//! model firing on two strong words, which keeps recall on short concerns).
//! `agent_and_accident` holds accident words (sport, play, cooking, falls,
//! pets) beside a person who did the harm or beside doubt, and harmless
//! accidents; it was written and scored the same way (before: 17 of 18
//! odd, 16 of 17 even, 1 and 3 false alarms, the word model catching what
//! the rules' accident exceptions quieted; after: 18 of 18 and 17 of 17, 0
//! and 3, every concern read by a rule; 2 in the even half once a knock to
//! the head at the park was read as play, a case named before the set was
//! written). `written_apart_3`, weighted to the cases the detector was
//! known to miss (an injury at a telling site with a bare accident story,
//! an ex-partner who will not stay away, a parent's state in a child's
//! words, a parent in crisis in plain words) and to harmless uses of the
//! same words (sport injuries, siblings' honest accidents, contact
//! arrangements), was written and scored the same way (before: 11 of 13
//! odd, 11 of 14 even, 5 and 0 false alarms; after: 13 of 13 and 13 of
//! 14, 4 and 0, the false alarms left being the word model on contact
//! arrangements and an own burn whose subject is the child's name; the
//! even half's miss, a child paid to drop off parcels, was then read as
//! exploitation, so 14 of 14 is no longer a held-out figure).
//! `written_apart_4`, spread over every category of the guidance and told
//! the way parents write (indirect, minimising, misspelt, in a chase reply,
//! inside an absence report, about a sibling), with harmless uses of the
//! same words (sport injuries, a police visit to class, contact
//! arrangements, a grandparent in hospital, a house move), was written and
//! scored the same way (before: 19 of 19 odd, 19 of 19 even, 2 and 3 false
//! alarms; after: 19 of 19 and 19 of 19, 0 and 2). Its lines also carry
//! their absence reports, labelled to the parsing specification.
//! `written_apart_5`, over the same categories and the same ways of
//! telling, with faith, exploitation and a parent's own crisis beside the
//! child's, and with which flags and codes a concern's absence carries as
//! its subject, was written and scored the same way (before: 18 of 18 odd,
//! 18 of 18 even, 2 and 4 false alarms, exact 0.600 and 0.467; after: 18
//! of 18 and 18 of 18, 2 and 4, exact 0.733 and 0.567). Its lines carry
//! their absence reports too. Elsewhere only the safeguarding flag is
//! labelled. The floors stop a change from losing what is caught today.

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

/// Which lines of a probe set are scored.
#[derive(Clone, Copy)]
enum Lines {
    All,
    /// The 1st, 3rd, 5th... line.
    Odd,
    /// The 2nd, 4th, 6th... line.
    Even,
}

impl Lines {
    fn label(self) -> &'static str {
        match self {
            Lines::All => "",
            Lines::Odd => " (odd lines)",
            Lines::Even => " (even lines)",
        }
    }

    fn holds(self, index: usize) -> bool {
        match self {
            Lines::All => true,
            Lines::Odd => index.is_multiple_of(2),
            Lines::Even => !index.is_multiple_of(2),
        }
    }
}

fn score(name: &str) -> Figures {
    score_lines(name, Lines::All)
}

/// Each line's label and the parser's reading of it, in order.
fn labelled_and_parsed(name: &str) -> Vec<(Value, Value)> {
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
    labels.into_iter().zip(parsed).collect()
}

fn score_lines(name: &str, lines: Lines) -> Figures {
    let mut figures = Figures {
        concerns: 0,
        caught: 0,
        harmless: 0,
        false_alarms: 0,
    };
    for (index, (label, parse)) in labelled_and_parsed(name).iter().enumerate() {
        if !lines.holds(index) {
            continue;
        }
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
        "{name}{}: {} of {} concerns (recall {:.3}), {} false alarms in {} harmless (precision {:.3})",
        lines.label(),
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
    assert!(figures.precision() >= 0.98);
}

#[test]
fn concerns_kept_apart_are_all_caught() {
    let figures = score("kept_apart");
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.98);
}

#[test]
fn concerns_written_apart_and_used_while_building_are_all_caught() {
    let figures = score_lines("written_apart", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.97);
}

#[test]
fn concerns_written_apart_and_scored_only_at_the_end_are_caught() {
    let figures = score_lines("written_apart", Lines::Even);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.97);
}

#[test]
fn a_second_set_written_apart_and_used_while_building_is_all_caught() {
    let figures = score_lines("written_apart_2", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    // 0.969 since the model learnt from the seventh spec set: one false
    // alarm in 19 harmless lines.
    assert!(figures.precision() >= 0.96);
}

#[test]
fn a_second_set_written_apart_and_scored_only_at_the_end_is_mostly_caught() {
    let figures = score_lines("written_apart_2", Lines::Even);
    assert!(figures.recall() >= 0.96);
    // The concern model learns from every labelled set now: it caught the
    // one concern of the first set written from the spec it had missed,
    // and raises a false alarm or two more on these probes.
    assert!(figures.precision() >= 0.84);
}

#[test]
fn accidents_beside_someone_who_did_harm_used_while_building_are_all_caught() {
    let figures = score_lines("agent_and_accident", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.99);
}

#[test]
fn accidents_beside_someone_who_did_harm_scored_only_at_the_end_are_all_caught() {
    let figures = score_lines("agent_and_accident", Lines::Even);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.94);
}

#[test]
fn cover_stories_and_second_hand_concerns_used_while_building_are_all_caught() {
    let figures = score_lines("written_apart_3", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.81);
}

#[test]
fn cover_stories_and_second_hand_concerns_scored_only_at_the_end_are_all_caught() {
    let figures = score_lines("written_apart_3", Lines::Even);
    assert_eq!(figures.recall(), 1.0);
    // See `a_second_set_written_apart_and_scored_only_at_the_end_is_mostly_caught`.
    assert!(figures.precision() >= 0.87);
}

#[test]
fn every_category_told_as_parents_write_used_while_building_is_all_caught() {
    let figures = score_lines("written_apart_4", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.99);
}

#[test]
fn every_category_told_as_parents_write_scored_only_at_the_end_is_all_caught() {
    let figures = score_lines("written_apart_4", Lines::Even);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.90);
}

#[test]
fn concerns_as_their_subject_used_while_building_are_all_caught() {
    let figures = score_lines("written_apart_5", Lines::Odd);
    assert_eq!(figures.recall(), 1.0);
    // See `a_second_set_written_apart_and_scored_only_at_the_end_is_mostly_caught`.
    assert!(figures.precision() >= 0.85);
}

#[test]
fn concerns_as_their_subject_scored_only_at_the_end_are_all_caught() {
    let figures = score_lines("written_apart_5", Lines::Even);
    assert_eq!(figures.recall(), 1.0);
    assert!(figures.precision() >= 0.81);
}

/// The children a report covers, sorted.
fn pupils(report: &Value) -> Vec<&str> {
    let mut names: Vec<&str> = report["pupils"]
        .as_array()
        .map(|p| p.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    names.sort_unstable();
    names
}

/// Whether a parsed report is one the label accepts: its children, days
/// and sessions, its code or an `alt`, its end or a `to_alt`, and the
/// arrival of a late code.
fn accepted(label: &Value, parsed: &Value) -> bool {
    let either = |key: &str, alternatives: &str| {
        parsed[key] == label[key]
            || label[alternatives]
                .as_array()
                .is_some_and(|a| a.contains(&parsed[key]))
    };
    pupils(label) == pupils(parsed)
        && ["from", "from_session", "to_session"]
            .iter()
            .all(|key| label[*key] == parsed[*key])
        && either("code", "alt")
        && either("to", "to_alt")
        && (!matches!(label["code"].as_str(), Some("L" | "U"))
            || label["arrival"] == parsed["arrival"])
}

/// A concern's message often reports an absence too: the register must
/// still be told it right, or a person asked to decide it.
#[test]
fn a_concern_s_absence_is_read_right_or_sent_to_a_person() {
    let by_pupils = |reports: &Value| {
        let mut sorted: Vec<Value> = reports.as_array().cloned().unwrap_or_default();
        sorted.sort_by_key(|r| pupils(r).join(","));
        sorted
    };
    let mut unasked = Vec::new();
    let labelled = ["written_apart_4", "written_apart_5"]
        .into_iter()
        .flat_map(labelled_and_parsed);
    for (label, parse) in labelled {
        if !flagged(&label, &["expect", "flags"]) {
            continue;
        }
        let wanted = by_pupils(&label["expect"]["reports"]);
        let read = by_pupils(&parse["reports"]);
        let right =
            wanted.len() == read.len() && wanted.iter().zip(&read).all(|(w, r)| accepted(w, r));
        let asked = parse["flags"]
            .as_array()
            .is_some_and(|flags| flags.iter().any(|f| f == "needs_staff"));
        if !right && !asked {
            unasked.push(label["id"].clone());
        }
    }
    assert!(
        unasked.is_empty(),
        "read wrong with nobody asked: {unasked:?}"
    );
}
