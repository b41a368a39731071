//! How the inbox files messages by who wrote them, so a pupil's page reads
//! only its contacts' messages rather than the whole inbox.

use super::Sender;
use crate::domain::Contact;

/// One number, address or chat, the same whether read from a message's
/// sender or from a roster contact: the prefix of the inbox's by-sender
/// index. Nothing parses it back; the index's values are the inbox ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SenderKey(String);

impl SenderKey {
    /// The key a message is filed under; `None` for a sender that can
    /// never be a contact (an email its mail server did not vouch for).
    pub fn of_sender(sender: &Sender) -> Option<SenderKey> {
        match sender {
            Sender::Phone { number } => Some(Self::phone(number)),
            Sender::Email { address } => Some(Self::email(address)),
            Sender::Telegram { chat_id, .. } => Some(Self::telegram(*chat_id)),
            Sender::UnverifiedEmail { .. } => None,
        }
    }

    /// Every key a contact may write from.
    pub fn of_contact(contact: &Contact) -> Vec<SenderKey> {
        let mobile = contact.mobile.as_deref().map(Self::phone);
        let email = contact.email.as_deref().map(Self::email);
        let telegram = contact.telegram_chat.map(Self::telegram);
        mobile.into_iter().chain(email).chain(telegram).collect()
    }

    fn phone(number: &str) -> SenderKey {
        SenderKey(format!("phone:{number}/"))
    }

    /// Addresses match whatever their case (as [`Sender::is_contact`]).
    fn email(address: &str) -> SenderKey {
        SenderKey(format!("email:{}/", address.to_ascii_lowercase()))
    }

    fn telegram(chat_id: i64) -> SenderKey {
        SenderKey(format!("telegram:{chat_id}/"))
    }

    /// The index key for one message from this sender.
    pub(super) fn entry(&self, inbox_id: &str) -> String {
        format!("{}{inbox_id}", self.0)
    }

    /// The prefix every message from this sender is filed under.
    pub(super) fn prefix(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_and_a_message_from_them_share_a_key() {
        let contact = Contact {
            mobile: Some("+447700900123".into()),
            email: Some("Mum@Example.org".into()),
            telegram_chat: Some(42),
            upn: "A1".into(),
            priority: 1,
            name: "Mum".into(),
            relationship: None,
            parental_responsibility: true,
            language: "en".into(),
        };
        let keys = SenderKey::of_contact(&contact);
        for sender in [
            Sender::Phone {
                number: "+447700900123".into(),
            },
            Sender::Email {
                address: "mum@example.org".into(),
            },
            Sender::Telegram {
                chat_id: 42,
                user_id: 7,
            },
        ] {
            let key = SenderKey::of_sender(&sender).unwrap();
            assert!(keys.contains(&key), "{sender:?}");
        }
        let forged = Sender::UnverifiedEmail {
            address: "mum@example.org".into(),
            why: "dkim=fail".into(),
        };
        assert_eq!(SenderKey::of_sender(&forged), None);
    }
}
