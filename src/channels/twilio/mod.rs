//! SMS through Twilio: the inbound and status webhooks (with signature
//! checks), the REST transport, and the opt-out list.

pub mod opt_out;
pub mod rest;
pub mod signature;
pub mod webhook;

pub use opt_out::{OptChange, OptOutGuard, OptOuts};
pub use rest::{SmsSender, TwilioRest};
pub use webhook::TwilioWebhooks;

use crate::config::{Config, TwilioConfig};
use crate::error::{Error, Result};

/// The account's sender, from config: a number or a messaging service.
pub fn sender(config: &TwilioConfig) -> Result<SmsSender> {
    match (&config.from, &config.messaging_service_sid) {
        (Some(from), None) => Ok(SmsSender::Number(from.clone())),
        (None, Some(sid)) => Ok(SmsSender::MessagingService(sid.clone())),
        _ => Err(Error::channel(
            "twilio",
            "set exactly one of channels.twilio.from and channels.twilio.messaging_service_sid",
        )),
    }
}

/// Where Twilio should post status callbacks, when the daemon has a public
/// URL.
pub fn status_callback(config: &Config) -> Option<String> {
    config
        .http
        .public_url
        .as_ref()
        .map(|base| format!("{}{}", base.trim_end_matches('/'), webhook::STATUS_PATH))
}
