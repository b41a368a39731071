//! `GET /attachments/{key}`: a file that came with a parent's message (a
//! doctor's note), for staff who may read that message: staff of its
//! school and, when it raised a safeguarding concern, the DSL alone.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::today::WordsReader;
use crate::inbound::Attachment;
use crate::web::auth::SignedIn;
use crate::web::{WebError, WebState};

/// Types a browser may show in place; anything else is only downloaded.
const SHOWN_IN_PLACE: [&str; 4] = ["image/jpeg", "image/png", "image/gif", "application/pdf"];

/// The link to a listed attachment.
pub fn href(attachment: &Attachment) -> Option<String> {
    let key = attachment.stored_as.as_deref()?;
    let escaped: String = key
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' | b'/' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    Some(format!("/attachments/{escaped}"))
}

pub async fn download(
    State(state): State<WebState>,
    staff: SignedIn,
    Path(key): Path<String>,
) -> Result<Response, WebError> {
    // Files are kept as `{inbox id}/{n}`.
    let (inbox_id, _) = key.rsplit_once('/').ok_or(WebError::NotFound)?;
    let entry = state.inbox.get(inbox_id)?.ok_or(WebError::NotFound)?;
    if !entry
        .message
        .attachments
        .iter()
        .any(|a| a.stored_as.as_deref() == Some(key.as_str()))
    {
        return Err(WebError::NotFound);
    }
    if let Some(school) = &entry.message.school
        && !staff.account.may_see_school(school)
    {
        return Err(WebError::Forbidden);
    }
    let reader = WordsReader::new(&state, &staff);
    if !reader.may_read(&entry.id)? {
        return Err(WebError::Forbidden);
    }
    let file = state.attachments.file(&key)?.ok_or(WebError::NotFound)?;
    let in_place = SHOWN_IN_PLACE.contains(&file.content_type.as_str());
    let content_type = if in_place {
        file.content_type.as_str()
    } else {
        "application/octet-stream"
    };
    let name = match &file.filename {
        Some(name) => reader.read_words(&entry, name)?,
        None => "attachment".to_string(),
    };
    let disposition = format!(
        "{}; filename=\"{name}\"",
        if in_place { "inline" } else { "attachment" }
    );
    state.audit(&staff, "attachment", &key)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".into()),
            (header::CACHE_CONTROL, "no-store".into()),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".into(),
            ),
        ],
        file.bytes,
    )
        .into_response())
}
