//! `absence-line staff`: accounts for the staff screen. Passwords come from
//! a prompt (or stdin when it is not a terminal), never from the command
//! line, where other users and the shell history would see them.

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use absence_line::config::Config;
use absence_line::store::Store;
use absence_line::web::auth::{Accounts, NewAccount, StaffRole};
use anyhow::{Context, bail};

#[derive(clap::Subcommand)]
pub enum What {
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

pub fn run(config_path: &Path, what: What) -> anyhow::Result<()> {
    let config = Config::load(config_path)?;
    let store = Store::open_configured(&config)?;
    let accounts = Accounts::open(&store)?;
    match what {
        What::Add(args) => {
            if let Some(id) = &args.school
                && config.school(id).is_none()
            {
                bail!("`{id}` is not a school in {}", config_path.display());
            }
            let password = read_password()?;
            let account = accounts.add(
                NewAccount {
                    username: &args.username,
                    name: &args.name,
                    role: args.role,
                    school: args.school.as_deref(),
                    password: &password,
                },
                chrono::Utc::now(),
            )?;
            store.audit()?.append(
                chrono::Utc::now().fixed_offset(),
                "cli",
                "staff_add",
                &format!("{} ({})", account.username, account.role),
            )?;
            println!("added {} ({})", account.username, account.role);
        }
        What::Password { username } => {
            let password = read_password()?;
            accounts.set_password(&username, &password)?;
            store.audit()?.append(
                chrono::Utc::now().fixed_offset(),
                "cli",
                "staff_password",
                &username,
            )?;
            println!("password changed for {username}");
        }
        What::List => {
            println!("{:<20} {:<7} {:<12} name", "username", "role", "school");
            for a in accounts.all()? {
                println!(
                    "{:<20} {:<7} {:<12} {}",
                    a.username,
                    a.role.as_str(),
                    a.school.as_deref().unwrap_or("(all)"),
                    a.name
                );
            }
        }
    }
    store.flush()?;
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
