//! The text model every stage reads: a [`Document`] over the original `&str`.
//!
//! A document is the text cut three ways, all by byte offsets into the **original** text:
//!
//! * [`Paragraph`]s — a line each (headline, date line, body paragraphs), except that wrapped
//!   lines are joined ([`paragraphs`]);
//! * [`Sentence`]s — never across a paragraph, abbreviation-aware ([`sentences`]);
//! * [`Token`]s — words, abbreviations, numbers, possessives, quotation marks, punctuation
//!   ([`tokens`]), each with its [`Case`].
//!
//! Nothing is normalised into a copy: curly and straight quotes, NBSP and other spaces, CRLF,
//! zero-width characters are recognised where they stand ([`chars`]), so every offset is an
//! offset of the text the user gave.
//!
//! ```
//! use newslens::text::Document;
//!
//! let doc =
//!     Document::new("Gen. J. Miller arrived in the U.S. He said \"it went well.\" Talks begin.");
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.start, s.end)).collect();
//! assert_eq!(
//!     sentences,
//!     ["Gen. J. Miller arrived in the U.S.", "He said \"it went well.\"", "Talks begin."]
//! );
//! ```

pub mod chars;
pub mod language;
pub mod paragraphs;
pub mod sentences;
mod span;
pub mod tokens;

use std::ops::Range;

pub use span::{ByteSpan, TokenRange};
pub use tokens::{Case, Token, TokenKind};

/// A paragraph: its bytes and its sentences (indices into [`Document::sentences`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub sentences: Range<usize>,
}

/// A sentence: its bytes and its tokens (indices into [`Document::tokens`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// The original text with its paragraphs, sentences and tokens.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    text: &'t str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The text with every token lowercased in place (same length, same offsets), so token
    /// `i`'s lowercase is `lower[start..end]`: no per-token index to keep.
    lower: String,
    /// The few tokens whose lowercase is longer or shorter than they are ("İ", "ẞ", the Kelvin
    /// sign): token index and lowercase, by index.
    lower_moved: Vec<(u32, Box<str>)>,
}

impl<'t> Document<'t> {
    /// Splits `text`. Linear in its length.
    pub fn new(text: &'t str) -> Document<'t> {
        let tokens = tokens::tokenize(text);
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut t = 0;
        for ByteSpan { start, end } in paragraphs::paragraphs(text) {
            let first = t;
            while t < tokens.len() && tokens[t].start() < end {
                t += 1;
            }
            let first_sentence = sentences.len();
            for range in sentences::split(text, &tokens, first..t) {
                let bytes = span::of_tokens(&tokens, range.clone());
                sentences.push(Sentence { start: bytes.start, end: bytes.end, tokens: range });
            }
            paragraphs.push(Paragraph { start, end, sentences: first_sentence..sentences.len() });
        }
        let (lower, lower_moved) = lowercased(text, &tokens);
        Document { text, paragraphs, sentences, tokens, lower, lower_moved }
    }

    /// The original text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The text between two byte offsets.
    pub fn slice(&self, start: usize, end: usize) -> &'t str {
        &self.text[start..end]
    }

    /// The text of a token.
    #[inline]
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Whether token `i` is followed by another with nothing between them ("#" and "tag",
    /// "US" and "$"); false for the last token.
    pub fn touches_next(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|next| self.tokens[i].end == next.start)
    }

    /// The text of a token, lowercased: computed once for the whole document, so the stages
    /// compare words without allocating.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        if !self.lower_moved.is_empty() {
            if let Ok(k) = self.lower_moved.binary_search_by_key(&(i as u32), |m| m.0) {
                return &self.lower_moved[k].1;
            }
        }
        &self.lower[t.start()..t.end()]
    }
}

/// The text with every token lowercased where it stands, and the tokens whose lowercase has
/// another length. ASCII (nearly every text) is lowered in one pass; other tokens by Unicode's
/// rules. Bytes between tokens are never read.
fn lowercased(text: &str, tokens: &[Token]) -> (String, Vec<(u32, Box<str>)>) {
    let lower = text.to_ascii_lowercase();
    if text.is_ascii() {
        return (lower, Vec::new());
    }
    let mut bytes = lower.into_bytes();
    let mut moved = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text(text);
        if word.is_ascii() {
            continue;
        }
        let lowered: String = word.chars().flat_map(char::to_lowercase).collect();
        if lowered.len() == word.len() {
            bytes[t.start()..t.end()].copy_from_slice(lowered.as_bytes());
        } else {
            moved.push((i as u32, lowered.into_boxed_str()));
        }
    }
    // Whole characters replaced by whole characters at character boundaries: still UTF-8.
    (String::from_utf8(bytes).expect("lowercasing in place keeps UTF-8"), moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_view_of_every_token() {
        // "İ" lowercases to three bytes from two, "K" (Kelvin sign) to one from three.
        let text = "İstanbul ZÜRICH \u{212A}elvin Straße and DONE.";
        let doc = Document::new(text);
        let lower: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
        assert_eq!(lower, ["i\u{307}stanbul", "zürich", "kelvin", "straße", "and", "done", "."]);
    }
}
