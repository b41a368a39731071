//! The new part of an email body: quoted earlier messages are never a new
//! report, so everything from the first quote marker on is dropped.

use std::sync::LazyLock;

use regex::Regex;

use super::dates;
use super::reason;
use super::text::compile;

/// The verb a mail client's quote header ends with: English "wrote:",
/// Polish Gmail's "napisał(a):" and Thunderbird's "pisze:", Romanian "a
/// scris:", and the other languages families write in (Portuguese,
/// Spanish, Italian, French, German).
macro_rules! wrote {
    () => {
        r"(wrote|napisał(\(a\)|a)?|pisze|a scris|escreveu|escribió|ha scritto|a écrit|schrieb)"
    };
}

/// The line a mail client writes above the message it quotes, in English
/// (Gmail, Apple Mail, Thunderbird: "On Mon, 23 Nov 2026 at 09:40,
/// Fernhill Primary <…> wrote:"), Polish ("W dniu … napisał(a):") and
/// Romanian ("Pe … a scris:") — possibly wrapped over two lines.
static REPLY_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)^\s*(on\s.{0,200}\bwrote|w dniu\s.{0,200}\b(napisał(\(a\)|a)?|pisze)|",
        r"(pe|în|in)\s.{0,200}\ba scris|.{0,200}\b",
        wrote!(),
        r")\s*:\s*$"
    ))
});
/// Where a quote header wrapped onto a second line ends.
static REPLY_HEADER_END: LazyLock<Regex> =
    LazyLock::new(|| compile(concat!(r"(?i)\b", wrote!(), r"\s*:\s*$")));
static REPLY_HEADER_START: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*(on|w dniu|pe|în)\s"));
/// Outlook's rules: "-----Original Message-----", "Begin forwarded
/// message:", and the long underline Outlook on the web and mobile draw.
static ORIGINAL_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)^\s*(-{2,}\s*(original message|forwarded message|wiadomość oryginalna|mesaj original|mesajul original)\s*-{2,}",
        r"|begin forwarded message:|_{10,}\s*$)"
    ))
});
/// Outlook's header block, in the languages of the roster.
static FROM_HEADER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*\*?(from|od|de la):\*?\s"));
static SENT_HEADER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*\*?(sent|date|wysłano|wysłane|data|trimis|dată):\*?\s"));
static DEVICE_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(sent from (my \w+|outlook|yahoo mail|mail for windows)|get outlook for \w+|wysłane z \w+|trimis de pe \w+)",
    )
});

/// The legal notice a workplace's mail server appends below the signature
/// ("The information in this email is confidential…", "DISCLAIMER"): its
/// words ("unauthorised", "prohibited") are nobody's message to the school.
static DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)^\s*(\*+\s*)?(disclaimer\b|confidentiality (notice|note|statement)|",
        r"(the information|the contents?)( contained)? (in|of|within) this (e-?mail|message|communication)|",
        r"this (e-?mail|message|communication)( and any (files|attachments)[^.]{0,40})? (is|are|may be|contains?|and its) [^.]{0,30}\b(confidential|privileged|intended|private)|",
        r"please consider the environment before printing|this (e-?mail|message) has been (scanned|checked))"
    ))
});

/// Whether a line opens a mail server's legal notice. Every notice opens
/// with one of a few letters, and asking that first spares the pattern on
/// nearly every line.
fn is_disclaimer(line: &str) -> bool {
    let opens = line
        .trim_start()
        .bytes()
        .next()
        .map(|b| b.to_ascii_lowercase());
    matches!(opens, Some(b'd' | b'c' | b't' | b'p' | b'*')) && DISCLAIMER.is_match(line)
}

/// The body without quoted text: lines starting `>`, and everything from a
/// reply header, an Outlook "Original Message" rule, a `From:`/`Sent:`
/// header block or a mail server's legal notice onwards. "Sent from my
/// iPhone" lines go too.
pub fn new_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let (mut kept, quote) = own_lines(&lines);
    if let Some(quoted) = quote.map(|i| &lines[i..])
        && let Some(own_text) = own_words_above_a_forward(&kept, quoted)
    {
        let subject = forwarded_subject_pointed_to(&own_text, quoted);
        // A subject kept that gives the reason explains the forward too.
        let explained = subject.is_some_and(|s| reason::names_a_reason(&s.to_lowercase()));
        kept.extend(subject);
        if !explained {
            kept.extend(forwarded_message_passed_on(&own_text, quoted));
        }
    }
    kept.join("\n")
}

/// The lines before the first quote marker or legal notice, without `>`
/// lines and device signatures; and where that marker is, if anywhere.
fn own_lines<'l>(lines: &[&'l str]) -> (Vec<&'l str>, Option<usize>) {
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if starts_quote(lines, i) || is_disclaimer(line) {
            return (kept, Some(i));
        }
        if !line.trim_start().starts_with('>') && !DEVICE_SIGNATURE.is_match(line) {
            kept.push(*line);
        }
    }
    (kept, None)
}

/// The sender's own words, in lower case, when the quote below them is a
/// forwarded message.
fn own_words_above_a_forward(own: &[&str], quoted: &[&str]) -> Option<String> {
    let forwarded = quoted
        .first()
        .is_some_and(|l| l.to_lowercase().contains("forwarded"));
    forwarded.then(|| own.join("\n").to_lowercase())
}

/// The sender's words pointing to a forwarded message below them ("please
/// see below", "forwarding the letter").
static POINTS_BELOW: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(see below|below|forward\w*|fwd)\b"));

/// A forwarded message's subject, when the sender's own words point to it
/// ("please see below", "forwarding the letter"): "Subject: Your
/// appointment at the Royal London Hospital" is the reason they give.
fn forwarded_subject_pointed_to<'l>(own_text: &str, quoted: &[&'l str]) -> Option<&'l str> {
    static SUBJECT: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*\*?subject:\*?\s*(fwd?:\s*)?(?P<subject>.+)$"));
    // Only beside a day of the sender's own: "Jacob will miss the morning
    // for this" leaves the day in the letter, for a person to read.
    if !POINTS_BELOW.is_match(own_text) || !dates::names_a_day(&dates::DayScan::of(own_text)) {
        return None;
    }
    quoted
        .iter()
        .take(8)
        .find_map(|l| SUBJECT.captures(l)?.name("subject"))
        .map(|m| m.as_str())
}

/// A forwarded message the sender passes on with no reason of their own
/// ("forwarding this from Enzo's mum as her email is not working. He's off
/// today"): its words, below its header, are the message to the school,
/// up to any quote inside it. A reply's quote is never passed on, nor a
/// forward the sender's own words already explain.
fn forwarded_message_passed_on<'l>(own_text: &str, quoted: &[&'l str]) -> Vec<&'l str> {
    static PASSES_ON: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(sending this on|passing (this|it) on)\b"));
    static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s*\*?(from|date|sent|subject|to|cc|od|de la|data|temat|subiect):\*?\s")
    });
    let points_to_it = POINTS_BELOW.is_match(own_text) || PASSES_ON.is_match(own_text);
    if !points_to_it || reason::names_a_reason(own_text) {
        return Vec::new();
    }
    let body = &quoted[1..];
    let header_end = body
        .iter()
        .position(|l| !HEADER_LINE.is_match(l) && !l.trim().is_empty())
        .unwrap_or(body.len());
    own_lines(&body[header_end..]).0
}

fn starts_quote(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    if ORIGINAL_MESSAGE.is_match(line) || (ends_with_colon(line) && REPLY_HEADER.is_match(line)) {
        return true;
    }
    // Whatever the client and language, the line above a `>` quote that
    // ends with a colon introduces it.
    if ends_with_colon(line) && next_text_line(lines, i).is_some_and(|l| l.starts_with('>')) {
        return true;
    }
    // A reply header wrapped onto the next line: "On …, Fernhill" / "<…> wrote:".
    if REPLY_HEADER_START.is_match(line)
        && lines
            .get(i + 1)
            .is_some_and(|next| ends_with_colon(next) && REPLY_HEADER_END.is_match(next))
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

/// The next line after `i` with any text on it, trimmed at its start.
fn next_text_line<'l>(lines: &[&'l str], i: usize) -> Option<&'l str> {
    lines
        .iter()
        .skip(i + 1)
        .map(|l| l.trim_start())
        .find(|l| !l.is_empty())
}

/// Every reply header ends with a colon: most lines need no closer look.
fn ends_with_colon(line: &str) -> bool {
    line.trim_end().ends_with(':')
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
    fn quote_headers_of_each_client_and_language() {
        let new = "Zosia is poorly today.";
        for quote in [
            // Apple Mail.
            "On 23 Nov 2026, at 09:40, Fernhill Primary <office@fernhill.sch.uk> wrote:\n\nZosia was absent.",
            // Thunderbird.
            "On 23/11/2026 09:40, Fernhill Primary wrote:\nZosia was absent.",
            // Gmail, wrapped.
            "On Mon, 23 Nov 2026 at 09:40, Fernhill Primary <\noffice@fernhill.sch.uk> wrote:\nZosia was absent.",
            // Gmail in Polish and Romanian.
            "W dniu pon., 23 lis 2026 o 09:40 Fernhill Primary <office@fernhill.sch.uk> napisał(a):\nZosia was absent.",
            "Pe lun., 23 nov. 2026 la 09:40, Fernhill Primary <office@fernhill.sch.uk> a scris:\nZosia was absent.",
            // Thunderbird in Polish; Gmail in Portuguese.
            "W dniu 23.11.2026 o 09:40, Fernhill Primary <office@fernhill.sch.uk> pisze:\nZosia was absent.",
            "Em seg., 23 de nov. de 2026 às 09:40, Fernhill Primary <office@fernhill.sch.uk> escreveu:\nZosia was absent.",
            // Outlook on the web and mobile.
            "________________________________\nFrom: Fernhill Primary <office@fernhill.sch.uk>\nSent: Monday, November 23, 2026 9:40 AM\nZosia was absent.",
            "From: Fernhill Primary <office@fernhill.sch.uk>\nDate: Monday, 23 November 2026 at 09:40\nZosia was absent.",
            // Outlook desktop, in Polish and Romanian.
            "Od: Fernhill Primary <office@fernhill.sch.uk>\nWysłano: poniedziałek, 23 listopada 2026 09:40\nZosia was absent.",
            "De la: Fernhill Primary <office@fernhill.sch.uk>\nTrimis: luni, 23 noiembrie 2026 09:40\nZosia was absent.",
            "-----Original Message-----\nZosia was absent.",
            "Begin forwarded message:\n\nZosia was absent.",
        ] {
            let body = format!("{new}\n\nSent from Outlook for iOS\n{quote}");
            assert_eq!(new_text(&body).trim(), new, "{quote}");
        }
    }

    #[test]
    fn any_line_ending_in_a_colon_above_a_quote_introduces_it() {
        let body = "Off on Friday.\n\nLe 23/11/2026, l'école a fait savoir :\n\n> Zosia was absent on 20 November.";
        assert_eq!(new_text(body).trim(), "Off on Friday.");
        // A colon with no quote under it is the parent's own.
        let body = "Two things:\nshe is off today\nand tomorrow";
        assert_eq!(new_text(body), body);
    }

    #[test]
    fn a_from_line_without_a_header_block_is_kept() {
        let body = "From: tomorrow she is off sick";
        assert_eq!(new_text(body), body);
    }

    #[test]
    fn a_mail_server_legal_notice_goes() {
        for notice in [
            "The information in this email is confidential and may be legally privileged. Any unauthorised use is prohibited.",
            "This email and any files transmitted with it are confidential and intended solely for the addressee.",
            "DISCLAIMER: the views expressed are the sender's own",
            "*** Confidentiality notice ***",
        ] {
            let body = format!(
                "Hannah is off today, sick in the night.\n\nThanks\nRachel\nHR Partner\n\n{notice}\nMore of it"
            );
            assert_eq!(
                new_text(&body),
                "Hannah is off today, sick in the night.\n\nThanks\nRachel\nHR Partner\n",
                "{notice}"
            );
        }
        // A parent's own words about confidentiality stay.
        let own = "Please keep this confidential: Kai is off today";
        assert_eq!(new_text(own), own);
    }

    #[test]
    fn a_forwarded_subject_the_sender_points_to_is_kept() {
        let body = "Hi, please see below. Mateo will miss the morning on Monday.\n\n---------- Forwarded message ---------\nFrom: Hospital <noreply@nhs.net>\nDate: Thu, 19 Nov 2026 at 10:12\nSubject: Your appointment at the Royal London Hospital\n\nPatient: Mateo";
        assert_eq!(
            new_text(body),
            "Hi, please see below. Mateo will miss the morning on Monday.\n\nYour appointment at the Royal London Hospital"
        );
        let not_pointed_to = body.replace("please see below. ", "");
        assert!(!new_text(&not_pointed_to).contains("appointment"));
        let no_day_of_their_own = body.replace(" on Monday", "");
        assert!(!new_text(&no_day_of_their_own).contains("appointment"));
    }

    #[test]
    fn stray_quoted_lines_and_device_signatures_go() {
        let body = "Off today\n> old text\nSent from my iPhone";
        assert_eq!(new_text(body), "Off today");
    }

    #[test]
    fn a_forward_passed_on_with_no_reason_of_its_own_is_read() {
        let body = "Hi, forwarding this from Enzo's mum as her email is not working. He's off today.\n\nPaolo\n\n---------- Forwarded message ---------\nFrom: Chiara <chiara@example.com>\nDate: Thu, 24 Jun 2027 at 07:50\nSubject: Enzo\nTo: Paolo\n\nCan you tell school Enzo has an ear infection x\n\nOn Wed, 23 Jun 2027, Paolo wrote:\n> see you later";
        let read = new_text(body);
        assert!(read.contains("Enzo has an ear infection"), "{read}");
        assert!(
            !read.contains("From:") && !read.contains("see you later"),
            "{read}"
        );
        // The sender's own reason explains it: the forward stays unread.
        let body = "Forwarding the hospital letter, Enzo has the dentist at 10.\n\n---------- Forwarded message ---------\nFrom: Clinic\nDate: Mon\n\nDear parent, your appointment is at 10.";
        assert!(!new_text(body).contains("Dear parent"));
        // A reply's quote is never passed on.
        let body = "See below, he's off today.\n\nOn Mon, 23 Nov 2026 at 09:40, Fernhill Primary <office@fernhill.sch.uk> wrote:\n> Enzo was absent with a fever.";
        assert!(!new_text(body).contains("fever"));
    }
}
