//! The library's error type: every failure a caller can act on, typed.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `config.toml` (or a file it names) is wrong. `line` is given where
    /// the TOML parser knows it.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Config {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },

    /// A row of an imported CSV file is wrong. Rows count from 1 for the
    /// header, so row 2 is the first data row, as a spreadsheet shows it.
    #[error("{file}: row {row}, column `{column}`: {message}")]
    Csv {
        file: String,
        row: usize,
        column: String,
        message: String,
    },

    /// A request or file field is wrong (`marks[3].code`).
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },

    /// A calendar source (iCalendar or bank-holidays JSON) is wrong. `line`
    /// is given where the reader knows it.
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Calendar {
        file: String,
        line: Option<usize>,
        message: String,
    },

    /// A required secret is not set.
    #[error("secret {0} is not set")]
    MissingSecret(String),

    /// Input from a person (a form, a command's arguments) that cannot be
    /// used as given; the message says why.
    #[error("{0}")]
    Refused(String),

    /// A messaging channel (Twilio, email, Telegram) is misconfigured or
    /// its provider could not be reached.
    #[error("{channel}: {message}")]
    Channel {
        channel: &'static str,
        message: String,
    },

    #[error("store: {0}")]
    Store(String),

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

impl Error {
    pub fn channel(channel: &'static str, message: impl Into<String>) -> Self {
        Error::Channel {
            channel,
            message: message.into(),
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
