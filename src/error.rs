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

    #[error("store: {0}")]
    Store(String),

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

impl Error {
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
