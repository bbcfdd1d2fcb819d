//! A reference date inferred from the article, when neither the caller nor a date line gives
//! one: how most readers paste an article.
//!
//! The evidence, strongest first:
//!
//! | evidence | example | reference date |
//! |---|---|---|
//! | a stamp | `Published 10/12/2016`, `Updated: 12 Oct 2016 8:30` | the first stamp's date |
//! | a full date written with its weekday, which agrees | `on Tuesday, Oct. 11, 2016` | the latest such date |
//! | a dateline without a year, and a year from the text | `MOSCOW, April 16 (Reuters)` … `in 2013` | April 16 of that year |
//! | weekday–date pairs, and a year from the text | `Tuesday, Oct. 11` … `since 2014` | the latest pair, in the first year from the text's on that its weekday fits |
//!
//! A year "from the text" is the latest year it mentions outside a future clause (in a full
//! date or alone); a dateline's day falls on or after the latest such full date.
//!
//! A full date alone is not enough. News writes the date of a recent event as a weekday
//! ("on Tuesday") and spells out the dates of history ("on April 4, 1949") and of deadlines
//! ("notes due March 1, 2011"): taken as the article's date, the latest full date was wrong in
//! 11 of the 12 TimeBank articles that have one. Written with its weekday, which the reader
//! can check against the calendar, it is the date of news. A weekday–date pair fits one year in
//! seven or so: without a year near it, it proves nothing. When nothing supports an inference
//! there is none, and relative dates stay unresolved: a wrong date would mislead more than no
//! date.

use super::date::Date;
use super::expr::Expr;
use super::recognize;
use super::tense::{self, Tense};
use crate::lexicon;
use crate::text::{ByteSpan, Case, Document, TokenKind};

/// An inferred reference date and the spans it rests on (the strongest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inferred {
    pub date: Date,
    pub evidence: Vec<ByteSpan>,
}

/// How many paragraphs from the top a dateline may stand in.
const DATELINE_PARAGRAPHS: usize = 3;

/// How many tokens a dateline's place may take ("WASHINGTON, D.C.,", "SAN JUAN, Puerto Rico,").
const DATELINE_TOKENS: usize = 12;

/// How many tokens before a date a stamp word ("Published") may stand.
const STAMP_REACH: usize = 6;

/// The words that stamp an article's date.
const STAMPS: &[&str] = &["published", "updated", "posted", "modified", "dated"];

/// What the text says about its own date, gathered in one pass over its expressions.
#[derive(Default)]
struct Evidence {
    stamp: Option<(Date, ByteSpan)>,
    /// Month, day and where.
    dateline: Option<(u8, u8, ByteSpan)>,
    /// The latest full date outside a future clause.
    latest: Option<(Date, ByteSpan)>,
    /// The latest full date written with the weekday it falls on.
    dated: Option<(Date, ByteSpan)>,
    /// The latest year mentioned outside a future clause.
    year: Option<(i16, ByteSpan)>,
    /// Weekday–date pairs without a year: weekday (1 = Monday), month, day, where.
    pairs: Vec<(u8, u8, u8, ByteSpan)>,
}

/// The reference date `doc` supports, if any.
pub fn infer(doc: &Document) -> Option<Inferred> {
    let ev = gather(doc);
    if let Some((date, span)) = ev.stamp {
        return Some(Inferred { date, evidence: vec![span] });
    }
    if let Some((date, span)) = ev.dated {
        return Some(Inferred { date, evidence: vec![span] });
    }
    // The year the text stands in, and where it says so: the latest it mentions.
    let after = ev.latest.map(|(d, _)| d);
    let year = match (ev.latest, ev.year) {
        (Some((d, s)), Some((y, _))) if d.year() >= y => Some((d.year(), s)),
        (_, Some((y, s))) => Some((y, s)),
        (Some((d, s)), None) => Some((d.year(), s)),
        (None, None) => None,
    };
    if let Some((month, day, span)) = ev.dateline {
        let (y, year_span) = year?;
        // The first such day on or after the latest full date.
        let date = (y..=y + 1)
            .filter_map(|y| Date::new(y, month as i8, day as i8).ok())
            .find(|d| after.is_none_or(|a| *d >= a))?;
        return Some(Inferred { date, evidence: vec![span, year_span] });
    }
    let (y, year_span) = year?;
    // Each pair in the first year from the text's on that fits its weekday; the latest.
    let fitted = ev.pairs.iter().filter_map(|&(weekday, month, day, span)| {
        (y..y + 12)
            .filter_map(|y| Date::new(y, month as i8, day as i8).ok())
            .find(|d| d.iso_weekday() as u8 == weekday)
            .map(|d| (d, span))
    });
    let (date, span) = fitted.max_by_key(|(d, _)| *d)?;
    Some(Inferred { date, evidence: vec![span, year_span] })
}

fn gather(doc: &Document) -> Evidence {
    let lex = lexicon::get();
    let mut ev = Evidence::default();
    let mut sentence = 0;
    let mut markers = tense::Markers::new(doc);
    recognize::recognize(doc, |found| {
        while doc.sentences[sentence].tokens.end <= found.first {
            sentence += 1;
        }
        let s = &doc.sentences[sentence];
        let span = doc.byte_span(found.first..found.end);
        let Expr::Calendar { year, month, day } = found.expr else {
            return;
        };
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => {
                let Ok(date) = Date::new(y, m as i8, d as i8) else {
                    return;
                };
                if ev.stamp.is_none() && stamped(doc, s.tokens.start, found.first) {
                    ev.stamp = Some((date, span));
                }
                let weekday = lex.weekday(doc.token_text(found.first).trim_end_matches('.'));
                if weekday == Some(date.iso_weekday() as u8)
                    && ev.dated.is_none_or(|(l, _)| date > l)
                {
                    ev.dated = Some((date, span));
                }
                if markers.tense_at(doc, s, found.first, found.end) != Tense::Future
                    && ev.latest.is_none_or(|(l, _)| date > l)
                {
                    ev.latest = Some((date, span));
                }
            }
            (Some(y), _, _)
                if markers.tense_at(doc, s, found.first, found.end) != Tense::Future
                    && ev.year.is_none_or(|(l, _)| y > l) =>
            {
                ev.year = Some((y, span));
            }
            (None, Some(m), Some(d)) => {
                let weekday = lex.weekday(doc.token_text(found.first).trim_end_matches('.'));
                if let Some(w) = weekday {
                    ev.pairs.push((w, m, d, span));
                } else if ev.dateline.is_none() && opens_a_dateline(doc, found.first) {
                    ev.dateline = Some((m, d, span));
                }
            }
            _ => {}
        }
    });
    ev
}

/// Whether a stamp word ("Published", "Updated") stands a few tokens before token `first`,
/// in its sentence (from token `start`).
fn stamped(doc: &Document, start: usize, first: usize) -> bool {
    (first.saturating_sub(STAMP_REACH).max(start)..first).any(|i| STAMPS.contains(&doc.lower(i)))
}

/// Whether the date at token `first` follows a dateline's place at the top of the article:
/// "MOSCOW, April 16", "WASHINGTON, D.C., Jan. 5".
fn opens_a_dateline(doc: &Document, first: usize) -> bool {
    let Some(p) = doc.paragraphs.iter().take(DATELINE_PARAGRAPHS).find(|p| {
        p.sentences
            .clone()
            .next()
            .and_then(|s| doc.sentences.get(s))
            .is_some_and(|s| s.tokens.start <= first)
            && doc
                .sentences
                .get(p.sentences.end.wrapping_sub(1))
                .is_some_and(|s| first < s.tokens.end)
    }) else {
        return false;
    };
    let from = doc.sentences[p.sentences.start].tokens.start;
    let tokens = &doc.tokens[from..first];
    // A dateline's place is a few words: looking no further keeps a paragraph of many dates
    // linear.
    (2..=DATELINE_TOKENS).contains(&tokens.len())
        && doc.token_text(first - 1) == ","
        && tokens.iter().any(|t| t.is_word() && t.case == Case::Upper && t.end() - t.start() > 1)
        && tokens.iter().all(|t| {
            (t.is_word() && t.case == Case::Upper)
                || t.kind == TokenKind::Abbreviation
                || matches!(t.text(doc.text()), "," | ".")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inferred(text: &str) -> Option<(String, Vec<String>)> {
        let doc = Document::new(text);
        infer(&doc).map(|i| {
            (i.date.to_string(), i.evidence.iter().map(|s| s.of(text).to_string()).collect())
        })
    }

    fn want(date: &str, evidence: &[&str]) -> Option<(String, Vec<String>)> {
        Some((date.to_string(), evidence.iter().map(|s| s.to_string()).collect()))
    }

    #[test]
    fn a_stamp_in_any_common_format() {
        for (text, date, span) in [
            (
                "By Ann Lee | Published 10/12/2016 | The council met on Monday.",
                "2016-10-12",
                "10/12/2016",
            ),
            ("Updated: 2016-10-12 The council met on Monday.", "2016-10-12", "2016-10-12"),
            ("Posted 12 Oct 2016. The council met on Monday.", "2016-10-12", "12 Oct 2016"),
        ] {
            assert_eq!(inferred(text), want(date, &[span]), "{text}");
        }
    }

    #[test]
    fn a_dateline_without_a_year_takes_the_year_of_the_text() {
        assert_eq!(
            inferred("OSLO, March 12 (Wire) -- The mayor, elected in 2015, resigned on Friday."),
            want("2015-03-12", &["March 12", "2015"])
        );
        // On or after the latest full date: a December event in a January article.
        assert_eq!(
            inferred("OSLO, Jan. 5 (Wire) -- The ferry sank on Dec. 20, 2015, the mayor said."),
            want("2016-01-05", &["Jan. 5", "Dec. 20, 2015"])
        );
        // No year anywhere: no date.
        assert_eq!(inferred("OSLO, March 12 (Wire) -- The mayor resigned on Friday."), None);
    }

    #[test]
    fn a_full_date_counts_when_written_with_its_weekday() {
        assert_eq!(
            inferred(
                "The law, first proposed on March 3, 1999, was signed on Thursday, April 9, 2015."
            ),
            want("2015-04-09", &["Thursday, April 9, 2015"])
        );
        // The weekday is wrong: no inference from it.
        assert_eq!(inferred("The law was signed on Friday, April 9, 2015."), None);
        // A full date alone, history or a deadline, dates no article.
        assert_eq!(inferred("The treaty was signed on April 4, 1949, in Washington."), None);
        assert_eq!(inferred("It sold notes due March 1, 2031."), None);
    }

    #[test]
    fn weekday_and_date_pairs_need_a_year_near_them() {
        // Tuesday, Oct. 11 fits 2016 (and 2011, 2022): the text's 2014 picks 2016.
        assert_eq!(
            inferred("The debate on Tuesday, Oct. 11 drew a crowd larger than in 2014."),
            want("2016-10-11", &["Tuesday, Oct. 11", "2014"])
        );
        assert_eq!(inferred("The debate on Tuesday, Oct. 11 drew a large crowd."), None);
    }

    #[test]
    fn nothing_to_go_on() {
        assert_eq!(inferred("The council met on Monday and will meet again next week."), None);
        assert_eq!(inferred(""), None);
    }
}
