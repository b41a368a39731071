//! `absence-line parse`: reads parents' messages as JSON Lines (the parsing
//! corpus's input format) on stdin and writes one result line per input
//! line on stdout, in the same order. With `--explain`, each line also
//! carries its `explanation`, and the words that decided it are printed on
//! stderr for a person to read.

use std::io::{BufRead, BufWriter, Write};
use std::path::Path;

use absence_line::calendar::load_schools;
use absence_line::config::Config;
use absence_line::domain::{Explanation, Flag, ParsedMessage, School};
use absence_line::parse::{MessageInput, parse_message};
use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

/// Arguments of `absence-line parse`.
#[derive(clap::Args)]
pub struct Args {
    /// Read JSON Lines (the parsing corpus's input format) from stdin.
    #[arg(long)]
    pub jsonl: bool,
    /// The school whose calendar and session times apply (default: the
    /// first configured).
    #[arg(long)]
    pub school: Option<String>,
    /// Also give the words that decided the children, the code, the dates
    /// and each flag: in each output line, and readably on stderr.
    #[arg(long)]
    pub explain: bool,
}

/// One input line: the message and its id.
#[derive(Deserialize)]
struct InputLine {
    id: String,
    #[serde(flatten)]
    message: MessageInput,
}

/// One output line. A line that could not be read keeps its place with an
/// `error`, no reports and `needs_staff`, so output stays aligned with input.
#[derive(Serialize)]
struct OutputLine<'a> {
    id: Option<&'a str>,
    #[serde(flatten)]
    parsed: ParsedMessage,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub fn run(config: &Path, args: Args) -> anyhow::Result<()> {
    if !args.jsonl {
        bail!("only --jsonl input is supported: pass --jsonl and corpus lines on stdin");
    }
    let config = Config::load(config)?;
    let schools = load_schools(&config, None)?;
    let school = pick_school(&schools, args.school.as_deref())?;
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut bad_lines = 0usize;
    for (n, line) in stdin.lines().enumerate() {
        let line = line.context("reading stdin")?;
        if line.trim().is_empty() {
            continue;
        }
        let written = match serde_json::from_str::<InputLine>(&line) {
            Ok(input) => {
                let mut parsed = parse_message(&input.message, school);
                if args.explain {
                    eprintln!("{}:", input.id);
                    for line in parsed.explanation.lines() {
                        eprintln!("  {line}");
                    }
                } else {
                    parsed.explanation = Explanation::default();
                }
                serde_json::to_string(&OutputLine {
                    id: Some(&input.id),
                    parsed,
                    error: None,
                })
            }
            Err(e) => {
                bad_lines += 1;
                eprintln!("line {}: not a message: {e}", n + 1);
                let id = serde_json::from_str::<serde_json::Value>(&line)
                    .ok()
                    .and_then(|v| v.get("id").and_then(|id| id.as_str()).map(str::to_string));
                serde_json::to_string(&OutputLine {
                    id: id.as_deref(),
                    parsed: ParsedMessage {
                        flags: vec![Flag::NeedsStaff],
                        ..ParsedMessage::default()
                    },
                    error: Some(e.to_string()),
                })
            }
        }?;
        writeln!(out, "{written}")?;
    }
    out.flush()?;
    if bad_lines > 0 {
        bail!("{bad_lines} input line(s) could not be read (see above)");
    }
    Ok(())
}

fn pick_school<'a>(schools: &'a [School], id: Option<&str>) -> anyhow::Result<&'a School> {
    match id {
        Some(id) => schools
            .iter()
            .find(|s| s.id == id)
            .with_context(|| format!("no school `{id}` in the config")),
        None => schools.first().context("the config has no school"),
    }
}
