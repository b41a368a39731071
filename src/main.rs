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
    /// Write a starter config.toml and sample pupils.csv / contacts.csv /
    /// calendar files into a folder, to edit for your school. Never
    /// overwrites a file.
    Init(commands::init::Args),
    /// Check config.toml: every setting, and that the files it names exist.
    /// Errors name the setting and its line.
    CheckConfig,
    /// Import the roster (pupils and contacts) or a calendar file.
    #[command(subcommand)]
    Import(commands::import::What),
    /// List the pupils on roll.
    Pupils(commands::pupils::Args),
    /// Run the absence line: serve HTTP, chase and notify, until stopped
    /// (Ctrl-C or SIGTERM). Reads --config (default config.toml).
    Serve,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_logging();
    match cli.command {
        Command::Parse(args) => commands::parse::run(&cli.config, args),
        Command::Init(args) => commands::init::run(args),
        Command::CheckConfig => commands::check_config::run(&cli.config),
        Command::Import(what) => commands::import::run(&cli.config, what),
        Command::Pupils(args) => commands::pupils::run(&cli.config, args),
        Command::Serve => commands::serve::run(&cli.config),
    }
}

/// Logs go to stderr, so a command's output on stdout stays clean.
/// `RUST_LOG` picks the level (default `info`); personal data is only ever
/// logged at `debug` or below.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
