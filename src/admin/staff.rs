//! `staff add|password|list`: accounts for the staff screen. The password
//! travels in the request (over the private socket), never on a command
//! line.

use serde::{Deserialize, Serialize};

use super::{AdminRequest, Context};
use crate::error::{Error, Result};
use crate::web::auth::{Accounts, NewAccount, StaffRole};

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffChange {
    Add {
        username: String,
        role: StaffRole,
        name: String,
        /// The one school this account may see (default: every school).
        school: Option<String>,
        password: String,
    },
    Password {
        username: String,
        password: String,
    },
    List,
}

impl std::fmt::Debug for StaffChange {
    /// Never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StaffChange::Add { .. } => "StaffChange::Add",
            StaffChange::Password { .. } => "StaffChange::Password",
            StaffChange::List => "StaffChange::List",
        })
    }
}

impl AdminRequest for StaffChange {
    /// What was done, or the accounts as a table.
    type Answer = String;

    fn perform(self, context: &Context) -> Result<String> {
        let Context { store, config, now } = *context;
        let accounts = Accounts::open(store)?;
        match self {
            StaffChange::Add {
                username,
                role,
                name,
                school,
                password,
            } => {
                if let Some(id) = &school
                    && config.school(id).is_none()
                {
                    return Err(Error::Refused(format!(
                        "`{id}` is not a school in the config"
                    )));
                }
                let account = accounts.add(
                    NewAccount {
                        username: &username,
                        name: &name,
                        role,
                        school: school.as_deref(),
                        password: &password,
                    },
                    now,
                )?;
                store.audit()?.append(
                    now.fixed_offset(),
                    "cli",
                    "staff_add",
                    &format!("{} ({})", account.username, account.role),
                )?;
                Ok(format!("added {} ({})\n", account.username, account.role))
            }
            StaffChange::Password { username, password } => {
                accounts.set_password(&username, &password)?;
                store
                    .audit()?
                    .append(now.fixed_offset(), "cli", "staff_password", &username)?;
                Ok(format!("password changed for {username}\n"))
            }
            StaffChange::List => {
                let mut table = format!("{:<20} {:<7} {:<12} name\n", "username", "role", "school");
                for a in accounts.all()? {
                    table += &format!(
                        "{:<20} {:<7} {:<12} {}\n",
                        a.username,
                        a.role.as_str(),
                        a.school.as_deref().unwrap_or("(all)"),
                        a.name
                    );
                }
                Ok(table)
            }
        }
    }
}
