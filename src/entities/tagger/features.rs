//! The features of a token, for the names tagger: computed here, in one place, for training
//! and analysis alike, so that a model always sees what it was trained on.
//!
//! A feature is a string (a template and its values, "w-1=minister") hashed to
//! [`BITS`] bits. Nothing is allocated: the hash runs over the parts as they are written.
//!
//! What a token is described by:
//! * itself: its lowercase, its shape ("Xx", "X.X.", "XX-d"), its first and last letters;
//! * its neighbours: the two words on each side and their shapes;
//! * where it is: opening a sentence, in a headline, at the edge of its run;
//! * the word lists of `data/` (given names, surnames, places, organisations and their words,
//!   titles, demonyms, common words);
//! * the article: whether the word is also written in lowercase, or capitalised inside a
//!   sentence, elsewhere;
//! * the rules: the kind the rule-based stages gave the token (see [`super::rule_tags`]).

use std::ops::Range;

use crate::lexicon::{self, PlaceKind, TitleKind, WordMap};
use crate::text::{Case, Document, TokenKind};

/// Feature hashes are this many bits wide: a million slots, few collisions for the tens of
/// thousands of features a model keeps.
pub const BITS: u32 = 20;

/// What the features of one document need besides the token itself.
pub struct Input<'a> {
    pub doc: &'a Document<'a>,
    /// The rules' tag of each token ([`super::Tag`] as `u8`).
    pub rule: &'a [u8],
    /// What the rules based each tag on (see [`crate::entities::rule_tags`]).
    pub evidence: &'a [u8],
    /// Words written in lowercase somewhere in the text.
    pub seen_lower: &'a WordMap<'a, usize>,
    /// Capitalised words seen away from the start of a sentence.
    pub seen_inside: &'a WordMap<'a, ()>,
}

/// FNV-1a over a template id and its parts, cut to [`BITS`].
struct Hasher(u32);

impl Hasher {
    fn new(template: &str) -> Hasher {
        let mut h = Hasher(0x811c_9dc5);
        h.bytes(template.as_bytes());
        h
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 = (self.0 ^ x as u32).wrapping_mul(0x0100_0193);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0193);
    }
    fn finish(&self) -> u32 {
        // Fold the high bits in: FNV's low bits alone mix poorly.
        (self.0 ^ (self.0 >> BITS)) & ((1 << BITS) - 1)
    }
}

/// The shape of a word: each letter or digit as its class (X, x, d), other characters as
/// they are, repeats of one class written once: "McDonald" → "XxXx", "U.S." → "X.X.",
/// "F-16" → "X-d". At most 8 characters.
fn shape(word: &str, out: &mut [u8; 8]) -> usize {
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
    n
}

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

/// One character for the kind of place a word is listed as.
fn place_code(k: PlaceKind) -> &'static str {
    match k {
        PlaceKind::Country => "country",
        PlaceKind::Continent => "continent",
        PlaceKind::Region => "region",
        PlaceKind::Feature => "feature",
        PlaceKind::City => "city",
    }
}

const TAG_NAMES: [&str; 9] = ["O", "B-P", "I-P", "B-O", "I-O", "B-L", "I-L", "B-M", "I-M"];

/// Pushes the feature hashes of token `i`, in `run` (its stretch of capitalised words) and
/// `sentence`, onto `out`.
pub fn features(
    x: &Input,
    sentence: Range<usize>,
    run: Range<usize>,
    headline: bool,
    i: usize,
    out: &mut Vec<u32>,
) {
    let doc = x.doc;
    let names = &lexicon::get().names;
    let lex = lexicon::get();
    let mut push = |template: &str, parts: &[&[u8]]| {
        let mut h = Hasher::new(template);
        for p in parts {
            h.bytes(p);
        }
        out.push(h.finish());
    };
    let word = doc.token_text(i);
    let lower = doc.lower(i);
    let mut buf = [0u8; 8];
    let n = shape(word, &mut buf);
    let shp = &buf[..n];
    let rule = TAG_NAMES[x.rule[i] as usize % 9].as_bytes();

    push("b", &[]);
    push("w", &[lower.as_bytes()]);
    push("s", &[shp]);
    push("p3", &[affix(lower, 3, false).as_bytes()]);
    push("x3", &[affix(lower, 3, true).as_bytes()]);
    push("r", &[rule]);
    push("r|s", &[rule, shp]);
    let evidence = [b'0' + x.evidence[i]];
    push("r|ev", &[rule, &evidence]);

    // Neighbours within the sentence.
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= sentence.start as isize && j < sentence.end as isize).then_some(j as usize)
    };
    for (k, t) in [(-2isize, "w-2"), (-1, "w-1"), (1, "w+1"), (2, "w+2")] {
        match at(k) {
            Some(j) => push(t, &[doc.lower(j).as_bytes()]),
            None => push(t, &[b"<s>"]),
        }
    }
    for (k, t, rt) in [(-1isize, "s-1", "r-1"), (1, "s+1", "r+1")] {
        if let Some(j) = at(k) {
            let mut b = [0u8; 8];
            let n = shape(doc.token_text(j), &mut b);
            push(t, &[&b[..n]]);
            push(rt, &[TAG_NAMES[x.rule[j] as usize % 9].as_bytes()]);
            if names.title(doc.token_text(j)) == Some(TitleKind::Person) {
                push("title", &[t.as_bytes()]);
            }
            if names.first_name(doc.token_text(j)).is_some() {
                push("fn", &[t.as_bytes()]);
            }
        }
    }
    if let Some(j) = at(-1) {
        push("w-1|w", &[doc.lower(j).as_bytes(), lower.as_bytes()]);
    }
    if let Some(j) = at(1) {
        push("w|w+1", &[lower.as_bytes(), doc.lower(j).as_bytes()]);
    }

    // Where the token is.
    let opens = i == sentence.start
        || (i > sentence.start && matches!(doc.tokens[i - 1].kind, TokenKind::Quote { .. }));
    let edge: &[u8] = match (i == run.start, i + 1 == run.end) {
        (true, true) => b"only",
        (true, false) => b"first",
        (false, true) => b"last",
        (false, false) => b"inside",
    };
    let len: &[u8] = match run.end - run.start {
        1 => b"1",
        2 => b"2",
        3 => b"3",
        _ => b"4+",
    };
    push("edge", &[edge, len]);
    // The words around the whole run, and its last word, speak for every token in it: "said"
    // after "Anna Maria Weber", "in" before "Port of Spain", "Council" ending a name.
    let before = at(run.start as isize - i as isize - 1).map_or("<s>", |j| doc.lower(j));
    let after = at(run.end as isize - i as isize).map_or("<s>", |j| doc.lower(j));
    push("before-run", &[before.as_bytes(), edge]);
    push("after-run", &[after.as_bytes(), edge]);
    push("run-last", &[doc.lower(run.end - 1).as_bytes(), edge]);
    push("r|edge", &[rule, edge]);
    // "Zorblat Browser 6", "Gadget Expo 2016": a product or an edition of an event.
    let numbered = i + 1 == run.end
        && doc.tokens.get(i + 1).is_some_and(|t| {
            t.kind == TokenKind::Number && t.start == doc.tokens[i].end + 1 && t.end - t.start <= 4
        });
    if numbered {
        push("numbered", &[]);
        push("numbered|r", &[rule]);
    }
    // A line break inside a run ends a line of a list, a signature or a heading: a name
    // seldom goes on across it.
    let gap_has_break =
        |a: usize, b: usize| doc.slice(doc.tokens[a].end(), doc.tokens[b].start()).contains('\n');
    if i > run.start && gap_has_break(i - 1, i) {
        push("break-", &[rule]);
    }
    if i + 1 < run.end && gap_has_break(i, i + 1) {
        push("break+", &[rule]);
    }
    if opens {
        push("opens", &[]);
        push("opens|r", &[rule]);
    }
    if headline {
        push("headline", &[]);
        push("headline|r", &[rule]);
    }

    // The word lists.
    let case = doc.tokens[i].case;
    if let Some(g) = names.first_name(word) {
        push("given", &[format_gender(g)]);
        push("given|edge", &[edge]);
    }
    if names.is_surname(word) {
        push("surname", &[]);
    }
    if let Some(p) = names.place(word) {
        push("place", &[place_code(p.kind).as_bytes()]);
    }
    if names.demonym(word).is_some() {
        push("demonym", &[]);
    }
    if names.is_group(word) {
        push("group", &[]);
    }
    let ow = names.org_word(word);
    if ow.suffix {
        push("orgsuffix", &[]);
    }
    if ow.head {
        push("orghead", &[]);
    }
    if names.organization(word).is_some() {
        push("org", &[]);
    }
    match names.title(word) {
        Some(TitleKind::Person) => push("role", &[]),
        Some(TitleKind::Modifier) => push("rolemod", &[]),
        None => {}
    }
    if names.is_common_lowered(word) {
        push("common", &[]);
        push("common|opens", &[if opens { b"1" } else { b"0" }, edge]);
    }
    if lex.is_function_word(lower) {
        push("function", &[]);
    }
    if lex.month(word).is_some() || lex.weekday(word).is_some() {
        push("calendar", &[]);
    }
    if names.is_place_word(word) {
        push("placeword", &[]);
    }
    if names.is_event_word(word) {
        push("eventword", &[]);
    }
    // The whole run, as the lists know it.
    let whole = doc.range_text(run.clone());
    if run.end - run.start > 1 {
        if names.place(whole).is_some() {
            push("runplace", &[]);
        }
        if names.organization(whole).is_some() {
            push("runorg", &[]);
        }
    }

    // The article.
    if case != Case::Lower && x.seen_lower.get(lower).is_some() {
        push("alsolower", &[]);
        push("alsolower|opens", &[if opens { b"1" } else { b"0" }]);
    }
    if x.seen_inside.contains(word) {
        push("inside", &[]);
    }
}

fn format_gender(g: lexicon::Gender) -> &'static [u8] {
    match g {
        lexicon::Gender::Female => b"f",
        lexicon::Gender::Male => b"m",
        lexicon::Gender::Either => b"e",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_write_each_class_once() {
        let s = |w: &str| {
            let mut b = [0u8; 8];
            let n = shape(w, &mut b);
            String::from_utf8(b[..n].to_vec()).unwrap()
        };
        assert_eq!(s("McDonald"), "XxXx");
        assert_eq!(s("U.S."), "X.X.");
        assert_eq!(s("F-16"), "X-d");
        assert_eq!(s("Zoë"), "Xx");
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
                h.bytes(p);
            }
            h.finish()
        };
        assert!(h(&[b"ab", b"c"]) < 1 << BITS);
        assert_ne!(h(&[b"ab", b"c"]), h(&[b"a", b"bc"]));
    }
}
