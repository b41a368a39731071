use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

/// Arguments of `absence-line simulate`.
#[derive(clap::Args)]
pub struct Args {
    /// The scenario file: a `scenario.toml` as in `scenarios/millie/`
    /// (the README's "Chasing unexplained absences" explains its parts).
    pub scenario: PathBuf,
}

/// Runs the scenario and writes the timeline as JSON Lines on stdout.
pub fn run(args: Args) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let timeline = runtime
        .block_on(absence_line::simulate::run(&args.scenario))
        .with_context(|| format!("simulating {}", args.scenario.display()))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in timeline {
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
