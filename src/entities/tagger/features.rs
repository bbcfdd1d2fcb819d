//! The features of a token, for the names tagger: computed here, in one place, for training
//! and analysis alike, so that a model always sees what it was trained on.
//!
//! A feature is a template and its values ("w-1" and the hash of "minister"), mixed into one
//! hash of [`BITS`] bits: the template's name is hashed at compile time (`t!`), each value
//! is one `u64` (a word's hash, a shape packed into eight bytes, a tag's code), and nothing is
//! allocated.
//!
//! What a token is described by:
//! * itself: its lowercase, its shape ("Xx", "X.X.", "XX-d"), its first and last letters;
//! * its neighbours: the two words on each side and their shapes;
//! * where it is: opening a sentence, in a headline, at the edge of its run;
//! * the word lists of `data/` (given names, surnames, places, organisations and their words,
//!   titles, demonyms, common words);
//! * the article: whether the word is also written in lowercase, or capitalised inside a
//!   sentence, elsewhere;
//! * the rules: the kind the rule-based stages gave the token (see [`crate::entities::rule_tags`]).

use std::ops::Range;

use crate::lexicon::{self, PlaceKind, TitleKind, WordMap};
use crate::text::{Case, Document, TokenKind};

/// Feature hashes are this many bits wide: a million slots, few collisions for the tens of
/// thousands of features a model keeps.
pub const BITS: u32 = 20;

/// What the features of one document need besides the token itself.
pub struct Input<'a> {
    pub doc: &'a Document<'a>,
    /// The rules' tag of each token: 0 for O, then B- and I- of each kind in
    /// [`super::KINDS`] order (see [`super::begin`]).
    pub rule: &'a [u8],
    /// What the rules based each tag on (see [`crate::entities::rule_tags`]).
    pub evidence: &'a [u8],
    /// Words written in lowercase somewhere in the text.
    pub seen_lower: &'a WordMap<'a, usize>,
    /// Capitalised words seen away from the start of a sentence.
    pub seen_inside: &'a WordMap<'a, ()>,
}

/// A hash over a template's name and its values, eight bytes at a step, cut to [`BITS`] at
/// the end.
#[derive(Clone, Copy)]
struct Hasher(u64);

/// A template's hasher, computed at compile time.
macro_rules! t {
    ($name:literal) => {{
        const H: Hasher = Hasher::new($name);
        H
    }};
}

const SEED: u64 = 0x243f_6a88_85a3_08d3;

/// Mixes one 8-byte word into the state.
const fn mix(h: u64, x: u64) -> u64 {
    let h = (h ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 29)
}

/// Mixes `b` into `h`: its bytes eight at a time (little-endian, the last word padded with
/// zeros), then its length, so that ("ab", "c") and ("a", "bc") differ.
const fn mix_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut k = 0;
    while k < b.len() {
        let mut x = 0u64;
        let mut j = 0;
        while j < 8 && k + j < b.len() {
            x |= (b[k + j] as u64) << (8 * j);
            j += 1;
        }
        h = mix(h, x);
        k += 8;
    }
    mix(h, b.len() as u64 | 1 << 63)
}

impl Hasher {
    /// The hasher after a template's name: a constant (see the `t!` macro).
    const fn new(template: &str) -> Hasher {
        Hasher(mix_bytes(SEED, template.as_bytes()))
    }
    fn finish(&self) -> u32 {
        ((self.0 ^ (self.0 >> 32)) as u32) & ((1 << BITS) - 1)
    }
}

/// The shape of a word: each letter or digit as its class (X, x, d), other characters as
/// they are, repeats of one class written once: "McDonald" → "XxXx", "U.S." → "X.X.",
/// "F-16" → "X-d". At most 8 characters, packed into a `u64` (see [`pack`]).
fn shape(word: &str) -> u64 {
    let mut out = [0u8; 8];
    let mut n = 0;
    let mut last = 0u8;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'?'
        };
        if class != last {
            if n == out.len() {
                break;
            }
            out[n] = class;
            n += 1;
            last = class;
        }
    }
    u64::from_le_bytes(out)
}

/// Up to eight bytes as one `u64` (little-endian, zero-padded); longer, their hash.
fn pack(b: &[u8]) -> u64 {
    if b.len() > 8 {
        return mix_bytes(SEED, b);
    }
    let mut out = [0u8; 8];
    out[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(out)
}

/// A neighbour beyond the sentence.
const OUTSIDE: u64 = u64::MAX;

/// The first (or last) `n` characters of `s`.
fn affix(s: &str, n: usize, last: bool) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    if last {
        let at = s.char_indices().nth(count - n).map_or(0, |(i, _)| i);
        &s[at..]
    } else {
        let at = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
        &s[..at]
    }
}

/// A run of capitalised words and what holds for all of it, found once for its tokens.
#[derive(Default)]
pub struct Run {
    pub sentence: Range<usize>,
    pub tokens: Range<usize>,
    /// The sentence is the article's title-case headline.
    pub headline: bool,
    /// The whole run (two words or more) is a listed place, a listed organisation.
    place: bool,
    organisation: bool,
    /// What the lists say of each token, from the one before the run to the one after it:
    /// looked up once, though a token is read as itself and as its neighbours' neighbour.
    lists: Vec<Lists>,
    /// The token `lists` starts at.
    lists_from: usize,
    /// The hash of each token's lowercase, from two before the run to two after it: a word
    /// is part of a dozen features of the tokens around it, and is hashed once.
    words: Vec<u32>,
    /// The token `words` starts at.
    words_from: usize,
}

/// The hash of a word.
fn word_hash(w: &str) -> u32 {
    let h = mix_bytes(SEED, w.as_bytes());
    (h ^ (h >> 32)) as u32
}

/// What the word lists say of one token.
#[derive(Clone, Copy, Default)]
struct Lists {
    given: Option<lexicon::Gender>,
    title: Option<TitleKind>,
    surname: bool,
    place: Option<PlaceKind>,
    demonym: bool,
    group: bool,
    org_word: lexicon::OrgWord,
    organisation: bool,
    common: bool,
    function: bool,
    calendar: bool,
    place_word: bool,
    event_word: bool,
    weekday: bool,
    /// Capitalised here, and written in lowercase elsewhere in the article.
    also_lower: bool,
    /// Capitalised away from the start of a sentence elsewhere in the article.
    inside: bool,
}

impl Lists {
    fn of(x: &Input, i: usize) -> Lists {
        let doc = x.doc;
        let names = &lexicon::get().names;
        let lex = lexicon::get();
        let word = doc.token_text(i);
        let lower = doc.lower(i);
        let mut l = Lists {
            title: names.title(word),
            common: names.is_common(lower),
            function: lex.is_function_word(lower),
            ..Lists::default()
        };
        // The name lists are of capitalised words: a joiner ("of", "de") is in none.
        if doc.tokens[i].case != Case::Lower {
            l.given = names.first_name(word);
            l.surname = names.is_surname(word);
            l.place = names.place(word).map(|p| p.kind);
            l.demonym = names.demonym(word).is_some();
            l.group = names.is_group(word);
            l.org_word = names.org_word(word);
            l.organisation = names.organization(word).is_some();
            l.weekday = lex.weekday(word).is_some();
            l.calendar = l.weekday || lex.month(word).is_some();
            l.place_word = names.is_place_word(word);
            l.event_word = names.is_event_word(word);
            l.also_lower = x.seen_lower.get(lower).is_some();
        }
        l.inside = x.seen_inside.contains(word);
        l
    }
}

/// What the lists say of each word of a document, looked up on its first reading: an
/// article names the same people and places again and again, and a dozen lists are a dozen
/// lookups.
#[derive(Default)]
pub struct Memo<'d>(WordMap<'d, Lists>);

impl Run {
    /// Makes this the run `tokens` of `sentence`, keeping the buffers: a document has
    /// thousands of runs of a few words each.
    pub fn read<'d>(
        &mut self,
        x: &Input<'d>,
        memo: &mut Memo<'d>,
        sentence: Range<usize>,
        tokens: Range<usize>,
        headline: bool,
    ) {
        let doc = x.doc;
        let names = &lexicon::get().names;
        // (A name of one word is looked up as a word; an empty range has no text.)
        let whole = (tokens.len() > 1).then(|| doc.range_text(tokens.clone()));
        self.place = whole.is_some_and(|w| names.place(w).is_some());
        self.organisation = whole.is_some_and(|w| names.organization(w).is_some());
        self.lists_from = tokens.start.saturating_sub(1).max(sentence.start);
        let last = (tokens.end + 1).min(sentence.end);
        self.lists.clear();
        self.lists.extend(
            (self.lists_from..last)
                .map(|i| *memo.0.entry_or_insert_with(doc.token_text(i), || Lists::of(x, i))),
        );
        self.words_from = tokens.start.saturating_sub(2).max(sentence.start);
        let last = (tokens.end + 2).min(sentence.end);
        self.words.clear();
        self.words.extend((self.words_from..last).map(|i| word_hash(doc.lower(i))));
        self.sentence = sentence;
        self.tokens = tokens;
        self.headline = headline;
    }

    /// The hash of token `i`'s lowercase.
    fn word(&self, i: usize) -> u64 {
        self.words.get(i.wrapping_sub(self.words_from)).copied().unwrap_or_default() as u64
    }

    /// Whether token `i` of the run is a weekday's name.
    pub fn is_weekday(&self, i: usize) -> bool {
        self.lists(i).weekday
    }

    /// The lists' word on token `i`, the run's or a neighbour's.
    fn lists(&self, i: usize) -> Lists {
        self.lists.get(i.wrapping_sub(self.lists_from)).copied().unwrap_or_default()
    }
}

/// Whether a run is one word that only opens its sentence, a function word ("The", "But",
/// "She"): no name, and the commonest run of all (nearly every sentence opens with one), so
/// the tagger neither reads nor learns from it.
pub fn is_only_an_opener(doc: &Document, sentence: &Range<usize>, run: &Range<usize>) -> bool {
    run.len() == 1
        && opens_sentence(doc, sentence, run.start)
        && lexicon::get().is_function_word(doc.lower(run.start))
}

/// Whether token `i` opens `sentence`, or the quotation that opens after a mark in it: a
/// mark that does not close and touches the word (`“Derya` and `"Derya` open a quotation;
/// in `funny,” Derya says` and `funny," Derya says` the mark closes one).
fn opens_sentence(doc: &Document, sentence: &Range<usize>, i: usize) -> bool {
    use crate::text::chars::Facing;
    i == sentence.start
        || (i > sentence.start
            && doc.touches_next(i - 1)
            && matches!(doc.tokens[i - 1].kind, TokenKind::Quote { facing, .. } if facing != Facing::Close))
}

/// Pushes the feature hashes of token `i` of `run` onto `out`.
pub fn features(x: &Input, r: &Run, i: usize, out: &mut Vec<u32>) {
    let (sentence, run, headline) = (r.sentence.clone(), r.tokens.clone(), r.headline);
    let doc = x.doc;
    let lists = r.lists(i);
    let mut push = |template: Hasher, parts: &[u64]| {
        let mut h = template;
        for &p in parts {
            h.0 = mix(h.0, p);
        }
        out.push(h.finish());
    };
    let word = doc.token_text(i);
    let lower = doc.lower(i);
    let shp = shape(word);
    let rule = x.rule[i] as u64;

    push(t!("b"), &[]);
    let w = r.word(i);
    push(t!("w"), &[w]);
    push(t!("s"), &[shp]);
    push(t!("p3"), &[pack(affix(lower, 3, false).as_bytes())]);
    push(t!("x3"), &[pack(affix(lower, 3, true).as_bytes())]);
    push(t!("r"), &[rule]);
    push(t!("r|s"), &[rule, shp]);
    push(t!("r|ev"), &[rule, x.evidence[i] as u64]);

    // Neighbours within the sentence.
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= sentence.start as isize && j < sentence.end as isize).then_some(j as usize)
    };
    for (k, t) in [(-2isize, t!("w-2")), (-1, t!("w-1")), (1, t!("w+1")), (2, t!("w+2"))] {
        match at(k) {
            Some(j) => push(t, &[r.word(j)]),
            None => push(t, &[OUTSIDE]),
        }
    }
    for (k, t, rt) in [(-1isize, t!("s-1"), t!("r-1")), (1, t!("s+1"), t!("r+1"))] {
        if let Some(j) = at(k) {
            push(t, &[shape(doc.token_text(j))]);
            push(rt, &[x.rule[j] as u64]);
            let theirs = r.lists(j);
            let side = (k + 1) as u64;
            if theirs.title == Some(TitleKind::Person) {
                push(t!("title"), &[side]);
            }
            if theirs.given.is_some() {
                push(t!("fn"), &[side]);
            }
        }
    }
    if let Some(j) = at(-1) {
        push(t!("w-1|w"), &[r.word(j), w]);
    }
    if let Some(j) = at(1) {
        push(t!("w|w+1"), &[w, r.word(j)]);
    }

    // Where the token is.
    let opens = opens_sentence(doc, &sentence, i);
    // Only, first, last, inside; the run's length, 4 for four or more.
    let edge = match (i == run.start, i + 1 == run.end) {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (false, false) => 3,
    };
    let len = run.len().min(4) as u64;
    push(t!("edge"), &[edge, len]);
    // The words around the whole run, and its last word, speak for every token in it: "said"
    // after "Anna Maria Weber", "in" before "Port of Spain", "Council" ending a name.
    let before = at(run.start as isize - i as isize - 1).map_or(OUTSIDE, |j| r.word(j));
    let after = at(run.end as isize - i as isize).map_or(OUTSIDE, |j| r.word(j));
    push(t!("before-run"), &[before, edge]);
    push(t!("after-run"), &[after, edge]);
    push(t!("run-last"), &[r.word(run.end - 1), edge]);
    push(t!("r|edge"), &[rule, edge]);
    // "Zorblat Browser 6", "Gadget Expo 2016": a product or an edition of an event.
    let numbered = i + 1 == run.end
        && doc.tokens.get(i + 1).is_some_and(|t| {
            t.kind == TokenKind::Number && t.start == doc.tokens[i].end + 1 && t.end - t.start <= 4
        });
    if numbered {
        push(t!("numbered"), &[]);
        push(t!("numbered|r"), &[rule]);
    }
    // A line break inside a run ends a line of a list, a signature or a heading: a name
    // seldom goes on across it.
    let gap_has_break =
        |a: usize, b: usize| doc.slice(doc.tokens[a].end(), doc.tokens[b].start()).contains('\n');
    if i > run.start && gap_has_break(i - 1, i) {
        push(t!("break-"), &[rule]);
    }
    if i + 1 < run.end && gap_has_break(i, i + 1) {
        push(t!("break+"), &[rule]);
    }
    if opens {
        push(t!("opens"), &[]);
        push(t!("opens|r"), &[rule]);
    }
    if headline {
        push(t!("headline"), &[]);
        push(t!("headline|r"), &[rule]);
    }

    // The word lists.
    if let Some(g) = lists.given {
        push(t!("given"), &[g as u64]);
        push(t!("given|edge"), &[edge]);
    }
    if lists.surname {
        push(t!("surname"), &[]);
    }
    if let Some(p) = lists.place {
        push(t!("place"), &[p as u64]);
    }
    if lists.demonym {
        push(t!("demonym"), &[]);
    }
    if lists.group {
        push(t!("group"), &[]);
    }
    if lists.org_word.suffix {
        push(t!("orgsuffix"), &[]);
    }
    if lists.org_word.head {
        push(t!("orghead"), &[]);
    }
    if lists.organisation {
        push(t!("org"), &[]);
    }
    match lists.title {
        Some(TitleKind::Person) => push(t!("role"), &[]),
        Some(TitleKind::Modifier) => push(t!("rolemod"), &[]),
        None => {}
    }
    if lists.common {
        push(t!("common"), &[]);
        push(t!("common|opens"), &[opens as u64, edge]);
    }
    if lists.function {
        push(t!("function"), &[]);
    }
    if lists.calendar {
        push(t!("calendar"), &[]);
    }
    if lists.place_word {
        push(t!("placeword"), &[]);
    }
    if lists.event_word {
        push(t!("eventword"), &[]);
    }
    // The whole run, as the lists know it.
    if r.place {
        push(t!("runplace"), &[]);
    }
    if r.organisation {
        push(t!("runorg"), &[]);
    }

    // The article.
    if lists.also_lower {
        push(t!("alsolower"), &[]);
        push(t!("alsolower|opens"), &[opens as u64]);
    }
    if lists.inside {
        push(t!("inside"), &[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_write_each_class_once() {
        let s = |w: &str| {
            let b = shape(w).to_le_bytes();
            String::from_utf8(b.iter().copied().take_while(|&c| c != 0).collect()).unwrap()
        };
        assert_eq!(s("McDonald"), "XxXx");
        assert_eq!(s("U.S."), "X.X.");
        assert_eq!(s("F-16"), "X-d");
        assert_eq!(s("Zoë"), "Xx");
    }

    #[test]
    fn a_closing_mark_opens_nothing() {
        let opens = |text: &str, word: &str| {
            let doc = Document::new(text);
            let i = (0..doc.tokens.len()).find(|&i| doc.token_text(i) == word).unwrap();
            let s = doc.sentences.iter().find(|s| s.tokens.contains(&i)).unwrap();
            opens_sentence(&doc, &s.tokens, i)
        };
        assert!(!opens("“It was fine,” Maren says.", "Maren"));
        assert!(!opens("\"It was fine,\" Maren says.", "Maren"));
        assert!(opens("He said: “Maren was fine.”", "Maren"));
        assert!(opens("He said: \"Maren was fine.\"", "Maren"));
        assert!(opens("Maren was fine.", "Maren"));
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(affix("zoë", 2, true), "oë");
        assert_eq!(affix("zoë", 2, false), "zo");
        assert_eq!(affix("ab", 3, true), "ab");
    }

    #[test]
    fn hashes_are_within_bits_and_keep_parts_apart() {
        let h = |parts: &[&[u8]]| {
            let mut h = Hasher::new("t");
            for p in parts {
                h.0 = mix(h.0, pack(p));
            }
            h.finish()
        };
        assert!(h(&[b"ab", b"c"]) < 1 << BITS);
        assert_ne!(h(&[b"ab", b"c"]), h(&[b"a", b"bc"]));
        assert_ne!(h(&[b"ab", b"c"]), h(&[b"c", b"ab"]));
        // A long part is hashed, not cut.
        assert_ne!(pack(b"abcdefghij"), pack(b"abcdefghik"));
        // The template's hash is computed at compile time, as at run time.
        assert_eq!(t!("w").0, Hasher::new("w").0);
    }
}
