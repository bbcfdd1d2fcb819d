//! Reporting periods, as business news writes them.
//!
//! An earnings report names a quarter once ("Acme posted a third-quarter loss") and then
//! speaks of it as "the quarter" or "the latest period", and of the same quarter a year
//! before as "the year-ago quarter", "year-earlier" or "the corresponding period last
//! year". TimeML dates all of these to the quarter: they become [`Expr::Quarter`] when the
//! text names the quarter and [`Expr::Reported`] when it refers back to it, which the
//! normaliser resolves to the quarter the article last named.
//!
//! The fiscal year is read the same way: "the fiscal year", "the current year" and a bare
//! "the year" are the reference date's year, and "the year ended June 30" is a year's
//! length (TimeML marks it a duration).

use super::{year_of, Cur, Expr, Match, Unit};
use crate::timeline::words;

/// A quarter named: "the first quarter", "Q3", "Q3 2014", "the third quarter of 2014",
/// "third-quarter" (earnings), "third quarter", "the fiscal first quarter", "the 1988 second
/// quarter", "this year's third quarter", "next year's first quarter".
pub(super) fn quarter(c: Cur) -> Match {
    let w = c.word()?;
    if let Some(n) =
        w.strip_prefix('Q').and_then(|d| d.parse::<u8>().ok()).filter(|n| (1..=4).contains(n))
    {
        let mut q = c.next();
        let year = year_of(&q);
        if year.is_some() {
            q = q.next();
        }
        return Some((q, Expr::Quarter { n, year, shift: None }, None));
    }
    // "third-quarter" is one token: an adjective ("third-quarter profit"), so a "the" before
    // it belongs to the noun, not to the date.
    let lower = c.lower()?;
    if let Some(ordinal) = lower.strip_suffix("-quarter") {
        let n = ordinal_quarter(ordinal)?;
        return Some((c.next(), Expr::Quarter { n, year: None, shift: None }, None));
    }
    let mut p = c;
    let mut year = None;
    let mut shift = None;
    if p.eat("the") {
        // "the 1988 second quarter"
        if let Some(y) = year_of(&p) {
            year = Some(y);
            p = p.next();
        }
        // "the year-ago third quarter": that quarter of last year.
        if p.eat("year-ago") || p.eat("year-earlier") {
            shift = Some(-1);
        }
    } else if let Some(s) = years_possessive(&mut p) {
        shift = Some(s);
    }
    p.eat("fiscal");
    let n = p.word().and_then(ordinal_quarter)?;
    let mut q = p.next();
    if !q.eat("quarter") {
        return None;
    }
    if year.is_none() && shift.is_none() {
        let mut r = q;
        if r.eat("of") {
            if let Some(y) = year_of(&r) {
                year = Some(y);
                q = r.next();
            }
        }
    }
    Some((q, Expr::Quarter { n, year, shift }, None))
}

/// A quarter or the period reported on, whichever reaches further. Every form is one token
/// ("Q3", "third-quarter", "year-ago") or has "quarter" or "period" within four words: the
/// test spares most words that may open an expression the matchers.
pub(super) fn period(c: Cur) -> Match {
    let one_token = c.word().is_some_and(|w| w.starts_with('Q'))
        || c.lower().is_some_and(|w| w.ends_with("-quarter") || w.starts_with("year-"));
    let near = (1..5).any(|k| matches!(c.lower_at(c.i + k), Some("quarter" | "period")));
    if !(one_token || near) {
        return None;
    }
    super::longest([quarter(c), reported(c)])
}

/// The quarter an ordinal names: "first" … "fourth".
fn ordinal_quarter(w: &str) -> Option<u8> {
    words::ordinal(w).filter(|n| (1..=4).contains(n)).map(|n| n as u8)
}

/// "this year's" (0), "last year's" (−1), "next year's" (1), consumed when present.
fn years_possessive(p: &mut Cur) -> Option<i64> {
    let mut q = *p;
    let s = super::year_word(&mut q)?;
    if !(q.eat("'s") || q.eat("’s")) {
        return None;
    }
    *p = q;
    Some(s)
}

/// The period reported on, named again: "the quarter", "the latest quarter", "this
/// quarter", "the latest period", "the year-ago quarter", "the year-earlier period", "the
/// 1988 period", "last year's quarter", "the corresponding period last year",
/// "the quarter a year ago"; and "year-ago", "year-earlier" alone ("year-earlier profit").
pub(super) fn reported(c: Cur) -> Match {
    let a_year_before = |w: &str| w == "year-ago" || w == "year-earlier";
    let w = c.lower()?;
    if a_year_before(w) {
        return Some((c.next(), reported_expr(1, None, false), None));
    }
    let mut p = c;
    let mut years_before = 0;
    let mut this = w == "this";
    let mut qualified = false;
    if let Some(s) = years_possessive(&mut p) {
        // "last year's quarter"
        years_before = (-s).max(0) as u8;
        qualified = true;
    } else if !(p.eat("the") || p.eat("this") || p.eat("that")) {
        return None;
    }
    let mut year = None;
    loop {
        match p.lower() {
            Some("current") => {
                this = true;
                qualified = true
            }
            Some("latest" | "comparable" | "corresponding" | "same" | "fiscal") => qualified = true,
            Some(w) if a_year_before(w) => {
                years_before = 1;
                qualified = true;
            }
            _ if year.is_none() && year_of(&p).is_some() => {
                year = year_of(&p);
                qualified = true;
            }
            _ => break,
        }
        p = p.next();
    }
    // "the quarter" alone; "the period" only with a word that makes it a reporting period.
    let unit = p.lower()?;
    if !(unit == "quarter" || unit == "period" && qualified) {
        return None;
    }
    // Capitalised, "Quarter" is a place ("the Latin Quarter").
    if p.word() != Some(unit) {
        return None;
    }
    let mut end = p.next();
    // "the corresponding period last year", "the quarter a year ago"
    let mut q = end;
    if years_before == 0 && (q.eat_seq(&["last", "year"]) || q.eat_seq(&["a", "year", "ago"])) {
        years_before = 1;
        end = q;
    }
    Some((end, reported_expr(years_before, year, this), None))
}

fn reported_expr(years_before: u8, year: Option<i16>, this: bool) -> Expr {
    Expr::Reported { years_before, year, this }
}

/// "the year", "the fiscal year", "the current fiscal year", "the full year": the
/// reference's year; "the year ended March 31", "the fiscal year ending in June": a year's
/// length.
pub(super) fn fiscal_year(c: Cur) -> Match {
    let mut p = c;
    if !p.eat("the") {
        return None;
    }
    let mut current = false;
    while let Some(w @ ("current" | "latest" | "full" | "fiscal")) = p.lower() {
        current |= w == "current";
        p = p.next();
    }
    if p.word() != Some("year") {
        return None;
    }
    let end = p.next();
    match end.lower() {
        // "the year before", "the year's", "the year 2000": other matchers' or none.
        Some("before" | "after" | "earlier" | "later" | "ago" | "'s" | "’s" | "-") => None,
        _ if year_of(&end).is_some() => None,
        // "the current year that ..." is still the year.
        Some("ended" | "ending" | "ends" | "that") if !current => {
            Some((end, Expr::Duration { amount: Some(1), unit: Unit::Year }, None))
        }
        // "the year two thousand", as a transcript writes it.
        _ => match super::spoken_year(end) {
            Some((end, year)) => {
                Some((end, Expr::Calendar { year: Some(year), month: None, day: None }, None))
            }
            None => Some((end, Expr::Relative { unit: Unit::Year, offset: Some(0) }, None)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{hit, plain};
    use super::*;

    fn quarter_of(n: u8, year: Option<i16>) -> Expr {
        Expr::Quarter { n, year, shift: None }
    }

    #[test]
    fn quarters() {
        for (text, at, want) in [
            ("It rose in Q3.", "Q3", hit("Q3", quarter_of(3, None))),
            ("It rose in Q3 2014.", "Q3", hit("Q3 2014", quarter_of(3, Some(2014)))),
            ("It rose in the first quarter.", "the", hit("the first quarter", quarter_of(1, None))),
            (
                "It rose in the third quarter of 2014.",
                "the",
                hit("the third quarter of 2014", quarter_of(3, Some(2014))),
            ),
            (
                "It rose in the first quarter of the season.",
                "the",
                hit("the first quarter", quarter_of(1, None)),
            ),
            ("Its third-quarter profit rose.", "third", hit("third-quarter", quarter_of(3, None))),
            (
                "The Fourth-quarter sales rose.",
                "Fourth",
                hit("Fourth-quarter", quarter_of(4, None)),
            ),
            ("Sales rose in second quarter.", "second", hit("second quarter", quarter_of(2, None))),
            (
                "It fell in the fiscal first quarter.",
                "the",
                hit("the fiscal first quarter", quarter_of(1, None)),
            ),
            (
                "It fell in the 2004 second quarter.",
                "the",
                hit("the 2004 second quarter", quarter_of(2, Some(2004))),
            ),
            (
                "It fell in next year's first quarter.",
                "next",
                hit(
                    "next year's first quarter",
                    Expr::Quarter { n: 1, year: None, shift: Some(1) },
                ),
            ),
            (
                "It earned less in the year-earlier second quarter.",
                "the",
                hit(
                    "the year-earlier second quarter",
                    Expr::Quarter { n: 2, year: None, shift: Some(-1) },
                ),
            ),
        ] {
            assert_eq!(plain(text, at, quarter), want, "{text}");
        }
    }

    #[test]
    fn quarters_one_to_four_only() {
        for (text, at) in [
            ("It rose in Q5.", "Q5"),
            ("It rose in the fifth quarter.", "the"),
            ("It rose in the first half.", "the"),
            ("It rose in q3.", "q3"),
            ("It is a third-party claim.", "third"),
        ] {
            assert_eq!(plain(text, at, quarter), None, "{text}");
        }
    }

    #[test]
    fn the_period_reported_on() {
        for (text, at, want) in [
            (
                "Sales rose in the quarter.",
                "the",
                hit("the quarter", reported_expr(0, None, false)),
            ),
            (
                "Sales rose in the latest period.",
                "the",
                hit("the latest period", reported_expr(0, None, false)),
            ),
            ("Sales rose this quarter.", "this", hit("this quarter", reported_expr(0, None, true))),
            (
                "It earned less in the year-ago quarter.",
                "the",
                hit("the year-ago quarter", reported_expr(1, None, false)),
            ),
            (
                "It earned less in the 2003 period.",
                "the",
                hit("the 2003 period", reported_expr(0, Some(2003), false)),
            ),
            (
                "It earned less in last year's quarter.",
                "last",
                hit("last year's quarter", reported_expr(1, None, false)),
            ),
            (
                "It earned less in the corresponding period last year.",
                "the",
                hit("the corresponding period last year", reported_expr(1, None, false)),
            ),
            (
                "Its year-earlier profit was lower.",
                "year",
                hit("year-earlier", reported_expr(1, None, false)),
            ),
        ] {
            assert_eq!(plain(text, at, reported), want, "{text}");
        }
        for (text, at) in
            [("They met in the period of calm.", "the"), ("They live in the Latin Quarter.", "the")]
        {
            assert_eq!(plain(text, at, reported), None, "{text}");
        }
    }

    #[test]
    fn the_fiscal_year() {
        let this_year = Expr::Relative { unit: Unit::Year, offset: Some(0) };
        for (text, at, want) in [
            ("Sales rose for the year.", "the", hit("the year", this_year.clone())),
            (
                "Sales rose in the current fiscal year.",
                "the",
                hit("the current fiscal year", this_year),
            ),
            (
                "Sales rose in the year ended June 30.",
                "the",
                hit("the year", Expr::Duration { amount: Some(1), unit: Unit::Year }),
            ),
        ] {
            assert_eq!(plain(text, at, fiscal_year), want, "{text}");
        }
        for (text, at) in
            [("It rained the year before.", "the"), ("It was the years of war.", "the")]
        {
            assert_eq!(plain(text, at, fiscal_year), None, "{text}");
        }
    }
}
