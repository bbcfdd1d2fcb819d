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
            Error::TooLarge { bytes, max } => {
                // Tenths of a megabyte in integers: float formatting would add ~6 KB to the wasm.
                let tenths = bytes.saturating_add(50_000) / 100_000;
                write!(
                    f,
                    "the text is {}.{} MB, more than the {} MB newslens analyses at once: \
                     split it into articles",
                    tenths / 10,
                    tenths % 10,
                    max / 1_000_000
                )
            }
            Error::BadDate(s) => {
                write!(f, "{s:?} is not a date: write it as YYYY-MM-DD, e.g. 2013-04-16")
            }
            Error::BadOffsets(s) => {
                write!(f, "{s:?} is not an offset unit: use utf16, chars or utf8")
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn sizes_are_given_in_tenths_of_a_megabyte() {
        let msg = |bytes| Error::TooLarge { bytes, max: 2_000_000 }.to_string();
        assert!(
            msg(2_000_001).starts_with("the text is 2.0 MB, more than the 2 MB"),
            "{}",
            msg(2_000_001)
        );
        assert!(msg(2_149_999).starts_with("the text is 2.1 MB"));
        assert!(msg(2_150_000).starts_with("the text is 2.2 MB"));
        assert!(msg(12_960_000).starts_with("the text is 13.0 MB"));
        assert!(msg(usize::MAX).contains(" MB, more than"));
    }
}
