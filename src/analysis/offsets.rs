//! Offset units, and conversion of byte offsets into them.
//!
//! Rust slices text by bytes (UTF-8), JavaScript by UTF-16 code units, Python by code points.
//! "Ж" is 2 bytes, 1 code unit and 1 code point; "😀" is 4 bytes, 2 code units, 1 code point;
//! "é" written as `e` + U+0301 is 3 bytes, 2 code units and 2 code points. Every span newslens
//! emits can be given in any of the three, so that `text.slice(start, end)` is exact in the
//! caller's language.
//!
//! [`OffsetIndex`] converts a byte offset in O(1): it stores, every [`STRIDE`] bytes, how many
//! units the characters starting before that byte take, and counts the few bytes after it.
//! Its memory is one `usize` per 64 bytes of text.

use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// The unit of a span's `start` and `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Offsets {
    /// UTF-16 code units: JavaScript's `String.prototype.slice`. The wasm default.
    #[default]
    Utf16,
    /// Unicode code points: Python's `str` indices. What the evaluation uses.
    Chars,
    /// UTF-8 bytes: Rust's `str` indices.
    Utf8,
}

impl Offsets {
    /// Parses `utf16`, `chars` or `utf8`.
    pub fn parse(s: &str) -> Option<Offsets> {
        match s {
            "utf16" => Some(Offsets::Utf16),
            "chars" => Some(Offsets::Chars),
            "utf8" => Some(Offsets::Utf8),
            _ => None,
        }
    }

    /// The name [`Offsets::parse`] reads.
    pub fn name(self) -> &'static str {
        match self {
            Offsets::Utf16 => "utf16",
            Offsets::Chars => "chars",
            Offsets::Utf8 => "utf8",
        }
    }

    /// How many units a character whose UTF-8 encoding starts with `lead` takes;
    /// 0 for a continuation byte.
    fn width(self, lead: u8) -> usize {
        let starts_char = (lead & 0xC0) != 0x80;
        match self {
            Offsets::Utf8 => 1,
            Offsets::Chars => starts_char as usize,
            // Only 4-byte sequences (lead 0xF0..) are outside the BMP: a surrogate pair.
            Offsets::Utf16 => starts_char as usize + (lead >= 0xF0) as usize,
        }
    }
}

/// Every how many bytes [`OffsetIndex`] keeps a checkpoint.
pub const STRIDE: usize = 64;

/// Converts byte offsets of one text into another [`Offsets`] unit in constant time.
#[derive(Debug, Clone)]
pub struct OffsetIndex<'t> {
    bytes: &'t [u8],
    unit: Offsets,
    /// `marks[k]`: units taken by the characters that start before byte `k * STRIDE`.
    marks: Vec<usize>,
}

impl<'t> OffsetIndex<'t> {
    pub fn new(text: &'t str, unit: Offsets) -> OffsetIndex<'t> {
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut units = 0;
        for chunk in bytes.chunks(STRIDE) {
            marks.push(units);
            units += chunk.iter().map(|&b| unit.width(b)).sum::<usize>();
        }
        marks.push(units);
        OffsetIndex { bytes, unit, marks }
    }

    /// The offset, in this index's unit, of the character boundary at byte `byte`.
    /// A `byte` past the end of the text is clamped to the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let k = byte / STRIDE;
        let base = k * STRIDE;
        self.marks[k] + self.bytes[base..byte].iter().map(|&b| self.unit.width(b)).sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference conversion, straight from the standard library.
    fn slow(text: &str, byte: usize, unit: Offsets) -> usize {
        let head = &text[..byte];
        match unit {
            Offsets::Utf8 => byte,
            Offsets::Chars => head.chars().count(),
            Offsets::Utf16 => head.encode_utf16().count(),
        }
    }

    const SAMPLES: &[&str] = &[
        "",
        "plain ASCII text",
        "Rogozin said: «Нет» — 😀 then 👍🏽 and e\u{301}cole, 東京で会議, \u{200b}zero width",
        "🇺🇦🇺🇦🇺🇦 flags, a family 👨‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters over several strides of sixty-four bytes each, \
         with 中文 CJK text and Ελληνικά and עברית at the end",
    ];

    #[test]
    fn agrees_with_std_at_every_boundary() {
        for text in SAMPLES {
            for unit in [Offsets::Utf8, Offsets::Chars, Offsets::Utf16] {
                let index = OffsetIndex::new(text, unit);
                for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    assert_eq!(
                        index.convert(byte),
                        slow(text, byte, unit),
                        "{unit:?} at {byte} in {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn long_text_crosses_many_strides() {
        let text = "a😀é東".repeat(500);
        for unit in [Offsets::Chars, Offsets::Utf16] {
            let index = OffsetIndex::new(&text, unit);
            for (byte, _) in text.char_indices() {
                assert_eq!(index.convert(byte), slow(&text, byte, unit));
            }
        }
    }

    #[test]
    fn past_the_end_clamps() {
        let index = OffsetIndex::new("😀", Offsets::Utf16);
        assert_eq!(index.convert(99), 2);
    }

    #[test]
    fn names_round_trip() {
        for unit in [Offsets::Utf8, Offsets::Chars, Offsets::Utf16] {
            assert_eq!(Offsets::parse(unit.name()), Some(unit));
        }
        assert_eq!(Offsets::parse("UTF-16"), None);
    }
}
