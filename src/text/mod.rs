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
//! let doc = Document::new("Gen. J. Miller arrived in the U.S. He said \"it went well.\" Talks begin.");
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.start, s.end)).collect();
//! assert_eq!(sentences, ["Gen. J. Miller arrived in the U.S.", "He said \"it went well.\"", "Talks begin."]);
//! ```

pub mod chars;
pub mod paragraphs;
pub mod sentences;
pub mod tokens;

use std::ops::Range;

pub use tokens::{Case, Token, TokenKind};

use crate::analysis::Span;

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
    /// Every token lowercased, end to end; `lower_ends[i]` is where token `i` ends in it.
    lower: String,
    lower_ends: Vec<usize>,
}

impl<'t> Document<'t> {
    /// Splits `text`. Linear in its length.
    pub fn new(text: &'t str) -> Document<'t> {
        let tokens = tokens::tokenize(text);
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut t = 0;
        for (start, end) in paragraphs::paragraphs(text) {
            let first = t;
            while t < tokens.len() && tokens[t].start() < end {
                t += 1;
            }
            let first_sentence = sentences.len();
            for range in sentences::split(text, &tokens, first..t) {
                let (s, e) = (tokens[range.start].start(), tokens[range.end - 1].end());
                sentences.push(Sentence { start: s, end: e, tokens: range });
            }
            paragraphs.push(Paragraph { start, end, sentences: first_sentence..sentences.len() });
        }
        let (lower, lower_ends) = lowercased(text, &tokens);
        Document { text, paragraphs, sentences, tokens, lower, lower_ends }
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
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The text of a token, lowercased: computed once for the whole document, so the stages
    /// compare words without allocating.
    pub fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
        &self.lower[start..self.lower_ends[i]]
    }

    /// An output [`Span`] (byte offsets, with its text) for `start..end`.
    pub fn span(&self, (start, end): (usize, usize)) -> Span {
        Span { start, end, text: self.text[start..end].to_string() }
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }
}

/// Every token's text lowercased, one after another, and where each ends. ASCII (nearly every
/// token) is lowered byte by byte; anything else by Unicode's rules, which may change its length.
fn lowercased(text: &str, tokens: &[Token]) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(text.len());
    let mut ends = Vec::with_capacity(tokens.len());
    for t in tokens {
        let word = t.text(text);
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        ends.push(lower.len());
    }
    (lower, ends)
}

