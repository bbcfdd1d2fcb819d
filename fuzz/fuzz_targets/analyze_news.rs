//! News-like text built from the fuzzer's choices: words from newslens's own word lists
//! (names, places, titles, organisations, common words), quotation marks of every kind,
//! dates, numbers, speech verbs and punctuation, so the fuzzer reaches deep into the
//! entity, quote and timeline stages instead of stopping at the tokenizer.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

/// One piece of the text.
#[derive(Arbitrary, Debug)]
enum Piece {
    /// A word from the word lists (index taken modulo the list's length).
    Word(u16),
    /// A fixed news fragment: marks, dates, cues, punctuation.
    Fragment(u8),
    /// A number.
    Number(u16),
    /// A few arbitrary characters.
    Raw(String),
}

const FRAGMENTS: &[&str] = &[
    "\"", "“", "”", "‘", "’", "'", "''", "``", "«", "»", ",", ".", "?", "!", ":", ";", "(", ")", "—", "–", "-",
    "…", "\n", "\n\n", "\r\n", "\u{a0}", "\u{200b}", "\u{202e}", " said", " told reporters", "according to",
    "he said", "she said", "officials said", "he added", "in a statement", "reported", "the", "a", "and", "of",
    "in", "on", "Mr.", "Dr.", "Gen.", "U.S.", "U.N.", "Inc.", "a.m.", "p.m.", "GMT", "on Monday", "last week",
    "next month", "April 16, 2013", "2013-04-16", "16 April", "two years ago", "the 1990s", "every Tuesday",
    "the end of the year", "Q3", "spring", "yesterday", "tomorrow", "today", "MOSCOW —", "(Reuters) -",
    "Published:", "Updated", "<b>", "</p>", "&amp;", "😀", "東京", "e\u{301}",
];

/// The word lists' entries, read once from the lists compiled into newslens.
fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lists = [
            include_str!("../../data/first_names.txt"),
            include_str!("../../data/surnames.txt"),
            include_str!("../../data/places.txt"),
            include_str!("../../data/titles.txt"),
            include_str!("../../data/organizations.txt"),
            include_str!("../../data/demonyms.txt"),
            include_str!("../../data/months.txt"),
        ];
        lists
            .iter()
            .flat_map(|l| l.lines())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect()
    })
}

fuzz_target!(|pieces: Vec<Piece>| {
    let words = words();
    let mut text = String::new();
    for (i, p) in pieces.iter().enumerate() {
        match p {
            Piece::Word(n) => text.push_str(words[*n as usize % words.len()]),
            Piece::Fragment(n) => text.push_str(FRAGMENTS[*n as usize % FRAGMENTS.len()]),
            Piece::Number(n) => text.push_str(&n.to_string()),
            Piece::Raw(s) => text.push_str(s),
        }
        if i % 3 != 2 {
            text.push(' ');
        }
    }
    if let Err(broken) = newslens::analysis::invariants::check(&text) {
        panic!("{broken}\nin {text:?}");
    }
});
