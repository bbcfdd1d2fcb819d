//! Character classes of news text.
//!
//! newslens never rewrites the input: instead of normalising curly quotes, non-breaking
//! spaces, CRLF or zero-width characters into a copy (which would move offsets), the
//! tokenizer asks these functions what a character *is*.

/// Spaces of every kind, including NBSP (U+00A0), thin and ideographic spaces, and line
/// breaks (`\r`, `\n`, U+2028, U+2029).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // char::is_whitespace on ASCII: space, \t, \n, \x0B, \x0C, \r.
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace()
}

/// Characters that take no room and carry no meaning for analysis: zero-width space and
/// joiners, word joiner, BOM, soft hyphen. Inside a word they are part of it; between
/// tokens they are skipped like spaces.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Combining marks that follow a base letter (accents written as separate code points).
/// Most marks of Indic and other scripts are already `char::is_alphabetic`.
pub fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Letters, digits and combining marks: what words are made of.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Apostrophes: straight, right single quotation mark (the usual typographic apostrophe),
/// and the modifier letter apostrophe.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Hyphens that join the parts of a word ("ITAR-Tass", "next-generation").
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes that separate ("MOSCOW — Russia", "2010–2013").
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Which way a quotation mark faces, as far as the character itself tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facing {
    Open,
    Close,
    /// Straight quotes (`"`, `'`): the context decides.
    Either,
}

/// If `c` is a quotation mark: whether it is double, and which way it faces.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn quote_mark(c: char) -> Option<(bool, Facing)> {
    use Facing::*;
    Some(match c {
        '"' => (true, Either),
        '\'' => (false, Either),
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{300C}' | '\u{300E}' => (true, Open),
        '\u{201D}' | '\u{00BB}' | '\u{300D}' | '\u{300F}' => (true, Close),
        '\u{2018}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '`' => (false, Open),
        '\u{2019}' | '\u{203A}' => (false, Close),
        _ => return None,
    })
}

/// Opening brackets, after which a straight quote opens.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '\u{FF08}')
}

/// Closing brackets, which stay with the sentence they close.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '\u{FF09}')
}

/// Marks that end a sentence: `.`, `!`, `?`, the ellipsis, and their full-width forms.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{203C}'
            | '\u{2047}'..='\u{2049}'
    )
}

/// Line breaks: `\n`, `\r`, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_space('\u{00A0}') && is_space('\u{3000}') && is_space('\r'));
        assert!(!is_space('\u{200B}') && is_ignorable('\u{200B}'));
        assert!(
            is_word_char('é') && is_word_char('\u{301}') && is_word_char('東') && is_word_char('7')
        );
        assert!(!is_word_char('😀') && !is_word_char('-'));
        assert_eq!(quote_mark('“'), Some((true, Facing::Open)));
        assert_eq!(quote_mark('’'), Some((false, Facing::Close)));
        assert_eq!(quote_mark('"'), Some((true, Facing::Either)));
        assert_eq!(quote_mark('a'), None);
        assert!(is_terminal('…') && is_terminal('?') && !is_terminal(','));
        assert!(is_dash('—') && is_dash('–') && !is_joining_hyphen('—'));
    }
}
