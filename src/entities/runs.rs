//! Runs: the stretches of capitalised tokens where names are.
//!
//! A run is a maximal sequence of name tokens (capitalised or all-capitals words,
//! abbreviations such as "U.S.", particles-with-capitals such as "al-Assad"), joined by
//! "of", "of the", "for", "de", "van", "bin" and the like when a name token follows
//! ("University of Texas", "Ursula von der Leyen"). A possessive, punctuation or a
//! lowercase word ends it.
//!
//! A run longer than [`LONGEST_RUN`] tokens is left out: no name is that long, and such a run
//! is a table's column, a list of codes or text set in capitals, where taking the whole of it
//! for one name (as the rules would) gives a name of thousands of words.

use std::ops::Range;

use crate::text::{Case, Document, Token, TokenKind};

/// Lowercase words that may join the parts of one name.
const JOINERS: &[&str] = &[
    "of", "for", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le",
    "bin", "ibn", "al", "el", "y", "&",
];

/// The most tokens a run may have and still hold names: well past the longest name written out
/// ("the International Bank for Reconstruction and Development" is 7).
pub const LONGEST_RUN: usize = 32;

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
                ["al-", "el-", "ul-", "bin-", "ibn-", "de-", "van-", "von-", "d'", "l'"]
                    .iter()
                    .any(|p| w.starts_with(p))
            }
            _ => false,
        },
        _ => false,
    }
}

/// The runs of one sentence (token indices into `doc.tokens`), none longer than
/// [`LONGEST_RUN`].
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
        if end - start <= LONGEST_RUN {
            out.push(start..end);
        }
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
    let words: Vec<&Token> =
        toks.iter().filter(|t| t.kind == TokenKind::Word && t.text(doc.text()).len() > 3).collect();
    let caps = words.iter().filter(|t| matches!(t.case, Case::Capitalized | Case::Upper)).count();
    !ends_stop && words.len() >= 3 && caps * 4 >= words.len() * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_texts(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        runs(&doc, 0..doc.tokens.len()).into_iter().map(|r| doc.range_text(r).to_string()).collect()
    }

    #[test]
    fn joiners_keep_a_name_whole_and_lowercase_words_end_it() {
        assert_eq!(
            run_texts("Students from the University of Bergen met Ursula von der Leyen today."),
            ["Students", "University of Bergen", "Ursula von der Leyen"]
        );
    }

    #[test]
    fn a_run_longer_than_any_name_is_left_out() {
        let column = "AK AL AZ CA ".repeat(LONGEST_RUN);
        assert!(run_texts(&column).is_empty());
        let short = "AK AL AZ CA ".repeat(LONGEST_RUN / 4);
        assert_eq!(run_texts(&short).len(), 1);
    }
}
