//! The new part of an email body: quoted earlier messages are never a new
//! report, so everything from the first quote marker on is dropped.

use std::sync::LazyLock;

use regex::Regex;

use super::text::compile;

/// "On Mon, 23 Nov 2026 at 09:40, Fernhill Primary <…> wrote:" — possibly
/// wrapped over two lines by the mail client.
static REPLY_HEADER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*on\s.{0,200}\bwrote:\s*$"));
static ORIGINAL_MESSAGE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*-{2,}\s*(original message|forwarded message)\s*-{2,}"));
static FROM_HEADER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*from:\s"));
static SENT_HEADER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(sent|date):\s"));
static DEVICE_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*sent from my \w+"));

/// The body without quoted text: lines starting `>`, and everything from a
/// reply header, an Outlook "Original Message" rule or a `From:`/`Sent:`
/// header block onwards. "Sent from my iPhone" lines go too.
pub fn new_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if starts_quote(&lines, i) {
            break;
        }
        if line.trim_start().starts_with('>') || DEVICE_SIGNATURE.is_match(line) {
            continue;
        }
        kept.push(*line);
    }
    kept.join("\n")
}

fn starts_quote(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    if ORIGINAL_MESSAGE.is_match(line) || REPLY_HEADER.is_match(line) {
        return true;
    }
    // A reply header wrapped onto the next line: "On …, Fernhill" / "<…> wrote:".
    if line.trim_start().to_ascii_lowercase().starts_with("on ")
        && lines
            .get(i + 1)
            .is_some_and(|next| next.trim_end().ends_with("wrote:"))
    {
        return true;
    }
    FROM_HEADER.is_match(line)
        && lines
            .iter()
            .skip(i + 1)
            .take(4)
            .any(|l| SENT_HEADER.is_match(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmail_reply_and_quoted_lines_are_dropped() {
        let body = "Rhys is off today.\n\nThanks\n\nOn Mon, 5 Oct 2026 at 09:32, Fernhill Primary <office@fernhill.sch.uk> wrote:\n> Rhys was not in school.";
        assert_eq!(new_text(body).trim(), "Rhys is off today.\n\nThanks");
    }

    #[test]
    fn outlook_original_message_is_dropped() {
        let body = "Chloe had a fever.\n\n-----Original Message-----\nFrom: Office\nSent: 25 January\nChloe is not in school.";
        assert_eq!(new_text(body).trim(), "Chloe had a fever.");
    }

    #[test]
    fn from_sent_header_block_is_dropped() {
        let body = "She is ill.\nFrom: Fernhill Primary <office@x>\nSent: Monday\nSubject: Absence\nWhere is she?";
        assert_eq!(new_text(body).trim(), "She is ill.");
    }

    #[test]
    fn a_from_line_without_a_header_block_is_kept() {
        let body = "From: tomorrow she is off sick";
        assert_eq!(new_text(body), body);
    }

    #[test]
    fn stray_quoted_lines_and_device_signatures_go() {
        let body = "Off today\n> old text\nSent from my iPhone";
        assert_eq!(new_text(body), "Off today");
    }
}
