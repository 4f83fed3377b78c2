//! Bytes to text, with decoding as an explicit policy: a UTF-8 BOM is
//! stripped, UTF-16 with a BOM is decoded, a NUL byte marks a binary file,
//! and invalid UTF-8 is decoded lossily with a warning that says where.

use std::fmt;

/// What decoding had to say about a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Contains a NUL byte: not text, skipped.
    Binary { offset: usize },
    /// Invalid UTF-8: decoded with U+FFFD replacements.
    InvalidUtf8 { line: usize, replaced: usize },
    /// Nothing in it.
    Empty,
    /// A line over [`MAX_LINE_BYTES`] (the first one): read as one paragraph.
    LongLine { line: usize, bytes: usize },
}

impl Problem {
    /// True when the document lost data or was skipped: the run must say it failed.
    pub fn is_failure(&self) -> bool {
        !matches!(self, Problem::Empty | Problem::LongLine { .. })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Binary { offset } => {
                write!(f, "binary file (NUL byte at offset {offset}), skipped")
            }
            Problem::InvalidUtf8 { line, replaced } => write!(
                f,
                "line {line}: invalid UTF-8, decoded lossily ({replaced} byte sequence(s) replaced with U+FFFD)"
            ),
            Problem::Empty => write!(f, "empty file, no records"),
            Problem::LongLine { line, bytes } => write!(
                f,
                "line {line}: {bytes} bytes on one line (over {MAX_LINE_BYTES} bytes), read as one \
                 paragraph: records past its first sentences are not found"
            ),
        }
    }
}

/// The longest line read without a warning. A paragraph runs to a few
/// kilobytes; a longer line is most likely a page whose line breaks were
/// lost, read as one paragraph.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Decodes a document's bytes, with what decoding had to say about them.
/// `None` text means the document is skipped.
///
/// # Example
/// ```
/// use docket::input::{decode, Problem};
/// assert_eq!(decode(b"\xEF\xBB\xBFhello".to_vec()).0.as_deref(), Some("hello"));
/// assert_eq!(decode(b"a\0b".to_vec()).1, [Problem::Binary { offset: 1 }]);
/// let (text, problems) = decode(b"one\ntw\xFFo".to_vec());
/// assert_eq!(text.as_deref(), Some("one\ntw\u{FFFD}o"));
/// assert_eq!(problems, [Problem::InvalidUtf8 { line: 2, replaced: 1 }]);
/// ```
pub fn decode(bytes: Vec<u8>) -> (Option<String>, Vec<Problem>) {
    let (text, problem) = decode_text(bytes);
    let long = text.as_deref().and_then(long_line);
    (text, problem.into_iter().chain(long).collect())
}

/// The first line over [`MAX_LINE_BYTES`]; `\r` alone ends a line too, as
/// in a page saved with classic Mac line ends. Most pages are shorter than
/// that and need no scan.
fn long_line(text: &str) -> Option<Problem> {
    if text.len() <= MAX_LINE_BYTES {
        return None;
    }
    let bytes = text.as_bytes();
    let mac = memchr::memchr(b'\n', bytes).is_none();
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]) {
        if end - start > MAX_LINE_BYTES {
            let stop = if mac { b'\r' } else { b'\n' };
            let line = 1 + memchr::memchr_iter(stop, &bytes[..start]).count();
            return Some(Problem::LongLine {
                line,
                bytes: end - start,
            });
        }
        start = end + 1;
    }
    None
}

fn decode_text(mut bytes: Vec<u8>) -> (Option<String>, Option<Problem>) {
    if let Some(text) = utf16(&bytes) {
        return (Some(text), None);
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return (None, Some(Problem::Binary { offset }));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return (Some(String::new()), Some(Problem::Empty));
    }
    // Valid UTF-8, nearly every page, becomes the text without a copy.
    match String::from_utf8(bytes) {
        Ok(text) => (Some(text), None),
        Err(e) => {
            let bytes = e.as_bytes();
            let line = 1 + bytes[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replaced = text.matches('\u{FFFD}').count() - count_literal_replacements(bytes);
            (Some(text), Some(Problem::InvalidUtf8 { line, replaced }))
        }
    }
}

/// The UTF-8 byte-order mark, dropped.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// U+FFFD already present in the input, so only new replacements are counted.
fn count_literal_replacements(bytes: &[u8]) -> usize {
    bytes
        .windows(3)
        .filter(|w| *w == "\u{FFFD}".as_bytes())
        .count()
}

/// UTF-16 text announced by its BOM (as some Windows tools save pages).
fn utf16(bytes: &[u8]) -> Option<String> {
    let (body, little) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = body.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_files() {
        assert_eq!(
            decode(b"".to_vec()),
            (Some(String::new()), vec![Problem::Empty])
        );
        assert_eq!(decode(b" \n\r\n".to_vec()).1, [Problem::Empty]);
        assert!(!Problem::Empty.is_failure());
    }

    #[test]
    fn utf16_with_bom() {
        assert_eq!(decode(b"\xFF\xFEh\0i\0".to_vec()).0.as_deref(), Some("hi"));
        assert_eq!(decode(b"\xFE\xFF\0h\0i".to_vec()).0.as_deref(), Some("hi"));
    }

    #[test]
    fn existing_replacement_chars_are_not_counted() {
        let (_, p) = decode("\u{FFFD} ok \n\x7F".into());
        assert_eq!(p, []);
        let mut b = "\u{FFFD}\n".as_bytes().to_vec();
        b.push(0xC3);
        assert_eq!(
            decode(b).1,
            [Problem::InvalidUtf8 {
                line: 2,
                replaced: 1
            }]
        );
    }

    #[test]
    fn a_line_over_the_limit_is_reported_with_its_number() {
        let long = "word ".repeat(MAX_LINE_BYTES / 5 + 1);
        let page = format!("Title\r\n\r\n{long}\nEnd\n");
        let (_, problems) = decode(page.into_bytes());
        assert_eq!(
            problems,
            [Problem::LongLine {
                line: 3,
                bytes: long.len()
            }]
        );
        assert!(!problems[0].is_failure());
        // Classic Mac line ends count lines too; an invalid byte is reported as well.
        let mut page = format!("Title\r{long}").into_bytes();
        page.push(0xFF);
        let (_, problems) = decode(page);
        assert_eq!(problems.len(), 2);
        assert!(matches!(problems[1], Problem::LongLine { line: 2, .. }));
        // A long page of short lines says nothing.
        assert_eq!(decode("a line\n".repeat(20_000).into_bytes()).1, []);
    }
}
