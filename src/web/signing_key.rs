//! The daemon's own secret for what it hands a browser and checks later
//! without storing anything: the sign-in form's token and the cookie that
//! marks a browser where an account has signed in before. Kept in the
//! store, so a restart does not forget known browsers.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use blake2::Blake2sMac256;
use blake2::digest::{KeyInit, Mac};

use crate::error::{Error, Result};
use crate::store::Store;

/// What a signature is for, so one kind cannot stand in for another.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    SignInForm,
    KnownBrowser,
    /// The acknowledge link in a safeguarding alert's email.
    AcknowledgeLink,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::SignInForm => b"sign-in-form",
            Purpose::KnownBrowser => b"known-browser",
            Purpose::AcknowledgeLink => b"safeguarding-acknowledge-link",
        }
    }
}

/// 256 secret bits; cheap to clone.
#[derive(Clone)]
pub struct SigningKey(Arc<[u8]>);

impl SigningKey {
    const TABLE: &str = "web_signing_key";
    const ROW: &str = "key";

    /// The stored key, made on first use.
    pub fn load_or_create(store: &Store) -> Result<SigningKey> {
        let table = store.table::<String>(Self::TABLE)?;
        if table.get(Self::ROW)?.is_none() {
            table.insert_if_absent(Self::ROW, &crate::web::auth::random_token()?)?;
            store.flush()?;
        }
        let text = table
            .get(Self::ROW)?
            .ok_or_else(|| Error::Refused("the signing key was not stored".into()))?;
        let bytes = URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|e| Error::Refused(format!("the stored signing key is damaged: {e}")))?;
        Ok(SigningKey(bytes.into()))
    }

    fn mac(&self, purpose: Purpose, message: &str) -> Blake2sMac256 {
        let mut mac = <Blake2sMac256 as KeyInit>::new_from_slice(&self.0)
            .expect("a 32-byte key fits BLAKE2s");
        mac.update(purpose.label());
        mac.update(&[0]);
        mac.update(message.as_bytes());
        mac
    }

    /// The signature of `message` for `purpose`, URL-safe.
    pub fn sign(&self, purpose: Purpose, message: &str) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(purpose, message).finalize().into_bytes())
    }

    /// Whether `signature` is this key's for `message` (constant time).
    pub fn verify(&self, purpose: Purpose, message: &str, signature: &str) -> bool {
        URL_SAFE_NO_PAD
            .decode(signature)
            .is_ok_and(|given| self.mac(purpose, message).verify_slice(&given).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_holds_for_its_message_purpose_and_key_only() {
        let store = Store::temporary().unwrap();
        let key = SigningKey::load_or_create(&store).unwrap();
        let signature = key.sign(Purpose::SignInForm, "abc");
        assert!(key.verify(Purpose::SignInForm, "abc", &signature));
        assert!(!key.verify(Purpose::SignInForm, "abd", &signature));
        assert!(!key.verify(Purpose::KnownBrowser, "abc", &signature));
        assert!(!key.verify(Purpose::SignInForm, "abc", "not base64!"));
        let again = SigningKey::load_or_create(&store).unwrap();
        assert!(again.verify(Purpose::SignInForm, "abc", &signature), "kept");
        let other = SigningKey::load_or_create(&Store::temporary().unwrap()).unwrap();
        assert!(!other.verify(Purpose::SignInForm, "abc", &signature));
    }
}
