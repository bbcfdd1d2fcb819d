//! Whether a text reads as English.
//!
//! The entities stage finds names by their shape (capitalised words, titles before them),
//! and in another language those shapes mean something else: German capitalises every noun
//! ("Viele Bürger"), French opens sentences with articles the lists do not know
//! ("Le ministre"). A text that does not read as English keeps only the names the word lists
//! know. The test is cheap and needs no model: English prose is full of function words.

use super::{Case, Document, TokenKind};

/// How many lowercase words are looked at: enough for a steady share, and the work stays
/// bounded on any text.
const SAMPLE: usize = 2000;

/// Below this many lowercase words a text is given the benefit of the doubt.
const TOO_FEW: usize = 20;

/// Whether `doc` reads as English prose: of its first 2,000 lowercase words (at least 20 of
/// them), a fifth or more are English function words ("the", "of", "and", "is"). English
/// news runs at about 37–50 %; German or French at about 10 %; a shorter text is given the
/// benefit of the doubt.
pub fn reads_as_english(doc: &Document) -> bool {
    let lex = crate::lexicon::get();
    let lower: Vec<usize> = (0..doc.tokens.len())
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].case == Case::Lower)
        .take(SAMPLE)
        .collect();
    let function = lower.iter().filter(|&&i| lex.is_function_word(doc.lower(i))).count();
    lower.len() < TOO_FEW || function * 5 >= lower.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_reads_as_english() {
        let doc = Document::new(
            "The council met on a wet morning and it voted to close the old bridge for the \
             winter, because the engineers said that the deck was not safe for the buses.",
        );
        assert!(reads_as_english(&doc));
    }

    #[test]
    fn german_prose_does_not() {
        let doc = Document::new(
            "Am frühen Morgen haben die Arbeiter auf der großen Baustelle begonnen, neue \
             Brücken über den breiten Fluss zu bauen, während viele Anwohner lange warteten \
             und sich über laute Maschinen beschwerten.",
        );
        assert!(!reads_as_english(&doc));
    }

    #[test]
    fn a_short_text_is_given_the_benefit_of_the_doubt() {
        let doc = Document::new("Guten Morgen, liebe Freunde.");
        assert!(reads_as_english(&doc));
    }
}
