//! The shared format of the `data/` files: `#` comments, blank lines ignored,
//! tab-separated fields.

/// The content lines of a word-list file, trimmed.
pub(super) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated fields of a line, trimmed.
pub(super) fn fields(line: &'static str) -> impl Iterator<Item = &'static str> {
    line.split('\t').map(str::trim)
}
