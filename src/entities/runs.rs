//! Runs: the stretches of capitalised tokens where names are.
//!
//! A run is a maximal sequence of name tokens (capitalised or all-capitals words,
//! abbreviations such as "U.S.", particles-with-capitals such as "al-Assad"), joined by
//! "of", "of the", "for", "de", "van", "bin" and the like when a name token follows
//! ("University of Texas", "Ursula von der Leyen"). A possessive, punctuation or a
//! lowercase word ends it.

use std::ops::Range;

use crate::text::{Case, Document, Token, TokenKind};

/// Lowercase words that may join the parts of one name.
const JOINERS: &[&str] = &[
    "of", "for", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le",
    "bin", "ibn", "al", "el", "y", "&",
];

/// Whether a token can be part of a name.
pub fn is_name_token(doc: &Document, t: &Token) -> bool {
    match t.kind {
        TokenKind::Word | TokenKind::Abbreviation => match t.case {
            Case::Capitalized | Case::Upper => {
                let w = t.text(doc.text());
                w != "I" && !w.starts_with('\'')
            }
            // "al-Assad", "el-Sisi", "bin Salman" — not "pro-Beijing"
            Case::Mixed => {
                let w = t.text(doc.text());
                [
                    "al-", "el-", "ul-", "bin-", "ibn-", "de-", "van-", "von-", "d'", "l'",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            }
            _ => false,
        },
        _ => false,
    }
}

/// The runs of one sentence (token indices into `doc.tokens`).
pub fn runs(doc: &Document, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = tokens.start;
    while i < tokens.end {
        if !is_name_token(doc, &doc.tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < tokens.end && is_name_token(doc, &doc.tokens[end]) {
                end += 1;
                continue;
            }
            // Up to two joiners between name tokens: "of", "of the", "von der".
            let mut k = end;
            while k < tokens.end && k < end + 2 {
                let w = doc.lower(k);
                if JOINERS.contains(&w) || (k > end && w == "the") {
                    k += 1;
                } else {
                    break;
                }
            }
            if k > end
                && k < tokens.end
                && is_name_token(doc, &doc.tokens[k])
                && doc.tokens[k].case != Case::Mixed
            {
                end = k + 1;
                continue;
            }
            break;
        }
        out.push(start..end);
        i = end;
    }
    out
}

/// Whether a sentence reads as a title-case headline: no final punctuation, and most of its
/// words (four or more) capitalised.
pub fn is_headline(doc: &Document, tokens: Range<usize>) -> bool {
    let toks = &doc.tokens[tokens];
    let ends_stop = toks.last().is_some_and(|t| {
        t.kind == TokenKind::Punct && matches!(t.text(doc.text()), "." | "!" | "?" | "…")
    });
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.text(doc.text()).len() > 3)
        .collect();
    let caps = words
        .iter()
        .filter(|t| matches!(t.case, Case::Capitalized | Case::Upper))
        .count();
    !ends_stop && words.len() >= 3 && caps * 4 >= words.len() * 3
}
