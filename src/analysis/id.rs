//! The ids that tie an analysis together: `e1` (an entity), `q12` (a quote), `t3` (a timex).
//!
//! A quote names its speaker by entity id and a timeline entry its timex and entities, so ids
//! appear many times over. They are held as a letter and a number (8 bytes, copied freely)
//! and written as strings only in the output: as `String`s, a text of short quotes would spend
//! a tenth of its memory on them (the memory bound, `benches/memory.sh`, is 20 times the input).

use std::fmt;
use std::str::FromStr;

/// An output id: its kind's letter and a number from 1. Written `e1`, `q12`, `t3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id {
    letter: u8,
    number: u32,
}

impl Id {
    /// The `n`th entity (from 0): `e1`, `e2`, ...
    pub fn entity(n: usize) -> Id {
        Id::new(b'e', n)
    }

    /// The `n`th quote (from 0): `q1`, `q2`, ...
    pub fn quote(n: usize) -> Id {
        Id::new(b'q', n)
    }

    /// The `n`th temporal expression (from 0): `t1`, `t2`, ...
    pub fn timex(n: usize) -> Id {
        Id::new(b't', n)
    }

    fn new(letter: u8, n: usize) -> Id {
        // Texts are at most 16 MB, so there are fewer than 2^32 of anything.
        Id { letter, number: u32::try_from(n + 1).unwrap_or(u32::MAX) }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", char::from(self.letter), self.number)
    }
}

/// The id's string is not one of ours: not `e`, `q` or `t` followed by a number from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidId;

impl FromStr for Id {
    type Err = InvalidId;

    fn from_str(s: &str) -> Result<Id, InvalidId> {
        let (letter, digits) = match s.as_bytes() {
            [l @ (b'e' | b'q' | b't'), rest @ ..] => (*l, rest),
            _ => return Err(InvalidId),
        };
        if digits.is_empty() || digits[0] == b'0' || !digits.iter().all(u8::is_ascii_digit) {
            return Err(InvalidId);
        }
        let number = s[1..].parse().map_err(|_| InvalidId)?;
        Ok(Id { letter, number })
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        other.parse() == Ok(*self)
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

super::as_string::string_serde!(Id, "an id such as e1, q2 or t3");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_from_one_and_read_back() {
        assert_eq!(Id::entity(0).to_string(), "e1");
        assert_eq!(Id::quote(11).to_string(), "q12");
        assert_eq!(Id::timex(2).to_string(), "t3");
        for id in [Id::entity(0), Id::quote(41), Id::timex(99_999)] {
            assert_eq!(id.to_string().parse(), Ok(id));
            assert_eq!(
                serde_json::from_str::<Id>(&serde_json::to_string(&id).unwrap()).unwrap(),
                id
            );
        }
        assert_eq!(serde_json::to_string(&Id::quote(0)).unwrap(), "\"q1\"");
        assert!(Id::quote(0) == "q1" && Id::quote(0) != "t1" && Id::quote(0) != "q01");
    }

    #[test]
    fn other_strings_are_not_ids() {
        for bad in ["", "e", "x1", "q0", "q01", "q-1", "q1a", "Q1", "t99999999999"] {
            assert_eq!(bad.parse::<Id>(), Err(InvalidId), "{bad}");
        }
    }
}
