//! The reference date, from a date line.
//!
//! A date line is a paragraph that holds nothing but a date, optionally after "Published",
//! "Posted" or "Updated":
//!
//! | date line                    | value        |
//! |------------------------------|--------------|
//! | `April 16, 2013`             | `2013-04-16` |
//! | `Tuesday, March 8, 2011`     | `2011-03-08` |
//! | `16 April 2013`              | `2013-04-16` |
//! | `Sept. 3, 2014`              | `2014-09-03` |
//! | `2013-04-16`                 | `2013-04-16` |
//! | `Published: Monday 18 May 2015` | `2015-05-18` |
//! | `MOSCOW, April 16, 2013 (Reuters) — ...` | `2013-04-16` |
//!
//! A dateline without a year ("MOSCOW, April 16 (Reuters)") gives no reference date:
//! the year would be a guess.
//!
//! The first date line of the article wins; a date given by the caller wins over all.

use super::date::Date;

use crate::analysis::{DateRange, Id, Timex, TimexType};
use crate::lexicon;
use crate::text::{ByteSpan, Document, Token, TokenKind};

/// A date line found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLine {
    pub date: Date,
    /// Bytes of the date itself (the weekday included, "Published" left out).
    pub span: ByteSpan,
}

impl DateLine {
    /// The date line as a temporal expression (byte offsets).
    pub fn timex(&self, doc: &Document, id: Id) -> Timex {
        let value = self.date.to_string();
        Timex {
            id,
            start: self.span.start,
            end: self.span.end,
            text: self.span.of(doc.text()).to_string(),
            kind: TimexType::Date,
            range: Some(DateRange { from: self.date, to: self.date }),
            value,
            modifier: None,
        }
    }
}

/// How many paragraphs from the top a date may open with text after it on the same line
/// ("Thursday, May 7, 2015 On Tuesday, the government ...": a date line whose line break
/// was lost).
const OPENING_PARAGRAPHS: usize = 3;

/// The first paragraph of `doc` that is a date line.
pub fn find_reference_date(doc: &Document) -> Option<DateLine> {
    doc.paragraphs.iter().enumerate().find_map(|(n, p)| {
        let first = doc.sentences.get(p.sentences.start)?.tokens.start;
        let last = doc.sentences.get(p.sentences.end.checked_sub(1)?)?.tokens.end;
        date_line(doc.text(), &doc.tokens[first..last], n < OPENING_PARAGRAPHS)
    })
}

/// Reads `tokens` (one paragraph) as a date line; with `prefix`, the date may be followed
/// by more text.
fn date_line(text: &str, tokens: &[Token], prefix: bool) -> Option<DateLine> {
    let lex = lexicon::get();
    let word = |t: &Token| t.text(text).trim_end_matches('.');
    let is = |i: usize, s: &str| tokens.get(i).is_some_and(|t| t.text(text) == s);

    let mut i = 0;
    // A dateline: "MOSCOW, April 16, 2013 (Reuters) —", "WASHINGTON, D.C., Jan. 5, 2020 —".
    if prefix {
        let mut k = 0;
        while tokens.get(k).is_some_and(|t| t.is_word() && t.case == crate::text::Case::Upper)
            || (k > 0
                && is(k, ",")
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && t.case == crate::text::Case::Upper))
        {
            k += 1;
        }
        if k > 0 && is(k, ",") {
            i = k + 1;
        }
    }
    if i == 0
        && tokens.first().is_some_and(|t| {
            matches!(
                word(t).to_ascii_lowercase().as_str(),
                "published" | "posted" | "updated" | "dated"
            )
        })
    {
        i += 1;
        if is(i, ":") || is(i, "on") {
            i += 1;
        }
    }
    let start = tokens.get(i)?.start();
    if tokens.get(i).is_some_and(|t| t.is_word() && lex.weekday(word(t)).is_some()) {
        i += 1;
        if is(i, ",") {
            i += 1;
        }
    }
    let month = |i: usize| tokens.get(i).filter(|t| t.is_word()).and_then(|t| lex.month(word(t)));
    let number = |i: usize, digits: std::ops::RangeInclusive<usize>| -> Option<i16> {
        let t = tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let s = t.text(text);
        if digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (date, last) = if let Some(m) = month(i) {
        // April 16, 2013 / April 16 2013
        let day = number(i + 1, 1..=2)?;
        let y = if is(i + 2, ",") { i + 3 } else { i + 2 };
        (Date::new(number(y, 4..=4)?, m as i8, day as i8).ok()?, y)
    } else if let (Some(day), Some(m)) = (number(i, 1..=2), month(i + 1)) {
        // 16 April 2013
        (Date::new(number(i + 2, 4..=4)?, m as i8, day as i8).ok()?, i + 2)
    } else {
        // 2013-04-16
        let t = tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        (t.text(text).parse::<Date>().ok()?, i)
    };
    let whole = last + 1 == tokens.len();
    (whole || prefix).then(|| DateLine { date, span: ByteSpan::new(start, tokens[last].end()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Option<(String, &str)> {
        let doc = Document::new(text);
        find_reference_date(&doc).map(|d| (d.date.to_string(), d.span.of(text)))
    }

    #[test]
    fn date_line_forms() {
        for (line, value, span) in [
            ("April 16, 2013", "2013-04-16", "April 16, 2013"),
            ("Tuesday, March 8, 2011", "2011-03-08", "Tuesday, March 8, 2011"),
            ("16 April 2013", "2013-04-16", "16 April 2013"),
            ("Sept. 3, 2014", "2014-09-03", "Sept. 3, 2014"),
            ("2013-04-16", "2013-04-16", "2013-04-16"),
            ("Published: Monday 18 May 2015", "2015-05-18", "Monday 18 May 2015"),
            ("Updated on Dec 1, 2020", "2020-12-01", "Dec 1, 2020"),
        ] {
            let text = format!("Headline Of The Day\n{line}\nBody text follows here. It is long.");
            assert_eq!(found(&text), Some((value.to_string(), span)), "{line}");
        }
    }

    #[test]
    fn datelines() {
        let text = "MOSCOW, April 16, 2013 (Reuters) — Officials met.\nMore text.";
        assert_eq!(found(text), Some(("2013-04-16".to_string(), "April 16, 2013")));
        let text = "WASHINGTON, D.C., Jan. 5, 2020 — The vote failed.";
        assert_eq!(found(text), Some(("2020-01-05".to_string(), "Jan. 5, 2020")));
        assert_eq!(found("MOSCOW, April 16 (Reuters) — Officials met."), None, "no year, no guess");
    }

    #[test]
    fn at_the_end_and_first_wins() {
        assert_eq!(found("Body.\n\nApril 16, 2013\n\nMay 1, 2014").unwrap().0, "2013-04-16");
    }

    #[test]
    fn a_date_opening_one_of_the_first_paragraphs() {
        let text = "Flag Vote Begins\nThursday, May 7, 2015 On Tuesday, the vote began.\nMore.";
        assert_eq!(found(text), Some(("2015-05-07".to_string(), "Thursday, May 7, 2015")));
        let late = "A.\nB.\nC.\nApril 16, 2013 was the day it began.";
        assert_eq!(found(late), None, "only near the top");
    }

    #[test]
    fn not_date_lines() {
        for text in [
            "The talks are on April 16, 2013 in Brussels.",
            "February 30, 2013",
            "April 2013",
            "May 16, 13",
            "Monday",
            "16 Apples 2013",
            "2013-13-01",
            "The 2013-04-16 meeting",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }
}
