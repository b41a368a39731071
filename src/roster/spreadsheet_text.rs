//! CSV files as spreadsheets save them: UTF-8 with or without a byte-order
//! mark, or Windows-1252 ("CSV" in Excel on Windows, where `£`, `é` and
//! curly quotes are single bytes); separated by commas, or by semicolons
//! where Excel's regional settings use a decimal comma.

/// A file's text and how it was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpreadsheetText {
    pub text: String,
    pub encoding: Encoding,
    pub delimiter: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// Windows-1252's characters for bytes 0x80–0x9F (where it differs from
/// Latin-1); the five unassigned bytes read as the replacement character.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// Reads a file's bytes as text, whichever way it was saved, and finds its
/// separator from the header line.
pub fn decode(bytes: &[u8]) -> SpreadsheetText {
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (
            text.trim_start_matches('\u{feff}').to_string(),
            Encoding::Utf8,
        ),
        Err(_) => (
            bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect(),
            Encoding::Windows1252,
        ),
    };
    let delimiter = header_delimiter(text.lines().next().unwrap_or(""));
    SpreadsheetText {
        text,
        encoding,
        delimiter,
    }
}

/// The separator the header uses: a semicolon when it has more of them
/// than commas outside quotes, else a comma.
fn header_delimiter(header: &str) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_byte_order_mark_and_commas_reads_as_it_is() {
        let read = decode("\u{feff}upn,name\nA1,Zoë\n".as_bytes());
        assert_eq!(read.text, "upn,name\nA1,Zoë\n");
        assert_eq!((read.encoding, read.delimiter), (Encoding::Utf8, b','));
    }

    #[test]
    fn windows_1252_from_excel_reads_its_accents_and_curly_quotes() {
        let bytes = b"upn;name;note\nA1;Zo\xeb;\x93ill\x94 \x80\n";
        let read = decode(bytes);
        assert_eq!(read.encoding, Encoding::Windows1252);
        assert_eq!(read.delimiter, b';');
        assert_eq!(read.text, "upn;name;note\nA1;Zoë;“ill” €\n");
    }

    #[test]
    fn a_semicolon_inside_quotes_does_not_make_the_file_semicolon_separated() {
        assert_eq!(header_delimiter("school,upn,\"flags;list\""), b',');
        assert_eq!(header_delimiter("school;upn;flags"), b';');
    }
}
