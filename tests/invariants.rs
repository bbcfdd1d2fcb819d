//! Invariants on many generated news-like texts: the analysis never panics, every span lies
//! on character boundaries and its text is the slice it names, quote fragments lie inside
//! their quote, and every id a quote or timeline entry refers to exists.
//!
//! The texts are built by a small deterministic generator (so a failure reproduces) from
//! pieces that stress every stage: names, titles, quotation marks of every kind, dates,
//! numbers, abbreviations, other scripts, emoji, HTML and stray punctuation.

use newslens::analysis::Analysis;
use newslens::{analyze, Offsets, Options};

const PIECES: &[&str] = &[
    "said", "told reporters", "according to", "Minister", "Deputy Prime Minister", "Anna Weber", "Weber",
    "the U.S.", "U.N.", "Gen.", "Sen.", "Mr.", "Inc.", "ITAR-Tass", "Moscow", "MOSCOW —", "the State Department's",
    "he", "she", "they", "officials said", "on Monday", "last month", "April 30", "April 16, 2013", "2013-04-16",
    "two years ago", "every Monday", "3 p.m.", "10:30 GMT", "the end of the month", "the 1990s", "\"", "“", "”",
    "‘", "’", "''", "``", "'", ",", ".", "...", "…", "?", "!", ":", ";", "(", ")", "—", "-", "\n", "\n\n", "\r\n",
    "\u{a0}", "\u{200b}", "\u{feff}", "😀", "👍🏽", "東京", "é", "e\u{301}", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "&amp;", "$1.5 billion", "1,000", "No. 4", "J. Miller", "Tuesday, March 8, 2011",
    "Published: Monday 18 May 2015", "\"We will win,\" he said.", "the", "a", "and", "of", "in", "May", "March",
    "Sunday Times", "14-year-old", "al-Assad", "von der", "Kowloon West", "Reuters", "the White House adviser",
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

fn check(text: &str, a: &Analysis) {
    let mut spans = Vec::new();
    if let Some(r) = &a.reference_date {
        spans.extend(r.span.clone());
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty(), "entity {} has no mention in {text:?}", e.id);
        spans.extend(e.mentions.iter().cloned());
    }
    for q in &a.quotes {
        spans.push(newslens::analysis::Span { start: q.start, end: q.end, text: q.text.clone() });
        for f in &q.fragments {
            assert!(q.start <= f.start && f.end <= q.end, "fragment outside its quote in {text:?}");
        }
        spans.extend(q.fragments.iter().cloned());
        spans.extend(q.speaker_mention.iter().cloned());
        spans.extend(q.cue.iter().cloned());
        if let Some(id) = &q.speaker {
            assert!(a.entities.iter().any(|e| &e.id == id), "quote speaker {id} is no entity in {text:?}");
        }
    }
    for t in &a.timexes {
        spans.push(newslens::analysis::Span { start: t.start, end: t.end, text: t.text.clone() });
    }
    for e in &a.timeline {
        assert!(a.timexes.iter().any(|t| t.id == e.timex), "timeline names no timex in {text:?}");
        for id in &e.entities {
            assert!(a.entities.iter().any(|x| &x.id == id), "timeline entity {id} is no entity");
        }
        spans.extend(e.event.iter().cloned());
    }
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len(), "span {}..{} out of {text:?}", s.start, s.end);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span not on a char boundary in {text:?}");
        assert_eq!(&text[s.start..s.end], s.text, "span text differs in {text:?}");
    }
}

#[test]
fn generated_texts_keep_every_invariant() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let options = Options { offsets: Offsets::Utf8, ..Options::default() };
    for _ in 0..3000 {
        let text = generate(&mut rng);
        match analyze(&text, &options) {
            Ok(a) => check(&text, &a),
            Err(e) => assert!(text.trim().is_empty(), "{e} for {text:?}"),
        }
    }
}

#[test]
fn the_three_offset_units_agree() {
    let mut rng = Rng(42);
    for _ in 0..300 {
        let text = generate(&mut rng);
        let Ok(bytes) = analyze(&text, &Options { offsets: Offsets::Utf8, ..Options::default() }) else { continue };
        for unit in [Offsets::Chars, Offsets::Utf16] {
            let other = analyze(&text, &Options { offsets: unit, ..Options::default() }).unwrap();
            assert_eq!(bytes.timexes.len(), other.timexes.len());
            for (a, b) in bytes.timexes.iter().zip(&other.timexes) {
                assert_eq!(a.text, b.text);
                let (s, e) = match unit {
                    Offsets::Chars => (text[..a.start].chars().count(), text[..a.end].chars().count()),
                    _ => (text[..a.start].encode_utf16().count(), text[..a.end].encode_utf16().count()),
                };
                assert_eq!((b.start, b.end), (s, e));
            }
        }
    }
}
