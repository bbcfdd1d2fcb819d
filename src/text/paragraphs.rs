//! Paragraphs: blocks of text separated by line breaks.
//!
//! News pasted from a page puts each paragraph, the headline and the date line on a line
//! of its own, so a line break ends a paragraph. The exception is text wrapped at a fixed
//! width (from a PDF or an e-mail): a long line (at least [`WRAP_WIDTH`] characters) that
//! does not end a sentence, followed by one that starts in lowercase, continues the same
//! paragraph. Short lines (a date line, a caption) stand alone whatever follows.

use super::{chars, ByteSpan};

/// The shortest line that can have been wrapped at a fixed width.
pub const WRAP_WIDTH: usize = 40;

/// The byte ranges of the paragraphs of `text`, trimmed of spaces, in order.
pub fn paragraphs(text: &str) -> Vec<ByteSpan> {
    let mut out: Vec<ByteSpan> = Vec::new();
    let mut open = false;
    // The previous non-blank line.
    let mut line = ByteSpan::default();
    for raw in lines(text) {
        let Some(trimmed) = trim(text, raw) else {
            open = false;
            continue;
        };
        match out.last_mut() {
            Some(last) if open && continues(line.of(text), trimmed.of(text)) => {
                last.end = trimmed.end
            }
            _ => out.push(trimmed),
        }
        open = true;
        line = trimmed;
    }
    out
}

/// The lines of `text` (byte ranges without their line breaks). `\r\n` is one break.
/// Scanned as bytes: every break ([`chars::is_line_break`]) is ASCII or starts with a lead
/// byte (U+0085 is `C2 85`, U+2028/U+2029 are `E2 80 A8`/`E2 80 A9`), never a continuation.
fn lines(text: &str) -> Vec<ByteSpan> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        // Skip to the next byte that can begin a break: most bytes are not.
        i += b[i..].iter().take_while(|&&c| !matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2)).count();
        if i == b.len() {
            break;
        }
        let len = match b[i] {
            b'\n' => 1,
            b'\r' => 1 + usize::from(b.get(i + 1) == Some(&b'\n')),
            0xC2 if b.get(i + 1) == Some(&0x85) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(ByteSpan::new(start, i));
        start = i + len;
        if len == 3 && b[i + 2] == 0xA9 {
            // PARAGRAPH SEPARATOR: a blank line's worth.
            out.push(ByteSpan::new(start, start));
        }
        i += len;
    }
    out.push(ByteSpan::new(start, text.len()));
    out
}

/// `line` without leading and trailing spaces and zero-width characters; `None` if nothing is
/// left.
fn trim(text: &str, line: ByteSpan) -> Option<ByteSpan> {
    let blank = |c: char| chars::is_space(c) || chars::is_ignorable(c);
    let start = line.start;
    let line = line.of(text);
    let s = start + line.find(|c| !blank(c))?;
    let e = start
        + line
            .rfind(|c| !blank(c))
            .map(|i| i + line[i..].chars().next().map_or(0, char::len_utf8))?;
    Some(ByteSpan::new(s, e))
}

/// Whether the line `next` continues the paragraph of the line `prev` (wrapped text).
fn continues(prev: &str, next: &str) -> bool {
    let long = prev.chars().count() >= WRAP_WIDTH;
    let ends_open = prev
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || chars::is_joining_hyphen(c));
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    long && ends_open && starts_lower
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|p| p.of(text)).collect()
    }

    #[test]
    fn every_line_break_ends_a_line() {
        let text = "a\nb\r\nc\rd\u{0085}e\u{2028}f\u{2029}g é\u{00C2}\u{2027}h\r";
        let lines: Vec<&str> = lines(text).into_iter().map(|p| p.of(text)).collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "f", "", "g é\u{00C2}\u{2027}h", ""]);
    }

    #[test]
    fn lines_are_paragraphs() {
        assert_eq!(
            paras("Headline Here\nMonday, May 18, 2015\nOn Friday, it rained.\n\n  Then it stopped.  \n"),
            ["Headline Here", "Monday, May 18, 2015", "On Friday, it rained.", "Then it stopped."]
        );
    }

    #[test]
    fn crlf_cr_and_separators() {
        assert_eq!(
            paras("One.\r\nTwo.\r\rThree.\u{2029}Four."),
            ["One.", "Two.", "Three.", "Four."]
        );
    }

    #[test]
    fn wrapped_lines_join() {
        assert_eq!(
            paras("The minister of the interior said that the\ntalks with the unions would go on for weeks, and\nthat nothing had changed.\nA new paragraph."),
            ["The minister of the interior said that the\ntalks with the unions would go on for weeks, and\nthat nothing had changed.", "A new paragraph."]
        );
        assert_eq!(
            paras("Saturday, September 12, 2015\nworkers at the port in 2010"),
            ["Saturday, September 12, 2015", "workers at the port in 2010"],
            "a short line stands alone"
        );
    }

    #[test]
    fn blank_and_zero_width_lines_separate() {
        assert_eq!(paras("\u{FEFF}a and\n\u{200B}\nbut b"), ["a and", "but b"]);
        assert!(paras(" \n\t\n").is_empty());
    }
}
