//! Files that came with messages (a doctor's note, a photo of a letter),
//! kept so staff can open them; never parsed.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::{Attachment, Words};
use crate::error::{Error, Result};
use crate::store::{Batch, Store, Table};

/// The longest file name kept, in characters.
const MAX_FILENAME_CHARS: usize = 100;

/// A file as it arrived with a message, before it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingFile {
    /// The name the sender gave it, as given.
    pub filename: Option<String>,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredFile {
    filename: Option<Words>,
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

    /// Adds a file to `batch` under `key` (a name the daemon made, never
    /// the sender's) and returns its listing, the sender's file name made
    /// safe to show and to offer as a download name.
    pub fn stage(&self, batch: &mut Batch, key: &str, file: &IncomingFile) -> Result<Attachment> {
        let filename = file
            .filename
            .as_deref()
            .and_then(safe_filename)
            .map(Words::new);
        batch.put(
            &self.files,
            key,
            &StoredFile {
                filename: filename.clone(),
                content_type: file.content_type.clone(),
                data: STANDARD.encode(&file.bytes),
            },
        )?;
        Ok(Attachment {
            filename,
            content_type: file.content_type.clone(),
            size: file.bytes.len(),
            stored_as: Some(key.to_string()),
        })
    }

    /// A stored file: its (safe) name, type and bytes.
    pub fn file(&self, key: &str) -> Result<Option<KeptFile>> {
        self.files
            .get(key)?
            .map(|file| {
                Ok(KeptFile {
                    bytes: STANDARD
                        .decode(&file.data)
                        .map_err(|e| Error::Store(format!("a kept attachment is damaged: {e}")))?,
                    filename: file.filename,
                    content_type: file.content_type,
                })
            })
            .transpose()
    }

    /// A stored file's bytes.
    pub fn bytes(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.file(key)?.map(|file| file.bytes))
    }
}

/// A file as kept, for staff to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptFile {
    /// Read through the safeguarding barrier, as the message's words are.
    pub filename: Option<Words>,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// The last path part of a sender's file name, without control
/// characters, quotes or leading dots, at most [`MAX_FILENAME_CHARS`]
/// long (keeping the extension); `None` when nothing is left.
fn safe_filename(given: &str) -> Option<String> {
    let last = given.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | ':' | '|' | '?' | '*'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.chars().count() <= MAX_FILENAME_CHARS {
        return Some(cleaned.to_string());
    }
    let extension = cleaned
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| ext.chars().count() <= 10)
        .map_or(String::new(), |ext| format!(".{ext}"));
    let stem: String = cleaned
        .chars()
        .take(MAX_FILENAME_CHARS - extension.chars().count())
        .collect();
    Some(format!("{stem}{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_paths_control_characters_and_excess_length() {
        assert_eq!(safe_filename("GP note.pdf").as_deref(), Some("GP note.pdf"));
        assert_eq!(safe_filename("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(
            safe_filename("C:\\Users\\grace\\note.jpg").as_deref(),
            Some("note.jpg")
        );
        assert_eq!(
            safe_filename("note\r\nX-Evil: 1\u{0}.pdf").as_deref(),
            Some("noteX-Evil 1.pdf")
        );
        assert_eq!(safe_filename(".htaccess").as_deref(), Some("htaccess"));
        assert_eq!(safe_filename("../").as_deref(), None);
        let long = format!("{}.pdf", "a".repeat(500));
        let kept = safe_filename(&long).unwrap();
        assert_eq!(kept.chars().count(), MAX_FILENAME_CHARS);
        assert!(kept.ends_with("a.pdf"));
    }
}
