//! Quoted spans: quotation marks paired within each paragraph.
//!
//! Double marks (straight `"`, curly `“ ”`, doubled `'' ``) pair first: an opening (or
//! straight) mark opens, the next closing (or straight) mark closes. A paragraph whose last
//! quotation is never closed runs to its end: the news convention for a quotation that goes
//! on in the next paragraph, which opens with a new mark. Where a paragraph has no double
//! marks, single ones (`‘ ’`, `'`) pair the same way (British style); apostrophes never
//! reach here, the tokenizer keeps them inside words.

use std::ops::Range;

use crate::text::chars::Facing;
use crate::text::{Document, TokenKind};

/// A quotation: token indices from its opening mark to its closing mark (inclusive), or to
/// the end of the paragraph when it is not closed there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    pub tokens: Range<usize>,
    /// The closing mark is missing: the quotation goes on in the next paragraph.
    pub open_ended: bool,
    /// No opening mark: the quotation goes on from the previous paragraph (which left its
    /// own open) up to a closing mark here.
    pub continued: bool,
    /// The paragraph's index, as `u32`: 24 bytes a quotation rather than 32 (a text of
    /// quotation marks has one for every two bytes). Read it with [`Quoted::paragraph`].
    paragraph: u32,
}

impl Quoted {
    /// The index of the quotation's paragraph in `doc.paragraphs`.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }
}

/// Every quotation of `doc`, in order, handed to `each` one at a time rather than collected:
/// a text of quotation marks has one for every two bytes, and a list of them all would take
/// more memory than the rest of the analysis.
pub fn each_quoted(doc: &Document, mut each: impl FnMut(Quoted)) {
    // Whether the last quotation found is open-ended, and its paragraph.
    let mut previous: Option<(bool, u32)> = None;
    let mut emit = |q: Quoted, previous: &mut Option<(bool, u32)>| {
        *previous = Some((q.open_ended, q.paragraph));
        each(q);
    };
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let carried = previous.is_some_and(|(open_ended, lp)| open_ended && lp as usize + 1 == p);
        let p = p as u32;
        let (Some(first), Some(last)) = (
            doc.sentences.get(para.sentences.start),
            para.sentences.end.checked_sub(1).and_then(|i| doc.sentences.get(i)),
        ) else {
            continue;
        };
        let range = first.tokens.start..last.tokens.end;
        let has_double = range
            .clone()
            .any(|i| matches!(doc.tokens[i].kind, TokenKind::Quote { double: true, .. }));
        let mut open: Option<usize> = None;
        let mut first_mark = true;
        for i in range.clone() {
            let TokenKind::Quote { double, facing } = doc.tokens[i].kind else {
                continue;
            };
            if double != has_double {
                continue;
            }
            // A paragraph that goes on with a quotation left open before it, and whose first
            // mark closes it.
            if first_mark && carried && facing == Facing::Close && i > range.start {
                emit(
                    Quoted {
                        tokens: range.start..i + 1,
                        open_ended: false,
                        continued: true,
                        paragraph: p,
                    },
                    &mut previous,
                );
                first_mark = false;
                continue;
            }
            first_mark = false;
            match open {
                None if facing != Facing::Close => open = Some(i),
                Some(o) if facing != Facing::Open => {
                    emit(
                        Quoted {
                            tokens: o..i + 1,
                            open_ended: false,
                            continued: false,
                            paragraph: p,
                        },
                        &mut previous,
                    );
                    open = None;
                }
                // An opening mark while one is open: the first was never closed.
                Some(o) => {
                    emit(
                        Quoted { tokens: o..i, open_ended: true, continued: false, paragraph: p },
                        &mut previous,
                    );
                    open = Some(i);
                }
                None => {}
            }
        }
        if let Some(o) = open {
            if o + 1 < range.end {
                emit(
                    Quoted {
                        tokens: o..range.end,
                        open_ended: true,
                        continued: false,
                        paragraph: p,
                    },
                    &mut previous,
                );
            }
        }
    }
}
