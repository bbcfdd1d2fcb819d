//! The shared format of the `data/` files: `#` comments, blank lines ignored,
//! tab-separated fields; and the unpacking of their embedded, front-coded form (`build.rs`).

/// The content lines of `data/NAME.txt` as one `&'static str`, unpacked on first use.
macro_rules! data {
    ($name:literal) => {{
        static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        TEXT.get_or_init(|| $crate::lexicon::parse::unpack(include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".fc")))).as_str()
    }};
}
pub(super) use data;

/// Undoes `build.rs`'s front coding: each line is a byte saying how many leading bytes it
/// shares with the line before, then the rest of the line and `\n`.
pub(super) fn unpack(packed: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut prev_start = 0;
    let mut rest = packed;
    while let Some((&shared, tail)) = rest.split_first() {
        let end = tail.iter().position(|&b| b == b'\n').unwrap_or(tail.len());
        let start = out.len();
        let prev_len = start.saturating_sub(prev_start + 1);
        let shared = usize::from(shared).min(prev_len);
        out.extend_from_within(prev_start..prev_start + shared);
        out.extend_from_slice(&tail[..end]);
        out.push(b'\n');
        prev_start = start;
        rest = tail.get(end + 1..).unwrap_or_default();
    }
    // build.rs wrote whole UTF-8 lines, so this cannot fail; were the data damaged, the
    // lists would be empty rather than the program panic.
    String::from_utf8(out).unwrap_or_default()
}

/// The lines of an unpacked word list: `build.rs` has already trimmed them and their fields
/// and dropped comments and blank lines.
pub(super) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    split(src, b'\n')
}

/// How many lines an unpacked word list has: the capacity its table needs.
pub(super) fn count(src: &str) -> usize {
    src.bytes().filter(|&b| b == b'\n').count()
}

/// The tab-separated fields of a line.
pub(super) fn fields(line: &'static str) -> impl Iterator<Item = &'static str> {
    split(line, b'\t')
}

/// `s` cut at every `sep` (an ASCII byte, so every piece is UTF-8), without a last empty
/// piece. A plain byte loop: the standard library's `split` is made for longer pieces than
/// these words, and costs a third of building the tables.
fn split(s: &'static str, sep: u8) -> impl Iterator<Item = &'static str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == sep).unwrap_or(rest.len());
        let piece = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn unpack_restores_the_lines() {
        // "apple", "apply" (shares 4), "banana" (shares 0), "bandana" (shares 3), "" edge.
        let packed = b"\x00apple\n\x04y\n\x00banana\n\x03dana\n";
        assert_eq!(super::unpack(packed), "apple\napply\nbanana\nbandana\n");
        assert_eq!(super::unpack(b""), "");
        // A damaged count larger than the line before is clamped, not a panic.
        assert_eq!(super::unpack(b"\x00ab\n\xFFc\n"), "ab\nabc\n");
    }

    #[test]
    fn lines_and_fields() {
        let lines: Vec<&str> = super::lines("a\tb\n\tc\n\nd").collect();
        assert_eq!(lines, ["a\tb", "\tc", "", "d"]);
        let fields: Vec<&str> = super::fields("a\t\tb\t").collect();
        assert_eq!(fields, ["a", "", "b"]);
        assert_eq!(super::lines("").count(), 0);
        assert_eq!(super::count("a\nb\n"), 2);
    }

    #[test]
    fn every_list_unpacks_to_its_file() {
        let file = include_str!("../../data/places.txt");
        // (build.rs also trims each tab-separated field.)
        let expected: Vec<String> = file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>().join("\t"))
            .collect();
        let unpacked: Vec<&str> = super::lines(data!("places")).collect();
        assert_eq!(unpacked, expected);
    }
}
