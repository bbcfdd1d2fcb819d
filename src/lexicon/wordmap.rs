//! [`WordMap`]: a hash map from words to values, fast for the short words text is made of.
//!
//! A word of up to 15 bytes — nearly every English word — is packed into a `u128`: its bytes,
//! then zeros, then its length in the last byte. Looking such a word up hashes two integers
//! and compares one, where a `&str` key would hash and compare byte by byte; and a word can be
//! lowercased *inside* the integer, eight bytes at a time, with no buffer. Longer words (and
//! multi-word names such as "Democratic Republic of the Congo") go to a second, ordinary map.
//!
//! ```
//! use newslens::lexicon::WordMap;
//!
//! let mut months = WordMap::default();
//! months.insert("april", 4);
//! assert_eq!(months.get("april"), Some(&4));
//! assert_eq!(months.get("April"), None);
//! assert_eq!(months.get_lower("APRIL"), Some(&4));
//! ```

use rustc_hash::FxHashMap as HashMap;

/// A map from words (borrowed for `'k`: `'static` for the embedded word lists, the text's
/// lifetime for a document's words) to `V`.
///
/// The values sit in a list, and the hash tables map words to places in it: the tables'
/// code is then compiled once, not once per value type (the wasm is downloaded).
#[derive(Debug, Clone)]
pub struct WordMap<'k, V> {
    index: Index<'k>,
    values: Vec<V>,
}

/// Words → places in [`WordMap::values`].
#[derive(Debug, Clone, Default)]
struct Index<'k> {
    short: HashMap<u128, u32>,
    long: HashMap<&'k str, u32>,
    /// The length in bytes of the longest word in `long`: a longer word is not looked up,
    /// so that asking for a whole run of text (a table's row, thousands of capitalised words)
    /// costs nothing rather than a hash of all of it.
    longest: usize,
}

impl<V> Default for WordMap<'_, V> {
    fn default() -> Self {
        WordMap { index: Index::default(), values: Vec::new() }
    }
}

/// The longest word kept in a `u128` (the 16th byte holds the length).
const SHORT: usize = 15;
/// The high bit of every byte but the length byte.
const HIGH: u128 = 0x0080_8080_8080_8080_8080_8080_8080_8080;

/// `word` packed: its bytes, zeros, its length in the top byte. `None` past [`SHORT`] bytes.
#[inline(always)]
fn pack(word: &[u8]) -> Option<u128> {
    let n = word.len();
    if n > SHORT {
        return None;
    }
    let (lo, hi) = match word.split_first_chunk::<8>() {
        Some((first, rest)) => (u64::from_le_bytes(*first), little(rest)),
        None => (little(word), 0),
    };
    Some(u128::from(lo) | u128::from(hi | (n as u64) << 56) << 64)
}

/// Up to 7 bytes as a little-endian integer, read in at most three loads rather than a copy:
/// overlapping reads put the same byte in the same place, so or-ing them is exact.
#[inline(always)]
fn little(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let first = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let last = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(first) | u64::from(last) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(b[0])
            | u64::from(b[n / 2]) << (8 * (n / 2))
            | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// A packed ASCII word with its capitals made small, all bytes at once: a byte gets 0x20 added
/// when it lies in `A..=Z`. (Each test sets a byte's high bit without carrying into the next
/// byte, because every byte is below 0x80; the length byte, at most 15, is never a capital.)
#[inline(always)]
fn lower_ascii(packed: u128) -> u128 {
    let ones = HIGH >> 7;
    let at_least_a = packed + ones * (0x80 - b'A' as u128);
    let past_z = packed + ones * (0x80 - b'Z' as u128 - 1);
    packed | ((at_least_a & !past_z & HIGH) >> 2)
}

impl<'k> Index<'k> {
    fn with_capacity(n: usize) -> Self {
        Index {
            short: HashMap::with_capacity_and_hasher(n, Default::default()),
            long: HashMap::default(),
            longest: 0,
        }
    }

    #[inline]
    fn find(&self, word: &str) -> Option<u32> {
        match pack(word.as_bytes()) {
            Some(key) => self.short.get(&key).copied(),
            None if word.len() > self.longest => None,
            None => self.long.get(word).copied(),
        }
    }

    #[inline]
    fn find_lower(&self, word: &str) -> Option<u32> {
        match pack(word.as_bytes()) {
            Some(key) if key & HIGH == 0 => self.short.get(&lower_ascii(key)).copied(),
            // Lowercasing shortens a character to no less than a third of its bytes (the
            // Kelvin sign, three bytes, is "k"): past that no word here can match.
            _ if word.len() > 3 * self.longest.max(SHORT) => None,
            _ => self.find(&word.to_lowercase()),
        }
    }

    /// The place of `word`, giving it `next` if it has none; and whether it was new.
    fn place(&mut self, word: &'k str, lowercase: bool, next: u32) -> (u32, bool) {
        let mut new = false;
        let slot = match pack(word.as_bytes()) {
            Some(key) if !lowercase || key & HIGH == 0 => {
                let key = if lowercase { lower_ascii(key) } else { key };
                *self.short.entry(key).or_insert_with(|| {
                    new = true;
                    next
                })
            }
            _ if lowercase => {
                let lower = word.to_lowercase();
                if let Some(found) = self.find(&lower) {
                    return (found, false);
                }
                // The lowercase of a long or non-ASCII word is a new string, kept for the
                // life of the program (only the word lists, built once, insert lowercased).
                return self.place(Box::leak(lower.into_boxed_str()), false, next);
            }
            _ => *self.long.entry(word).or_insert_with(|| {
                self.longest = self.longest.max(word.len());
                new = true;
                next
            }),
        };
        (slot, new)
    }
}

impl<'k, V> WordMap<'k, V> {
    /// A map with room for `n` words without growing.
    pub fn with_capacity(n: usize) -> Self {
        WordMap { index: Index::with_capacity(n), values: Vec::with_capacity(n) }
    }

    /// `word`'s value (of `word` lowercased, with `lowercase`), inserting `make()` first if it
    /// has none.
    fn entry(&mut self, word: &'k str, lowercase: bool, make: impl FnOnce() -> V) -> &mut V {
        let (slot, new) = self.index.place(word, lowercase, self.values.len() as u32);
        if new {
            self.values.push(make());
        }
        &mut self.values[slot as usize]
    }

    /// Sets `word`'s value, replacing any earlier one.
    pub fn insert(&mut self, word: &'k str, value: V) {
        let (slot, new) = self.index.place(word, false, self.values.len() as u32);
        if new {
            self.values.push(value);
        } else {
            self.values[slot as usize] = value;
        }
    }

    /// `word`'s value, inserting `make()` first if it has none.
    pub fn entry_or_insert_with(&mut self, word: &'k str, make: impl FnOnce() -> V) -> &mut V {
        self.entry(word, false, make)
    }

    /// Sets `word`'s value unless it has one.
    pub fn insert_first(&mut self, word: &'k str, value: V) {
        self.entry(word, false, || value);
    }

    /// Sets the value of `word` lowercased, unless it has one: for maps read with
    /// [`WordMap::get_lower`].
    pub fn insert_lowercase_first(&mut self, word: &'k str, value: V) {
        self.entry(word, true, || value);
    }

    /// The value of `word` exactly as written.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index.find(word).map(|slot| &self.values[slot as usize])
    }

    /// The value of `word` lowercased (for maps whose words are lowercase): ASCII words are
    /// lowered inside their packed key; others by Unicode's rules, in a new string.
    #[inline]
    pub fn get_lower(&self, word: &str) -> Option<&V> {
        self.index.find_lower(word).map(|slot| &self.values[slot as usize])
    }

    /// Whether `word`, exactly as written, is in the map.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.index.find(word).is_some()
    }

    /// No word in the map is longer than this, in bytes (it may be shorter).
    pub fn longest_word(&self) -> usize {
        self.index.longest.max(SHORT)
    }

    /// How many words the map holds.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_words() {
        let mut m = WordMap::default();
        for (i, w) in
            ["", "a", "abcdefghijklmno", "abcdefghijklmnop", "New York City Hall", "zürich"]
                .into_iter()
                .enumerate()
        {
            m.insert(w, i);
        }
        assert_eq!(m.len(), 6);
        assert_eq!(m.get(""), Some(&0));
        assert_eq!(m.get("a"), Some(&1));
        assert_eq!(m.get("abcdefghijklmno"), Some(&2)); // 15 bytes: packed
        assert_eq!(m.get("abcdefghijklmnop"), Some(&3)); // 16 bytes: the long map
        assert_eq!(m.get("New York City Hall"), Some(&4));
        assert_eq!(m.get("zürich"), Some(&5));
        // A trailing NUL is another word: the length is part of the key.
        assert_eq!(m.get("a\0"), None);
        assert_eq!(m.get("b"), None);
        assert_eq!(m.get("abcdefghijklmnopq"), None);
    }

    #[test]
    fn lowercase_lookup() {
        let mut m = WordMap::default();
        for w in [
            "april",
            "st.",
            "o'clock",
            "zürich",
            "new york city hall",
            "i\u{307}stanbul",
            "a-z@[`{",
        ] {
            m.insert(w, w);
        }
        for (asked, found) in [
            ("APRIL", Some("april")),
            ("April", Some("april")),
            ("ApRiL", Some("april")),
            ("St.", Some("st.")),
            ("O'Clock", Some("o'clock")),
            ("ZÜRICH", Some("zürich")),
            ("New York City Hall", Some("new york city hall")),
            ("İstanbul", Some("i\u{307}stanbul")),
            ("A-Z@[`{", Some("a-z@[`{")), // '@' '[' '`' '{' sit just outside A..=Z and a..=z
            ("a-z`[`{", None),
            ("APRIL1", None),
        ] {
            assert_eq!(m.get_lower(asked).copied(), found, "{asked}");
        }
    }

    #[test]
    fn packing_is_bytes_then_length() {
        for n in 0..=SHORT {
            let word: Vec<u8> = (1..=n as u8).map(|k| k * 7 + 1).collect();
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&word);
            buf[15] = n as u8;
            assert_eq!(pack(&word), Some(u128::from_le_bytes(buf)), "{n} bytes");
        }
        assert_eq!(pack(&[b'a'; 16]), None);
    }

    #[test]
    fn packed_lowercasing_matches_ascii_lowercasing_for_every_byte() {
        for b in 0u8..0x80 {
            let word = [b'x', b, b'Q'];
            let key = pack(&word).unwrap();
            assert_eq!(lower_ascii(key), pack(&word.to_ascii_lowercase()).unwrap(), "byte {b:#x}");
        }
    }

    #[test]
    fn first_insert_wins_with_insert_first() {
        let mut m = WordMap::default();
        m.insert_first("may", 5);
        m.insert_first("may", 6);
        assert_eq!(m.get("may"), Some(&5));
        m.insert_lowercase_first("MAY", 7);
        m.insert_lowercase_first("JUNE", 6);
        m.insert_lowercase_first("ZÜRICH", 8);
        assert_eq!(
            (m.get("may"), m.get("june"), m.get_lower("Zürich")),
            (Some(&5), Some(&6), Some(&8))
        );
        let mut set = WordMap::default();
        set.insert("x", ());
        assert!(set.contains("x") && !set.contains("z") && set.len() == 1);
    }
}
