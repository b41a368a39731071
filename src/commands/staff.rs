//! `absence-line staff`: accounts for the staff screen. Passwords come from
//! a prompt (or stdin when it is not a terminal), never from the command
//! line, where other users and the shell history would see them.

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use absence_line::admin::staff::StaffChange;
use absence_line::web::auth::StaffRole;
use anyhow::{Context, bail};

#[derive(clap::Subcommand)]
pub enum StaffCommand {
    /// Create an account; the password is asked for (or read from stdin).
    Add(AddArgs),
    /// Set a new password for an account (asked for, or read from stdin).
    Password { username: String },
    /// List the accounts.
    List,
}

#[derive(clap::Args)]
pub struct AddArgs {
    /// Lower-case letters, digits, `.`, `_`, `-`.
    pub username: String,
    /// office, lead, dsl or admin.
    #[arg(long)]
    pub role: StaffRole,
    /// The name shown on screen and in the audit log.
    #[arg(long)]
    pub name: String,
    /// The one school this account may see (default: every school).
    #[arg(long)]
    pub school: Option<String>,
}

pub fn run(config: &Path, what: StaffCommand) -> anyhow::Result<()> {
    let request = match what {
        StaffCommand::Add(args) => StaffChange::Add {
            username: args.username,
            role: args.role,
            name: args.name,
            school: args.school,
            password: read_password()?,
        },
        StaffCommand::Password { username } => StaffChange::Password {
            username,
            password: read_password()?,
        },
        StaffCommand::List => StaffChange::List,
    };
    print!("{}", super::perform(config, request)?);
    Ok(())
}

/// A prompt without echo on a terminal; otherwise the first line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Again: ")?;
        if first != again {
            bail!("the passwords do not match; nothing changed");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from stdin")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}
