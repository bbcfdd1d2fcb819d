//! Finding temporal expressions: token patterns over each sentence.
//!
//! At each token the matchers below are tried; the longest match wins and the scan goes on
//! after it. Extents follow TempEval-3: a leading preposition is left out ("on Tuesday" →
//! "Tuesday"), a position modifier is kept ("the end of the month", "early in 2016"), as
//! are approximators of amounts ("nearly two decades") and "earlier"/"later" before a
//! deictic ("earlier this month").
//!
//! Words that look like time but are not are kept out by their context: a bare month needs a
//! preposition or determiner before it ("in May", not "Theresa May"; "to march" is
//! lowercase); a weekday followed by another capitalised word is a name ("Sunday Times"); a
//! bare year is a year unless a content word follows it ("in 2008", not "2000 people").

use super::expr::{Expr, Mod, Placed, Shift};
use super::words::{self, Unit};
use crate::lexicon;
use crate::text::{Case, Document, Token, TokenKind};

mod periods;

/// A recognised expression: tokens `first..end` of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognized {
    pub first: usize,
    pub end: usize,
    pub expr: Expr,
    pub modifier: Option<Mod>,
}

/// Calls `each` with every temporal expression of `doc`, in order. A callback rather than a
/// list: the caller resolves each expression as it comes, so a text made of dates never holds
/// all of them twice, once found and once resolved (memory stays a small multiple of
/// the input).
pub fn recognize(doc: &Document, mut each: impl FnMut(Recognized)) {
    // The lowercase words of the sentence at hand, for the matchers' many look-ups; left empty
    // for a sentence longer than LOWERED_MAX tokens, whose words are looked up in `doc`.
    let mut lowered: Vec<&str> = Vec::new();
    // Whether a word may open an expression depends on the word alone: remembered.
    let mut opens = lexicon::WordMap::default();
    for s in &doc.sentences {
        let toks = &doc.tokens[s.tokens.clone()];
        lowered.clear();
        if toks.len() <= LOWERED_MAX {
            lowered.extend(s.tokens.clone().map(|i| doc.lower(i)));
        }
        let sent = Sent { toks, lower: &lowered, doc, first: s.tokens.start };
        let mut i = 0;
        while i < toks.len() {
            if !may_start(
                &mut opens,
                &toks[i],
                lowered.get(i).copied().unwrap_or_else(|| doc.lower(s.tokens.start + i)),
            ) {
                i += 1;
                continue;
            }
            let c = Cur { s: &sent, i };
            match match_at(c) {
                Some((end, expr, modifier)) if end.i > i => {
                    each(Recognized {
                        first: s.tokens.start + i,
                        end: s.tokens.start + end.i,
                        expr,
                        modifier,
                    });
                    i = end.i;
                }
                _ => i += 1,
            }
        }
    }
}

/// The longest sentence, in tokens, whose lowercase words [`recognize`] lists (16 bytes each):
/// longer ones are looked up in the document, a little slower.
const LOWERED_MAX: usize = 4096;

/// Words that can open a temporal expression, besides numbers, months, weekdays, units,
/// seasons and the like (which [`may_start`] looks up).
const OPENERS: &[&str] = &[
    "the",
    "this",
    "last",
    "next",
    "past",
    "coming",
    "previous",
    "current",
    "following",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "less",
    "just",
    "more",
    "at",
    "up",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "nowadays",
    "presently",
    "recently",
    "lately",
    "future",
    "year",
    "year-end",
    "a",
    "an",
    "half",
    "every",
    "each",
    "per",
    "annual",
    "annually",
    "yearly",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "hourly",
    "quarterly",
    "noon",
    "midday",
    "midnight",
    "fiscal",
    "dozens",
    "several",
    "few",
    "many",
    "numerous",
    "recent",
    "christmas",
    "boxing",
    "new",
    "halloween",
    "valentine's",
    "independence",
    "bastille",
    "veterans",
    "armistice",
    "remembrance",
    "st.",
    "thanksgiving",
    "election",
    "memorial",
    "labor",
    "martin",
    "mother's",
    "father's",
    "good",
    "easter",
];

/// [`OPENERS`] as a hash set, built once.
fn openers() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| OPENERS.iter().copied().collect())
}

/// Whether a token can open a temporal expression: a cheap test that spares the matchers
/// most words. Numbers always may, other tokens than words never; for a word the answer
/// depends on the word alone, so it is remembered in `opens` for the first few thousand
/// distinct words (a text repeats its words; the bound keeps the memory small for one that
/// does not).
fn may_start<'w>(opens: &mut lexicon::WordMap<'w, bool>, t: &Token, lower: &'w str) -> bool {
    if t.kind == TokenKind::Number {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    if let Some(&known) = opens.get(lower) {
        return known;
    }
    let known = may_start_word(lower);
    if opens.len() < 4096 {
        opens.insert(lower, known);
    }
    known
}

/// Whether a word (lowercase) can open a temporal expression.
fn may_start_word(lower: &str) -> bool {
    let lex = lexicon::get();
    openers().contains(lower)
        || lex.month(lower.trim_end_matches('.')).is_some()
        || lex.weekday(lower.trim_end_matches('.')).is_some()
        || Unit::parse(lower).is_some()
        || words::number(lower.split('-').next().unwrap_or(lower)).is_some()
        || words::season(lower).is_some()
        || lower.starts_with('q')
        // The quarters' ordinals ("second" is a unit) and "third-quarter".
        || matches!(lower, "first" | "third" | "fourth" | "that" | "year-ago" | "year-earlier")
        || lower.ends_with("-quarter")
        || lower.starts_with("mid-")
}

/// The sentence the matchers read.
struct Sent<'a> {
    toks: &'a [Token],
    /// The tokens' texts, lowercased, or nothing for a very long sentence.
    lower: &'a [&'a str],
    /// The document, for its lowercase view of the tokens of a very long sentence (a list of
    /// them all would take 16 bytes a token), and the index of `toks[0]` in it.
    doc: &'a Document<'a>,
    first: usize,
}

/// A position in one sentence's tokens: two words, so the matchers pass it around and
/// return it (in [`Match`]) cheaply.
#[derive(Clone, Copy)]
struct Cur<'a> {
    s: &'a Sent<'a>,
    i: usize,
}

type Match<'a> = Option<(Cur<'a>, Expr, Option<Mod>)>;

impl<'a> Cur<'a> {
    fn tok(&self) -> Option<&'a Token> {
        self.s.toks.get(self.i)
    }
    fn text_of(&self, t: &Token) -> &'a str {
        t.text(self.s.doc.text())
    }
    /// The current token's text.
    fn word(&self) -> Option<&'a str> {
        self.tok().map(|t| t.text(self.s.doc.text()))
    }
    /// The current token's text, lowercased.
    fn lower(&self) -> Option<&'a str> {
        self.lower_at(self.i)
    }
    /// The token before the current one, lowercased.
    fn prev_lower(&self) -> Option<&'a str> {
        self.i.checked_sub(1).and_then(|k| self.lower_at(k))
    }
    /// Token `k` of the sentence, lowercased.
    #[inline]
    fn lower_at(&self, k: usize) -> Option<&'a str> {
        match self.s.lower.get(k) {
            Some(&w) => Some(w),
            None => (k < self.s.toks.len()).then(|| self.s.doc.lower(self.s.first + k)),
        }
    }
    fn next(mut self) -> Cur<'a> {
        self.i += 1;
        self
    }
    /// Advances past `w` (lowercase; the token in any case) if it is the current token.
    #[inline]
    fn eat(&mut self, w: &str) -> bool {
        let ok = self.lower() == Some(w);
        if ok {
            self.i += 1;
        }
        ok
    }
    /// Advances past the words of `ws` in order, or not at all.
    fn eat_seq(&mut self, ws: &[&str]) -> bool {
        let mut c = *self;
        for w in ws {
            if !c.eat(w) {
                return false;
            }
        }
        *self = c;
        true
    }
    fn is_capitalised(&self) -> bool {
        self.tok().is_some_and(|t| t.is_word() && matches!(t.case, Case::Capitalized | Case::Upper))
    }
}

/// The longest expression starting at `c`.
fn match_at(c: Cur) -> Match {
    // Never start on a token that only continues something.
    if !c.tok().is_some_and(|t| {
        matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
    }) {
        return None;
    }
    longest([positioned(c), approximated(c), earlier_later(c), core(c), determined(c)])
}

/// "the nine months", "the past year", "the early 1980s": TimeML counts the determiner in
/// the expression when an amount, a shift word or a position follows it (but not before a
/// name: "the 1992 protests", "the Tuesday meeting").
fn determined(c: Cur) -> Match {
    if c.lower() != Some("the") {
        return None;
    }
    let p = c.next();
    let w = p.lower()?;
    let amount = p.tok().is_some_and(|t| t.kind == TokenKind::Number) || words::number(w).is_some();
    let shift =
        matches!(w, "past" | "last" | "next" | "coming" | "previous" | "current" | "following");
    let position = matches!(w, "early" | "late" | "mid");
    if !(amount || shift || position) {
        return None;
    }
    // match_at rather than the matchers themselves: one more call of each would be one more
    // copy of each in the wasm, where they are inlined.
    let (end, expr, m) = match_at(p)?;
    // "the 20-minute demonstration", "the 12 year cycle": the determiner is the noun's.
    let last = end.s.toks.get(end.i - 1).map_or("", |t| end.text_of(t));
    let adjective = matches!(expr, Expr::Duration { amount: Some(n), .. } if n != 1)
        && !last.to_ascii_lowercase().ends_with('s');
    if adjective || last.contains('-') {
        return None;
    }
    matches!(
        expr,
        Expr::Duration { .. } | Expr::Relative { .. } | Expr::Decade { .. } | Expr::Century { .. }
    )
    .then_some((end, expr, m))
}

/// The match that reaches furthest (the first of equals).
fn longest<'a, const N: usize>(matches: [Match<'a>; N]) -> Match<'a> {
    let mut best: Match = None;
    for m in matches {
        if let Some((end, ..)) = &m {
            if best.as_ref().is_none_or(|(b, ..)| end.i > b.i) {
                best = m;
            }
        }
    }
    best
}

/// Everything but the modifiers.
fn core(c: Cur) -> Match {
    longest([
        calendar(c),
        weekday(c),
        deictic(c),
        relative(c),
        amount_of_time(c),
        set(c),
        clock(c),
        decade_or_century(c),
        holiday(c),
        season(c),
        periods::period(c),
        periods::fiscal_year(c),
    ])
}

/// "the end of the month", "the beginning of 2014", "early in 2016", "late last year",
/// "mid-March".
fn positioned(c: Cur) -> Match {
    if let Some(m) = mid_word(c) {
        return Some(m);
    }
    let mut p = c;
    let modifier = if p.eat_seq(&["the", "end", "of"]) || p.eat_seq(&["end", "of"]) {
        Mod::End
    } else if p.eat_seq(&["the", "beginning", "of"])
        || p.eat_seq(&["the", "start", "of"])
        || p.eat_seq(&["beginning", "of"])
        || p.eat_seq(&["the", "turn", "of"])
    {
        Mod::Start
    } else if p.eat_seq(&["the", "middle", "of"]) {
        Mod::Mid
    } else if p.eat("early") {
        p.eat("in");
        Mod::Start
    } else if p.eat("late") {
        p.eat("in");
        Mod::End
    } else if p.eat("mid") {
        p.eat("-");
        Mod::Mid
    } else {
        return None;
    };
    // After "the end of", "the month" means this month.
    let mut q = p;
    if q.eat("the") {
        if let Some(unit) = q.word().and_then(Unit::parse).filter(|u| {
            matches!(
                u,
                Unit::Week
                    | Unit::Month
                    | Unit::Year
                    | Unit::Decade
                    | Unit::Century
                    | Unit::Day
                    | Unit::Quarter
            )
        }) {
            // "the end of the day Saturday": that day's end.
            if let (Unit::Day, Some((end, day @ Expr::Weekday { .. }, _))) =
                (unit, weekday(q.next()))
            {
                return Some((end, day, Some(modifier)));
            }
            return Some((q.next(), Expr::Relative { unit, offset: Some(0) }, Some(modifier)));
        }
    }
    let (end, expr, _) = core(p)?;
    matches!(
        expr,
        Expr::Calendar { .. }
            | Expr::Relative { .. }
            | Expr::Season { .. }
            | Expr::Decade { .. }
            | Expr::Century { .. }
            | Expr::Weekday { .. }
            | Expr::Quarter { .. }
    )
    .then_some((end, expr, Some(modifier)))
}

/// "mid-1996", "mid-November", "mid-1990s", "the mid-1990s": one token, so read here rather than
/// by the matchers.
fn mid_word(c: Cur) -> Match {
    let mut p = c;
    let the = p.eat("the");
    let w = p.word()?;
    let rest = w.get(4..).filter(|_| w.get(..4).is_some_and(|m| m.eq_ignore_ascii_case("mid-")))?;
    let expr = if let Some(month) =
        lexicon::get().month(rest).filter(|_| rest.starts_with(|ch: char| ch.is_uppercase()))
    {
        Expr::Calendar { year: None, month: Some(month), day: None }
    } else if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
        Expr::Calendar { year: rest.parse().ok(), month: None, day: None }
    } else if let Some(d) = rest
        .strip_suffix('s')
        .filter(|d| d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
    {
        Expr::Decade { start: d.parse().ok(), digit: 0 }
    } else {
        return None;
    };
    // "the" only before a decade: "the mid-1990s", not "the mid-November deadline".
    if the && !matches!(expr, Expr::Decade { .. }) {
        return None;
    }
    Some((p.next(), expr, Some(Mod::Mid)))
}

/// "nearly two decades", "about three weeks ago", "at least four decades",
/// "just over 24 hours ago".
fn approximated(c: Cur) -> Match {
    let mut p = c;
    let modifier = if p.eat("about")
        || p.eat("around")
        || p.eat("approximately")
        || p.eat("roughly")
        || p.eat("some")
    {
        Mod::Approx
    } else if p.eat("nearly")
        || p.eat("almost")
        || p.eat_seq(&["less", "than"])
        || p.eat_seq(&["just", "under"])
    {
        Mod::LessThan
    } else if p.eat_seq(&["more", "than"]) || p.eat_seq(&["just", "over"]) {
        Mod::MoreThan
    } else if p.eat_seq(&["at", "least"]) {
        Mod::EqualOrMore
    } else if p.eat_seq(&["up", "to"]) || p.eat_seq(&["at", "most"]) {
        Mod::EqualOrLess
    } else {
        return None;
    };
    let (end, expr, _) = amount_of_time(p)?;
    let modifier = if matches!(expr, Expr::Ago { .. }) && modifier == Mod::LessThan {
        Mod::Approx
    } else {
        modifier
    };
    Some((end, expr, Some(modifier)))
}

/// "earlier this month", "later today", "later this year", "later that year".
fn earlier_later(c: Cur) -> Match {
    let mut p = c;
    if !(p.eat("earlier") || p.eat("later")) {
        return None;
    }
    let (end, expr, m) = deictic(p).or_else(|| relative(p))?;
    matches!(
        expr,
        Expr::Relative { offset: Some(0), .. }
            | Expr::Anaphoric { offset: 0, .. }
            | Expr::PartOfDay { .. }
    )
    .then_some((end, expr, m))
}

/// A singular day, week, month or year: the units a text counts its steps in ("the next
/// day", "that year").
fn anaphoric_unit(c: &Cur) -> Option<Unit> {
    let w = c.word()?;
    Unit::parse(w)
        .filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year))
        .filter(|_| !w.ends_with('s'))
}

/// The month a token names, if it is written like one (capitalised; "Sept." or "Sept").
fn month_of(c: &Cur) -> Option<u8> {
    let t = c.tok().filter(|t| t.is_word() && matches!(t.case, Case::Capitalized | Case::Upper))?;
    lexicon::get().month(c.text_of(t).trim_end_matches('.'))
}

/// A day of the month: "16", "16th", "1st".
fn day_of(c: &Cur) -> Option<u8> {
    let t = c.tok().filter(|t| t.kind == TokenKind::Number)?;
    let s = c.text_of(t);
    let n: u64 = if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 2 {
        s.parse().ok()?
    } else {
        words::ordinal(s)?
    };
    (1..=31).contains(&n).then_some(n as u8)
}

/// A four-digit year: "2013".
fn year_of(c: &Cur) -> Option<i16> {
    let t = c.tok().filter(|t| t.kind == TokenKind::Number)?;
    let s = c.text_of(t);
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The weekday a token names: full names, or abbreviations written with their period.
fn weekday_of(c: &Cur) -> Option<u8> {
    let t = c.tok().filter(|t| t.is_word() && matches!(t.case, Case::Capitalized | Case::Upper))?;
    let w = c.text_of(t);
    let full = w.len() >= 6 && w.to_ascii_lowercase().ends_with("day");
    (full || t.kind == TokenKind::Abbreviation)
        .then(|| lexicon::get().weekday(w.trim_end_matches('.')))
        .flatten()
}

/// Words before which a bare month or year is a date: "in May", "since 2008".
fn introduces_date(prev: Option<&str>) -> bool {
    matches!(
        prev,
        Some(
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "through"
                | "during"
                | "of"
                | "between"
                | "before"
                | "after"
                | "throughout"
                | "and"
                | "to"
                | "or"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "fiscal"
                | "("
                | ","
        )
    )
}

/// Dates on the calendar: "Tuesday, March 8, 2011", "April 30", "16 April 2013",
/// "December 2004", "in May", "2013-04-16", "4/16/2013", "in 2008", "March 11 this year".
fn calendar(c: Cur) -> Match {
    let mut p = c;
    // An optional weekday before a full date.
    if weekday_of(&p).is_some() {
        let mut q = p.next();
        q.eat(",");
        if month_of(&q).is_some() || day_of(&q).is_some() {
            p = q;
        }
    }
    if let Some(month) = month_of(&p) {
        let q = p.next();
        // "March 8", "March 8th", and in a transcript "March eighth".
        let spoken_day = || {
            let w = q.word().filter(|w| w.starts_with(|ch: char| ch.is_ascii_lowercase()))?;
            // Not "its March second quarter".
            if q.next().word().is_some_and(|u| Unit::parse(u).is_some() || u == "half") {
                return None;
            }
            words::ordinal(w).filter(|n| (1..=31).contains(n)).map(|n| n as u8)
        };
        if let Some(day) = day_of(&q).or_else(spoken_day) {
            let mut r = q.next();
            let mut y = r;
            y.eat(",");
            if let Some(year) = year_of(&y) {
                return Some((
                    y.next(),
                    Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) },
                    None,
                ));
            }
            // "March 11 this year", "March 11 last year"
            if let Some(years) = year_word(&mut r) {
                return Some((
                    r,
                    Expr::MonthOf { month, day: Some(day), placed: Placed::Year(years) },
                    None,
                ));
            }
            return Some((
                q.next(),
                Expr::Calendar { year: None, month: Some(month), day: Some(day) },
                None,
            ));
        }
        let mut q2 = q;
        q2.eat(",");
        if let Some(year) = year_of(&q2) {
            return Some((
                q2.next(),
                Expr::Calendar { year: Some(year), month: Some(month), day: None },
                None,
            ));
        }
        // "January nineteen ninety-seven", as a broadcast transcript writes it.
        if let Some((end, year)) = spoken_year(q) {
            return Some((
                end,
                Expr::Calendar { year: Some(year), month: Some(month), day: None },
                None,
            ));
        }
        // A bare month needs a word before it that makes it a date ("in May", not
        // "Theresa May"), and no weekday before it.
        let prev = c.prev_lower();
        let name_like = p.word() == Some("May") && prev == Some(",");
        if p.i == c.i && introduces_date(prev) && !name_like {
            // "June last year"
            let mut r = p.next();
            if let Some(years) = year_word(&mut r) {
                return Some((
                    r,
                    Expr::MonthOf { month, day: None, placed: Placed::Year(years) },
                    None,
                ));
            }
            return Some((
                p.next(),
                Expr::Calendar { year: None, month: Some(month), day: None },
                None,
            ));
        }
        return None;
    }
    if let Some(day) = day_of(&p) {
        let q = p.next();
        if let Some(month) = month_of(&q) {
            let mut r = q.next();
            r.eat(",");
            if let Some(year) = year_of(&r) {
                return Some((
                    r.next(),
                    Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) },
                    None,
                ));
            }
            return Some((
                q.next(),
                Expr::Calendar { year: None, month: Some(month), day: Some(day) },
                None,
            ));
        }
    }
    if p.i != c.i {
        return None;
    }
    // "fiscal 2014"
    let mut f = p;
    if f.eat("fiscal") {
        let year = year_of(&f)?;
        return Some((f.next(), Expr::Calendar { year: Some(year), month: None, day: None }, None));
    }
    // "nineteen ninety-six"; "two thousand" only where a date is expected ("in two
    // thousand", not "two thousand of them").
    if let Some((end, year)) = spoken_year(p) {
        let content_word_after = end.tok().is_some_and(|t| t.is_word() && t.case == Case::Lower)
            && !end.word().is_some_and(|w| lexicon::get().is_function_word(w));
        let expected = introduces_date(c.prev_lower()) || c.prev_lower() == Some("year");
        if !content_word_after && (year < 2000 || expected) {
            return Some((end, Expr::Calendar { year: Some(year), month: None, day: None }, None));
        }
        return None;
    }
    // Numeric dates in one token.
    let t = p.tok().filter(|t| t.kind == TokenKind::Number)?;
    let s = p.text_of(t);
    if let Some(expr) = numeric_date(s) {
        return Some((p.next(), expr, None));
    }
    // A bare year.
    let year = year_of(&p)?;
    if !(1800..=2100).contains(&year) {
        return None;
    }
    let prev = c.prev_lower();
    if matches!(prev, Some("$" | "€" | "£" | "#" | "no." | "number")) {
        return None;
    }
    let next = p.next();
    let content_word_after = next.tok().is_some_and(|t| {
        t.is_word()
            && t.case == Case::Lower
            && !lexicon::get().is_function_word(next.word().unwrap_or_default())
    });
    let unit_after = next.tok().is_some_and(|t| t.kind == TokenKind::Symbol)
        || next.lower().is_some_and(|w| w == "percent");
    // "by 2050 exceeded", "the 2014 protests": a year whatever follows.
    let strong_before = matches!(
        prev,
        Some(
            "the"
                | "'s"
                | "’s"
                | "its"
                | "their"
                | "his"
                | "her"
                | "since"
                | "by"
                | "until"
                | "till"
                | "before"
                | "after"
                | "during"
                | "through"
        )
    );
    if unit_after || (content_word_after && !strong_before) {
        return None;
    }
    Some((next, Expr::Calendar { year: Some(year), month: None, day: None }, None))
}

/// A year in words: "nineteen ninety-six", "eighteen twelve", "two thousand", "two thousand
/// and one".
fn spoken_year(c: Cur) -> Option<(Cur, i16)> {
    let in_words = |p: &Cur| {
        p.tok().is_some_and(|t| t.is_word()).then(|| p.word().and_then(words::number)).flatten()
    };
    let mut p = c;
    let century = match p.lower()? {
        "nineteen" => 1900,
        "eighteen" => 1800,
        "two" => {
            p = p.next();
            if !p.eat("thousand") {
                return None;
            }
            let mut q = p;
            q.eat("and");
            return Some(match in_words(&q).filter(|n| (1..=99).contains(n)) {
                Some(n) => (q.next(), 2000 + n as i16),
                None => (p, 2000),
            });
        }
        _ => return None,
    };
    p = p.next();
    let n = in_words(&p).filter(|n| (10..=99).contains(n))?;
    Some((p.next(), century + n as i16))
}

/// "this year" (0), "last year" (−1), "next year" (1) after a month, consumed when present.
fn year_word(p: &mut Cur) -> Option<i64> {
    let k = match p.lower()? {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    let mut q = p.next();
    if !q.eat("year") {
        return None;
    }
    *p = q;
    Some(k)
}

/// "2013-04-16", "2013-04", "4/16/2013", "2013/04/16".
fn numeric_date(s: &str) -> Option<Expr> {
    // One part alone is no date (and needs no vector).
    if !s.contains(['-', '/']) {
        return None;
    }
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n = |p: &str| p.parse::<i64>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && s.contains('-') || y.len() == 4 && s.contains('/') => {
            (n(y)?, n(m)?, Some(n(d)?))
        }
        // "10/12/2016" is October 12 (the American order); "25/12/2016", which can only be
        // day first, is December 25.
        [m, d, y] if y.len() == 4 && s.contains('/') => match (n(m)?, n(d)?) {
            (m, d) if m > 12 && d <= 12 => (n(y)?, d, Some(m)),
            (m, d) => (n(y)?, m, Some(d)),
        },
        [y, m] if y.len() == 4 && m.len() == 2 && s.contains('-') => (n(y)?, n(m)?, None),
        _ => return None,
    };
    if !(1..=12).contains(&m)
        || d.is_some_and(|d| !(1..=31).contains(&d))
        || !(1000..=2999).contains(&y)
    {
        return None;
    }
    Some(Expr::Calendar { year: Some(y as i16), month: Some(m as u8), day: d.map(|d| d as u8) })
}

/// "Tuesday", "next Friday", "the following Monday", "Monday morning", "Saturday night".
fn weekday(c: Cur) -> Match {
    let mut p = c;
    let the = p.eat("the");
    let shift = shift_word(&mut p);
    if the && shift.is_none() {
        return None;
    }
    let day = weekday_of(&p)?;
    let mut q = p.next();
    let mut expr = Expr::Weekday { day, shift };
    if let Some(part) = q.word().and_then(words::part_of_day) {
        expr = Expr::PartOfDay { base: Box::new(expr), part };
        q = q.next();
    } else if q.is_capitalised() && month_of(&q).is_none() {
        // "Sunday Times", "Monday Night Football"
        return None;
    }
    Some((q, expr, None))
}

/// "this", "last", "next", "past", "coming", "previous", "current", "following".
fn shift_word(p: &mut Cur) -> Shift {
    let s = match p.lower()? {
        "this" | "current" => 0,
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "following" => 1,
        _ => return None,
    };
    *p = p.next();
    // "this past week"
    if s == 0 && p.eat("past") {
        return Some(-1);
    }
    Some(s)
}

/// "today", "tonight", "yesterday afternoon", "this morning", "last night", "now",
/// "currently", "recently", "in the past", "the future".
fn deictic(c: Cur) -> Match {
    let w = c.lower()?;
    let day = |offset| Expr::Relative { unit: Unit::Day, offset: Some(offset) };
    fn with_part(p: Cur, base: Expr) -> (Cur, Expr) {
        match p.word().and_then(words::part_of_day) {
            Some(part) => (p.next(), Expr::PartOfDay { base: Box::new(base), part }),
            None => (p, base),
        }
    }
    let r = match w {
        "today" => with_part(c.next(), day(0)),
        "tonight" => (c.next(), Expr::PartOfDay { base: Box::new(day(0)), part: "NI" }),
        "yesterday" => with_part(c.next(), day(-1)),
        "tomorrow" => with_part(c.next(), day(1)),
        "now" | "currently" | "nowadays" | "presently" => (c.next(), Expr::Ref("PRESENT_REF")),
        // Not "previously", "formerly": they order events ("as previously reported", "formerly
        // its chairman") rather than place them in time.
        "recently" | "lately" => (c.next(), Expr::Ref("PAST_REF")),
        "this" => {
            let part = c.next().word().and_then(words::part_of_day).filter(|p| *p != "NI")?;
            (c.next().next(), Expr::PartOfDay { base: Box::new(day(0)), part })
        }
        "last" if c.next().lower() == Some("night") => {
            (c.next().next(), Expr::PartOfDay { base: Box::new(day(-1)), part: "NI" })
        }
        "the" | "future" => {
            let mut p = c;
            p.eat("the");
            let prev = c.prev_lower();
            if prev == Some("in")
                && p.eat("past")
                && !p.tok().is_some_and(|t| {
                    t.kind == TokenKind::Number
                        || words::number(p.word().unwrap_or_default()).is_some()
                        || p.word().and_then(Unit::parse).is_some()
                        || p.word().is_some_and(words::is_vague_amount)
                })
            {
                (p, Expr::Ref("PAST_REF"))
            } else if matches!(prev, Some("in" | "the" | "near")) || p.i > c.i {
                p.eat("near");
                if !p.eat("future") || (w == "future" && prev != Some("in")) {
                    return None;
                }
                (p, Expr::Ref("FUTURE_REF"))
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some((r.0, r.1, None))
}

/// "this week", "last month", "next year", "this past week", "last spring", "this summer",
/// "the weekend", "the year before", "year end".
fn relative(c: Cur) -> Match {
    let mut p = c;
    if p.eat("the") {
        // "the weekend" / "the weekends"
        match p.lower() {
            Some("weekend") => {
                return Some((p.next(), Expr::Relative { unit: Unit::Weekend, offset: None }, None))
            }
            Some("weekends") => return Some((p.next(), Expr::WeekendSet, None)),
            _ => {}
        }
        // "the previous year", "the following month", "the next day", "the same day": from
        // the last date named.
        let mut q = p;
        let shift = match q.lower() {
            Some("previous") => Some(-1),
            Some("following" | "next") => Some(1),
            Some("same") => Some(0),
            _ => None,
        };
        if let Some(offset) = shift {
            q = q.next();
            if let Some(unit) = anaphoric_unit(&q) {
                return Some((q.next(), Expr::Anaphoric { unit, offset }, None));
            }
        }
        let unit = p
            .word()
            .and_then(Unit::parse)
            .filter(|u| matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Day))?;
        let q = p.next();
        let offset = match q.lower() {
            Some("before" | "earlier") => -1,
            Some("after" | "later") => 1,
            _ => return None,
        };
        if p.word().is_some_and(|w| w.ends_with('s')) {
            return None;
        }
        // "the year before", "the day after": from the last date named.
        return Some((q.next(), Expr::Anaphoric { unit, offset }, None));
    }
    // "that day", "that same week", "that year": the last date named.
    let mut q = p;
    if q.eat("that") {
        q.eat("same");
        if let Some(unit) = anaphoric_unit(&q) {
            return Some((q.next(), Expr::Anaphoric { unit, offset: 0 }, None));
        }
        return None;
    }
    // "year end", "year-end"
    if p.eat("year-end") || p.eat_seq(&["year", "end"]) {
        return Some((p, Expr::Relative { unit: Unit::Year, offset: Some(0) }, Some(Mod::End)));
    }
    let shift = shift_word(&mut p)?;
    // "last May", "this September", "next March", "last Oct. 23"
    if let Some(month) = month_of(&p) {
        let placed = if shift == 0 { Placed::Year(0) } else { Placed::Occurrence(shift) };
        let day = day_of(&p.next());
        let end = if day.is_some() { p.next().next() } else { p.next() };
        return Some((end, Expr::MonthOf { month, day, placed }, None));
    }
    let w = p.word()?;
    if let Some(which) = words::season(w) {
        // "this past spring" is the latest spring, "last spring" the year before's.
        let shift = (c.lower() != Some("this") || shift == 0).then_some(shift);
        return Some((p.next(), Expr::Season { which, year: None, shift }, None));
    }
    let unit = Unit::parse(w)
        .filter(|u| !matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day))?;
    // "this years lantern festival" is a (misspelt) year; other plurals are durations.
    if w.ends_with('s') && unit != Unit::Year {
        return None;
    }
    Some((p.next(), Expr::Relative { unit, offset: Some(shift) }, None))
}

/// The prepositions a bare season follows ("in winter").
const SEASON_AFTER: &[&str] = &["in", "during", "over", "since", "until", "by", "into"];

/// A season: "the summer", "in winter", "winter 2012", "the summer of 2011", "the winter of
/// nineteen ninety-four". Bare, it needs "the" or a preposition ("summer camp" is no date).
fn season(c: Cur) -> Match {
    let mut p = c;
    let the = p.eat("the");
    let which = words::season(p.word()?).filter(|_| !p.is_capitalised() || p.i == 0)?;
    p = p.next();
    let mut q = p;
    q.eat("of");
    if let Some(year) = year_of(&q) {
        return Some((q.next(), Expr::Season { which, year: Some(year), shift: None }, None));
    }
    if let Some((end, year)) = spoken_year(q) {
        return Some((end, Expr::Season { which, year: Some(year), shift: None }, None));
    }
    let after_preposition = c.prev_lower().is_some_and(|w| SEASON_AFTER.contains(&w));
    // "the summer camp", "the spring meeting": a noun's modifier (a function word may follow
    // a season: "the summer when ...").
    let modifier = p.tok().is_some_and(|t| t.is_word())
        && !p.lower().is_some_and(|w| lexicon::get().is_function_word(w));
    ((the || after_preposition) && !modifier).then_some((
        p,
        Expr::Season { which, year: None, shift: None },
        None,
    ))
}

/// An amount of a unit, as a duration or counted back: "three years", "a decade",
/// "two years ago", "the past 30 days", "the last five months", "hours", "11-year",
/// "a matter of weeks", "8–10 years".
fn amount_of_time(c: Cur) -> Match {
    let mut p = c;
    // "the past 30 days", "the next 30 hours", "the last five months", "the first two weeks"
    let the_span = {
        let mut q = p;
        let ok = q.eat("the")
            && (q.eat("past")
                || q.eat("last")
                || q.eat("next")
                || q.eat("first")
                || q.eat("coming")
                || q.eat("following")
                || q.eat("previous"));
        if ok {
            p = q;
        }
        ok
    };
    // "11-year", "20-minute", "30-day-long": one token. An age ("14-year-old") is not a
    // time expression.
    if !the_span {
        if let Some(t) = p.tok().filter(|t| p.text_of(t).contains('-')) {
            let parts: Vec<&str> = p.text_of(t).split('-').collect();
            if parts.len() >= 2 && parts.len() <= 3 {
                if let (Some(n), Some(unit)) = (words::number(parts[0]), Unit::parse(parts[1])) {
                    if !parts[1].ends_with('s') && (parts.len() == 2 || parts[2] == "long") {
                        return Some((p.next(), Expr::Duration { amount: Some(n), unit }, None));
                    }
                }
            }
        }
    }
    let mut amount = None;
    let mut known = false;
    if p.eat_seq(&["a", "couple", "of"]) || p.eat_seq(&["couple", "of"]) {
        amount = Some(2);
        known = true;
    } else if p.eat_seq(&["a", "matter", "of"])
        || p.eat_seq(&["a", "few"])
        || p.eat_seq(&["dozens", "of"])
    {
    } else if p.eat_seq(&["half", "an", "hour"]) {
        return Some((p, Expr::Duration { amount: Some(30), unit: Unit::Minute }, None));
    } else if p.word().is_some_and(words::is_vague_amount) {
        p = p.next();
    } else if let Some(n) = p.word().and_then(words::number) {
        // "2018 day five", "a 2000 year": a year, not an amount.
        let year_like = p.tok().is_some_and(|t| t.kind == TokenKind::Number)
            && p.word().is_some_and(|w| w.len() == 4)
            && (1800..=2100).contains(&n);
        if year_like && !p.next().word().is_some_and(|w| w.ends_with('s')) {
            return None;
        }
        let article = p.lower().is_some_and(|w| w == "a" || w == "an");
        if article && matches!(c.prev_lower(), Some("once" | "twice" | "times" | "per")) {
            return None;
        }
        amount = Some(n);
        known = true;
        p = p.next();
        // "twenty four hours", as a transcript writes it
        if let Some(m) = p.word().and_then(words::number).filter(|m| (1..=9).contains(m)) {
            if (20..=90).contains(&n) && n % 10 == 0 && p.tok().is_some_and(|t| t.is_word()) {
                amount = Some(n + m);
                p = p.next();
            }
        }
        // "8–10 years", "five to seven years": the first figure
        let mut q = p;
        if (q.eat("-") || q.eat("–") || q.eat("to") || q.eat("or"))
            && q.word().and_then(words::number).is_some()
        {
            p = q.next();
        }
        // "a million years"
        if let Some(m) = p.word().and_then(words::number).filter(|&m| m >= 100) {
            amount = Some(n * m);
            p = p.next();
        }
    }
    // Adjectives between the amount and the unit.
    for adj in
        ["more", "additional", "working", "business", "straight", "consecutive", "full", "long"]
    {
        p.eat(adj);
    }
    let w = p.word()?;
    let unit = Unit::parse(w)?;
    let plural = w.to_ascii_lowercase().ends_with('s') && unit != Unit::Weekend
        || w.eq_ignore_ascii_case("weekends");
    let lone = !known && !the_span && p.i == c.i;
    if lone {
        // A bare plural unit is a duration only after a word that takes one: "for years".
        let prev = c.prev_lower();
        if !plural
            || !matches!(
                prev,
                Some(
                    "for"
                        | "over"
                        | "within"
                        | "after"
                        | "spent"
                        | "took"
                        | "lasted"
                        | "be"
                        | "recent"
                )
            )
        {
            return None;
        }
    }
    if known
        && amount == Some(1)
        && !plural
        && c.lower().is_some_and(|w| w == "a" || w == "an")
        && matches!(unit, Unit::Second | Unit::Quarter | Unit::Weekend)
    {
        return None;
    }
    if !known && !plural {
        return None;
    }
    let end = p.next();
    // An age ("37 years old") is not a time expression.
    if end.lower() == Some("old") {
        return None;
    }
    let mut q = end;
    // "a year earlier" is a date, counted from the reference date as TimeML does; "three
    // days later", "five hours earlier" stay lengths of time (the event they count from is
    // rarely written next to them).
    let back = q.eat("ago") || unit >= Unit::Month && q.eat("earlier");
    // A rate ("700 seats a week", "$1.76 a year") is no length of time.
    let after_amount = |k: usize| {
        c.i.checked_sub(k)
            .and_then(|i| c.s.toks.get(i))
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    if !back
        && amount == Some(1)
        && c.lower().is_some_and(|w| w == "a" || w == "an")
        && (after_amount(1) || after_amount(2))
    {
        return None;
    }
    if !the_span && back {
        let n = amount.map(|n| -(n as i64));
        return match n {
            Some(n) => Some((q, Expr::Ago { unit, amount: n }, None)),
            None => Some((q, Expr::Ref("PAST_REF"), None)),
        };
    }
    if matches!(unit, Unit::Weekend) {
        return None;
    }
    Some((end, Expr::Duration { amount, unit }, None))
}

/// Nouns of amounts that a period turns into rates: "annual sales", "quarterly dividend".
const MEASURES: &[&str] = &[
    "dividend",
    "dividends",
    "rate",
    "sales",
    "revenue",
    "income",
    "profit",
    "earnings",
    "loss",
    "results",
    "growth",
    "volume",
    "turnover",
    "budget",
    "salary",
    "cost",
    "costs",
];

/// "every year", "each week", "every ten years", "every Monday", "annually", "daily",
/// "per day", "once a week".
fn set(c: Cur) -> Match {
    // Capitalised, "Weekly" or "Daily" is most often a name ("LA Weekly").
    if c.is_capitalised() && c.i > 0 {
        return None;
    }
    let w = c.lower()?;
    // Before an amount, "annual", "daily" and the like make it a rate ("annual sales of $2
    // billion", "a quarterly dividend", "average daily volume"): nothing happens then.
    if matches!(w, "annual" | "yearly" | "daily" | "weekly" | "monthly" | "quarterly")
        && c.next().lower().is_some_and(|n| MEASURES.contains(&n))
    {
        return None;
    }
    let every = |unit| Expr::Set { every: 1, unit };
    match w {
        "annual" | "annually" | "yearly" => return Some((c.next(), every(Unit::Year), None)),
        "daily" | "nightly" => return Some((c.next(), every(Unit::Day), None)),
        "weekly" => return Some((c.next(), every(Unit::Week), None)),
        "monthly" => return Some((c.next(), every(Unit::Month), None)),
        "hourly" => return Some((c.next(), every(Unit::Hour), None)),
        "quarterly" => return Some((c.next(), every(Unit::Quarter), None)),
        "per" => {
            let unit = c.next().word().and_then(Unit::parse)?;
            return Some((c.next().next(), every(unit), None));
        }
        "a" | "an" if matches!(c.prev_lower(), Some("once" | "twice" | "times")) => {
            let unit = c.next().word().and_then(Unit::parse)?;
            return Some((c.next().next(), every(unit), None));
        }
        "every" | "each" => {}
        _ => return None,
    }
    let mut p = c.next();
    p.eat("other");
    if let Some(day) = weekday_of(&p) {
        return Some((p.next(), Expr::WeekdaySet { day }, None));
    }
    let mut n = 1;
    if let Some(k) = p
        .word()
        .and_then(words::number)
        .filter(|_| !p.lower().is_some_and(|w| w == "a" || w == "an"))
    {
        n = k;
        p = p.next();
    }
    let unit = p.word().and_then(Unit::parse)?;
    Some((p.next(), Expr::Set { every: n, unit }, None))
}

/// "10:30", "15:11 GMT", "3 p.m.", "6:00am", "3pm", "noon", "midnight"; with the day after
/// it, one expression: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9",
/// "midnight tomorrow".
fn clock(c: Cur) -> Match {
    let (end, expr, m) = time_of_day(c)?;
    let Expr::Clock { hour, minute } = expr else {
        return Some((end, expr, m));
    };
    let mut p = end;
    p.eat(",");
    // core rather than the three matchers, for the same reason as in `determined`.
    let day = core(p).filter(|(_, e, _)| {
        matches!(
            e,
            Expr::Weekday { .. }
                | Expr::Calendar { day: Some(_), .. }
                | Expr::Relative { unit: Unit::Day, .. }
                | Expr::Anaphoric { unit: Unit::Day, .. }
        )
    });
    match day {
        Some((end, base, _)) => {
            Some((end, Expr::ClockOn { base: Box::new(base), hour, minute }, m))
        }
        None => Some((end, expr, m)),
    }
}

/// "10:30", "15:11 GMT", "3 p.m.", "6:00am", "3pm", "noon", "midnight".
fn time_of_day(c: Cur) -> Match {
    let w = c.lower()?;
    match w {
        "noon" | "midday" => return Some((c.next(), Expr::Clock { hour: 12, minute: 0 }, None)),
        "midnight" => return Some((c.next(), Expr::Clock { hour: 24, minute: 0 }, None)),
        _ => {}
    }
    if c.tok()?.kind != TokenKind::Number {
        return None;
    }
    // Split "6:00am" into the figures and the suffix.
    let digits_end = w.find(|ch: char| !(ch.is_ascii_digit() || ch == ':')).unwrap_or(w.len());
    let (figures, suffix) = w.split_at(digits_end);
    let (h, m) = match figures.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?),
        None => (figures.parse::<u8>().ok()?, 0),
        _ => return None,
    };
    let mut p = c.next();
    let meridiem = match suffix {
        "am" | "a.m." => Some(false),
        "pm" | "p.m." => Some(true),
        "" => match p.lower() {
            Some("am" | "a.m." | "a.m") => {
                p = p.next();
                Some(false)
            }
            Some("pm" | "p.m." | "p.m") => {
                p = p.next();
                Some(true)
            }
            Some("o'clock") => {
                p = p.next();
                None
            }
            _ if figures.contains(':') => None,
            _ => return None,
        },
        _ => return None,
    };
    if m > 59 || h > 24 || (meridiem.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    let hour = match meridiem {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    for zone in [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
        "ist", "jst", "aest",
    ] {
        if p.lower() == Some(zone) {
            p = p.next();
            break;
        }
    }
    Some((p, Expr::Clock { hour, minute: m }, None))
}

/// "the 1990s", "1990s", "the sixties", "the 19th century", "the twentieth century".
fn decade_or_century(c: Cur) -> Match {
    let mut p = c;
    let the = p.eat("the");
    let w = p.word()?;
    if let Some(digits) = w
        .strip_suffix('s')
        .filter(|d| d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some((p.next(), Expr::Decade { start: digits.parse().ok(), digit: 0 }, None));
    }
    if let Some(digit) = words::decade_word(w).filter(|_| the) {
        return Some((p.next(), Expr::Decade { start: None, digit }, None));
    }
    let ordinal = words::ordinal(w).filter(|n| (1..=30).contains(n))?;
    let q = p.next();
    q.lower().filter(|u| *u == "century")?;
    Some((q.next(), Expr::Century { ordinal: ordinal as u8 }, None))
}

/// Holidays on fixed dates: "Christmas", "New Year's Day", "Halloween".
fn holiday(c: Cur) -> Match {
    if !c.is_capitalised() {
        return None;
    }
    // (A curly apostrophe is compared as a straight one, without a copy of every word.)
    let same = |w: &str, n: &str| w == n || (w.contains('’') && w.replace('’', "'") == n);
    let whole = |names: &[&str]| {
        let mut p = c;
        names
            .iter()
            .all(|n| {
                let ok = p.lower().is_some_and(|w| same(w, n));
                if ok {
                    p = p.next();
                }
                ok
            })
            .then_some(p)
    };
    for (names, rule) in words::MOVING_HOLIDAYS {
        if let Some(p) = whole(names) {
            // "Easter Island", "Thanksgiving Parade": a name.
            if names.len() == 1 && p.is_capitalised() {
                return None;
            }
            return Some((p, Expr::Holiday { rule: *rule }, None));
        }
    }
    for (names, month, day) in words::HOLIDAYS {
        // "New Year's" is one word then a possessive: the tokenizer splits "'s" off.
        if let Some(p) = whole(names) {
            return Some((
                p,
                Expr::Calendar { year: None, month: Some(*month), day: Some(*day) },
                None,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `matcher` finds at the first token where `at` starts in `text`: the text it
    /// spans, the expression and the modifier.
    pub(super) fn run(
        text: &str,
        at: &str,
        matcher: fn(Cur) -> Match,
    ) -> Option<(String, Expr, Option<Mod>)> {
        let doc = Document::new(text);
        let byte = text
            .match_indices(at)
            .map(|(b, _)| b)
            .find(|&b| doc.tokens.iter().any(|t| t.start() == b))
            .expect("a token starts with `at`");
        let s = doc
            .sentences
            .iter()
            .find(|s| s.start <= byte && byte < s.end)
            .expect("`at` is in a sentence");
        let lowered: Vec<&str> = s.tokens.clone().map(|i| doc.lower(i)).collect();
        let sent = Sent {
            toks: &doc.tokens[s.tokens.clone()],
            lower: &lowered,
            doc: &doc,
            first: s.tokens.start,
        };
        let i = sent.toks.iter().position(|t| t.start() == byte).unwrap();
        let (end, expr, modifier) = matcher(Cur { s: &sent, i })?;
        assert!(end.i > i, "an empty match");
        let span = doc.slice(sent.toks[i].start(), sent.toks[end.i - 1].end());
        Some((span.to_string(), expr, modifier))
    }

    /// The same, for a match without a modifier: its text and expression.
    pub(super) fn plain(text: &str, at: &str, matcher: fn(Cur) -> Match) -> Option<(String, Expr)> {
        run(text, at, matcher).map(|(span, expr, modifier)| {
            assert_eq!(modifier, None, "{text}");
            (span, expr)
        })
    }

    pub(super) fn hit(span: &str, expr: Expr) -> Option<(String, Expr)> {
        Some((span.to_string(), expr))
    }

    fn hit_mod(span: &str, expr: Expr, modifier: Mod) -> Option<(String, Expr, Option<Mod>)> {
        Some((span.to_string(), expr, Some(modifier)))
    }

    fn date(year: Option<i16>, month: Option<u8>, day: Option<u8>) -> Expr {
        Expr::Calendar { year, month, day }
    }

    fn rel(unit: Unit, offset: Option<i64>) -> Expr {
        Expr::Relative { unit, offset }
    }

    fn duration(amount: Option<u64>, unit: Unit) -> Expr {
        Expr::Duration { amount, unit }
    }

    fn part(base: Expr, part: &'static str) -> Expr {
        Expr::PartOfDay { base: Box::new(base), part }
    }

    fn ago(unit: Unit, amount: i64) -> Expr {
        Expr::Ago { unit, amount }
    }

    #[test]
    fn recognize_takes_the_longest_match_and_goes_on_after_it() {
        let text = "Anna Weber left on Tuesday, March 8, 2011 at 10:30 for nearly three weeks.\n\
                    She returned earlier this month, at the end of the season, late last year.";
        let doc = Document::new(text);
        let mut found = Vec::new();
        recognize(&doc, |f| {
            let span = doc.range_text(f.first..f.end);
            found.push((span, f.expr, f.modifier));
        });
        assert_eq!(
            found,
            [
                ("Tuesday, March 8, 2011", date(Some(2011), Some(3), Some(8)), None),
                ("10:30", Expr::Clock { hour: 10, minute: 30 }, None),
                ("nearly three weeks", duration(Some(3), Unit::Week), Some(Mod::LessThan)),
                ("earlier this month", rel(Unit::Month, Some(0)), None),
                ("late last year", rel(Unit::Year, Some(-1)), Some(Mod::End)),
            ]
        );
        let doc = Document::new("Anna Weber mended the nets.");
        let mut n = 0;
        recognize(&doc, |_| n += 1);
        assert_eq!(n, 0);
    }

    #[test]
    fn only_some_words_may_open_an_expression() {
        for w in ["tuesday", "march", "years", "twelve", "summer", "q3", "the", "christmas"] {
            assert!(may_start_word(w), "{w}");
        }
        for w in ["harbour", "weber", "said", "of"] {
            assert!(!may_start_word(w), "{w}");
        }
    }

    #[test]
    fn longest_takes_the_first_of_equals() {
        let doc = Document::new("It was on Tuesday.");
        let lowered: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
        let sent = Sent { toks: &doc.tokens, lower: &lowered, doc: &doc, first: 0 };
        let at = |i| Cur { s: &sent, i };
        let day = |d| Expr::Weekday { day: d, shift: None };
        let ends = |m: Match| m.map(|(end, expr, _)| (end.i, expr));
        assert_eq!(
            ends(longest([Some((at(4), day(1), None)), Some((at(4), day(2), None)), None])),
            Some((4, day(1)))
        );
        assert_eq!(
            ends(longest([Some((at(3), day(1), None)), None, Some((at(4), day(2), None))])),
            Some((4, day(2)))
        );
        assert_eq!(ends(longest::<2>([None, None])), None);
    }

    #[test]
    fn match_at_never_starts_on_punctuation() {
        let day = |day, shift| Expr::Weekday { day, shift };
        for (text, at, want) in [
            ("It was (Tuesday) again.", "Tuesday", hit("Tuesday", day(2, None))),
            ("It was (Tuesday) again.", "(", None),
        ] {
            assert_eq!(plain(text, at, match_at), want, "{text}");
        }
    }

    #[test]
    fn core_takes_the_longest_of_the_plain_matchers() {
        let quarter_of = |n, year| Expr::Quarter { n, year, shift: None };
        for (text, at, want) in [
            ("They left two years ago.", "two", hit("two years ago", ago(Unit::Year, -2))),
            (
                "In the third quarter of 2014 it fell.",
                "the",
                hit("the third quarter of 2014", quarter_of(3, Some(2014))),
            ),
            ("They mended the nets.", "nets", None),
        ] {
            assert_eq!(plain(text, at, core), want, "{text}");
        }
    }

    #[test]
    fn positioned_keeps_its_position_word() {
        for (text, at, want) in [
            (
                "It ends at the end of the month.",
                "the end",
                hit_mod("the end of the month", rel(Unit::Month, Some(0)), Mod::End),
            ),
            (
                "It failed by the end of the day Friday.",
                "the end",
                hit_mod(
                    "the end of the day Friday",
                    Expr::Weekday { day: 5, shift: None },
                    Mod::End,
                ),
            ),
            (
                "It opens early in 2016.",
                "early",
                hit_mod("early in 2016", date(Some(2016), None, None), Mod::Start),
            ),
            (
                "It closed late last year.",
                "late",
                hit_mod("late last year", rel(Unit::Year, Some(-1)), Mod::End),
            ),
            (
                "At the beginning of 2014 it opened.",
                "the",
                hit_mod("the beginning of 2014", date(Some(2014), None, None), Mod::Start),
            ),
            (
                "In the middle of March it opened.",
                "the",
                hit_mod("the middle of March", date(None, Some(3), None), Mod::Mid),
            ),
        ] {
            assert_eq!(run(text, at, positioned), want, "{text}");
        }
    }

    #[test]
    fn positioned_needs_a_time_after_it() {
        for (text, at) in [
            ("At the end of the talks they left.", "the"),
            ("They made late payments.", "late"),
            // A duration is no point in time to be early or late in.
            ("It came early in three weeks.", "early"),
        ] {
            assert_eq!(run(text, at, positioned), None, "{text}");
        }
    }

    #[test]
    fn approximated_amounts() {
        for (text, at, want) in [
            (
                "It took nearly two decades.",
                "nearly",
                hit_mod("nearly two decades", duration(Some(2), Unit::Decade), Mod::LessThan),
            ),
            (
                "It began about three weeks ago.",
                "about",
                hit_mod("about three weeks ago", ago(Unit::Week, -3), Mod::Approx),
            ),
            // "Nearly three weeks ago" is about then, not less than.
            (
                "It began nearly three weeks ago.",
                "nearly",
                hit_mod("nearly three weeks ago", ago(Unit::Week, -3), Mod::Approx),
            ),
            (
                "It lasted at least four years.",
                "at",
                hit_mod("at least four years", duration(Some(4), Unit::Year), Mod::EqualOrMore),
            ),
            (
                "It lasted up to six months.",
                "up",
                hit_mod("up to six months", duration(Some(6), Unit::Month), Mod::EqualOrLess),
            ),
            (
                "It lasted just over 24 hours.",
                "just",
                hit_mod("just over 24 hours", duration(Some(24), Unit::Hour), Mod::MoreThan),
            ),
        ] {
            assert_eq!(run(text, at, approximated), want, "{text}");
        }
    }

    #[test]
    fn approximated_needs_an_amount_of_time() {
        for (text, at) in [
            ("They sailed about the harbour.", "about"),
            ("It has more than 300 boats.", "more"),
            ("It came nearly on Tuesday.", "nearly"),
        ] {
            assert_eq!(run(text, at, approximated), None, "{text}");
        }
    }

    #[test]
    fn earlier_or_later_before_a_deictic() {
        for (text, at, want) in [
            (
                "She left earlier this month.",
                "earlier",
                hit("earlier this month", rel(Unit::Month, Some(0))),
            ),
            ("She will leave later today.", "later", hit("later today", rel(Unit::Day, Some(0)))),
            (
                "She left earlier this morning.",
                "earlier",
                hit("earlier this morning", part(rel(Unit::Day, Some(0)), "MO")),
            ),
        ] {
            assert_eq!(plain(text, at, earlier_later), want, "{text}");
        }
    }

    #[test]
    fn earlier_or_later_not_before_another_time() {
        for (text, at) in [
            ("She left later last year.", "later"),
            ("She left earlier yesterday.", "earlier"),
            ("She left later.", "later"),
        ] {
            assert_eq!(plain(text, at, earlier_later), None, "{text}");
        }
    }

    #[test]
    fn calendar_dates() {
        for (text, at, want) in [
            (
                "It was on Tuesday, March 8, 2011.",
                "Tuesday",
                hit("Tuesday, March 8, 2011", date(Some(2011), Some(3), Some(8))),
            ),
            (
                "It ends on April 30 for good.",
                "April",
                hit("April 30", date(None, Some(4), Some(30))),
            ),
            (
                "It was on 16 April 2013.",
                "16",
                hit("16 April 2013", date(Some(2013), Some(4), Some(16))),
            ),
            ("It was on 16 April at noon.", "16", hit("16 April", date(None, Some(4), Some(16)))),
            (
                "It was in December 2004.",
                "December",
                hit("December 2004", date(Some(2004), Some(12), None)),
            ),
            ("It was in May.", "May", hit("May", date(None, Some(5), None))),
            (
                "It was on March 11 this year.",
                "March",
                hit(
                    "March 11 this year",
                    Expr::MonthOf { month: 3, day: Some(11), placed: Placed::Year(0) },
                ),
            ),
            ("It was in fiscal 2014.", "fiscal", hit("fiscal 2014", date(Some(2014), None, None))),
            (
                "It was on 2013-04-16.",
                "2013",
                hit("2013-04-16", date(Some(2013), Some(4), Some(16))),
            ),
            ("It was in 2008.", "2008", hit("2008", date(Some(2008), None, None))),
            ("It was the 2014 protests.", "2014", hit("2014", date(Some(2014), None, None))),
        ] {
            assert_eq!(plain(text, at, calendar), want, "{text}");
        }
    }

    #[test]
    fn calendar_leaves_names_amounts_and_numbers_alone() {
        for (text, at) in [
            ("Theresa May spoke.", "May"),
            ("Anna Weber, May Lund and others spoke.", "May"),
            ("It was Tuesday May came.", "May"),
            ("It has 2000 people.", "2000"),
            ("It cost $2000 then.", "2000"),
            ("It rose 2013 percent.", "2013"),
            ("It rose by 2013 percent.", "2013"),
            ("It was built in 1750.", "1750"),
            ("It was in fiscal trouble.", "fiscal"),
            ("It was 12 boats.", "12"),
        ] {
            assert_eq!(plain(text, at, calendar), None, "{text}");
        }
    }

    #[test]
    fn numeric_dates_in_one_token() {
        for (s, want) in [
            ("2013-04-16", date(Some(2013), Some(4), Some(16))),
            ("2013/04/16", date(Some(2013), Some(4), Some(16))),
            ("4/16/2013", date(Some(2013), Some(4), Some(16))),
            // Day first only where the first figure cannot be a month.
            ("16/04/2013", date(Some(2013), Some(4), Some(16))),
            ("04/05/2013", date(Some(2013), Some(4), Some(5))),
            ("2013-04", date(Some(2013), Some(4), None)),
        ] {
            assert_eq!(numeric_date(s), Some(want), "{s}");
        }
        for s in [
            "2013",
            "16/13/2013",
            "2013-13-01",
            "2013-04-32",
            "2013-4",
            "12-34",
            "0999-01-01",
            "2013--04",
            "4-16-2013",
        ] {
            assert_eq!(numeric_date(s), None, "{s}");
        }
    }

    #[test]
    fn weekdays_shifted_and_with_a_part_of_the_day() {
        let day = |day, shift| Expr::Weekday { day, shift };
        for (text, at, want) in [
            ("It was on Tuesday.", "Tuesday", hit("Tuesday", day(2, None))),
            ("It is next Friday.", "next", hit("next Friday", day(5, Some(1)))),
            ("It was the following Monday.", "the", hit("the following Monday", day(1, Some(1)))),
            ("It was Monday morning.", "Monday", hit("Monday morning", part(day(1, None), "MO"))),
            ("It was Saturday night.", "Saturday", hit("Saturday night", part(day(6, None), "NI"))),
            ("It was Tuesday March the first.", "Tuesday", hit("Tuesday", day(2, None))),
        ] {
            assert_eq!(plain(text, at, weekday), want, "{text}");
        }
    }

    #[test]
    fn a_weekday_before_a_name_is_part_of_the_name() {
        for (text, at) in [
            ("She reads the Sunday Times.", "Sunday"),
            ("She reads the Sunday Times.", "the"),
            ("She came the Friday.", "the"),      // "the" alone
            ("She came on tuesday.", "tuesday"),  // lowercase
            ("She came on Tue and left.", "Tue"), // no period
        ] {
            assert_eq!(plain(text, at, weekday), None, "{text}");
        }
    }

    #[test]
    fn deictic_words() {
        let day = |offset| rel(Unit::Day, Some(offset));
        for (text, at, want) in [
            ("It opens today.", "today", hit("today", day(0))),
            ("It opens tonight.", "tonight", hit("tonight", part(day(0), "NI"))),
            (
                "It opened yesterday afternoon.",
                "yesterday",
                hit("yesterday afternoon", part(day(-1), "AF")),
            ),
            ("It opens tomorrow.", "tomorrow", hit("tomorrow", day(1))),
            ("It opened this morning.", "this", hit("this morning", part(day(0), "MO"))),
            ("It opened last night.", "last", hit("last night", part(day(-1), "NI"))),
            ("It is open now.", "now", hit("now", Expr::Ref("PRESENT_REF"))),
            ("It opened recently.", "recently", hit("recently", Expr::Ref("PAST_REF"))),
            ("It was open in the past.", "the", hit("the past", Expr::Ref("PAST_REF"))),
            (
                "It opens in the near future.",
                "the",
                hit("the near future", Expr::Ref("FUTURE_REF")),
            ),
            ("It opens in future.", "future", hit("future", Expr::Ref("FUTURE_REF"))),
        ] {
            assert_eq!(plain(text, at, deictic), want, "{text}");
        }
    }

    #[test]
    fn deictic_words_in_other_uses() {
        for (text, at) in [
            ("It opened this night.", "this"),
            ("It opened in the past three years.", "the"),
            ("It opened last week.", "last"),
            ("It has future plans.", "future"),
            ("It is the future of fishing.", "future"),
            ("It is the harbour.", "the"),
        ] {
            assert_eq!(plain(text, at, deictic), None, "{text}");
        }
    }

    #[test]
    fn relativeunits() {
        let last_spring = Expr::Season { which: "SP", year: None, shift: Some(-1) };
        for (text, at, want) in [
            ("It closed this week.", "this", hit("this week", rel(Unit::Week, Some(0)))),
            ("It closed last month.", "last", hit("last month", rel(Unit::Month, Some(-1)))),
            ("It opens next year.", "next", hit("next year", rel(Unit::Year, Some(1)))),
            ("It closed this past week.", "this", hit("this past week", rel(Unit::Week, Some(-1)))),
            ("It closed last spring.", "last", hit("last spring", last_spring)),
            ("It opens at the weekend.", "the", hit("the weekend", rel(Unit::Weekend, None))),
            ("It opens at the weekends.", "the", hit("the weekends", Expr::WeekendSet)),
            (
                "It closed the year before.",
                "the",
                hit("the year before", Expr::Anaphoric { unit: Unit::Year, offset: -1 }),
            ),
            (
                "It closed the month after.",
                "the",
                hit("the month after", Expr::Anaphoric { unit: Unit::Month, offset: 1 }),
            ),
            (
                "It closed the following month.",
                "the",
                hit("the following month", Expr::Anaphoric { unit: Unit::Month, offset: 1 }),
            ),
            (
                "It closed the previous week.",
                "the",
                hit("the previous week", Expr::Anaphoric { unit: Unit::Week, offset: -1 }),
            ),
            ("It is this years festival.", "this", hit("this years", rel(Unit::Year, Some(0)))),
        ] {
            assert_eq!(plain(text, at, relative), want, "{text}");
        }
        // With a modifier: the end of the year, in one word or two.
        for (text, at, want) in [
            (
                "It closes at year-end.",
                "year-end",
                hit_mod("year-end", rel(Unit::Year, Some(0)), Mod::End),
            ),
            (
                "It closes at year end.",
                "year",
                hit_mod("year end", rel(Unit::Year, Some(0)), Mod::End),
            ),
        ] {
            assert_eq!(run(text, at, relative), want, "{text}");
        }
    }

    #[test]
    fn relativeneeds_a_whole_unit() {
        for (text, at) in [
            ("It closed last hour.", "last"),
            ("It closed this day.", "this"),
            ("It closed these weeks.", "these"),
            ("It closed this weeks.", "this"),
            ("It closed the year.", "the"),
            ("It closed the years before.", "the"),
            ("It closed the following hour.", "the"),
            ("It closed the following months.", "the"),
            ("It closed last time.", "last"),
        ] {
            assert_eq!(plain(text, at, relative), None, "{text}");
        }
    }

    #[test]
    fn amounts_of_time() {
        for (text, at, want) in [
            ("It took three years.", "three", hit("three years", duration(Some(3), Unit::Year))),
            ("It took a decade.", "a", hit("a decade", duration(Some(1), Unit::Decade))),
            ("It began two years ago.", "two", hit("two years ago", ago(Unit::Year, -2))),
            (
                "It began several years ago.",
                "several",
                hit("several years ago", Expr::Ref("PAST_REF")),
            ),
            (
                "It fell over the past 30 days.",
                "the",
                hit("the past 30 days", duration(Some(30), Unit::Day)),
            ),
            ("It was an 11-year wait.", "11-year", hit("11-year", duration(Some(11), Unit::Year))),
            (
                "It was a 30-day-long wait.",
                "30-day-long",
                hit("30-day-long", duration(Some(30), Unit::Day)),
            ),
            ("It lasted for years.", "years", hit("years", duration(None, Unit::Year))),
            (
                "It took a matter of weeks.",
                "a",
                hit("a matter of weeks", duration(None, Unit::Week)),
            ),
            ("It took 8–10 years.", "8", hit("8–10 years", duration(Some(8), Unit::Year))),
            (
                "It took five to seven years.",
                "five",
                hit("five to seven years", duration(Some(5), Unit::Year)),
            ),
            (
                "It took half an hour.",
                "half",
                hit("half an hour", duration(Some(30), Unit::Minute)),
            ),
            (
                "It took a million years.",
                "a",
                hit("a million years", duration(Some(1_000_000), Unit::Year)),
            ),
            (
                "It took three full days.",
                "three",
                hit("three full days", duration(Some(3), Unit::Day)),
            ),
        ] {
            assert_eq!(plain(text, at, amount_of_time), want, "{text}");
        }
    }

    #[test]
    fn amounts_of_time_not_ages_years_or_bare_units() {
        for (text, at) in [
            ("A 14-year-old sailed.", "14-year-old"),
            ("It is the years of plenty.", "years"),
            ("It was 2018 day five.", "2018"),
            ("It sails once a week.", "a"),
            ("It took a second.", "a"),
            ("It took three weekends.", "three"),
            ("It took three boats.", "three"),
            ("It took a year ago.", "year"),
        ] {
            assert_eq!(plain(text, at, amount_of_time), None, "{text}");
        }
    }

    #[test]
    fn sets_that_repeat() {
        let every = |every, unit| Expr::Set { every, unit };
        for (text, at, want) in [
            ("It meets annually.", "annually", hit("annually", every(1, Unit::Year))),
            ("It meets daily.", "daily", hit("daily", every(1, Unit::Day))),
            ("It meets twice per day.", "per", hit("per day", every(1, Unit::Day))),
            ("It meets once a week.", "a", hit("a week", every(1, Unit::Week))),
            ("It meets every year.", "every", hit("every year", every(1, Unit::Year))),
            ("It meets every ten years.", "every", hit("every ten years", every(10, Unit::Year))),
            ("It meets every other week.", "every", hit("every other week", every(1, Unit::Week))),
            ("It meets every Monday.", "every", hit("every Monday", Expr::WeekdaySet { day: 1 })),
            ("Quarterly, it meets.", "Quarterly", hit("Quarterly", every(1, Unit::Quarter))),
            ("It holds an annual fair.", "annual", hit("annual", every(1, Unit::Year))),
        ] {
            assert_eq!(plain(text, at, set), want, "{text}");
        }
        // Before an amount, a rate.
        for (text, at) in [
            ("It raised its quarterly dividend.", "quarterly"),
            ("Its annual sales doubled.", "annual"),
            ("Average daily volume fell.", "daily"),
        ] {
            assert_eq!(plain(text, at, set), None, "{text}");
        }
    }

    #[test]
    fn sets_not_names_or_plain_amounts() {
        for (text, at) in [
            ("She writes for LA Weekly.", "Weekly"),
            ("It took a week.", "a"),
            ("It meets every boat.", "every"),
            ("It meets per boat.", "per"),
        ] {
            assert_eq!(plain(text, at, set), None, "{text}");
        }
    }

    #[test]
    fn clocktimes() {
        let time = |hour, minute| Expr::Clock { hour, minute };
        for (text, at, want) in [
            ("It left at 10:30.", "10:30", hit("10:30", time(10, 30))),
            ("It left at 15:11 GMT.", "15:11", hit("15:11 GMT", time(15, 11))),
            ("It left at 3 p.m. sharp.", "3", hit("3 p.m.", time(15, 0))),
            ("It left at 6:00am.", "6:00am", hit("6:00am", time(6, 0))),
            ("It left at 3pm.", "3pm", hit("3pm", time(15, 0))),
            ("It left at 12 a.m. sharp.", "12", hit("12 a.m.", time(0, 0))),
            ("It left at 5 o'clock.", "5", hit("5 o'clock", time(5, 0))),
            ("It left at noon.", "noon", hit("noon", time(12, 0))),
            ("It left at midnight.", "midnight", hit("midnight", time(24, 0))),
        ] {
            assert_eq!(plain(text, at, clock), want, "{text}");
        }
    }

    #[test]
    fn clocktimes_not_counts_or_impossible_times() {
        for (text, at) in [
            ("It took 3 boats.", "3"),
            ("It left at 25:00.", "25:00"),
            ("It left at 10:75.", "10:75"),
            ("It left at 13 p.m. sharp.", "13"),
            ("It left at 10:3 then.", "10:3"),
            ("It left at 3xm.", "3xm"),
        ] {
            assert_eq!(plain(text, at, clock), None, "{text}");
        }
    }

    #[test]
    fn decades_and_centuries() {
        let decade = |start, digit| Expr::Decade { start, digit };
        let century = |ordinal| Expr::Century { ordinal };
        for (text, at, want) in [
            ("It was in the 1990s.", "the", hit("the 1990s", decade(Some(1990), 0))),
            ("It was 1990s music.", "1990s", hit("1990s", decade(Some(1990), 0))),
            ("It was in the sixties.", "the", hit("the sixties", decade(None, 6))),
            ("It was the 19th century.", "the", hit("the 19th century", century(19))),
            ("It was the twentieth century.", "the", hit("the twentieth century", century(20))),
        ] {
            assert_eq!(plain(text, at, decade_or_century), want, "{text}");
        }
    }

    #[test]
    fn decades_and_centuries_not_other_plurals_or_ordinals() {
        for (text, at) in [
            ("She was in her sixties.", "sixties"),
            ("It was in the 1995s.", "the"),
            ("It was the 40th century.", "the"),
            ("It was the first day.", "the"),
            ("It was in the 990s.", "the"),
        ] {
            assert_eq!(plain(text, at, decade_or_century), None, "{text}");
        }
    }

    #[test]
    fn holidays_on_fixed_dates() {
        let month_day = |month, day| date(None, Some(month), Some(day));
        for (text, at, want) in [
            ("It opens at Christmas.", "Christmas", hit("Christmas", month_day(12, 25))),
            ("It opens on Christmas Eve.", "Christmas", hit("Christmas Eve", month_day(12, 24))),
            ("It opens on Boxing Day.", "Boxing", hit("Boxing Day", month_day(12, 26))),
            ("It opens at Halloween.", "Halloween", hit("Halloween", month_day(10, 31))),
            ("It opens on Bastille Day.", "Bastille", hit("Bastille Day", month_day(7, 14))),
        ] {
            assert_eq!(plain(text, at, holiday), want, "{text}");
        }
    }

    #[test]
    fn holidays_capitalised_and_whole() {
        for (text, at) in [
            ("It smells of christmas.", "christmas"),
            ("It was a Boxing match.", "Boxing"),
            ("It was Independence from Spain.", "Independence"),
        ] {
            assert_eq!(plain(text, at, holiday), None, "{text}");
        }
    }
}
