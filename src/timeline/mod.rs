//! Time: the article's reference date, its temporal expressions, and the timeline.
//!
//! 1. [`reference`](mod@reference) finds the reference date in a date line ("April 16, 2013" on a line of
//!    its own), unless the caller gives one; without either, [`infer`] works it out from a
//!    stamp, a dateline without a year, full dates and weekday–date pairs, or leaves it
//!    unknown.
//! 2. [`recognize`] finds temporal expressions as token patterns ("last month", "April 30",
//!    "two years ago", "every Monday"), each an [`expr::Expr`] with an optional modifier.
//! 3. [`tense`] reads the tense of each expression's clause, and [`normalize`] resolves the
//!    expression against the reference date into a TIMEX3 type, value and calendar range.
//! 4. [`events`] turns every expression with a calendar range into a timeline entry: the
//!    clause it dates, sorted by date.

pub mod date;
pub mod direction;
pub mod events;
pub mod expr;
pub mod infer;
pub mod normalize;
pub mod recognize;
pub mod reference;
pub mod tense;
pub mod words;

pub use date::Date;

pub use reference::{find_reference_date, DateLine};

use crate::analysis::{DateRange, Id, Timex, TimexType};
use crate::text::{ByteSpan, Document};

/// A temporal expression found in the text, resolved (byte offsets), with where it is.
///
/// The output [`Timex`] (its id, text and range as strings) is made by
/// [`ResolvedTimex::timex`] only at the end, once the document is no longer needed: a text of
/// dates holds one of these for every few bytes.
#[derive(Debug, Clone)]
pub struct ResolvedTimex {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<expr::Mod>,
    /// Index into `doc.sentences`.
    pub sentence: usize,
    /// The calendar interval, for the timeline.
    pub range: Option<(Date, Date)>,
}

impl ResolvedTimex {
    /// The id of the `n`th expression (from 0): `t1`, `t2`, ...
    pub fn id(n: usize) -> Id {
        Id::timex(n)
    }

    /// The expression's text in `text` (the document's text).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The output [`Timex`] of the `n`th expression (from 0) of `text`.
    pub fn timex(self, n: usize, text: &str) -> Timex {
        Timex {
            id: ResolvedTimex::id(n),
            start: self.start,
            end: self.end,
            text: self.text(text).to_string(),
            kind: self.kind,
            value: self.value,
            modifier: self.modifier.map(|m| m.name().to_string()),
            range: self.range.map(|(from, to)| DateRange { from, to }),
        }
    }
}

/// How many sentences after a quarter is named "a year ago" still means that quarter a year
/// before ("Profit rose in the third quarter. A year ago, it fell.").
const REPORTED_NEAR: usize = 4;

/// Every temporal expression of `doc`, resolved against `reference`, in order: the `n`th
/// has id `t{n+1}` ([`ResolvedTimex::timex`]).
/// `date_line` is the article's date line, if it has one: it dates the article, not an event.
pub fn timexes(
    doc: &Document,
    reference: Option<Date>,
    date_line: Option<&DateLine>,
) -> Vec<ResolvedTimex> {
    let mut out: Vec<ResolvedTimex> = Vec::new();
    let mut sentence = 0;
    // The day of the last day-precise date before (for clock times); the date line is not
    // one: it dates the article, not its events.
    let mut anchor: Option<Date> = None;
    let date_line = date_line.map(|d| d.span.start);
    let mut markers = tense::Markers::new(doc);
    // The quarter the text last named, and in which sentence.
    let mut reported: Option<((i16, u8), usize)> = None;
    // The last date named, and how precise it was.
    let mut last: Option<(Date, words::Unit)> = None;
    recognize::recognize(doc, |found| {
        while doc.sentences[sentence].tokens.end <= found.first {
            sentence += 1;
        }
        let s = &doc.sentences[sentence];
        // A clock time is a deadline as a calendar date is ("until 9 a.m. Tuesday").
        let calendar =
            matches!(found.expr, expr::Expr::Calendar { .. } | expr::Expr::ClockOn { .. });
        let cue = direction::cue(doc, s, found.first, found.end, calendar);
        let cx = normalize::Reading {
            reference,
            tense: cue.unwrap_or_else(|| markers.tense_at(doc, s, found.first, found.end)),
            cued: cue.is_some(),
            anchor,
            reported: reported.map(|(q, _)| q),
            reported_near: reported.is_some_and(|(_, at)| sentence - at <= REPORTED_NEAR),
            last,
        };
        let Some(resolved) = normalize::resolve(&found.expr, &cx) else {
            return;
        };
        let ByteSpan { start, end } = doc.byte_span(found.first..found.end);
        match (&found.expr, resolved.range) {
            // A quarter to come ("losses through the third quarter of 2031") is not the one
            // reported on.
            (expr::Expr::Quarter { .. }, Some((first, _)))
                if reference.is_none_or(|r| first <= r) =>
            {
                reported = Some(((first.year(), (first.month() as u8 - 1) / 3 + 1), sentence));
            }
            // "the latest quarter" keeps the quarter named at hand.
            (expr::Expr::Reported { years_before: 0, .. }, _) => {
                reported = reported.map(|(q, _)| (q, sentence));
            }
            _ => {}
        }
        if let Some((from, to)) = resolved.range.filter(|_| date_line != Some(start)) {
            last = Some((from, precision(from, to)));
        }
        if let Some((day, _)) = resolved.range.filter(|(a, b)| a == b && date_line != Some(start)) {
            anchor = Some(day);
        }
        out.push(ResolvedTimex {
            start,
            end,
            kind: resolved.kind,
            value: resolved.value,
            modifier: found.modifier,
            sentence,
            range: resolved.range,
        });
    });
    out
}

/// The unit a calendar interval is given to: a day, a week, a month, a year or more.
fn precision(from: Date, to: Date) -> words::Unit {
    match to.days_since(from) {
        0 => words::Unit::Day,
        1..=6 => words::Unit::Week,
        7..=30 => words::Unit::Month,
        31..=365 => words::Unit::Year,
        _ => words::Unit::Decade,
    }
}
