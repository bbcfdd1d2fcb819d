//! Packs the word lists of `data/` for embedding: comments and blank lines dropped, lines and
//! their tab-separated fields trimmed, then each line front-coded (one byte: how many leading
//! bytes it shares with the line before, then the rest). The lists are sorted, so this shrinks
//! them by a third before compression and about 20 KB of the gzipped wasm.
//! `src/lexicon/parse.rs` unpacks them once, at first use.

use std::path::Path;

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
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("data file names are UTF-8");
        std::fs::write(Path::new(&out_dir).join(format!("{stem}.fc")), pack(&text)).expect("OUT_DIR is writable");
    }
}

/// The content lines of `text` (lines and fields trimmed; no comments, no blanks), front-coded.
fn pack(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let line = line.split('\t').map(str::trim).collect::<Vec<_>>().join("\t");
        let shared = prev.bytes().zip(line.bytes()).take(255).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&line.as_bytes()[shared..]);
        out.push(b'\n');
        prev = line;
    }
    out
}
