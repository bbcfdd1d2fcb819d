//! Packs the word lists of `data/` for embedding: comments and blank lines dropped, lines and
//! their tab-separated fields trimmed, the commonest value of the second field left out (see
//! [`pack`]), then each line front-coded (one byte: how many leading bytes it shares with the
//! line before, then the rest). The lists are sorted, so this shrinks them by a third before
//! compression and about 20 KB of the gzipped wasm.
//! `src/lexicon/parse.rs` unpacks them once, at first use. `common_words.txt` is first
//! written as stems with the letters of their regular inflections ([`stems`],
//! `src/lexicon/inflect.rs`): 13,205 words in 7,532 lines, 2.6 KB less gzipped.
//!
//! `speech_verbs.txt` is also written as a sorted Rust table (`speech_verbs.rs`): it is small
//! and looked up from several places, and a binary search over a constant costs the wasm less
//! code than one more parsed map.

use std::collections::HashSet;
use std::path::Path;

#[path = "src/lexicon/inflect.rs"]
#[allow(dead_code)]
mod inflect;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    let mut names: Vec<_> = std::fs::read_dir("data")
        .expect("data/ is beside Cargo.toml")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("data file names are UTF-8");
        // The common words go as stems with their inflections (src/lexicon/inflect.rs).
        let text = if stem == "common_words" { stems(&text) } else { text };
        std::fs::write(Path::new(&out_dir).join(format!("{stem}.fc")), pack(&text))
            .expect("OUT_DIR is writable");
        if stem == "speech_verbs" {
            std::fs::write(Path::new(&out_dir).join("speech_verbs.rs"), speech_table(&text))
                .expect("OUT_DIR is writable");
        }
    }
}

/// The lines of a data file that hold something, trimmed: no comments, no blank lines.
fn content_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A list of words (one per line, comments and blanks aside) as `stem` or `stem<TAB>flags`
/// lines ([`inflect::FLAGS`]), sorted: shortest words first, each word that an earlier stem's
/// flag makes is left out, and a stem takes a flag only when every form the flag makes is in
/// the list (and not all of them made already). So expanding gives back the list exactly;
/// checked here, or the build stops.
fn stems(text: &str) -> String {
    let words: Vec<&str> = content_lines(text).collect();
    let all: HashSet<&str> = words.iter().copied().collect();
    let mut order = words.clone();
    order.sort_by_key(|w| (w.len(), *w));
    let mut made: HashSet<String> = HashSet::new();
    let mut lines = Vec::new();
    for w in order {
        if made.contains(w) {
            continue;
        }
        let mut flags = String::new();
        for &f in inflect::FLAGS {
            if matches!(f, b'd' | b'g') && flags.contains('v') {
                continue;
            }
            let mut forms = String::new();
            inflect::forms(w, f, &mut forms);
            let fits = forms.lines().all(|x| all.contains(x) && x != w);
            if fits && !forms.lines().all(|x| made.contains(x)) {
                flags.push(f as char);
                made.extend(forms.lines().map(String::from));
            }
        }
        lines.push(if flags.is_empty() { w.to_string() } else { format!("{w}\t{flags}") });
    }
    lines.sort();
    let out = lines.join("\n") + "\n";
    let expanded = inflect::expand(&out);
    let back: HashSet<&str> = expanded.lines().collect();
    assert!(back == all, "common_words: the stems do not expand to the list");
    out
}

/// `WORD<TAB>USE,USE` lines as a Rust expression `&[("word", bits), ...]`, sorted by word; the
/// bits are those of `lexicon::SpeechUses` (speech 1, tell 2, to 4, frame 8, quote 16).
fn speech_table(text: &str) -> String {
    let mut rows: Vec<(String, u8)> = content_lines(text)
        .map(|l| {
            let (word, uses) = l.split_once('\t').unwrap_or((l, ""));
            let bits = uses.split(',').fold(0u8, |bits, u| {
                bits | match u.trim() {
                    "speech" => 1,
                    "tell" => 2,
                    "to" => 4,
                    "frame" => 8,
                    "quote" => 16,
                    other => panic!("speech_verbs.txt: unknown use {other:?} of {word:?}"),
                }
            });
            (word.trim().to_string(), bits)
        })
        .collect();
    rows.sort();
    let mut out = String::from("&[\n");
    for (word, bits) in rows {
        out.push_str(&format!("    ({word:?}, {bits}),\n"));
    }
    out.push(']');
    out
}

/// The content lines of `text` (lines and fields trimmed; no comments, no blanks), packed:
/// first the second field's commonest value (a length byte, then its bytes; none when some
/// line has no second field), left out of every line that has it ("Aachen\tcity" is written
/// "Aachen", "Aalst\tcity\tAalst-Dendermonde" "Aalst\t\tAalst-Dendermonde"); then each line
/// front-coded. Leaving out "city" from 5,565 places saves 2.4 KB of the gzipped wasm.
fn pack(text: &str) -> Vec<u8> {
    let lines: Vec<String> = content_lines(text)
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>().join("\t"))
        .collect();
    let default = commonest_second_field(&lines).to_string();
    let mut out = Vec::with_capacity(text.len());
    out.push(default.len() as u8);
    out.extend_from_slice(default.as_bytes());
    let mut prev = String::new();
    for line in lines {
        let line = match line.split_once('\t') {
            Some((first, rest))
                if !default.is_empty() && rest.split('\t').next() == Some(default.as_str()) =>
            {
                match rest.split_once('\t') {
                    Some((_, more)) => format!("{first}\t\t{more}"),
                    None => first.to_string(),
                }
            }
            _ => line,
        };
        let shared = prev.bytes().zip(line.bytes()).take(255).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&line.as_bytes()[shared..]);
        out.push(b'\n');
        prev = line;
    }
    out
}

/// The commonest value of the lines' second field (the first of equals in sorted order), if
/// every line has a non-empty one, some value repeats, and it is under 256 bytes; else "".
fn commonest_second_field(lines: &[String]) -> &str {
    let mut counts = std::collections::BTreeMap::new();
    for line in lines {
        match line.split('\t').nth(1) {
            Some(field) if !field.is_empty() => *counts.entry(field).or_insert(0) += 1,
            _ => return "",
        }
    }
    let best = counts.iter().max_by_key(|&(field, n)| (*n, std::cmp::Reverse(*field)));
    match best {
        Some((field, &n)) if n > 1 && field.len() < 256 => field,
        _ => "",
    }
}
