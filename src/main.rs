//! The `absence-line` command: a thin shell over the library.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

absence_line::daemon_allocator!();

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
    /// Run the daemon: HTTP (webhooks, API, health), the inbound pipeline and
    /// the outbox. Stops cleanly on Ctrl-C or SIGTERM.
    Serve(commands::serve::Args),
    /// Check the configuration file and the files it names, then exit.
    CheckConfig,
    /// Import data exported from the school's MIS.
    #[command(subcommand)]
    Import(commands::import::ImportCommand),
    /// List the pupils on roll.
    Pupils(commands::pupils::Args),
    /// Staff accounts for the office's screen.
    #[command(subcommand)]
    Staff(commands::staff::StaffCommand),
    /// Parse parents' messages: corpus input lines on stdin, reports on stdout.
    Parse(commands::parse::Args),
    /// Run a scenario against a simulated clock; the timeline on stdout.
    Simulate(commands::simulate::Args),
    /// Write a starter config.toml and sample pupils.csv / contacts.csv /
    /// calendar files into a folder, to edit for your school. Never
    /// overwrites a file.
    Init(commands::init::Args),
    /// A school's attendance digest for a day, as the lead and DSL get it.
    Digest(commands::digest::Args),
    /// Files for the MIS.
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Reports for people.
    #[command(subcommand)]
    Report(commands::report::ReportCommand),
    /// Returns to the local authority: draft, show, mark sent.
    #[command(subcommand)]
    La(commands::la::LaCommand),
    /// Penalty notices the school has issued.
    #[command(subcommand)]
    Penalty(commands::penalty::PenaltyCommand),
    /// Copy every record into a new file (readable by its owner alone),
    /// consistently, while the daemon runs.
    Backup(commands::backup::BackupArgs),
    /// Make the data folder from a backup file; the folder must be empty
    /// (or see --replace) and the daemon stopped.
    Restore(commands::backup::RestoreArgs),
    /// Copy every record from the sled folder into PostgreSQL (`--to
    /// postgres`) or back (`--to sled`), checked by counts and a sample.
    Migrate(commands::migrate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    // Every command may create the store or write files about pupils.
    absence_line::private_files::restrict_new_files();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // For a person: the chain of causes on one line, never a stack
            // trace, whatever RUST_BACKTRACE says.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => commands::serve::run(&cli.config, args),
        Command::CheckConfig => commands::check_config::run(&cli.config),
        Command::Import(what) => commands::import::run(&cli.config, what),
        Command::Pupils(args) => commands::pupils::run(&cli.config, args),
        Command::Staff(what) => commands::staff::run(&cli.config, what),
        Command::Parse(args) => commands::parse::run(&cli.config, args),
        Command::Simulate(args) => commands::simulate::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::Digest(args) => commands::digest::run(&cli.config, args),
        Command::Export(what) => commands::export::run(&cli.config, what),
        Command::Report(what) => commands::report::run(&cli.config, what),
        Command::Penalty(what) => commands::penalty::run(&cli.config, what),
        Command::La(what) => commands::la::run(&cli.config, what),
        Command::Backup(args) => commands::backup::backup(&cli.config, args),
        Command::Restore(args) => commands::backup::restore_run(&cli.config, args),
        Command::Migrate(args) => commands::migrate::run(&cli.config, args),
    }
}

/// Logs to stderr at `RUST_LOG` (default `info`). Personal data is only
/// ever logged at `debug` or below.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}
