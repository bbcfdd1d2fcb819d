//! The errors [`crate::analyze`] and its helpers can return. Each has a message meant for
//! the person who gave the input.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is empty or only whitespace.
    EmptyText,
    /// The text is longer than [`crate::MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// A date given by the caller is not a real `YYYY-MM-DD` date.
    BadDate(String),
    /// An offset unit other than `utf16`, `chars` or `utf8`.
    BadOffsets(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyText => write!(f, "the text is empty: paste or type an article"),
            Error::TooLarge { bytes, max } => write!(
                f,
                "the text is {:.1} MB, more than the {} MB newslens analyses at once: split it into articles",
                *bytes as f64 / 1e6,
                max / 1_000_000
            ),
            Error::BadDate(s) => write!(f, "{s:?} is not a date: write it as YYYY-MM-DD, e.g. 2013-04-16"),
            Error::BadOffsets(s) => write!(f, "{s:?} is not an offset unit: use utf16, chars or utf8"),
        }
    }
}

impl std::error::Error for Error {}
