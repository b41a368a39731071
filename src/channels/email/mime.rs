//! Where a raw email (RFC 5322, MIME) is decoded into what the inbox keeps:
//! the sender, the plain text (quoted earlier messages and all: the parser
//! strips them), threading ids, and the attached files.

use mail_parser::{MessageParser, MimeHeaders};
use sha1::{Digest, Sha1};

use crate::inbound::IncomingFile;

/// A decoded email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The Message-ID without angle brackets; for a message without one, a
    /// hash of its bytes, so the same message is still the same.
    pub message_id: String,
    /// The sender's address, lower-cased; empty when the message has none.
    pub from: String,
    pub subject: Option<String>,
    /// Every inline text part, HTML turned to text where there is no plain
    /// alternative.
    pub text: String,
    /// The Message-ID this answers, without angle brackets.
    pub in_reply_to: Option<String>,
    pub files: Vec<IncomingFile>,
    /// Every address it was sent to (To, Cc, Delivered-To,
    /// X-Original-To), lower-cased: which school's mailbox received it.
    pub recipients: Vec<String>,
    /// The message's header fields, topmost first, unfolded.
    pub headers: Vec<HeaderField>,
}

/// One header field as it came, its folded lines joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderField {
    pub name: String,
    pub value: String,
}

/// The header fields of a raw message, topmost first.
fn header_fields(raw: &[u8]) -> Vec<HeaderField> {
    let text = String::from_utf8_lossy(raw);
    let mut fields: Vec<HeaderField> = Vec::new();
    for line in text.split('\n').map(|l| l.trim_end_matches('\r')) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = fields.last_mut() {
                last.value.push(' ');
                last.value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            fields.push(HeaderField {
                name: name.trim().to_string(),
                value: value.trim().to_string(),
            });
        }
    }
    fields
}

/// Decodes a raw message; `None` when the bytes are not an email at all.
pub fn decode(raw: &[u8]) -> Option<Email> {
    let message = MessageParser::default().parse(raw)?;
    if message.headers().is_empty() {
        return None;
    }
    let message_id = message
        .message_id()
        .map(str::to_string)
        .unwrap_or_else(|| format!("sha1:{:x}", Sha1::digest(raw)));
    let from = message
        .from()
        .and_then(|from| from.first())
        .and_then(|addr| addr.address())
        .map(|a| a.trim().to_lowercase())
        .unwrap_or_default();
    let text = (0..)
        .map_while(|i| message.body_text(i))
        .map(|part| part.trim().to_string())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    let in_reply_to = message
        .in_reply_to()
        .as_text()
        .map(|id| id.trim_matches(|c| c == '<' || c == '>').to_string());
    let files = message
        .attachments()
        .map(|part| IncomingFile {
            filename: part.attachment_name().map(str::to_string),
            content_type: part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{sub}", ct.ctype()),
                    None => ct.ctype().to_string(),
                })
                .unwrap_or_else(|| "application/octet-stream".into())
                .to_lowercase(),
            bytes: part.contents().to_vec(),
        })
        .collect();
    let headers = header_fields(raw);
    let listed = [message.to(), message.cc()]
        .into_iter()
        .flatten()
        .flat_map(|list| list.iter())
        .filter_map(|addr| addr.address().map(str::to_string));
    let delivered = headers
        .iter()
        .filter(|h| {
            h.name.eq_ignore_ascii_case("Delivered-To")
                || h.name.eq_ignore_ascii_case("X-Original-To")
        })
        .map(|h| h.value.trim_matches(|c| c == '<' || c == '>').to_string());
    let recipients = listed
        .chain(delivered)
        .map(|a| a.trim().to_lowercase())
        .collect();
    Some(Email {
        message_id,
        from,
        subject: message.subject().map(str::to_string),
        text,
        in_reply_to,
        files,
        recipients,
        headers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Outlook sends a reply: multipart/alternative inside
    /// multipart/mixed, quoted-printable plain text with the earlier
    /// message quoted below, HTML alternative, and a PDF attached.
    const OUTLOOK_REPLY: &str = "From: \"Grace Okafor\" <Grace.Okafor@Example.org>\r
To: absence@fernhill.example.org\r
Subject: RE: Absence - Millie\r
Date: Mon, 23 Nov 2026 07:41:02 +0000\r
Message-ID: <DB9PR01MB1234.eurprd01.prod.outlook.com>\r
In-Reply-To: <chase-1@fernhill.example.org>\r
References: <chase-1@fernhill.example.org>\r
MIME-Version: 1.0\r
Content-Type: multipart/mixed; boundary=\"_004_mixed\"\r
\r
--_004_mixed\r
Content-Type: multipart/alternative; boundary=\"_000_alt\"\r
\r
--_000_alt\r
Content-Type: text/plain; charset=\"iso-8859-1\"\r
Content-Transfer-Encoding: quoted-printable\r
\r
Hi, Millie has a temperature so she won=92t be in today. Note from the GP=\r
 attached.\r
\r
Grace\r
\r
________________________________\r
From: Fernhill Primary <absence@fernhill.example.org>\r
Sent: 23 November 2026 09:30\r
Subject: Absence - Millie\r
\r
Millie is not in school today. Please tell us why.\r
\r
--_000_alt\r
Content-Type: text/html; charset=\"iso-8859-1\"\r
Content-Transfer-Encoding: quoted-printable\r
\r
<html><body><p>Hi, Millie has a temperature so she won=92t be in today.</p></body></html>\r
\r
--_000_alt--\r
\r
--_004_mixed\r
Content-Type: application/pdf; name=\"GP note.pdf\"\r
Content-Disposition: attachment; filename=\"GP note.pdf\"\r
Content-Transfer-Encoding: base64\r
\r
JVBERi0xLjQKJcOkw7zDtsOfCg==\r
\r
--_004_mixed--\r
";

    #[test]
    fn an_outlook_reply_keeps_its_quote_threading_and_attachment() {
        let email = decode(OUTLOOK_REPLY.as_bytes()).unwrap();
        assert_eq!(email.message_id, "DB9PR01MB1234.eurprd01.prod.outlook.com");
        assert_eq!(email.from, "grace.okafor@example.org");
        assert_eq!(email.subject.as_deref(), Some("RE: Absence - Millie"));
        assert_eq!(
            email.in_reply_to.as_deref(),
            Some("chase-1@fernhill.example.org")
        );
        assert!(
            email
                .text
                .starts_with("Hi, Millie has a temperature so she won\u{2019}t be in today. Note from the GP attached."),
            "quoted-printable soft break and windows-1252 quote decoded: {}",
            email.text
        );
        assert!(
            email.text.contains("Please tell us why."),
            "the quoted message is kept"
        );
        assert!(
            !email.text.contains("<p>"),
            "the HTML alternative is not added"
        );
        assert_eq!(email.files.len(), 1);
        assert_eq!(email.files[0].filename.as_deref(), Some("GP note.pdf"));
        assert_eq!(email.files[0].content_type, "application/pdf");
        assert!(email.files[0].bytes.starts_with(b"%PDF-1.4"));
        assert_eq!(email.recipients, ["absence@fernhill.example.org"]);
        assert_eq!(email.headers[4].name, "Message-ID");
    }

    #[test]
    fn an_html_only_message_is_read_as_text() {
        let raw = "From: dad@example.org\r
Subject: =?UTF-8?B?QmVuIOKAkyBhYnNlbnQ=?=\r
Message-ID: <html-only@example.org>\r
Content-Type: text/html; charset=utf-8\r
Content-Transfer-Encoding: base64\r
\r
PGh0bWw+PGhlYWQ+PHN0eWxlPnAge2NvbG9yOnJlZH08L3N0eWxlPjwvaGVhZD48Ym9keT48cD5CZW4g\r
aXMgb2ZmIHNpY2sgdG9kYXkgJmFtcDsgdG9tb3Jyb3cuPC9wPjxwPlRoYW5rcyw8YnI+VHVuZGU8L3A+\r
PC9ib2R5PjwvaHRtbD4=\r
";
        let email = decode(raw.as_bytes()).unwrap();
        assert_eq!(email.subject.as_deref(), Some("Ben \u{2013} absent"));
        assert!(
            email.text.contains("Ben is off sick today & tomorrow."),
            "{}",
            email.text
        );
        assert!(email.text.contains("Tunde"), "{}", email.text);
        assert!(!email.text.contains('<'), "{}", email.text);
        assert!(
            !email.text.contains("color"),
            "styles dropped: {}",
            email.text
        );
        assert!(email.files.is_empty());
    }

    #[test]
    fn a_message_without_an_id_is_known_by_its_bytes() {
        let raw = b"From: a@example.org\r\nSubject: x\r\n\r\nAva is ill\r\n";
        let first = decode(raw).unwrap();
        assert!(first.message_id.starts_with("sha1:"));
        assert_eq!(decode(raw).unwrap().message_id, first.message_id);
        assert_eq!(first.text, "Ava is ill");
        assert_eq!(first.in_reply_to, None);
    }

    #[test]
    fn folded_headers_are_unfolded_in_order_and_delivered_to_is_a_recipient() {
        let raw = "Authentication-Results: mx.example.org;\r\n\tdkim=pass header.d=example.org\r\n\
                   Delivered-To: absence@oakfield.example.org\r\n\
                   From: a@example.org\r\nSubject: x\r\n\r\nAva is ill\r\nX-Not: a header\r\n";
        let email = decode(raw.as_bytes()).unwrap();
        assert_eq!(
            email.headers[0],
            HeaderField {
                name: "Authentication-Results".into(),
                value: "mx.example.org; dkim=pass header.d=example.org".into()
            }
        );
        assert_eq!(email.headers.len(), 4, "the body is not headers");
        assert_eq!(email.recipients, ["absence@oakfield.example.org"]);
    }

    #[test]
    fn bytes_that_are_not_an_email_are_refused() {
        assert_eq!(decode(b""), None);
    }
}
