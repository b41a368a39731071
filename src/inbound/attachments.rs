//! Files that came with messages (a doctor's note, a photo of a letter),
//! kept so staff can open them; never parsed.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::Attachment;
use crate::error::{Error, Result};
use crate::store::{Store, Table};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredFile {
    filename: Option<String>,
    content_type: String,
    /// Base64, so the store stays JSON throughout.
    data: String,
}

/// The attachments table; cheap to clone.
#[derive(Clone)]
pub struct Attachments {
    files: Table<StoredFile>,
}

impl Attachments {
    /// The attachments kept in `store`.
    pub fn open(store: &Store) -> Result<Attachments> {
        Ok(Attachments {
            files: store.table("attachments")?,
        })
    }

    /// Keeps a file under `key` (derived from the message's provider id,
    /// so storing the same message again writes the same entry) and
    /// returns its listing. Made durable by the inbox's accept, which
    /// flushes after.
    pub fn put(
        &self,
        key: &str,
        filename: Option<String>,
        content_type: String,
        bytes: &[u8],
    ) -> Result<Attachment> {
        self.files.insert(
            key,
            &StoredFile {
                filename: filename.clone(),
                content_type: content_type.clone(),
                data: STANDARD.encode(bytes),
            },
        )?;
        Ok(Attachment {
            filename,
            content_type,
            size: bytes.len(),
            stored_as: Some(key.to_string()),
        })
    }

    /// A stored file's bytes.
    pub fn bytes(&self, key: &str) -> Result<Option<Vec<u8>>> {
        self.files
            .get(key)?
            .map(|file| {
                STANDARD
                    .decode(file.data)
                    .map_err(|e| Error::Store(format!("attachment {key}: {e}")))
            })
            .transpose()
    }
}
