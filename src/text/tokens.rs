//! Tokens: words, abbreviations, numbers, possessives, quotation marks, punctuation and
//! symbols, each with its byte span in the original text.
//!
//! | text                  | tokens                                  |
//! |-----------------------|-----------------------------------------|
//! | `Donilon's`           | `Donilon` (word) `'s` (possessive)      |
//! | `U.S.-Russia`         | `U.S.` (abbreviation) `-` `Russia`      |
//! | `Gen. J. Miller`      | `Gen.` `J.` (abbreviations) `Miller`    |
//! | `$1.5 billion`        | `$` (symbol) `1.5` (number) `billion`   |
//! | `ITAR-Tass`, `AT&T`   | one word each                           |
//! | `4/16/2013`, `10:30`  | one number each                         |
//! | `...deal."`           | `deal` `.` `"` (closing quote)          |
//! | `'' ``, “ ”`          | quotation marks, doubled ones as one    |
//!
//! Spaces of every kind, line breaks and zero-width characters are never part of a token.

use super::chars::{self, Facing};
use crate::lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// A word written with its period: a known abbreviation ("Gen.", "Inc."), a dotted
    /// acronym ("U.S.", "a.m.") or an initial ("J.").
    Abbreviation,
    /// Starts with a digit: "2013", "1.5", "10:30", "4/16/2013", "1990s", "19th".
    Number,
    /// The possessive "'s" / "’s" split off a word.
    Possessive,
    /// A quotation mark; doubled single marks (`''`, ``` `` ```) count as double.
    Quote {
        double: bool,
        facing: Facing,
    },
    /// Sentence and clause punctuation, dashes, brackets, ellipses.
    Punct,
    /// Anything else: currency and other symbols, emoji.
    Symbol,
}

/// The letter case of a word ([`Case::None`] for tokens without letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// "missile"
    Lower,
    /// "Russia", "McDonald", "I"
    Capitalized,
    /// Two or more letters, all capitals: "MOSCOW", "ITAR" ("ICBMs" is capitalised).
    Upper,
    /// Starts lowercase with a capital inside: "iPhone", "eBay".
    Mixed,
    None,
}

/// A token: a kind, a case, and where it is (bytes of the original text, as `u32`: 12 bytes a
/// token rather than 32, the main part of a document's memory).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    pub case: Case,
}

impl Token {
    /// Where the token starts, in bytes (stored as `u32`: texts are at most 16 MB).
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends, in bytes.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Abbreviation)
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote { .. })
    }
}

/// Splits `text` into tokens, in order. Offsets are `u32`: the text must be under 4 GB
/// (`analyze` takes at most 16 MB).
pub fn tokenize(text: &str) -> Vec<Token> {
    assert!(u32::try_from(text.len()).is_ok(), "texts over 4 GB are not supported");
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        if chars::is_space(c) || chars::is_ignorable(c) {
            pos += c.len_utf8();
            continue;
        }
        let (end, kind) = scan(text, pos, c);
        let t = &text[pos..end];
        let case = if matches!(kind, TokenKind::Word | TokenKind::Abbreviation) {
            case_of(t)
        } else {
            Case::None
        };
        tokens.push(Token { start: pos as u32, end: end as u32, kind, case });
        pos = end;
    }
    tokens
}

#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    // ASCII first: nearly every character of English news.
    match text.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(pos..).and_then(|s| s.chars().next()),
    }
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// Scans one token starting at `start` (whose first character is `c`).
fn scan(text: &str, start: usize, c: char) -> (usize, TokenKind) {
    let next = char_at(text, start + c.len_utf8());
    if c.is_ascii_digit() || (c.is_numeric() && chars::is_word_char(c)) {
        return (scan_number(text, start), TokenKind::Number);
    }
    if chars::is_word_char(c) {
        if let Some(end) = scan_address(text, start) {
            return (end, TokenKind::Symbol);
        }
        if let Some(end) = scan_dotted_acronym(text, start) {
            return (end, TokenKind::Abbreviation);
        }
        let end = scan_word(text, start);
        let word = &text[start..end];
        if char_at(text, end) == Some('.')
            && char_at(text, end + 1) != Some('.')
            && is_abbreviation(word)
            && !lowercased_word_ends_sentence(text, word, end)
        {
            return (end + 1, TokenKind::Abbreviation);
        }
        return (end, TokenKind::Word);
    }
    // After a word, or after an abbreviation's period ("the F.B.I.'s report").
    let after_word = char_before(text, start).is_some_and(chars::is_word_char)
        || (char_before(text, start) == Some('.')
            && start >= 2
            && char_before(text, start - 1).is_some_and(chars::is_word_char));
    if chars::is_apostrophe(c)
        && matches!(next, Some('s' | 'S'))
        && after_word
        && !char_at(text, start + c.len_utf8() + 1).is_some_and(chars::is_word_char)
    {
        return (start + c.len_utf8() + 1, TokenKind::Possessive);
    }
    if let Some((double, facing)) = chars::quote_mark(c) {
        // `` and '' are one double quotation mark. Of three apostrophes, the single mark is
        // the inner one: first when they close (`that?'''`), last when they open.
        let closing_three = c == '\''
            && next == Some(c)
            && char_at(text, start + 2) == Some(c)
            && char_before(text, start).is_some_and(|b| !chars::is_space(b));
        let doubled = (c == '`' || c == '\'') && next == Some(c) && !closing_three;
        let end = start + if doubled { 2 } else { c.len_utf8() };
        let facing = if c == '`' {
            Facing::Open
        } else if facing == Facing::Either {
            facing_of(text, start, end)
        } else {
            glyph_against_place(text, start, end, double, facing)
        };
        return (end, TokenKind::Quote { double: double || doubled, facing });
    }
    if c == '.' || c == '-' {
        // "..." and "--" are one token.
        let end = start + text[start..].bytes().take_while(|&b| b == c as u8).count();
        return (end, TokenKind::Punct);
    }
    let end = start + c.len_utf8();
    let punct = chars::is_terminal(c)
        || chars::is_dash(c)
        || chars::is_open_bracket(c)
        || chars::is_close_bracket(c)
        || matches!(c, ',' | ';' | ':' | '/' | '\u{3001}' | '\u{FF0C}' | '\u{FF1A}' | '\u{FF1B}');
    (end, if punct { TokenKind::Punct } else { TokenKind::Symbol })
}

/// The longest web address, e-mail address or file name looked for, in bytes: a bound that
/// keeps the look-ahead from each word linear in the text.
const ADDRESS_MAX: usize = 120;

/// A web address, an e-mail address or a file name starting at `start`, after a space, a
/// bracket or a quotation mark: `www.example.com/news`, `https://…`, `anna.berg@example.org`,
/// `cover_letter.doc`. One symbol, so that no word inside it is read as a name or a sentence
/// end ("Anna" in `anna.berg@…`). Its end leaves out the punctuation after it.
fn scan_address(text: &str, start: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[start..];
    // Every address has one of these right after its first run of letters and digits: a
    // test that most words fail at their first byte after it.
    let word = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    if !matches!(bytes.get(word), Some(b'.' | b'@' | b'_' | b':')) {
        return None;
    }
    let before = char_before(text, start);
    if before.is_some_and(|b| !chars::is_space(b) && !matches!(b, '<' | '(' | '[' | '"' | '\'')) {
        return None;
    }
    let run = bytes
        .iter()
        .take(ADDRESS_MAX + 1)
        .take_while(|&&b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'(' | b')'))
        .count();
    if run > ADDRESS_MAX {
        return None;
    }
    let chunk = &bytes[..run];
    let inside = |k: usize| {
        k > 0
            && k + 1 < run
            && chunk[k - 1].is_ascii_alphanumeric()
            && chunk[k + 1].is_ascii_alphanumeric()
    };
    let web = chunk.starts_with(b"http://")
        || chunk.starts_with(b"https://")
        || chunk.starts_with(b"www.");
    let at = chunk.iter().position(|&b| b == b'@').filter(|&k| inside(k));
    let mail = at.is_some_and(|k| chunk[k..].contains(&b'.'));
    let file = (0..run).any(|k| chunk[k] == b'_' && inside(k))
        && chunk.iter().rposition(|&b| b == b'.').is_some_and(inside);
    if !(web || mail || file) {
        return None;
    }
    // Punctuation after the address is the sentence's: "write to x@example.org."
    let end = chunk.iter().rposition(|&b| b.is_ascii_alphanumeric() || b == b'/')? + 1;
    Some(start + end)
}

/// A word: letters and digits, joined by hyphens ("ITAR-Tass"), apostrophes ("O'Brien",
/// "don't"; not a final possessive "'s"), "&" between capitals ("AT&T"), and zero-width
/// characters between letters.
fn scan_word(text: &str, start: usize) -> usize {
    let mut pos = start;
    loop {
        // ASCII letters and digits first, a byte at a time: most of every word.
        pos += text.as_bytes()[pos..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let Some(c) = char_at(text, pos) else { break };
        let after = pos + c.len_utf8();
        if chars::is_word_char(c) {
            pos = after;
            continue;
        }
        let next = char_at(text, after);
        let next_is_word = next.is_some_and(chars::is_word_char);
        let joins = if chars::is_joining_hyphen(c) || chars::is_ignorable(c) {
            next_is_word
        } else if chars::is_apostrophe(c) {
            let possessive = matches!(next, Some('s' | 'S'))
                && !char_at(text, after + 1).is_some_and(chars::is_word_char);
            next_is_word && !possessive
        } else if c == '&' {
            char_before(text, pos).is_some_and(char::is_uppercase)
                && next.is_some_and(char::is_uppercase)
        } else {
            false
        };
        if !joins {
            break;
        }
        pos = after;
    }
    pos
}

/// A number: digits and letters ("1990s", "19th", "3pm"), with `.`, `,`, `:`, `/` between
/// digits ("1,000.5", "10:30", "4/16/2013") and hyphens before digits or letters
/// ("2013-04-16", "10-year").
fn scan_number(text: &str, start: usize) -> usize {
    let mut pos = start;
    while let Some(c) = char_at(text, pos) {
        let after = pos + c.len_utf8();
        if chars::is_word_char(c) {
            pos = after;
            continue;
        }
        let next = char_at(text, after);
        let joins = match c {
            '.' | ',' | ':' | '/' => next.is_some_and(|n| n.is_ascii_digit()),
            _ => chars::is_joining_hyphen(c) && next.is_some_and(chars::is_word_char),
        };
        if !joins {
            break;
        }
        pos = after;
    }
    pos
}

/// "U.S.", "a.m.", "U.N.", "e.g.": two or more single letters, each followed by a period,
/// not followed by a letter.
fn scan_dotted_acronym(text: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut letters = 0;
    loop {
        let c = char_at(text, pos).filter(|c| c.is_alphabetic())?;
        if char_at(text, pos + c.len_utf8()) != Some('.') {
            break;
        }
        pos += c.len_utf8() + 1;
        letters += 1;
        if !char_at(text, pos).is_some_and(char::is_alphabetic) {
            break;
        }
    }
    let followed_by_word = char_at(text, pos).is_some_and(chars::is_word_char);
    (letters >= 2 && !followed_by_word).then_some(pos)
}

/// Whether a lowercase word that is listed only capitalised ("No.") is a plain word
/// before a full stop: "she said no." — unless a number follows ("no. 5").
fn lowercased_word_ends_sentence(text: &str, word: &str, period: usize) -> bool {
    if !word.starts_with(|c: char| c.is_lowercase()) || lexicon::get().abbreviation_exact(word) {
        return false;
    }
    let after = text[period + 1..].trim_start_matches([' ', '\u{a0}']);
    !after.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `word`, followed by a period, is written as an abbreviation: a listed one, or
/// a single capital (an initial).
fn is_abbreviation(word: &str) -> bool {
    let mut cs = word.chars();
    let initial = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    initial || lexicon::get().abbreviation(word).is_some()
}

/// Which way a straight quote faces, from its neighbours: after a space, an opening bracket,
/// a dash or the start of the text it opens; before a space, punctuation or the end it closes.
fn facing_of(text: &str, start: usize, end: usize) -> Facing {
    let before = char_before(text, start);
    let after = char_at(text, end);
    let opens_after = |c: char| {
        chars::is_space(c)
            || chars::is_open_bracket(c)
            || chars::is_dash(c)
            || chars::quote_mark(c).is_some()
    };
    // After another mark (`'I'm not,'"`, `"'Tis`), it closes unless a word follows (inside a
    // run of marks, which closes nothing, it opens as before).
    if before.is_some_and(|c| chars::quote_mark(c).is_some())
        && after.is_none_or(|c| chars::quote_mark(c).is_none())
    {
        return match after {
            Some(c) if chars::is_word_char(c) => Facing::Open,
            _ => Facing::Close,
        };
    }
    // Set off by a space from a mark before it (`'Oh, no,' " she said`: a nested quotation
    // closing with its outer one), and not before a word, it closes.
    let spaced_after_mark = before.is_some_and(chars::is_space)
        && char_before(text, start - before.map_or(0, char::len_utf8))
            .is_some_and(|c| chars::quote_mark(c).is_some())
        && after.is_none_or(|c| !chars::is_word_char(c));
    if spaced_after_mark {
        return Facing::Close;
    }
    if before.is_none_or(opens_after) {
        return Facing::Open;
    }
    match after {
        None => Facing::Close,
        Some(c) if chars::is_space(c) || !chars::is_word_char(c) => Facing::Close,
        _ => Facing::Either,
    }
}

/// A curly mark typed the wrong way round, as pasted text has it: an opening glyph right
/// after a word or punctuation and before a space or the end closes (`unusual,“ said`); a
/// closing double glyph after a space and before a word opens (`”Yes”`, as Swedish and
/// Finnish write both marks). A closing single glyph keeps its facing: before a word it is an
/// elided apostrophe (`the ’90s`).
fn glyph_against_place(
    text: &str,
    start: usize,
    end: usize,
    double: bool,
    glyph: Facing,
) -> Facing {
    let before = char_before(text, start);
    let after = char_at(text, end);
    let word_or_stop = |c: char| chars::is_word_char(c) || matches!(c, ',' | '.' | '!' | '?' | ';');
    match glyph {
        Facing::Open if before.is_some_and(word_or_stop) && after.is_none_or(chars::is_space) => {
            Facing::Close
        }
        Facing::Close
            if double
                && before.is_none_or(chars::is_space)
                && after.is_some_and(chars::is_word_char) =>
        {
            Facing::Open
        }
        _ => glyph,
    }
}

/// The case of a word, from its letters.
fn case_of(word: &str) -> Case {
    if word.is_ascii() {
        // The same rules on bytes: for ASCII, letters and their case are the ASCII ones.
        let mut letters = word.bytes().filter(u8::is_ascii_alphabetic);
        let Some(first) = letters.next() else {
            return Case::None;
        };
        let (mut upper, mut lower) = (0, 0);
        for c in letters {
            upper += c.is_ascii_uppercase() as usize;
            lower += c.is_ascii_lowercase() as usize;
        }
        return match (first.is_ascii_uppercase(), upper, lower) {
            (true, u, 0) if u > 0 => Case::Upper,
            (true, _, _) => Case::Capitalized,
            (false, 0, _) => Case::Lower,
            (false, _, _) => Case::Mixed,
        };
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Case::None;
    };
    let (mut upper, mut lower) = (0, 0);
    for c in letters {
        upper += c.is_uppercase() as usize;
        lower += c.is_lowercase() as usize;
    }
    match (first.is_uppercase(), upper, lower) {
        (true, u, 0) if u > 0 => Case::Upper,
        (true, _, _) => Case::Capitalized,
        (false, 0, _) if first.is_lowercase() => Case::Lower,
        (false, _, _) if first.is_lowercase() => Case::Mixed,
        _ => Case::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` as "text/kind" strings.
    fn toks(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| {
                let k = match t.kind {
                    TokenKind::Word => "w",
                    TokenKind::Abbreviation => "abbr",
                    TokenKind::Number => "num",
                    TokenKind::Possessive => "pos",
                    TokenKind::Quote { facing: Facing::Open, .. } => "q<",
                    TokenKind::Quote { facing: Facing::Close, .. } => "q>",
                    TokenKind::Quote { facing: Facing::Either, .. } => "q?",
                    TokenKind::Punct => "p",
                    TokenKind::Symbol => "sym",
                };
                format!("{}/{k}", t.text(text))
            })
            .collect()
    }

    #[test]
    fn words_possessives_and_joins() {
        assert_eq!(
            toks("the State Department's top official"),
            ["the/w", "State/w", "Department/w", "'s/pos", "top/w", "official/w"]
        );
        assert_eq!(toks("Donilon’s visit"), ["Donilon/w", "’s/pos", "visit/w"]);
        assert_eq!(
            toks("ITAR-Tass and AT&T, O'Brien's"),
            ["ITAR-Tass/w", "and/w", "AT&T/w", ",/p", "O'Brien/w", "'s/pos"]
        );
        assert_eq!(toks("don't it’s"), ["don't/w", "it/w", "’s/pos"]);
        assert_eq!(toks("next-generation al-Assad"), ["next-generation/w", "al-Assad/w"]);
        // After an abbreviation's period, still a possessive, not a quotation mark.
        assert_eq!(toks("the F.B.I.'s report"), ["the/w", "F.B.I./abbr", "'s/pos", "report/w"]);
        assert_eq!(toks("U.S.’s role"), ["U.S./abbr", "’s/pos", "role/w"]);
        // A sentence's period then a quotation: no possessive.
        assert_eq!(toks("ends. 'so"), ["ends/w", "./p", "'/q<", "so/w"]);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(toks("U.S.-Russia relations"), ["U.S./abbr", "-/p", "Russia/w", "relations/w"]);
        assert_eq!(
            toks("Gen. J. Miller at 3 p.m."),
            ["Gen./abbr", "J./abbr", "Miller/w", "at/w", "3/num", "p.m./abbr"]
        );
        assert_eq!(toks("Acme Inc. and U.N."), ["Acme/w", "Inc./abbr", "and/w", "U.N./abbr"]);
        assert_eq!(toks("the end."), ["the/w", "end/w", "./p"]);
        assert_eq!(toks("Plan B..."), ["Plan/w", "B/w", ".../p"]);
    }

    #[test]
    fn web_and_mail_addresses_and_file_names_are_one_symbol() {
        assert_eq!(
            toks("Write to Anna.Berg@example.org."),
            ["Write/w", "to/w", "Anna.Berg@example.org/sym", "./p"]
        );
        assert_eq!(
            toks("see (www.example.com/Harbour) or https://example.com/a?b=1,"),
            [
                "see/w",
                "(/p",
                "www.example.com/Harbour/sym",
                ")/p",
                "or/w",
                "https://example.com/a?b=1/sym",
                ",/p"
            ]
        );
        assert_eq!(toks("Sent: Anna_notes.doc"), ["Sent/w", ":/p", "Anna_notes.doc/sym"]);
        // Not an address: a word after a full stop, a handle, a bare underscore.
        assert_eq!(toks("end.Anna"), ["end/w", "./p", "Anna/w"]);
        assert_eq!(toks("@Anna said"), ["@/sym", "Anna/w", "said/w"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("$1.5 billion"), ["$/sym", "1.5/num", "billion/w"]);
        assert_eq!(
            toks("1,000 on 4/16/2013 at 10:30"),
            ["1,000/num", "on/w", "4/16/2013/num", "at/w", "10:30/num"]
        );
        assert_eq!(
            toks("the 1990s, 19th, 2013-04-16."),
            ["the/w", "1990s/num", ",/p", "19th/num", ",/p", "2013-04-16/num", "./p"]
        );
        assert_eq!(toks("in 2013."), ["in/w", "2013/num", "./p"]);
    }

    #[test]
    fn quotation_marks() {
        assert_eq!(
            toks("\"We regret,\" he said"),
            ["\"/q<", "We/w", "regret/w", ",/p", "\"/q>", "he/w", "said/w"]
        );
        assert_eq!(toks("“Yes.” ‘no’"), ["“/q<", "Yes/w", "./p", "”/q>", "‘/q<", "no/w", "’/q>"]);
        assert_eq!(toks("``Hi,'' she"), ["``/q<", "Hi/w", ",/p", "''/q>", "she/w"]);
        assert_eq!(
            toks("as they are \"provocative\" and"),
            ["as/w", "they/w", "are/w", "\"/q<", "provocative/w", "\"/q>", "and/w"]
        );
        assert_eq!(toks("(\"x\")"), ["(/p", "\"/q<", "x/w", "\"/q>", ")/p"]);
    }

    #[test]
    fn marks_typed_the_wrong_way_round_face_where_they_stand() {
        // An opening glyph closing a quotation, a closing one opening it (Swedish style).
        assert_eq!(toks("“Odd,“ he"), ["“/q<", "Odd/w", ",/p", "“/q>", "he/w"]);
        assert_eq!(toks("a ”Ja” b"), ["a/w", "”/q<", "Ja/w", "”/q>", "b/w"]);
        // An elided apostrophe stays as it is.
        assert_eq!(toks("the ’90s"), ["the/w", "’/q>", "90s/num"]);
    }

    #[test]
    fn a_mark_after_another_closes_unless_a_word_follows() {
        // A nested single quotation closing with its double one.
        assert_eq!(
            toks("say 'no,'\" he"),
            ["say/w", "'/q<", "no/w", ",/p", "'/q>", "\"/q>", "he/w"]
        );
        assert_eq!(toks("\"'Tis"), ["\"/q<", "'/q<", "Tis/w"]);
        // ... or set off from it by a space.
        assert_eq!(
            toks("say 'no,' \" he"),
            ["say/w", "'/q<", "no/w", ",/p", "'/q>", "\"/q>", "he/w"]
        );
        assert_eq!(toks(": \" 'Tis"), [":/p", "\"/q<", "'/q<", "Tis/w"]);
        // Three apostrophes: the inner single mark closes first, opens last.
        assert_eq!(toks("that?''' He"), ["that/w", "?/p", "'/q>", "''/q>", "He/w"]);
        assert_eq!(toks("said '''Tis"), ["said/w", "''/q<", "'/q<", "Tis/w"]);
    }

    #[test]
    fn spaces_of_every_kind_are_skipped_without_moving_offsets() {
        let text = "a\u{00A0}b\r\nc\u{200B}d e\u{200B}\u{3000}f";
        let t = tokenize(text);
        assert_eq!(toks(text), ["a/w", "b/w", "c\u{200B}d/w", "e/w", "f/w"]);
        for tok in &t {
            assert!(text.is_char_boundary(tok.start()) && text.is_char_boundary(tok.end()));
        }
    }

    #[test]
    fn a_token_is_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 12);
    }

    #[test]
    fn cases() {
        let cases: Vec<_> =
            tokenize("missile Russia MOSCOW iPhone ICBMs I 2013").iter().map(|t| t.case).collect();
        use Case::*;
        assert_eq!(cases, [Lower, Capitalized, Upper, Mixed, Capitalized, Capitalized, None]);
    }

    #[test]
    fn other_scripts_and_symbols() {
        assert_eq!(toks("Cafe\u{301} 東京で 😀!"), ["Cafe\u{301}/w", "東京で/w", "😀/sym", "!/p"]);
    }
}
