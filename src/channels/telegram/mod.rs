//! Telegram: the bot parents link their chat to, and the transport that
//! sends replies and staff alerts.

pub mod bot;
pub mod transport;

pub use bot::{Handled, TelegramBot};
pub use transport::TelegramTransport;
