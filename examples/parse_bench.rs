//! Parser throughput on one thread over the development corpus:
//! `cargo run --release --example parse_bench [ROUNDS] [MESSAGES]` (200
//! rounds unless given; a few are enough under `valgrind
//! --tool=callgrind`). MESSAGES is a labelled `.jsonl` file, by default
//! `../shared/corpus/dev.jsonl` beside the checkout.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;

use absence_line::calendar::load_schools;
use absence_line::config::Config;
use absence_line::parse::{MessageInput, parse_message};

// The allocator the daemon parses with.
absence_line::daemon_allocator!();

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config::load(&root.join("tests/fixtures/fernhill.toml"))?;
    let school = load_schools(&config, None)?.remove(0);
    let path = std::env::args_os()
        .nth(2)
        .map_or_else(|| root.join("../shared/corpus/dev.jsonl"), PathBuf::from);
    let corpus = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "reading {}: give a labelled .jsonl file as the second argument",
            path.display()
        )
    })?;
    let messages: Vec<MessageInput> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;

    // Warm up: compiles every pattern once.
    let mut reports = 0usize;
    for m in &messages {
        reports += parse_message(m, &school).reports.len();
    }

    let rounds: usize = match std::env::args().nth(1) {
        Some(n) => n.parse().context("ROUNDS must be a whole number")?,
        None => 200,
    };
    let started = Instant::now();
    for _ in 0..rounds {
        for m in &messages {
            reports += std::hint::black_box(parse_message(m, &school))
                .reports
                .len();
        }
    }
    let elapsed = started.elapsed();
    let parsed = rounds * messages.len();
    println!(
        "parsed {parsed} messages ({} distinct) in {:.3} s on one thread: {:.0} messages/s, {:.1} µs each ({reports} reports)",
        messages.len(),
        elapsed.as_secs_f64(),
        parsed as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / parsed as f64,
    );
    Ok(())
}
