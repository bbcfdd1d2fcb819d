//! Places written in lowercase ("i live in mexico", "flights to san francisco"), in text
//! that writes names so: a forum post, a message, a review. The runs hold capitalised words
//! only, and miss these altogether.
//!
//! Edited text capitalises its names, and there a lowercase "turkey" is a bird: only a text
//! that itself writes in lowercase where edited text capitalises is read for them
//! ([`writes_lowercase`]), and only names of the lists that are not common English words.

use crate::analysis::EntityKind;
use crate::lexicon::{self, PlaceKind};
use crate::text::{Case, Document, TokenKind};

use super::mention::Mention;

/// The most words of a place name looked up in lowercase ("new york city").
const LONGEST: usize = 3;

/// Whether `doc` writes in lowercase where edited text capitalises: it writes "i" for "I",
/// or a quarter of its sentences open in lowercase.
pub fn writes_lowercase(doc: &Document) -> bool {
    let mut lower_openings = 0;
    for s in &doc.sentences {
        let first = s.tokens.clone().find(|&i| doc.tokens[i].kind == TokenKind::Word);
        if first.is_some_and(|i| doc.tokens[i].case == Case::Lower) {
            lower_openings += 1;
        }
    }
    let writes_i = (0..doc.tokens.len()).any(|i| doc.token_text(i) == "i");
    writes_i || (lower_openings >= 1 && lower_openings * 4 >= doc.sentences.len())
}

/// The listed places `doc` writes in lowercase, in text order: at each word, the longest
/// run of up to three lowercase words, none a function word, that names a country,
/// region, continent or city; a single word also no common word.
pub fn places(doc: &Document) -> Vec<Mention> {
    let names = &lexicon::get().names;
    let lex = lexicon::get();
    let lower_word = |i: usize| {
        let t = &doc.tokens[i];
        t.kind == TokenKind::Word && t.case == Case::Lower && !lex.is_function_word(doc.lower(i))
    };
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let longest = (1..=LONGEST)
                .rev()
                .filter(|&n| i + n <= s.tokens.end && (i..i + n).all(lower_word))
                .find_map(|n| {
                    let text = doc.range_text(i..i + n);
                    // One word is too often something else: a common word ("nice",
                    // "reading") or a short one ("ky").
                    if n == 1 && (text.chars().count() < 4 || names.is_common(text)) {
                        return None;
                    }
                    let p = names.place_in_title_case(text)?;
                    (p.kind != PlaceKind::Feature).then_some((n, p.canonical))
                });
            match longest {
                Some((n, canonical)) => {
                    out.push(Mention {
                        tokens: i..i + n,
                        kind: Some(EntityKind::Place),
                        canonical: Some(canonical),
                        title: None,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        places(&doc).iter().map(|m| doc.range_text(m.tokens.clone()).to_string()).collect()
    }

    #[test]
    fn text_that_writes_i_or_opens_in_lowercase_writes_lowercase() {
        assert!(writes_lowercase(&Document::new("i went there. It was fine.")));
        assert!(writes_lowercase(&Document::new("went there. was fine. We left.")));
        assert!(writes_lowercase(&Document::new("anyone know a good bakery in Oslo?")));
        assert!(!writes_lowercase(&Document::new("We went there. It was fine. We left.")));
    }

    #[test]
    fn listed_places_in_lowercase_and_the_longest_wins() {
        assert_eq!(found("we flew from canada to new york last week"), ["canada", "new york"]);
        // A common word is no place, nor a capitalised name (the runs have those).
        assert_eq!(found("a nice day in Canada"), Vec::<String>::new());
    }
}
