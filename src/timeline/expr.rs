//! What a temporal expression says, before it is resolved against a date.

use super::words::Unit;

/// Which one of a repeating period: `None` for a bare "Tuesday" or "March" (the tense of the
/// clause decides), `Some(0)` for "this", `Some(-1)` for "last", `Some(1)` for "next".
pub type Shift = Option<i64>;

/// A recognised temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A calendar date, parts possibly missing: "April 16, 2013", "April 30", "April 2013", "2013".
    Calendar { year: Option<i16>, month: Option<u8>, day: Option<u8> },
    /// A month (and day) a word places: "June last year", "March 11 this year", "this
    /// September" ([`Placed::Year`]), "last May", "next March" ([`Placed::Occurrence`]).
    MonthOf { month: u8, day: Option<u8>, placed: Placed },
    /// A holiday whose date moves: "Thanksgiving", "Election Day", "Easter".
    Holiday { rule: super::words::Moving },
    /// A day of the week (1 = Monday): "Tuesday", "next Friday".
    Weekday { day: u8, shift: Shift },
    /// A whole unit counted from the reference date: "today" (day, 0), "yesterday" (day, −1),
    /// "last month" (month, −1), "this week", "next year", "the weekend" (weekend, tense).
    Relative { unit: Unit, offset: Shift },
    /// A unit counted from the last date the text named, not from the reference date: "the
    /// next day", "the following year", "the day before", "that week", "later that year" (an
    /// article telling a story dates its steps from one another). Without such a date before
    /// it, from the reference date.
    Anaphoric { unit: Unit, offset: i64 },
    /// So many units before (negative) or after the reference date: "two years ago".
    Ago { unit: Unit, amount: i64 },
    /// A decade: "the 1990s" (1990), "the sixties" (1960, from the reference century).
    Decade { start: Option<i16>, digit: u8 },
    /// A century by its ordinal: "the 19th century" (19, written `18` in TIMEX3).
    Century { ordinal: u8 },
    /// A season: "last spring", "this summer", "winter 2012".
    Season { which: &'static str, year: Option<i16>, shift: Shift },
    /// A quarter: "the first quarter", "Q3 2014", "third-quarter", "next year's first
    /// quarter". Without a year, `shift` counts years from the reference date's ("this
    /// year's" 0, "last year's" −1); with neither, it is the latest such quarter begun by the
    /// reference date (in a future-tense clause, the next to end after it).
    Quarter { n: u8, year: Option<i16>, shift: Shift },
    /// The quarter a business article reports on, named again, `years_before` years back:
    /// "the quarter", "the latest period" (0), "the year-ago quarter", "year-earlier" (1);
    /// "the 1988 period" gives the year. It is the quarter the article last named; without
    /// one, the last quarter ended by the reference date, or for "this quarter" (`this`)
    /// the one the reference date is in.
    Reported { years_before: u8, year: Option<i16>, this: bool },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time: "three years" (3), "hours" (unknown amount).
    Duration { amount: Option<u64>, unit: Unit },
    /// Something that repeats: "every year", "daily", "every ten years".
    Set { every: u64, unit: Unit },
    /// Every such weekday: "every Monday", "on Mondays".
    WeekdaySet { day: u8 },
    /// Every weekend: "the weekends".
    WeekendSet,
    /// A clock time, on the day of `base` when one is given ("Monday at 3 p.m." is written
    /// as two expressions; the time takes the day of the nearest date before it).
    Clock { hour: u8, minute: u8 },
    /// A clock time on a day it names: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST,
    /// Nov. 9".
    ClockOn { base: Box<Expr>, hour: u8, minute: u8 },
    /// A part of a day: "Monday morning", "yesterday afternoon", "tonight".
    PartOfDay { base: Box<Expr>, part: &'static str },
}

/// How a [`Expr::MonthOf`] is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// In the reference date's year plus this many: "this September" (0), "June last year"
    /// (−1).
    Year(i64),
    /// The one before (−1) or after (1) the reference date's month: "last May", "next
    /// March".
    Occurrence(i64),
}

/// A TIMEX3 modifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    LessThan,
    MoreThan,
    EqualOrMore,
    EqualOrLess,
}

impl Mod {
    pub fn name(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
        }
    }
}
