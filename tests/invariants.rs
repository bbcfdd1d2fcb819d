//! Invariants on many generated news-like texts (newslens::analysis::invariants::check): the
//! analysis never panics, every span lies on character boundaries and its text is the slice
//! it names, quote fragments lie inside their quote, every id a quote or timeline entry refers
//! to exists, and the three offset units agree.
//!
//! The texts are built by a small deterministic generator (so a failure reproduces) from
//! pieces that stress every stage: names, titles, quotation marks of every kind, dates,
//! numbers, abbreviations, other scripts, emoji, HTML and stray punctuation.

use newslens::analysis::invariants::check;

const PIECES: &[&str] = &[
    "said",
    "told reporters",
    "according to",
    "Minister",
    "Deputy Prime Minister",
    "Anna Weber",
    "Weber",
    "the U.S.",
    "U.N.",
    "Gen.",
    "Sen.",
    "Mr.",
    "Inc.",
    "ITAR-Tass",
    "Moscow",
    "MOSCOW —",
    "the State Department's",
    "he",
    "she",
    "they",
    "officials said",
    "on Monday",
    "last month",
    "April 30",
    "April 16, 2013",
    "2013-04-16",
    "two years ago",
    "every Monday",
    "3 p.m.",
    "10:30 GMT",
    "the end of the month",
    "the 1990s",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "''",
    "``",
    "'",
    ",",
    ".",
    "...",
    "…",
    "?",
    "!",
    ":",
    ";",
    "(",
    ")",
    "—",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "😀",
    "👍🏽",
    "東京",
    "é",
    "e\u{301}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "$1.5 billion",
    "1,000",
    "No. 4",
    "J. Miller",
    "Tuesday, March 8, 2011",
    "Published: Monday 18 May 2015",
    "\"We will win,\" he said.",
    "the",
    "a",
    "and",
    "of",
    "in",
    "May",
    "March",
    "Sunday Times",
    "14-year-old",
    "al-Assad",
    "von der",
    "Kowloon West",
    "Reuters",
    "the White House adviser",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn generate(rng: &mut Rng) -> String {
    let n = 1 + rng.below(120);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(PIECES[rng.below(PIECES.len())]);
        if rng.below(3) > 0 {
            s.push(' ');
        }
    }
    s
}

#[test]
fn generated_texts_keep_every_invariant() {
    // Each text is analysed in all three offset units (see newslens::analysis::invariants).
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..2000 {
        let text = generate(&mut rng);
        if let Err(broken) = check(&text) {
            panic!("{broken}\nin {text:?}");
        }
    }
}

#[test]
fn texts_that_once_broke_an_invariant() {
    // Each found by the generator above or by the fuzzers (fuzz/), minimised.
    // "May": a given name that is also a function word, alone in a name run (entities
    // trimmed the run to nothing, then read the token before it: index underflow).
    // "\"No,\" said": a speech verb as the last token after a quotation (the speaker phrase
    // after it read the token past the end).
    for text in ["May", "May.", "Then May", "\"No,\" said", "\"We will not,\" said the"] {
        if let Err(broken) = check(text) {
            panic!("{broken}\nin {text:?}");
        }
    }
}
