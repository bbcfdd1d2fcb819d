//! Resolving an [`Expr`] to a TIMEX3 type, value and calendar range, against the reference
//! date and the tense of its clause.
//!
//! | expression            | reference 2013-04-16 (Tue) | value        |
//! |-----------------------|----------------------------|--------------|
//! | "Monday" (past)       |                            | `2013-04-15` |
//! | "Tuesday" (past)      | the day itself             | `2013-04-16` |
//! | "Friday" (future)     |                            | `2013-04-19` |
//! | "April 30" (future)   |                            | `2013-04-30` |
//! | "last month"          |                            | `2013-03`    |
//! | "this week"           |                            | `2013-W16`   |
//! | "two years ago"       |                            | `2011`       |
//! | "the end of the month"| mod `END`                  | `2013-04`    |
//! | "three years"         |                            | `P3Y`        |
//! | "every Monday"        |                            | `XXXX-WXX-1` |
//!
//! Without a reference date, what needs one keeps its type and gets a value with `X`s
//! ("XXXX-04-30", "XXXX-WXX-2"); nothing is invented.

use super::date::Date;

use super::expr::{Expr, Placed, Shift};
use super::tense::Tense;
use super::words::Unit;
use crate::analysis::TimexType;

/// A resolved expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    /// The calendar interval it covers, when it is a date or time that could be resolved.
    pub range: Option<(Date, Date)>,
}

/// How an expression is read: against the reference date, in the tense of its clause, after
/// the nearest date before it.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub reference: Option<Date>,
    pub tense: Tense,
    /// Whether a word beside the expression gave the tense ("since", "until"): then it holds
    /// however far it reaches.
    pub cued: bool,
    /// The day of the nearest date before it (for clock times; without one, the reference
    /// date).
    pub anchor: Option<Date>,
    /// The quarter (year, 1–4) the text last named, which "the quarter" and "the year-ago
    /// quarter" refer back to.
    pub reported: Option<(i16, u8)>,
    /// Whether that quarter was named close by (a few sentences before): then "a year ago"
    /// is the same quarter a year before, as business news means it.
    pub reported_near: bool,
    /// The start of the last date the text named before (not its date line), and how precise
    /// it was: "the next day" counts from it.
    pub last: Option<(Date, Unit)>,
}

/// How many days ahead a date in a past-tense clause may still be this year's rather than
/// most of a year back: news writes "last March" for that one.
const PAST_BUT_AHEAD: i64 = 62;

/// How many days after a quarter ends the news still reports on it.
const JUST_ENDED: i64 = 45;

/// Resolves `expr`; `None` when it names no real date (February 30).
pub fn resolve(expr: &Expr, cx: &Reading) -> Option<Resolved> {
    let date = |value: String, range: Option<(Date, Date)>| {
        Some(Resolved { kind: TimexType::Date, value, range })
    };
    match *expr {
        // In an earnings report, "a year ago" is the quarter it reports on, a year before:
        // "profit rose in the third quarter from $5 million a year ago" ("last year" is
        // more often the year itself).
        Expr::Ago { unit: Unit::Year, amount: -1 } if cx.reported_near => {
            let (y, n) = cx.reported?;
            quarter(y - 1, n)
        }
        Expr::Calendar { year: Some(y), month: Some(m), day: Some(d) } => {
            let day = Date::new(y, m as i8, d as i8).ok()?;
            date(day.to_string(), Some((day, day)))
        }
        Expr::Calendar { year: Some(y), month: Some(m), day: None } => {
            let first = Date::new(y, m as i8, 1).ok()?;
            date(format!("{y:04}-{m:02}"), Some((first, first.last_of_month())))
        }
        Expr::Calendar { year: Some(y), month: None, .. } => {
            date(format!("{y:04}"), Some(year_range(y)?))
        }
        Expr::Calendar { year: None, month: Some(m), day } => {
            let Some(r) = cx.reference else {
                return month_of_unknown_year(m, day);
            };
            let y = match cx.tense {
                // In the past or the future of the reference's month, as the tense says;
                // the month is the unit ("on Oct. 26" in a past clause dated Oct. 25 is
                // this year's).
                // Unless only the clause's tense says so and this year's is close ahead (a
                // date within weeks, the next month): "the vote was set for March 12" in a
                // February article.
                Tense::Past if m > r.month() as u8 => {
                    let ahead = match day {
                        _ if cx.cued => false,
                        Some(_) => month_range(r.year(), m, day)
                            .is_some_and(|(from, _)| from.days_since(r) <= PAST_BUT_AHEAD),
                        None => m == r.month() as u8 + 1,
                    };
                    r.year() - !ahead as i16
                }
                Tense::Past => r.year(),
                Tense::Future if m < r.month() as u8 => r.year() + 1,
                Tense::Future => r.year(),
                // Otherwise the nearest.
                Tense::Present | Tense::Unknown => {
                    let candidates = (-1..=1).filter_map(|k| month_range(r.year() + k, m, day));
                    pick(candidates.collect(), r, cx.tense)?.0.year()
                }
            };
            month_of(y, m, day)
        }
        Expr::MonthOf { month: m, day, placed } => {
            let Some(r) = cx.reference else {
                return month_of_unknown_year(m, day);
            };
            let rm = r.month() as u8;
            let y = match placed {
                Placed::Year(k) => r.year() + k as i16,
                Placed::Occurrence(k) if k < 0 => r.year() - (m >= rm) as i16,
                Placed::Occurrence(_) => r.year() + (m <= rm) as i16,
            };
            month_of(y, m, day)
        }
        Expr::Calendar { year: None, month: None, .. } => None,
        Expr::Holiday { rule } => {
            let Some(r) = cx.reference else {
                return date("XXXX-XX-XX".to_string(), None);
            };
            let candidates =
                (-1..=1).filter_map(|k| holiday_in(r.year() + k, rule)).map(|d| (d, d)).collect();
            let (d, _) = pick(candidates, r, cx.tense)?;
            date(d.to_string(), Some((d, d)))
        }
        Expr::Weekday { day, shift } => {
            let Some(r) = cx.reference else {
                return date(format!("XXXX-WXX-{day}"), None);
            };
            let d = weekday(r, day, shift, cx.tense)?;
            date(d.to_string(), Some((d, d)))
        }
        Expr::Relative { unit, offset } => relative(unit, offset, cx)
            .map(|(value, range)| Resolved { kind: TimexType::Date, value, range }),
        Expr::Anaphoric { unit, offset } => {
            // From the last date named, when it is at least as precise as the unit ("the next
            // day" needs a day); otherwise from the reference date.
            let from = cx.last.filter(|&(_, precision)| precision <= unit).map(|(d, _)| d);
            let cx = Reading { reference: from.or(cx.reference), ..*cx };
            relative(unit, Some(offset), &cx).map(|(value, range)| Resolved {
                kind: TimexType::Date,
                value,
                range,
            })
        }
        Expr::Ago { unit, amount } => {
            if cx.reference.is_none() {
                return date(unresolved(unit).to_string(), None);
            }
            let (unit, amount) = match unit {
                Unit::Decade => (Unit::Year, amount * 10),
                Unit::Century => (Unit::Year, amount * 100),
                Unit::Season => (Unit::Month, amount * 3),
                Unit::Quarter => (Unit::Month, amount * 3),
                // Whole days back: "2 hours ago" is today, "24 hours ago" yesterday.
                Unit::Hour => (Unit::Day, amount / 24),
                Unit::Minute => (Unit::Day, amount / (24 * 60)),
                Unit::Second => (Unit::Day, amount / (24 * 3600)),
                u => (u, amount),
            };
            relative(unit, Some(amount), cx).map(|(value, range)| Resolved {
                kind: TimexType::Date,
                value,
                range,
            })
        }
        Expr::Decade { start: Some(y), .. } => {
            date(format!("{:03}", y / 10), Some((year_range(y)?.0, year_range(y + 9)?.1)))
        }
        Expr::Decade { start: None, digit } => {
            let Some(r) = cx.reference else {
                return date(format!("XX{digit}"), None);
            };
            let mut y = r.year() / 100 * 100 + digit as i16 * 10;
            if y > r.year() {
                y -= 100;
            }
            date(format!("{:03}", y / 10), Some((year_range(y)?.0, year_range(y + 9)?.1)))
        }
        Expr::Century { ordinal } => {
            let c = ordinal as i16 - 1;
            date(format!("{c:02}"), Some((year_range(c * 100)?.0, year_range(c * 100 + 99)?.1)))
        }
        Expr::Season { which, year, shift } => {
            let y = match (year, cx.reference) {
                (Some(y), _) => y,
                (None, Some(r)) => match shift {
                    Some(k) => r.year() + k as i16,
                    // "the summer": the one the tense points to, the latest begun unless
                    // the clause looks ahead.
                    None => {
                        let (from, to) = season_range(r.year(), which)?;
                        let y = r.year();
                        match cx.tense {
                            Tense::Future if to < r => y + 1,
                            Tense::Future => y,
                            _ if from > r => y - 1,
                            _ => y,
                        }
                    }
                },
                (None, None) => return date(format!("XXXX-{which}"), None),
            };
            date(format!("{y:04}-{which}"), season_range(y, which))
        }
        Expr::Quarter { n, year, shift } => {
            let y = match (year, shift, cx.reference) {
                (Some(y), ..) => y,
                (None, Some(k), Some(r)) => r.year() + k as i16,
                (None, None, Some(r)) => {
                    let candidates =
                        (-1..=1).filter_map(|k| quarter_range(r.year() + k, n)).collect::<Vec<_>>();
                    // A quarter ended weeks ago is the one being reported, even in a clause
                    // that looks ahead ("it plans to cut jobs after a third-quarter loss").
                    let just_ended = !cx.cued
                        && candidates
                            .iter()
                            .any(|(_, to)| *to < r && r.days_since(*to) <= JUST_ENDED);
                    let tense = if cx.tense == Tense::Future && !just_ended {
                        Tense::Future
                    } else {
                        Tense::Past
                    };
                    pick(candidates, r, tense)?.0.year()
                }
                (None, _, None) => return date(format!("XXXX-Q{n}"), None),
            };
            quarter(y, n)
        }
        Expr::Reported { years_before, year, this } => {
            let back = years_before as i16;
            let (y, n) = match (cx.reported, cx.reference) {
                (Some((y, n)), _) => (year.unwrap_or(y - back), n),
                (None, _) if year.is_some() => {
                    return date(format!("{:04}", year?), year_range(year?))
                }
                (None, Some(r)) => {
                    let q = (r.month() as i16 - 1) / 3 - if this { 0 } else { 1 };
                    (r.year() + q.div_euclid(4) - back, q.rem_euclid(4) as u8 + 1)
                }
                (None, None) => return date("XXXX-QX".to_string(), None),
            };
            quarter(y, n)
        }
        Expr::Ref(r) => date(r.to_string(), None),
        Expr::Duration { amount, unit } => {
            Some(Resolved { kind: TimexType::Duration, value: duration(amount, unit), range: None })
        }
        Expr::Set { every, unit } => {
            Some(Resolved { kind: TimexType::Set, value: duration(Some(every), unit), range: None })
        }
        Expr::WeekdaySet { day } => {
            Some(Resolved { kind: TimexType::Set, value: format!("XXXX-WXX-{day}"), range: None })
        }
        Expr::WeekendSet => {
            Some(Resolved { kind: TimexType::Set, value: "XXXX-WXX-WE".into(), range: None })
        }
        Expr::Clock { hour, minute } => {
            let anchor = cx.anchor.or(cx.reference);
            let day = anchor.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.to_string());
            Some(Resolved {
                kind: TimexType::Time,
                value: format!("{day}T{hour:02}:{minute:02}"),
                range: anchor.map(|d| (d, d)),
            })
        }
        Expr::ClockOn { ref base, hour, minute } => {
            let inner = resolve(base, cx)?;
            let day = inner.range.filter(|(a, b)| a == b).map(|(a, _)| a);
            let value = match day {
                Some(d) => format!("{d}T{hour:02}:{minute:02}"),
                None => format!("{}T{hour:02}:{minute:02}", inner.value),
            };
            Some(Resolved { kind: TimexType::Time, value, range: day.map(|d| (d, d)) })
        }
        Expr::PartOfDay { ref base, part } => {
            let inner = resolve(base, cx)?;
            let day = inner.range.filter(|(a, b)| a == b).map(|(a, _)| a);
            let value = match day {
                Some(d) => format!("{d}T{part}"),
                None if inner.value.starts_with('X') => format!("{}T{part}", inner.value),
                None => format!("XXXX-XX-XXT{part}"),
            };
            Some(Resolved { kind: TimexType::Time, value, range: day.map(|d| (d, d)) })
        }
    }
}

/// Of several candidate intervals, the one the tense points to from `r`: in the past, the
/// latest that starts on or before it; in the future, the earliest that ends on or after
/// it; otherwise the nearest.
fn pick(candidates: Vec<(Date, Date)>, r: Date, tense: Tense) -> Option<(Date, Date)> {
    let distance = |(from, to): &(Date, Date)| {
        if *to < r {
            r.days_since(*to).abs()
        } else if *from > r {
            from.days_since(r).abs()
        } else {
            0
        }
    };
    match tense {
        Tense::Future => candidates.into_iter().filter(|(_, to)| *to >= r).min(),
        Tense::Past => candidates.into_iter().filter(|(from, _)| *from <= r).max(),
        Tense::Present | Tense::Unknown => {
            candidates.into_iter().min_by_key(|c| (distance(c), std::cmp::Reverse(c.0)))
        }
    }
}

/// The weekday `day` (1 = Monday) that `shift` and `tense` point to from `r`.
fn weekday(r: Date, day: u8, shift: Shift, tense: Tense) -> Option<Date> {
    let today = r.iso_weekday() as i64;
    let back = (today - day as i64).rem_euclid(7); // days back to the latest such day, 0..=6
    let forward = (day as i64 - today).rem_euclid(7); // days on to the next, 0..=6
    let offset = match (shift, tense) {
        (Some(0), _) => day as i64 - today,
        (Some(-1), _) => -(if back == 0 { 7 } else { back }),
        (Some(1), _) => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        (_, Tense::Future) => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        _ => -back,
    };
    r.add_days(offset)
}

/// A unit counted from the reference date, as a value and range.
fn relative(unit: Unit, offset: Shift, cx: &Reading) -> Option<(String, Option<(Date, Date)>)> {
    let Some(r) = cx.reference else {
        return Some((unresolved(unit).to_string(), None));
    };
    let n = offset.unwrap_or(0);
    Some(match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => {
            let d = r.add_days(n)?;
            (d.to_string(), Some((d, d)))
        }
        Unit::Week => {
            let d = r.add_days(7 * n)?;
            let w = d.iso_week();
            let monday = d.add_days(-(d.iso_weekday() as i64 - 1))?;
            (format!("{:04}-W{:02}", w.0, w.1), Some((monday, monday.add_days(6)?)))
        }
        Unit::Weekend => {
            // "this weekend", "the weekend": the one just past in a past-tense clause, the one
            // coming in a future-tense clause; a weekend day is its own weekend.
            let today = r.iso_weekday() as i64;
            let coming = match (offset, cx.tense) {
                _ if today >= 6 => true,
                (Some(k), _) if k != 0 => k > 0,
                (_, tense) => matches!(tense, Tense::Future | Tense::Present),
            };
            let saturday_offset = if coming || today >= 6 { 6 - today } else { 6 - today - 7 };
            let saturday = r.add_days(saturday_offset)?;
            let w = saturday.iso_week();
            (format!("{:04}-W{:02}-WE", w.0, w.1), Some((saturday, saturday.add_days(1)?)))
        }
        Unit::Month | Unit::Season => {
            let months = if unit == Unit::Season { 3 * n } else { n };
            let first = r.first_of_month().add_months(months)?;
            (
                format!("{:04}-{:02}", first.year(), first.month()),
                Some((first, first.last_of_month())),
            )
        }
        Unit::Quarter => {
            let q0 = (r.month() as i64 - 1) / 3 + n;
            let y = r.year() as i64 + q0.div_euclid(4);
            let q = q0.rem_euclid(4) + 1;
            (format!("{y:04}-Q{q}"), Some(quarter_range(y as i16, q as u8)?))
        }
        Unit::Year => {
            let y = r.year() + n as i16;
            (format!("{y:04}"), Some(year_range(y)?))
        }
        Unit::Decade => {
            let y = r.year() / 10 * 10 + 10 * n as i16;
            (format!("{:03}", y / 10), Some((year_range(y)?.0, year_range(y + 9)?.1)))
        }
        Unit::Century => {
            let y = r.year() / 100 * 100 + 100 * n as i16;
            (format!("{:02}", y / 100), Some((year_range(y)?.0, year_range(y + 99)?.1)))
        }
    })
}

/// The value of something at `unit`'s granularity that could not be resolved.
fn unresolved(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month | Unit::Season | Unit::Quarter => "XXXX-XX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

/// A TIMEX3 duration: `P3Y`, `PT5H`, `P10Y` (a decade), `PXM` (months, amount unknown).
pub fn duration(amount: Option<u64>, unit: Unit) -> String {
    let (designator, time, factor) = unit.duration();
    let t = if time { "T" } else { "" };
    match amount {
        Some(n) => format!("P{t}{}{designator}", n.saturating_mul(factor)),
        None => match unit {
            Unit::Decade => "PXDE".to_string(),
            Unit::Century => "PXCE".to_string(),
            _ => format!("P{t}X{designator}"),
        },
    }
}

fn year_range(y: i16) -> Option<(Date, Date)> {
    Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
}

/// Month `m` (and `day`) of year `y`; `None` when there is no such day.
fn month_range(y: i16, m: u8, day: Option<u8>) -> Option<(Date, Date)> {
    let first = Date::new(y, m as i8, 1).ok()?;
    Some(match day {
        Some(d) => {
            let day = Date::new(y, m as i8, d as i8).ok()?;
            (day, day)
        }
        None => (first, first.last_of_month()),
    })
}

/// Month `m` (and `day`) of year `y`, resolved.
fn month_of(y: i16, m: u8, day: Option<u8>) -> Option<Resolved> {
    let (from, to) = month_range(y, m, day)?;
    let value = match day {
        Some(_) => from.to_string(),
        None => format!("{y:04}-{m:02}"),
    };
    Some(Resolved { kind: TimexType::Date, value, range: Some((from, to)) })
}

/// Month `m` (and `day`) of a year nobody said.
fn month_of_unknown_year(m: u8, day: Option<u8>) -> Option<Resolved> {
    let value = match day {
        Some(d) => format!("XXXX-{m:02}-{d:02}"),
        None => format!("XXXX-{m:02}"),
    };
    Some(Resolved { kind: TimexType::Date, value, range: None })
}

/// The date of a moving holiday in year `y`.
fn holiday_in(y: i16, rule: super::words::Moving) -> Option<Date> {
    let base = if rule.month == 0 {
        easter_sunday(y)?
    } else if rule.nth < 0 {
        let last = Date::new(y, rule.month as i8, 1).ok()?.last_of_month();
        last.add_days(-((last.iso_weekday() as i64 - rule.weekday as i64).rem_euclid(7)))?
    } else {
        let first = Date::new(y, rule.month as i8, 1).ok()?;
        let to_weekday = (rule.weekday as i64 - first.iso_weekday() as i64).rem_euclid(7);
        first.add_days(to_weekday + 7 * (rule.nth as i64 - 1))?
    };
    base.add_days(rule.days as i64)
}

/// Easter Sunday of year `y` (the Gregorian computus, as the Western churches keep it).
fn easter_sunday(y: i16) -> Option<Date> {
    let y = y as i32;
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

/// Quarter `n` (1–4) of year `y`, resolved.
fn quarter(y: i16, n: u8) -> Option<Resolved> {
    Some(Resolved {
        kind: TimexType::Date,
        value: format!("{y:04}-Q{n}"),
        range: quarter_range(y, n),
    })
}

fn quarter_range(y: i16, n: u8) -> Option<(Date, Date)> {
    let first = Date::new(y, (n as i8 - 1) * 3 + 1, 1).ok()?;
    Some((first, first.add_months(2)?.last_of_month()))
}

fn season_range(y: i16, which: &str) -> Option<(Date, Date)> {
    let (m, len) = match which {
        "SP" => (3, 2),
        "SU" => (6, 2),
        "FA" => (9, 2),
        _ => (12, 2),
    };
    let first = Date::new(y, m, 1).ok()?;
    Some((first, first.add_months(len as i64)?.last_of_month()))
}
