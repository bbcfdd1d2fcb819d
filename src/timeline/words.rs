//! The small closed vocabularies of time: number words, units, parts of the day, seasons,
//! fixed-date holidays. General English, written here (they are grammar, not data).

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit a word names, singular or plural, any case: "years" → `Year`.
    pub fn parse(word: &str) -> Option<Unit> {
        if word.len() > 9 {
            return None;
        }
        // Compared as bytes: every unit is ASCII, so no UTF-8 check is needed.
        let mut buf = [0u8; 9];
        let w = &mut buf[..word.len()];
        w.copy_from_slice(word.as_bytes());
        w.make_ascii_lowercase();
        let w: &[u8] = w;
        let w = w.strip_suffix(b"s").filter(|s| !s.is_empty()).unwrap_or(w);
        Some(match w {
            b"second" | b"sec" => Unit::Second,
            b"minute" | b"min" => Unit::Minute,
            b"hour" | b"hr" => Unit::Hour,
            b"day" => Unit::Day,
            b"week" => Unit::Week,
            b"weekend" => Unit::Weekend,
            b"month" => Unit::Month,
            b"quarter" => Unit::Quarter,
            b"year" | b"yr" => Unit::Year,
            b"decade" => Unit::Decade,
            b"century" | b"centurie" => Unit::Century,
            _ => return None,
        })
    }

    /// The TIMEX3 duration designator and whether it is a time (`PT`) unit, with the
    /// factor that turns the amount into it (a decade is 10 years).
    pub fn duration(self) -> (&'static str, bool, u64) {
        match self {
            Unit::Second => ("S", true, 1),
            Unit::Minute => ("M", true, 1),
            Unit::Hour => ("H", true, 1),
            Unit::Day => ("D", false, 1),
            Unit::Week => ("W", false, 1),
            Unit::Weekend => ("WE", false, 1),
            Unit::Month => ("M", false, 1),
            Unit::Quarter => ("Q", false, 1),
            Unit::Season => ("M", false, 3),
            Unit::Year => ("Y", false, 1),
            Unit::Decade => ("Y", false, 10),
            Unit::Century => ("Y", false, 100),
        }
    }
}

/// The value of a number written in words or digits, up to the millions: "two", "twelve",
/// "twenty-five", "a", "an", "one", "30", "1,000".
pub fn number(word: &str) -> Option<u64> {
    if word.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return word
            .bytes()
            .filter(u8::is_ascii_digit)
            .try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add((b - b'0') as u64))
            .filter(|_| !word.is_empty() && !word.starts_with(','));
    }
    if !word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0; 24];
    let w = ascii_lower(word, &mut buf);
    if let Some(k) = w.bytes().position(|b| b == b'-') {
        let (t, o) = (small_number(&w[..k])?, small_number(&w[k + 1..])?);
        return (t >= 20 && t % 10 == 0 && o < 10).then_some(t + o);
    }
    small_number(w)
}

fn small_number(w: &str) -> Option<u64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        _ => return None,
    })
}

/// Words for an unknown amount: "several years", "a few days", "many hours".
pub fn is_vague_amount(word: &str) -> bool {
    matches!(
        ascii_lower(word, &mut [0; 24]),
        "several" | "few" | "many" | "some" | "numerous" | "recent" | "coming"
    )
}

/// An ordinal: "first" → 1, "19th" → 19, "twentieth" → 20.
pub fn ordinal(word: &str) -> Option<u64> {
    let mut buf = [0; 24];
    let w = ascii_lower(word, &mut buf);
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(n) = w.strip_suffix(suffix).and_then(|d| d.parse().ok()) {
            return Some(n);
        }
    }
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty-first" => 21,
        _ => return None,
    })
}

/// Parts of the day, as TIMEX3 writes them: "morning" → `MO`.
pub fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match ascii_lower(word, &mut [0; 24]) {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Seasons: "summer" → `SU`.
pub fn season(word: &str) -> Option<&'static str> {
    Some(match ascii_lower(word, &mut [0; 24]) {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// The decades written in words: "sixties" → 6.
pub fn decade_word(word: &str) -> Option<u8> {
    Some(match ascii_lower(word, &mut [0; 24]) {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

/// Holidays on a fixed date, by the words that name them: (words, month, day).
pub const HOLIDAYS: &[(&[&str], u8, u8)] = &[
    (&["christmas", "day"], 12, 25),
    (&["christmas", "eve"], 12, 24),
    (&["christmas"], 12, 25),
    (&["boxing", "day"], 12, 26),
    (&["new", "year's", "eve"], 12, 31),
    (&["new", "year's", "day"], 1, 1),
    (&["halloween"], 10, 31),
    (&["valentine's", "day"], 2, 14),
    (&["independence", "day"], 7, 4),
    (&["bastille", "day"], 7, 14),
    (&["veterans", "day"], 11, 11),
    (&["armistice", "day"], 11, 11),
    (&["remembrance", "day"], 11, 11),
    (&["st.", "patrick's", "day"], 3, 17),
    (&["may", "day"], 5, 1),
];

/// Where a holiday whose date moves falls in a year: the `nth` (1–4, or −1 for the last)
/// `weekday` (1 = Monday) of `month`, then `days` more; with `month` 0, Easter Sunday and
/// `days` more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moving {
    pub month: u8,
    pub weekday: u8,
    pub nth: i8,
    pub days: i8,
}

const fn nth(month: u8, weekday: u8, nth: i8, days: i8) -> Moving {
    Moving { month, weekday, nth, days }
}

const fn easter(days: i8) -> Moving {
    Moving { month: 0, weekday: 7, nth: 0, days }
}

/// Holidays whose date moves, as the calendars of the US, the UK and the churches set them.
pub const MOVING_HOLIDAYS: &[(&[&str], Moving)] = &[
    (&["thanksgiving", "day"], nth(11, 4, 4, 0)),
    (&["thanksgiving"], nth(11, 4, 4, 0)),
    // The Tuesday after the first Monday of November.
    (&["election", "day"], nth(11, 1, 1, 1)),
    (&["memorial", "day"], nth(5, 1, -1, 0)),
    (&["labor", "day"], nth(9, 1, 1, 0)),
    (&["martin", "luther", "king", "day"], nth(1, 1, 3, 0)),
    (&["mother's", "day"], nth(5, 7, 2, 0)),
    (&["father's", "day"], nth(6, 7, 3, 0)),
    (&["good", "friday"], easter(-2)),
    (&["easter", "sunday"], easter(0)),
    (&["easter", "monday"], easter(1)),
    (&["easter"], easter(0)),
];

/// `word` with ASCII letters lowercased (as `to_ascii_lowercase`): `word` itself when it
/// has no capitals (the usual case: callers mostly pass lowercased tokens), else a copy in
/// `buf`. A longer word than the buffer holds is none of the words matched here: "".
fn ascii_lower<'b>(word: &'b str, buf: &'b mut [u8; 24]) -> &'b str {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return word;
    }
    let Some(out) = buf.get_mut(..word.len()) else {
        return "";
    };
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    // Only ASCII bytes changed, so the UTF-8 stays valid.
    std::str::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(Unit::parse("Years"), Some(Unit::Year));
        assert_eq!(Unit::parse("centuries"), Some(Unit::Century));
        assert_eq!(Unit::parse("s"), None);
        assert_eq!(number("twenty-five"), Some(25));
        assert_eq!(number("1,000"), Some(1000));
        assert_eq!(number("An"), Some(1));
        assert_eq!(number("five-two"), None);
        assert_eq!(ordinal("19th"), Some(19));
        assert_eq!(ordinal("Fourth"), Some(4));
        assert_eq!(part_of_day("Night"), Some("NI"));
        assert_eq!(season("fall"), Some("FA"));
        assert_eq!(decade_word("sixties"), Some(6));
    }
}
