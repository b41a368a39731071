//! The `absence-line` command: a thin shell over the library.

mod commands;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// An absence line for schools: parents report absences by SMS, email or
/// Telegram; the daemon records provisional register codes, chases
/// unexplained absences and keeps staff told.
#[derive(Parser)]
#[command(name = "absence-line", version, about, long_about = None)]
struct Cli {
    /// The configuration file.
    #[arg(
        long,
        short,
        global = true,
        default_value = "config.toml",
        env = "ABSENCE_LINE_CONFIG"
    )]
    config: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse parents' messages: corpus input lines on stdin, reports on stdout.
    Parse(commands::parse::Args),
    /// A school's attendance digest for a day, as the lead and DSL get it.
    Digest(commands::digest::Args),
    /// Files for the MIS.
    #[command(subcommand)]
    Export(commands::export::What),
    /// Reports for people.
    #[command(subcommand)]
    Report(commands::report::What),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => commands::parse::run(&cli.config, args),
        Command::Digest(args) => commands::digest::run(&cli.config, args),
        Command::Export(what) => commands::export::run(&cli.config, what),
        Command::Report(what) => commands::report::run(&cli.config, what),
    }
}
