//! Where things are: a [`ByteSpan`] of the original text, a [`TokenRange`] of a document's
//! tokens, and the one way from the second to the first ([`Document::byte_span`]).
//!
//! The stages work in tokens and report in bytes: a mention, a quote's fragment, a speech
//! verb or a temporal expression is found as a range of tokens, then kept as the bytes it
//! covers, which the last step of the pipeline turns into the caller's offsets.
//!
//! ```
//! use newslens::text::{ByteSpan, Document};
//!
//! let doc = Document::new("The mayor, Anna Weber, spoke.");
//! // Tokens 3 and 4 are "Anna" and "Weber".
//! let span = doc.byte_span(3..5);
//! assert_eq!(span, ByteSpan::new(11, 21));
//! assert_eq!(span.of(doc.text()), "Anna Weber");
//! ```

use std::ops::Range;

use super::{Document, Token};
use crate::analysis::Span;

/// Tokens `start..end` of a [`Document`]: indices into [`Document::tokens`].
pub type TokenRange = Range<usize>;

/// A stretch of the original text in bytes, `start..end`, both on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    /// The bytes `start..end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> ByteSpan {
        ByteSpan { start, end }
    }

    /// The text this span covers in `text` (the document's text).
    #[inline]
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies wholly inside this span.
    #[inline]
    pub fn contains(&self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The bytes `tokens[r]` cover: from the first one's start to the last one's end. `r` must not
/// be empty.
#[inline]
pub(super) fn of_tokens(tokens: &[Token], r: TokenRange) -> ByteSpan {
    ByteSpan::new(tokens[r.start].start(), tokens[r.end - 1].end())
}

impl<'t> Document<'t> {
    /// The bytes tokens `r` cover: from the first one's start to the last one's end. `r` must
    /// not be empty.
    #[inline]
    pub fn byte_span(&self, r: TokenRange) -> ByteSpan {
        of_tokens(&self.tokens, r)
    }

    /// The text tokens `r` cover (`r` not empty).
    #[inline]
    pub fn range_text(&self, r: TokenRange) -> &'t str {
        self.byte_span(r).of(self.text)
    }

    /// An output [`Span`] (byte offsets, with its text) for `span`.
    pub fn span(&self, span: ByteSpan) -> Span {
        Span { start: span.start, end: span.end, text: span.of(self.text).to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_range_covers_its_first_token_to_its_last() {
        let doc = Document::new("Officials in Lyon said so.");
        assert_eq!(doc.byte_span(2..3), ByteSpan::new(13, 17));
        assert_eq!(doc.range_text(2..3), "Lyon");
        assert_eq!(doc.range_text(0..4), "Officials in Lyon said");
    }

    #[test]
    fn an_output_span_carries_its_text() {
        let doc = Document::new("Zürich voted.");
        let span = doc.span(doc.byte_span(0..1));
        assert_eq!((span.start, span.end, span.text.as_str()), (0, 7, "Zürich"));
    }

    #[test]
    fn containment_is_inclusive_at_both_ends() {
        let outer = ByteSpan::new(3, 9);
        assert!(outer.contains(ByteSpan::new(3, 9)));
        assert!(outer.contains(ByteSpan::new(4, 5)));
        assert!(!outer.contains(ByteSpan::new(2, 5)));
        assert!(!outer.contains(ByteSpan::new(8, 10)));
    }
}
