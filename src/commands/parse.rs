use std::path::Path;

/// Arguments of `absence-line parse`.
#[derive(clap::Args)]
pub struct Args {
    /// Read JSON Lines (the parsing corpus's input format) from stdin.
    #[arg(long)]
    pub jsonl: bool,
}

pub fn run(_config: &Path, _args: Args) -> anyhow::Result<()> {
    anyhow::bail!("the parser is not built yet")
}
