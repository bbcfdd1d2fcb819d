//! Sentences: where a paragraph's tokens break.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotation marks and
//! brackets after it) when the next token, after a space, could start a sentence: anything
//! but a lowercase word or clause punctuation. So `"Why?" he asked` is one sentence and
//! `...deal." He said` two.
//!
//! Abbreviations need more care (`Stop`). Those that come before something ("Gen.",
//! "Sen.", "No.", "Jan.") never end a sentence. Listed ones that can ("Inc.", "Jr.",
//! "Calif.") end one before any capitalised word. Dotted acronyms and initials ("U.S.",
//! "a.m.", "J.") are most often followed by a name, so they end a sentence only when the next
//! word is one that begins sentences ("He", "The", "But") or a quotation opens:
//! `in the U.S. He said` breaks, `U.S. Defense Undersecretary` and `9 a.m. Monday` do not.

use std::ops::Range;

use super::chars::{self, Facing};
use super::tokens::{Case, Token, TokenKind};
use crate::lexicon::{self, AbbrevRole};

/// Splits the tokens `range` of one paragraph into sentences, as ranges of token indices.
pub fn split(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, end) = (range.start, range.end);
    let mut i = start;
    while i < end {
        let Some(stop) = terminator(text, &tokens[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < end && closes(text, &tokens[j]) {
            j += 1;
        }
        if j == end || starts_sentence(text, &tokens[j - 1], &tokens[j], stop) {
            out.push(start..j);
            start = j;
        }
        i = j;
    }
    if start < end {
        out.push(start..end);
    }
    out
}

/// How strongly a token ends a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// `.`, `!`, `?`, an ellipsis.
    Mark,
    /// A listed abbreviation that can end a sentence: "Inc.", "Jr.", "Calif.".
    Listed,
    /// A dotted acronym or an initial: "U.S.", "a.m.", "J.".
    Acronym,
}

/// Whether (and how strongly) `t` can end a sentence.
fn terminator(text: &str, t: &Token) -> Option<Stop> {
    match t.kind {
        TokenKind::Punct => {
            t.text(text).chars().next_back().filter(|&c| chars::is_terminal(c)).map(|_| Stop::Mark)
        }
        TokenKind::Abbreviation => {
            let word = t.text(text).strip_suffix('.').unwrap_or(t.text(text));
            match lexicon::get().abbreviation(word) {
                Some(AbbrevRole::Before) => None,
                Some(AbbrevRole::Any) => Some(Stop::Listed),
                None => Some(Stop::Acronym),
            }
        }
        _ => None,
    }
}

/// Closing quotation marks and brackets stay with the sentence they end.
fn closes(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote { facing, .. } => facing != Facing::Open,
        TokenKind::Punct => t.text(text).chars().all(chars::is_close_bracket),
        _ => false,
    }
}

/// Whether `next` starts a new sentence after the terminator (or closer) `prev`.
fn starts_sentence(text: &str, prev: &Token, next: &Token, stop: Stop) -> bool {
    let gap = &text[prev.end()..next.start()];
    let first = next.text(text).chars().next();
    let full_width_stop = text[..prev.end()]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}'));
    if gap.is_empty() && !full_width_stop {
        return false;
    }
    let opens_quote = matches!(next.kind, TokenKind::Quote { facing: Facing::Open, .. });
    let capitalised = next.is_word() && matches!(next.case, Case::Capitalized | Case::Upper);
    match stop {
        Stop::Acronym => {
            return opens_quote
                || (next.case == Case::Capitalized
                    && lexicon::get().is_function_word(next.text(text)))
        }
        Stop::Listed => return opens_quote || capitalised,
        Stop::Mark => {}
    }
    match next.kind {
        TokenKind::Word | TokenKind::Abbreviation => {
            next.case != Case::Lower && next.case != Case::Mixed
        }
        TokenKind::Punct => first.is_some_and(chars::is_open_bracket),
        TokenKind::Possessive => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    /// The sentences of `text`.
    fn split(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences.iter().map(|s| doc.slice(s.start, s.end)).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("The council met on Friday. It voted to close the plant! Will it reopen? Nobody knows."),
            ["The council met on Friday.", "It voted to close the plant!", "Will it reopen?", "Nobody knows."]
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        for s in [
            "Gen. Mark Walters and Sen. Ruth Ortiz met Dr. Singh and Mr. Bell on Monday.",
            "Lt. Col. Dana Price, Rep. Tom Hale and Gov. Ann Lee spoke.",
            "The hearing was set for Jan. 12 and moved to Sept. 3 in room No. 4.",
            "Prof. Ito and Rev. Kim visited St. Louis and Mt. Everest.",
        ] {
            assert_eq!(split(s), [s]);
        }
    }

    #[test]
    fn acronyms_and_initials() {
        assert_eq!(
            split("U.S. Defense Undersecretary Paul Reed spoke."),
            ["U.S. Defense Undersecretary Paul Reed spoke."]
        );
        assert_eq!(
            split("He works for the U.N. The agency declined to comment."),
            ["He works for the U.N.", "The agency declined to comment."]
        );
        assert_eq!(
            split("The vote is at 9 a.m. Monday in Washington."),
            ["The vote is at 9 a.m. Monday in Washington."]
        );
        assert_eq!(
            split("It ended at 5 p.m. They went home."),
            ["It ended at 5 p.m.", "They went home."]
        );
        assert_eq!(
            split("President George W. Bush and J. K. Rowling met."),
            ["President George W. Bush and J. K. Rowling met."]
        );
        assert_eq!(
            split("Shares of Acme Inc. rose. Widget Corp. But then it fell."),
            ["Shares of Acme Inc. rose.", "Widget Corp.", "But then it fell."]
        );
        assert_eq!(
            split("He moved to Washington, D.C. in 2010."),
            ["He moved to Washington, D.C. in 2010."]
        );
    }

    #[test]
    fn numbers_money_and_ellipses() {
        assert_eq!(
            split("The deal is worth $1.5 billion. Shares rose 3.2 percent."),
            ["The deal is worth $1.5 billion.", "Shares rose 3.2 percent."]
        );
        assert_eq!(
            split("It was 98.6 degrees at 10:30. Then it cooled."),
            ["It was 98.6 degrees at 10:30.", "Then it cooled."]
        );
        assert_eq!(
            split("We waited... and waited. Then... Nothing."),
            ["We waited... and waited.", "Then...", "Nothing."]
        );
        assert_eq!(split("It was over… Everyone left."), ["It was over…", "Everyone left."]);
    }

    #[test]
    fn quotes_after_the_period() {
        assert_eq!(
            split("\"We will sign the deal.\" He said it twice. \"Why now?\" she asked. 'Later,' he said."),
            ["\"We will sign the deal.\"", "He said it twice.", "\"Why now?\" she asked.", "'Later,' he said."]
        );
        assert_eq!(split("“It is over.” The crowd left."), ["“It is over.”", "The crowd left."]);
        assert_eq!(
            split("He said it was \"done.\" The rest (all of it.) Stayed."),
            ["He said it was \"done.\"", "The rest (all of it.)", "Stayed."]
        );
        assert_eq!(
            split("The talks ended. \"We agreed,\" she said."),
            ["The talks ended.", "\"We agreed,\" she said."]
        );
    }

    #[test]
    fn headlines_and_date_lines_stand_alone() {
        assert_eq!(
            split("Storm Closes Ports Along Coast\nMonday, May 18, 2015\nPORTLAND — Ports shut on Sunday. They reopen today."),
            ["Storm Closes Ports Along Coast", "Monday, May 18, 2015", "PORTLAND — Ports shut on Sunday.", "They reopen today."]
        );
    }

    #[test]
    fn no_space_no_break() {
        assert_eq!(
            split("See example.com or the U.S.-Mexico border."),
            ["See example.com or the U.S.-Mexico border."]
        );
        assert_eq!(split("东京很大。大阪也很大。"), ["东京很大。", "大阪也很大。"]);
    }

    #[test]
    fn sentences_cover_their_tokens_and_stay_in_paragraphs() {
        let text = "One. Two three.\r\n\r\nFour \"five.\" Six\u{00A0}seven.\nEight";
        let doc = Document::new(text);
        let mut next = 0;
        for p in &doc.paragraphs {
            for s in &doc.sentences[p.sentences.clone()] {
                assert!(p.start <= s.start && s.end <= p.end);
                assert_eq!(s.tokens.start, next);
                next = s.tokens.end;
            }
        }
        assert_eq!(next, doc.tokens.len());
    }
}
