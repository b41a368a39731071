//! Right-to-left text in email. A plain-text part carries no direction,
//! so a mail client lays an Urdu message out left to right, with its
//! punctuation at the wrong end. A message written mostly in a
//! right-to-left script also gets an HTML part that says `dir="rtl"`.

use maud::html;

/// Whether a letter belongs to a right-to-left script (Hebrew, Arabic and
/// the scripts written with it, such as Urdu, Syriac and Thaana).
fn is_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// Whether most of a text's letters are written right to left. The
/// majority decides, not the first letter: a chase message starts with the
/// school's name in English.
pub fn mostly_right_to_left(text: &str) -> bool {
    let (rtl, ltr) =
        text.chars()
            .filter(|c| c.is_alphabetic())
            .fold((0usize, 0usize), |(rtl, ltr), c| {
                if is_right_to_left(c) {
                    (rtl + 1, ltr)
                } else {
                    (rtl, ltr + 1)
                }
            });
    rtl > ltr
}

/// The text as an HTML body laid out right to left, line by line.
pub fn right_to_left_html(text: &str) -> String {
    html! {
        div dir="rtl" style="text-align: right" {
            @for line in text.lines() {
                (line) br;
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_with_an_english_school_name_reads_right_to_left() {
        let text = "Fernhill Primary: علی آج اسکول میں نہیں ہے اور ہمیں وجہ معلوم نہیں۔";
        assert!(mostly_right_to_left(text));
        assert!(!mostly_right_to_left(
            "Fernhill Primary: Ola nie ma dzisiaj w szkole."
        ));
        assert!(!mostly_right_to_left("12:30 — 😀"));
    }

    #[test]
    fn the_html_says_its_direction_and_escapes_the_text() {
        let html = right_to_left_html("شکریہ <b>\nدوسری سطر");
        assert!(html.starts_with(r#"<div dir="rtl""#), "{html}");
        assert!(html.contains("شکریہ &lt;b&gt;<br>دوسری سطر<br>"), "{html}");
    }
}
