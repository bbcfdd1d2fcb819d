//! The shared format of the `data/` files: `#` comments, blank lines ignored,
//! tab-separated fields; and the unpacking of their embedded, front-coded form (`build.rs`).

/// The content lines of `data/NAME.txt` as one `&'static str`, unpacked on first use.
macro_rules! data {
    ($name:literal) => {{
        static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        TEXT.get_or_init(|| {
            $crate::lexicon::parse::unpack(include_bytes!(concat!(
                env!("OUT_DIR"),
                "/",
                $name,
                ".fc"
            )))
        })
        .as_str()
    }};
}
pub(super) use data;

/// Undoes `build.rs`'s packing. The data opens with the value left out of the second field
/// (a length byte, then the bytes; length 0 for none). Then each line is a byte saying how
/// many leading bytes it shares with the line before (as packed), the rest of the line and
/// `\n`; a line with no second field, or an empty one, gets the left-out value back.
pub(super) fn unpack(packed: &[u8]) -> String {
    let (default, mut rest): (&[u8], &[u8]) = match packed.split_first() {
        Some((&n, tail)) => tail.split_at_checked(usize::from(n)).unwrap_or((tail, &[])),
        None => (&[], &[]),
    };
    let mut out: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut line = Vec::new(); // the line as packed: the next one shares its start
    while let Some((&shared, tail)) = rest.split_first() {
        let end = tail.iter().position(|&b| b == b'\n').unwrap_or(tail.len());
        line.truncate(usize::from(shared));
        line.extend_from_slice(&tail[..end]);
        if default.is_empty() {
            out.extend_from_slice(&line);
        } else {
            match line.iter().position(|&b| b == b'\t') {
                None => {
                    out.extend_from_slice(&line);
                    out.push(b'\t');
                    out.extend_from_slice(default);
                }
                Some(t) if matches!(line.get(t + 1), None | Some(b'\t')) => {
                    out.extend_from_slice(&line[..=t]);
                    out.extend_from_slice(default);
                    out.extend_from_slice(&line[t + 1..]);
                }
                Some(_) => out.extend_from_slice(&line),
            }
        }
        out.push(b'\n');
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
        let packed = b"\x00\x00apple\n\x04y\n\x00banana\n\x03dana\n";
        assert_eq!(super::unpack(packed), "apple\napply\nbanana\nbandana\n");
        assert_eq!(super::unpack(b""), "");
        assert_eq!(super::unpack(b"\x00"), "");
        // A damaged count larger than the line before is clamped, not a panic.
        assert_eq!(super::unpack(b"\x00\x00ab\n\xFFc\n"), "ab\nabc\n");
        // The left-out second field ("city") comes back where the field is missing or empty.
        let packed = b"\x04city\x00Aachen\n\x02lst\t\tAalst-D\n\x00Abu Dhabi\tcountry\n\x00X\t\n";
        assert_eq!(
            super::unpack(packed),
            "Aachen\tcity\nAalst\tcity\tAalst-D\nAbu Dhabi\tcountry\nX\tcity\n"
        );
        // A damaged length is not a panic either.
        assert_eq!(super::unpack(b"\x09ci"), "");
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
        // (build.rs also trims each tab-separated field.)
        let content = |file: &str| -> Vec<String> {
            file.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>().join("\t"))
                .collect()
        };
        for (name, file, unpacked) in [
            ("abbreviations", include_str!("../../data/abbreviations.txt"), data!("abbreviations")),
            (
                "common_words",
                include_str!("../../data/common_words.txt"),
                String::leak(super::super::inflect::expand(data!("common_words"))),
            ),
            ("demonyms", include_str!("../../data/demonyms.txt"), data!("demonyms")),
            ("event_words", include_str!("../../data/event_words.txt"), data!("event_words")),
            ("first_names", include_str!("../../data/first_names.txt"), data!("first_names")),
            (
                "function_words",
                include_str!("../../data/function_words.txt"),
                data!("function_words"),
            ),
            ("groups", include_str!("../../data/groups.txt"), data!("groups")),
            ("months", include_str!("../../data/months.txt"), data!("months")),
            ("org_words", include_str!("../../data/org_words.txt"), data!("org_words")),
            ("organizations", include_str!("../../data/organizations.txt"), data!("organizations")),
            ("place_words", include_str!("../../data/place_words.txt"), data!("place_words")),
            ("places", include_str!("../../data/places.txt"), data!("places")),
            ("speech_verbs", include_str!("../../data/speech_verbs.txt"), data!("speech_verbs")),
            ("surnames", include_str!("../../data/surnames.txt"), data!("surnames")),
            ("titles", include_str!("../../data/titles.txt"), data!("titles")),
            ("weekdays", include_str!("../../data/weekdays.txt"), data!("weekdays")),
        ] {
            let mut unpacked: Vec<&str> = super::lines(unpacked).collect();
            let mut content = content(file);
            if name == "common_words" {
                // (Stored as stems: the forms come back after their stem.)
                unpacked.sort_unstable();
                content.sort_unstable();
            }
            assert_eq!(unpacked, content, "{name}");
        }
        // The whole of data/ is here.
        assert_eq!(
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"))
                .count(),
            16
        );
    }
}
