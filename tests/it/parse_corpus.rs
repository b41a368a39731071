//! Runs `absence-line parse` over the four labelled files (the shared
//! `dev`, `train` and `safeguarding` corpora and the extra cases), scores
//! each with the shared scorer (`../shared/tools/score-parse`) and counts
//! the messages wrong with nobody told (`../shared/tools/silent-errors`),
//! printing both, and fails below each file's floor.

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

/// Runs the parser once over several labelled files (one start-up, which
/// in the debug build is most of a small file's time) and splits its
/// output back into one file of predictions for each.
fn predict(golds: &[&Path]) -> Vec<tempfile::NamedTempFile> {
    let config = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fernhill.toml");
    let inputs: Vec<Vec<String>> = golds
        .iter()
        .map(|gold| {
            std::fs::read_to_string(gold)
                .unwrap()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let all_lines = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(all_lines.path(), inputs.concat().join("\n") + "\n").unwrap();
    let output = Command::cargo_bin("absence-line")
        .unwrap()
        .args(["parse", "--jsonl", "--config"])
        .arg(&config)
        .stdin(std::fs::File::open(all_lines.path()).unwrap())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.lines().count(),
        inputs.iter().map(Vec::len).sum::<usize>(),
        "one output line per input line"
    );
    let mut predicted = stdout.lines();
    inputs
        .iter()
        .map(|lines_in| {
            let ours: Vec<&str> = predicted.by_ref().take(lines_in.len()).collect();
            let predictions = tempfile::NamedTempFile::new().unwrap();
            std::fs::write(predictions.path(), ours.join("\n") + "\n").unwrap();
            predictions
        })
        .collect()
}

/// The shared scorer's report on a file of predictions.
fn scored(gold: &Path, predictions: &Path) -> String {
    let scored = Command::new("python3")
        .arg(shared().join("tools/score-parse"))
        .arg(gold)
        .arg(predictions)
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

/// The share of messages wrong and sent to nobody, from the shared
/// `silent-errors` tool.
fn silent_share(gold: &Path, predictions: &Path) -> f64 {
    let counted = Command::new("python3")
        .arg(shared().join("tools/silent-errors"))
        .arg(gold)
        .arg(predictions)
        .output()
        .expect("python3 runs the silent-errors tool");
    let said = String::from_utf8_lossy(&counted.stdout).into_owned();
    println!("{said}");
    said.split(['(', ')'])
        .nth(1)
        .and_then(|share| share.parse().ok())
        .unwrap_or_else(|| panic!("silent-errors printed no share: {said}"))
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

/// Each file's floor: what the parser reaches, so a change that loses
/// ground fails. `silent` is the most of its messages that may be wrong
/// with nobody told.
struct Floor {
    figures: &'static [(&'static str, f64)],
    silent: f64,
}

const DEV: Floor = Floor {
    figures: &[
        ("exact", 0.99),
        ("code", 0.99),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

const EXTRA: Floor = Floor {
    figures: &[
        ("exact", 0.98),
        ("code", 0.99),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

const TRAIN: Floor = Floor {
    figures: &[
        ("exact", 0.90),
        ("code", 0.97),
        ("dates", 0.95),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.65),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.006,
};

const SAFEGUARDING: Floor = Floor {
    figures: &[
        ("code", 0.90),
        ("dates", 0.88),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.90),
        ("not_absence.precision", 0.90),
    ],
    silent: 0.005,
};

/// The parts of `parse_written_apart.jsonl` built against (ids `wb…`,
/// `wc…` and `we…`); the others (`wh…`, `wd…`) are kept apart to measure
/// the parser on messages its rules were not written from.
const WRITTEN_APART_BUILDING: Floor = Floor {
    figures: &[
        ("exact", 0.93),
        ("code", 0.98),
        ("dates", 0.98),
        ("pupils", 0.98),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// A later half built against (ids `wfb…`), written to the kinds still
/// failing (a relative's illness or A&E visit, pronouns, siblings, spoken
/// times, place names, no absence on positive evidence); its other half
/// (`wfh…`) is kept apart.
const WRITTEN_APART_SECOND_BUILDING: Floor = Floor {
    figures: &[
        ("exact", 0.90),
        ("code", 0.96),
        ("dates", 0.96),
        ("pupils", 0.96),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.034,
};

/// A third half built against (ids `wg001`–`wg030`), written to the kinds
/// most likely silently wrong (return days relative to the day said, spoken
/// times, holidays told by their place, lists of days, siblings one in and
/// one off, chase replies, messages that report nothing); `wg031`–`wg060`
/// are kept apart.
const WRITTEN_APART_THIRD_BUILDING: Floor = Floor {
    figures: &[
        ("exact", 0.93),
        ("code", 0.98),
        ("dates", 0.98),
        ("pupils", 0.98),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// A fourth half built against (the odd ids `wi001`, `wi003`, … `wi059`),
/// written to the kinds most likely silently wrong (late arrivals brought by
/// someone else at loosely written times, children that cannot be told,
/// collections near the sessions' edges, ends of term, festivals, messages
/// that report nothing, chase replies); the even ids are kept apart.
const WRITTEN_APART_FOURTH_BUILDING: Floor = Floor {
    figures: &[
        ("exact", 0.96),
        ("code", 0.99),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec.jsonl`: 120 messages of an ordinary year's inbox and
/// its hard cases and 60 of concerns and harmless uses of the same words,
/// written from `parsing.md` and `school.json` alone by someone who never
/// read the parser; scored once before any rule was written from them
/// (exact 0.875 and 0.733, silent 0.042 and 0.050), then read.
const FROM_THE_SPEC: Floor = Floor {
    figures: &[
        ("exact", 0.93),
        ("code", 0.98),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_2.jsonl`: a second set written the same way (120
/// inbox messages, 36 concerns and 24 harmless uses of their words), scored
/// blind on the commit before this round's rules (exact 0.833 and 0.733,
/// silent 0.050 and 0.067, 33 of 36 concerns), then read in two halves
/// (the second half blind after the helpers' rules: 0.917 and 0.733).
const FROM_THE_SPEC_2: Floor = Floor {
    figures: &[
        ("exact", 0.91),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.02,
};

/// `parse_from_spec_3.jsonl`: a third (100 inbox messages, 30 concerns, 20
/// harmless uses), scored blind once this round's other rules were in
/// (exact 0.840 and 0.700, silent 0.030 and 0.020, 29 of 30 concerns;
/// 0.800 and 0.660 on the commit before the round), then read.
const FROM_THE_SPEC_3: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.94),
        ("dates", 0.96),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_4.jsonl`: a fourth (100 inbox messages, 30 concerns, 20
/// harmless uses), scored blind on the round's final rules (exact 0.900 and
/// 0.860, silent 0.040 and 0.020, 30 of 30 concerns; 0.890 and 0.840 on the
/// commit before the round), then read.
const FROM_THE_SPEC_4: Floor = Floor {
    figures: &[
        ("exact", 0.92),
        ("code", 0.98),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

fn meets(gold: &Path, floor: &Floor) {
    let predictions = predict(&[gold]).pop().expect("one file in, one out");
    meets_with(gold, predictions.path(), floor);
}

fn meets_with(gold: &Path, predictions: &Path, floor: &Floor) {
    let report = scored(gold, predictions);
    let silent = silent_share(gold, predictions);
    assert_targets(&report, floor.figures);
    assert!(
        silent <= floor.silent,
        "{silent} of messages wrong with nobody told, above {}",
        floor.silent
    );
}

#[test]
fn dev_corpus_meets_the_targets() {
    meets(&shared().join("corpus/dev.jsonl"), &DEV);
}

/// 600 messages over every code and many phrasings.
#[test]
fn train_corpus_meets_the_targets() {
    meets(&shared().join("corpus/train.jsonl"), &TRAIN);
}

/// 220 messages: concerns across the categories of *Keeping children safe
/// in education*, and harmless uses of the same words.
#[test]
fn safeguarding_corpus_meets_the_targets() {
    meets(&shared().join("corpus/safeguarding.jsonl"), &SAFEGUARDING);
}

/// Messages written to probe the rules beyond the dev corpus (other
/// phrasings, other dates in the year), labelled by `parsing.md`.
#[test]
fn extra_cases_meet_the_targets() {
    let gold = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse_extra.jsonl");
    meets(&gold, &EXTRA);
}

/// Fresh messages in the kinds of failure seen on unseen inboxes (short
/// chase replies, collections, spoken times, date lists, other languages),
/// labelled by `parsing.md`: the parts built against.
#[test]
fn written_apart_building_half_meets_the_targets() {
    meets(
        written_apart(&["wb", "wc", "we"]).path(),
        &WRITTEN_APART_BUILDING,
    );
}

#[test]
fn written_apart_second_building_half_meets_its_floor() {
    meets(
        written_apart(&["wfb"]).path(),
        &WRITTEN_APART_SECOND_BUILDING,
    );
}

#[test]
fn written_apart_third_building_half_meets_its_floor() {
    meets(
        written_apart(&["wg00", "wg01", "wg02", "wg030"]).path(),
        &WRITTEN_APART_THIRD_BUILDING,
    );
}

#[test]
fn written_apart_fourth_building_half_meets_its_floor() {
    meets(
        written_apart_where(|id| {
            id.strip_prefix("wi")
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| n % 2 == 1)
        })
        .path(),
        &WRITTEN_APART_FOURTH_BUILDING,
    );
}

/// `parse_from_spec_5.jsonl`: a fifth (100 inbox messages, 30 concerns, 20
/// harmless uses), scored blind at the start of a round (exact 0.860 and
/// 0.740, silent 0.040 and 0.020, 30 of 30 concerns), then read in halves
/// (each half's figures taken blind before it was read).
const FROM_THE_SPEC_5: Floor = Floor {
    figures: &[
        ("exact", 0.92),
        ("code", 0.96),
        ("dates", 0.97),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.90),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_6.jsonl`: a sixth (100 inbox messages, 30 concerns, 20
/// harmless uses), scored blind at the start of a round (exact 0.910 and
/// 0.800, silent 0.030 and 0.000, 30 of 30 concerns), then read in halves
/// (the second half blind after most of the round's rules: 0.900 and
/// 0.880).
const FROM_THE_SPEC_6: Floor = Floor {
    figures: &[
        ("exact", 0.93),
        ("code", 0.98),
        ("dates", 0.98),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_7.jsonl`: a seventh (100 inbox messages, 30 concerns,
/// 20 harmless uses), scored blind at the start of a round (exact 0.800 and
/// 0.800, silent 0.040 and 0.000, 30 of 30 concerns), then read in halves
/// (the second half blind after the first half's rules: 0.820 and 0.880).
const FROM_THE_SPEC_7: Floor = Floor {
    figures: &[
        ("exact", 0.91),
        ("code", 0.96),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_8.jsonl`: an eighth (100 inbox messages, 30 concerns,
/// 20 harmless uses), scored blind at the start of a round (exact 0.820 and
/// 0.800, silent 0.060 and 0.000, 30 of 30 concerns), then read in halves
/// (the second half blind after the first half's rules: 0.820 and 0.760).
/// The three lines once wrong and sent to nobody (a second child's illness
/// told as "has them too", a day's illness beside the next day's
/// appointment as one report, a child named who is not the sender's read as
/// a greeting) are right now. The concern model does not learn from it.
const FROM_THE_SPEC_8: Floor = Floor {
    figures: &[
        ("exact", 0.91),
        ("code", 0.98),
        ("dates", 0.97),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_9.jsonl`: the tenth set written (100 inbox messages, 29 concerns, 21
/// harmless uses), scored blind at the start of a round (exact 0.750 and
/// 0.640, silent 0.110 and 0.040, 29 of 29 concerns), then read in halves
/// (the even half blind after the odd half's rules: inbox 0.800 → 0.800,
/// concerns 0.640 → 0.720). The concern model does not learn from it.
const FROM_THE_SPEC_9: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.97),
        ("dates", 0.96),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_10.jsonl`: the eleventh, by another writer (100 inbox
/// messages, 30 concerns, 20 harmless uses), scored blind late in the same
/// round (exact 0.770 and 0.700, silent 0.040 and 0.000, 30 of 30 concerns,
/// ten false alarms in the inbox), then read in halves (the even half blind
/// after the odd half's rules: inbox 0.760 → 0.760, concerns 0.640 →
/// 0.640). The concern model does not learn from it.
const FROM_THE_SPEC_10: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.96),
        ("dates", 0.97),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.62),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_11.jsonl`: the twelfth set (100 inbox messages of a
/// primary school's autumn and winter, 30 concerns, 20 harmless uses),
/// scored blind at the start of a round (exact 0.770 and 0.720, silent
/// 0.060 and 0.040, 30 of 30 concerns), then read in halves (the even half
/// blind after the odd half's rules: inbox 0.760 → 0.760, concerns 0.680 →
/// 0.680). The concern model does not learn from it.
const FROM_THE_SPEC_11: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.95),
        ("dates", 0.98),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.72),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_12.jsonl`: the thirteenth, by another writer (a
/// secondary school's spring and summer: 100 inbox messages, 30 concerns,
/// 20 harmless uses), scored blind at the same time (exact 0.690 and 0.760,
/// silent 0.070 and 0.000, 30 of 30 concerns), then read in halves (the
/// even half blind after the odd half's rules: inbox 0.700 → 0.700,
/// concerns 0.800 → 0.800). The concern model does not learn from it.
const FROM_THE_SPEC_12: Floor = Floor {
    figures: &[
        ("exact", 0.89),
        ("code", 0.95),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_13.jsonl`: the fourteenth set (a primary school's whole
/// year, mostly short texts and replies to chases: 100 inbox messages, 31
/// concerns, 19 harmless uses), scored blind at the start of a round
/// (exact 0.800 and 0.760, silent 0.070 and 0.020, 31 of 31 concerns), then
/// read in halves (the even half blind after the odd half's rules: inbox
/// 0.740 → 0.760, concerns 0.640 → 0.640). The concern model does not
/// learn from it.
const FROM_THE_SPEC_13: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.01,
};

/// `parse_from_spec_14.jsonl`: the fifteenth, by another writer (an
/// all-through school's year of longer emails: 100 inbox messages, 30
/// concerns, 20 harmless uses), scored blind at the same time (exact 0.680
/// and 0.740, silent 0.110 and 0.000, 30 of 30 concerns), then read in
/// halves (the even half blind after the odd half's rules: inbox 0.660 →
/// 0.660, concerns 0.720 → 0.720). The concern model does not learn from
/// it.
const FROM_THE_SPEC_14: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.97),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.68),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};

/// `parse_from_spec_15.jsonl`: the sixteenth set (a school's year of short
/// texts and Telegram messages on the move, lateness, chase replies and
/// second messages: 100 inbox messages, 31 concerns, 19 harmless uses),
/// scored blind at the start of a round (exact 0.700 and 0.660, silent
/// 0.120 and 0.000, 31 of 31 concerns), then read in halves (the even half
/// blind after the odd half's rules: inbox 0.720 → 0.720, concerns 0.640 →
/// 0.640). The concern model does not learn from it.
const FROM_THE_SPEC_15: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.98),
        ("dates", 0.97),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_16.jsonl`: the seventeenth, by another writer (a large
/// urban primary school's year, many families writing in a second
/// language: 100 inbox messages, 31 concerns, 19 harmless uses), scored
/// blind at the same time (exact 0.780 and 0.700, silent 0.080 and 0.020,
/// 31 of 31 concerns), then read in halves (the even half blind after the
/// odd half's rules: inbox 0.820 → 0.820, concerns 0.720 → 0.720). The
/// concern model does not learn from it.
const FROM_THE_SPEC_16: Floor = Floor {
    figures: &[
        ("exact", 0.92),
        ("code", 0.99),
        ("dates", 0.99),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.0,
};

/// `parse_from_spec_17.jsonl`: the eighteenth set (a large secondary
/// school's year: working parents' emails with signatures and quoted
/// threads, exams, trials, clinics, corrections, several dates in passing:
/// 100 inbox messages, 30 concerns, 20 harmless uses), scored blind at the
/// start of a round (exact 0.760 and 0.760, silent 0.050 and 0.000, 30 of
/// 30 concerns), then read in halves (the even half blind after the odd
/// half's rules: inbox 0.660 → 0.640, one line broken by a new rule and
/// mended once read; concerns 0.760 → 0.760). The concern model does not
/// learn from it. Dates 0.94: since "at 1 that day" reads as a time, one
/// message's collection on a later day also shortens today's absence to
/// the afternoon (`f23-048`, sent to a person as a second absence).
const FROM_THE_SPEC_17: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.95),
        ("dates", 0.94),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.66),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_18.jsonl`: the nineteenth, by another writer (a rural
/// all-through school: farming, Traveller and forces families, long-term
/// conditions, weather and ferries, voice-to-text, replies to chases: 100
/// inbox messages, 30 concerns, 20 harmless uses), scored blind at the
/// same time (exact 0.660 and 0.840, silent 0.120 and 0.020, 30 of 30
/// concerns), then read in halves (the even half blind after the odd
/// half's rules: inbox 0.640 → 0.640, concerns 0.800 → 0.800). The concern
/// model does not learn from it.
const FROM_THE_SPEC_18: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.89),
        ("dates", 0.90),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.04,
};

/// `parse_from_spec_19.jsonl`: the twentieth set (an ordinary year's inbox
/// at a market-town primary: illnesses, appointments of every kind, late
/// arrivals, collections, day events, holidays, short chase replies: 100
/// inbox messages, 30 concerns, 20 harmless uses), scored blind at the
/// start of a round (exact 0.840 and 0.680, silent 0.040 and 0.020, 30 of
/// 30 concerns), then read in halves (the even half blind after the odd
/// half's rules: inbox 0.820 → 0.820, concerns 0.720 → 0.720). The concern
/// model does not learn from it.
const FROM_THE_SPEC_19: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_20.jsonl`: the twenty-first, by another writer (hard
/// cases at a city comprehensive: two pieces of news in one message,
/// corrections, chase replies explaining past days, ends said every way,
/// forwarded emails, students writing themselves), scored blind at the
/// same time (exact 0.740 and 0.800, silent 0.070 and 0.000, 33 of 33
/// concerns), then read in halves (inbox 0.840 → 0.840, concerns 0.760 →
/// 0.760). The concern model does not learn from it.
const FROM_THE_SPEC_20: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.92),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_21.jsonl`: the twenty-second set (an infant and junior
/// school in a seaside town: shift-working parents, grandparents and
/// childminders, every everyday illness, times said every way, chase
/// replies), scored blind in the middle of a round (exact 0.820 and 0.740,
/// silent 0.050 and 0.020; 29 of 30 concerns: a child in bed in his coat
/// for want of heating, read then and made a rule), then read in halves
/// (the even half blind after the odd half's rules: inbox 0.780 → 0.780,
/// concerns 0.800 → 0.840 with the line read). The concern model does not
/// learn from it.
const FROM_THE_SPEC_21: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_22.jsonl`: the twenty-third, by another writer (a city
/// secondary academy: school avoidance, part-time timetables, exams,
/// students writing themselves, nights and weekends, chase replies over
/// several days, other languages), scored blind at the same time (exact
/// 0.680 and 0.820, silent 0.070 and 0.020, 31 of 31 concerns), then read
/// in halves (inbox 0.700 → 0.700, concerns 0.840 → 0.840). The concern
/// model does not learn from it.
const FROM_THE_SPEC_22: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.95),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.68),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.04,
};

/// `parse_from_spec_23.jsonl`: the twenty-fourth, by another writer (a
/// rural Church of England primary: farm work, weather and the school bus,
/// grandparents and childminders, Traveller families, homely words for
/// illness), scored blind at the start of a round (exact 0.730 and 0.700,
/// silent 0.070 and 0, 30 of 30 concerns), then read in halves (the even
/// half blind after the odd half's rules: inbox 0.760 → 0.760, concerns
/// 0.720 → 0.720). The concern model does not learn from it.
const FROM_THE_SPEC_23: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.92),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_24.jsonl`: the twenty-fifth, by another writer (a
/// multi-faith inner-city secondary: English as a second language, other
/// languages with and without a translation, faith festivals, consulates
/// and visas, sixth-formers writing for themselves), scored blind at the
/// same time (exact 0.690 and 0.780, silent 0.040 and 0, 31 of 31
/// concerns), then read in halves (inbox 0.660 → 0.660, concerns 0.760 →
/// 0.760). The concern model does not learn from it.
const FROM_THE_SPEC_24: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_25.jsonl`: the twenty-sixth, by another writer (a
/// Roman Catholic primary in a commuter suburb: separated parents who each
/// write, au pairs, first communions, many ways of writing dates), scored
/// blind at the start of a round (exact 0.650 and 0.700, silent 0.140 and
/// 0.020, 29 of 30 concerns), then read in halves (the even half blind
/// after the odd half's rules: inbox 0.680 → 0.680, concerns 0.720 →
/// 0.720). The concern model does not learn from it.
const FROM_THE_SPEC_25: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.95),
        ("dates", 0.93),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};

/// `parse_from_spec_26.jsonl`: the twenty-seventh, by another writer (a
/// coastal secondary's autumn and winter: storms and ferries, foster and
/// kinship carers, social workers, mocks, part-time jobs), scored blind at
/// the same time (exact 0.760 and 0.740, silent 0.080 and 0.020, 29 of 30
/// concerns), then read in halves (inbox 0.800 → 0.800, concerns 0.680 →
/// 0.680). The concern model does not learn from it.
const FROM_THE_SPEC_26: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.90),
        ("dates", 0.95),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.02,
};

/// `parse_from_spec_27.jsonl`: the twenty-eighth, by a third writer (an
/// ordinary year at a Church of England infant and junior school), written
/// while the round's rules were made and scored blind on the round's first
/// and latest builds alike (exact 0.830 and 0.800, silent 0.050 and 0, 30
/// of 30 concerns), then read in halves (inbox 0.820 → 0.820, concerns
/// 0.800 → 0.800). The concern model does not learn from it.
const FROM_THE_SPEC_27: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.97),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_28.jsonl`: the twenty-ninth, by another writer (a busy
/// inner-city secondary with a sixth form: students writing for
/// themselves, parents writing from work, exams, part-time jobs, trams),
/// scored blind at the start of a round (exact 0.660 and 0.700, silent
/// 0.110 and 0.040, 29 of 29 concerns), then read in halves (the even half
/// blind after the odd half's rules: inbox 0.720 → 0.720, concerns 0.640
/// → 0.640). The concern model does not learn from it.
const FROM_THE_SPEC_28: Floor = Floor {
    figures: &[
        ("exact", 0.75),
        ("code", 0.89),
        ("dates", 0.93),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.60),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.025,
};

/// `parse_from_spec_29.jsonl`: the thirtieth, by another writer (a town
/// primary where many families speak English as an additional language:
/// translation-app English, whole messages in Somali, Arabic, Portuguese,
/// Romanian, Urdu or Ukrainian, visits and emergencies abroad), scored
/// blind at the same time (exact 0.760 and 0.680, silent 0.050 and 0.020,
/// 29 of 30 concerns), then read in halves (inbox 0.760 → 0.760, concerns
/// 0.720 → 0.720). The concern model does not learn from it.
const FROM_THE_SPEC_29: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.93),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_30.jsonl`: the thirty-first, by a third writer (a
/// small rural primary: snow and floods, the school bus, lambing, long
/// drives to hospital, grandparents on the school run), scored blind at
/// the same time (exact 0.760 and 0.640, silent 0.040 and 0.040, 31 of 31
/// concerns), then read in halves (inbox 0.820 → 0.820, concerns 0.600 →
/// 0.600). The concern model does not learn from it.
const FROM_THE_SPEC_30: Floor = Floor {
    figures: &[
        ("exact", 0.75),
        ("code", 0.88),
        ("dates", 0.93),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.66),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_31.jsonl`: the thirty-second, written from the spec alone (a coastal town primary:
/// service families, fishing and shift work, Traveller families, young
/// parents texting in fragments, grandparents writing for the parent),
/// scored blind at the start of its round (inbox exact 0.800 and silent
/// 0.030, concerns 0.860, 30 of 30 concerns), then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_31: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.8),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_32.jsonl`: the thirty-third, by another writer (a large inner-city primary where
/// many parents write English as an additional language, and a few write
/// in their own), scored blind at the same time (inbox 0.770 and silent
/// 0.070, concerns 0.720, 30 of 30), then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_32: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.76),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_33.jsonl`: the thirty-fourth, by a third writer (a suburban primary whose
/// parents email: forwarded chains, two homes, therapies, part days),
/// scored blind at the same time (inbox 0.770 and silent 0.060, concerns
/// 0.680, 30 of 31: a sister of 15 to be married abroad, since read),
/// then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_33: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.91),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};

/// `parse_from_spec_34.jsonl`: the thirty-fifth, written mid-round (a Church of England market-town
/// primary: farms, grandparents, EHCP therapies, anxious children),
/// scored blind on that round's build of the time (inbox 0.820 and silent
/// 0.030, concerns 0.820, 30 of 30), then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_34: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.92),
        ("dates", 0.89),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_35.jsonl`: the thirty-sixth, by another writer at the same time (a northern city
/// primary: WhatsApp-style texts, voice notes, lateness, festivals), scored
/// blind the same way (inbox 0.880 and silent 0.050, concerns 0.700, 30
/// of 30), then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_35: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.95),
        ("dates", 0.95),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.02,
};

/// `parse_from_spec_36.jsonl`: the thirty-seventh, by a third writer at the same time (harder date
/// and time language: ranges across breaks, repeats, corrections, messages
/// sent at night), scored blind the same way (inbox 0.820 and silent
/// 0.090, concerns 0.800, 30 of 30), then read in halves. The concern model does not learn
/// from it.
const FROM_THE_SPEC_36: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.9),
        ("dates", 0.89),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.01,
};

/// `parse_from_spec_37.jsonl`: written from the spec by another helper (carers, grandparents,
/// foster and kinship carers, social workers), scored blind (inbox 0.800 and silent 0.070, concerns
/// 0.640, 30 of 30 concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_37: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.93),
        ("dates", 0.94),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.72),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.04,
};

/// `parse_from_spec_38.jsonl`: written from the spec by another helper (very short texts, replies
/// to a chase, corrections), scored blind (inbox 0.890 and silent 0.020, concerns 0.760, 29 of 30
/// concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_38: Floor = Floor {
    figures: &[
        ("exact", 0.90),
        ("code", 0.96),
        ("dates", 0.97),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.02,
};

/// `parse_from_spec_39.jsonl`: written from the spec by another helper (long emails with quoted
/// threads and signatures), scored blind (inbox 0.810 and silent 0.030, concerns 0.760, 30 of 30
/// concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_39: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.96),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.72),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.03,
};

/// `parse_from_spec_40.jsonl`: written from the spec by another helper (winter illness and injury,
/// alarming words used harmlessly), scored blind (inbox 0.870 and silent 0.010, concerns 0.760, 31
/// of 31 concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_40: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.94),
        ("dates", 0.97),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.81),
        ("not_absence.precision", 0.89),
    ],
    silent: 0.03,
};

/// `parse_from_spec_41.jsonl`: written from the spec by another helper (faith, culture and families
/// writing in other languages), scored blind (inbox 0.820 and silent 0.050, concerns 0.700, 27 of
/// 31 concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_41: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.86),
        ("dates", 0.86),
        ("pupils", 0.88),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.88),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.03,
};

/// `parse_from_spec_42.jsonl`: written from the spec by another helper (subtle safeguarding beside
/// lateness and collections), scored blind (inbox 0.890 and silent 0.020, concerns 0.760, 30 of 31
/// concerns raised), then read in halves. The concern model does not learn from it.
const FROM_THE_SPEC_42: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.97),
        ("dates", 0.98),
        ("pupils", 0.99),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.01,
};

/// `parse_from_spec_43.jsonl`: written from the spec by another helper (Reception and nursery
/// families), scored blind at the start of the round and again at its end, never read line by line
/// (inbox 0.820 and silent 0.020, concerns 0.660, 30 of 30 concerns raised, on the round's first
/// build). The concern model does not learn from it.
const FROM_THE_SPEC_43: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.03,
};

/// `parse_from_spec_44.jsonl`: written from the spec by another helper (the spring term: weather,
/// strikes, Ramadan and Easter), scored blind at the start of the round and again at its end, never
/// read line by line (inbox 0.860 and silent 0.020, concerns 0.800, 30 of 30 concerns raised, on
/// the round's first build). The concern model does not learn from it.
const FROM_THE_SPEC_44: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.91),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.90),
    ],
    silent: 0.04,
};

/// `parse_from_spec_45.jsonl`: written from the spec by another helper (a Monday morning's inbox:
/// weekend messages, chase replies, several children), scored blind at the start of the round and
/// again at its end, never read line by line (inbox 0.790 and silent 0.040, concerns 0.820, 29 of
/// 30 concerns raised, on the round's first build). The concern model does not learn from it.
const FROM_THE_SPEC_45: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.04,
};

/// `parse_from_spec_46.jsonl`: written from the spec by another helper (words of absence and harm
/// used without one), scored blind at the start of the round and again at its end, never read line
/// by line (inbox 0.750 and silent 0.060, concerns 0.780, 30 of 30 concerns raised, on the round's
/// first build). The concern model does not learn from it.
const FROM_THE_SPEC_46: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.94),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.05,
};

/// `parse_from_spec_47.jsonl`: written from the spec by another helper (Year 5 and 6 life, online
/// harm and exploitation), read in halves (odd ids), the even halves scored blind (inbox 0.830 and
/// silent 0.040, concerns 0.700, 29 of 30 concerns raised, on the round's first build). The concern
/// model does not learn from it.
const FROM_THE_SPEC_47: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.91),
        ("dates", 0.96),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.81),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.04,
};

/// `parse_from_spec_48.jsonl`: written from the spec by another helper (separated and blended
/// families), read in halves (odd ids), the even halves scored blind (inbox 0.770 and silent 0.020,
/// concerns 0.800, 30 of 30 concerns raised, on the round's first build). The concern model does
/// not learn from it.
const FROM_THE_SPEC_48: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.95),
        ("dates", 0.95),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.63),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.03,
};

/// `parse_from_spec_49.jsonl`: written from the spec by another helper (hard dates and times,
/// neglect), read in halves (odd ids), the even halves scored blind (inbox 0.890 and silent 0.030,
/// concerns 0.620, 29 of 31 concerns raised, on the round's first build). The concern model does
/// not learn from it.
const FROM_THE_SPEC_49: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.93),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.86),
        ("not_absence.precision", 0.87),
    ],
    silent: 0.03,
};

/// `parse_from_spec_50.jsonl`: written from the spec by another helper (children's health in depth,
/// self-harm), read in halves (odd ids), the even halves scored blind (inbox 0.860 and silent
/// 0.040, concerns 0.740, 30 of 30 concerns raised, on the round's first build). The concern model
/// does not learn from it.
const FROM_THE_SPEC_50: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.98),
        ("dates", 0.92),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.06,
};

/// `parse_from_spec_51.jsonl`: written from the spec by another helper (hasty writing, a parent's
/// substance or mental-health crisis), read in halves (odd ids), the even halves scored blind
/// (inbox 0.820 and silent 0.060, concerns 0.840, 28 of 30 concerns raised, on the round's first
/// build). The concern model does not learn from it.
const FROM_THE_SPEC_51: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.92),
        ("dates", 0.89),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.90),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.05,
};

/// `parse_from_spec_52.jsonl`: written from the spec by another helper (faith, festivals and travel
/// at the end of the spring term, FGM and forced marriage), read in halves (odd ids), the even
/// halves scored blind (inbox 0.810 and silent 0.030, concerns 0.600, 30 of 30 concerns raised, on
/// the round's first build). The concern model does not learn from it.
const FROM_THE_SPEC_52: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.90),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.03,
};

/// `parse_from_spec_53.jsonl`: written from the spec by another helper (an ordinary week in late
/// autumn, ordinary-sounding concerns), scored blind at the start and end of the round, never read
/// line by line but for the concerns missed (inbox 0.890 and silent 0.030, concerns 0.740, 29 of 30
/// concerns raised, on the round's first build). Its false alarms were read at the round's end. The concern model does not learn from it.
const FROM_THE_SPEC_53: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.94),
        ("dates", 0.92),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.89),
    ],
    silent: 0.03,
};

/// `parse_from_spec_54.jsonl`: written from the spec by another helper (families new to English and
/// to the school), scored blind at the start and end of the round, never read line by line but for
/// the concerns missed (inbox 0.880 and silent 0.050, concerns 0.620, 27 of 30 concerns raised, on
/// the round's first build). Its false alarms were read at the round's end. The concern model does not learn from it.
const FROM_THE_SPEC_54: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.89),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.05,
};

/// `parse_from_spec_55.jsonl`: written from the spec by another helper (messages from people other
/// than parents), scored blind at the start and end of the round, never read line by line but for
/// the concerns missed (inbox 0.830 and silent 0.030, concerns 0.840, 30 of 30 concerns raised, on
/// the round's first build). Its false alarms were read at the round's end. The concern model does not learn from it.
const FROM_THE_SPEC_55: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.96),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.03,
};

/// `parse_from_spec_56.jsonl`: written from the spec by another helper (long and muddled messages,
/// concerns buried in them), scored blind at the start and end of the round, never read line by
/// line but for the concerns missed (inbox 0.810 and silent 0.080, concerns 0.740, 29 of 30
/// concerns raised, on the round's first build). Its false alarms were read at the round's end. The concern model does not learn from it.
const FROM_THE_SPEC_56: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.93),
        ("dates", 0.90),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.99),
    ],
    silent: 0.07,
};

/// `parse_from_spec_57.jsonl`: written from the spec by another helper (the first half of the autumn term, neglect and a parent's crisis),
/// scored blind at the start of the round (inbox 0.900 and silent 0.020, concerns 0.820,
/// 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
/// Its letter about a suspension disputed (f63-081) is labelled with no report and no
/// `not_absence`; the other sets label such letters `not_absence`, which the parser follows.
const FROM_THE_SPEC_57: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.98),
        ("dates", 0.95),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.92),
        ("not_absence.precision", 0.96),
    ],
    silent: 0.04,
};

/// `parse_from_spec_58.jsonl`: written from the spec by another helper (winter illness and Christmas, a parent's crisis and a child's low mood),
/// scored blind at the start of the round (inbox 0.870 and silent 0.060, concerns 0.900,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_58: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.98),
        ("dates", 0.93),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_59.jsonl`: written from the spec by another helper (short texts on the move, missing children and exploitation),
/// scored blind at the start of the round (inbox 0.880 and silent 0.040, concerns 0.840,
/// 31 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_59: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.92),
        ("dates", 0.91),
        ("pupils", 0.92),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.92),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.04,
};

/// `parse_from_spec_60.jsonl`: written from the spec by another helper (messages from people other than parents, private fostering and young carers),
/// scored blind at the start of the round (inbox 0.820 and silent 0.010, concerns 0.620,
/// 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_60: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.67),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_61.jsonl`: written from the spec by another helper (leave and faith, FGM, forced marriage and honour),
/// scored blind at the start of the round (inbox 0.820 and silent 0.040, concerns 0.680,
/// 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_61: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.94),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.04,
};

/// `parse_from_spec_62.jsonl`: written from the spec by another helper (health and appointments, self-harm and eating disorders),
/// scored blind at the start of the round (inbox 0.890 and silent 0.020, concerns 0.840,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_62: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.95),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_63.jsonl`: written from the spec by another helper (app messages and emoji, online abuse and harm between children),
/// scored blind at the start of the round (inbox 0.790 and silent 0.050, concerns 0.800,
/// 31 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_63: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.90),
        ("dates", 0.91),
        ("pupils", 0.91),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.87),
    ],
    silent: 0.05,
};

/// `parse_from_spec_64.jsonl`: written from the spec by another helper (families new to English, domestic abuse and homelessness),
/// scored blind at the start of the round (inbox 0.840 and silent 0.000, concerns 0.720,
/// 28 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_64: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.93),
        ("dates", 0.89),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_65.jsonl`: written from the spec by another helper (replies to chase messages, a child not come home and neglect),
/// scored blind at the start of the round (inbox 0.870 and silent 0.070, concerns 0.720,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_65: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.92),
        ("dates", 0.92),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.86),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.06,
};

/// `parse_from_spec_66.jsonl`: written from the spec by another helper (Reception and Key Stage 1, neglect and a parent unfit for the school run),
/// scored blind at the start of the round (inbox 0.700 and silent 0.080, concerns 0.760,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_66: Floor = Floor {
    figures: &[
        ("exact", 0.72),
        ("code", 0.93),
        ("dates", 0.88),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.07,
};

/// `parse_from_spec_67.jsonl`: written from the spec by another helper (long formal emails, coercive control and a parent's breakdown),
/// scored blind at the start of the round (inbox 0.900 and silent 0.010, concerns 0.780,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_67: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.91),
        ("dates", 0.93),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.86),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_68.jsonl`: written from the spec by another helper (lateness and part days, a child left alone and a young carer),
/// scored blind at the start of the round (inbox 0.920 and silent 0.020, concerns 0.660,
/// 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_68: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.04,
};

/// `parse_from_spec_69.jsonl`: written from the spec by another helper (unauthorised and borderline reasons, criminal and sexual exploitation),
/// scored blind at the start of the round (inbox 0.830 and silent 0.050, concerns 0.800,
/// 28 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_69: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.69),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_70.jsonl`: written from the spec by another helper (large families, harm between children and a parent arrested),
/// scored blind at the start of the round (inbox 0.840 and silent 0.050, concerns 0.820,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_70: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.93),
        ("dates", 0.95),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.86),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_71.jsonl`: written from the spec by another helper (emotional wellbeing, self-harm and suicidal words),
/// scored blind at the start of the round (inbox 0.770 and silent 0.050, concerns 0.820,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_71: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.70),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.04,
};

/// `parse_from_spec_72.jsonl`: written from the spec by another helper (an ordinary inbox with the rarer concerns: radicalisation, honour-based abuse, forced marriage, FGM),
/// scored blind at the start of the round (inbox 0.920 and silent 0.020, concerns 0.740,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_72: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.91),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.88),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.04,
};

/// `parse_from_spec_73.jsonl`: written from the spec by another helper (separated parents, contact and court orders; domestic abuse),
/// scored blind at the start of the round (inbox 0.800 and silent 0.040, concerns 0.780,
/// 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_73: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.95),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_74.jsonl`: written from the spec by another helper (the spring term: festivals, fasting, snow days; neglect and a parent who cannot cope),
/// scored blind at the start of the round (inbox 0.840 and silent 0.070, concerns 0.760,
/// 29 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_74: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.90),
        ("dates", 0.92),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.06,
};

/// `parse_from_spec_75.jsonl`: written from the spec by another helper (operations, hospital stays and open-ended absences; medical neglect and fabricated illness),
/// scored blind at the start of the round (inbox 0.820 and silent 0.100, concerns 0.620,
/// 29 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_75: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.83),
        ("dates", 0.86),
        ("pupils", 0.92),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_76.jsonl`: written from the spec by another helper (very short texts typed on a phone),
/// scored blind at the start of the round (inbox 0.790 and silent 0.050, concerns 0.720,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_76: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.87),
        ("dates", 0.87),
        ("pupils", 0.88),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_77.jsonl`: written from the spec by another helper (families writing in English as an additional language; honour-based abuse and homelessness),
/// scored blind at the start of the round (inbox 0.800 and silent 0.080, concerns 0.760,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_77: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.91),
        ("dates", 0.89),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.83),
    ],
    silent: 0.07,
};

/// `parse_from_spec_78.jsonl`: written from the spec by another helper (Years 5 and 6: trips, tests, phones and games; online harm and harm between children),
/// scored blind at the start of the round (inbox 0.840 and silent 0.060, concerns 0.760,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_78: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.93),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.82),
        ("not_absence.precision", 0.89),
    ],
    silent: 0.06,
};

/// `parse_from_spec_79.jsonl`: written from the spec by another helper (families in hardship: housing, homelessness, young carers),
/// scored blind at the start of the round (inbox 0.840 and silent 0.010, concerns 0.840,
/// 29 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_79: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.97),
        ("dates", 0.95),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};

/// `parse_from_spec_80.jsonl`: written from the spec by another helper (long-term conditions and mental health; self-harm and a parent's crisis),
/// scored blind at the start of the round (inbox 0.810 and silent 0.040, concerns 0.680,
/// 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_80: Floor = Floor {
    figures: &[
        ("exact", 0.75),
        ("code", 0.90),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.76),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.04,
};

/// `parse_from_spec_81.jsonl`: written from the spec by another helper (the end of the autumn term and the first weeks back in January; every kind of concern, with the season's look-alikes),
/// scored blind at the start of the round (inbox 0.900 and silent 0.030, concerns 0.720, 29 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_81: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};

/// `parse_from_spec_82.jsonl`: written from the spec by another helper (dates, sessions and times given every way; domestic abuse and police at the home told in passing),
/// scored blind at the start of the round (inbox 0.870 and silent 0.080, concerns 0.800, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_82: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.95),
        ("dates", 0.90),
        ("pupils", 0.96),
        ("safeguarding.recall", 0.95),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.90),
    ],
    silent: 0.04,
};

/// `parse_from_spec_83.jsonl`: written from the spec by another helper (email threads, quoted replies, forwards and corrections; disclosures and harm between children),
/// scored blind at the start of the round (inbox 0.930 and silent 0.000, concerns 0.780, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_83: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.96),
        ("dates", 0.97),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.01,
};

/// `parse_from_spec_84.jsonl`: written from the spec by another helper (medical, dental and therapy appointments and part days; neglect of a child's health),
/// scored blind at the start of the round (inbox 0.880 and silent 0.070, concerns 0.740, 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_84: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.92),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.07,
};

/// `parse_from_spec_85.jsonl`: written from the spec by another helper (family events and leave: weddings, funerals, long visits abroad; forced marriage, FGM and a child taken out for good),
/// scored blind at the start of the round (inbox 0.820 and silent 0.060, concerns 0.680, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_85: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.90),
        ("dates", 0.91),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.95),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.07,
};

/// `parse_from_spec_86.jsonl`: written from the spec by another helper (messages that are no absence or change an earlier one; a stranger collecting, a child missing, a parent unable to care),
/// scored blind at the start of the round (inbox 0.930 and silent 0.020, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_86: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.97),
        ("dates", 0.96),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_87.jsonl`: written from the spec by another helper (twins and several children; young carers, a parent's illness or drinking, older siblings left in charge),
/// scored blind at the start of the round (inbox 0.880 and silent 0.030, concerns 0.820, 31 of 32 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_87: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.93),
        ("dates", 0.93),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_88.jsonl`: written from the spec by another helper (older primary children online and out; grooming, sextortion, county lines and gangs),
/// scored blind at the start of the round (inbox 0.900 and silent 0.020, concerns 0.780, 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_88: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.97),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.0),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_89.jsonl`: written from the spec by another helper (the summer term: SATs, sports day, heat, trips, transition days, leaving early for flights; children missing or out late with people unknown),
/// scored blind at the start of the round (inbox 0.890 and silent 0.020, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_89: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.96),
        ("dates", 0.96),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_90.jsonl`: written from the spec by another helper (replies to the school's chase, disputes and next-morning answers; a parent in crisis with drink, drugs or mental ill health),
/// scored blind at the start of the round (inbox 0.780 and silent 0.080, concerns 0.840, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_90: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.93),
        ("dates", 0.93),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.06,
};

/// `parse_from_spec_91.jsonl`: written from the spec by another helper (Reception and Year 1: settling in, accidents, grandparents and childminders collecting; neglect and unsafe adults collecting),
/// scored blind at the start of the round (inbox 0.870 and silent 0.000, concerns 0.840, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_91: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.97),
        ("dates", 0.96),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.01,
};

/// `parse_from_spec_92.jsonl`: written from the spec by another helper (faith and culture across the year, weddings and funerals abroad; honour-based abuse, forced marriage, FGM, spirit possession),
/// scored blind at the start of the round (inbox 0.890 and silent 0.030, concerns 0.740, 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_92: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_93.jsonl`: written from the spec by another helper (weather, transport and housing: snow, strikes, the school taxi, temporary addresses; homelessness and fleeing domestic abuse),
/// scored blind at the start of the round (inbox 0.890 and silent 0.030, concerns 0.800, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_93: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.96),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_94.jsonl`: written from the spec by another helper (mental health and school refusal: anxiety, part-time timetables, CAMHS; self-harm, suicidal thoughts, eating disorders),
/// scored blind at the start of the round (inbox 0.830 and silent 0.030, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_94: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.96),
        ("dates", 0.92),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.73),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_95.jsonl`: written from the spec by another helper (messages from people other than a parent: grandparents, foster and kinship carers, social workers; private fostering and adults unknown to the school),
/// scored blind at the start of the round (inbox 0.840 and silent 0.060, concerns 0.680, 27 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it. Two
/// notices of a collection by an adult the school does not know ("my friend Dean is picking her
/// up", "this is Jamie's uncle Rob") are labelled concerns here, where older sets label a
/// grandparent's or an aunt's collection harmless: the parser does not raise them.
const FROM_THE_SPEC_95: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.90),
        ("dates", 0.92),
        ("pupils", 0.93),
        ("safeguarding.recall", 0.94),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.84),
    ],
    silent: 0.04,
};

/// `parse_from_spec_96.jsonl`: written from the spec by another helper (injuries and accidents: sports, falls, fractures, A&E; unexplained or repeated injuries, changing explanations, harm from other children),
/// scored blind at the start of the round (inbox 0.860 and silent 0.010, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_96: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.92),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.73),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};

/// `parse_from_spec_97.jsonl`: written from the spec by another helper (the autumn term and Christmas: harvest, Bonfire Night, nativity plays, flu and norovirus, INSET days; domestic abuse over the holidays, a parent drinking, young children left alone),
/// scored blind at the start of the round (inbox 0.850 and silent 0.060, concerns 0.660, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_97: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.95),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.05,
};

/// `parse_from_spec_98.jsonl`: written from the spec by another helper (parents with English as an additional language: messages in Polish, Romanian, Urdu, Portuguese, Lithuanian, Arabic, Somali; modern slavery, children made to work, adults the parent cannot name),
/// scored blind at the start of the round (inbox 0.800 and silent 0.060, concerns 0.800, 25 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_98: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.88),
        ("dates", 0.86),
        ("pupils", 0.88),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.92),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_99.jsonl`: written from the spec by another helper (long emails: formal letters, quoted replies from Gmail, Outlook and Apple Mail, forwarded messages, newsletters answered; allegations against staff and disclosures relayed),
/// scored blind at the start of the round (inbox 0.870 and silent 0.080, concerns 0.640, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_99: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.95),
        ("dates", 0.91),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_100.jsonl`: written from the spec by another helper (very short texts: text speak, voice-to-text, emoji, typos, one-word chase replies; grooming online, sextortion, shared images, cyberbullying),
/// scored blind at the start of the round (inbox 0.910 and silent 0.040, concerns 0.740, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_100: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.95),
        ("dates", 0.95),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.03,
};

/// `parse_from_spec_101.jsonl`: written from the spec by another helper (medical conditions and appointments: asthma, diabetes, epilepsy, operations, recurring therapy, part-day appointments; medical neglect and illness a parent seems to invent),
/// scored blind at the start of the round (inbox 0.870 and silent 0.050, concerns 0.720, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_101: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.93),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.03,
};

/// `parse_from_spec_102.jsonl`: written from the spec by another helper (family life events: new babies, bereavement, separation, court, moving house, prison visits; a parent arrested, a young carer at breaking point, threats to take a child),
/// scored blind at the start of the round (inbox 0.870 and silent 0.030, concerns 0.660, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_102: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.92),
        ("dates", 0.93),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.89),
    ],
    silent: 0.03,
};

/// `parse_from_spec_103.jsonl`: written from the spec by another helper (holidays and leave: term-time requests, extended leave abroad, missed flights, auditions and exams; children not returned from abroad, forced marriage),
/// scored blind at the start of the round (inbox 0.870 and silent 0.040, concerns 0.660, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_103: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.86),
        ("dates", 0.87),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_104.jsonl`: written from the spec by another helper (several children in one household: some off and some in, staggered lateness, siblings at secondary; county lines, knives and gangs, harm between siblings),
/// scored blind at the start of the round (inbox 0.830 and silent 0.070, concerns 0.720, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_104: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.89),
        ("dates", 0.93),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_105.jsonl`: written from the spec by another helper (the spring term: the January return, snow and ice, chickenpox and scarlet fever, World Book Day, Ramadan, Easter; homelessness, a family evicted or sofa-surfing, children going hungry),
/// scored blind at the start of the round (inbox 0.890 and silent 0.030, concerns 0.820, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_105: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.93),
        ("dates", 0.92),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_106.jsonl`: written from the spec by another helper (lateness and part days: arrival times written every way, children collected early, appointments with a return time, buses, traffic, oversleeping; a young child arriving alone, a parent drunk at drop-off, marks noticed at home),
/// scored blind at the start of the round (inbox 0.920 and silent 0.030, concerns 0.800, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_106: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_107.jsonl`: written from the spec by another helper (Years 5 and 6: SATs, residentials, secondary transition days, fixtures, music exams, an anxious child; self-harm, suicidal words, eating problems, bullying that follows the child home),
/// scored blind at the start of the round (inbox 0.860 and silent 0.040, concerns 0.800, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_107: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.97),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_108.jsonl`: written from the spec by another helper (separated families: two households, court-ordered contact, step-parents writing, two accounts of one day; a child not returned after contact, coercive control, emotional abuse),
/// scored blind at the start of the round (inbox 0.810 and silent 0.010, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_108: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.92),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.59),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.02,
};

/// `parse_from_spec_109.jsonl`: written from the spec by another helper (replies to the school's chase, half of them: short, vague, angry, days late, correcting the register; children missing education, a parent who will not say where the child is, a child kept home to care),
/// scored blind at the start of the round (inbox 0.780 and silent 0.080, concerns 0.720, 26 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_109: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.89),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.86),
    ],
    silent: 0.07,
};

/// `parse_from_spec_110.jsonl`: written from the spec by another helper (infectious illness and time away: D&V and 48 hours, chickenpox, scarlet fever, impetigo, measles, head lice, threadworms; a parent's drug or alcohol use, a condition left untreated, FGM),
/// scored blind at the start of the round (inbox 0.840 and silent 0.060, concerns 0.800, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_110: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_111.jsonl`: written from the spec by another helper (someone other than a parent writing: grandparents, kinship carers, foster carers, a childminder, an older sibling, a neighbour; private fostering, an adult the school does not know, radicalisation, a relative's disclosure),
/// scored blind at the start of the round (inbox 0.860 and silent 0.030, concerns 0.760, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_111: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.95),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_112.jsonl`: written from the spec by another helper (children with special educational needs: autism, ADHD, EHCP reviews, meltdowns, reduced timetables, CAMHS, council transport that does not come; a disabled child neglected or restrained, a parent carer at breaking point, harmful sexual behaviour),
/// scored blind at the start of the round (inbox 0.900 and silent 0.000, concerns 0.600, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_112: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.92),
        ("dates", 0.97),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.71),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.01,
};

/// `parse_from_spec_113.jsonl`: written from the spec by another helper (voice-to-text and hurried phone writing: run-on sentences, homophones, autocorrect slips, a second message correcting the first; online harm, a stranger asking for photos, sextortion, grooming through a game),
/// scored blind at the start of the round (inbox 0.910 and silent 0.020, concerns 0.820, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_113: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.76),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_114.jsonl`: written from the spec by another helper (appointments across the year: dentist, orthodontist, optician, physiotherapy, outpatients and scans, vaccinations, speech therapy, a visa appointment; medical neglect, an illness made up or exaggerated by a carer, missed appointments),
/// scored blind at the start of the round (inbox 0.900 and silent 0.050, concerns 0.740, 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_114: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.91),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.04,
};

/// `parse_from_spec_115.jsonl`: written from the spec by another helper (messages sent at awkward times: evenings, weekends, before half term, in the holidays, on a training day; a child missing from home, a teenager gone, a child who ran away overnight),
/// scored blind at the start of the round (inbox 0.910 and silent 0.010, concerns 0.640, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_115: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_116.jsonl`: written from the spec by another helper (several-day absences and returns: off till, back on, lists of dates, a week in hospital, an operation, crutches, a phased return; criminal exploitation and county lines, unexplained money or a new phone),
/// scored blind at the start of the round (inbox 0.880 and silent 0.020, concerns 0.700, 31 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_116: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.87),
        ("dates", 0.86),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.86),
    ],
    silent: 0.04,
};

/// `parse_from_spec_117.jsonl`: written from the spec by another helper (bereavement and family illness: a grandparent dying, funerals here and abroad, a parent's operation, a new baby, a hospice; domestic abuse, honour-based abuse, forced marriage, a child who witnessed violence),
/// scored blind at the start of the round (inbox 0.880 and silent 0.050, concerns 0.780, 27 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_117: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.91),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.82),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_118.jsonl`: written from the spec by another helper (family logistics: shifts, a car that will not start, childcare falling through, a house move, shopping; neglect, no food or heating, a child left alone, a parent who cannot get up, a family about to lose its home),
/// scored blind at the start of the round (inbox 0.890 and silent 0.020, concerns 0.880, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_118: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_119.jsonl`: written from the spec by another helper (activities away from school: county sport, music exams, dance competitions, performances, filming, trials; bullying, fights, sexual harassment, a child threatened on the way to school or scared to come in),
/// scored blind at the start of the round (inbox 0.840 and silent 0.040, concerns 0.800, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_119: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.91),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.05,
};

/// `parse_from_spec_120.jsonl`: written from the spec by another helper (carers who are not the parents: grandparents, kinship and foster carers, a childminder, an aunt, a parent writing from prison or hospital; a parent arrested, a parent's drinking or drugs, private fostering, a child left with someone unknown),
/// scored blind at the start of the round (inbox 0.900 and silent 0.040, concerns 0.760, 27 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_120: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.96),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.92),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_121.jsonl`: written from the spec by another helper (dates and days written every way: lists of dates, ranges across a weekend or a bank holiday, w/c, next Tues, back on the 5th; child sexual exploitation, an older boyfriend, gifts and lifts from adults, a child out overnight),
/// scored blind at the start of the round (inbox 0.920 and silent 0.020, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_121: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.95),
        ("dates", 0.96),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};

/// `parse_from_spec_122.jsonl`: written from the spec by another helper (messages that carry several things at once: an absence with a question, a form, a change of who collects, a complaint; a parent's own mental health, a parent in crisis, postnatal depression, a parent who cannot get the children to school),
/// scored blind at the start of the round (inbox 0.710 and silent 0.100, concerns 0.660, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_122: Floor = Floor {
    figures: &[
        ("exact", 0.67),
        ("code", 0.89),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.66),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.07,
};

/// `parse_from_spec_123.jsonl`: written from the spec by another helper (winter: flu, COVID, strep A, snow and ice, Christmas concerts, the last day before Christmas, the January return; a cold and hungry house, no coat, a child sent in unwell, domestic abuse over the holidays),
/// scored blind at the start of the round (inbox 0.890 and silent 0.030, concerns 0.620, 28 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_123: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.93),
        ("dates", 0.89),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_124.jsonl`: written from the spec by another helper (children with long-term illness: cancer treatment, sickle cell, cystic fibrosis, dialysis, hospital school, repeated admissions; young carers, an illness fabricated or induced by a carer, a parent refusing treatment),
/// scored blind at the start of the round (inbox 0.790 and silent 0.040, concerns 0.860, 31 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
/// Its `not_absence` floor was lowered once: a question that names no day
/// is read as no absence, right on many more held-out lines than it is
/// wrong on, and wrong on one unread line here.
const FROM_THE_SPEC_124: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.89),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.04,
};

/// `parse_from_spec_125.jsonl`: written from the spec by another helper (families on the move: Gypsy, Roma and Traveller families, showpeople, Forces families, a move, leaving the roll, home education; children missing education, trafficking and modern slavery, a child working, a family who vanish),
/// scored blind at the start of the round (inbox 0.830 and silent 0.050, concerns 0.660, 27 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_125: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.91),
        ("dates", 0.88),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.04,
};

/// `parse_from_spec_126.jsonl`: written from the spec by another helper (formal and disputed messages: a disputed mark or fine, leave requests, a GP or solicitor's letter, the attendance policy quoted back, a complaint with an absence; radicalisation, hate incidents, threats against staff),
/// scored blind at the start of the round (inbox 0.800 and silent 0.040, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_126: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.92),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.71),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_127.jsonl`: written from the spec by another helper (the summer term's days out and half days: sports day, trips, swimming, a heatwave, leavers' events; sexual abuse, a child's disclosure, an adult in a position of trust, harmful sexual behaviour, a feared visitor),
/// scored blind at the start of the round (inbox 0.860 and silent 0.030, concerns 0.740, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_127: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.91),
        ("dates", 0.91),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_128.jsonl`: written from the spec by another helper (families whose lives are hard to see from outside: a parent with a learning disability, a child interpreting, night work, a parent newly arrived; belief-based abuse, breast ironing, a child made to do adult work, neglect of a disabled child),
/// scored blind at the start of the round (inbox 0.930 and silent 0.020, concerns 0.700, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_128: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.92),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.03,
};

/// `parse_from_spec_129.jsonl`: written from the spec by another helper (faith and festivals across the year: Diwali, Vaisakhi, both Eids, Ashura, Rosh Hashanah, Yom Kippur, Chinese New Year, Orthodox Easter, a pilgrimage; FGM, forced marriage, honour-based abuse, belief-based abuse),
/// scored blind at the start of the round (inbox 0.860 and silent 0.080, concerns 0.680, 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_129: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.91),
        ("dates", 0.91),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.07,
};

/// `parse_from_spec_130.jsonl`: written from the spec by another helper (everyday illnesses by their everyday names and misspellings: a temp, a tummy bug, croup, tonsillitis, earache, a rash, pink eye, period pains; physical abuse, unexplained bruises and burns, a story that changes, a child frightened to go home),
/// scored blind at the start of the round (inbox 0.900 and silent 0.040, concerns 0.640, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_130: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.89),
        ("dates", 0.92),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.70),
    ],
    silent: 0.04,
};

/// `parse_from_spec_131.jsonl`: written from the spec by another helper (messages about days already gone: absences told after the fact, chase replies days late, corrections to the register, absences over a weekend or an INSET day; children missing from home or running away, a child out overnight, an older man with a car),
/// scored blind at the start of the round (inbox 0.810 and silent 0.100, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_131: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.90),
        ("dates", 0.87),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.07,
};

/// `parse_from_spec_132.jsonl`: written from the spec by another helper (money and housing: temporary accommodation far from school, a bus fare, an eviction, a house move, a job interview, a fine disputed, uniform and trips; homelessness, sofa-surfing, a family in one room, no food or power, threatening debts),
/// scored blind at the start of the round (inbox 0.880 and silent 0.000, concerns 0.720, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_132: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.71),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.01,
};

/// `parse_from_spec_133.jsonl`: written from the spec by another helper (suspensions and behaviour: a suspension and its days, a reduced timetable, a managed move, a child sent home, a meeting with the head; serious violence, knives, a child robbed or threatened, a gang, a child carrying for someone),
/// scored blind at the start of the round (inbox 0.820 and silent 0.000, concerns 0.720, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_133: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.89),
        ("dates", 0.90),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.68),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};

/// `parse_from_spec_134.jsonl`: written from the spec by another helper (Reception and Year 1: starting school, tiredness, infections one after another, toilet accidents, half days; neglect of young children, dental neglect, missed health appointments, a child always hungry, a young child left in charge),
/// scored blind at the start of the round (inbox 0.940 and silent 0.000, concerns 0.760, 25 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_134: Floor = Floor {
    figures: &[
        ("exact", 0.88),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.02,
};

/// `parse_from_spec_135.jsonl`: written from the spec by another helper (weather, transport and the unexpected: snow, floods, a storm, a power cut, a strike, roadworks, a crash, a broken-down car; a parent's drinking or drug use, a child who found pills or needles, a child's own vaping or drugs),
/// scored blind at the start of the round (inbox 0.840 and silent 0.070, concerns 0.740, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_135: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.91),
        ("dates", 0.92),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.06,
};

/// `parse_from_spec_136.jsonl`: written from the spec by another helper (families new to England writing in more than one language: Ukrainian, Turkish, Bengali, Pashto, Tigrinya, Spanish, Italian, translation-app English, asylum appointments; trafficking and modern slavery, a child working to pay a debt, a parent detained),
/// scored blind at the start of the round (inbox 0.810 and silent 0.040, concerns 0.700, 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_136: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.87),
        ("dates", 0.88),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.86),
    ],
    silent: 0.03,
};

/// `parse_from_spec_137.jsonl`: written from the spec by another helper (corrections and second messages: a day changed or taken back, an absence cancelled, a return moved, a chase reply correcting the record; the real reason told after a first excuse, a child told what to say, a message taken back, another adult writing from the parent's phone),
/// scored blind at the start of the round (inbox 0.860 and silent 0.050, concerns 0.720, 25 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_137: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.95),
        ("dates", 0.93),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.82),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_138.jsonl`: written from the spec by another helper (vague, hedging and conditional messages: 'might be off', 'see how she is', a plan hanging on a GP's call; veiled hints of trouble at home, 'please don't ring the house', a parent afraid or at the end of their tether),
/// scored blind at the start of the round (inbox 0.800 and silent 0.080, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_138: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.96),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.71),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_139.jsonl`: written from the spec by another helper (bullying, friendships and harm between children: a child afraid to come in, fallouts, a class group chat; sexual harassment by another pupil, nudes shared, bullying tied to self-harm, racist bullying, threats from older children),
/// scored blind at the start of the round (inbox 0.820 and silent 0.020, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_139: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.91),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.71),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};

/// `parse_from_spec_140.jsonl`: written from the spec by another helper (medical emergencies and hospital stays: an ambulance, a seizure, an allergic reaction, an overnight admission, a broken arm; injuries that do not add up, a baby's fracture, a delay in seeking care, illness a parent may cause),
/// scored blind at the start of the round (inbox 0.820 and silent 0.060, concerns 0.720, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_140: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.93),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.67),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.03,
};

/// `parse_from_spec_141.jsonl`: written from the spec by another helper (messages that are not absence reports, or not meant for this school: auto-replies, forwarded chains, the PTA, lost property, dinner money, confirmations; a parent saying the other must not collect, a court order, a threat, a child's remark in passing),
/// scored blind at the start of the round (inbox 0.860 and silent 0.050, concerns 0.820, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_141: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};

/// `parse_from_spec_142.jsonl`: written from the spec by another helper (sleep, tiredness and nights: late nights, night terrors, a new baby, a parent on nights who overslept; a child up all night online with strangers, parties or fights at home, a child scared to sleep at home, a parent too drunk to wake),
/// scored blind at the start of the round (inbox 0.910 and silent 0.020, concerns 0.820, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_142: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.94),
        ("dates", 0.96),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_143.jsonl`: written from the spec by another helper (parents' work: shifts, driving, farming, the Forces, the self-employed, a child taken along to work; a young child home alone or minding babies, a child working in the family business in school hours, a parent away with nobody in charge),
/// scored blind at the start of the round (inbox 0.870 and silent 0.030, concerns 0.680, 25 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_143: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.91),
        ("dates", 0.90),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.76),
        ("not_absence.precision", 0.85),
    ],
    silent: 0.04,
};

/// `parse_from_spec_144.jsonl`: written from the spec by another helper (children's bodies and health at home: head lice, threadworms, bedwetting, puberty, eczema; signs of FGM or a planned cutting, sexualised behaviour, a child very thin or always hungry, untreated sores, marks hidden from PE),
/// scored blind at the start of the round (inbox 0.820 and silent 0.060, concerns 0.740, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_144: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.93),
        ("dates", 0.95),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.04,
};

/// `parse_from_spec_145.jsonl`: written from the spec by another helper (trips abroad and family abroad: a cancelled flight, a family stuck abroad, a grandparent ill or dying abroad, a visa delay; a girl taken abroad to be married or cut, a child not brought back, a child sent to a school abroad against his will),
/// scored blind at the start of the round (inbox 0.820 and silent 0.040, concerns 0.640, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_145: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.89),
        ("dates", 0.88),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_146.jsonl`: written from the spec by another helper (online life and screens: phones, gaming, a class group chat, a confiscated phone; a stranger asking for photos, sextortion, a 'friend' from a game who wants to meet, extremist videos, money paid to someone online),
/// scored blind at the start of the round (inbox 0.890 and silent 0.020, concerns 0.860, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_146: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.95),
        ("dates", 0.94),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.76),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.03,
};

/// `parse_from_spec_147.jsonl`: written from the spec by another helper (a parent's own health: pregnancy, a new baby, an operation, cancer treatment; postnatal depression at its worst, a parent who says they cannot go on, a parent in hospital with nobody at home, a child caring alone),
/// scored blind at the start of the round (inbox 0.850 and silent 0.030, concerns 0.800, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_147: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.96),
        ("dates", 0.95),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};

/// `parse_from_spec_148.jsonl`: written from the spec by another helper (sport, clubs and after-school life: matches, galas, trials, injuries at a club; a coach who messages a child privately or gives gifts, older teenagers at the club who give money or vapes or ask a child to carry things),
/// scored blind at the start of the round (inbox 0.880 and silent 0.030, concerns 0.740, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_148: Floor = Floor {
    figures: &[
        ("exact", 0.83),
        ("code", 0.92),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.78),
        ("not_absence.precision", 0.92),
    ],
    silent: 0.03,
};

/// `parse_from_spec_149.jsonl`: written from the spec by another helper (the police, the courts and prison: jury service, a witness at court, a prison visit, a burglary; a parent arrested with nobody to care, a raid, a child who saw violence, a released parent the child must not see),
/// scored blind at the start of the round (inbox 0.890 and silent 0.020, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_149: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.93),
        ("dates", 0.92),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.03,
};

/// `parse_from_spec_150.jsonl`: written from the spec by another helper (calendar edges: the days around closures, half term, inset days and bank holidays, the week the clocks change, a Sunday-night message for Monday; children missing from education, a family gone without a word, a sudden home education),
/// scored blind at the start of the round (inbox 0.970 and silent 0.010, concerns 0.740, 30 of 31 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_150: Floor = Floor {
    figures: &[
        ("exact", 0.90),
        ("code", 0.94),
        ("dates", 0.92),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.95),
        ("not_absence.precision", 0.91),
    ],
    silent: 0.02,
};

/// `parse_from_spec_151.jsonl`: written from the spec by another helper (pets, animals and the home: a dog bite, the vet, a pet's death, a boiler broken, moving house; a dangerous dog still in the house, no heating or food for days, a family with nowhere to go, a child who hurts animals),
/// scored blind at the start of the round (inbox 0.900 and silent 0.020, concerns 0.800, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_151: Floor = Floor {
    figures: &[
        ("exact", 0.85),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};

/// `parse_from_spec_152.jsonl`: written from the spec by another helper (Years 5 and 6 growing up: walking in alone, a first phone, taster days, a Saturday job; older boys who give money or trainers, a child carrying things for others, a knife in a bag, a child out late with cash, county lines),
/// scored blind at the start of the round (inbox 0.910 and silent 0.000, concerns 0.840, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_152: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.97),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.01,
};

/// `parse_from_spec_153.jsonl`: written from the spec by another helper (lengths and returns told every way: 'back by Thursday', 'a week on Monday', 'the day after tomorrow', another's plan as the end; children not returned when said, families who stop answering, a child staying with relatives with no end),
/// scored blind at the start of the round (inbox 0.840 and silent 0.090, concerns 0.620, 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_153: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.91),
        ("dates", 0.89),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.90),
    ],
    silent: 0.05,
};

/// `parse_from_spec_154.jsonl`: written from the spec by another helper (questions, requests and conditions: leave asked for, 'should I keep her off if', 'can she do half a day', questions that report nothing; a parent asking for advice that reveals harm, a child writing on a parent's phone),
/// scored blind at the start of the round (inbox 0.640 and silent 0.180, concerns 0.700, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_154: Floor = Floor {
    figures: &[
        ("exact", 0.65),
        ("code", 0.85),
        ("dates", 0.82),
        ("pupils", 0.91),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.11,
};

/// `parse_from_spec_155.jsonl`: written from the spec by another helper (several children in one family with different stories: twins, one off and one in, different reasons and lengths, step- and half-siblings; harm between siblings, one child treated differently, an older sibling left in charge),
/// scored blind at the start of the round (inbox 0.850 and silent 0.070, concerns 0.660, 27 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
/// One concern in it is labelled against `train.jsonl`'s own reading of the same case (a child kept home to mind an ill sibling while the parent works is `O` there, with no concern), so its recall floor is what the rules reach.
const FROM_THE_SPEC_155: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.90),
        ("safeguarding.recall", 0.95),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_156.jsonl`: written from the spec by another helper (feelings, worries and avoiding school: anxiety, panic, friendship fall-outs, CAMHS, part-time timetables, grief, dramatic words used harmlessly; self-harm, suicidal words, an eating disorder, a child too frightened to come in),
/// scored blind at the start of the round (inbox 0.750 and silent 0.040, concerns 0.800, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_156: Floor = Floor {
    figures: &[
        ("exact", 0.75),
        ("code", 0.91),
        ("dates", 0.94),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.63),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_157.jsonl`: written from the spec by another helper (text-speak and hurried writing: tmrw, appt, D&V, 'half 9', '3/2', no punctuation, autocorrect; concerns told the same hurried way),
/// scored blind at the start of the round (inbox 0.820 and silent 0.050, concerns 0.520, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_157: Floor = Floor {
    figures: &[
        ("exact", 0.72),
        ("code", 0.88),
        ("dates", 0.91),
        ("pupils", 0.91),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.04,
};

/// `parse_from_spec_158.jsonl`: written from the spec by another helper (injuries and accidents: breaks and casts, stitches, A&E, burns, dog bites, fracture clinic, sitting out PE; injuries a parent cannot explain, stories that change, marks of a kind that worry),
/// scored blind at the start of the round (inbox 0.840 and silent 0.040, concerns 0.680, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_158: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.90),
        ("dates", 0.92),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_159.jsonl`: written from the spec by another helper (kinship care, grandparents, step-families and other carers writing: a grandmother on the school run, an aunt minding, a special guardianship order, a foster carer; private fostering nobody was told of, a child left with an adult barely known, a carer who cannot cope),
/// scored blind at the start of the round (inbox 0.740 and silent 0.000, concerns 0.660, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_159: Floor = Floor {
    figures: &[
        ("exact", 0.69),
        ("code", 0.85),
        ("dates", 0.86),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.61),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};

/// `parse_from_spec_160.jsonl`: written from the spec by another helper (school closures and disruption: snow, floods, strikes, a boiler failure, polling day, INSET days, the week the clocks change, the last day of term; a family made homeless by a flood, a cold house with no food, temporary accommodation far away),
/// scored blind at the start of the round (inbox 0.800 and silent 0.030, concerns 0.700, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_160: Floor = Floor {
    figures: &[
        ("exact", 0.75),
        ("code", 0.86),
        ("dates", 0.88),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};

/// `parse_from_spec_161.jsonl`: written from the spec by another helper (dates told every way: weekday names and abbreviations, ordinals, numeric dates, 'w/c', ranges over weekends, half terms and closures; a child left home alone for days, a trip abroad whose return keeps moving, a child missing from education after a move),
/// scored blind at the start of the round (inbox 0.870 and silent 0.020, concerns 0.680, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_161: Floor = Floor {
    figures: &[
        ("exact", 0.79),
        ("code", 0.95),
        ("dates", 0.84),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.89),
        ("not_absence.precision", 0.90),
    ],
    silent: 0.04,
};

/// `parse_from_spec_162.jsonl`: written from the spec by another helper (replies to the school's first-day chase: very short replies, another child or another day named, the child in school after all, replies days later; a parent who does not know where the child is, a child who did not come home, a reply from someone who is not the parent),
/// scored blind at the start of the round (inbox 0.900 and silent 0.030, concerns 0.720, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_162: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.92),
        ("dates", 0.95),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_163.jsonl`: written from the spec by another helper (messages that are not absence reports mixed with ones that are: uniform, trips, dinner money, clubs, changes of details, thank-yous, how to ask for leave, leave asked as a question; disclosures inside messages about something else),
/// scored blind at the start of the round (inbox 0.750 and silent 0.040, concerns 0.440, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_163: Floor = Floor {
    figures: &[
        ("exact", 0.62),
        ("code", 0.94),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.64),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};

/// `parse_from_spec_164.jsonl`: written from the spec by another helper (faith and culture: festivals and days of observance, weddings and funerals at home and abroad, mourning, pilgrimages, tired children after a celebration; FGM, forced marriage, honour-based abuse, radicalisation, a child sent abroad to 'learn the culture'),
/// scored blind at the start of the round (inbox 0.810 and silent 0.090, concerns 0.620, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_164: Floor = Floor {
    figures: &[
        ("exact", 0.73),
        ("code", 0.89),
        ("dates", 0.87),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.07,
};

/// `parse_from_spec_165.jsonl`: written from the spec by another helper (medical, dental and therapy appointments told with times: clinics, orthodontist, CAMHS, therapies, tests, leaving early and coming back after, appointments that run over; medical neglect, urgent appointments missed, injuries explained oddly, A&E after self-harm),
/// scored blind at the start of the round (inbox 0.900 and silent 0.060, concerns 0.640, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_165: Floor = Floor {
    figures: &[
        ("exact", 0.80),
        ("code", 0.92),
        ("dates", 0.91),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};

/// `parse_from_spec_166.jsonl`: written from the spec by another helper (work and family logistics: shifts, breakdowns, childcare falling through, late arrivals and early collections with times written every way; a parent drunk at drop-off, a child left alone in a car or at home, domestic abuse told as a logistics problem),
/// scored blind at the start of the round (inbox 0.860 and silent 0.030, concerns 0.660, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_166: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.90),
        ("dates", 0.91),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};

/// `parse_from_spec_167.jsonl`: written from the spec by another helper (parents writing in English as an additional language: Polish, Romanian, Urdu and Punjabi, Arabic, Portuguese, Somali, Bengali and Ukrainian speakers, some messages partly or wholly in the first language; safeguarding told the same ways),
/// scored blind at the start of the round (inbox 0.800 and silent 0.090, concerns 0.620, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_167: Floor = Floor {
    figures: &[
        ("exact", 0.73),
        ("code", 0.92),
        ("dates", 0.87),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.07,
};

/// `parse_from_spec_168.jsonl`: written from the spec by another helper (email from real clients: Gmail, Outlook, Apple Mail and Thunderbird replies with quoted messages (quote headers in Polish and Romanian), forwards, signatures and disclaimers, out-of-office text, subjects that say one thing and bodies another; disclosures buried in long emails),
/// scored blind at the start of the round (inbox 0.870 and silent 0.040, concerns 0.640, 29 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_168: Floor = Floor {
    figures: &[
        ("exact", 0.77),
        ("code", 0.94),
        ("dates", 0.94),
        ("pupils", 0.98),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.74),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};
/// `parse_from_spec_169.jsonl`: written from the spec by another helper (no single theme: an ordinary year's inbox in the proportions a real office sees, in many voices; the ordinary mix of concerns a DSL meets in a year, most told in passing),
/// scored blind at the start of the round (inbox 0.950 and silent 0.000, concerns 0.880, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_169: Floor = Floor {
    figures: &[
        ("exact", 0.90),
        ("code", 0.97),
        ("dates", 0.97),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};
/// `parse_from_spec_170.jsonl`: written from the spec by another helper (hard cases where the message names days or times that are not the absence (a party, sports day, a review, a cast coming off), absences told after the fact, returns told as someone else's plan, ends told as a condition; concerns hidden among such detail),
/// scored blind at the start of the round (inbox 0.690 and silent 0.120, concerns 0.560, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_170: Floor = Floor {
    figures: &[
        ("exact", 0.65),
        ("code", 0.90),
        ("dates", 0.78),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.74),
    ],
    silent: 0.07,
};
/// `parse_from_spec_171.jsonl`: written from the spec by another helper (illness over several days and follow-up messages: updates, exclusion periods, a parent correcting an earlier message, replies to the second and third day's chase; repeated unexplained illness, a child never seen by a doctor, a parent too unwell to cope),
/// scored blind at the start of the round (inbox 0.820 and silent 0.060, concerns 0.840, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_171: Floor = Floor {
    figures: &[
        ("exact", 0.82),
        ("code", 0.90),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.04,
};
/// `parse_from_spec_172.jsonl`: written from the spec by another helper (children with special educational needs, disabilities and long-term conditions: part-time timetables, therapies at set times, hospital stays, medication changes; restraint at home, medication withheld, carers at breaking point),
/// scored blind at the start of the round (inbox 0.630 and silent 0.120, concerns 0.680, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_172: Floor = Floor {
    figures: &[
        ("exact", 0.63),
        ("code", 0.81),
        ("dates", 0.82),
        ("pupils", 0.89),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.68),
        ("not_absence.precision", 0.78),
    ],
    silent: 0.11,
};
/// `parse_from_spec_173.jsonl`: written from the spec by another helper (short messages from phones: one-line texts, voice-to-text dictation and its mistakes, predictive text, messages split in two, a grandparent unused to texting; safeguarding told the same short way),
/// scored blind at the start of the round (inbox 0.930 and silent 0.020, concerns 0.820, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_173: Floor = Floor {
    figures: &[
        ("exact", 0.87),
        ("code", 0.93),
        ("dates", 0.93),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.03,
};
/// `parse_from_spec_174.jsonl`: written from the spec by another helper (holidays, travel and leave: term-time requests, flights and delayed returns, visas, emergencies and ceremonies abroad, fines, a return date that moves; a child taken abroad with no return date, a ceremony planned for a girl, a parent fleeing),
/// scored blind at the start of the round (inbox 0.820 and silent 0.020, concerns 0.460, 27 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_174: Floor = Floor {
    figures: &[
        ("exact", 0.69),
        ("code", 0.83),
        ("dates", 0.87),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.77),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.03,
};
/// `parse_from_spec_175.jsonl`: written from the spec by another helper (Reception and Year 1 families: settling in, phased starts, nursery-age illnesses, first-time parents unsure of the rules, a new baby at home; concerns seen in the youngest children),
/// scored blind at the start of the round (inbox 0.910 and silent 0.030, concerns 0.760, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_175: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.94),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};
/// `parse_from_spec_176.jsonl`: written from the spec by another helper (winter: coughs, colds, flu, norovirus, scarlet fever, snow and ice, dark mornings, the Christmas play and parties, January returns; a cold home with no heating or food, domestic abuse over the holidays, a parent drinking at Christmas),
/// scored blind at the start of the round (inbox 0.860 and silent 0.080, concerns 0.580, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_176: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.90),
        ("dates", 0.88),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.75),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};
/// `parse_from_spec_177.jsonl`: written from the spec by another helper (no single theme: a second ordinary year's inbox in the proportions a real office sees, in many voices; the ordinary mix of concerns a DSL meets in a year),
/// scored blind at the start of the round (inbox 0.900 and silent 0.020, concerns 0.820, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_177: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.95),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.93),
    ],
    silent: 0.02,
};
/// `parse_from_spec_178.jsonl`: written from the spec by another helper (the summer term: hay fever, heat, chickenpox, sports day, SATs week, trips and residentials, transition days, holidays booked before the end of term; a child left alone in the holidays ahead, a worrying trip abroad, and harmless look-alikes),
/// scored blind at the start of the round (inbox 0.910 and silent 0.030, concerns 0.620, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_178: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.92),
        ("dates", 0.93),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};
/// `parse_from_spec_179.jsonl`: written from the spec by another helper (days told before and after: a day that has passed, updates during an absence, a child back today after days off, in tomorrow, messages sent the evening before, at the weekend or in the holidays; concerns told among such days),
/// scored blind at the start of the round (inbox 0.780 and silent 0.120, concerns 0.660, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_179: Floor = Floor {
    figures: &[
        ("exact", 0.73),
        ("code", 0.89),
        ("dates", 0.81),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.85),
        ("not_absence.precision", 0.86),
    ],
    silent: 0.08,
};
/// `parse_from_spec_180.jsonl`: written from the spec by another helper (families and names: several children with only some away, names known by, siblings at other schools or nursery, stepchildren, a friend's child brought in, a child named who is not the sender's; another family's child at risk),
/// scored blind at the start of the round (inbox 0.830 and silent 0.020, concerns 0.520, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_180: Floor = Floor {
    figures: &[
        ("exact", 0.71),
        ("code", 0.92),
        ("dates", 0.92),
        ("pupils", 0.91),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.73),
        ("not_absence.precision", 0.87),
    ],
    silent: 0.03,
};
/// `parse_from_spec_181.jsonl`: written from the spec by another helper (long and formal emails: work signatures and disclaimers, emails forwarded by the other parent, out-of-office replies, the school's letters quoted back, several paragraphs of which one is an absence, questions to the office),
/// scored blind at the start of the round (inbox 0.840 and silent 0.060, concerns 0.520, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_181: Floor = Floor {
    figures: &[
        ("exact", 0.72),
        ("code", 0.89),
        ("dates", 0.92),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.68),
        ("not_absence.precision", 0.94),
    ],
    silent: 0.05,
};
/// `parse_from_spec_182.jsonl`: written from the spec by another helper (parts of the day: collected at lunchtime, sent home ill, leaving early for an appointment or a funeral, in late after the dentist, half days, afternoon-only absences, times written every way, clubs and pick-ups that are no absence),
/// scored blind at the start of the round (inbox 0.750 and silent 0.110, concerns 0.720, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_182: Floor = Floor {
    figures: &[
        ("exact", 0.74),
        ("code", 0.80),
        ("dates", 0.83),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.95),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.07,
};
/// `parse_from_spec_183.jsonl`: written from the spec by another helper (upset, angry or worried parents: fines and unauthorised absence, complaints about the chase, bullying keeping a child home, refused holidays, anxious children refusing school; harm between children, online harm, a parent's own crisis told in anger),
/// scored blind at the start of the round (inbox 0.600 and silent 0.100, concerns 0.780, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_183: Floor = Floor {
    figures: &[
        ("exact", 0.70),
        ("code", 0.91),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.54),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};
/// `parse_from_spec_184.jsonl`: written from the spec by another helper (the autumn term: a new school year, settling in, harvest, Halloween and bonfire night, the clocks going back, October half term and late returns, Diwali, colds, head lice, tummy bugs, evening and weekend messages about the week ahead),
/// scored blind at the start of the round (inbox 0.880 and silent 0.020, concerns 0.700, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_184: Floor = Floor {
    figures: &[
        ("exact", 0.81),
        ("code", 0.96),
        ("dates", 0.90),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};

/// `parse_from_spec_185.jsonl`: written from the spec by another helper (no single theme: a third ordinary year's inbox in the proportions a real office sees, in many voices; the ordinary mix of concerns a DSL meets in a year),
/// scored blind at the start of the round (inbox 0.950 and silent 0.010, concerns 0.760, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_185: Floor = Floor {
    figures: &[
        ("exact", 0.86),
        ("code", 0.93),
        ("dates", 0.95),
        ("pupils", 0.97),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.87),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.02,
};
/// `parse_from_spec_186.jsonl`: written from the spec by another helper (the spring term: January returns, snow, February half term and late returns, Chinese New Year, Ramadan and Eid al-Fitr, World Book Day, Easter, the clocks going forward, chickenpox and stomach bugs; a family struggling after Christmas, a fasting child unwell, a parent's new partner),
/// scored blind at the start of the round (inbox 0.840 and silent 0.030, concerns 0.700, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_186: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.92),
        ("dates", 0.91),
        ("pupils", 0.96),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};
/// `parse_from_spec_187.jsonl`: written from the spec by another helper (questions, conditions and plans that are not yet absences: if still poorly in the morning, might need collecting, may we take her out, would it be authorised, plans called off, and conditional messages that do report an absence),
/// scored blind at the start of the round (inbox 0.780 and silent 0.080, concerns 0.640, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_187: Floor = Floor {
    figures: &[
        ("exact", 0.72),
        ("code", 0.93),
        ("dates", 0.87),
        ("pupils", 0.94),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.95),
    ],
    silent: 0.03,
};
/// `parse_from_spec_188.jsonl`: written from the spec by another helper (replies to the chase and first-day calls: short replies, grandparents and a parent apart on contacts 3 and 4, replies saying the child is in or was dropped off late, several children or days, angry or confused replies and ones that say nothing useful),
/// scored blind at the start of the round (inbox 0.870 and silent 0.030, concerns 0.840, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_188: Floor = Floor {
    figures: &[
        ("exact", 0.84),
        ("code", 0.92),
        ("dates", 0.94),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.79),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.03,
};
/// `parse_from_spec_189.jsonl`: written from the spec by another helper (families writing English as an additional language: Polish, Romanian, Urdu, Bengali, Portuguese, Arabic, Lithuanian and Somali speakers in simple or translated English, a few words or whole messages in another language, unusual spellings of illnesses and dates),
/// scored blind at the start of the round (inbox 0.860 and silent 0.040, concerns 0.680, 26 of 29 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_189: Floor = Floor {
    figures: &[
        ("exact", 0.78),
        ("code", 0.94),
        ("dates", 0.85),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.84),
        ("not_absence.precision", 0.98),
    ],
    silent: 0.05,
};
/// `parse_from_spec_190.jsonl`: written from the spec by another helper (medical, dental and therapy appointments: orthodontist, hospital outpatients, CAMHS, speech, physio and occupational therapy, eye and hearing tests, blood tests, vaccinations, weekly appointments, appointment letters forwarded, a parent's or sibling's appointment),
/// scored blind at the start of the round (inbox 0.840 and silent 0.050, concerns 0.580, 30 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_190: Floor = Floor {
    figures: &[
        ("exact", 0.76),
        ("code", 0.81),
        ("dates", 0.86),
        ("pupils", 0.90),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.83),
        ("not_absence.precision", 0.88),
    ],
    silent: 0.05,
};
/// `parse_from_spec_191.jsonl`: written from the spec by another helper (faiths, festivals and family events: the two Eids, Diwali, Vaisakhi, Rosh Hashanah and Yom Kippur, Chinese New Year, Orthodox Christmas, first communions, weddings, funerals and bereavement, Traveller families travelling for work, visitors from abroad, which days are authorised),
/// scored blind at the start of the round (inbox 0.810 and silent 0.090, concerns 0.520, 28 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_191: Floor = Floor {
    figures: &[
        ("exact", 0.72),
        ("code", 0.82),
        ("dates", 0.90),
        ("pupils", 0.95),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.80),
        ("not_absence.precision", 0.87),
    ],
    silent: 0.08,
};
/// `parse_from_spec_192.jsonl`: written from the spec by another helper (lateness and getting to school: buses that never came, traffic, a car broken down, a sibling's drop-off elsewhere, oversleeping, weather, a child refusing to leave, arrivals with times before and after the register closes, lateness told after the child is in),
/// scored blind at the start of the round (inbox 0.760 and silent 0.120, concerns 0.740, 29 of 30 concerns raised, on the round's first build); the odd-numbered half of each file
/// was read after that, the even half only where a concern was missed. The concern model does not learn from it.
const FROM_THE_SPEC_192: Floor = Floor {
    figures: &[
        ("exact", 0.74),
        ("code", 0.94),
        ("dates", 0.93),
        ("pupils", 0.93),
        ("safeguarding.recall", 1.00),
        ("safeguarding.precision", 0.73),
        ("not_absence.precision", 0.73),
    ],
    silent: 0.09,
};

#[test]
fn messages_written_from_the_spec_alone_meet_their_floor() {
    let sets = [
        ("parse_from_spec.jsonl", &FROM_THE_SPEC),
        ("parse_from_spec_2.jsonl", &FROM_THE_SPEC_2),
        ("parse_from_spec_3.jsonl", &FROM_THE_SPEC_3),
        ("parse_from_spec_4.jsonl", &FROM_THE_SPEC_4),
        ("parse_from_spec_5.jsonl", &FROM_THE_SPEC_5),
        ("parse_from_spec_6.jsonl", &FROM_THE_SPEC_6),
        ("parse_from_spec_7.jsonl", &FROM_THE_SPEC_7),
        ("parse_from_spec_8.jsonl", &FROM_THE_SPEC_8),
        ("parse_from_spec_9.jsonl", &FROM_THE_SPEC_9),
        ("parse_from_spec_10.jsonl", &FROM_THE_SPEC_10),
        ("parse_from_spec_11.jsonl", &FROM_THE_SPEC_11),
        ("parse_from_spec_12.jsonl", &FROM_THE_SPEC_12),
        ("parse_from_spec_13.jsonl", &FROM_THE_SPEC_13),
        ("parse_from_spec_14.jsonl", &FROM_THE_SPEC_14),
        ("parse_from_spec_15.jsonl", &FROM_THE_SPEC_15),
        ("parse_from_spec_16.jsonl", &FROM_THE_SPEC_16),
        ("parse_from_spec_17.jsonl", &FROM_THE_SPEC_17),
        ("parse_from_spec_18.jsonl", &FROM_THE_SPEC_18),
        ("parse_from_spec_19.jsonl", &FROM_THE_SPEC_19),
        ("parse_from_spec_20.jsonl", &FROM_THE_SPEC_20),
        ("parse_from_spec_21.jsonl", &FROM_THE_SPEC_21),
        ("parse_from_spec_22.jsonl", &FROM_THE_SPEC_22),
        ("parse_from_spec_23.jsonl", &FROM_THE_SPEC_23),
        ("parse_from_spec_24.jsonl", &FROM_THE_SPEC_24),
        ("parse_from_spec_25.jsonl", &FROM_THE_SPEC_25),
        ("parse_from_spec_26.jsonl", &FROM_THE_SPEC_26),
        ("parse_from_spec_27.jsonl", &FROM_THE_SPEC_27),
        ("parse_from_spec_28.jsonl", &FROM_THE_SPEC_28),
        ("parse_from_spec_29.jsonl", &FROM_THE_SPEC_29),
        ("parse_from_spec_30.jsonl", &FROM_THE_SPEC_30),
        ("parse_from_spec_31.jsonl", &FROM_THE_SPEC_31),
        ("parse_from_spec_32.jsonl", &FROM_THE_SPEC_32),
        ("parse_from_spec_33.jsonl", &FROM_THE_SPEC_33),
        ("parse_from_spec_34.jsonl", &FROM_THE_SPEC_34),
        ("parse_from_spec_35.jsonl", &FROM_THE_SPEC_35),
        ("parse_from_spec_36.jsonl", &FROM_THE_SPEC_36),
        ("parse_from_spec_37.jsonl", &FROM_THE_SPEC_37),
        ("parse_from_spec_38.jsonl", &FROM_THE_SPEC_38),
        ("parse_from_spec_39.jsonl", &FROM_THE_SPEC_39),
        ("parse_from_spec_40.jsonl", &FROM_THE_SPEC_40),
        ("parse_from_spec_41.jsonl", &FROM_THE_SPEC_41),
        ("parse_from_spec_42.jsonl", &FROM_THE_SPEC_42),
        ("parse_from_spec_43.jsonl", &FROM_THE_SPEC_43),
        ("parse_from_spec_44.jsonl", &FROM_THE_SPEC_44),
        ("parse_from_spec_45.jsonl", &FROM_THE_SPEC_45),
        ("parse_from_spec_46.jsonl", &FROM_THE_SPEC_46),
        ("parse_from_spec_47.jsonl", &FROM_THE_SPEC_47),
        ("parse_from_spec_48.jsonl", &FROM_THE_SPEC_48),
        ("parse_from_spec_49.jsonl", &FROM_THE_SPEC_49),
        ("parse_from_spec_50.jsonl", &FROM_THE_SPEC_50),
        ("parse_from_spec_51.jsonl", &FROM_THE_SPEC_51),
        ("parse_from_spec_52.jsonl", &FROM_THE_SPEC_52),
        ("parse_from_spec_53.jsonl", &FROM_THE_SPEC_53),
        ("parse_from_spec_54.jsonl", &FROM_THE_SPEC_54),
        ("parse_from_spec_55.jsonl", &FROM_THE_SPEC_55),
        ("parse_from_spec_56.jsonl", &FROM_THE_SPEC_56),
        ("parse_from_spec_57.jsonl", &FROM_THE_SPEC_57),
        ("parse_from_spec_58.jsonl", &FROM_THE_SPEC_58),
        ("parse_from_spec_59.jsonl", &FROM_THE_SPEC_59),
        ("parse_from_spec_60.jsonl", &FROM_THE_SPEC_60),
        ("parse_from_spec_61.jsonl", &FROM_THE_SPEC_61),
        ("parse_from_spec_62.jsonl", &FROM_THE_SPEC_62),
        ("parse_from_spec_63.jsonl", &FROM_THE_SPEC_63),
        ("parse_from_spec_64.jsonl", &FROM_THE_SPEC_64),
        ("parse_from_spec_65.jsonl", &FROM_THE_SPEC_65),
        ("parse_from_spec_66.jsonl", &FROM_THE_SPEC_66),
        ("parse_from_spec_67.jsonl", &FROM_THE_SPEC_67),
        ("parse_from_spec_68.jsonl", &FROM_THE_SPEC_68),
        ("parse_from_spec_69.jsonl", &FROM_THE_SPEC_69),
        ("parse_from_spec_70.jsonl", &FROM_THE_SPEC_70),
        ("parse_from_spec_71.jsonl", &FROM_THE_SPEC_71),
        ("parse_from_spec_72.jsonl", &FROM_THE_SPEC_72),
        ("parse_from_spec_73.jsonl", &FROM_THE_SPEC_73),
        ("parse_from_spec_74.jsonl", &FROM_THE_SPEC_74),
        ("parse_from_spec_75.jsonl", &FROM_THE_SPEC_75),
        ("parse_from_spec_76.jsonl", &FROM_THE_SPEC_76),
        ("parse_from_spec_77.jsonl", &FROM_THE_SPEC_77),
        ("parse_from_spec_78.jsonl", &FROM_THE_SPEC_78),
        ("parse_from_spec_79.jsonl", &FROM_THE_SPEC_79),
        ("parse_from_spec_80.jsonl", &FROM_THE_SPEC_80),
        ("parse_from_spec_81.jsonl", &FROM_THE_SPEC_81),
        ("parse_from_spec_82.jsonl", &FROM_THE_SPEC_82),
        ("parse_from_spec_83.jsonl", &FROM_THE_SPEC_83),
        ("parse_from_spec_84.jsonl", &FROM_THE_SPEC_84),
        ("parse_from_spec_85.jsonl", &FROM_THE_SPEC_85),
        ("parse_from_spec_86.jsonl", &FROM_THE_SPEC_86),
        ("parse_from_spec_87.jsonl", &FROM_THE_SPEC_87),
        ("parse_from_spec_88.jsonl", &FROM_THE_SPEC_88),
        ("parse_from_spec_89.jsonl", &FROM_THE_SPEC_89),
        ("parse_from_spec_90.jsonl", &FROM_THE_SPEC_90),
        ("parse_from_spec_91.jsonl", &FROM_THE_SPEC_91),
        ("parse_from_spec_92.jsonl", &FROM_THE_SPEC_92),
        ("parse_from_spec_93.jsonl", &FROM_THE_SPEC_93),
        ("parse_from_spec_94.jsonl", &FROM_THE_SPEC_94),
        ("parse_from_spec_95.jsonl", &FROM_THE_SPEC_95),
        ("parse_from_spec_96.jsonl", &FROM_THE_SPEC_96),
        ("parse_from_spec_97.jsonl", &FROM_THE_SPEC_97),
        ("parse_from_spec_98.jsonl", &FROM_THE_SPEC_98),
        ("parse_from_spec_99.jsonl", &FROM_THE_SPEC_99),
        ("parse_from_spec_100.jsonl", &FROM_THE_SPEC_100),
        ("parse_from_spec_101.jsonl", &FROM_THE_SPEC_101),
        ("parse_from_spec_102.jsonl", &FROM_THE_SPEC_102),
        ("parse_from_spec_103.jsonl", &FROM_THE_SPEC_103),
        ("parse_from_spec_104.jsonl", &FROM_THE_SPEC_104),
        ("parse_from_spec_105.jsonl", &FROM_THE_SPEC_105),
        ("parse_from_spec_106.jsonl", &FROM_THE_SPEC_106),
        ("parse_from_spec_107.jsonl", &FROM_THE_SPEC_107),
        ("parse_from_spec_108.jsonl", &FROM_THE_SPEC_108),
        ("parse_from_spec_109.jsonl", &FROM_THE_SPEC_109),
        ("parse_from_spec_110.jsonl", &FROM_THE_SPEC_110),
        ("parse_from_spec_111.jsonl", &FROM_THE_SPEC_111),
        ("parse_from_spec_112.jsonl", &FROM_THE_SPEC_112),
        ("parse_from_spec_113.jsonl", &FROM_THE_SPEC_113),
        ("parse_from_spec_114.jsonl", &FROM_THE_SPEC_114),
        ("parse_from_spec_115.jsonl", &FROM_THE_SPEC_115),
        ("parse_from_spec_116.jsonl", &FROM_THE_SPEC_116),
        ("parse_from_spec_117.jsonl", &FROM_THE_SPEC_117),
        ("parse_from_spec_118.jsonl", &FROM_THE_SPEC_118),
        ("parse_from_spec_119.jsonl", &FROM_THE_SPEC_119),
        ("parse_from_spec_120.jsonl", &FROM_THE_SPEC_120),
        ("parse_from_spec_121.jsonl", &FROM_THE_SPEC_121),
        ("parse_from_spec_122.jsonl", &FROM_THE_SPEC_122),
        ("parse_from_spec_123.jsonl", &FROM_THE_SPEC_123),
        ("parse_from_spec_124.jsonl", &FROM_THE_SPEC_124),
        ("parse_from_spec_125.jsonl", &FROM_THE_SPEC_125),
        ("parse_from_spec_126.jsonl", &FROM_THE_SPEC_126),
        ("parse_from_spec_127.jsonl", &FROM_THE_SPEC_127),
        ("parse_from_spec_128.jsonl", &FROM_THE_SPEC_128),
        ("parse_from_spec_129.jsonl", &FROM_THE_SPEC_129),
        ("parse_from_spec_130.jsonl", &FROM_THE_SPEC_130),
        ("parse_from_spec_131.jsonl", &FROM_THE_SPEC_131),
        ("parse_from_spec_132.jsonl", &FROM_THE_SPEC_132),
        ("parse_from_spec_133.jsonl", &FROM_THE_SPEC_133),
        ("parse_from_spec_134.jsonl", &FROM_THE_SPEC_134),
        ("parse_from_spec_135.jsonl", &FROM_THE_SPEC_135),
        ("parse_from_spec_136.jsonl", &FROM_THE_SPEC_136),
        ("parse_from_spec_137.jsonl", &FROM_THE_SPEC_137),
        ("parse_from_spec_138.jsonl", &FROM_THE_SPEC_138),
        ("parse_from_spec_139.jsonl", &FROM_THE_SPEC_139),
        ("parse_from_spec_140.jsonl", &FROM_THE_SPEC_140),
        ("parse_from_spec_141.jsonl", &FROM_THE_SPEC_141),
        ("parse_from_spec_142.jsonl", &FROM_THE_SPEC_142),
        ("parse_from_spec_143.jsonl", &FROM_THE_SPEC_143),
        ("parse_from_spec_144.jsonl", &FROM_THE_SPEC_144),
        ("parse_from_spec_145.jsonl", &FROM_THE_SPEC_145),
        ("parse_from_spec_146.jsonl", &FROM_THE_SPEC_146),
        ("parse_from_spec_147.jsonl", &FROM_THE_SPEC_147),
        ("parse_from_spec_148.jsonl", &FROM_THE_SPEC_148),
        ("parse_from_spec_149.jsonl", &FROM_THE_SPEC_149),
        ("parse_from_spec_150.jsonl", &FROM_THE_SPEC_150),
        ("parse_from_spec_151.jsonl", &FROM_THE_SPEC_151),
        ("parse_from_spec_152.jsonl", &FROM_THE_SPEC_152),
        ("parse_from_spec_153.jsonl", &FROM_THE_SPEC_153),
        ("parse_from_spec_154.jsonl", &FROM_THE_SPEC_154),
        ("parse_from_spec_155.jsonl", &FROM_THE_SPEC_155),
        ("parse_from_spec_156.jsonl", &FROM_THE_SPEC_156),
        ("parse_from_spec_157.jsonl", &FROM_THE_SPEC_157),
        ("parse_from_spec_158.jsonl", &FROM_THE_SPEC_158),
        ("parse_from_spec_159.jsonl", &FROM_THE_SPEC_159),
        ("parse_from_spec_160.jsonl", &FROM_THE_SPEC_160),
        ("parse_from_spec_161.jsonl", &FROM_THE_SPEC_161),
        ("parse_from_spec_162.jsonl", &FROM_THE_SPEC_162),
        ("parse_from_spec_163.jsonl", &FROM_THE_SPEC_163),
        ("parse_from_spec_164.jsonl", &FROM_THE_SPEC_164),
        ("parse_from_spec_165.jsonl", &FROM_THE_SPEC_165),
        ("parse_from_spec_166.jsonl", &FROM_THE_SPEC_166),
        ("parse_from_spec_167.jsonl", &FROM_THE_SPEC_167),
        ("parse_from_spec_168.jsonl", &FROM_THE_SPEC_168),
        ("parse_from_spec_169.jsonl", &FROM_THE_SPEC_169),
        ("parse_from_spec_170.jsonl", &FROM_THE_SPEC_170),
        ("parse_from_spec_171.jsonl", &FROM_THE_SPEC_171),
        ("parse_from_spec_172.jsonl", &FROM_THE_SPEC_172),
        ("parse_from_spec_173.jsonl", &FROM_THE_SPEC_173),
        ("parse_from_spec_174.jsonl", &FROM_THE_SPEC_174),
        ("parse_from_spec_175.jsonl", &FROM_THE_SPEC_175),
        ("parse_from_spec_176.jsonl", &FROM_THE_SPEC_176),
        ("parse_from_spec_177.jsonl", &FROM_THE_SPEC_177),
        ("parse_from_spec_178.jsonl", &FROM_THE_SPEC_178),
        ("parse_from_spec_179.jsonl", &FROM_THE_SPEC_179),
        ("parse_from_spec_180.jsonl", &FROM_THE_SPEC_180),
        ("parse_from_spec_181.jsonl", &FROM_THE_SPEC_181),
        ("parse_from_spec_182.jsonl", &FROM_THE_SPEC_182),
        ("parse_from_spec_183.jsonl", &FROM_THE_SPEC_183),
        ("parse_from_spec_184.jsonl", &FROM_THE_SPEC_184),
        ("parse_from_spec_185.jsonl", &FROM_THE_SPEC_185),
        ("parse_from_spec_186.jsonl", &FROM_THE_SPEC_186),
        ("parse_from_spec_187.jsonl", &FROM_THE_SPEC_187),
        ("parse_from_spec_188.jsonl", &FROM_THE_SPEC_188),
        ("parse_from_spec_189.jsonl", &FROM_THE_SPEC_189),
        ("parse_from_spec_190.jsonl", &FROM_THE_SPEC_190),
        ("parse_from_spec_191.jsonl", &FROM_THE_SPEC_191),
        ("parse_from_spec_192.jsonl", &FROM_THE_SPEC_192),
    ];
    let golds: Vec<PathBuf> = sets
        .iter()
        .map(|(file, _)| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(file)
        })
        .collect();
    let paths: Vec<&Path> = golds.iter().map(PathBuf::as_path).collect();
    let predictions = predict(&paths);
    for ((gold, predicted), (_, floor)) in golds.iter().zip(&predictions).zip(sets) {
        meets_with(gold, predicted.path(), floor);
    }
}

/// The lines of `parse_written_apart.jsonl` whose ids start with one of
/// `prefixes`, as a labelled file.
fn written_apart(prefixes: &[&str]) -> tempfile::NamedTempFile {
    written_apart_where(|id| prefixes.iter().any(|prefix| id.starts_with(prefix)))
}

/// The lines of `parse_written_apart.jsonl` whose ids `keep` keeps, as a
/// labelled file.
fn written_apart_where(keep: impl Fn(&str) -> bool) -> tempfile::NamedTempFile {
    let all =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse_written_apart.jsonl");
    let lines: String = std::fs::read_to_string(all)
        .unwrap()
        .lines()
        .filter(|line| {
            line.strip_prefix(r#"{"id": ""#)
                .and_then(|rest| rest.split('"').next())
                .is_some_and(&keep)
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let gold = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(gold.path(), lines).unwrap();
    gold
}
