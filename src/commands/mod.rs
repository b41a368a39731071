//! One module per subcommand. Each turns its arguments into library calls
//! and prints the outcome; the work itself lives in the library.

pub mod check_config;
pub mod import;
pub mod parse;
pub mod pupils;
pub mod serve;
pub mod simulate;
pub mod staff;
