//! Calendar dates: the small part of the proleptic Gregorian calendar the timeline needs.
//!
//! A [`Date`] is a year (0..=9999), a month and a day, always valid. It knows its weekday and
//! ISO week, adds days and months (a month later than January 31 is the last of February, as
//! calendars and TIMEX3 agree), and prints and parses as `YYYY-MM-DD`. Days are counted with
//! Howard Hinnant's `days_from_civil` algorithm; `tests/` cross-checks every day of three
//! centuries against `jiff`.
//!
//! ```
//! use newslens::Date;
//! let d = Date::new(2013, 4, 16).unwrap();
//! assert_eq!(d.iso_weekday(), 2); // a Tuesday
//! assert_eq!(d.add_days(15).unwrap().to_string(), "2013-05-01");
//! assert_eq!(Date::new(2013, 1, 31).unwrap().add_months(1).unwrap().to_string(), "2013-02-28");
//! assert_eq!(d.iso_week(), (2013, 16));
//! assert!(Date::new(2013, 2, 29).is_err());
//! ```

use std::fmt;
use std::str::FromStr;

/// A valid calendar date between 0000-01-01 and 9999-12-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: i8,
    day: i8,
}

/// The year, month and day given do not make a date between 0000-01-01 and 9999-12-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidDate;

impl fmt::Display for InvalidDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a date between 0000-01-01 and 9999-12-31")
    }
}

impl std::error::Error for InvalidDate {}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a valid date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl Date {
    /// The date, if `year`-`month`-`day` is one (year 0..=9999).
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, InvalidDate> {
        Date::from_parts(i64::from(year), i64::from(month), i64::from(day)).ok_or(InvalidDate)
    }

    fn from_parts(year: i64, month: i64, day: i64) -> Option<Date> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        // The ranges just checked fit the field types.
        valid.then_some(Date { year: year as i16, month: month as i8, day: day as i8 })
    }

    pub fn year(self) -> i16 {
        self.year
    }

    pub fn month(self) -> i8 {
        self.month
    }

    pub fn day(self) -> i8 {
        self.day
    }

    fn days(self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    /// The ISO weekday: 1 for Monday to 7 for Sunday.
    pub fn iso_weekday(self) -> i8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as i8
    }

    /// The date `n` days later (earlier for negative `n`), if still within 0000..=9999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        let (y, m, d) = civil_from_days(self.days().checked_add(n)?);
        Date::from_parts(y, m, d)
    }

    /// The date `n` months later (earlier for negative `n`), the day clamped to the month's
    /// last: January 31 plus one month is February 28 (or 29).
    pub fn add_months(self, n: i64) -> Option<Date> {
        let index = (i64::from(self.year) * 12 + i64::from(self.month) - 1).checked_add(n)?;
        let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        if !(0..=9999).contains(&y) {
            return None;
        }
        Date::from_parts(y, m, i64::from(self.day).min(days_in_month(y, m)))
    }

    /// How many days `self` is after `other` (negative when before).
    pub fn days_since(self, other: Date) -> i64 {
        self.days() - other.days()
    }

    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    pub fn last_of_month(self) -> Date {
        Date { day: days_in_month(i64::from(self.year), i64::from(self.month)) as i8, ..self }
    }

    /// The ISO 8601 week: (week-based year, week 1..=53). Week 1 holds the year's first Thursday.
    pub fn iso_week(self) -> (i16, i8) {
        let y = i64::from(self.year);
        let ordinal = self.days() - days_from_civil(y, 1, 1) + 1;
        let week = (ordinal - i64::from(self.iso_weekday()) + 10) / 7;
        let weeks_in = |year: i64| {
            let jan1 = (days_from_civil(year, 1, 1) + 3).rem_euclid(7) + 1;
            if jan1 == 4 || (jan1 == 3 && is_leap(year)) {
                53
            } else {
                52
            }
        };
        if week < 1 {
            ((y - 1) as i16, weeks_in(y - 1) as i8)
        } else if week > weeks_in(y) {
            ((y + 1) as i16, 1)
        } else {
            (self.year, week as i8)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Dates are between 0000-01-01 and 9999-12-31: ten digits and dashes written at once,
        // so `to_string` allocates once (not three times, growing).
        let (y, m, d) = (self.year as u16, self.month as u8, self.day as u8);
        if y <= 9999 && (1..=12).contains(&m) && (1..=31).contains(&d) {
            let digit = |n: u16| b'0' + (n % 10) as u8;
            let b = [
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(u16::from(m) / 10),
                digit(u16::from(m)),
                b'-',
                digit(u16::from(d) / 10),
                digit(u16::from(d)),
            ];
            if let Ok(s) = std::str::from_utf8(&b) {
                return f.write_str(s);
            }
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses exactly `YYYY-MM-DD`.
impl FromStr for Date {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Date, InvalidDate> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i64> {
            b.get(r)?
                .iter()
                .try_fold(0i64, |n, &c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(InvalidDate);
        }
        let (y, m, d) = (digits(0..4), digits(5..7), digits(8..10));
        y.zip(m).zip(d).and_then(|((y, m), d)| Date::from_parts(y, m, d)).ok_or(InvalidDate)
    }
}

// Written and read as `YYYY-MM-DD`: the schema's dates are strings.
crate::analysis::string_serde!(Date, "a date as YYYY-MM-DD");

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn validates() {
        assert!(Date::new(2024, 2, 29).is_ok());
        assert!(Date::new(2023, 2, 29).is_err());
        assert!(Date::new(1900, 2, 29).is_err());
        assert!(Date::new(2000, 2, 29).is_ok());
        assert!(Date::new(2013, 4, 31).is_err());
        assert!(Date::new(2013, 13, 1).is_err());
        assert!(Date::new(2013, 0, 1).is_err());
        assert!(Date::new(-1, 1, 1).is_err());
        assert!("2013-4-16".parse::<Date>().is_err());
        assert!("2013-04-1x".parse::<Date>().is_err());
        assert!("2013/04/16".parse::<Date>().is_err());
        assert!("20130-4-16".parse::<Date>().is_err());
    }

    #[test]
    fn arithmetic_at_the_edges() {
        assert_eq!(d("2013-12-31").add_days(1), Some(d("2014-01-01")));
        assert_eq!(d("2024-03-01").add_days(-1), Some(d("2024-02-29")));
        assert_eq!(d("9999-12-31").add_days(1), None);
        assert_eq!(d("0000-01-01").add_days(-1), None);
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-03-31").add_months(-13), Some(d("2023-02-28")));
        assert_eq!(d("9999-12-01").add_months(1), None);
        assert_eq!(d("2013-04-16").add_days(i64::MAX), None);
        assert_eq!(d("2013-04-16").add_months(i64::MIN), None);
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(d("1970-01-01").iso_weekday(), 4);
        assert_eq!(d("2013-04-16").iso_weekday(), 2);
        assert_eq!(d("2000-01-01").iso_weekday(), 6);
        // 2021-01-03 (a Sunday) is in 2020's week 53; 2019-12-30 in 2020's week 1.
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(d("2019-12-30").iso_week(), (2020, 1));
        assert_eq!(d("2015-12-31").iso_week(), (2015, 53));
        assert_eq!(d("2013-04-16").iso_week(), (2013, 16));
    }

    #[test]
    fn dates_are_strings_in_json() {
        assert_eq!(serde_json::to_string(&d("0987-01-02")).unwrap(), "\"0987-01-02\"");
        assert_eq!(serde_json::from_str::<Date>("\"2013-04-16\"").unwrap(), d("2013-04-16"));
        for bad in ["\"2013-02-30\"", "\"2013-4-16\"", "20130416", "\"\""] {
            assert!(serde_json::from_str::<Date>(bad).is_err(), "{bad}");
        }
    }
}
